"""The `figure_finder` component: patterns matched, non-figures dropped, each figure read with its object and source.

The `figure_finder` component puts it together: it matches the patterns, drops what is not a figure,
reads each value and hedge, and stores the figures in `doc.spans["figures"]` with the extension
attributes `value`, `value_high`, `unit`, `qualifier`, `object` and `source`, which displaCy can show.
"""

import itertools
import re

from spacy.language import Language
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from newsfacts.figures.objects import (
    PLACE_LABELS, SUBJECT_DEPS, after_of, appended_change, base_before, both_joined, named_share, bracketed_after, change_of_this, clause_subject, company_shares, compared_with,
    estimated_value, item_before_brackets, listed_item, subject_this_moves,
    changed_by, changed_subject, figure_object, followed_in_list, gap_after, gap_of_this, headline_subject, moved_object, represented_change, title_line_subject, noun_at, noun_moved, paced_change, partitive_count, part_before_of, fronted_whole, phrase, whole_after_of,
    previous_sentence_start, priced_for, relied_for, sum_in, set_beside_by_dash, share_set_beside, stands_for, subject_phrase, unspaced,
)
from newsfacts.figures.patterns import figure_patterns, qualifier_before, read_figure
from newsfacts.numbers import THOUSANDS, a_year
from newsfacts.entities.dateline import MONTHS
from newsfacts.entities.resolver import as_written, demonyms
from newsfacts.figures.sources import attribution_cues, attribution_patterns, figure_source, headline_source
from newsfacts.rules import (
    BRITISH_WORDS, GAP_WORDS, GROWTH_NOUNS, PEAK_NOUNS, SHARE_NOUNS,
    AMOUNT_NOUNS, CALENDAR_WORDS, CENT_CURRENCIES, COIN_WORDS, ONE_CENT_WORDS, CHANGE_WORDS, COUNTRY_NAMES, CURRENCY_SYMBOLS, CURRENCY_WORDS, CUT_VERBS, LEVEL_NOUNS, TAKING_VERBS,
    CHANGE_NOUN_FORMS, MONEY_NOUNS, NEGATED_HEDGES, NUMBER_WORDS, OWNED_WORDS, PARTITIVE_PRONOUNS, PORTION_NOUNS, PRODUCE_NOUNS, RATE_WORDS,
    REACH_VERBS, REPORTING_VERBS, SCALES, TIME_UNITS, UNITS, FORECAST_NOUNS, country_currency,
)


# After a thing and its preposition, another thing and preposition that share the object after them: 'travel' + ' to,
# and tourism-related activities within, the United States'.
_SHARED_PREP = r"(?:to|in|within|from|into|across|at|near|around|throughout|outside)"
SHARED_OBJECT = re.compile(rf"^(?: {_SHARED_PREP})?, (?:and|or) [\w\s-]+? {_SHARED_PREP}, "
                           r"(?:the )?[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*")  # (a place, named: not '... during the month')

for _name in ("value", "value_high", "unit", "measure", "qualifier", "object", "source"):
    Span.set_extension(_name, default=None, force=True)

_PRIORITY = ["percent", "money", "fraction", "change", "ratio", "quantity", "count", "partitive"]
_CHANGE_WORDS = {"by", "from", "to", "up", "down", "than", "over", "under"}  # 'rose by a third', 'up from a fifth', 'more than a third'
_DETERMINERS = {"the", "these", "those", "its", "their", "his", "her", "our", "both", "each", "every"}  # + possessives: "the group's 10 members"


def _not_a_figure(kind: str, span: Span) -> bool:
    """Dates, ordinals, durations, referential numerals and numbers inside names are not figures."""
    doc = span.doc
    nums = [t for t in span if t._.is_num]
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    index = doc._.mention_index or [None] * len(doc)
    times = ("DATE", "ORDINAL") if kind == "quantity" else ("DATE", "TIME", "ORDINAL")  # the model: '40 litres per hour' a time
    scaled_then_dated = (kind == "count" and span[-1].lower_ in SCALES and span.end + 2 < len(doc)
                         and doc[span.end].lower_ in ("a", "one") and doc[span.end + 1].lemma_.lower() in TIME_UNITS)
    if scaled_then_dated:  # 'from 1.1 mln a year earlier', which the model reads as one date
        times = ("ORDINAL",)
    if any(index[t.i] is not None or (t.ent_type_ in times and not (t.ent_type_ == "DATE" and THOUSANDS.fullmatch(t.text)))
           for t in nums) and kind not in ("percent", "money"):
        return True  # (a number with a thousands separator is no year: 'up from 15,500 last year', one date to the model)
    if _a_margin(doc, span.start):
        return True
    last = span[-1]
    if (kind != "money" and last.lower_ in SCALES and len(last.text) > 1 and last.i + 1 < len(doc)
            and doc[last.i + 1].text == "-" and not last.whitespace_):
        return True  # '27 billion-dollar disasters': the scale is a word of the compound after it, not this number's
    if kind == "count" and before == "per":
        return True  # 'averaged 78.5 eggs per 100 layers': the base of a rate, no figure of its own
    if kind == "percent" and len(nums) == 1 and a_year(nums[0]) and (nums[0].ent_type_ == "DATE" or before in MONTHS):
        return True  # 'The January to February 2000 percent change': a year before the word 'percent', no figure
    if len(nums) > 1 and a_year(nums[0]) and (nums[0].ent_type_ == "DATE" or before in ("in", "for", "since", "by")):
        return True  # 'raised its forecast for 2024 to 3%': a year, then the figure, no range from 2024
    if kind == "change":  # a bare fraction counts only as the size of a change: 'by a third', 'by almost a third'
        if span.end < len(doc) and doc[span.end].lower_ == "of":
            return True
        if span.end < len(doc) and doc[span.end].lower_ in GAP_WORDS:
            return False  # 'sold at prices about a third below Spanish saffron', 'a fifth higher than a year ago'
        hedge_start = qualifier_before(doc, span.start)[1]
        before_hedge = doc[hedge_start - 1].lower_ if hedge_start > 0 else ""
        if _elided_share(span, hedge_start):
            return False  # '... supplies roughly 40% of the world's palladium, and South Africa about a third'
        return before_hedge not in _CHANGE_WORDS or _after_ordinal(doc, span.start)
    if kind == "fraction":
        lows = [t.lower_ for t in span]
        needs_multiplier = lows[-1] in ("third", "quarter", "fifth", "tenth")
        after_of = doc[span.end + 1] if span.end + 1 < len(doc) else None
        dated = after_of is not None and (after_of.ent_type_ == "DATE" or re.fullmatch(r"1[5-9]\d\d|20\d\d", after_of.text)) and not (
            after_of.dep_ in ("compound", "amod", "nmod") and after_of.head.i > after_of.i and after_of.head.ent_type_ != "DATE")
        # ('a third of 2019' is a time; 'a third of winter sales' a share of the sales)
        return _after_ordinal(doc, span.start) or bool(dated) or (needs_multiplier and lows[0] not in NUMBER_WORDS)
    if kind == "money" and span[0].lower_ == "a" and span[-1].lower_ in ONE_CENT_WORDS | set(COIN_WORDS):
        after = doc[span.end] if span.end < len(doc) else None  # 'a nickel mine', 'a penny share', 'a nickel-cadmium
        return after is not None and (after.text == "-" or (  # battery': a thing, no sum; 'a nickel lower' is one
            after.pos_ in ("NOUN", "PROPN", "ADJ") and after.tag_ not in ("JJR", "RBR")))
    if kind == "count" and len(span) == 1 and whole_after_of(span) is not None:
        return False  # 'cut 350 of its 4,800 jobs': a part of a whole counted next
    if kind == "count" and len(span) == 1 and re.fullmatch(r"[+\-\u2212]?" + THOUSANDS.pattern, span[0].text):
        return not _bare_count(span[0])
    if kind == "count" and len(span) == 1 and re.fullmatch(r"\d{1,3}(?:,\d{3})*\.\d{1,3}", span[0].text):
        return not closing_price(span[0])
    if kind == "count" and len(span) == 1 and re.fullmatch(r"\d{1,4}", span[0].text) and not _of_a_pronoun(span):
        return a_year(span[0]) or not _numbered(span[0])  # '18 of those' was read as the partitive it is, above
    if kind in ("count", "quantity"):
        noun = span[-1]
        timed = noun.lemma_.lower() in TIME_UNITS and not (len(span) > 2 and span[-2].lower_ in ("-", "watt", "kilowatt",
                                                                                               "megawatt", "gigawatt", "terawatt"))
        hyphened = kind == "quantity" and len(span) > 2 and span[1].text == "-"  # 'its 145,000-b/d refinery': a capacity
        whole = part_before_of(span) or fronted_whole(span) or _base_after_from(span)  # 'cut 350 of its 4,800 jobs': the whole, not the jobs
        # named again; 'Of the 2.9 million people who applied, 2.1 million ...'
        if (before in _DETERMINERS | {"'s", "’s", "'"} and not hyphened and not whole) or timed or noun.lower_ in CURRENCY_WORDS:  # not '20 gigawatt-hours'
            return True
        if before in CURRENCY_SYMBOLS:
            return True  # 'spend £15m refitting cafes': a sum, whatever nouns the parse hangs on its scale
        if kind == "count" and (noun.lower_ in UNITS or (nums[0].text.isdigit() and 1000 <= nums[0]._.num <= 2100)):
            return True
        if kind == "count" and span.end < len(doc) and doc[span.end].lower_ == "old":
            return True
    return False


def _base_after_from(span: Span) -> bool:
    """Whether a count or quantity after 'from the' is the level a figure before it in the sentence moved from: 'down
    4 percent from the 63.0 thousand acres used a year earlier', where 'the' would otherwise mark it as only naming
    them again."""
    doc = span.doc
    start = span.start - 2
    return (start > span.sent.start and doc[start].lower_ == "from" and doc[start + 1].lower_ == "the"
            and any(t._.is_num for t in doc[span.sent.start:start]) and doc[start - 1].lower_ not in ("away", "apart"))


def _elided_share(span: Span, hedge_start: int) -> bool:
    """Whether a bare fraction or percentage ends a clause whose verb is left out, after a name that 'and' joins to a
    sentence that gave a share of a whole: 'Russia supplies roughly 40% of the world's mined palladium, and South
    Africa about a third.', 'Western Europe took 62 pct of the fibre and Japan 14 pct.'"""
    doc = span.doc
    name = doc[hedge_start - 1] if hedge_start > 0 else None
    if name is None or not name.ent_type_ or span.end >= len(doc) or not (doc[span.end].is_punct or doc[span.end].lower_ == "and") or doc[span.end].text == "-":
        return False
    start = name.i
    while start > span.sent.start and doc[start - 1].ent_type_ == name.ent_type_ and doc[start - 1].ent_iob_ != "O":
        start -= 1
    if start < 2 or doc[start - 1].lower_ not in ("and", ","):  # (or a comma, in a list: 'Japan took 48 pct of the
        return False  # logs, South Korea 21 pct and Taiwan 17 pct')
    return any(t.lower_ in ("%", "percent", "pct") and t.i + 1 < start and doc[t.i + 1].lower_ == "of"
               for t in doc[span.sent.start:start])


