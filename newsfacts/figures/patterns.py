"""Figures as token patterns, and reading a matched span as a value, a unit and a hedge.

A figure is a number with what it counts: a percentage ("70 percent", "5 per cent", "12 pct"; a gap in points,
"2 percentage points", "50 basis points"), a fraction of a whole used as "X of Y" ("half of", "a third of"),
an amount of money ("$1.2bn", "55 pence", "5 mln dlrs"), a quantity ("1.1 mln tonnes") or a count ("2,000
workers"). spaCy's `Matcher` finds these shapes from token patterns; the code after it reads each match's
value, unit and hedge (the tokenizer is taught to split "NZ$10.00" as it splits "A$10"). Money is given its
ISO code; a currency name several countries share takes the country that an adjective or the article names
("50 million Swedish crowns", or "crowns" in a story about a Swedish company, are SEK), and a bare sum beside
one takes its currency ("fell to 412 million crowns from 655 million"). Years used as dates, ordinals ("fifth
largest"), durations ("50 years") and referential numerals ("the two nations") are not figures.
"""

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from newsfacts.rules import (
    COIN_WORDS, CURRENCY_COUNTRIES, CURRENCY_SYMBOLS, CURRENCY_WORDS, FRACTIONS, ONE_CENT_WORDS, HEDGES, HYPHENED_UNITS, NUMBER_WORDS, ORDINAL_FRACTIONS,
    PARTITIVE_PRONOUNS,
    SCALED_UNITS,
    SCALES, TIME_UNITS, TON_KINDS, UNIT_DIMENSIONS, UNITS, UP_PARTICLE_VERBS, invariant_plurals,
)
import newsfacts.numbers  # noqa: F401  (sets Token._.num and ._.is_num, which this module reads)


MARGIN_PART = r"^(±|\+/-|\+-|\+|/-)?[\d.,]*$"  # a token of a margin of error in brackets: '±0.8', '+', '/-0.8'


