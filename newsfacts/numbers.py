"""Numbers as values: the `number_tagger` component gives each token that writes a number its value.

spaCy's tokenizer leaves "1.2bn" as one token and knows "two" is a number but not which. The
`number_tagger` component gives every token that writes a number its value, in `Token._.num`.
"""

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsfacts.rules import FRACTIONS, NUMBER_WORDS, SCALES

THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")  # a whole number written with thousands separators: never a year
WORD_SCALES = ("hundred", "thousand", "million", "billion", "trillion")  # after 'a': 'a trillion dollars' is 1 trillion


for _name in ("num", "scale"):
    Token.set_extension(_name, default=None, force=True)
Token.set_extension("is_num", getter=lambda t: t._.num is not None, force=True)

_NUMBER_RE = re.compile(r"^([+\-\u2212]?)(\d{1,3}(?:,\d{3})+|\d+|(?=\.\d))(\.\d+)?([a-z]{0,3})$", re.I)  # '.5%' too


_MIXED_FRACTION = re.compile(r"^(\d+)-(\d)/(\d{1,2})$")  # '6-3/4': six and three quarters, as Federal Reserve releases write


def parse_number(text: str) -> tuple[float, float] | None:
    """Value and glued scale of one token: '1,200' -> (1200, 1), '1.2bn' -> (1.2, 1e9), 'two' -> (2, 1), '6-3/4' ->
    (6.75, 1), 'May' -> None."""
    mixed = _MIXED_FRACTION.match(text)
    if mixed and 0 < int(mixed.group(2)) < int(mixed.group(3)):
        return int(mixed.group(1)) + int(mixed.group(2)) / int(mixed.group(3)), 1.0
    low = text.lower()
    if low in NUMBER_WORDS and low not in ("a", "an"):
        return NUMBER_WORDS[low], 1.0
    m = _NUMBER_RE.match(text)
    if not m:
        return None
    sign, whole, decimals, suffix = m.groups()
    if suffix and suffix.lower() not in SCALES:
        return None
    value = float(whole.replace(",", "") + (decimals or ""))
    return (-value if sign in ("-", "\u2212") else value), SCALES.get(suffix.lower(), 1.0) if suffix else 1.0


def a_year(token: Token) -> bool:
    """Whether a number is written as a year is: four digits, from 1500 to 2100 ('2024', not '2,024' or '20.24')."""
    return len(token.text) == 4 and token.text.isdigit() and 1500 <= int(token.text) <= 2100


def number_tagger(doc: Doc) -> Doc:
    """Set Token._.num (the number a token writes) and Token._.scale (a glued multiplier such as 'bn'); 'a' before a
    scale word is one ('a trillion dollars', not after a fraction: 'half a billion'). A DATE the
    model started inside a ratio starts at its year: 'one in [ten in 2004]' -> 'one in ten in [2004]'."""
    mixed = [doc[t.i - 2:t.i + 1] for t in doc if t.i >= 2 and re.fullmatch(r"\d/\d{1,2}", t.text) and doc[t.i - 1].text == "-"
             and doc[t.i - 2].text.isdigit() and not doc[t.i - 1].whitespace_ and not doc[t.i - 2].whitespace_]
    if mixed:  # '6-3/4 percent': one number, which the tokenizer splits in three
        with doc.retokenize() as retokenizer:
            for span in mixed:
                retokenizer.merge(span)
    for token in doc:
        parsed = parse_number(token.text)
        if parsed:
            token._.num, token._.scale = parsed
        elif (token.lower_ in ("a", "an") and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in WORD_SCALES
              and not (token.i and doc[token.i - 1].lower_ in FRACTIONS)):  # 'a trillion dollars' (not 'half a billion')
            token._.num, token._.scale = 1.0, 1.0
    ents = list(doc.ents)
    for k, ent in enumerate(ents):
        if (ent.label_ == "DATE" and len(ent) >= 3 and ent[0]._.num is not None and ent[1].lower_ == "in"
                and re.fullmatch(r"1[5-9]\d\d|20\d\d", ent[2].text)):
            ents[k] = Span(doc, ent.start + 2, ent.end, label="DATE")
    if ents != list(doc.ents):
        doc.ents = ents
    return doc


@Language.factory("number_tagger")
def make_number_tagger(nlp: Language, name: str):
    """The `number_tagger` component; it has no settings."""
    return number_tagger


assert parse_number("1,200") == (1200.0, 1.0) and parse_number("1.2bn") == (1.2, 1e9)
assert parse_number("two") == (2.0, 1.0) and parse_number("May") is None and parse_number("-3.5") == (-3.5, 1.0)
assert parse_number("+3") == (3.0, 1.0)