def _share_in_same_sentence(core: Span, out: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The share of a whole given earlier in the sentence that a bare percentage, with no whole of its own, is another
    share of: one a verb of taking holds ('government and business accounted for 34 percent', after 'households
    accounted for 45 percent of travel expenditures'), or one set 'against' it ('accounted for 9 percent of
    deliveries, against 4 percent a year ago'). None for any other figure."""
    head = core.root.head
    taken = head.lower_ == "for" and head.head.lemma_.lower() in TAKING_VERBS or (
        core.root.dep_ == "dobj" and head.lemma_.lower() in TAKING_VERBS)
    against = head.lower_ == "against" and head.i < core.start
    return _share_earlier_in_sentence(out, earlier) if taken or against else None


def _share_earlier_in_sentence(out: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The last share of a whole given earlier in a figure's sentence, with its whole read; None when none is. (The
    figures before are read back to the sentence's start only.)"""
    start = out.sent.start
    return next((f for f, _ in itertools.takewhile(lambda pair: pair[0].start >= start, reversed(earlier))
                 if f._.measure == "share" and f._.object), None)


def _a_margin(doc: Doc, start: int) -> bool:
    """Whether a figure is a margin of error: after a plus-or-minus sign however it is typed, '(±0.5 percent)', '(+/-
    1.1%)', '(+/- 6.4%)', or the words 'plus or minus'."""
    signs = "".join(t.text for t in doc[max(0, start - 3):start]).replace(" ", "")
    return signs.endswith(("±", "+/-", "+-")) or [t.lower_ for t in doc[max(0, start - 3):start]] == ["plus", "or", "minus"]


def _of_a_pronoun(span: Span) -> bool:
    """Whether a number is followed by 'of' and a pronoun ('18 of those'): a partitive, which the finder read already."""
    doc = span.doc
    return span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and doc[span.end + 1].lower_ in PARTITIVE_PRONOUNS


def _numbered(tok: Token) -> bool:
    """Whether a plain number with no noun after it is the level a 'number' or 'total' named as the subject of its
    clause went to or from: 'The number of mines operating fell to 190 from 205', 'the total rose by 12'. Any other
    plain number is none (a score, an age, a page)."""
    if tok.ent_type_ not in ("", "CARDINAL"):
        return False
    if tok.dep_ in ("dobj", "attr") and tok.head.pos_ in ("VERB", "AUX"):
        verb = tok.head  # 'The number of U.S. credit unions reaches 199 in 1921'
    elif tok.dep_ != "pobj" or tok.head.lower_ not in ("to", "from", "by"):
        return False
    else:
        verb = tok.head.head.head if tok.head.head.lower_ == "from" else tok.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CHANGE_WORDS | REACH_VERBS:
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in ("number", "total", "count", "tally", "headcount")
               for c in verb.children)


def _compared_with(tok: Token) -> Token | None:
    """The 'against' or the 'from' after 'up' or 'down' that a bare number is the earlier value of ('..., against 6,500
    in 2004', 'up from 15,500 last year', where the parse may hang the number on the year), or None."""
    if tok.dep_ not in ("pobj", "nummod"):
        return None
    prep = tok.head.head if tok.dep_ == "nummod" and tok.head.lemma_.lower() in TIME_UNITS and tok.head.i > tok.i else tok.head
    if prep.lower_ == "against" or (prep.lower_ == "from" and prep.head.lower_ in ("up", "down")):
        return prep
    return None


def _bare_count(tok: Token) -> bool:
    """Whether a number written with thousands separators and no noun after it is a count of what its clause is
    about: the level a rate, total or figure is at ('were at a seasonally adjusted annual rate of 1,446,000', 'the
    revised May figure of 956,000'), what a verb of being or reaching gives ('The number was 97,014'), the size or
    the ends of a change ('rose by 252,000', 'revised from +336,000 to +264,000') or a number in brackets after a noun
    ('striking workers (75,000)'), or a signed one after a place ('Texas (+36,400)'). A number
    the model reads as a date, a sum or a quantity, or one in a name, is none."""
    doc = tok.doc
    moneyless = tok.ent_type_ == "MONEY" and not any(  # 'declined by 192,000 to 3.0 million', which the model calls a
        t.ent_type_ == "MONEY" and (t.lower_ in CURRENCY_SYMBOLS or t.lower_ in CURRENCY_WORDS)  # sum, with no currency
        for t in doc[max(0, tok.i - 4):tok.i + 5])
    dated = tok.ent_type_ == "DATE" and THOUSANDS.fullmatch(tok.text) is not None  # 'up from 15,500 last
    # year', which the model reads as one date: no year has a thousands separator
    if tok.ent_type_ not in ("", "CARDINAL") and not moneyless and not dated or (
            doc._.mention_index or [None] * len(doc))[tok.i] is not None:
        return False
    if tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "of":
        return False  # 'Page 1,204 of the report', '1,200 of them': a partitive or a place in a thing
    counted_before = any(t._.is_num and t.i + 1 < tok.i and doc[t.i + 1].tag_ == "NNS" for t in doc[tok.sent.start:tok.i])
    if counted_before and _compared_with(tok) is not None:
        return True  # 'to build 4,200 caravans this year, against 6,500 in 2004': the same count, before
    if tok.dep_ == "pobj" and tok.head.lower_ == "of":
        return tok.head.head.pos_ == "NOUN" and tok.head.head.lemma_.lower() in LEVEL_NOUNS | RATE_WORDS | CHANGE_WORDS | {
            "figure", "estimate"}  # ('was 234,000, a decrease of 12,000 from ...': the size of a change)
    if (tok.dep_ == "quantmod" and tok.i and doc[tok.i - 1].lower_ == "by" and tok.i + 1 < len(doc)
            and doc[tok.i + 1].lower_ == "to" and tok.head.dep_ == "pobj" and tok.head.head.lower_ == "by"):
        verb = tok.head.head.head  # 'declined by 192,000 to 3.0 million', parsed as one range
        return verb.pos_ in ("VERB", "AUX") and verb.lemma_.lower() in CHANGE_WORDS
    if tok.dep_ == "pobj" and tok.head.lower_ in ("by", "from", "to"):
        verb = tok.head.head.head if tok.head.head.lower_ == "from" else tok.head.head  # 'from +336,000 to +264,000'
        moved = any(c.lower_ in ("up", "down") and c.dep_ in ("advmod", "prt") for c in verb.children)  # 'was up by 204,000'
        return verb.pos_ in ("VERB", "AUX") and (verb.lemma_.lower() in CHANGE_WORDS | {"revise"} or moved)
    if tok.i >= 2 and doc[tok.i - 1].text == "(" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == ")":
        if tok.text[0] in "+-\u2212" and doc[tok.i - 2].ent_type_ in PLACE_LABELS:
            return True  # 'the largest increases occurred in Texas (+36,400)': the change in a count at a place
        return tok.dep_ == "appos" and tok.head.pos_ == "NOUN"  # 'the net return of striking workers (75,000)': the
        # number of the noun before
    return tok.dep_ in ("attr", "dobj") and tok.head.lemma_.lower() in REACH_VERBS | {"total"}


def _the_rest(core: Span) -> bool:
    """Whether a percentage is the rest of a whole: 'the remaining 85%', 'the other 40%'."""
    return core.start > 0 and core.doc[core.start - 1].lower_ in ("remaining", "other") and core.label_ == "percent"


def _share_before(earlier: list[tuple[Span, Span]], out: Span) -> Span | None:
    """The last share of a whole before `out`, in its sentence or the one before, whose whole the rest is of."""
    first = previous_sentence_start(out)
    return next((f for f, _ in reversed(earlier) if f.start >= first and f._.measure == "share" and f._.object), None)


def _points_of_percent(doc: Doc, end: int) -> bool:
    """Whether points counted just before `end` are points of a percentage the text names next: 'rose 1.2 points to
    76.4 percent' (not '12 points' of a football table)."""
    after = doc[end:end + 4]
    return len(after) >= 3 and after[0].lower_ in ("to", "from") and any(
        t.lower_ in ("%", "percent", "pct", "per") for t in after[1:])


def _after_ordinal(doc: Doc, start: int) -> bool:
    """Whether the word before `start` makes a fraction word an ordinal: 'the third quarter', 'first half'."""
    return start > 0 and doc[start - 1].lower_ in ("the", "first", "second", "third", "fourth", "last", "latter", "final", "former")


def _size(words: Span) -> float | None:
    """The value a side of a range writes, with its scale: '£94' -> 94, '$1.2 billion' -> 1.2e9; None for none."""
    nums = [t for t in words if t._.is_num]
    if not nums:
        return None
    scale = SCALES.get(nums[0].nbor(1).lower_, 1.0) if nums[0].i + 1 < len(words.doc) else 1.0
    return nums[0]._.num * (nums[0]._.scale or 1.0) * scale


def _change_then_level(left: Span, right: Span) -> bool:
    """Whether 'by X to Y' after a verb of change gives the change and the level it reached ('would go up by £94 to
    £535', 'cut by 40,000 tonnes to 1.2 million tonnes') rather than a range of the change ('shrink by 3% to 5%',
    'cut by 10 to 15 tonnes'): the verb changes the thing before 'by', and the second sum is three times the
    first or more, which the two ends of a range seldom are."""
    doc = left.doc
    verb = doc[left.start - 2] if left.start >= 2 else None
    verb = verb.head if verb is not None and verb.dep_ == "prt" else verb  # 'go up by'
    by = doc[left.start - 1] if left.start else None
    if (verb is None or verb.pos_ not in ("VERB", "AUX")) and by is not None and by.lower_ == "by" and by.head.pos_ == "VERB":
        verb = by.head  # 'cut their profit forecast for next year by £3m to £12.5m': the verb before its object
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in CHANGE_WORDS | {"go"}:
        return False
    return _far_apart(left, right)


def _far_apart(left: Span, right: Span) -> bool:
    """Whether the second sum is three times the first or more, which the two ends of a range seldom are."""
    low, high = _size(left), _size(right)
    return low is not None and high is not None and low > 0 and high >= 3 * low


def _split_range(kind: str, span: Span) -> list[Span]:
    """'from 5% to 7%' and '5% and 7%' are two figures, not a range ('between 5% and 7%' and '95 to 98 pct' are);
    so are the size of a change and the level it reached, each with its unit, right after a verb of change ('rose
    C$1.15 to C$14.65'), an 'up' or 'down' ('forecast up $500 million to $139.5 billion') or a noun of change ('a decrease in the deficit of $5.3 billion to $60.3 billion'); not
    'output of 820,000 to 870,000 tonnes', 'rose 5 to 10 percent', 'shrink by 3% to 5%'. Percentages split only
    where the first writes its sign ('5 and 7 percent' is a range) or 'respectively' follows ('decreases of 54 and
    47 percent, respectively')."""
    doc = span.doc
    seps = [t for t in span if t.lower_ in ("to", "and", "-", "\u2013") and t.i > span.start]
    if not seps:
        return [span]
    before = doc[span.start - 1].lower_ if span.start > 0 else ""
    sep = seps[0]
    own_unit = any(not t._.is_num for t in doc[span.start:sep.i])  # the first value writes its unit: '$2.1 billion to ...'
    changed_to = False
    if sep.lower_ == "to" and own_unit:
        verb = doc[span.start - 1] if span.start else None  # 'shrink by 3% to 5%' and 'rose 5 to 10 percent' are ranges
        changed_to = verb is not None and verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_WORDS
        noun = doc[span.start - 1].head if before == "of" else None  # 'a decrease in the deficit of $5.3 billion to ...'
        for _ in range(3 if noun is not None else 0):
            changed_to = changed_to or (noun.pos_ == "NOUN" and noun.lemma_.lower() in CHANGE_WORDS)
            noun = noun.head
    left, right = doc[span.start:sep.i], doc[sep.i + 1:span.end]
    changed_to = changed_to or (sep.lower_ == "to" and own_unit and kind != "percent" and (
        (before == "by" and _change_then_level(left, right))
        or (before in ("up", "down") and _far_apart(left, right))))  # 'Exports Forecast Up $500 Million to $139.5 Billion'
    if not ((sep.lower_ == "to" and before == "from") or (sep.lower_ == "and" and before != "between") or changed_to):
        return [span]
    respectively = any(t.lower_ == "respectively" for t in doc[span.end:span.end + 2])
    if kind == "percent" and not respectively and not any(t.lower_ in ("%", "percent", "pct", "cent") for t in left):
        return [span]
    if any(t._.is_num for t in left) and any(t._.is_num for t in right):
        unitless = kind == "money" and not any(t.lower_ in CURRENCY_SYMBOLS or t.lower_ in CURRENCY_WORDS for t in right)
        return [Span(doc, left.start, left.end, label=kind), Span(doc, right.start, right.end, label="count" if unitless else kind)]
    return [span]  # ('rose $1.25 to 38.75': a bare price, whose currency unit_left_out finds)


GAPPED_PREPOSITIONS = ("by", "to", "from", "at")  # 'rose by 19% to 14.2 Bcf/d in one year and by 15% to 16.4 Bcf/d'


def said_again(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The earlier figure of the same sentence that a figure restates for another time or place, in a phrase that
    repeats its preposition after 'and' with the verb left out: 'exports are expected to increase by 19% to 14.2
    Bcf/d this year and by 15% to 16.4 Bcf/d the next' -> 15% takes 19%, 16.4 Bcf/d takes 14.2 Bcf/d. None otherwise."""
    doc = core.doc
    prep = doc[core.start - 1] if core.start else None
    if prep is None or prep.lower_ not in GAPPED_PREPOSITIONS:
        return None
    for out, other in reversed(earlier):
        if other.sent.start != core.sent.start:
            break
        if out._.unit != core._.unit or not other.start or doc[other.start - 1].lower_ != prep.lower_:
            continue
        between = doc[other.end:core.start]
        again = next((t for t in between if t.lower_ == "and" and doc[t.i + 1].lower_ in GAPPED_PREPOSITIONS), None)
        verb = any(t.pos_ in ("VERB", "AUX") for t in between if again is not None and t.i > again.i)
        return out if again is not None and not verb else None
    return None


def _same_subject(verb: Token, figure: Span) -> bool:
    """Whether the passive subject of `verb` ('Trucks were followed by ...') is the subject of the verb `figure` hangs
    on, by lemma ('trucks carried 60.8 percent of ...')."""
    subjects = {c.lemma_.lower() for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")}
    holder = next((t for t in figure.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return holder is not None and any(c.dep_ == "nsubj" and c.lemma_.lower() in subjects for c in holder.children)


def measured_alongside(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The earlier figure that `core` gives another value of, so that the two share an object: one it is joined to by
    'and' ('a rise of 4.5% this year and 3% in 2026'), one it is compared with ('made up 13.5% of new
    registrations, down from 18.4% a year earlier'; '..., compared with 5%'; 'rose 0.5% after gaining 0.3%'), the
    sum it converts in brackets, or the one whose change it gives
    ('revenue of 4.2 billion crowns, up 31%'). `earlier` holds the (figure, core) pairs before `core`; only figures
    of the same sentence count (of the same unit, but for a change), the nearest first. A figure with an 'of'
    phrase of its own keeps it ('65% of the world's lithium and nearly 75% of its cobalt')."""
    if after_of(core) is not None or priced_for(core) is not None or set_beside_by_dash(core) is not None:
        return None  # (a sum set beside its own noun after a dash: 'and in shipping -- $0.9 billion')
    if changed_subject(core) is not None:
        return None  # '... and truck freight increased by 0.9 percent': its own subject, which the parse lost
    if core.root.dep_ in ("conj", "appos") and sum_in(core) is not None:
        return None  # '$243.5 billion in agricultural goods, $2.8 trillion in manufactured goods': each sum its own
    doc = core.doc
    moved = next((f for f, c in reversed(earlier) if c.end == core.start - 1), None) if core.start >= 2 and doc[
        core.start - 1].lower_ == "at" else None
    if (moved is not None and moved.start >= 2 and doc[moved.start - 1].lower_ in ("up", "down")
            and doc[moved.start - 2].pos_ == "NOUN"):
        return moved  # '... on sales up 9 percent at 612 million francs': the level the sales moved to, not the profit's
    start = core.sent.start
    in_sentence = []
    for out, other in reversed(earlier):  # the figures before `core` in its sentence, nearest first
        if other.start < start:
            break
        in_sentence.append((out, other))
    in_sentence.reverse()
    verb = core.root.head
    if (core.root.dep_ == "dobj" and verb.dep_ == "conj" and verb.pos_ == "VERB" and sum_in(core) is None
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)):
        first = [out for out, other in in_sentence if other.root.dep_ == "dobj"
                 and other.root.head.i == verb.head.i and out._.unit == core._.unit and sum_in(other) is not None]
        if first:  # 'exported $2.4 trillion in goods and services and imported $2.9 trillion': of the same goods
            return first[-1]
    if core.start >= 2 and core.doc[core.start - 1].text == "(" and in_sentence and in_sentence[-1][1].end == core.start - 1:
        return in_sentence[-1][0]  # 'earned 180 billion shillings ($1.4 billion)': a conversion measures what its sum does
    if in_sentence and _bracketed_change_of(core, in_sentence[-1][1]):
        return in_sentence[-1][0]  # '684 MMst in 2019 (down by 9% from 2018)': the change of that level
    opening = core.doc[core.sent.start:core.sent.start + 2]
    if [t.lower_ for t in opening] == ["out", "of"] and in_sentence and core.root.dep_ in ("nsubj", "nsubjpass"):
        return in_sentence[0][0]  # 'Out of the $14.1 billion in X, $5.2 billion was duty free': a part of that whole
    if (followed := followed_in_list(core)) is not None:  # 'carried 60.8 percent of the freight, followed by rail at
        ranked = [out for out, other in reversed(earlier) if out._.unit == core._.unit and after_of(other) is not None]
        ranked = [out for out in ranked[:1] if out.sent.start == start or (  # 15.1 percent': of the same whole; or
            followed.dep_ == "ROOT" and out.sent.end == start and _same_subject(followed, out))]  # 'Trucks were followed
        if ranked:  # by ...' after a sentence whose trucks carried a share of it
            return ranked[0]
    if (figured := restated_figure(core, in_sentence)) is not None:
        return figured  # 'increased 1.7 percent ..., a decline from the 2.0 percent figure for the 12 months ending July'
    worth = core.root.head
    if worth.lower_ == "worth" and (valued := [out for out, other in in_sentence if other.start <= worth.head.i < other.end]):
        return valued[-1]  # 'rose to 1.3 million tonnes, worth 122 billion crowns': the crowns measure what the tonnes do
    same = [(out, other) for out, other in in_sentence if out._.unit == core._.unit]
    restated = [out for out, other in in_sentence if core.root.dep_ == "conj" and other.start <= core.root.head.i < other.end
                and other.end < core.start and (core.doc[other.end].lower_ == "or" or (
                    core.doc[other.end].text == "(" and core.doc[other.end + 1].lower_ == "or"))]  # '19,099 (or -6.9 percent)'
    if restated:  # 'an increase of $17.0 billion or 14.5% from 2020': the same change, in another unit
        return restated[-1]
    if core.root.dep_ in ("conj", "appos") and not _counts_a_noun(core):  # ('7.39 billion table eggs, and 1.19 billion
        # hatching eggs': a count with its own noun counts that)  # 'rose 5%, 6% and 7%, respectively': a list the parse sets beside the first
        head = core.root.head  # the other figure, or the verb both figures complete ('offered 4.5% ... and 3% ...')
        joined = [out for out, other in same if other.start <= head.i < other.end or (
            core.root.dep_ == "conj" and head in other.root.ancestors)]
        if joined:
            return joined[-1]
    prep = core.root.head
    gapped = [out for out, other in same if other.root.head.dep_ == "prep" and other.root.head.lower_ == prep.lower_
              and prep.dep_ == "prep" and other.root.head.head.i == prep.head.i and other.root.head.i != prep.i]
    if gapped:
        return gapped[-1]  # 'Europe accounts for 55% of sales and Africa for about 20%': the verb left out, the whole too
    verb = core.root.head
    wholes = [out for out, other in same if after_of(other) is not None]
    if listed_in_whole(core, earlier) is not None:
        return None  # 'two-fifths of both U.S. exports (38 percent) and imports (41 percent)': the items are the whole
    if wholes and (noun_at(core) is not None or bracketed_after(core) is not None):
        return wholes[-1]  # '41% of respondents, ahead of inflation at 27%', '70% of imports were oil, followed by
        # petroleum products (16%)': a share of the same whole
    repeated = [out for out, other in same if after_of(other) is not None and other.root.head.pos_ == "VERB"
                and other.root.head.lemma_ == verb.lemma_ and other.root.head.i != verb.i and verb.dep_ in ("conj", "advcl")
                and other.root.head.i == verb.head.i]
    if repeated and core.root.dep_ in ("dobj", "npadvmod"):
        return repeated[-1]  # 'solar supplied 28% of the power, while wind supplied less than 10%': the whole left out
    contrast = verb.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in verb.children)
    mains = {verb.head.i} | ({c.i for c in verb.head.children if c.dep_ in ("ccomp", "parataxis")}  # '..., the survey
                             if verb.head.lemma_.lower() in REPORTING_VERBS else set())  # says, while ...'
    contrasted = [out for out, other in same if contrast and after_of(other) is not None and next(
        (t.i for t in other.root.ancestors if t.pos_ in ("VERB", "AUX")), None) in mains]
    if contrasted and core.root.dep_ in ("dobj", "npadvmod", "nsubj"):  # (or its subject: "..., while only 4.1 percent
        # reported negative net income")
        return contrasted[-1]  # 'Qatar accounted for about 38% of world helium output, while the United States produced
        # roughly 40%': the whole left out of a contrast, with another verb
    if prep.dep_ == "pcomp" and prep.head.lower_ in ("after", "following") and prep.lemma_.lower() in CHANGE_WORDS:
        return same[-1][0] if same else None  # 'rose 0.5% after gaining 0.3% the previous month'
    if (prep.lower_ == "by" and prep.head.dep_ == "pcomp" and prep.head.head.lower_ in ("after", "following")
            and prep.head.lemma_.lower() in CHANGE_WORDS):
        return same[-1][0] if same else None  # 'an increase of 464,000 b/d from 2016 after declining by 551,000 b/d'
    predicate = prep.head.pos_ in ("VERB", "AUX") and prep.head.i < prep.i and not any(  # 'while furniture sales
        t.is_punct for t in core.doc[prep.head.i:prep.i])  # were up 9.5 percent': the verb's own, of its own subject
    if (prep.lower_ in ("up", "down", "more", "less", "higher", "lower") and core.root.dep_ == "npadvmod"
            and not moved_object(prep) and not predicate):  # 'revenue of 4.2 billion crowns, up 31%'; not a figure in a clause that
        outside = [out for out, other in in_sentence if not _described_apart(other, core)]  # describes a noun
        return outside[-1] if outside else None
    if (prep.lower_ == "from" and prep.head.lower_ in ("up", "down")) or (
            prep.lower_ in ("with", "to") and prep.head.lower_ == "compared") or (
            prep.lower_ == "against" and prep.i and core.doc[prep.i - 1].text == ",") or (  # '4,200 caravans this year,
            len(core) == 1 and _compared_with(core.root) is not None):  # against 6,500 in 2004': the same measure, then
        return same[-1][0] if same else None
    held = prep if core.root.dep_ in ("nmod", "compound", "amod") and prep.pos_ == "NOUN" else None
    while held is not None and held.dep_ == "conj" and held.head.i != held.i:
        held = held.head
    if held is not None and held.dep_ == "pobj" and held.head.lower_ == "from" and held.head.head.lower_ in ("up", "down"):
        return same[-1][0] if same else None  # 'up from both the 86.5 percent on-time rate in November 2016': the
        # same measure, the figure set inside the noun it was the level of
    change = prep.head  # 'increased 1.8 percent ..., compared with an increase of 0.2 percent in the second'
    if (prep.lower_ == "of" and change.lemma_.lower() in CHANGE_WORDS and change.dep_ == "pobj" and change.head.lower_ in ("with", "to")
            and change.head.head.lower_ == "compared" and not any(c.dep_ == "prep" and c.lower_ == "in" and c.i < prep.i
                                                                  for c in change.children)
            and not any(c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") for c in change.children)):  # (not
        # 'compared with national job growth of 1.4 percent', which names its own measure)
        return same[-1][0] if same else None
    level = prep.head  # 'up from their previous high of $173.5 billion': the same measure, at its earlier level
    if (prep.lower_ == "of" and level.dep_ == "pobj" and level.head.lower_ == "from" and level.head.head.lower_ in ("up", "down")
            and same):
        return same[-1][0]
    return None


def listed_in_whole(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The share of this sentence whose whole holds the item a bracketed figure follows: 'two-fifths of both U.S.
    exports (38 percent) and imports (41 percent)' -> two-fifths, for each bracketed figure, which is then a share
    of its own item ('U.S. exports'), not of the whole."""
    listed = bracketed_after(core)
    if listed is None:
        return None
    for out, other in reversed(earlier):
        if other.sent.start != core.sent.start:
            break
        if out._.unit == core._.unit and (of := after_of(other)) is not None:
            parts = both_joined(of)
            return out if parts[0].start <= listed.i < parts[-1].end else None
    return None


POINTED_MEASURE = re.compile(r"^(?:that|this|the) (?:percentage|share|proportion|ratio)$", re.I)  # 'that percentage
# would decline to 72%'
INTERVAL_OF = re.compile(r"^(?:an?|the) (?:(?:prediction|confidence|forecast|projected|likely) )?(?:interval|range)$", re.I)  # 'with a
# prediction interval of 1.8 to 2.6 percent'
AS_A_SHARE_OF = re.compile(r"^.*?\bas an? (?:percent|percentage|share|proportion) of (.+)$", re.I)  # 'e-commerce as a
# percent of total retail sales'
OWNED_SHARE_OF = re.compile(r"^(?:its|their|his|her|our|the|.+?(?:'s|’s|s'|s’)) (?:(?:market|global|world) )?(?:%s) of (.+)$"
                            % "|".join(sorted(SHARE_NOUNS)), re.I)  # 'its share of new mortgages rose to 11.4%',
# "Meadowvale's share of the cheese market had slipped to 11%", 'The percentage of adults without a car rose to 9 percent'
BRACKETED_ACRONYM = re.compile(r" \((?:[A-Z][A-Za-z]?[-.&]?)+[A-Z](?: \d{1,2})?\)(?= |$)")  # ' (CPI-U)', ' (EIA)': the
# name again, or a region's code (' (PADD 5)')


def _cents_of_the_price(figures: list[tuple[Span, Span]]) -> None:
    """Cents take the currency of the price they move a thing to or from: 'Inco shares fell 35 cents to C$43.10' ->
    Canadian cents, 'fell 5 cents to 1.12 euros' -> euro cents (cents alone are U.S. cents)."""
    for k, (out, core) in enumerate(figures):
        if out.label_ != "money" or core[-1].lower_ not in ("cent", "cents"):
            continue
        price = next((o for o, c in figures[k + 1:k + 2] if o.label_ == "money" and o.start - core.end == 1
                      and o.doc[core.end].lower_ in ("to", "from") and o._.unit != out._.unit), None)
        if price is not None:
            out._.unit = price._.unit


def _cents_of_the_text(figures: list[tuple[Span, Span]]) -> None:
    """Cents with no currency of their own and no price beside them take the article's: the one currency its other
    sums are in, when that one is counted in cents ('raised its dividend to 145 cents ... 412 million rand' -> South
    African cents); with no other sum, that of the country the article names most, if counted in cents ('KUALA
    LUMPUR - Malaysia's exports ... at 221.5 cents a kilo' -> Malaysian). They stay U.S. cents otherwise, and wherever
    the article states a sum in U.S. dollars too, or their sentence names a dollar."""
    def bare_cents(out: Span, core: Span) -> bool:
        return out.label_ == "money" and core[-1].lower_ in ("cent", "cents") and all(t._.is_num for t in core[:-1])
    cents = [out for out, core in figures if bare_cents(out, core) and out._.unit == "USD"
             and not any(t.lower_ in ("dollar", "dollars", "dlrs") for t in out.sent)]  # '35 cents of every dollar'
    if not cents:
        return
    others = {out._.unit for out, core in figures if out.label_ == "money" and not bare_cents(out, core)}
    code = (others.pop() if len(others) == 1 else None) if others else _named_country_currency(cents[0].doc)
    if code in CENT_CURRENCIES and code != "USD":
        for out in cents:
            out._.unit = code


def _pennies_of_the_text(figures: list[tuple[Span, Span]]) -> None:
    """A penny is a U.S. cent in a story that states sums in dollars and none in sterling: 'The average retail diesel
    price was down more than a penny' beside '$3.17 per gallon'."""
    pennies = [out for out, core in figures if out.label_ == "money" and core[-1].lower_ in ("penny", "pennies")
               and out._.unit == "GBP"]
    if pennies and not _has_sterling(pennies[0].doc) and any(out._.unit == "USD" for out, _ in figures):
        for out in pennies:
            out._.unit = "USD"


def _split_tag(sent: Span) -> Span | None:
    """The sentence after `sent` when it is only the reporting tag `sent` ends with a comma before, which the parse
    split off: '..., chief executive Franz Huber told a news conference.' None otherwise."""
    doc = sent.doc
    if sent.end >= len(doc) or doc[sent.end - 1].text != "," or not doc[sent.end].is_lower:
        return None
    tag = doc[sent.end].sent
    root = tag.root
    return tag if (len(tag) <= 12 and root.lemma_.lower() in REPORTING_VERBS and not any(t._.is_num for t in tag)
                   and any(c.dep_ == "nsubj" for c in root.children)) else None


def _named_country_currency(doc: Doc) -> str | None:
    """The currency of the country the article names most often (as a place or by its nationality), the first named
    of those named as often; None when it names none."""
    counts: dict[str, int] = {}
    for ent in doc.ents:
        country = ent._.entity if ent.label_ == "GPE" and ent._.entity in COUNTRY_NAMES else (
            demonyms().get(ent._.entity) if ent.label_ == "NORP" else None)
        if country:
            counts[country] = counts.get(country, 0) + 1  # (in the order first named: a tie goes to the first, the
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])  # story's own country, as a headline on a country's wool
    if not ranked:  # prices names it before the buyers' country)
        return None
    return country_currency(ranked[0][0])


def _dated_aside(figure: Span) -> bool:
    """Whether a figure stands in brackets just after a month or a dated period: 'increasing in August (9.6 percent)',
    'than the rate in the second quarter 2020 (5.7 percent)'."""
    doc = figure.doc
    if not (figure.start >= 2 and doc[figure.start - 1].text == "(" and figure.end < len(doc) and doc[figure.end].text == ")"):
        return False
    before = doc[figure.start - 2]
    return before.lower_.rstrip(".") in MONTHS or (before.ent_type_ == "DATE" and a_year(before) and any(
        t.lemma_.lower() in ("quarter", "half") for t in doc[max(0, before.i - 4):before.i]))


def _subject_of_dated_aside(figure: Span) -> str | None:
    """What a figure in brackets after a month measures: the subject of the clause its month belongs to, or, for a
    clause that has none ('Despite rising in May (4.2 percent), the increase ...'), of the clause it is set before."""
    month = figure.doc[figure.start - 2]
    verb = next((t for t in month.ancestors if t.pos_ in ("VERB", "AUX")), None)
    while verb is not None and clause_subject(verb) is None and verb.head.i != verb.i:
        verb = next((t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = clause_subject(verb) if verb is not None else None
    if subject is None or subject.pos_ == "PRON":
        return None
    valued = {t.i for c in subject.children if c.dep_ == "prep" and c.i > subject.i and any(x._.is_num for x in c.subtree)
              for t in c.subtree}  # 'The homeowner vacancy rate of 0.9 percent': the rate, without its own figure
    return as_written(phrase(subject, skip=valued) if valued else subject_phrase(subject))


def _figure_before(figure: Span, earlier: list[tuple[Span, Span]], previous: bool = False) -> Span | None:
    """The last figure before `figure` in its sentence, whose object a relative 'which' after it takes up; with
    `previous`, the last with an object in the sentence before, which a 'This' takes up."""
    sent = figure.sent
    if previous:
        if not sent.start:
            return None
        before = figure.doc[sent.start - 1].sent
        return next((out for out, _ in reversed(earlier) if out.sent.start == before.start and out._.object), None)
    return next((out for out, _ in reversed(earlier) if out.sent.start == sent.start and out.end <= figure.start), None)


def _bracketed_after_sum(out: Span, earlier: list[tuple[Span, Span]], bare: bool = True) -> Span | None:
    """The sum a percentage in brackets follows, straight or after its unit: '$2.52' of 'averaged $2.52 (8.6 percent)'; with
    `bare` False, the brackets may hold more ('(7.8 percent of total compensation)')."""
    doc = out.doc
    if not (out.start and doc[out.start - 1].text == "(" and (not bare or out.end < len(doc) and doc[out.end].text == ")")):
        return None
    return next((f for f, _ in reversed(earlier) if f.label_ in ("money", "quantity") and f.end <= out.start - 1
                 and out.start - 1 - f.end <= 3 and all(t.is_alpha for t in doc[f.end:out.start - 1]) and (
                     f.end == out.start - 1 or doc[f.end].lower_ in ("per", "a", "an"))),
                None)  # (its unit between: '$2.28 per hour (7.8 percent ...', '$1.12 per hour worked (...')


def _verb_of(span: Span) -> Token | None:
    """The nearest verb above a figure in the parse."""
    return next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)


def _share_in_brackets_as_before(out: Span, core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The earlier share in brackets whose whole a bare percentage in brackets after a sum leaves out, when both sums
    complete the same verb in the same paragraph: 'Costs for ... averaged $2.28 per hour (7.8 percent of total
    compensation). ... insurance benefits averaged $2.52 (8.6 percent)' -> the share of total compensation. None when
    the percentage names its own whole, or no such share comes before (a change in brackets: 'rose $2.52 (8.6
    percent)' follows no share)."""
    doc = out.doc
    sum_before = _bracketed_after_sum(out, earlier)
    verb = _verb_of(sum_before) if sum_before is not None else None
    if verb is None or after_of(core) is not None:
        return None
    for k in range(len(earlier) - 1, -1, -1):
        share, share_core = earlier[k]
        if "\n" in doc[share.start:out.start].text:
            return None  # another paragraph
        if share._.measure != "share" or not share._.object or after_of(share_core) is None:
            continue
        level = _bracketed_after_sum(share, earlier[:k], bare=False)
        level_verb = _verb_of(level) if level is not None else None
        if level_verb is not None and level_verb.lemma_ == verb.lemma_ and level_verb.i != verb.i:
            return share
    return None


def _counts_a_noun(core: Span) -> bool:
    """Whether a figure is a count written with the noun it counts: '1.19 billion hatching eggs', not '1.11 billion'."""
    return core.label_ == "count" and any(t.pos_ == "NOUN" and not t._.is_num for t in core)


def _of_which(doc: Doc, start: int) -> bool:
    """Whether the words before `start` are 'of which' or 'of whom'."""
    return start >= 2 and doc[start - 2].lower_ == "of" and doc[start - 1].lower_ in ("which", "whom")


def _count_of_which(out: Span, core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The count a bare count is part of after 'of which' ('1.19 billion hatching eggs, of which 1.11 billion were
    broiler-type and 82.3 million were egg-type' -> the hatching eggs, for both), or None."""
    doc = out.doc
    if out.label_ != "count" or _counts_a_noun(core):
        return None
    before = _figure_before(out, earlier)
    if before is None or before.label_ != "count":
        return None
    if _of_which(doc, out.start):
        return before
    paired = _of_which(doc, before.start) and any(t.lower_ == "and" for t in doc[before.end:out.start]) and not any(
        t.text in (";", ":") for t in doc[before.end:out.start])
    return before if paired else None


def _part_of_fronted_whole(out: Span, core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The count a sentence opens with as a whole ('Of the 2.9 million people who applied, ...') that the bare count
    after its comma is part of ('..., 2.1 million were accepted'), or that the percentage in brackets after that part
    is a share of ('2.1 million (70.1 percent)'); None for any other figure."""
    doc = out.doc
    whole = next((f for f, c in reversed(earlier) if f.label_ == "count" and fronted_whole(c) and f.sent.start == out.sent.start), None)
    if whole is None:
        return None
    comma = next((t.i for t in doc[whole.end:out.sent.end] if t.text == ","), None)
    if comma is None:
        return None
    part = next((f for f, c in earlier if f.start == comma + 1), None)
    if out.start == comma + 1:
        return whole if out.label_ == "count" and not _counts_a_noun(core) else None
    bracketed = part is not None and out.start == part.end + 1 and doc[part.end].text == "(" and out._.unit == "percent"
    return whole if bracketed and part.label_ == "count" else None


def _among_whole(core: Span) -> Span | None:
    """The group a sentence opens with after 'Among' that a percentage just after its comma, the subject of its clause
    with no whole of its own, is a share of: 'Among recent graduates enrolled in college in October 2009, 91.6 percent
    were full-time students' -> 'recent graduates enrolled in college' (the date, which only dates the figure, left
    out; read from the words, as the parse often makes a verb of the participle)."""
    doc, sent = core.doc, core.sent
    if doc[sent.start].lower_ != "among" or core.root.dep_ not in ("nsubj", "nsubjpass") or after_of(core) is not None:
        return None
    comma = next((t.i for t in doc[sent.start:core.start] if t.text == ","), None)
    if comma is None or comma + 1 != qualifier_before(doc, core.start)[1]:
        return None
    end = comma
    while end > sent.start + 1 and doc[end - 1].ent_type_ == "DATE":
        end -= 1
    if end < comma and doc[end - 1].pos_ == "ADP":
        end -= 1
    return doc[sent.start + 1:end] if end > sent.start + 1 else None


def _said_before(this: Token, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The figure a 'this' takes up: the last with an object before it in its sentence ('at a rate of 934,000; this
    is ...'), else the last in the sentence before ('... of 1,446,000. This is ...')."""
    start = this.doc[this.sent.start - 1].sent.start if this.sent.start else this.sent.start
    for out, _ in reversed(earlier):
        if out.start < start:
            break
        if out.end <= this.i and out._.object:
            return out
    return None


def _level_of_change(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The earlier figure that sizes the change a level is reached from or to, when that change says in nothing what
    changed: 'a 6 percent increase from $3.62 trillion in 2022' -> the 6 percent, whose object the trillions share.
    None otherwise ('a 15% drop in net income to 26 billion riyals' says what changed)."""
    prep = stands_for(core).head
    noun = prep.head
    if prep.lower_ not in ("from", "to") or noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANGE_WORDS or any(
            c.dep_ == "prep" and c.lower_ in ("in", "of") for c in noun.children):
        return None
    for out, other in reversed(earlier):  # the figures of its sentence, nearest first
        if other.sent.start != core.sent.start:
            break
        if other.start < noun.i and other.root.head.i == noun.i and out._.object:
            return out
    return None


def _described_apart(figure: Span, core: Span) -> bool:
    """Whether `figure` stands in a clause describing a noun ('Kingsmere, which owns 1,200 pubs, said sales were 6%
    higher') that does not hold `core`."""
    return any(t.dep_ in ("relcl", "acl") and core.root not in t.subtree for t in (figure.root, *figure.root.ancestors))


def gapped_subject(core: Span, earlier: list[tuple[Span, Span]]) -> tuple[Span, Span] | None:
    """The earlier figure whose verb a figure leaves out, and the figure's own subject written before it: 'The index
    for energy has risen 6.1 percent and the food index 4.4 percent'; 'X accounted for 6.1% of GDP; Y, 3.2%; and Z,
    about 0.6%'. The parse hangs such a figure on its subject (a noun, joined to the earlier figure's clause by 'and'
    or set beside its subject); the figure measures what the earlier one does, of its own subject. None otherwise."""
    noun = core.root.head
    if noun.pos_ in ("VERB", "AUX") and core.root.dep_ in ("npadvmod", "dobj"):  # the parse hangs it on the first verb
        noun = next((c for c in noun.children if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i < core.start
                     and not any(t.pos_ in ("VERB", "AUX") for t in core.doc[c.i:core.start])), noun)
    if core.root.dep_ not in ("npadvmod", "appos", "conj", "dobj") or noun.pos_ not in ("NOUN", "PROPN") or noun.i > core.start:
        return None
    if noun.dep_ not in ("conj", "appos") or any(t.pos_ in ("VERB", "AUX") for t in core.doc[noun.i:core.start]):
        return None
    if any(other.start <= noun.i < other.end for _, other in earlier):
        return None  # '..., 310 million pounds of Runners, and 4.22 million pounds of Spanish': the noun is the unit of
        # another figure, which a list joins to this one, not a subject
    start = core.sent.start
    for out, other in reversed(earlier):  # the nearest earlier figure of the same unit in the sentence
        if other.start < start:
            return None
        if out._.unit == core._.unit and other.end <= noun.left_edge.i:  # (a list item in brackets read on its words)
            return out, item_before_brackets(core) or phrase(noun, skip={t.i for t in core.root.subtree})
    return None


def _negated(tok: Token) -> bool:
    """Whether the verb a hedge's figure hangs on is negated: 'prices have not risen by more than 0.1 percent'."""
    verb = tok if tok.pos_ == "VERB" else next((t for t in tok.ancestors if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)  # ('did not exceed $3.00': the hedge's own)


def closing_price(tok: Token) -> bool:
    """Whether a bare number is the price a move in a price ends at, its currency left out: 'Vorland shares rose 2.30
    marks to 412.50 in Frankfurt', 'fell $1.25 to 38.75'. A number with no sum of money straight before its 'to' is
    none."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].lower_ != "to":
        return False
    end = tok.i - 2  # the sum's last word, past a change restated in percent: 'fell 4.50 markka, or 4.8 percent, to 89.50'
    while end > tok.i - 7 and end > 1 and (doc[end].text == "," or doc[end].lower_ in ("or", "%", "percent", "pct") or (
            doc[end]._.is_num and doc[end + 1].lower_ in ("%", "percent", "pct"))):
        end -= 1
    sum_before = doc[end].lower_ in CURRENCY_WORDS or (doc[end]._.is_num and doc[end - 1].lower_ in CURRENCY_SYMBOLS)
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return sum_before and (after is None or after.is_punct or after.lower_ in ("in", "on", "at", "after", "before", "by"))


def unit_left_out(bare: Span, figures: list[tuple[Span, Span]]) -> Span | None:
    """The sum or quantity whose unit a bare number leaves out: one beside it, joined by one word ('dropped to 412
    million crowns from 655 million', 'from 655 million to 412 million crowns' -> the crowns; past the time of the
    first: 'to 1.2 billion dlrs in February from 1.5 billion'), or the last one before
    it in its sentence when it is what the figure is 'up from' or 'down from' ('averaged 3.1 million barrels per day
    in the quarter, down from 3.3 million'). `bare` is a figure as written (with its hedge); None when it counts
    something ('655 million people') or no such figure stands by it."""
    doc = bare.doc
    if bare.label_ != "count":
        return None
    if len(bare) == 1 and closing_price(bare[0]):  # 'rose 2.30 marks to 412.50': the marks
        return next((out for out, _ in reversed(figures) if out.label_ == "money" and bare.start - 8 <= out.end < bare.start), None)
    if bare[-1].lower_ not in SCALES and not (bare.start and doc[bare.start - 1].lower_ == "from"):
        return None
    measured = [out for out, _ in figures if out.label_ in ("money", "quantity") and out.sent.start == bare.sent.start]
    if bare[-1].lower_ not in SCALES:  # a plain number: only straight after a sum of its size ('fell to 18,600 tonnes
        return next((out for out in measured if (out.end + 1 == bare.start or _dated_between(doc, out.end, bare.start - 1))
                     and doc[bare.start - 1].lower_ == "from" and len(bare) == 1 and bare[0]._.is_num  # from 21,300';
                     and (_ends_clause(doc, bare.end) or _dated_to_clause_end(doc, bare.end))  # 'rose 12
                     and out._.value and 0.1 <= bare[0]._.num / out._.value <= 10), None)  # pct to 186,000 tonnes in
        # 1986 from 166,000 in 1985', each with its year)
    for out in measured:
        if (out.end + 1 == bare.start and doc[out.end].lower_ in ("from", "to", "and", "or", "versus", "against", "than")) or (
                bare.end + 1 == out.start and doc[bare.end].lower_ in ("to", "and", "or", "versus")):
            return out
        if doc[bare.start - 1].lower_ in ("from", "to") and _dated_between(doc, out.end, bare.start - 1):  # 'narrowed to
            return out  # 1.2 billion dlrs in February from 1.5 billion': a time between
    compared = bare.start >= 2 and doc[bare.start - 1].lower_ == "from" and doc[bare.start - 2].lower_ in ("up", "down")
    named = bare.start >= 4 and doc[bare.start - 1].lower_ == "of" and doc[bare.start - 2].lemma_.lower() in (
        FORECAST_NOUNS | {"figure"})
    compared = compared or (named and any(doc[k].lower_ == "from" and doc[k - 1].lower_ in ("up", "down")
                                          for k in range(max(1, bare.start - 6), bare.start - 2)))  # 'down from an
    # earlier forecast of 500 million', after 'about 420 million crowns': crowns too
    before = [out for out in measured if out.end <= bare.start]
    return before[-1] if compared and before else None


def _dated_between(doc: Doc, start: int, end: int) -> bool:
    """Whether the words from `start` to `end` are a time and no more: 'in February', 'in calendar 1986'."""
    dated = doc[start:end]
    return end > start and dated[0].lower_ in ("in", "on") and len(dated) > 1 and all(
        t.ent_type_ == "DATE" or t.lower_ in CALENDAR_WORDS for t in dated[1:])


def _dated_to_clause_end(doc: Doc, start: int) -> bool:
    """Whether a time and nothing more runs from `start` to the end of its clause: '... from 166,000 | in 1985,'."""
    end = start + 1
    while end < len(doc) and (doc[end].ent_type_ == "DATE" or doc[end].lower_ in CALENDAR_WORDS):
        end += 1
    return _dated_between(doc, start, end) and _ends_clause(doc, end)


BRACKETED_CHANGE_WORDS = {"down", "up", "by", "a", "an", "or", "nearly", "about", "roughly", "some", "almost", "around",
                          "just", "over", "under", "more", "less", "than"}  # '(down by 9% ...', '(up nearly 5% ...'


def restated_figure(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The earlier figure of the sentence whose earlier value 'the N percent figure' gives: 'The all items index
    increased 1.7 percent ..., a decline from the 2.0 percent figure for the 12 months ending July' -> 1.7 percent
    (the same measure of the same thing). None for any other figure."""
    noun = core.root.head
    if noun.lower_ != "figure" or noun.i != core.end or core.root.dep_ not in ("compound", "nummod", "amod", "nmod"):
        return None
    same = [out for out, _ in earlier if out._.unit == core._.unit and out.end <= core.start
            and out.sent.start == core.sent.start]
    return same[-1] if same else None


def _start_of_move(core: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The figure a move starts from, earlier in the sentence and in the same unit, when this one ends it after 'to':
    'rise from 265,000 MWh/d in 2018 to 301,000 MWh/d in 2019 ... and to 358,000 MWh/d'. None otherwise."""
    doc = core.doc
    if not core.start or doc[core.start - 1].lower_ != "to":
        return None
    for out, other in reversed(earlier):
        if other.sent.start != core.sent.start:
            return None
        if out._.unit == core._.unit and other.start and doc[other.start - 1].lower_ == "from" and out._.object:
            return out
    return None


def _bracketed_change_of(core: Span, before: Span) -> bool:
    """Whether a figure opens a bracket straight after figure `before` (or after its time: 'in 2019'), with no
    words of its own before it but a direction and a hedge, or a change it sizes: '684 MMst in 2019 (down by 9% from
    2018)', '301,000 MWh/d in 2019 (an increase of 14%)'."""
    doc = core.doc
    opening = next((t.i for t in reversed(doc[before.end:core.start]) if t.text == "("), None)
    words = [t.lower_ for t in doc[opening + 1:core.start]] if opening is not None else []
    if words[:1] in (["a"], ["an"]) and len(words) >= 3 and words[1] in CHANGE_NOUN_FORMS and words[2] == "of":
        words = words[3:]  # '301,000 MWh/d in 2019 (an increase of 14%)'
    if opening is None or not all(w in BRACKETED_CHANGE_WORDS for w in words):
        return False
    between = doc[before.end:opening]
    return not len(between) or (between[0].lower_ in ("in", "on", "for") and len(between) > 1
                                and all(t.ent_type_ == "DATE" for t in between[1:]))


def _pounds_weigh(doc: Doc) -> bool:
    """Whether 'pounds' after a number weigh in this article: it states sums in dollars and none in sterling (no '£',
    'pence', 'sterling' or 'stg'), so 'can produce up to 25 million pounds a year' is a weight; in a British story,
    or one with no dollars, pounds are money (but see `_pounds_of_produce`)."""
    words = {t.lower_ for t in doc}
    if _has_sterling(doc):
        return False
    return bool(words & {"$", "us$", "dollar", "dollars", "dlrs"})


def _pounds_of_produce(doc: Doc, pounds: list[Span]) -> bool:
    """Whether pounds weigh in a story that states no sum in another currency and names nothing British, as a
    producer's figures do: a clause's subject that says how much was produced or shipped ('Milk production ... totaled
    14.6 billion pounds'); not 'The council will spend 40 million pounds', nor 'Egyptian pounds'."""
    words = {t.lower_ for t in doc}
    if words & BRITISH_WORDS or any((w in CURRENCY_SYMBOLS or w in CURRENCY_WORDS) and w not in ("pound", "pounds") for w in words):
        return False
    for span in pounds:
        if span.start and doc[span.start - 1].ent_type_ == "NORP" or any(t.ent_type_ == "NORP" for t in span):
            return False  # 'Egyptian pounds'
    verbs = [next((t for t in s.root.ancestors if t.pos_ in ("VERB", "AUX")), None) for s in pounds]
    subjects = [c for v in verbs if v is not None for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(c.lemma_.lower() in PRODUCE_NOUNS for c in subjects)


def _pounds_of_a_thing(span: Span) -> bool:
    """Whether 'pounds' closing a money span weigh what follows 'of', in a story with no sterling in it: 'nearly 47
    million pounds of uranium', '300 pounds of cocaine'; but '40 million pounds of funding' (MONEY_NOUNS) spends."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "of" or _has_sterling(doc):
        return False
    thing = next((c for c in doc[span.end].children if c.dep_ == "pobj"), doc[span.end + 1])
    return thing.pos_ in ("NOUN", "PROPN") and thing.lemma_.lower() not in MONEY_NOUNS and thing.lower_ not in MONEY_NOUNS


def _weighing_before(span: Span) -> bool:
    """Whether a verb of weighing comes just before 'pounds', in a story with no sterling in it: 'cattle and calves
    weighing less than 600 pounds' (and so every 'pounds' of the story weighs: '600-699 pounds were 285,000 head')."""
    doc = span.doc
    return not _has_sterling(doc) and any(t.lemma_.lower() == "weigh" for t in doc[max(0, span.start - 3):span.start])


def _has_sterling(doc: Doc) -> bool:
    """Whether the text states a sum in sterling by a sign or word that only sterling uses."""
    return bool({t.lower_ for t in doc} & {"£", "pence", "sterling", "stg", "gbp", "p"})


def _ends_clause(doc: Doc, i: int) -> bool:
    """Whether nothing but the end of the text, a punctuation mark or a conjunction follows token i - 1 (so that a
    number there counts nothing named after it)."""
    return i >= len(doc) or doc[i].is_punct or doc[i].pos_ in ("CCONJ", "SCONJ")


def _change_reaches(core: Span) -> bool:
    """True when a figure is where a verb brings a subject that is itself a change noun, through 'to' or 'at': 'The
    change in the index for all items less food and energy edged up to 1.6 percent', 'the 12-month change ...
    remained at 3.6 percent'. A subject that changes ('prices rose to 5%') is not one."""
    doc = core.doc
    if not core.start or doc[core.start - 1].lower_ not in ("to", "at", "from"):  # 'was revised from +1.1 percent'
        return False
    verb = next((t for t in (core.root, *core.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "NOUN" and c.lemma_.lower() in CHANGE_WORDS
                                    for c in verb.children)


def _taken_in_aside(core: Span, out: Span, earlier: list[tuple[Span, Span]]) -> Span | None:
    """The figure before a 'with' aside in which a percentage is what someone takes, buys or accounts for: 'rose 6.5 pct
    to 512,000 tonnes, with the United States taking about 38 pct and the Netherlands about 21 pct' -> the tonnes. None
    for any other figure."""
    taken = core.root if core.root.dep_ == "dobj" else core.root.head if core.root.dep_ == "conj" else None
    verb = taken.head if taken is not None else None
    while verb is not None and verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # '... and Denmark about 21 pct', the parse hanging the second share on its country
    if (verb is None or verb.tag_ != "VBG" or verb.dep_ != "pcomp" or verb.head.lower_ != "with" or after_of(core) is not None
            or verb.lemma_.lower() not in TAKING_VERBS):
        return None  # ('with one country alone supplying nearly 60% of those imports' says its whole; 'with exports
        # gaining 12 pct' is a change of its own)
    aside = verb.head.i
    return next((f for f, _ in reversed(earlier) if f.sent.start == out.sent.start and f.end <= aside and f._.object), None)


def _restates_a_move(core: Span) -> bool:
    """Whether a percentage after ', or' restates a sum or quantity that moved up or down just before it: 'was
    $16,157, up $282, or 1.8 percent', 'closed down 2,300 won, or 4.1 percent' (the parse may join the percentage to
    the verb, not the move)."""
    doc, i = core.doc, core.start - 3
    if i < 1 or doc[core.start - 1].lower_ != "or" or doc[core.start - 2].text != ",":
        return False
    if doc[i].lower_ in CURRENCY_WORDS and doc[i - 1]._.is_num and doc[i].ent_type_ != "MONEY":
        i -= 1  # 'closed down 2,300 won, or 4.1 percent': a sum the model left untagged
    elif doc[i].ent_type_ not in ("MONEY", "QUANTITY"):
        return False
    while i > 0 and (doc[i].ent_iob_ == "I" or doc[i - 1].is_currency):
        i -= 1
    return i > 0 and doc[i - 1].lower_ in ("up", "down")


def figure_measure(core: Span, unit: str) -> str:
    """What a percentage is: a 'share' of a whole ('40% of group sales', 'half of'), a 'change' or gap ('rose 5%',
    'up 31%', 'a rise of 8%', 'by a third', '10% below'), or a 'level' ('inflation slowed to 5.13%', 'kept its rate
    at 15%', 'inflation of 4.8%'). Other units have none."""
    if unit not in ("percent", "percentage point", "basis point"):
        return ""
    if core.start and core.doc[core.start - 1].lower_ == "within" and core.end < len(core.doc) and core.doc[core.end].lower_ == "of":
        return "change"  # 'within 4% of the summer high': a gap, not a share of the high
    if core.end + 1 < len(core.doc) and core.doc[core.end].lower_ in GAP_WORDS and core.doc[core.end + 1].lower_ == "than":
        return "change"  # 'increased to 1.25 million metric tons, about 7% greater than that of 2012': a gap
    if core.text[:1] in ("-", "+", "\u2212") and core[0]._.is_num:
        return "change"  # 'lower prices for gasoline (-4.9 percent)': a signed percentage is a move
    after = core.doc[core.end] if core.end < len(core.doc) else None
    if after is not None and after.tag_ in ("JJR", "RBR") and after.lower_ not in ("more", "less", "fewer") and after.head.i != core.root.i:
        return "change"  # 'the next crop could be 10 pct smaller': a gap to what it was
    if stands_for(core).head.lower_ == "by" or unit in ("percentage point", "basis point"):  # 'lift output by a quarter'
        return "change"
    if changed_by(core) is not None:  # 'Vessel freight decreased by 30.3 percent', however the parse hangs it
        return "change"
    doc = core.doc
    if (core.start >= 2 and doc[core.start - 1].text == "(" and doc[core.start - 2].ent_type_ == "MONEY"
            and core.end + 1 < len(doc) and doc[core.end].text == ")" and doc[core.end + 1].lower_ in GAP_WORDS):
        return "change"  # '$7.9 billion (4.9 percent) more than the industry earned in 2015': the sum's gap, in percent
    if _restates_a_move(core):
        return "change"  # 'up $282, or 1.8 percent, from one year earlier': the move again, in percent
    if core.label_ in ("fraction", "ratio") or after_of(core) is not None or share_set_beside(core) is not None:
        return "share"
    if relied_for(core) is not None:  # '100 percent net import reliant for 18 of those': the share imported
        return "share"
    owned = [core.root.head, *(c for c in core.root.children if c.dep_ == "acl")]
    if any(t.lower_ in OWNED_WORDS and t.tag_ == "VBN" for t in owned):  # 'which is 38% owned by the state': a stake
        return "share"
    if core.label_ == "change":
        return "change"
    if core.start and (up := core.doc[core.start - 1]).lower_ in ("up", "down") and (up.dep_ == "advmod" or (
            core.start >= 2 and core.doc[core.start - 2].lower_ in ("to", "from"))):  # 'revised from up 0.5 percent to
        return "change"  # up 0.4 percent'; 'OUTPUT SEEN UP 12 PCT', where 'up' hangs on the verb (not 'picked up')
    listed = bracketed_after(core)
    if listed is not None and (listed.lemma_.lower() in SHARE_NOUNS or any(  # 'accounted for the largest share (33.3
            t.lemma_.lower() in SHARE_NOUNS and bracketed_after_share(t) for t in core.sent)):  # percent), followed by
        return "share"  # transportation (16.8 percent), ...': each item's share of the same whole
    if listed is not None and listed.lemma_.lower() in ("rate", "ratio", "level") and paced_change(core) is None:
        return "level"  # 'The hires rate (3.1 percent) and separations rate (3.1 percent) were little changed'
    if listed is not None and any(t.pos_ == "VERB" and t.lemma_.lower() in CHANGE_WORDS for t in core.sent):
        return "change"  # 'Indexes rising more rapidly include apparel (4.4 percent)'
    if listed is not None and any(t.pos_ == "NOUN" and t.lemma_.lower() in GROWTH_NOUNS for t in core.sent):
        return "change"  # 'the only state with slower growth than the Nation was Oklahoma (3.3 percent)'
    if core.root.dep_ in ("attr", "acomp") and core.root.head.lemma_ == "be" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in CHANGE_WORDS for c in core.root.head.children):
        return "change"  # 'The 12-month increase in the food index was 2.8 percent'
    if paced_change(core) is not None:
        return "change"  # 'has risen at a 2.8-percent average annual rate': the pace of the change
    moved = stands_for(core).head  # 'edged up 0.1 percent', 'moved up 1.3 percent', 'ticked down 0.2 percent'
    if stands_for(core).dep_ in ("npadvmod", "dobj") and moved.pos_ == "VERB" and any(
            c.dep_ == "prt" and c.lower_ in ("up", "down") for c in moved.children):
        return "change"
    cut = stands_for(core).head
    if stands_for(core).dep_ == "npadvmod" and cut.dep_ == "dobj" and cut.head.lemma_.lower() in CUT_VERBS:
        return "change"  # 'to cut our ferries' fuel use 18 percent', the figure hung on what is cut
    if _change_reaches(core):
        return "change"  # 'The 12-month change in the index remained at 3.6 percent': the change is what stands there
    if gap_after(core) is not None:
        return "change"  # 'This is 3.0 percent (±10.5 percent)* above the revised May estimate': a gap, margin or not
    if _costs_little_changed(core):
        return "change"  # 'Compensation costs were little changed at 0.2 percent': costs are no percentage
    node, via = stands_for(core), ""
    for _ in range(4):
        if node.head.i == node.i:
            break
        node = node.head
        if node.lower_ in ("above", "below") and node.pos_ == "ADP" and node.i < core.start:
            via = node.lower_  # 'had risen above 6%': a level passed, not the gap of '10% below'
            continue
        if node.lemma_.lower() in CHANGE_WORDS or node.lower_ in CHANGE_WORDS:
            at = next((t for t in core.doc[node.i:core.start] if t.lower_ == "at"), None)
            paced = at is not None and any(t.lower_ in RATE_WORDS for t in core.doc[at.i:core.start])
            if via == "at" and node.pos_ == "VERB" and paced:
                return "change"  # 'grew at an annualised 7.5 pct', 'rose at an annual rate of 3%': the pace of the change
            return "level" if via in ("to", "at", "from", "above", "below") else "change"  # 'rose to 5% from 4%': two
            # levels, as is 'had risen above 6%'
        if node.dep_ == "prep" or node.pos_ == "ADP":
            via = node.lower_
            continue
        if node.ent_type_ in ("MONEY", "QUANTITY") and node.pos_ == "NOUN":
            continue  # a percentage in brackets after a sum: 'a 37-cent (11.5%) increase'
        if node.i == stands_for(core).head.i and stands_for(core).dep_ == "conj" and any(
                c.dep_ == "nummod" for c in node.children):
            continue  # the same change restated after a sum the model left untagged: 'rose 11p, or 1.4%, to 795p'
        if node.pos_ in ("VERB", "AUX", "NOUN", "PROPN"):
            break
    return "level"


def bracketed_after_share(noun: Token) -> bool:
    """Whether a share noun has a percentage set in brackets after it: 'the largest share (33.3 percent)'."""
    return any(c.dep_ == "appos" and c.ent_type_ == "PERCENT" and c.i > noun.i and noun.doc[noun.i + 1].text == "("
               for c in noun.children)


def _costs_little_changed(core: Span) -> bool:
    """Whether 'little changed at' or 'unchanged at' a percentage says a sum or price moved by that much, as its subject
    is no rate: 'Wages and salaries were little changed at 0.2 percent', 'Import prices were unchanged at 0.0 percent'
    (changes), not 'the unemployment rate was little changed at 6.1 percent' (a level)."""
    at = stands_for(core).head
    if at.lower_ != "at" or at.i > core.start:
        return False
    verb = at.head
    said = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "xcomp"))]
    if not any(t.lower_ in ("changed", "unchanged") for t in said):
        return False
    subjects = [c for t in (verb, *(a for a in verb.children if a.dep_ in ("aux", "auxpass"))) for c in t.children
                if c.dep_ in SUBJECT_DEPS]
    return bool(subjects) and subjects[0].lemma_.lower() in AMOUNT_NOUNS


def _joined_in(words: Span) -> list[Token]:
    """The nouns joined by 'and' (or a list) inside `words`, the first and its conjuncts: 'exports to Chile, Peru and
    Brazil' -> Chile, Peru, Brazil; [] when none are."""
    def depth(t: Token) -> int:
        return sum(1 for a in t.ancestors if words.start <= a.i < words.end)
    joins = [t for t in words if t.dep_ != "conj" and any(c.dep_ == "conj" and c.i < words.end for c in t.children)]
    first = min(joins, key=depth, default=None)  # the top joint: 'the all items less food and energy index and the
    chain = [first] if first is not None else []  # energy index' joins the two indexes, not food and energy
    while chain and (nxt := next((c for c in chain[-1].children if c.dep_ == "conj" and c.i < words.end), None)) is not None:
        chain.append(nxt)  # 'Chile, Peru and Brazil': each joined to the one before
    return chain


def _shared_head(joined: list[Token]) -> Token | None:
    """The noun that words joined by 'and' share when all but the last are bare modifiers of it: 'copper smelter and
    refinery production' -> production (smelter production, refinery production); None when each conjunct is whole."""
    last = joined[-1]
    bare = all(not any(c.dep_ in ("det", "prep", "amod", "poss") for c in t.children) for t in joined[:-1])
    modified = any(c.dep_ == "compound" and c.i == last.i - 1 for c in last.children)
    return last if bare and modified and all(t.pos_ == "NOUN" for t in joined) else None


def respective_objects(doc: Doc, figures: list[Span]) -> None:
    """Give each of k figures followed by 'respectively' its own of the k things their shared object joins:
    'Exports to Chile and Peru rose 5% and 7%, respectively' -> 'Exports to Chile', 'Exports to Peru'. The figures
    are the last ones of one unit and one object between the last 'respectively' (or the sentence's start) and this
    one; nothing changes unless that object's words join exactly k nouns."""
    for word in (t for t in doc if t.lower_ == "respectively"):
        sent, previous = word.sent, max((t.i for t in doc[word.sent.start:word.i] if t.lower_ == "respectively"), default=word.sent.start)
        window = [f for f in figures if previous <= f.start and f.end <= word.i]
        groups = [[f for f in window if f._.unit == unit] for unit in sorted({f._.unit for f in window})]
        if not any(len(g) > 1 for g in groups):  # 'the rate and the number were down by 1.1 percentage points and 1.7
            groups = [window]  # million, respectively': figures of two units, one for each thing
        for group in groups:
            while len(group) > 1 and group[0]._.object != group[-1]._.object:  # 'X rose 0.6 percent, as output and
                group = group[1:]  # hours grew 4.2 percent and 3.6 percent, respectively': the last ones of one object
            if len(group) < 2 or len({f._.object for f in group}) != 1 or not group[0]._.object:
                continue
            at = sent.text.find(group[0]._.object)
            shared = doc.char_span(sent.start_char + at, sent.start_char + at + len(group[0]._.object)) if at >= 0 else None
            verb = next((t for t in group[0].root.ancestors if t.pos_ in ("VERB", "AUX") and t.dep_ != "advcl"), None)
            subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
            whole = doc[subject.left_edge.i:subject.right_edge.i + 1] if subject is not None else None
            if shared is not None and whole is not None and whole.start <= shared.start and shared.end <= whole.end:
                shared = whole  # the object is (part of) the subject: its top joint ('X of A and B, as well as Y')
            joined = _joined_in(shared) if shared is not None else []
            if len(joined) != len(group) and whole is not None:  # 'Texas and Oklahoma reported decreases of 54 and
                shared, joined = whole, _joined_in(whole)  # 47 percent, respectively': the subjects
            if len(joined) != len(group):
                continue
            start, end = joined[0].left_edge.i, max(t.right_edge.i for t in joined) + 1
            before = as_written(doc[shared.start:start]) if start > shared.start else ""
            after = as_written(doc[end:shared.end]) if end < shared.end else ""
            after = "" if after.lower() in ("both", "all") else after  # '... and the energy index both rose'
            head = _shared_head(joined)
            for k, (figure, noun) in enumerate(zip(group, joined)):
                own = as_written(phrase(noun))
                if head is not None and k < len(joined) - 1:
                    own = f"{own} {head.text}"  # 'smelter and refinery production': smelter production
                elif head is not None:  # the first's modifiers are the last's too: 'U.S. copper' refinery production
                    own = " ".join(part for part in (as_written(doc[joined[0].left_edge.i:joined[0].i]),
                                                     as_written(doc[noun.left_edge.i:noun.i + 1])) if part)
                determined = any(c.dep_ == "det" for c in noun.children) and k > 0
                figure._.object = " ".join(part for part in ("" if determined else before, own, after) if part)


def rate_at(doc: Doc, i: int) -> str:
    """The time unit of a rate written at token i ('a year', 'per day') -> 'year', 'day', or the area of a yield ('per
    acre'); '' for none, and for 'a
    year earlier', which dates a figure rather than making it a rate ('per hour before' does not)."""
    short = {"h": "hour", "hr": "hour", "d": "day", "yr": "year", "day": "day", "year": "year"}
    if i + 1 < len(doc) and doc[i].text == "/" and doc[i + 1].lower_.rstrip(".") in short and not doc[i].whitespace_:
        return short[doc[i + 1].lower_.rstrip(".")]  # '120 km/h', '2 mln t/yr'
    if i + 1 < len(doc) and doc[i].lower_ in ("per", "a", "an") and doc[i + 1].lemma_.lower() in ("day", "year", "month", "week", "hour"):
        if doc[i].lower_ == "per" or not (i + 2 < len(doc) and doc[i + 2].lower_ in ("earlier", "ago", "later", "before", "after")):
            return doc[i + 1].lemma_.lower()
    if i + 1 < len(doc) and doc[i].lower_ in ("per", "an", "a") and doc[i + 1].lemma_.lower() in ("acre", "hectare"):
        return doc[i + 1].lemma_.lower()  # '171.7 bushels per acre', '3.2 tonnes a hectare': a yield
    return ""


def _range_read_as_first(core: Span) -> Span:
    """A range 'between £31m and £33m' where the parse hangs the second bound as a conjunct of the noun before
    ('expects pre-tax profit of between £31m and £33m'), read where its first bound stands; any other figure as it is."""
    joiner = next((t for t in core if t.lower_ in ("and", "to")), None)
    if joiner is None or core.root.dep_ not in ("conj", "cc") or joiner.i == core.start:
        return core
    first = Span(core.doc, core.start, joiner.i, label=core.label_)
    return first if first.root.dep_ not in ("conj", "cc") and first.root.head.i not in range(core.start, core.end) else core


def _level_after_change(core: Span, earlier: list[tuple[Span, Span]]) -> tuple[str, Span] | None:
    """What a sum set after ', to' measures when the figure just before it sizes a change in something: 'blamed ...
    for a 41% drop in annual operating profit, to £23.4m' -> ('annual operating profit', the 41%). None otherwise."""
    doc = core.doc
    if core.start < 3 or doc[core.start - 1].lower_ != "to" or doc[core.start - 2].text != "," or not earlier:
        return None
    before = earlier[-1][0]
    if before.sent.start != core.sent.start or before.end >= core.start:
        return None
    changed = re.fullmatch(r"(?:a|an|the) (\w+) in (.+)", before._.object or "")
    if changed is None or changed.group(1).lower() not in CHANGE_WORDS:
        return None
    return (changed.group(2), before) if doc[before.end:core.start - 2].text.endswith(changed.group(2)) else None


def _exchange_rates(doc: Doc, figures: list[Span]) -> list[Span]:
    """An exchange rate in brackets, '($1 = 1.39 Canadian dollars)', is one figure: what the unit sum is worth, with
    that sum as its object and no source of the story's; the unit sum is no figure of its own."""
    units = {}
    for out in figures:
        if out.label_ == "money" and out._.value == 1 and 0 < out.start and doc[out.start - 1].text == "(":
            units[out.end] = out
    dropped = set()
    for out in figures:
        one = units.get(out.start - 1)
        if one is not None and doc[out.start - 1].text == "=" and out.label_ == "money" and (
                out.end < len(doc) and doc[out.end].text == ")"):
            out._.object, out._.source = one.text, ""
            dropped.add(one.start)
    return [out for out in figures if out.start not in dropped]


@Language.factory("figure_finder")
def make_figure_finder(nlp: Language, name: str):
    matcher = Matcher(nlp.vocab)
    for kind, pattern in figure_patterns():
        matcher.add(kind, [pattern])
    attributions = DependencyMatcher(nlp.vocab)
    for kind, pattern in attribution_patterns().items():
        attributions.add(kind, [pattern])

    def figure_finder(doc: Doc) -> Doc:
        """Find the figures of `doc` and store them, read, in doc.spans['figures']."""
        best: dict[tuple[int, int], str] = {}
        for match_id, start, end in matcher(doc):
            kind = nlp.vocab.strings[match_id]
            if kind == "fraction":
                end -= 1  # the 'of' belongs to the object
            if kind == "partitive":  # '17 of those': the number counts what was counted before it, if anything was
                kind, end = "count", end - 2
                if partitive_count(Span(doc, start, end, label=kind)) is None:
                    continue
            key = (start, end)
            if key not in best or _PRIORITY.index(kind) < _PRIORITY.index(best[key]):
                best[key] = kind
        spans = [Span(doc, s, e, label=k) for (s, e), k in best.items() if not _not_a_figure(k, Span(doc, s, e))]
        figures = []
        pounds = [s for s in spans if s.label_ == "money" and s[-1].lower_ in ("pound", "pounds")]
        weighed = bool(pounds) and (_pounds_weigh(doc) or any(_pounds_of_a_thing(s) or _weighing_before(s) for s in pounds)
                                    or _pounds_of_produce(doc, pounds))  # 'landed 9.9 billion
        # pounds of fish ..., an increase of 245 million pounds': once pounds weigh a thing, with no sterling, all weigh
        for span in filter_spans(spans):
            kind = span.label_
            if kind == "money" and span[-1].lower_ in ("pound", "pounds") and (weighed or _pounds_of_a_thing(span)):
                kind = "quantity"  # 'up to 25 million pounds a year' of uranium, in a story told in dollars
            whole_kind = kind
            for part in _split_range(whole_kind, span):
                kind = "count" if whole_kind == "money" and part.label_ == "count" else whole_kind  # 'rose $1.25 to
                figure = read_figure(kind, part)  # 38.75': a bare price after a sum, whose currency is read below
                if figure is None:
                    continue
                qualifier, start = qualifier_before(doc, part.start)
                if not qualifier and part.start > 1 and doc[part.start - 1].lower_ in ("a", "an"):
                    qualifier = qualifier_before(doc, part.start - 1)[0]  # 'about a 1.1-percent increase': the hedge
                    # is the figure's, the article and hedge no part of its text
                if qualifier in NEGATED_HEDGES and _negated(doc[start]):  # 'have not risen by more than 0.1 percent': at most
                    qualifier = NEGATED_HEDGES[qualifier]
                if start < part.start and doc[start].pos_ == "VERB":
                    start = part.start  # 'to exceed $105 billion': a verb that hedges the figure is no part of its text
                if not qualifier and estimated_value(part):  # 'an estimated value of $5 billion'
                    qualifier = "approximately"
                if start > 0 and doc[start - 1].lower_ == "between" and figure.value_high is not None:
                    start -= 1
                if start > 0 and doc[start - 1].lower_ == "minus":
                    start -= 1
                    figure.value = -figure.value
                end = part.end
                if kind == "quantity" and (per := rate_at(doc, end)):  # '1.1 mln tonnes a year'
                    figure.unit += f" per {per}"
                    end += 2
                elif kind == "quantity" and end < len(doc) and doc[end].lower_ == "of":  # '770,000 tonnes of rice a year'
                    objects = [c for c in doc[end].children if c.dep_ == "pobj"]
                    if objects and (per := rate_at(doc, objects[0].right_edge.i + 1)):
                        figure.unit += f" per {per}"
                read_as = kind
                if kind == "count" and doc[end - 1].lower_ in ("point", "points") and _points_of_percent(doc, end):
                    figure.unit, figure.value = "percentage point", figure.value / 100  # 'rose 1.2 points to 76.4 percent'
                    read_as = "quantity"  # a size of a change, not a count of points
                if figure.unit == "degree" and end < len(doc) and doc[end].lower_ in ("celsius", "fahrenheit", "centigrade"):
                    figure.unit += f" {doc[end].text.capitalize()}"  # '46.2 degrees Celsius'
                    end += 1
                out = Span(doc, start, end, label=figure.kind)
                out._.value, out._.value_high, out._.unit, out._.qualifier = figure.value, figure.value_high, figure.unit, qualifier
                figures.append((out, _range_read_as_first(Span(doc, part.start, end, label=read_as))))
        _cents_of_the_price(figures)
        _cents_of_the_text(figures)
        _pennies_of_the_text(figures)
        cues = attribution_cues(doc, attributions) if figures else {}
        of_whole: set[int] = set()  # the figures whose object is the whole they are a part of ('6.1% of GDP')
        for k, (out, core) in enumerate(figures):  # object and source are read from the figure itself, without its hedge
            sum_beside = unit_left_out(out, figures)
            if sum_beside is not None:  # '... 412 million crowns from 655 million': crowns too
                out.label_, out._.unit = sum_beside.label_, sum_beside._.unit
            core._.unit = out._.unit
            earlier = sum_beside is not None and sum_beside.start < out.start  # a later one has no object yet
            own = noun_moved(core) is not None  # 'with the fuel oil index up 37.3 percent and the electricity index up ...'
            base = sum_beside if earlier else None if own else (said_again(core, figures[:k])
                                                                  or measured_alongside(core, figures[:k]))
            gap = gapped_subject(core, figures[:k]) if base is None and not own else None
            if gap is not None:  # '... and the food index 4.4 percent': its own subject, or the whole the first is of
                base = gap[0]
            out._.object = base._.object if base is not None else figure_object(core)
            if gap is not None and base.start not in of_whole:
                out._.object = as_written(gap[1])
            if after_of(core) is not None or (gap is not None and base.start in of_whole):
                of_whole.add(out.start)
            if out._.object.lower() in ("which", "that") and (before := _figure_before(out, figures[:k])) is not None:
                out._.object = before._.object  # 'rose 10,000 tons in 2020, which was a 36% increase': the same thing
            elif _dated_aside(core) and (before := _figure_before(out, figures[:k])) is not None and _dated_aside(before):
                out._.object = before._.object  # 'in August (9.6 percent) and September (9.5 percent)': the same thing
            elif _dated_aside(core) and (subject := _subject_of_dated_aside(core)) is not None:
                out._.object = subject  # 'Despite rising in May (4.2 percent), the 12-month increase in wool prices ...'
            elif (appended_change(core) and (before := _figure_before(out, figures[:k])) is not None and before._.object
                  and (before._.unit != out._.unit or out.label_ in ("money", "quantity") or len(core) == 1)):  # ('totaled
                # 259,545 ..., a decrease of 19,099': a bare count, the same claims)
                out._.object = before._.object  # 'exported 46.8 million short tons of coal, an 11% decline': of coal;
                # 'reached 9.3 million b/d in 2017, an increase of 464,000 b/d': the same output
            elif ((verb := represented_change(core)) is not None and verb.tag_ == "VBG"
                  and (before := _figure_before(out, figures[:k])) is not None and before._.object):
                out._.object = before._.object  # 'totaled about $146 billion ..., representing a gain of about $8 billion'
            elif change_of_this(core) and (before := _figure_before(out, figures[:k], previous=True)) is not None:
                out._.object = before._.object  # '... totaled $575 billion in 2007. This is an increase of about 1.4%'
            elif not out._.object and (taken := subject_this_moves(core)) is not None:
                out._.object = as_written(taken)  # '... was 66.9 million head. This was up 9 percent': what 'this' takes up
            elif ((start := _start_of_move(core, figures[:k])) is not None
                  and (not out._.object or any(e.text == out._.object for e in doc.ents))):
                out._.object = start._.object  # '... will rise from 265,000 MWh/d in 2018 to 301,000 MWh/d': where
                # the parse hangs the end on the forecaster's verb
            elif (this := gap_of_this(core)) is not None and (before := _said_before(this, figures[:k])) is not None:
                out._.object = before._.object  # '... were at a rate of 1,446,000. This is 3.4 percent above ...'
            elif compared_with(core) and (before := _figure_before(out, figures[:k]) or _figure_before(
                    out, figures[:k], previous=True)) is not None and before._.unit == out._.unit:
                out._.object = before._.object  # 'rose 30.8 percent, the largest advance since a 68.4-percent increase in
                # December 2022': of the same thing
            if (sized := _level_of_change(core, figures[:k])) is not None and any(c.isdigit() for c in out._.object):
                out._.object = sized._.object  # 'which represents a 6 percent increase from $3.62 trillion in 2022',
                # where the object read holds the change itself
            if (level := base_before(core)) is not None and (not out._.object or any(c.isdigit() for c in out._.object)
                                                              or out._.object.startswith(as_written(level) + " ")):
                out._.object = as_written(level)  # 'the previous winter record of 48.8 GW set on ...', where the parse
                # loses the 'of' and the object read is none, holds another figure or runs on over the 'of'
            sent_start = out.sent.start  # (the figures before, back to the sentence's start only: reading every one
            holder = next((o for o, c in itertools.takewhile(lambda pair: pair[0].start >= sent_start, reversed(figures[:k]))
                           if o._.object and (c.root.dep_ in SUBJECT_DEPS or out._.object == f"{o._.object} of {o.text}")
                           and f"{o.text} " in f"{out._.object} " and o.text not in o._.object), None)  # made a long
            # article's time grow with its square); or the subject is the figure's own object 'of' it: 'Total exports of
            # 4.1 million tonnes fell 3 percent'
            if holder is not None:  # 'The projected $133 billion in total exports for FY 2017 is up $6 billion': the
                out._.object = holder._.object  # subject holds a figure, whose own object this one measures too
            if _the_rest(core) and after_of(core) is None and (before := _share_before(figures[:k], out)) is not None:
                out._.object = before._.object  # 'exported 15% of its coal, and the remaining 85% was sold ...', but
                # 'the remaining 30 percent of compensation' says its whole
            if out._.object and (shared := SHARED_OBJECT.match(out.sent.text[out.sent.text.find(out._.object) + len(out._.object):]
                                                               if out._.object in out.sent.text else "")):
                out._.object = f"{out._.object}{shared.group(0)}".rstrip()  # 'on travel to, and tourism-related
                # activities within, the United States': two prepositions that share the place after them
            if re.search(r"(?:^| )year$", out._.object) and f"{out._.object} to date" in out.sent.text:
                out._.object = out._.object[:-len("year")].rstrip()  # '... goods and services year to date': the
                # time it is counted over, which the parse reads as the noun the goods and services describe
            if out._.object.lower() in ("pct", "percent", "%") and (whole := after_of(core)) is not None and (named := next((
                    c for c in whole.root.children if c.dep_ == "nmod" and c.i < whole.root.i), None)) is not None:
                out._.object = as_written(doc[named.left_edge.i:named.i + 1])  # 'of the fibre and Japan 14 pct', the
                # parse hanging the whole on the unit of the figure after it: the fibre
            sent_end = out.sent.end
            for after in itertools.takewhile(lambda f: f.start < sent_end, (f for f, _ in figures[k + 1:])):  # 'took 62 pct of the
                at = out._.object.find(f" {after.text}")  # fibre and Japan 14 pct', which the parse reads as 'of the
                joint = out._.object.rfind(" and ", 0, at) if at > 0 else -1  # fibre and Japan 14 pct': the object
                if joint > 0:  # stops before the clause, its verb left out, of a figure after it
                    out._.object = out._.object[:joint]
                    break
            if (item := listed_item(out)) is not None:
                out._.object = item  # 'were: trucks and autos, up 15.8 percent; seeds and plants, up 7.5 percent; ...'
            out._.object = BRACKETED_ACRONYM.sub("", out._.object)  # '... for All Urban Consumers (CPI-U) all items index'
            share_of = AS_A_SHARE_OF.match(out._.object) if out._.unit == "percent" else None
            if share_of is not None:  # 'e-commerce as a percent of total retail sales grew from 0.6% to 16.1%': a
                out._.object = share_of.group(1)  # share of the retail sales
            own_in = [p for c in core.root.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                      if p.dep_ == "pobj" and not p._.is_num and not (p.ent_type_ in ("DATE", "TIME") and (
                          any(t._.is_num or t.lower_ in MONTHS for t in p.subtree) or p.lemma_.lower() in TIME_UNITS - {"hour"}))]
            bare_change = re.fullmatch(r"((?:an? |the )?(\w+))(?: in .+)?", out._.object)
            if own_in and bare_change and bare_change.group(2).lower() in CHANGE_NOUN_FORMS:
                said = phrase(own_in[0])  # 'increases of 3.7 percent in output and 1.7 percent in hours worked'
                end = said.end + (said.end < len(doc) and doc[said.end].dep_ == "acl" and doc[said.end].tag_ == "VBN")
                out._.object = f"{bare_change.group(1)} in {as_written(doc[said.start:end])}"
            pointed = after_of(core)
            if (pointed is not None and len(pointed) == 1 and pointed[0].lower_ in ("that", "this")
                    and (before := _figure_before(out, figures[:k]) or _figure_before(out, figures[:k], previous=True)) is not None):
                out._.object = before._.object  # 'Solar panels accounted for 197.6 million ounces of that': of what the
                # figure before measures
            portion = core.root.head if core.root.dep_ == "appos" and out._.unit == "percent" else None
            whole = [p for c in portion.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"] if (
                portion is not None and portion.lemma_.lower() in PORTION_NOUNS) else []
            if whole:  # 'The majority of U.S. global trade—approximately 65%—is with ...': the size of the part named
                out._.object, share_of = as_written(phrase(whole[0])), share_of or True
            out._.measure = "share" if share_of is not None else figure_measure(core, out._.unit)
            owned_share = OWNED_SHARE_OF.match(out._.object) if out._.measure == "level" else None
            if owned_share is not None:  # the level a share stands at is that share of its whole
                out._.measure, out._.object = "share", owned_share.group(1)
            if (figured := restated_figure(core, figures[:k])) is not None:
                out._.measure = figured._.measure  # 'the 2.0 percent figure': the same measure as the one it compares with
            if (out._.measure == "change" or out.label_ == "money") and (shares := company_shares(core)):
                out._.object = shares  # 'Rival Pelham Mines Ltd fell 2% to C$6.40': its shares did
            verb = _verb_of(core)
            partitive_which = (out.start >= 2 and doc[out.start - 2].lower_ == "of" and doc[out.start - 1].lower_ in ("which", "whom")) or (
                verb is not None and any(c.dep_ == "prep" and c.lower_ == "of" and c.i < core.start and any(
                    p.lower_ in ("which", "whom") for p in c.children) for c in verb.children))  # '..., of which Japan took 24 pct'
            if out._.unit == "percent" and (taken := _taken_in_aside(core, out, figures[:k])) is not None:
                out._.measure, out._.object = "share", taken._.object  # 'exports rose ... to 512,000 tonnes, with the
                # United States taking about 38 pct': a share of what the figure before the aside measures
            if core.label_ in ("change", "percent") and _elided_share(core, qualifier_before(doc, core.start)[1]) and (
                    shared := _share_earlier_in_sentence(out, figures[:k])) is not None:
                out._.measure, out._.object = "share", shared._.object  # '..., and South Africa about a third': a share
                # of the same whole, its verb left out
            if out._.unit == "percent" and after_of(core) is None and (shared := _share_in_same_sentence(core, out, figures[:k])) is not None:
                out._.measure, out._.object = "share", shared._.object  # 'households accounted for 45 percent of
                # travel expenditures, government and business accounted for 34 percent': of the same whole
            pointer = POINTED_MEASURE.match(out._.object or "")
            if pointer and (before := _figure_before(out, figures[:k])) is not None and before._.unit == out._.unit and before._.object:
                out._.measure, out._.object = before._.measure, before._.object  # 'pay about 77% of scheduled benefits;
                # that percentage would decline to 72%': the same share, later
            bounded = INTERVAL_OF.match(out._.object or "") and (before := _figure_before(out, figures[:k])) is not None
            if bounded and before._.unit == out._.unit and before._.object:  # 'predicted to increase 2.2 percent, with a
                out._.measure, out._.object = before._.measure, before._.object  # prediction interval of 1.8 to 2.6
                # percent': the bounds of the figure before, of what it measures
            if out._.unit == "percent" and (shared := _share_in_brackets_as_before(out, core, figures[:k])) is not None:
                out._.measure, out._.object = "share", shared._.object  # 'averaged $2.28 per hour (7.8 percent of total
                # compensation). ... averaged $2.52 (8.6 percent)': of the whole the same verb's bracket named before
            if (whole := _count_of_which(out, core, figures[:k])) is not None:
                out._.object = whole._.object  # 'hatching eggs, of which 1.11 billion were broiler-type'
            if partitive_which and out._.unit == "percent" and (before := _figure_before(out, figures[:k])) is not None and (
                    before._.object):  # 'Exports totalled 44.5 mln tonnes in 1986, of which about 45 pct went to Western
                out._.measure, out._.object = "share", before._.object  # Europe': a share of what the figure before measures
            elif (named_share(core) and (before := _figure_before(out, figures[:k])) is not None and before._.unit == out._.unit
                    and before._.measure == "share"):
                out._.measure, out._.object = "share", before._.object  # 'made up 56% of all generation ..., compared
                # with an average share of 46%': of the same whole
            elif _the_rest(core) and _share_before(figures[:k], out) is not None:
                out._.measure = "share"  # the rest of the same whole
            elif base is not None and base._.unit == out._.unit:
                out._.measure = base._.measure  # 'made up 13.5% of ..., down from 18.4%': both shares
            elif (whole := listed_in_whole(core, figures[:k])) is not None:
                out._.measure = whole._.measure  # '38 percent' of 'two-fifths of both U.S. exports (38 percent) and ...'
            if (whole := _part_of_fronted_whole(out, core, figures[:k])) is not None:
                out._.object = whole._.object  # 'Of the 2.9 million people who applied, 2.1 million (70.1 percent) ...'
                out._.measure = "share" if out._.unit == "percent" else out._.measure
            if out._.unit == "percent" and (group := _among_whole(core)) is not None:
                out._.measure, out._.object = "share", as_written(group)  # 'Among workers age 25 and over, 38 percent
                # had a bachelor's degree': a share of the workers
            indexed = after_of(core) if out._.unit == "percent" and core.start and doc[core.start - 1].lower_ == "at" else None
            if indexed is not None and indexed.root.lemma_.lower() in ("average", "level") and (
                    subject := clause_subject(core.sent.root)) is not None and subject.pos_ != "PRON":
                out._.measure, out._.object = "level", as_written(subject_phrase(subject))  # 'At 102.0 percent of its 2017
                # average, total IP in November was ...': an index's level, as a percentage of its base
            out._.source = figure_source(core, cues.get(out.sent.start, []))
            if not out._.source and (tag := _split_tag(out.sent)) is not None:  # '..., which now make up a quarter of
                out._.source = figure_source(core, cues.get(tag.start, []))  # sales, chief executive Franz Huber told
                # a news conference', the parse making the tag a sentence of its own
            if (reached := _level_after_change(core, figures[:k])) is not None:  # 'for a 41% drop in annual operating
                out._.object = reached[0]  # profit, to £23.4m': the level the profit dropped to
                out._.source = out._.source or reached[1]._.source
            titled = title_line_subject(core)
            if titled is not None and (not out._.object or f" {out._.object} " in f" {as_written(titled[0])} "):
                out._.object = as_written(titled[0])  # 'U.S. House Prices Up 1.3 Percent'; 'Corn Planted Acreage Down 4
                # Percent', which the parse cuts to 'Corn'
                if out._.measure and titled[1].lower_ in ("higher", "lower"):
                    out._.measure = "change"  # 'Regional Prices 0.1 Percent Higher Over the Month'
            if (headline := headline_subject(core)) is not None:  # 'COCOA ARRIVALS UP 8 PCT - EXPORTERS'
                out._.object = as_written(headline[0])
                if out._.measure:
                    out._.measure = "level" if headline[1].lower_ in ("to", "at") else "change"
                out._.source = out._.source or headline_source(core)
        for out, core in figures:  # once every figure has its object, so that none after takes it from this one:
            level = base_before(core)  # the base a change is measured from, 'up 0.2 percent from the revised 1997
            if level is not None and doc[level.start - 1].lower_ == "from" and level[-1].lemma_.lower() not in PEAK_NOUNS:
                out._.object = as_written(level)  # total of $183.2 billion' (a peak or an average a subject fell from
                # is its own: 'down from its peak of 1,045 million tons')
            out._.object = unspaced(out._.object)
        respective_objects(doc, [out for out, _ in figures])
        written = {out.text: out for out, _ in figures}
        for out, _ in figures:  # '$63.7 billion or 4.8 percent': one change in two units, so one object
            other = written.get(out._.object)
            if other is not None and other is not out and other.sent.start == out.sent.start:
                out._.object = other._.object
        figures = _exchange_rates(doc, [out for out, _ in figures])
        doc.spans["figures"] = figures
        return doc

    return figure_finder