def figure_patterns() -> list[tuple[str, list[dict]]]:
    """Token patterns of figures, by kind: ('percent', '70 percent'), ('money', '$1.2bn'), ('fraction', 'a third of'),
    ('change', 'rose by a third', 'up from a fifth'),
    ('ratio', 'one in five', 'six of every ten'), ('quantity', '1.1 mln tonnes'), ('count', '2,000 workers', '40,000 rail
    workers', '20 aircraft', and a bare '7.39 million', which counts whatever its sentence is about)."""
    num = {"_": {"is_num": True}}
    scale = {"LOWER": {"IN": sorted(SCALES)}, "OP": "?"}
    pct = [{"LOWER": {"IN": ["%", "percent", "pct"]}}]
    per_cent = [{"LOWER": "per"}, {"LOWER": "cent"}]
    points = [{"LOWER": "percentage"}, {"LOWER": {"IN": ["point", "points"]}}]
    basis = [{"LOWER": "basis"}, {"LOWER": {"IN": ["point", "points"]}}]  # '50 basis points', a hundredth of a point
    to = {"LOWER": {"IN": ["to", "-", "\u2013", "and"]}}
    sym = {"LOWER": {"IN": sorted(CURRENCY_SYMBOLS)}}
    cur_word = {"LOWER": {"IN": sorted(CURRENCY_WORDS)}}
    dollar_adj = {"LOWER": {"IN": sorted({w.split()[-1] for names in CURRENCY_COUNTRIES.values() for w in names})}, "OP": "*"}
    unit = {"LOWER": {"IN": sorted(UNITS)}}
    hyphened_unit = {"LOWER": {"IN": sorted(HYPHENED_UNITS)}}  # a capacity written as an adjective
    frac_mult = {"LOWER": {"IN": ["a", "one", "two", "three", "four", "nine"]}, "OP": "?"}
    measures = set(UNITS) | set(CURRENCY_WORDS) | set(SCALES) | {"percent", "pct", "per", "cent", "percentage", "%"}
    measures |= TIME_UNITS | {w + "s" for w in TIME_UNITS}
    modifier = {"TAG": {"IN": ["NN", "JJ"]}, "LOWER": {"NOT_IN": sorted(measures)}}  # a noun or adjective, not a unit
    hyphened = {"TAG": {"IN": ["NN", "JJ", "NNP", "RB", "VBG", "VBN", "HYPH"]}, "LOWER": {"NOT_IN": sorted(measures)}}  # and
    # the parts of a hyphened word and a country's short name before the noun: 'well-paying U.S. jobs'
    patterns = []
    for p in (pct, per_cent, points, basis, [{"LOWER": {"IN": ["bps", "bp"]}}]):
        patterns += [("percent", [num, *p]), ("percent", [num, to, num, *p]), ("percent", [num, *p, to, num, *p])]
    patterns.append(("percent", [num, {"ORTH": "-"}, {"LOWER": "percent"}]))  # 'a 43-percent decrease'
    margin = [{"ORTH": "("}, {"TEXT": {"REGEX": MARGIN_PART}, "OP": "+"}, {"ORTH": ")"}]  # '(±0.8)'
    patterns += [
        ("money", [sym, num, scale]), ("money", [sym, num, scale, to, {**sym, "OP": "?"}, num, scale]),
        ("money", [sym, num, *margin, {"LOWER": scale["LOWER"]}]),  # '$2.1 (±0.8) billion': a margin of error between
        # the number and its scale, which the scale still multiplies
        ("money", [num, scale, dollar_adj, cur_word]), ("money", [num, scale, to, num, scale, dollar_adj, cur_word]),
        ("money", [num, {"ORTH": "-"}, {"LOWER": {"IN": ["cent", "penny", "pence", "dollar", "euro", "pound"]}}]),  # 'a 37-cent rise'
        ("money", [{"LOWER": "a"}, {"LOWER": {"IN": sorted(ONE_CENT_WORDS | set(COIN_WORDS))}}]),  # 'down more than a
        # penny', 'a nickel lower' (see coin_of)
        ("money", [num, {"LOWER": "and"}, {"LOWER": "a"}, {"LOWER": "half"}, cur_word]),  # 'one and a half cents'
        ("fraction", [frac_mult, {"LOWER": "-", "OP": "?"}, {"LOWER": {"IN": sorted(set(FRACTIONS) - ORDINAL_FRACTIONS)}},
                      {"LOWER": "of"}]),
        ("fraction", [{"LOWER": {"IN": ["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight"]}},
                      {"LOWER": "-", "OP": "?"}, {"LOWER": {"IN": sorted(ORDINAL_FRACTIONS)}}, {"LOWER": "of"}]),  # not 'the
        # seventh of ten auctions'
        ("change", [{"LOWER": frac_mult["LOWER"]}, {"LOWER": "-", "OP": "?"},
                    {"LOWER": {"IN": sorted(set(FRACTIONS) - ORDINAL_FRACTIONS)}}]),  # not 'for a sixth straight month'
        ("change", [{"LOWER": "half"}]),  # 'fell by half'; 'half of' and 'the first half' are no change
        ("ratio", [num, {"LOWER": {"IN": ["in", "out"]}}, {"LOWER": "of", "OP": "?"}, {"LOWER": "every", "OP": "?"}, num]),
        ("ratio", [num, {"LOWER": "of"}, {"LOWER": "every"}, num]),  # 'six of every ten'
        ("quantity", [num, scale, unit]), ("quantity", [num, scale, to, num, scale, unit]),
        ("quantity", [num, scale, {"LOWER": {"IN": sorted(TON_KINDS)}}, {"LOWER": {"IN": ["ton", "tons", "tonne", "tonnes"]}}]),
        ("quantity", [num, {"LOWER": {"IN": sorted(SCALED_UNITS)}}]),  # '22.5 MMst': million short tons
        ("quantity", [num, scale, {"LOWER": {"IN": sorted(UNIT_DIMENSIONS)}}, unit]),  # '83.8 billion cubic feet'
        ("quantity", [num, scale, {"LOWER": {"IN": sorted(UNIT_DIMENSIONS)}}, {"ORTH": "-"}, unit]),  # '243.4 billion vehicle-miles'
        ("quantity", [num, scale, {"LOWER": {"IN": ["kilowatt", "megawatt", "gigawatt", "terawatt"]}},
                      {"LOWER": "-", "OP": "?"}, {"LOWER": {"IN": ["hour", "hours"]}}]),  # '20 gigawatt-hours': energy
        ("quantity", [num, {"ORTH": "°"}, {"TEXT": {"IN": ["F", "C"]}}]),  # '72°F': a temperature
        ("quantity", [num, {"ORTH": "-"}, hyphened_unit]),  # 'its 145,000-b/d Benicia refinery', 'a 50-megawatt plant'
        ("quantity", [num, {"ORTH": "-"}, hyphened_unit, {"ORTH": "-"}, {"LOWER": {"IN": ["per", "a"]}}, {"ORTH": "-"},
                      {"LOWER": {"IN": ["day", "year", "month", "hour"]}}]),  # 'its 139,000-barrel-per-day refinery',
        # 'a 300,000-tonne-a-year smelter'
        ("quantity", [num, scale, {"LOWER": "british"}, {"LOWER": "thermal"}, {"LOWER": {"IN": ["unit", "units"]}}]),  # '22
        # quadrillion British thermal units'
        ("count", [num, scale, {"TAG": {"IN": ["NNS", "NNPS"]}}]),
        ("count", [num, scale, to, num, scale, {"TAG": {"IN": ["NNS", "NNPS"]}}]),  # 'between 9,000 and 9,500 homes'
        ("count", [num, scale, {"POS": "ADJ", "OP": "+"}, {"TAG": {"IN": ["NNS", "NNPS"]}}]),
        ("count", [num, scale, {**modifier, "OP": "+"}, {"TAG": {"IN": ["NNS", "NNPS"]}}]),  # '40,000 rail workers'
        ("count", [num, scale, {**hyphened, "OP": "+"}, {"TAG": {"IN": ["NNS", "NNPS"]}}]),  # '11.7 million well-paying U.S. jobs'
        ("count", [num, scale, {"LOWER": {"IN": sorted(invariant_plurals())}}]),  # '20 aircraft', '300 staff'
        ("count", [num, scale, {"LOWER": {"IN": ["more", "fewer", "additional", "extra", "new"]}},
                   {"LOWER": {"IN": sorted(invariant_plurals())}}]),  # 'hire 300 more staff'
        ("count", [num, scale, num, {"LOWER": "-"}, {"TAG": {"IN": ["NN", "JJ"]}}, {"TAG": {"IN": ["NNS", "NNPS"]}}]),  # '3 million 60-kg bags'
        ("count", [num, {"LOWER": {"IN": ["thousand", "million", "billion", "trillion", "mln", "bln", "bn"]}}]),  # 'fell to 7.39 million'
        ("partitive", [num, {"LOWER": "of"}, {"LOWER": {"IN": sorted(PARTITIVE_PRONOUNS)}}]),  # '17 of those': a count
        ("count", [{"TEXT": {"REGEX": r"^[+\-\u2212]?\d{1,3}(?:,\d{3})+$"}}]),  # 'at an annual rate of 1,446,000': see bare_count
        ("count", [{"TEXT": {"REGEX": r"^\d{1,4}$"}}]),  # 'The number of mines operating fell to 190 from 205': see numbered
        ("count", [{"TEXT": {"REGEX": r"^\d{1,3}(?:,\d{3})*\.\d{1,3}$"}}]),  # 'shares rose 2.30 marks to 412.50': see closing_price
    ]
    return patterns


