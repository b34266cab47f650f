"""Who said what: the `quote_finder` component finds direct quotations and their speakers.

Direct quotations are text between quotation marks, straight or curly, of three words or more
(shorter ones are scare quotes). A single quotation mark counts as one only where it opens after a
space and closes before a space or punctuation, so that the apostrophe in "the United States'" does
not open or close a quotation. The speaker is the subject of the nearest reporting verb outside the
quotation marks in the same sentence ("He stated, ..."), walking up from a participle ("..., stating,
...") to the clause that has one, with pronouns resolved as for figures. A quotation with no reporting verb
of its own that opens the sentence after another quotation, in the same paragraph, continues it and takes its
speaker and verb ("...," she said. "And we will."), as does one that opens the next paragraph after a quotation
left open at its paragraph's end. A quotation after a sentence that announces it with a colon ("X released the
following statement:") is that sentence's subject's. A figure inside a quotation that nothing else attributes is the
speaker's.
"""

import itertools
import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsfacts.figures.objects import phrase
from newsfacts.figures.sources import resolve_actor
from newsfacts.rules import REPORTING_VERBS


Span.set_extension("speaker", default="", force=True)
Span.set_extension("cue", default="", force=True)


def find_quotations(text: str, min_words: int = 3) -> list[tuple[int, int]]:
    """Character offsets (start, end) of the insides of quotations: 'He said, "We will grow." ' -> the offsets of
    'We will grow.'; curly “…” and ‘…’, straight "…" paired within a paragraph, and straight '…' with the
    apostrophe rules above."""
    found = []
    for match in re.finditer(r"“([^”]*)”", text):
        found.append((match.start(1), match.end(1)))
    offset = 0
    paragraphs = text.split("\n")
    for k, paragraph in enumerate(paragraphs):
        marks = [m.start() for m in re.finditer('"', paragraph)]
        found += [(offset + a + 1, offset + b) for a, b in zip(marks[::2], marks[1::2])]
        if len(marks) % 2 and paragraph.lstrip().startswith('"') and next(
                (p for p in itertools.islice(paragraphs, k + 1, None) if p.strip()), "").lstrip().startswith('"'):
            found.append((offset + marks[-1] + 1, offset + len(paragraph.rstrip())))  # a quotation that goes on in the next paragraph
        opening = None
        for m in re.finditer(r"[‘’']", paragraph):
            i = m.start()
            before = paragraph[i - 1] if i > 0 else " "
            after = paragraph[i + 1] if i + 1 < len(paragraph) else " "
            if opening is None and m.group() != "’" and (before.isspace() or before in "([—–-") and not after.isspace():
                opening = i
            elif opening is not None and m.group() != "‘" and not before.isspace() and (after.isspace() or after in ".,;:!?)—–-"):
                possessive = before.lower() == "s" and re.match(r"\s+[a-z]", paragraph[i + 1:i + 3] or "")
                if not possessive:
                    found.append((offset + opening + 1, offset + i))
                    opening = None
        offset += len(paragraph) + 1
    return sorted(q for q in set(found) if len(text[q[0]:q[1]].split()) >= min_words)


def quote_speaker(doc: Doc, start: int, end: int, quoted: set[int]) -> tuple[str, str]:
    """(speaker, reporting verb) of the quotation at characters start..end of `doc`; tokens in `quoted` lie inside
    some quotation and are never speakers."""
    first = doc.char_span(start, end, alignment_mode="expand")
    sents = list({t.sent.start: t.sent for t in first}.values()) if first is not None else []
    verbs = [t for s in sents for t in s if t.i not in quoted and t.lemma_.lower() in REPORTING_VERBS and t.pos_ in ("VERB", "AUX")]
    if not verbs and first is not None and first.start > 1 and doc[first.start - 1].is_quote:
        verbs = statement_verb(doc[first.start - 2].sent)  # 'X released the following statement:' and the quotation
    if not verbs:
        return "", ""
    verb = min(verbs, key=lambda t: min(abs(t.idx - start), abs(t.idx - end)))
    node = verb
    while not any(c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted for c in node.children):
        if node.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "parataxis", "acl") or node.head.i == node.i:
            return "", verb.text
        node = node.head
    subject = next(c for c in node.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted)
    return resolve_actor(phrase(subject, cut={"punct", "conj", "cc", "relcl", "appos"}), subject.i), verb.text


STATEMENT_NOUNS = {"statement", "remark", "comment"}  # what 'X issued the following ...' announces


def statement_verb(sent: Span) -> list:
    """The verb of a sentence that announces what follows: one that ends with a colon ('X today released the following
    statement:', 'X said in a statement:' -> [released] / [said]) or gives 'the following statement' whatever its
    stop ('X issued the following statement regarding the forecast.' -> [issued]); [] for any other sentence."""
    if not sent.text.rstrip().endswith(":"):
        return [t for t in sent if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS and any(g.lower_ == "following" for g in c.children)
            for c in t.children)][:1]
    return [t for t in sent if t.pos_ in ("VERB", "AUX") and (t.lemma_.lower() in REPORTING_VERBS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in STATEMENT_NOUNS for c in t.children))][:1]


def continues(before: Span, quote: Span) -> bool:
    """Whether `quote` goes on with the quotation `before`: it opens the sentence right after the one that holds the
    end of `before`, in the same paragraph."""
    doc = before.doc
    last = doc[before.end - 1].sent  # the opening mark may end this sentence or start the next one
    between = doc[before.end:quote.start].text
    if "\n" in between:  # a quotation left open at its paragraph's end goes on where the next one opens with a mark
        text = doc.user_data.get("readable") or doc.text  # (doc.text is built anew at each use)
        return not doc[before.end - 1].is_quote and re.fullmatch(r'[\s"“]*', between) is not None and (
            text[before.end_char:before.end_char + 1] in ("\n", ""))
    return doc[quote.start].sent.start == last.end


def quote_finder(doc: Doc) -> Doc:
    """Store quotations in doc.spans['quotes'] with Span._.speaker and Span._.cue."""
    spans = []
    offsets = find_quotations(doc.user_data.get("readable") or doc.text)
    quoted = set()
    for start, end in offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            quoted.update(range(span.start, span.end))
    for start, end in offsets:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        quote = Span(doc, span.start, span.end, label="QUOTE")
        quote._.speaker, quote._.cue = quote_speaker(doc, start, end, quoted)
        if not quote._.cue and spans and continues(spans[-1], quote):
            quote._.speaker, quote._.cue = spans[-1]._.speaker, spans[-1]._.cue
        spans.append(quote)
    doc.spans["quotes"] = filter_spans(spans)
    quotes = list(doc.spans["quotes"])
    for figure in doc.spans.get("figures", []) if quotes else []:  # a figure quoted with no cue of its own is the speaker's
        if not figure._.source and (said := next((q for q in quotes if q.start <= figure.start and figure.end <= q.end), None)):
            figure._.source = said._.speaker
    return doc


@Language.factory("quote_finder")
def make_quote_finder(nlp: Language, name: str):
    """The `quote_finder` component; it has no settings."""
    return quote_finder


assert find_quotations('He said, "We will grow fast." The United States\' mines are old.') == [(10, 28)]
assert find_quotations("Critics said ‘this plan is reckless’, but the states' mines stayed open.") == [(14, 35)]
