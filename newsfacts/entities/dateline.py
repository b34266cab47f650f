"""Wire datelines ('LUSAKA, March 17 (Reuters) - ') and the `dateline_ner` component that reads the story after one anew."""

import bisect
import re

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans


# Month names and their abbreviations, for datelines here and for dates in Step 5.
MONTHS = {m: i for i, m in enumerate(["january", "february", "march", "april", "may", "june", "july", "august",
                                        "september", "october", "november", "december"], 1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
MONTH_RE = r"(?:%s)\.?" % "|".join(sorted(MONTHS, key=len, reverse=True))

# A wire dateline at the start of a line: 'LUSAKA, March 17 (Reuters) - ', 'CALGARY, Alberta, June 3 - ', 'ZURICH
# 1996-08-14 - ', or a place before an ISO date that ends its line, 'AMSTERDAM 1996-09-15' (the match ends before the
# date, which stays a date).
_PLACE_WORD = r"(?:[A-Z][A-Za-z.'’]*|and|de|da|do|dos|del|la|le|el|of|upon|am|an|sur)"  # 'Rio de Janeiro'; no verb: 'May is ...'
DATELINE = re.compile(r"^[A-Z][A-Za-z.'’]+(?:[ ,]+" + _PLACE_WORD + r")*(?:(?: \([^)]{1,40}\))?[ ,]*(?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{4}-\d\d-\d\d)?"
                      r"(?: \([^)]{1,40}\))? [-\u2013\u2014] |[ ,]+(?=\d{4}-\d\d-\d\d[ \t]*(?:\n|$)))")
# A topic before a dash that opens a headline, 'SOCCER - ', 'RUGBY UNION - ': in capitals, like the headline after it.
TOPIC = re.compile(r"^[A-Z][A-Z&'’.]+(?: [A-Z][A-Z&'’.]+)* [-\u2013\u2014] (?=[^a-z\n]+(?:\n|$))")
HEADLINE_TOPIC = re.compile(r"[A-Z][A-Za-z&'’.]+(?: [A-Z][A-Za-z&'’.]+)* [-\u2013\u2014] ")  # 'METALS - ', recased or not
# Who a headline gives its news to, after a dash at its end: 'COCOA ARRIVALS UP 8 PCT - EXPORTERS', '... - TRADE
# SOURCES' (one to three words, no number; the model reads the headline recased: 'Cocoa arrivals up 8 pct - exporters').
HEADLINE_SOURCE = re.compile(r"(?<=[A-Za-z0-9]) [-\u2013\u2014] ([A-Za-z][A-Za-z'’.]+(?: [A-Za-z][A-Za-z'’.]+){0,2})[ \t]*$")
LATER_DATELINE = re.compile(r"^[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+)*(?:, [A-Z][a-z]{2,8}\.? \d{1,2}\b| \d{4}-\d\d-\d\d)", re.M)


def text_of(doc: Doc) -> str:
    """The doc's text, built once and kept on the doc (spaCy builds `doc.text` anew at each use, which made the rules
    that read it for every mention or figure take time growing with the square of the article's length)."""
    kept = doc.user_data.get("text_of")
    if kept is None or kept[1] != len(doc):  # the length check: a doc built anew from pieces is read anew
        kept = doc.user_data["text_of"] = (doc.text, len(doc))
    return kept[0]


def headline_dash(doc: Doc) -> int | None:
    """headline_source_at of the doc's text, worked out once per doc."""
    if "headline_dash" not in doc.user_data:
        doc.user_data["headline_dash"] = headline_source_at(text_of(doc))
    return doc.user_data["headline_dash"]


def headline_source_at(text: str) -> int | None:
    """The offset of the dash before the source a headline ends with ('... UP 8 PCT - EXPORTERS'), when the first line
    of `text` is such a headline (no sentence with a full stop); else None."""
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end if end >= 0 else len(text)]
    if not line or line.rstrip().endswith(".") or (match := HEADLINE_SOURCE.search(line)) is None:
        return None
    return start + match.start() + 1


def datelines(text: str):
    """(offset of its line, match) for each line of `text` that opens with a wire dateline. A headline's topic before
    a dash ('METALS - Nickel slides as Russian exports climb') is none when a later line opens with a place and a
    date ('LONDON 1996-08-21 - ', 'LONDON, Aug 21 - ')."""
    line_start = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line = text[line_start:len(text) if line_end < 0 else line_end]
        if (match := DATELINE.match(text[line_start:line_start + 90])) is not None and not (
                not text[:line_start].strip() and HEADLINE_TOPIC.fullmatch(match.group())
                and LATER_DATELINE.search(text, 0 if line_end < 0 else line_end)) and not _titled(match.group(), line):
            yield line_start, match
        line_start = len(text) if line_end < 0 else line_end + 1


def _titled(opening: str, line: str) -> bool:
    """Whether a line that opens like a dateline is a title with a dash in it: no date before the dash, the words
    before it not in capitals, and no sentence after it ('Export Impact - Farewell Reflection'; not 'WASHINGTON - The
    agency said ...', nor 'Lima, May 5 - ...')."""
    if not opening.rstrip().endswith(("-", "\u2013", "\u2014")):
        return False  # a place before a date that ends its line: 'Duesseldorf 1996-11-14'
    before = opening.rstrip(" -\u2013\u2014")
    dated = re.search(r"\d", before) is not None
    return not dated and not before.isupper() and not line.rstrip().endswith((".", '"', "”"))


@Language.factory("dateline_ner")
def make_dateline_ner(nlp: Language, name: str):
    def dateline_ner(doc: Doc) -> Doc:
        """Tag again, by itself, the rest of a line that opens with a wire dateline. After 'SAN JOSE, April 7 - ' the
        model reads the story's first words as part of the date ('April 7 - Elena Ruiz') or misses them ('Dutch
        brewer ...'); the line without its dateline it reads as it reads any sentence. Only such lines are read again
        (a name run into from the dateline, or a first word left untagged). The dateline keeps its own names, and a
        date run into the story keeps its dateline part ('April 7')."""
        bodies, text = [], doc.text  # (start, end) of each line's story; doc.text is built anew at each use
        for line_start, match in datelines(text):
            line_end = text.find("\n", line_start)
            bodies.append((line_start + match.end(), len(text) if line_end < 0 else line_end))
        if not bodies:
            return doc
        starts = [start for start, _ in bodies]

        def body_of(e: Span) -> int | None:
            k = bisect.bisect_right(starts, e.end_char - 1) - 1
            return k if k >= 0 and e.start_char < bodies[k][1] else None

        placed = [(e, body_of(e)) for e in doc.ents]
        redo = {k for e, k in placed if k is not None and e.start_char < starts[k]}  # a name run into from the dateline
        for k, (start, end) in enumerate(bodies):  # or the story's first word left untagged ('Dutch brewer ...')
            story = doc.char_span(start, end, alignment_mode="contract")
            first = story[0] if story is not None and len(story) else None
            if first is not None and first.ent_iob_ == "O" and first.text[:1].isupper() and not first.is_stop:
                redo.add(k)
        if not redo:
            return doc
        kept = []
        for e, k in placed:  # a name in a line read again goes; a date run into its story keeps its dateline part
            if k not in redo:
                kept.append(e)
            elif e.start_char < starts[k] and (head := doc.char_span(e.start_char, starts[k], alignment_mode="contract")):
                end = next((t.i + 1 for t in reversed(head) if not t.is_punct and not t.is_space), head.start)
                kept += [Span(doc, head.start, end, label=e.label_)] if end > head.start else []
        again = sorted(redo)
        for k, body in zip(again, nlp.get_pipe("ner").pipe(nlp.make_doc(text[slice(*bodies[k])]) for k in again)):
            spans = (doc.char_span(starts[k] + e.start_char, starts[k] + e.end_char, label=e.label_) for e in body.ents)
            kept += [span for span in spans if span is not None]
        doc.ents = filter_spans(kept)
        return doc

    return dateline_ner