@dataclass
class Figure:
    """One figure as the notebook reads it."""
    kind: str
    value: float
    value_high: float | None
    unit: str
    qualifier: str = ""


def _without_margin(tokens: list[Token]) -> list[Token]:
    """A figure's tokens without a bracketed margin of error inside it: '$ 2.1 ( ±0.8 ) billion' -> '$ 2.1 billion'."""
    if "(" not in [t.text for t in tokens] or ")" not in [t.text for t in tokens]:
        return tokens
    opened = [t.text for t in tokens].index("(")
    closed = [t.text for t in tokens].index(")")
    return tokens[:opened] + tokens[closed + 1:]


def _groups(tokens: list[Token], money: bool) -> list[float]:
    """Numbers in a figure's tokens with their scales applied: ['$', '1', 'to', '2', 'bn'] -> [1e9, 2e9].
    A range's low end takes the high end's scale when it has none of its own."""
    values, factors = [], []
    for tok in tokens:
        if tok._.is_num:
            values.append(tok._.num)
            factors.append(tok._.scale)
        elif values and tok.lower_ in SCALES and (len(tok.text) > 1 or money):
            factors[-1] *= SCALES[tok.lower_]
    if len(values) == 2 and factors[0] == 1.0:
        factors[0] = factors[1]
    return [v * f for v, f in zip(values, factors)]


def read_figure(kind: str, span: Span) -> Figure | None:
    """Value, upper value, unit and kind of a matched figure span; None when the match is not a figure."""
    tokens = _without_margin(list(span))
    lows = [t.lower_ for t in tokens]
    if kind in ("fraction", "change"):
        mult = NUMBER_WORDS.get(lows[0], 1.0) if lows[0] not in FRACTIONS else 1.0
        return Figure("share", mult * FRACTIONS[lows[-1]], None, "percent")
    if kind == "ratio":
        nums = [t._.num for t in tokens if t._.is_num]
        return Figure("share", nums[0] / nums[1], None, "percent") if len(nums) == 2 and nums[1] else None
    money = kind == "money"
    if money and lows[0] == "a" and lows[-1] in COIN_WORDS:
        return Figure("money", COIN_WORDS[lows[-1]], None, "USD")  # 'a nickel lower'
    if money and lows[0] == "a" and lows[-1] in ONE_CENT_WORDS:
        unit, factor = _currency(tokens)
        return Figure("money", factor, None, unit)  # 'more than a penny': one cent
    if kind == "count":  # '3 million 60-kg bags': the size in the noun's modifier is no second value
        tokens = tokens[:next((i for i in range(1, len(tokens) - 1) if tokens[i]._.is_num and lows[i + 1] == "-"), len(tokens))]
    values = _groups(tokens, money)
    if not values:
        return None
    if money and lows[1:4] == ["and", "a", "half"]:  # 'one and a half cents'
        values = [values[0] * (tokens[0]._.num + 0.5) / tokens[0]._.num] if tokens[0]._.num else values
    if kind == "percent" and lows[-1] in ("bps", "bp", "point", "points") and "percentage" not in lows:
        unit = "basis point"  # '50 basis points', '25 bps': counted as written
    elif kind == "percent":
        values = [v / 100 for v in values]
        unit = "percentage point" if "percentage" in lows else "percent"
    elif money:
        if not any(t.lower_ in CURRENCY_SYMBOLS or t.lower_ in CURRENCY_WORDS for t in tokens):
            return None  # no currency written: no sum this reading can give
        unit, factor = _currency(tokens)
        values = [v * factor for v in values]
    elif kind == "quantity" and lows[-1] in SCALED_UNITS:  # '22.5 MMst' -> 22.5 million short tons
        unit, factor = SCALED_UNITS[lows[-1]]
        values = [v * factor for v in values]
    elif kind == "quantity" and len(lows) == 7 and lows[1] == "-" and lows[4] in ("per", "a"):  # '139,000-barrel-per-day'
        unit = f"{UNITS[lows[2]]} per {lows[6]}"
    elif kind == "quantity" and len(lows) == 3 and lows[1] == "°":
        unit = "degree Fahrenheit" if lows[2] == "f" else "degree Celsius"
    elif kind == "quantity" and lows[-3:-1] == ["british", "thermal"]:
        unit = "British thermal unit"
    elif kind == "quantity" and lows[-1] in ("hour", "hours") and lows[-2] in ("-", *UNITS):  # '20 gigawatt-hours'
        unit = f"{UNITS[next(w for w in reversed(lows[:-1]) if w in UNITS)]} hour"
    elif kind == "quantity":
        unit = TON_KINDS[lows[-2]] if len(lows) > 2 and lows[-2] in TON_KINDS else UNITS[lows[-1]]  # 'short tons'
        dimension = lows[-3] if len(lows) > 3 and lows[-2] == "-" else lows[-2] if len(lows) > 2 else ""
        if dimension in UNIT_DIMENSIONS:
            unit = f"{UNIT_DIMENSIONS[dimension]} {unit}"  # 'cubic feet' -> cubic foot, 'vehicle-miles' -> vehicle mile
    else:
        unit = "count"
    high = values[1] if len(values) > 1 else None
    return Figure("share" if kind == "percent" else kind, values[0], high, unit)


def _dollars_named_before(first: Token) -> str | None:
    """The other country's dollars a sentence names before a sum in bare dollars: 'averaged 3.85 Zimbabwe dlrs a kg,
    against 3.40 dlrs a year earlier' -> ZWD for the second; None when it names none, or U.S. dollars."""
    doc, adjectives = first.doc, CURRENCY_COUNTRIES["USD"]
    for tok in reversed(doc[first.sent.start:first.i]):
        if CURRENCY_WORDS.get(tok.lower_, ("",))[0] == "USD" and tok.i >= 2:
            for width in (2, 1):
                words = " ".join(t.lower_ for t in doc[max(first.sent.start, tok.i - width):tok.i])
                if words in adjectives:
                    return adjectives[words] if adjectives[words] != "USD" else None
    return None


def _currency(tokens: list[Token]) -> tuple[str, float]:
    """ISO code and factor of a money span: '$' -> (USD, 1), '55 pence' -> (GBP, 0.01), 'Canadian dlrs' -> (CAD, 1),
    '4.2 billion crowns' in an article about a Swedish company -> (SEK, 1); see currency_countries()."""
    lows = [t.lower_ for t in tokens]
    for low in lows:
        if low in CURRENCY_SYMBOLS:
            return CURRENCY_SYMBOLS[low], 1.0
    code, factor = CURRENCY_WORDS[lows[-1]]
    countries = CURRENCY_COUNTRIES.get(code, {})
    text = " ".join(lows)
    named = [other for adjective, other in countries.items() if re.search(rf"(?<!\w){re.escape(adjective)}(?!\w)", text)]
    if named:
        return named[0], factor
    if code == "USD" and (earlier := _dollars_named_before(tokens[0])) is not None:
        return earlier, factor  # '3.85 Zimbabwe dlrs a kg, against 3.40 dlrs a year earlier': the same dollars
    if code in CURRENCY_COUNTRIES and code not in ("USD", "GBP"):  # (pounds with no adjective stay sterling)
        doc = tokens[0].doc
        found = {countries[e.text.lower()] for e in doc.ents if e.label_ in ("GPE", "NORP") and e.text.lower() in countries}
        found |= {countries[t.lower_] for t in doc[:-1] if t.lower_ in countries and doc[t.i + 1].lower_ == lows[-1]}  # the
        # same word with its adjective elsewhere: 'francs' after '2.35 billion Belgian francs'
        return (found.pop() if len(found) == 1 else code), factor
    return code, factor


def _direction_particle(doc: Doc, begin: int, phrase: str) -> bool:
    """True when a hedge 'up to' is a verb's particle and a preposition: 'edged up to 1.6 percent'."""
    return phrase == "up to" and begin > 0 and doc[begin - 1].lemma_.lower() in UP_PARTICLE_VERBS


def qualifier_before(doc: Doc, start: int) -> tuple[str, int]:
    """The hedge written just before token `start` and the index where it begins:
    'approximately 70 percent' -> ('approximately', i-1); none -> ('', start)."""
    for width in (4, 3, 2, 1):
        if start - width < 0:
            continue
        phrase = " ".join(t.lower_ for t in doc[start - width:start])
        if phrase in HEDGES and not _direction_particle(doc, start - width, phrase):
            return HEDGES[phrase], start - width
    return "", start
