"""What a figure measures: its object, read from the dependency parse.

A figure's **object**, the noun phrase it quantifies: the phrase after "of" ("70 percent *of its export earnings*"), the
  noun it counts ("2,000 *workers*"), what a verb sets at it ("kept *its rate* at 15%", "lowered *its forecast for
  the crop* to 46 million tonnes"), what a sum is the worth of ("*claims* worth A$900 million"; after a quantity,
  what the quantity measures), the noun a clause describes ("*vineyards* covering 12,000 hectares"), the subject of
  the verb it completes ("*exports* rose 5%"), or what a forecast is about ("expects *output* to rise 6%"), what a
  verb moved up or down ("sent *its shares* down 12%"), the noun a value is given for ("behind *the opposition
  party* at 35%", "with *inflation* at 2.1%", "*interest rates* near 5%"), a whole phrase of "of"s ("*a margin of
  error* of 2.2 points"), and, for a sum a change reaches, what the change is in ("a 15% drop in *net income* to 26
  billion riyals"); a value whose verb is left out ("Asia accounts for 40% of revenue and the Americas for 25%")
  shares the object of the first, as does a second value of the same measure ("4.5% this year and 3% in 2026",
  "down from 18.4%", "raised its duty to 20% from 8%", a conversion in brackets), and "14% and 9% *of the
  shipments*" share their "of", as do "28% *of the power*, while wind supplied 10%" (the same verb again) and "41%
  *of respondents*, ahead of inflation at 27%";
"""

import re

from spacy.tokens import Doc, Span, Token

from newsfacts.entities.dateline import MONTHS, headline_dash
from newsfacts.entities.resolver import as_written
from newsfacts.figures.patterns import qualifier_before
from newsfacts.rules import (
    AMOUNT_NOUNS, CHANGE_NOUN_FORMS, CHANGE_WORDS, COMPANY_REFERENCES, PLACE_KIND_NOUNS, CURRENCY_WORDS, CUT_VERBS, ESTIMATE_VERBS, GAP_NOUNS, HAVE_VERBS, LEVEL_NOUNS, LEVY_NOUNS, LIST_OPENERS, LOOSE_ADVERBS, PARTITIVE_DETERMINERS, PARTITIVE_PRONOUNS, PERIOD_NOUNS, REACH_VERBS, RELIANCE_WORDS, SCALED_UNITS, SCALES, SHARE_NOUNS,
    NAME_JOINERS, REPORTING_VERBS, SHARE_VERBS, SPENDING_VERBS, SUM_DIMENSIONS, TIME_NOUNS, TIME_UNITS, UNITS,
)
import newsfacts.numbers  # noqa: F401  (sets Token._.num and ._.is_num, which this module reads)
from newsfacts.numbers import a_year


_CUT = {"conj", "cc", "punct", "appos", "advcl", "parataxis", "mark", "det:predet", "preconj"}  # not "Both" of "Both the number of ..."
SUBJECT_DEPS = ("nsubj", "nsubjpass")
PAIRING_WORDS = {"both", "either", "neither"}  # 'Both the number ... and the rate': no part of either phrase
PLACE_LABELS = ("GPE", "LOC")  # the model's labels of places
AVERAGE_WORDS = {"average", "mean", "median", "total"}  # what makes a time a measure: 'average weekly hours'


def phrase(token: Token, cut: set[str] = _CUT, skip: set[int] = frozenset()) -> Span:
    """The contiguous noun phrase headed by `token`, without the dependents in `cut` or the tokens in `skip`:
    phrase(earnings) in '70 percent of its export earnings and a third of ...' -> 'its export earnings'."""
    doc = token.doc
    keep = {token.i}
    skip = set(skip) | _dated_end(token) | {  # examples are no part of the thing: 'products such as pork, beef, ...'
        t.i for c in token.subtree if c.dep_ == "prep" and c.lower_ == "as" and c.i > token.i and doc[c.i - 1].lower_ == "such"
        for t in (doc[c.i - 1], *c.subtree)}
    stack = [c for c in token.children if (c.dep_ not in cut or _one_name(token, c) or _names_joined(token, c)) and c.i not in skip]
    keep |= {t.i for c in stack if c.i < token.i and c.dep_ in ("compound", "nmod", "amod") for t in c.subtree
             if t.i not in skip and not t._.is_num}  # a joined modifier whole: 'the energy and mineral resources ministry'
    while stack:
        child = stack.pop()
        keep.add(child.i)
        if child.dep_ in ("nmod", "compound") and child.i < child.head.i and child.head.i != token.i and all(
                t.i not in skip and not t._.is_num for t in child.subtree):  # a joined modifier whole, deeper in:
            keep |= {t.i for t in child.subtree}  # 'Purchases of travel and tourism-related goods'
            continue
        stack.extend(c for c in child.children if c.i not in skip and not _timed_clause(c) and (
                     c.dep_ not in ("conj", "cc", "punct") or c.i < child.i or _date_comma(c)
                                                                         or _joined_noun(c) or (c.dep_ == "cc" and c.i < token.i)
                                                                         or _one_name(child, c) or _or_more(c)
                                                                         or _between_ends(child) or _place_comma(c)
                                                                         or _places_of_a_kind(child)))
    start = token.i
    while start - 1 in keep or (start >= 2 and doc[start - 1].text == "," and doc[start - 1].head.i == token.i
                                and start - 2 in keep and doc[start - 2].dep_ == "amod"):  # 'The seasonally adjusted,
        start -= 1  # purchase-only HPI': adjectives set apart by a comma
    start = start if (start - 1) in skip else hyphened_start(doc, start)
    start = _name_hung_on_verb(token, start)
    dash = max((t.i for t in doc[start:token.i] if t.text in ("-", "\u2013", "\u2014") and t.whitespace_
                and doc[t.i - 1].whitespace_), default=None)
    if dash is not None:  # a dash set between spaces ends what came before: 'LONDON 1996-05-14 - Aluminium stocks'
        start = dash + 1
    end = token.i + 1
    while end in keep or (end + 1 < len(doc) and doc[end].text == "," and end + 1 in keep and doc[end + 1].lower_ in (
            "except", "excluding") and doc[end + 1].head.i == token.i) or (end < len(doc) and doc[end].text == "(" and (shut := next(
            (t.i for t in doc[end + 1:min(len(doc), end + 12)] if t.text in ("(", ")")), None)) is not None
            and doc[shut].text == ")" and shut + 1 in keep and not any(t._.is_num for t in doc[end:shut])):
        end = end + 1 if end in keep or doc[end].text == "," else shut + 1  # over what a comma sets off that narrows the
        # thing ('sales of merchant wholesalers, except manufacturers' sales branches and offices'), and over an aside in
        # brackets to the phrase's rest: 'Fares received
        # by U.S. carriers (and U.S. vessel operators) from international visitors' (the aside is dropped as written)
    if (end + 1 < len(doc) and end - 1 in keep and doc[end].text == "," and doc[end - 1].ent_type_ == "DATE"
            and doc[end].ent_iob_ == "I" and doc[end + 1].ent_iob_ == "I" and a_year(doc[end + 1]) and end - 1 > token.i):
        skip = skip - {end + 1}  # (not the noun's own time: the participle's date, whole)
        end += 2  # the year of a date inside the phrase, which the parse hangs on the noun: 'Potatoes held in storage on
        # June 1, | 2023'
    if (end == token.i + 1 and end + 1 < len(doc) and doc[end].tag_ == "VBZ" and doc[end].is_lower and not list(doc[end].children)
            and doc[end + 1].text in (".", ";") and token.tag_ in ("NN", "NNP")):
        end += 1  # 'the total cross-border freight flows.': a plural the parse reads as a verb, closing the sentence
    while start < end and (doc[start].is_punct or doc[start].is_space or doc[start].i in skip or (
            doc[start].lower_ in PAIRING_WORDS and start + 1 < end and doc[start + 1].dep_ == "det") or (
            start + 1 < end and _told_to(doc[start]))):
        start += 1  # (nor 'Both' of 'Both the number of unemployed persons, ..., and the rate')
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space or doc[end - 1].i in skip or (
            doc[end - 1].lower_ in LOOSE_ADVERBS and doc[end - 1].dep_ == "advmod" and doc[end - 1].i > token.i)):
        end -= 1  # nor an adverb the parse hangs on its end: 'sold 70 pct of the main crop forward'
    opened = next((t.i for t in doc[max(start, token.i + 1):end] if t.text == "(" and not any(
        u.text == ")" for u in doc[t.i + 1:end])), None)
    if opened is not None:  # a bracket it leaves open is an aside: 'net cash income (calculated on a cash-flow basis'
        end = opened
    return doc[start:_named_to_acronym(doc, start, end)]


_NAME_JOINERS = NAME_JOINERS | {"the"}  # ('the Consumer Price Index' + 'for the ...')


def _named_to_acronym(doc: Doc, start: int, end: int) -> int:
    """Where a name the phrase ends inside ends, when the words after it carry on in capitals to the acronym it is
    given in brackets: 'the Consumer Price Index' + 'for Urban Wage Earners and Clerical Workers (CPI-W)' -> the
    whole name (the acronym, an aside, stays out); else `end`."""
    first = next((t for t in doc[start:end] if t.is_title), None)
    if first is None or not doc[end - 1].is_title or end >= len(doc) or doc[end].lower_ not in _NAME_JOINERS:
        return end
    k = end
    while k < len(doc) and (doc[k].is_title or (doc[k].lower_ in _NAME_JOINERS and k + 1 < len(doc) and doc[k + 1].is_title)):
        k += 1
    shut = next((t.i for t in doc[k + 1:k + 6] if t.text == ")"), None)
    if k == end or k >= len(doc) or doc[k].text != "(" or shut is None:
        return end
    acronym = "".join(t.text for t in doc[k + 1:shut])
    if not (re.fullmatch(r"[A-Z][A-Z&-]*[A-Z]", acronym) and acronym[0] == first.text[0]):
        return end
    return k


def _date_comma(token: Token) -> bool:
    """Whether a token is the comma inside a date, between its day and its year: 'June 1, 2023'."""
    doc = token.doc
    return (token.text == "," and token.ent_type_ == "DATE" and token.head.ent_type_ == "DATE" and token.i + 1 < len(doc)
            and doc[token.i + 1].ent_type_ == "DATE" and doc[token.i + 1].ent_iob_ == "I" and a_year(doc[token.i + 1]))


def _timed_clause(token: Token) -> bool:
    """Whether a token heads a clause that says when or whether, no part of a thing: 'once it reaches full output' of
    'the zinc used in Korea once it reaches full output in 2027'."""
    return token.dep_ == "advcl" and any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in token.children)


def _name_hung_on_verb(token: Token, start: int) -> int:
    """Where a subject starts when a name just before it was hung by the parse on the verb ('Pemberly shares shed
    14%', 'Pemberly' read as an adverb of 'shed'): at the name, which is the subject's owner; or when dates just before
    it with its 'The' were ('The December 2030 to January 2031 percent change was revised ...')."""
    doc = token.doc
    dated = doc[start - 1] if start else None  # 'The December 2030 to January 2031 percent change was revised', the dates
    while dated is not None and dated.head.i != token.head.i and dated.head.i < start and dated.head.i != dated.i:
        dated = dated.head  # hung on the verb, with the subject's 'The' before them
    if (dated is not None and token.dep_ in ("nsubj", "nsubjpass") and dated.dep_ == "npadvmod" and dated.ent_type_ == "DATE"
            and dated.right_edge.i == start - 1 and doc[dated.left_edge.i].lower_ == "the" and dated.head.i == token.head.i):
        return dated.left_edge.i
    name = (doc._.mention_index or [None] * len(doc))[start - 1] if start else None
    if (name is None or token.dep_ not in ("nsubj", "nsubjpass") or name.label_ not in ("ORG", "PERSON", "GPE")
            or name.end != start or name.root.dep_ not in ("advmod", "npadvmod") or name.root.head.i != token.head.i):
        return start
    return name.start


def hyphened_start(doc: Doc, start: int) -> int:
    """Where a phrase starting at `start` starts once a hyphened word just before it, which the parse left out, is
    read back in: 'Like-for-like sales' (the parse hangs 'Like-for-like' on the verb) -> the index of 'Like'; also
    when the phrase starts inside such a word ('for-like room revenue', the parse keeping 'for' but not 'Like')."""
    while start >= 2 and _joins_word(doc[start - 1]) and doc[start - 2].is_alpha:
        start -= 2
    first = start - 1
    while first >= 2 and doc[first].is_alpha and _joins_word(doc[first - 1]) and doc[first - 2].is_alpha:
        first -= 2
    return first if first < start - 1 and doc[start - 1].whitespace_ else start


def _one_name(head: Token, child: Token) -> bool:
    """Whether `child` belongs to the same name as `head`, though the parse joins it as a list would: 'Fenwick &
    Lowe', 'Procter & Gamble'."""
    index = head.doc._.mention_index
    mention = index[head.i] if index else None
    return mention is not None and mention.label_ in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW") and index[child.i] is mention


def _dated_end(token: Token) -> set[int]:
    """The tokens of a phrase of time that ends a noun's phrase, which dates a figure rather than saying what it
    measures: 'a reciprocal tariff on imports in April', 'the growth in exports in 2018' -> 'in April', 'in 2018'.
    A period the thing is measured over stays ('sales over Christmas', 'exports for the first eight months'), and so
    does a time that belongs to a verb inside the phrase ('coal exported in 2012', 'a tax that took effect in May')."""
    last = max(t.i for t in token.subtree if not t.is_punct or t.i <= token.i)  # (a comma after it is none of it: 'All
    # layers in the United States on January 1, 2024, totaled')
    timed = [c for c in token.children if c.dep_ in ("npadvmod", "appos") and c.i > token.i and c.right_edge.i == last
             and c.ent_type_ == "DATE" and all(t.ent_type_ == "DATE" for t in c.subtree)]
    if timed:  # 'a £9.1bn offer last year': the time it was made, no part of the offer
        return {t.i for t in timed[-1].subtree}
    ends = sorted((c for c in token.subtree if c.dep_ == "prep" and c.i > token.i and c.right_edge.i == last),
                  key=lambda c: c.i)  # the phrases that end it, at any depth: '... from the United States in June'; the
    # widest first, as 'profits in the fourth quarter of 2011' ends with 'of 2011', inside its time
    for last in ends:
        if last.head.pos_ in ("NOUN", "PROPN") and _a_time_phrase(last):
            return {t.i for t in last.subtree}
    return set()


def _a_thing_named_by_time(noun: Token) -> bool:
    """Whether a common noun the model tags as a time is a thing measured, with no time word, month or number in its
    phrase, or an average of time: 'an increase in the average workweek', 'in average weekly hours'; not 'in the week'
    nor 'in early spring'."""
    words = list(noun.subtree)
    averaged = any(c.dep_ == "amod" and c.lower_ in AVERAGE_WORDS for c in noun.children)  # 'average weekly hours'
    return (noun.pos_ == "NOUN" and (averaged or noun.lemma_.lower() not in TIME_UNITS | PERIOD_NOUNS | TIME_NOUNS)
            and not any(t._.is_num or t.pos_ == "PROPN" or t.lower_ in MONTHS for t in words))


def _a_time_phrase(prep: Token) -> bool:
    """Whether a phrase names a time: 'in June', 'in the fourth quarter of 2011', 'during September 2011', 'in the
    period'; not 'during Lent', not 'for the season' (the period a thing is measured over)."""
    dates = [p for p in prep.children if p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") and not _a_thing_named_by_time(p) or (
        p.lemma_.lower() in PERIOD_NOUNS and [c.lower_ for c in p.children] == ["the"]))]
    if prep.lower_ == "during":  # 'construction spending during September 2011' is the month's, as 'in September' is;
        return any(any(t.lower_ in MONTHS or a_year(t) for t in p.subtree) for p in dates)  # not 'during Lent'
    return prep.lower_ in ("in", "on", "at", "since") and bool(dates)

    return bool(re.fullmatch(r"1[5-9]\d\d|20\d\d", token.text))


def _place_comma(token: Token) -> bool:
    """Whether a comma joins a place to the state or country it is in: the comma of 'a plant in Fort Worth, Texas'."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return (token.text == "," and after is not None and after.dep_ == "appos" and after.head.i == token.head.i
            and after.ent_type_ == "GPE" and token.head.ent_type_ == "GPE")


def _places_of_a_kind(token: Token) -> bool:
    """Whether `token` is a place that heads a list of places closed by a plural noun of their kind: 'Great Lakes' of
    'in the Great Lakes, Mideast, Plains, and New England regions', which stays whole."""
    while token.dep_ == "conj" and token.head.i < token.i:
        token = token.head  # (and each place after it in the list)
    if token.ent_type_ not in ("GPE", "LOC"):
        return False
    last = token
    while (joined := [c for c in last.children if c.dep_ == "conj"]):
        last = joined[-1]
    return last.i != token.i and last.tag_ == "NNS" and last.lemma_.lower() in PLACE_KIND_NOUNS


def _between_ends(token: Token) -> bool:
    """Whether `token` is the first end of a 'between ... and ...', which keeps its second: 'its imports between 2019
    and 2022', not 'its imports between 2019'."""
    return token.dep_ == "pobj" and token.head.lower_ == "between"


OPEN_ENDS = {"more", "less", "fewer", "over", "above", "higher", "greater", "larger", "older"}  # 'five units or more'


def _or_more(token: Token) -> bool:
    """Whether `token` is the 'or' or the 'more' of a count or a level left open at its end: 'buildings with five units or
    more', 'producers with five or more colonies', "a bachelor's degree or higher" (a bound, no second thing)."""
    counted = token.head
    ends = [c for c in counted.children if c.dep_ == "conj" and c.lower_ in OPEN_ENDS and c.i == counted.i + 2]
    numbered = any(c.dep_ == "nummod" for c in counted.children) or (counted._.is_num and counted.dep_ == "nummod") or (
        bool(ends) and ends[0].tag_ == "JJR" and counted.pos_ == "NOUN")  # "a bachelor's degree or higher": a level left open
    return (bool(ends) and numbered and counted.doc[counted.i + 1].lower_ == "or" and token.i in (counted.i + 1, counted.i + 2))


def _names_joined(head: Token, child: Token) -> bool:
    """Whether `child` is a name joined by 'and' or 'or' straight after the name `head`, or that 'and' itself: 'of
    Virginias and Valencias'. A joined name with a figure or a phrase of its own is not."""
    doc = head.doc
    name = child if child.dep_ == "conj" else next((c for c in head.children if c.dep_ == "conj" and c.i > child.i), None)
    if head.pos_ != "PROPN" or name is None or name.pos_ != "PROPN" or name.i != head.i + 2 or {
            head.ent_type_, name.ent_type_} & {"GPE", "LOC", "NORP"}:
        return False  # (places joined are often each another figure's: 'in Nevada and Utah, respectively')
    return doc[head.i + 1].lower_ in ("and", "or") and child.i in (head.i + 1, name.i) and len(list(name.subtree)) == 1


def _joined_noun(token: Token) -> bool:
    """Whether `token` is a plain noun joined by 'and'/'or' inside a phrase ('Damage to crops and roads'), or that
    'and'/'or' itself; a joined phrase with a number in it is another figure's, not part of this phrase."""
    noun = token if token.dep_ == "conj" else next((c for c in token.head.children if c.dep_ == "conj" and c.i > token.i), None)
    if token.dep_ == "cc" and token.lower_ not in ("and", "or") or noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return False
    cc = token.doc[noun.head.i + 1] if noun.head.i + 1 < len(token.doc) else None
    listed = cc is not None and cc.text == "," and any(  # a list: 'used in phones, power tools and vehicles'
        c.dep_ == "cc" and c.lower_ in ("and", "or") and c.i < d.i for d in noun.subtree if d.dep_ == "conj" for c in d.head.children)
    return (cc is not None and (cc.lower_ in ("and", "or") or listed) and noun.left_edge.i == cc.i + 1
            and not any(t._.is_num or (t.is_punct and t.i != cc.i) for t in noun.subtree))


def previous_sentence_start(token: Token | Span) -> int:
    """The index of the first token of the sentence before `token`'s (of its own when it opens the text)."""
    sent = token.sent
    return token.doc[sent.start - 1].sent.start if sent.start else sent.start


def _set_off_after(thing: Token, span: Span) -> bool:
    """Whether a verb's object comes after the figure and a comma ('increased by 25% (1.3 Bcf/d), according to ...,
    as a result of ... that increased air-conditioning demand'): the parse's, not what the verb changed, which comes
    before the figure ('cut prices by 40 percent')."""
    return thing.i > span.end and any(t.text == "," for t in span.doc[span.end:thing.left_edge.i])


def clause_subject(verb: Token) -> Token | None:
    """The subject of a verb's clause; of two, not one set apart before a colon or a dash, as a heading or a dateline
    is ('Fuel Imports: Import fuel prices declined 2.9 percent', 'LONDON 1996-05-14 - Aluminium stocks ... rose' ->
    prices, stocks); of a phrase set off by commas and one joined to it without 'and', the second ('At Northwest
    Sumas, a key pricing hub for gas, the daily spot price averaged $1.59' -> price)."""
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS] or [  # 'eating and drinking sales were up':
        c for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"] or [  # a noun phrase the parse makes a clause
        s for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < verb.i for s in c.children
        if s.dep_ == "nsubj" and s.i < c.i and doc[c.i - 1].text == ","]  # 'Inventories, adjusted for ..., were
    # estimated at ...', the parse hanging the subject on the participle set off after it
    marked = [c for c in subjects if c.i and doc[c.left_edge.i - 1].dep_ == "mark" and doc[c.left_edge.i - 1].lower_ in (
        "before", "after") and doc[c.left_edge.i - 1].head.i == verb.i]  # 'average income before taxes increased'
    subjects = [c for c in subjects if c not in marked] or subjects
    told = [c for k, c in enumerate(subjects) if k + 1 == len(subjects) or not any(
        t.text == ":" or (t.text in ("-", "\u2013", "\u2014") and doc[t.i - 1].whitespace_)  # not 'CPI-U'
        for t in doc[c.i + 1:subjects[k + 1].i])]
    subject = (told or subjects or [None])[0]
    if subject is not None and subject.left_edge.i and doc[subject.left_edge.i - 1].text == "," and not any(
            t.dep_ == "cc" for t in subject.subtree):  # 'At Northwest Sumas, a key pricing hub ..., the daily spot
        beside = [c for c in subject.children if c.dep_ == "conj" and doc[c.left_edge.i - 1].text == ","]
        if len(beside) == 1:  # price averaged': a phrase set beside a place before it, then the subject itself
            return beside[0]
    return subject


def _joins_word(mark: Token) -> bool:
    """True for a hyphen inside a word, with no space on either side: '12-month', 'value-added'."""
    return mark.text == "-" and mark.i > 0 and not mark.doc[mark.i - 1].whitespace_ and not mark.whitespace_


def _brackets_acronym(opening: Token) -> bool:
    """True when a bracket opens an acronym of what comes before it, closed within a few tokens: '(CPI-U)', '(EIA)'."""
    doc = opening.doc
    closing = next((t for t in doc[opening.i + 1:opening.i + 7] if t.text == ")"), None)
    inner = doc[opening.i + 1:closing.i] if closing is not None else None
    return bool(inner) and inner.text.replace("-", "").replace(".", "").isupper()


def _bracketed_subject(token: Token) -> Span | None:
    """The whole subject when the parse took a word in a bracketed aside for it: 'The food-at-home (grocery store
    purchases) CPI decreased' -> from 'The' to 'CPI' (the aside is dropped from the object as written). None when the
    token is in no brackets that nouns follow up to its verb."""
    doc, verb = token.doc, token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or verb.i <= token.i:
        return None
    opened = next((t.i for t in reversed(doc[token.left_edge.i:token.i]) if t.text in ("(", ")")), None)
    closed = next((t.i for t in doc[token.i + 1:verb.i] if t.text in ("(", ")")), None)
    if opened is None or closed is None or doc[opened].text != "(" or doc[closed].text != ")" or closed + 1 >= verb.i:
        return None
    if opened == token.left_edge.i or not all(t.pos_ in ("NOUN", "PROPN") for t in doc[closed + 1:verb.i]):
        return None
    return doc[token.left_edge.i:verb.i]


def _told_to(token: Token) -> bool:
    """Whether a noun is who was told, which the parse joined to the subject of what they were told: 'told reporters
    exports in the first nine months totalled ...' -> 'reporters'."""
    doc = token.doc
    return (token.dep_ == "compound" and token.tag_ == "NNS" and token.i > 0 and doc[token.i - 1].lemma_.lower() == "tell"
            and doc[token.i - 1].pos_ == "VERB")


def _aside_closed(opening: Token, end: int) -> int | None:
    """Where a bracket opened inside a subject closes, when only nouns follow it up to the subject's end and no
    figure or further bracket is in it; None otherwise."""
    doc = opening.doc
    shut = next((t.i for t in doc[opening.i + 1:end] if t.text in ("(", ")")), None)
    if shut is None or doc[shut].text != ")" or shut + 1 >= end or any(t._.is_num for t in doc[opening.i:shut]):
        return None
    return shut if all(t.pos_ in ("NOUN", "PROPN") for t in doc[shut + 1:end]) else None


def without_aside(text: str) -> str:
    """An object as written without a bracketed aside inside it: 'West Coast (PADD 5) capacity' -> 'West Coast
    capacity'; one that ends it is kept ('Import prices (all imports)')."""
    return re.sub(r"(?<=\w) \([^()]*\)(?= \w)", "", text)


def _date_run_end(doc: Doc, end: int, verb: int) -> int:
    """Where a phrase ending at `end` ends once the rest of a time it ends inside is read back in, when the parse
    hung that rest on the verb at `verb` ('Profits for the year | to January slumped by a third')."""
    if not (end < len(doc) and end < verb and doc[end - 1].ent_type_ == "DATE" and doc[end].ent_iob_ == "I"
            and doc[end].pos_ == "ADP"):
        return end  # ('Production in January | last year was ...': 'last year' dates the figure)
    while end < len(doc) and end < verb and doc[end].ent_iob_ == "I":
        end += 1
    return end


def subject_phrase(token: Token) -> Span:
    """A clause's subject as a whole when it joins nouns or lists them, written before its verb: 'The indexes for new
    vehicles and used cars and trucks', 'The index for all items less food and energy', 'The value of production
    from mining, primary metal manufacturing, and nonmetal manufacturing'. A subject with a figure in it, or with a
    phrase set off by commas that is no list ('Output at Escondida, the world's biggest mine,'), is cut as `phrase`
    cuts it."""
    doc = token.doc
    if (whole := _bracketed_subject(token)) is not None:
        return whole
    end = token.right_edge.i + 1
    if (end - 1 > token.i and doc[end - 1].text == "," and doc[end - 1].head.i == token.i and end < len(doc)
            and doc[end].tag_ == "VBN" and doc[end].dep_ in ("acl", "advcl")):
        end -= 1  # "Manufacturers' and trade inventories, | adjusted for ...": the comma before an aside
    for other in (c for c in token.head.children if c.dep_ in SUBJECT_DEPS and c.i > token.i):  # the parse may make
        between = doc[end:other.left_edge.i]  # a list's last noun a subject of its own: '..., and fishing rose'
        if all(t.text == "," or t.lower_ in ("and", "or") for t in between) and doc[other.left_edge.i - 1].lower_ in ("and", "or"):
            end = other.right_edge.i + 1
        elif len(between) == 1 and between[0].lower_ in ("before", "after") and between[0].dep_ == "mark":
            end = other.right_edge.i + 1  # 'average income before taxes increased', 'before' parsed as opening a clause
        elif not between and not (doc[other.left_edge.i - 1].text in ("-", "\u2013", "\u2014")
                                  and doc[other.left_edge.i].lower_ in ("the", "a", "an")):  # (not over a dash
            # that opens an aside: 'The union membership rate-the percent of ...')
            end = other.right_edge.i + 1  # two subjects side by side are one the parse split: '... for all items | less
            # food and energy edged up', '... Consumers (CPI-U) | all items index remained'
    described = next((t for t in doc[token.i + 1:end] if t.dep_ == "relcl" and t.head.i <= token.i + 8), None)
    if described is not None and described.left_edge.i > token.left_edge.i:  # '..., which have averaged $29.5 billion,'
        end = described.left_edge.i - (doc[described.left_edge.i - 1].text in (",", "("))  # or '(which make up ...)'
    set_off = next((t for t in doc[token.i + 1:end] if t.dep_ in ("acl", "advcl") and t.tag_ == "VBN"
                    and t.head.i in (token.i, token.head.i) and t.i == t.left_edge.i and doc[t.i - 1].text == ","), None)
    if set_off is not None:  # "The combined value of ... sales and manufacturers' shipments for July, adjusted for
        end = set_off.i - 1  # seasonal ... differences, was estimated at ...': the subject ends before the aside
    end = _date_run_end(doc, end, token.head.i)  # 'Profits for the year to January slumped'
    whole = doc[_name_hung_on_verb(token, hyphened_start(doc, token.left_edge.i)):end]
    bracketed = {i for t in whole if t.text == "(" and _brackets_acronym(t)
                 for i in range(t.i, next(u.i for u in doc[t.i:] if u.text == ")") + 1)}
    bracketed |= {i for t in whole if t.text == "(" and (shut := _aside_closed(t, whole.end)) is not None  # an aside
                  for i in range(t.i, shut + 1)}  # nouns follow: 'The ferry-fare (single tickets) index'
    spans_time = {t.i for t in whole if t._.is_num and t.i + 2 < len(doc) and doc[t.i + 1].text == "-"
                  and doc[t.i + 2].lemma_.lower() in TIME_UNITS}  # 'the 12-month change' holds no figure, nor
    spans_time |= {t.i for t in whole if t._.is_num and not a_year(t) and t.ent_type_ == "DATE" and t.dep_ == "nummod"  # 'Exports in the
                   and t.head.lemma_.lower() in TIME_UNITS and t.head.ent_type_ == "DATE"}  # first nine months
    if any(t._.is_num and t.i not in spans_time for t in whole) or any(t.dep_ in ("relcl", "acl", "advcl") for t in whole):
        return phrase(token)
    for t in whole:  # a comma must be a list's, with 'and' or 'or' after it, and nothing set beside a noun
        if (t.text == "," and not any(u.lower_ in ("and", "or") for u in doc[t.i + 1:whole.end])) or (
                t.is_punct and t.text != "," and t.tag_ != "POS" and t.i not in bracketed and not _joins_word(t)) or (  # ("manufacturers'")
                t.dep_ == "appos" and t.i > token.i and doc[t.left_edge.i - 1].text == ","):
            return phrase(token)
    while len(whole) > 1 and (whole[0].is_punct or whole[0].dep_ in ("det:predet", "preconj", "mark") or (
            whole[0].lower_ in PAIRING_WORDS and whole[1].dep_ == "det")):
        whole = whole[1:]
    while len(whole) > 1 and (whole[-1].i in bracketed or (whole[-1].lower_ in ("each", "both", "all") and whole[-1].i > token.i)
                              or whole[-1].text in ("-", "\u2013", "\u2014")):
        whole = whole[:-1]  # an acronym in brackets at the end is the name again; 'each' floats off the verb ('Petroleum
        # and natural gas prices each increased')
    timed = _dated_end(token)
    if timed and min(timed) > whole.start and max(timed) == whole.end - 1 and all(doc[i].ent_type_ == "DATE" for i in timed):
        whole = doc[whole.start:min(timed)]  # 'Agricultural exports last fiscal year reached ...': the time, not the thing
    return whole


def company_shares(span: Span) -> str:
    """What a price move measures when a company is all its subject is: 'Rival Pelham Mines Ltd fell 2 percent to
    C$6.40' -> 'Pelham Mines Ltd shares' (a company cannot fall; its shares do). '' when the figure's verb is no
    change a verb makes by itself, or its subject is more than a company's name ('Halverson shares', 'its revenue')."""
    verb = next((t for t in (span.root, *span.root.ancestors) if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or verb.lemma_.lower() not in CHANGE_WORDS or any(
            c.dep_ == "dobj" and c.ent_type_ not in ("PERCENT", "MONEY") for c in verb.children):
        return ""  # 'X cut its forecast by 5%' measures the forecast; 'X shed 5.1%' may parse the figure as an object
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    index = span.doc._.mention_index
    if subject is None or index is None or index[subject.i] is None or index[subject.i].label_ != "ORG":
        return ""
    name = index[subject.i]
    if subject.i != name.root.i or any(t.i not in range(name.start, name.end) and (t.pos_ in ("NOUN", "PROPN") and not t.is_sent_start
                                                                                 or t.dep_ == "poss") for t in subject.subtree):
        return ""
    return f"{as_written(name)} shares"


def unspaced(text: str) -> str:
    """A phrase as prose writes it: 1990s wire copy sets a space before a possessive or a comma ('the world 's
    coffee' -> "the world's coffee")."""
    return re.sub(r" (?=(?:'s|’s|'|’)(?!\w)|[,;:])", "", text)


def after_of(span: Span) -> Span | None:
    """The phrase after 'of' that a figure is a part of: '70 percent of its export earnings' -> 'its export earnings',
    'almost half of the zinc produced' -> 'the zinc produced' (a participle the parse hangs on the figure); a sum
    and its conversion in brackets both reach the 'of' after them ('C$8.5 billion ($6.2 billion) of lumber'), as do
    percentages joined by 'and' ('14% and 9% of the shipments')."""
    doc = span.doc
    end = span.end
    if end < len(doc) and doc[end].text == "(":  # 'C$8.5 billion ($6.2 billion) of lumber': past the conversion
        end = next((t.i + 1 for t in doc[end:end + 8] if t.text == ")"), end)
    elif end < len(doc) and doc[end].text == ")" and span.start and doc[span.start - 1].text == "(":  # the conversion itself
        end += 1
    elif end + 1 < len(doc) and doc[end].lower_ == "worth" and doc[end + 1].lower_ == "of":  # '$200 billion worth of goods'
        end += 1
    elif end < len(doc) and doc[end].lower_ in ("and", "or"):  # 'taking 14% and 9% of the shipments': the 'of' is shared
        later = next((t.i for t in doc[end + 1:end + 6] if t.lower_ == "of"), None)
        second = doc[end + 1:later] if later is not None else []  # '9%', when the parse joins it to this figure
        if len(second) and all(t._.is_num or t.lower_ in ("%", "percent", "per", "cent", "pct") or t.pos_ == "ADV" for t in second) and (
                second[-1].dep_ == "conj" and second[-1].head.i in range(span.start, span.end)):
            end = later
    whole_of = ("of",)
    if end + 1 < len(doc) and (doc[end].lemma_.lower() in SHARE_NOUNS or doc[end].lemma_.lower() == "stake"):
        end, whole_of = end + 1, ("of", "in")  # 'a 7.5% share of new mortgage lending', 'a 12 percent stake in the mine'
    of = doc[end] if end < len(doc) and doc[end].lower_ in whole_of else None
    if of is None:
        return fronted_of(span)
    objects = [c for c in of.children if c.dep_ == "pobj"]
    what = [c for c in of.children if c.dep_ == "pcomp" and c.pos_ == "VERB" and doc[c.left_edge.i].lower_ == "what"]
    if not objects and what:  # 'more than 20 percent of what they produce': a clause is the whole
        return doc[what[0].left_edge.i:what[0].right_edge.i + 1]
    nxt = objects or [t for t in doc[of.i + 1:of.i + 6] if t.pos_ in ("NOUN", "PROPN")][:1]
    if not nxt:
        return None
    found = phrase(nxt[0])  # 'of the growth in exports in 2018': the year dates the figure (phrase leaves it out)
    joined = next((c for c in nxt[0].children if c.dep_ == "conj" and c.i > found.end), None)
    if (joined is not None and found.end + 1 == joined.left_edge.i and doc[found.end].lower_ in ("and", "or")
            and _joined_noun(joined) and joined.tag_ == nxt[0].tag_ and joined.right_edge.i == joined.i):
        found = doc[found.start:joined.i + 1]  # '13 percent of the injuries and illnesses': one whole of two nouns
    if found.end + 1 < len(doc) and doc[found.end].lower_ in ("and", "or") and doc[found.end + 1].pos_ == "ADP" and any(
            t.lower_ == doc[found.end + 1].lower_ and t.dep_ == "prep" for t in found):  # '... in exports and in imports'
        joined = [c for c in doc[found.end + 1].children if c.dep_ == "pobj"]
        if joined:
            found = doc[found.start:joined[0].right_edge.i + 1]
    found = doc[found.start:_aged_end(doc, found.end)]  # 'of all workers ages 60 to 64', which the parse splits
    after = doc[found.end] if found.end < len(doc) else None  # 'tonnes of spodumene concentrate', 'concentrate' hung elsewhere
    if (after is not None and after.tag_ in ("NN", "NNS") and after.dep_ not in ("nsubj", "nsubjpass", "ROOT")
            and after not in span.root.ancestors):  # not 'Half of adults rent', where 'rent' is the verb
        found = doc[found.start:found.end + 1]
    trailing = doc[found.end] if found.end < len(doc) else None
    if trailing is not None and trailing.dep_ in ("acl", "relcl") and trailing.head.i in range(span.start, of.i + 1):
        found = doc[found.start:phrase(trailing, _CUT | {"prep"}).end]
    placed = [p for p in trailing.children if p.dep_ == "pobj"] if trailing is not None and trailing.lower_ == "in" else []
    if (placed and (placed[0].ent_type_ in ("GPE", "LOC", "ORG") or (not placed[0].ent_type_ and (
            placed[0].pos_ == "PROPN" or (placed[0].is_alpha and placed[0].is_upper and len(placed[0]) > 1))))  # 'in ERCOT'
            and placed[0].i == placed[0].right_edge.i
            and trailing.head.pos_ in ("VERB", "AUX")):  # 'made up 56% of all generation in ERCOT', where the parse
        found = doc[found.start:placed[0].i + 1]  # hangs the place on the verb: the whole is the generation there
    span_of = [p for p in trailing.children if p.dep_ == "pobj"] if trailing is not None and trailing.lower_ == "for" else []
    if (span_of and trailing.head.pos_ in ("VERB", "AUX") and span_of[0].ent_type_ == "DATE"
            and any(t.lemma_.lower() in ("year", "season", "quarter", "half", "month") for t in span_of[0].subtree)):
        found = doc[found.start:span_of[0].right_edge.i + 1]  # 'sold forward about 60 pct of its planned output for the
    return found  # year': the period the whole is counted over, which the parse hangs on the verb


AGE_WORDS = ("age", "ages", "aged")


def _aged_end(doc: Doc, end: int) -> int:
    """Where a phrase ends that names people by their ages, read on over the ages the parse cuts off: 'all workers' +
    'ages 60 to 64', 'persons' + 'aged 16 and over'; `end` when no ages follow. Ages are no figures, only who."""
    k = end - 1 if end > 0 and doc[end - 1].lower_ in AGE_WORDS else end
    k = end - 2 if end > 1 and doc[end - 2].lower_ in AGE_WORDS and doc[end - 1].like_num else k  # ('population age 16'
    # + 'and older', the parse keeping the first age only)
    if not (k < len(doc) - 1 and doc[k].lower_ in AGE_WORDS and doc[k + 1].like_num):
        return end
    last = k + 2
    if last + 1 < len(doc) and doc[last].lower_ in ("to", "and", "through") and (
            doc[last + 1].like_num or doc[last + 1].lower_ in ("over", "older")):
        last += 2
    return last


def counted_of(span: Span) -> Span | None:
    """What a count counts when its noun takes an 'of' phrase: the noun with it ('1.62 mln bales of raw jute' -> 'bales
    of raw jute', 'the top five countries of origin for U.S. uranium' -> 'countries of origin for U.S. uranium'); None
    for a count with no noun ('9.1 million of them') or of a pronoun."""
    doc = span.doc
    noun = span[-1]
    if span.label_ != "count" or noun.pos_ != "NOUN" or noun._.is_num or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    whole = after_of(span)
    if whole is None or whole[0].pos_ == "PRON":
        return None
    first = next(t.i for t in span if t.pos_ in ("NOUN", "PROPN", "ADJ") and not t._.is_num and t.lower_ not in SCALES)
    return doc[max(hyphened_start(doc, first), span.start):whole.end]


def fronted_of(span: Span) -> Span | None:
    """The whole an 'of' phrase sets before a figure and its comma: 'Of the 40 firms surveyed, 30% said ...', '... but
    of the exports, 61% were petroleum products' -> 'the 40 firms surveyed', 'the exports'. The phrase opens its
    clause and names things ('the', 'its', a number, a plural: not 'Of course, 5% ...')."""
    doc, start = span.doc, span.sent.start
    comma = qualifier_before(doc, span.start)[1] - 1  # 'Of its workers, about 40% ...'
    if comma - start < 2 or doc[comma].text != ",":
        return None
    for j in range(comma - 1, max(start, comma - 11) - 1, -1):
        if doc[j].is_punct or doc[j].tag_ in ("VBD", "VBZ", "VBP", "MD"):
            return None
        if doc[j].lower_ == "of":
            opens = j == start or doc[j - 1].text in (",", ";", ":") or doc[j - 1].lower_ in ("but", "and", "yet", "while")
            words = doc[j + 1:comma]
            names = len(words) and (words[0].dep_ in ("det", "poss", "nummod") or words[0].like_num or words[0].pos_ == "PRON"
                                    or words[-1].tag_ in ("NNS", "NNPS"))
            return words if opens and names else None
    return None


def both_joined(found: Span) -> list[Span]:
    """A phrase that opens with 'both' or 'either', as the parts of the whole it names: 'both U.S. domestic exports
    (38 percent) and U.S. general imports (41 percent)' -> ['U.S. domestic exports', 'and', 'U.S. general imports']
    (the figures in brackets left out); [found] for any other phrase, and [found without 'both'] when no joined
    item follows."""
    doc = found.doc
    if len(found) < 2 or found[0].lower_ not in ("both", "either") or found[0].dep_ not in ("det", "preconj"):
        return [found]
    after = found.end
    if after < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after:after + 8] if t.text == ")"), after)
    joined = next((t for t in doc[after + 1:after + 8] if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN")), None)
    if after >= len(doc) or doc[after].lower_ not in ("and", "or") or joined is None:
        return [found[1:]]
    return [found[1:], doc[after:after + 1], phrase(joined)]


def share_set_beside(span: Span) -> Span | None:
    """The whole of a share a figure is set beside: 'accounted for a bigger share of overall imports, nearly 69%'
    -> 'overall imports'; None when the figure stands beside no such noun."""
    head, before = span.root.head, span.start - 1
    while before > 0 and span.doc[before].pos_ in ("ADV", "ADP") and span.doc[before].i > head.i:  # 'nearly 69%'
        before -= 1
    if span.root.dep_ not in ("appos", "conj") or head.lemma_.lower() not in SHARE_NOUNS or span.doc[before].text != ",":
        return None
    whole = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    return phrase(whole[0]) if whole else None


def noun_at(span: Span) -> Token | None:
    """The noun a figure is given for with 'at' (or 'near', 'around'), where the parse hangs both on the verb: 'behind
    the opposition party at 35%', 'with unemployment at 5%', 'dragged down by mortgage rates near 7%' -> party,
    unemployment, rates (a noun in a phrase of its own, just before, or but for an adverb: 'with the national
    average for a gallon of diesel now at $3.17' -> average)."""
    at = span.root.head
    if at.lower_ not in ("at", "near", "around") or at.dep_ != "prep" or not at.i:
        return None
    if at.head.pos_ == "VERB" and any(c.dep_ == "dobj" and c.i < at.i and not c._.is_num and c.ent_type_ not in (
            "PERCENT", "MONEY", "QUANTITY", "CARDINAL") for c in at.head.children):
        return None  # 'put total output for the season at around 580,000 tonnes': what the verb puts there
    noun = at.doc[at.i - 1]
    if noun.pos_ == "ADV" and noun.head == at.head and at.head.pos_ in ("NOUN", "PROPN"):
        noun = at.head  # 'with the national average for a gallon of diesel now at $3.17'
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    just_before = noun.right_edge.i == at.i - 1 or at.head == noun
    ranked_in = noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.tag_ == "JJS"  # 'remained the highest in the country at $3.32':
    # where the thing ranks, not the thing
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and just_before and not ranked_in else None


def listed_move(span: Span) -> Span | None:
    """The item of a list of moves a figure belongs to, read on the words where the parse runs the items together:
    'with decorative paints up 9 percent and industrial coatings up 3 percent' -> 'decorative paints' for 9 percent,
    'industrial coatings' for 3 percent. The item is the nouns and adjectives just before the figure's 'up' or 'down',
    back to 'with' or 'while', or to the 'and' or comma after the figure before. None when a verb or anything else
    stands there ('Sales were up 5%')."""
    doc = span.doc
    move = _hedged_start(span) - 1
    participle = move >= 2 and doc[move].tag_ == "VBG" and doc[move].lemma_.lower() in CHANGE_WORDS  # ', rising 7.6 percent'
    if participle:
        move -= doc[move - 1].lower_ in ("both", "each")  # 'food and housing, both rising 2.6 percent'
        if doc[move - 1].text != ",":
            return None
        move -= 1  # the item ends at its comma
    if move < 1 or (not participle and doc[move].lower_ not in ("up", "down")):
        return None
    start = move
    while start > 0 and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[start - 1].lower_ in ("and", "the") or (
            participle and doc[start - 1].lower_ in ("for", "of", "on"))):  # 'expenditures for personal insurance
        if doc[start - 1].lower_ == "and" and (start < 2 or doc[start - 2].ent_type_ in ("PERCENT", "MONEY") or doc[start - 2]._.is_num):
            break  # the 'and' after the item before, which ends in its own figure
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is None or start == move or not any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:move]):
        return None
    after_figure = before.lower_ in ("and", ",") and start >= 2 and (
        doc[start - 2].ent_type_ in ("PERCENT", "MONEY") or doc[start - 2]._.is_num)  # '... up 9 percent and | industrial'
    if before.lower_ not in LIST_OPENERS and not after_figure and not (participle and before.lower_ == "by"):
        return None  # ('This was followed by expenditures for ..., rising 7.6 percent')
    start += doc[start].lower_ == "and"  # ', and entertainment, rising 2.5 percent'
    return doc[start:move] if start < move else None


def _hedged_start(span: Span) -> int:
    """Where a figure starts with the hedge the parse hangs on it: 'by more than 50 percent' -> at 'more'."""
    doc, start = span.doc, span.start
    while start > 0 and doc[start - 1].dep_ in ("amod", "quantmod", "advmod") and doc[start - 1].head.i in range(span.start, span.end):
        start -= 1
    return start


def changed_by(span: Span) -> Token | None:
    """The verb of change a figure gives the size of with 'by', read on the words: 'Rail freight increased by 1.5
    percent', or with 'by' and a noun the figure is set beside: 'grew by the largest percentage of any mode, 6.0
    percent' -> increased, grew. None for any other figure."""
    doc = span.doc
    start = _hedged_start(span)
    if start >= 2 and doc[start - 1].lower_ == "by":
        verb = doc[start - 2]
    elif span.root.dep_ == "appos" and span.root.head.head.lower_ == "by" and span.root.head.lemma_.lower() in (
            "percentage", "percent", "amount", "margin", "rate"):
        verb = span.root.head.head.head
    else:
        return None
    verbal = verb.pos_ in ("VERB", "AUX") or (verb.pos_ == "NOUN" and verb.tag_ == "NNS" and verb.dep_ in ("ROOT", "advcl", "conj", "ccomp")
                                             and verb.i > verb.sent.start and doc[verb.i - 1].pos_ in ("NOUN", "PROPN"))
    return verb if verbal and verb.lemma_.lower() in CHANGE_WORDS else None  # (a verb read as a plural noun: 'while
    # international trade plunges by more than 50 percent')


def subject_before(verb: Token) -> Span | None:
    """The noun phrase written just before a verb, back to an 'and', a comma or the sentence's start, for a clause the
    parse has broken: 'Rail freight increased by 1.5 percent and truck freight increased by 0.9 percent' -> 'Rail
    freight' and 'truck freight' (where the parse makes 'truck' a conjunct of the first figure). None when the word
    before the verb is no noun."""
    doc = verb.doc
    start = verb.i
    while start > verb.sent.start and doc[start - 1].is_alpha and doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") and (
            doc[start - 1].lower_ not in ("and", "or")):
        start -= 1
    if start == verb.i or doc[verb.i - 1].pos_ not in ("NOUN", "PROPN"):
        return None
    start = hyphened_start(doc, start)  # 'Like-for-like bar revenue dropped ...'
    boundary = start == verb.sent.start or doc[start - 1].lower_ in ("and", ",", "while", "whereas", "but")
    return doc[start:verb.i] if boundary else None


def changed_subject(span: Span) -> Span | None:
    """What a figure of change measures where the parse has lost its clause: the subject written before the verb of
    change ('... and truck freight increased by 0.9 percent' -> 'truck freight'), or the verb's own subject for a
    figure set beside a noun ('the value of commodities moving by air grew by the largest percentage of any mode,
    6.0 percent' -> that value). None where the parse holds: the figure hangs on 'by', which hangs on the verb."""
    verb = changed_by(span)
    if verb is None:
        return None
    if span.root.dep_ == "appos":
        subject = clause_subject(verb)
        return subject_phrase(subject) if subject is not None and subject.pos_ != "PRON" else None
    by = span.doc[_hedged_start(span) - 1]
    if span.root.head.i == by.i and by.head.i == verb.i and any(
            c.dep_ in SUBJECT_DEPS and c.right_edge.i == verb.i - 1 for c in verb.children):
        return None
    return subject_before(verb)


def represented_change(span: Span) -> Token | None:
    """The verb of representing whose object is the change a figure sizes: 'these landings represent an increase of
    $388 million' -> represent; '..., representing a gain of about $8 billion' -> representing. None otherwise."""
    noun = span.root.head
    if noun.lower_ == "of" and noun.head.i < span.start:
        noun = noun.head
    elif span.root.dep_ not in ("nummod", "compound", "amod", "quantmod") or span.end > noun.i:
        return None  # (the size of the change: 'a 6 percent increase', 'an increase of 6 percent', nothing joined to it)
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANGE_WORDS or noun.dep_ != "dobj":
        return None
    verb = noun.head
    return verb if verb.lemma_.lower() in ("represent", "mark", "constitute") else None


def valued_aside(span: Span) -> Token | None:
    """The verb of the clause a participle of value opens, where the figure is that value: 'Valued at $5.5 billion,
    these landings represent ...' -> represent (whose subject the sum measures). None otherwise."""
    at = span.root.head
    participle = at.head if at.lower_ == "at" else None
    if participle is None or participle.lower_ not in ("valued", "priced", "estimated", "put") or participle.dep_ != "advcl":
        return None
    return participle.head if participle.i < participle.head.i else None


def listed_item(out: Span) -> str | None:
    """What a figure measures when it is one item of a list set apart by semicolons, each item naming its own thing:
    'The largest increases were: trucks and autos, up 15.8 percent; seeds and plants, up 7.5 percent; and feed, down
    4.9 percent' -> 'trucks and autos', ...; 'spent $11,439 on feed; $7,916 on rent; and $8,694 on labor' -> 'rent', ...
    Read on the words between the semicolons (or the colon that opens the list), since the parse hangs such lists
    anywhere; None when the figure's item is no such item."""
    doc = out.doc
    sent = out.sent
    opened = next((i for i in range(out.start - 1, sent.start - 1, -1) if doc[i].text in (";", ":")), None)
    closed = next((i for i in range(out.end, sent.end) if doc[i].text in (";", ".")), sent.end)
    if opened is None or (doc[opened].text == ":" and not any(doc[i].text == ";" for i in range(out.end, sent.end))):
        return None  # no list: a semicolon after the figure, or before it, sets one apart
    words = list(doc[opened + 1:out.start])
    if words and words[0].lower_ in ("and", "or"):
        words = words[1:]
    after = list(doc[out.end:closed])
    if (len(words) >= 3 and words[-2].lower_ in ("up", "down") and words[-3].text == "," and words[-1].lower_ == "by") or (
            len(words) >= 2 and words[-1].lower_ in ("up", "down") and words[-2].text == ","):
        named = words[:next(i for i in range(len(words) - 1, -1, -1) if words[i].text == ",")]  # 'trucks and autos, up'
        return as_written(doc[named[0].i:named[-1].i + 1]) if _plain_item(named) and not after else None
    if doc[opened].text == ";" and not words and len(after) >= 2 and after[0].lower_ in ("on", "for") and _plain_item(after[1:]):
        return as_written(doc[after[1].i:after[-1].i + 1])  # '; $7,916 on rent;'
    return None


def _plain_item(words: list[Token]) -> bool:
    """Whether words name a thing and no more: one to eight words, no clause with a subject of its own (a verb the
    parse reads in 'self propelled farm machinery' names a thing still), no figure."""
    inside = {t.i for t in words}

    def clause(t: Token) -> bool:  # a verb with its own subject, unless it describes the noun after it
        attributive = t.i + 1 in inside and t.doc[t.i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
        return not attributive and any(c.dep_ in ("nsubj", "nsubjpass") and c.i in inside for c in t.children)
    return 1 <= len(words) <= 8 and not any(
        t.pos_ == "AUX" or t._.is_num or (t.is_punct and t.text != "-") or clause(t) for t in words)


def followed_in_list(span: Span) -> Token | None:
    """The verb 'followed' of a ranking a figure is an item of, each item a noun 'at' its share: 'trucks carried 60.8
    percent of the freight, followed by rail at 15.1 percent, vessels at 8.6 percent and air at 3.9 percent', or 'Trucks
    were followed by rail at 15.1 percent, ...' -> followed (for any of the three). Read on the words, since the parse
    hangs such lists anywhere; an item is one to four words, and items are set apart by commas or 'and'."""
    doc = span.doc
    i = span.start - 1
    while i >= 1 and doc[i].lower_ == "at":
        words = 0
        i -= 1
        while i >= 0 and words < 4 and doc[i].is_alpha and doc[i].lower_ not in ("by", "and", "at"):
            i, words = i - 1, words + 1
        if not words or i < 1:
            return None
        if doc[i].lower_ == "by" and doc[i - 1].lower_ == "followed":
            return doc[i - 1]
        if doc[i].lower_ == "and":
            i -= 1
        if i >= 0 and doc[i].text == ",":
            i -= 1
        if i < 0 or not (doc[i].lower_ in ("percent", "%") or doc[i].ent_type_ == "PERCENT"):
            return None
        while i >= 0 and doc[i].ent_type_ == "PERCENT":  # back over the item before's own share
            i -= 1
    return None


def noun_moved(span: Span) -> Token | None:
    """The noun that 'up' or 'down' just before a figure says moved, when it is the subject of that word or joined to
    one, as a list of moves after 'with' writes it: 'with the fuel oil index up 37.3 percent and the electricity index
    up 1.5 percent, but the index for natural gas down 0.8 percent' -> each index. Not a time a market moved over
    ('closed the week up 4%'), nor a verb's object ('sending its shares up 31%', which `moved_object` reads)."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ not in ("up", "down"):
        return None
    noun = doc[span.start - 2]
    if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ in ("with", "on"):
        return noun if noun.lemma_.lower() not in TIME_UNITS else None  # 'with clothing sales up 4.2 percent', 'fell 23
        # percent to 198 million crowns, on sales up 2 percent at 3.6 billion crowns'
    while noun.dep_ in ("pobj", "dobj", "pcomp", "prep") and noun.head.pos_ in ("NOUN", "PROPN", "ADP"):
        noun = noun.head  # 'the index for natural gas down 0.8 percent', 'the index for building materials down'
        if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ == "pobj" and noun.head.lower_ == "with":
            return noun  # 'with the food at home index up 2.1 percent', parsed as 'the food' + 'at home index'
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("nsubj", "conj") or noun.lemma_.lower() in TIME_UNITS:
        return None
    return noun


def relied_for(span: Span) -> Token | None:
    """The thing a percentage of dependence is given for: '100 percent dependent on foreign sources for 20 of the 90
    mineral commodities', '100 percent net import reliant for 18 of those' (those: the things last counted before),
    '90% dependent on one supplier for cobalt' -> commodities, commodities, cobalt. None when the figure is no degree of
    an adjective of dependence, or names nothing it is given for."""
    adj = span.root.head
    while (adj.pos_ in ("ADJ", "NOUN") and adj.lower_ not in RELIANCE_WORDS and adj.head.pos_ in ("ADJ", "NOUN")
           and adj.head.i > adj.i and adj.dep_ in ("amod", "compound", "npadvmod")):
        adj = adj.head  # '100 percent net import reliant', '100 percent import reliant' (the parse: 'percent import')
    if adj.lower_ not in RELIANCE_WORDS or span.root.dep_ not in ("npadvmod", "advmod", "nummod", "compound"):
        return None
    held = [*adj.subtree, *(adj.head.children if adj.dep_ == "acomp" else ())]  # or on the verb: 'was ... reliant for 17'
    given = next((p for c in held if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"),
                 None)  # on the adjective, or on what it depends on ('dependent on imports for 12 of the 30 metals')
    if given is not None and given._.is_num:  # 'for 20 of the 90 mineral commodities', 'for 18 of those'
        given = next((p for c in given.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children), None)
    if given is not None and given.pos_ == "PRON":
        given = counted_before(given)  # 'for 48 nonfuel mineral commodities, ... 18 of those'
    return given if given is not None and given.pos_ in ("NOUN", "PROPN") else None


def counted_before(token: Token) -> Token | None:
    """The plural noun a number counted last before `token` in its sentence, which 'those' or 'them' after a number
    points back to: '... for 46 nonfuel mineral commodities, and the U.S. was 100 percent net import reliant for 17 of
    those' -> commodities. None when nothing was counted."""
    return next((t for t in reversed(token.doc[token.sent.start:token.i]) if t.tag_ in ("NNS", "NNPS")
                 and any(c._.is_num for c in t.children)), None)


def partitive_count(span: Span) -> Token | None:
    """The noun a bare number followed by 'of those' (or 'these', 'them') counts: what was counted before it in the
    sentence ('... 46 nonfuel mineral commodities, and ... for 17 of those' -> commodities). None for other figures."""
    doc = span.doc
    if span.label_ != "count" or not all(t._.is_num for t in span) or span.end + 1 >= len(doc):
        return None
    if doc[span.end].lower_ != "of" or doc[span.end + 1].lower_ not in PARTITIVE_PRONOUNS:
        return None
    return counted_before(span[0])


def _number_of_whole(doc: Doc, of: int) -> int | None:
    """Where the number of a whole starts after the 'of' at `of`, past a possessive or 'the' and an owner named with
    's: 'of its 4,800 jobs', 'of the 10 cities', "of the UK's 680 clubs" -> the number's index; None otherwise."""
    i = of + 1
    if i < len(doc) and doc[i].lower_ in PARTITIVE_DETERMINERS:
        i += 1
    owner = next((k for k in range(i, min(i + 4, len(doc))) if doc[k].text in ("'s", "’s")), None)
    if owner is not None and owner > i and all(doc[k].pos_ in ("PROPN", "NOUN") for k in range(i, owner)):
        i = owner + 1  # "the UK's", "Britain's"
    return i if of + 1 < i < len(doc) and doc[i]._.is_num else None


def whole_after_of(span: Span) -> Token | None:
    """The plural noun of the whole a bare number is part of: '350 of its 4,800 jobs' -> jobs, '9 of the 10 cities' ->
    cities, "100 of the UK's 680 clubs" -> clubs. None when no number and plural noun follow 'of' and a possessive or
    'the'."""
    doc = span.doc
    if not all(t._.is_num for t in span) or span.end + 3 >= len(doc) or doc[span.end].lower_ != "of":
        return None  # (only a bare number: a count, whatever the caller's label)
    number = _number_of_whole(doc, span.end)
    if number is None:
        return None
    return next((t for t in doc[number + 1:number + 4] if t.tag_ in ("NNS", "NNPS")), None)


def part_before_of(span: Span) -> bool:
    """Whether a count is the whole a number before it is part of: '4,800 jobs' in 'cut 350 of its 4,800 jobs', which a
    possessive before it would otherwise mark as only naming the jobs again."""
    doc = span.doc
    return any(doc[of].lower_ == "of" and of and doc[of - 1]._.is_num and _number_of_whole(doc, of) == span.start
               for of in range(max(1, span.start - 6), span.start - 1))


def fronted_whole(span: Span) -> bool:
    """Whether a count opens its sentence as the whole a part after it is of: 'Of the 2.9 million people who applied,
    2.1 million (70.1 percent) were ...', where 'the' before it would otherwise mark it as only naming them again."""
    doc = span.doc
    start = span.start - 2
    if start < 0 or doc[start].lower_ != "of" or doc[start + 1].lower_ != "the" or start != doc[start].sent.start:
        return False
    comma = next((t.i for t in doc[span.end:doc[start].sent.end] if t.text == ","), None)
    return comma is not None and comma + 1 < len(doc) and doc[comma + 1]._.is_num


def _named_kind(noun: Token) -> Span:
    """A noun with the words that make it a kind, without articles or numbers: 'the 90 mineral commodities that USGS
    tracks' -> 'mineral commodities'."""
    start = noun.i
    while start > 0 and noun.doc[start - 1].dep_ in ("compound", "amod") and noun.doc[start - 1].head.i >= start and (
            not noun.doc[start - 1]._.is_num):
        start -= 1
    return noun.doc[start:noun.i + 1]


def stands_for(span: Span) -> Token:
    """The token whose place a figure takes in the parse: its root, or the statistic it is 'an average of' ('cut
    weight by an average of 18%' -> average), so that what holds for the statistic holds for the figure; not 'the
    legal maximum of 10%', where the figure is the limit itself."""
    of = span.root.head
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in of.head.children)  # 'below the legal maximum of 10%'
    if (of.lower_ == "of" and of.head.lemma_.lower() in ("average", "total", "median", "maximum", "minimum", "peak", "sum")
            and of.head.i < span.start and not definite):
        return of.head
    return span.root


def _written_before(noun: Token, span: Span) -> str:
    """The words of `noun`'s phrase that stand before the figure `span` inside it, as written and without the figure
    or its hedge: 'a lower' in 'a lower 15% tariff on most of its goods'; '' in '350 new jobs'."""
    doc = noun.doc
    figure = {t.i for t in span.root.subtree} | set(range(span.start, span.end))
    before = [t for t in doc[noun.left_edge.i:span.start] if t.i not in figure and not t.is_punct
              and t.dep_ != "predet"]  # 'twice its 2% target' -> 'its target'
    return "".join(as_written(doc[t.i:t.i + 1]) + t.whitespace_ for t in before)


def _with_article(before: str, after: str) -> str:
    """Words before a figure joined to those after it, the article made to fit the sound of the word that now follows
    it: 'a' + 'additional tariff' -> 'an additional tariff' (of 'a 15% additional tariff'), 'an' + 'rise' -> 'a rise',
    'a' + 'U.S. tariff' stays 'a U.S. tariff'."""
    vowel = bool(re.match(r"[aeio]|u(?!ni|s[aeiou]|tili)|hour|honest|heir", after, flags=re.I)) and not re.match(
        r"U\.|U[KS]\b|eu|one\b|once\b", after, flags=re.I)  # not 'a unique', 'a user', 'a utility', 'a U.S. tariff', 'a
    # European tariff', 'a one-off charge'; but 'an hourly rate'
    if re.search(r"(?:^|\s)an? $", before, flags=re.I):
        article = before.rstrip().split()[-1]
        fitting = ("an" if vowel else "a") if article.islower() else ("An" if vowel else "A")
        before = before[:len(before) - len(article) - 1] + fitting + " "
    return before + after


def _described_count_end(span: Span) -> int:
    """Where what a count counts ends: after the phrase of an '-ing' participle set straight after its noun, which says
    which of them ('312 million layers producing table or market type eggs'); else at the noun (not '20 aircraft
    grounded until 2026', what befell them)."""
    doc = span.doc
    participle = doc[span.end] if span.end < len(doc) else None
    if (participle is None or participle.dep_ != "acl" or participle.tag_ != "VBG"
            or (participle.head.i != span.end - 1 and participle.head not in doc[span.end - 1].ancestors)  # (or on the
            # statistic the count is 'an average of': 'an average of 16.7 strikes beginning in the year')
            or not any(c.dep_ in ("dobj", "prep", "agent") for c in participle.children)):
        return span.end
    end = participle.right_edge.i + 1
    while end > participle.i + 1 and doc[end - 1].is_punct:
        end -= 1
    return end if not any(t._.is_num and not a_year(t) for t in doc[participle.i:end]) else span.end


def _reports_on(thing: Token, clause: Token) -> bool:
    """Whether the object of a verb of saying or expecting is what the clause after it is about: 'output' of 'expects
    output to rise 6%' and of 'expects output in 2027 to rise 6%' (a 'to' clause the parse hangs on the verb as an
    aside), 'revenue' of 'said revenue ... rose'."""
    to_clause = clause.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children)
    return thing.i < clause.i and (clause.dep_ in ("ccomp", "xcomp") or to_clause)


def _reported_thing(thing: Token, verb: Token, clause: Token) -> Span:
    """What a reported or expected clause is about, when the parse makes it the object of the verb of saying or
    expecting ('said revenue ... rose', 'expects output ... to rise'): its phrase, read on over a phrase the parse
    hangs on that verb between it and the clause's own verb ('said revenue in the year to March rose 14%' -> 'revenue
    in the year to March', as 'Revenue in the year to March rose 14%' is read)."""
    found = phrase(thing)
    doc = thing.doc
    prep = doc[found.end] if found.end < len(doc) else None
    if (prep is not None and prep.dep_ == "prep" and prep.head.i == verb.i and prep.right_edge.i + 1 == clause.left_edge.i
            and not any(t.is_punct for t in prep.subtree)):
        return doc[found.start:prep.right_edge.i + 1]
    return found


def _with_phrase_after(found: Span, verb: Token, stop: int | None = None) -> Span:
    """`found` read on over a 'for', 'on', 'of', 'in' or 'at' phrase right after it that the parse hangs on the verb
    instead: 'lowered its forecast for the soy crop to 46 million tonnes' -> 'its forecast for the soy crop', 'cut
    output at the plant by a quarter' -> 'output at the plant', 'put total output for the season at 580,000 tonnes'
    -> 'total output for the season' (the period it is measured over). A time or a place there belongs to the verb
    ('cut prices in May by 5%'), and it ends before `stop`, where the figure's own phrase starts ('revised the forecast
    for FY 2017 exports to $58 billion')."""
    doc = found.doc
    found = doc[found.start:_date_run_end(doc, found.end, len(doc))]  # 'said profits for the year to January had slumped'
    prep = doc[found.end] if found.end < len(doc) else None
    if prep is None or prep.head.i != verb.i or prep.dep_ != "prep" or prep.lower_ not in ("for", "on", "of", "in", "at"):
        return found
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    times = ("TIME",) if prep.lower_ == "for" else ("DATE", "TIME")  # 'for the season' is the period it is measured over
    end = min(prep.right_edge.i + 1, stop if stop is not None and stop > prep.i else len(doc))
    if not objects or any(t.ent_type_ in (*times, "GPE", "LOC") or (t._.is_num and t.ent_type_ != "DATE")
                          for t in objects[0].subtree if t.i < end):  # ('for FY 2017' is the period, no other figure)
        return found
    return doc[found.start:end]


def moved_object(particle: Token) -> Token | None:
    """The object that 'up' or 'down' says a verb moved, written between them: 'sending its shares down 12%' ->
    shares; None for 'revenue of 4.2 billion crowns, up 31%', where 'up' follows a comma or a figure."""
    verb, doc = particle.head, particle.doc
    if particle.lower_ not in ("up", "down") or verb.pos_ != "VERB" or doc[particle.i - 1].text == ",":
        return None
    return next((c for c in verb.children  # (a year may date it: 'sees 1997 profit down 15 pct')
                 if c.dep_ == "dobj" and c.i < particle.i and not any(t._.is_num and not a_year(t) for t in c.subtree)), None)


def bracketed_after(span: Span) -> Token | None:
    """The noun a figure stands in brackets after, as lists of items write them: 'apparel (4.4 percent)' -> apparel;
    None when it is no such figure, or when the brackets convert a sum ('C$8.5 billion ($6.2 billion)')."""
    doc, head = span.doc, span.root.head
    if not (span.start and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"):
        return None
    listed = head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and head.dep_ == "conj")  # '... and solar (20%)'
    if span.root.dep_ != "appos" or not listed or head.i > span.start or head.ent_type_ in ("MONEY", "QUANTITY", "PERCENT"):
        return None
    return head


def share_holder(span: Span) -> Token | None:
    """The subject that holds a share a figure in brackets sizes: 'housing accounted for the largest share (33.3
    percent)' -> housing (the share is the subject's, not a thing of its own). None otherwise."""
    share = bracketed_after(span)
    if share is None or share.lemma_.lower() not in SHARE_NOUNS:
        return None
    verb = share.head.head if share.dep_ == "pobj" and share.head.lower_ == "for" else share.head if share.dep_ == "dobj" else None
    if verb is None or verb.pos_ != "VERB" or verb.lemma_.lower() not in SHARE_VERBS:
        return None
    subject = clause_subject(verb)
    return subject if subject is not None and subject.pos_ != "PRON" else None


def item_before_brackets(span: Span) -> Span | None:
    """The item of a list a figure alone in brackets follows, read on the words back to the comma, 'by' or 'and'
    before it, where the parse hangs the figure on another item: '..., food (12.8 percent), personal insurance and
    pensions (12.0 percent), and healthcare (8.0 percent)' -> 'personal insurance and pensions'. None when the words
    before the brackets are no list item of nouns."""
    doc = span.doc
    if bracketed_after(span) is None or span.start < 3:
        return None
    end = span.start - 1  # the '('
    start = end
    while start > 0 and (doc[start - 1].pos_ in ("NOUN", "PROPN", "ADJ") or doc[start - 1].lower_ == "and") and doc[start - 1].text != ")":
        start -= 1
    before = doc[start - 1] if start else None
    while start < end and doc[start].lower_ == "and":
        start += 1
    if before is None or start == end or (before.text != "," and before.lower_ not in ("by", "and")):
        return None
    opened = next((t for t in reversed(doc[span.sent.start:start]) if t.text == ")"), None)  # a list of bracketed items
    return doc[start:end] if opened is not None and any(t.pos_ in ("NOUN", "PROPN") for t in doc[start:end]) else None


def change_was_in(span: Span) -> Span | None:
    """What a change the subject names was in, for a figure in brackets after it: 'The next largest increase was in
    food (+12.7 percent)' -> food (the parse hangs the figure on the verb). None for any other figure."""
    doc = span.doc
    if not (span.start >= 3 and doc[span.start - 1].text == "(" and span.end < len(doc) and doc[span.end].text == ")"):
        return None
    noun = doc[span.start - 2]
    while noun.dep_ == "conj" and noun.head.i < noun.i:
        noun = noun.head  # 'was in apparel and services (-3.1 percent)'
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ != "pobj" or noun.head.lower_ != "in":
        return None
    verb = noun.head.head
    subject = clause_subject(verb) if verb.pos_ in ("AUX", "VERB") and verb.lemma_ == "be" else None
    if subject is None or subject.lower_ not in CHANGE_NOUN_FORMS:
        return None
    return doc[noun.left_edge.i:span.start - 1]


def place_before_brackets(span: Span) -> Span | None:
    """The place a figure alone in brackets follows, as releases list places: 'Alaska (+0.9 percent)' -> Alaska;
    with 'each', the whole list of places before it: 'Indiana, Vermont, and Virginia (-0.2 percent each)'."""
    doc = span.doc
    close = span.end + (span.end < len(doc) and doc[span.end].lower_ == "each")
    if not (span.start >= 2 and doc[span.start - 1].text == "(" and close < len(doc) and doc[close].text == ")"):
        return None
    last = doc[span.start - 2]
    if last.ent_type_ not in PLACE_LABELS or (last.i + 1 < len(doc) and doc[last.i + 1].ent_iob_ == "I"):
        return None
    place = next(e for e in doc.ents if e.start <= last.i < e.end)
    if close == span.end:
        return place
    first = place
    while first.start >= 2 and doc[first.start - 1].lower_ in (",", "and") and (
            before := next((e for e in doc.ents if e.end in (first.start - 1, first.start - 2) and e.label_ in PLACE_LABELS), None)):
        if before.end == first.start - 2 and doc[first.start - 2].text != ",":
            break
        first = before
    return doc[first.start:place.end]


def level_reached(noun: Token) -> Token | None:
    """The subject that reached the level a noun of level names, when the noun says of nothing else what it is:
    'The deficit hit an all-time high of $90bn', 'Brent rose from an average price of $43.64', 'Housing starts were
    at an annual rate of 1,353,000', 'Spending was estimated at an annual rate of $787.2 billion' -> deficit, Brent,
    housing starts, spending.
    None for 'the price of oil', 'a record for exports', or a noun no verb of change or reaching reaches ('bought
    wheat at an average price of $248')."""
    said_of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "on")]
    at_rate = noun.lemma_.lower() == "rate" and noun.dep_ == "pobj" and noun.head.lower_ == "at"  # 'were at a rate of N'
    if (noun.lemma_.lower() not in LEVEL_NOUNS and not at_rate) or len(said_of) > 1:  # 'of $90bn' is the figure
        return None
    verb = noun.head if noun.dep_ in ("dobj", "attr") else noun.head.head if (
        noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from", "at")) else None
    put_at = (verb is not None and noun.dep_ == "pobj" and noun.head.lower_ == "at" and verb.lemma_.lower() in ESTIMATE_VERBS
              and (any(c.dep_ == "nsubjpass" for c in verb.children) or (any(c.dep_ == "auxpass" for c in verb.children)
                                                                          and clause_subject(verb) is not None)))
    # 'spending was estimated at an annual rate of $787bn'; 'inventories, adjusted ..., were estimated at an
    # end-of-month level of $2,042.6 billion', the parse hanging the subject on the participle
    if verb is None or verb.pos_ not in ("VERB", "AUX") or (verb.lemma_.lower() not in CHANGE_WORDS | REACH_VERBS and not put_at):
        return None  # not 'bought wheat at an average price of $248'
    while verb.dep_ == "conj" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children) and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # 'the price averaged $1.59 and reached its lowest ever price of $0.56': the price
    return clause_subject(verb)


def named_share(span: Span) -> bool:
    """Whether a percentage is the size of a 'share' the text names, with no whole of its own: 'compared with an
    average share of 46% for January', 'compared to an average of 97 percent' (a share of the same whole as the
    figure it is compared with)."""
    of = span.root.head
    named = of.head.lemma_.lower()
    compared = of.head.dep_ == "pobj" and of.head.head.lower_ in ("to", "with") and of.head.head.head.lower_ == "compared"
    return (span.root.dep_ == "pobj" and of.lower_ == "of" and (named == "share" or (named == "average" and compared))
            and of.head.i < span.start and not any(c.dep_ == "prep" and c.lower_ == "of" and c.i != of.i
                                                   for c in of.head.children))  # and 'compared to an average of 97
    # percent for the past 10 years', after a share


def within_of(span: Span) -> Token | None:
    """Whether a figure is a gap a thing stays within ('rose to 49.4 GW, within 4% of the summer high'): the subject of
    the clause, which is what is that close; None for any other figure."""
    doc = span.doc
    if not span.start or doc[span.start - 1].lower_ != "within" or span.end >= len(doc) or doc[span.end].lower_ != "of":
        return None
    verb = doc[span.start - 1].head
    for _ in range(4):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    while verb.dep_ == "conj" and clause_subject(verb) is None and verb.head.pos_ in ("VERB", "AUX"):
        verb = verb.head  # 'rose to 49.4 GW ..., and within 4% of the high set in August': what rose
    return clause_subject(verb) if verb.pos_ in ("VERB", "AUX") else None


def base_before(span: Span) -> Span | None:
    """The level a figure gives, named before its 'of' with 'the' or a possessive: 'the previous winter record of
    48.8 GW set on December 23', 'within 4% of the summer hourly high of 51.2 GW' -> 'the previous winter record',
    'the summer hourly high' (for where the parse loses the 'of'); after 'from', a sum named so too ('from the
    after-tax profits of $148.8 billion'). None for any other figure, or for 'a high of'."""
    doc = span.doc
    if span.start < 3 or doc[span.start - 1].lower_ != "of":
        return None
    named = doc[span.start - 2].lemma_.lower()
    if named not in LEVEL_NOUNS - {"price", "value"} and not (named in AMOUNT_NOUNS | {"profit", "loss"} and any(
            t.lower_ == "from" for t in doc[max(0, span.start - 8):span.start - 2])):  # 'down $2.1 billion from the
        return None  # after-tax profits of $148.8 billion': the base a change is measured from
    start = span.start - 2
    while start > max(0, span.start - 8) and (doc[start - 1].pos_ in ("ADJ", "NOUN", "PROPN", "ADV", "NUM", "DET", "PRON")
                                               or doc[start - 1].tag_ == "VBN" or (
            doc[start - 1].text == "-" and not doc[start - 1].whitespace_) or (
            doc[start].text == "-" and not doc[start - 1].whitespace_)) and (  # 'the after-tax profits of'
            doc[start].lower_ not in ("the", "its", "their", "his", "her", "our")):
        start -= 1
    if doc[start].lower_ not in ("the", "its", "their", "his", "her", "our"):
        return None
    return doc[start:span.start - 1]


def _each_of_a_time(token: Token) -> bool:
    """Whether a word is 'each' or 'all' of a time: 'in each of the previous 2 months'."""
    return token.lower_ in ("each", "all", "both", "every") and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in token.children)


def change_set_before(noun: Token) -> Span | None:
    """The subject of the clause a change noun is set before with 'despite', 'after' or 'following', or after with
    'with': 'Despite an increase of 11 cents, at $2.55, the price on the Gulf Coast remained the lowest' -> the price;
    'Trumbull County had the largest gain in wages, with an increase of 22.3 percent' -> Trumbull County. None
    otherwise, or when the noun says what changed ('after an increase of 5% in exports')."""
    prep = noun.head
    verb = prep.head
    if (prep.lower_ == "with" and verb.dep_ in ("dobj", "attr") and prep.i and noun.doc[prep.i - 1].text == ","
            and verb.head.pos_ in ("VERB", "AUX")):
        verb = verb.head  # ('had the largest gain in wages, with an increase of ...': set off after the verb's object)
    sized = any(t.ent_type_ == "PERCENT" for t in noun.subtree)  # 'with a loss of 8.8 percent': a change in percent
    reasons = {t.i for r in noun.children if r.lower_ in ("due", "owing", "thanks", "because") for t in r.subtree}  # 'with
    # an increase of 26.2 percent due to gains in the information supersector': the gains are the reason, not the thing
    if (noun.lemma_.lower() not in CHANGE_WORDS or noun.dep_ != "pobj" or prep.lower_ not in ("despite", "after", "following", "with")
            or (prep.lower_ == "with" and noun.lower_ not in CHANGE_NOUN_FORMS and not (noun.lemma_.lower() == "loss" and sized))
            # ('with losses of $28 million': a sum lost)
            or verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "prep" and c.lower_ == "in" and c.i not in reasons and not all(  # 'in
                p.ent_type_ in ("DATE", "TIME") or _each_of_a_time(p) for p in c.children) for c in noun.subtree)):  # May'
        # only dates it, as does 'in each of the previous 2 months'
        return None
    subject = clause_subject(_reported_clause(verb))
    agent = next((p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if subject is None and agent is not None and verb.tag_ == "VBN" and prep.lower_ == "with":
        return phrase(agent)  # 'led by Texas with a 3.3 percent increase': the one the passive names
    return subject_phrase(subject) if subject is not None else None


def change_sized(span: Span) -> Token | None:
    """The change noun a figure gives the size of: 'a 3.9-percent advance' -> advance, 'declines of 0.4 percent'
    -> declines; None for a figure that sizes no change."""
    root = span.root
    noun = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "of" else root.head
    if root.dep_ in ("amod", "compound", "nummod", "quantmod", "nmod", "pobj") and noun.pos_ == "NOUN" and (
            noun.lemma_.lower() in CHANGE_WORDS):
        return noun
    return None


def compared_with(span: Span) -> bool:
    """Whether a figure sizes a change that another is compared with and that says nothing of what changed but when:
    'the largest monthly advance since a 68.4-percent increase in December 2022', 'The advance in October followed
    declines of 0.4 percent in September'. Such a change is of the same thing as the figure before it."""
    noun = change_sized(span)
    if noun is None:
        return False
    said = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ("in", "of", "for") and span.root.i not in
            {t.i for t in c.subtree}]  # what the change is in or of, when it says so, other than the figure itself
    if any(not all(p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in said):
        return False
    return (noun.dep_ == "pobj" and noun.head.lower_ == "since") or (noun.dep_ == "dobj" and noun.head.lemma_.lower() == "follow")


def _reported_clause(verb: Token) -> Token:
    """The verb of the clause a reporting tag reports, for a phrase the parse hangs on the tag: 'Import prices advanced
    0.4 percent, the bureau reported, following a 0.5-percent increase' -> advanced (the prices followed the increase,
    not the bureau); any other verb as it is."""
    reported = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
    return reported[0] if verb.lemma_.lower() in REPORTING_VERBS and reported else verb


def headline_subject(span: Span) -> tuple[Span, Token] | None:
    """What a figure in a headline that ends with its source measures, and the word of change or reaching before
    it, read off the words, since the model parses such a line poorly: 'IVORY COAST COCOA ARRIVALS UP 8 PCT -
    EXPORTERS' -> ('IVORY COAST COCOA ARRIVALS', UP); after a verb of change and what it changes, that thing: 'TIN
    PRODUCERS AGREE TO CUT EXPORTS 15 PCT - DELEGATES' -> ('EXPORTS', CUT). None for a figure anywhere else, or when
    no such word comes before it."""
    doc = span.doc
    first = next((t.i for t in doc if not t.is_space), 0)
    line = doc[first:span.start]
    if any("\n" in t.text for t in line):  # (stops at the first line's end: a figure further on is in no headline)
        return None
    dash = headline_dash(doc)
    if dash is None and len(line) and _capitals_headline(doc, first):
        topic = next((t.i for t in line if t.text in ("-", "\u2013", "\u2014") and t.whitespace_), None)
        first = topic + 1 if topic is not None else first  # 'BANKING - DRESDNER PROFIT UP 14 PCT .': past the topic
        line = doc[first:span.start]
    elif dash is None or span.end_char > dash or not len(line):
        return None
    moved = doc[span.start - 1]
    if not (moved.lower_ in ("up", "down", "to", "at") or moved.lemma_.lower() in CHANGE_WORDS):
        verb = next((t for t in reversed(line) if t.lemma_.lower() in CHANGE_WORDS), None)  # 'AGREE TO CUT EXPORTS
        if verb is None or not all(t.is_alpha for t in doc[verb.i + 1:span.start]):  # 15 PCT': what is cut
            return None
        return doc[verb.i + 1:span.start], verb
    if moved.i == first or any(not (t.is_alpha or t.lower_ in ("'s", "’s") or re.fullmatch(r"[HQ][1-4]", t.text))
                               for t in doc[first:moved.i]):  # (a possessive and a half or quarter are words of it:
        return None  # "SWEDEN'S NORDVAGN H1 PROFIT UP 31 PCT")
    seen = next((t.i for t in reversed(doc[first:moved.i]) if t.lower_ in ("sees", "expects", "forecasts", "says")), None)
    first = seen + 1 if seen is not None else first  # "BRAZIL'S CVRD SEES IRON ORE EXPORTS UP 5 PCT": what is seen
    end = moved.i - (doc[moved.i - 1].lower_ in ("seen", "expected", "forecast"))  # 'SUGAR OUTPUT SEEN UP 12 PCT'
    if moved.lower_ in ("to", "at") and end - 1 > first and doc[end - 1].lemma_.lower() in CHANGE_WORDS:
        end -= 1  # 'BRAZIL TRADE SURPLUS NARROWS TO 1.2 BILLION DLRS': the verb is no part of what narrowed
    return (doc[first:end], moved) if end > first else None


def title_line_subject(span: Span) -> tuple[Span, Token] | None:
    """What a figure in a title-case line of its own measures (a headline or a section's heading, which the model
    parses poorly), read off the words before the word of change or reaching: 'U.S. House Prices Up 1.3 Percent' ->
    ('U.S. House Prices', Up); 'Full-Year 2016 Earnings Rise to $171.3 Billion' -> ('Full-Year 2016 Earnings', to).
    None for a figure in a sentence, or when no such word stands straight before it."""
    doc = span.doc
    start = next((t.i + 1 for t in reversed(doc[:span.start]) if "\n" in t.text_with_ws), 0)
    end = next((t.i + 1 for t in doc[span.end:] if "\n" in t.text_with_ws), len(doc))
    line = doc[start:end]
    words = [t for t in line if t.is_alpha and len(t) > 3 and t.pos_ not in ("ADP", "CCONJ", "DET", "PART", "SCONJ")]
    if len(words) < 2 or not all(t.text[:1].isupper() for t in words) or line[-1].text in (".", "!", "?", ":"):
        return None  # (a title keeps its small words in lower case: 'Corn Planted Acreage Down 4 Percent from 2000')
    moved = doc[span.start - 1] if span.start > start else None
    if span.end < end and doc[span.end].lower_ in ("higher", "lower") and not (moved is not None and moved.lower_ in (
            "up", "down")):  # 'Regional Prices 0.1 Percent Higher Over the Month; 4.0 Percent Higher Over the Year':
        stop = next(t.i for t in line if t._.is_num)  # what the line's figures are of, before the first, and before
        while stop > start and doc[stop - 1].lower_ in ("is", "are", "was", "were", "be", "been"):  # a verb: 'Quarterly
            stop -= 1  # Net Income Is 7.7 Percent Higher Than a Year Earlier'
        return (doc[start:stop], doc[span.end]) if stop > start and all(t.is_alpha for t in doc[start:stop]) else None
    if moved is None or not (moved.lower_ in ("up", "down", "to", "at") or moved.lemma_.lower() in CHANGE_WORDS):
        return None
    stop = moved.i
    if moved.lower_ in ("to", "at") and stop - 1 > start and doc[stop - 1].lemma_.lower() in CHANGE_WORDS:
        stop -= 1  # 'Earnings Rise to $171.3 Billion': the verb is no part of what rose
    subject = doc[start:stop]
    if not len(subject) or any(t.is_punct and t.text not in ("-", ".") for t in subject) or any(t.ent_type_ in (
            "PERCENT", "MONEY") for t in subject):
        return None
    return subject, moved


def _capitals_headline(doc: Doc, first: int) -> bool:
    """Whether the line at `first` is a headline written in capitals on a line of its own (the model reads it
    recased, so the words are checked as written)."""
    end = next((t.i for t in doc[first:] if "\n" in t.text_with_ws), len(doc))
    words = [w for w in as_written(doc[first:end]).split() if w.isalpha()]
    return end < len(doc) and len(words) >= 2 and all(w.isupper() for w in words)


def paced_change(span: Span) -> Token | None:
    """The verb of change whose pace a figure gives when it sizes a rate after 'at': 'The index has risen at a
    2.8-percent average annual rate', 'Output grew at a 4% pace', 'GDP increased at an annual rate of 2.8 percent' ->
    risen, grew, increased. None for other figures ('a 5% interest rate', 'lent at a 5% rate')."""
    noun = stands_for(span).head
    of_rate = noun.lower_ == "of" and noun.head.lemma_.lower() in ("rate", "pace") and noun.head.i < span.start
    noun = noun.head if of_rate else noun  # 'increased at an annual rate of 2.8 percent'
    bracketed = stands_for(span).dep_ == "appos" and span.start and span.doc[span.start - 1].text == "("  # 'increased at
    # a slower rate (43.5 percent)'
    if noun.lemma_.lower() not in ("rate", "pace") or noun.dep_ != "pobj" or noun.head.lower_ != "at" or (
            noun.i < span.end and not of_rate and not bracketed):
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_WORDS else None


def change_in(noun: Token) -> Span | None:
    """What a change noun sized by 'of' says changed after 'in': 'offsetting an increase of 10% in cash expenses' ->
    cash expenses. None when nothing follows but a time or a place ('a rise of 5% in May', 'in Texas')."""
    if noun.lemma_.lower() not in CHANGE_WORDS:
        return None
    sized = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
             and noun.tag_ == "NN"]  # ('of 0.4 percent in the index', where the parse hangs 'in' on the size; 'increases
    # of 3.7 percent in output and 1.7 percent in hours', one noun for two sizes, stays whole: 'increases in output')
    changed = next((p for holder in (noun, *sized) for c in holder.children if c.dep_ == "prep" and c.lower_ == "in"
                    for p in c.children
                    if p.dep_ == "pobj" and (p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC") or _a_thing_named_by_time(p))
                    and not p._.is_num and p.pos_ in ("NOUN", "PROPN")), None)
    return phrase(changed) if changed is not None else None


def change_had(noun: Token) -> Span | None:
    """What had the change or the value a noun before 'of' and a figure names, when a verb of having holds the noun:
    the thing after 'in' ('The company saw an increase of 12% in sales' -> sales), else the verb's subject
    ('Metallurgical coal had a more moderate decline of 10%' -> Metallurgical coal), or the noun a participle of
    having describes ('American production of minerals - having an estimated value of more than $86 billion').
    None for other nouns and verbs ('bought a stake of 10%')."""
    valued = noun.lemma_.lower() == "value"
    if noun.dep_ != "dobj" or not (noun.lemma_.lower() in CHANGE_WORDS or valued):
        return None
    verb = noun.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in (HAVE_VERBS if not valued else {"have"}):
        return None
    changed = [p for c in (*noun.children, *verb.children) if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
               if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")]
    if changed and not valued:
        return phrase(changed[0])
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return phrase(verb.head, cut=_CUT | {"acl"})
    subject = clause_subject(verb)
    return subject_phrase(subject) if subject is not None else None


def _set_apart(doc: Doc, start: int) -> bool:
    """Whether the phrase at `start` is set after a clause by a comma or a dash, or by ', or' ('rose 15.6 billion
    miles, or about a 1.1-percent increase')."""
    before = doc[start - 1].text
    return before in (",", "-", "\u2013", "\u2014") or (before.lower() == "or" and start >= 2 and doc[start - 2].text == ",")


def appended_change(span: Span) -> bool:
    """Whether a figure is the size of a bare change noun set after a clause by a comma or a dash, which says in
    nothing what changed: 'exported 46.8 million short tons of coal, an 11% decline', 'rose to $5 billion, a 12%
    gain', 'rose last year to $68 billion - a 2.9 percent increase from that of 2006'."""
    noun = span.root.head
    if noun.lower_ == "of" and noun.head.i < span.start and noun.head.pos_ == "NOUN":  # ', an increase of 0.4 percent'
        noun = noun.head
        if any(c.dep_ == "prep" and c.lower_ == "in" for c in noun.children):
            return False  # ', an increase of 5% in exports' says what changed
        return (noun.dep_ in ("npadvmod", "appos", "conj", "dobj", "attr") and noun.left_edge.i > 0
                and noun.lemma_.lower() in CHANGE_WORDS - GAP_NOUNS  # not ', a premium of 47%', a thing of its own
                and _set_apart(span.doc, noun.left_edge.i))
    hedged = noun.dep_ == "pobj" and noun.head.lower_ in ("about", "around") and noun.head.i == noun.left_edge.i - 1
    lead = noun.head if hedged else noun  # ', or about a 1.1-percent increase', the hedge parsed as a preposition
    return (noun.i >= span.end and noun.pos_ == "NOUN" and noun.lemma_.lower() in CHANGE_WORDS
            and lead.dep_ in ("npadvmod", "appos", "conj", "dobj", "attr") + (("prep",) if hedged else ()) and lead.left_edge.i > 0
            and _set_apart(span.doc, lead.left_edge.i)
            and not any(c.dep_ == "prep" and c.lower_ in ("in", "of") and not all(  # 'an increase in exports'
                p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in noun.children))  # not '... in 2017'


def change_of_this(span: Span) -> bool:
    """Whether a figure sizes a change whose subject is 'this' or 'it', which points back to the sentence before, or
    is the level that change started from: 'This was a 5.6 percent increase from ...', 'This is an increase of about
    1.4 percent (from $493 billion)'; or the change an earlier
    one followed, when 'this' change is the subject: 'This December-to-December increase followed an increase of 6.5
    percent over the previous year' (the same thing changed)."""
    noun = span.root.head
    if noun.lower_ in ("of", "from") and noun.head.i < span.start:  # 'an increase of about 1.4 percent'; the level
        noun = noun.head  # it started from: 'This is an increase of about 10 percent from $493 billion in 2005'
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CHANGE_WORDS:
        return False
    first = noun
    while first.dep_ == "conj" and first.head.pos_ == "NOUN":  # 'a 0.2-percent advance in April and a 1.1-percent
        first = first.head  # increase in March': the second change stands where the first does
    followed = first.dep_ == "dobj" and first.head.lemma_ in ("follow", "succeed")
    represents = first.dep_ == "dobj" and first.head.lemma_ in ("represent", "mark")  # 'This represents a net increase
    verb = first.head  # of 103 Bcf'
    if first.dep_ == "pobj" and verb.lower_ in ("after", "following") and verb.head.lemma_ == "be":
        verb, followed = verb.head, True  # 'This is after a 2 percent increase in 2011': the change before it
    if not followed and not represents and (first.dep_ != "attr" or first.head.lemma_ != "be"):
        return False
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    this_change = subject is not None and subject.lemma_.lower() in CHANGE_WORDS and any(  # 'This December-to-December
        c.dep_ == "det" and c.lower_ in ("this", "that") for c in subject.children)  # increase followed an increase of 6.5%'
    return (subject is not None and (subject.lower_ in ("this", "it") or this_change)
            and subject.left_edge.i == subject.sent.start
            and not any(c.dep_ == "prep" and c.lower_ == "in" and not any(  # 'an increase in exports' says what changed;
                p.ent_type_ in ("DATE", "TIME") for p in c.children) for c in noun.children))  # 'in April' only when


def subject_this_moves(span: Span) -> Span | None:
    """The subject of the sentence before, when 'This' or 'It' opens a figure's sentence and the figure moves it: 'The
    inventory of all cattle on July 1 was 9.4 million head. This was up 2 percent from a year earlier' -> 'The inventory
    of all cattle' (what 'this' takes up; not the head counted). None otherwise, or when that subject is a pronoun too."""
    doc = span.doc
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) if verb is not None else None
    moved = verb is not None and (verb.lemma_.lower() in CHANGE_WORDS or (span.start and doc[span.start - 1].lower_ in ("up", "down")))
    if (not moved or subject is None or subject.lower_ not in ("this", "it") or subject.i != subject.sent.start
            or not subject.sent.start):
        return None
    before = doc[subject.sent.start - 1].sent
    said = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    if said is None or said.pos_ not in ("NOUN", "PROPN") or not any(t._.is_num for t in before):
        return None
    return subject_phrase(said)


def gap_after(span: Span) -> Token | None:
    """The word of comparison right after a figure, past a bracketed margin of error and its footnote mark: 'is 3.0
    percent (±10.5 percent)* above the revised May estimate' -> 'above'; None when none follows."""
    doc, i = span.doc, span.end
    if i < len(doc) and doc[i].text == "(":
        closing = next((t.i for t in doc[i:i + 8] if t.text == ")"), None)
        i = closing + 1 if closing is not None else i
    while i < len(doc) and doc[i].text in ("*", "†"):
        i += 1
    return doc[i] if i < len(doc) and doc[i].lower_ in ("above", "below", "ahead", "behind") else None


def gap_of_this(span: Span) -> Token | None:
    """The 'this' or 'it' whose gap to another level a figure sizes, pointing back to what was said before it: 'This
    is 3.4 percent above the revised May rate', '...; this is 2.3 percent below the revised May figure', 'but is 4.4
    percent below the June 2023 rate' (a verb joined to one whose subject is 'this'); None for any other figure."""
    if gap_after(span) is None:
        return None
    verb = span.root.head
    if span.root.dep_ == "npadvmod" and verb.dep_ == "prep":
        verb = verb.head  # 'this is [2.3 percent] below'
    if verb.lemma_ != "be":
        return None
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None and verb.dep_ == "conj":
        subject = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
    return subject if subject is not None and subject.lower_ in ("this", "it") else None


def _changed_by_clause(noun: Token) -> Token | None:
    """The subject of the clause a bare change noun comes after or stands in, where the noun says in nothing what
    changed: 'The price averaged $3.58, representing a 37-cent increase' -> price; 'The number was 97,014, a
    43-percent decrease' -> number. None for 'a 15% drop in net income'."""
    if noun.lemma_.lower() not in CHANGE_WORDS or any(c.dep_ == "prep" and c.lower_ in ("in", "of") and not any(
            p.dep_ == "pobj" and (p.ent_type_ in ("DATE", "TIME") or _each_of_a_time(p)) for p in c.children) for c in noun.children):
        return None  # (a time is not what changed: 'a 49.9-percent drop in February', '... in each of the previous 2 months')
    verb = noun.head
    if noun.dep_ == "dobj" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "xcomp"):
        return clause_subject(verb.head)
    if noun.dep_ == "pobj" and verb.lower_ in ("following", "after") and verb.head.pos_ in ("VERB", "AUX"):
        return clause_subject(_reported_clause(verb.head))  # 'prices fell 0.6 percent following a 0.2-percent decline'
    if (noun.dep_ == "pobj" and verb.lower_ == "since" and verb.head.lemma_.lower() in CHANGE_WORDS
            and verb.head.dep_ in ("npadvmod", "appos", "attr") and verb.head.head.pos_ in ("VERB", "AUX")):
        return clause_subject(verb.head.head)  # 'productivity decreased 0.4 percent, the first decline since a
        # 0.6-percent decrease in 2013': the same thing decreased then
    for _ in range(3):  # 'the number was 97,014, a 43-percent decrease'; 'saw a reduction of 9,716 farms—a 40-percent decrease'
        if noun.dep_ not in ("attr", "appos", "dobj", "npadvmod", "advcl") or noun.head.i == noun.i:  # '..., a 24 percent increase'
            return None
        noun = noun.head
        if noun.pos_ in ("VERB", "AUX"):
            return clause_subject(noun)
    return None


def labelled(span: Span) -> Span | None:
    """The label a fact sheet writes after a figure that opens a line, up to the first comma or the sentence's end:
    '10,000 metric tons: increase in domestic production of X in 2020, which ...' -> 'domestic production of X' (a
    change noun before 'in' or 'of' says how it measures, and a time at the end dates it, unless a participle holds
    it: 'estimated value of minerals produced by U.S. mines in 2020' stays whole). None for any other figure."""
    doc = span.doc
    if span.start and "\n" not in doc[span.start - 1].text_with_ws or span.end + 1 >= len(doc) or doc[span.end].text != ":":
        return None
    end = span.end + 1
    while end < len(doc) and doc[end].text not in (",", ";", ".") and "\n" not in doc[end].text:
        end += 1
    start = span.end + 1
    if end - start > 2 and doc[start].lemma_.lower() in CHANGE_WORDS and doc[start + 1].lower_ in ("in", "of"):
        start += 2
    dated = end - start > 2 and doc[end - 2].lower_ in ("in", "on", "since") and doc[end - 1].ent_type_ in ("DATE", "TIME")
    if dated and not any(t.tag_ == "VBN" for t in doc[start:end - 2]):
        end -= 2
    return doc[start:end] if end > start else None


def _value_noun(span: Span) -> Token | None:
    """The noun 'value' a figure is the value of ('an estimated value of $5 billion in gold'), or None."""
    of = span.root.head
    return of.head if of.lower_ == "of" and span.root.dep_ == "pobj" and of.head.lemma_.lower() == "value" else None


def estimated_value(span: Span) -> bool:
    """Whether a figure is an estimated value: 'Estimated Value of $86.3 Billion in Minerals', 'an estimated value of
    more than $86 billion' (a hedge, as 'an estimated $82.2 billion' is)."""
    noun = _value_noun(span)
    return noun is not None and any(c.lower_ == "estimated" and c.dep_ in ("amod", "compound") for c in noun.children)


def valued_in(span: Span) -> Token | None:
    """What a value is of, when 'in' names it after the figure: 'a value of $5 billion in gold' -> gold (not a time or
    a place: 'in 2019', 'in Texas')."""
    noun = _value_noun(span)
    if noun is None:
        return None
    return next((p for h in (span.root, noun) for c in h.children if c.dep_ == "prep" and c.lower_ == "in"
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                 and p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")), None)


PAYMENT_FORMS = {"cash", "stock", "share", "equity", "bond", "note", "debt", "kind"}  # '$1.9 billion in cash'


def _named_body(token: Token) -> bool:
    """Whether a word is in a name the text gives an organisation or a facility ('BLM Utah')."""
    index = token.doc._.mention_index
    return index is not None and index[token.i] is not None and index[token.i].label_ in ("ORG", "FAC")


def sum_in(span: Span) -> Token | None:
    """What a sum is made of, when 'in' names it on the sum itself: 'the $14.1 billion in U.S. food and agricultural
    products imported by Japan' -> food (... products), '$300 million in loans' -> loans; not a time or a place ('$5
    billion in 2019', 'in Texas', 'totaled $35,524 in BLM Utah'), and not where a verb's 'in' says where money went
    ('invested $5bn in the plant')."""
    if span.label_ != "money" or (span.root.dep_ == "pobj" and span.root.head.lower_ in ("to", "at", "from", "by")):
        return None  # ('rose 11p to 795p in morning trade': a price a thing moved to, and when)
    return next((p for c in span.root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i >= span.end
                 for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN")
                 and p.ent_type_ not in ("DATE", "TIME", "GPE", "LOC", "MONEY", "PERCENT") and not p._.is_num
                 and not _named_body(p)
                 and p.lemma_.lower() not in PAYMENT_FORMS | SUM_DIMENSIONS), None)  # ('for $1.9 billion in cash': how it is paid)


def priced_for(span: Span) -> Token | None:
    """What a price of a unit is given for when the parse hangs 'for' on the sum itself: '$138 per ton for
    metallurgical coal' -> coal (so a price joined to another by 'and' keeps its own thing). None for other figures,
    or a time ('for 2024')."""
    doc = span.doc
    if span.label_ != "money" or span.end >= len(doc) or doc[span.end].lower_ not in ("per", "a", "an"):
        return None  # a price of a unit ('$59 per ton for steam coal'), not 'rose to 5,400 rupees for a one-way ticket'
    return next((p for c in span.root.children if c.dep_ == "prep" and c.lower_ == "for" and c.i >= span.end
                 for p in c.children if (p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") or p.dep_ == "pcomp")
                 and p.ent_type_ not in ("DATE", "TIME")), None)  # (the parse may read 'coking coal' as a clause)


def _relative_head(span: Span) -> Span | None:
    """The noun a relative clause holding a figure describes, without its numbers: 'sold 400 cars, 60% of which were
    electric' -> 'cars' (the parse may join the clause to the verb: then the noun just before its comma). None when
    the figure is in no relative clause on a noun."""
    doc = span.doc
    clause = next((t for t in (span.root, *span.root.ancestors) if t.dep_ == "relcl"), None)
    head = clause.head if clause is not None else None
    if head is None and span.start >= 2 and doc[span.start - 1].text == ",":  # the parse joins the clause: the noun
        at = span.start - 2  # before the comma, past a time ('burning coal in 2019, 85% of which ...')
        while at > 0 and (doc[at].ent_type_ in ("DATE", "TIME") or doc[at].pos_ == "ADP"):
            at -= 1
        head = doc[at]
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return phrase(head, cut=_CUT | {"relcl"}, skip={t.i for c in head.children if c.dep_ == "nummod" for t in c.subtree})


DASHES = ("--", "-", "\u2013", "\u2014")


def set_beside_by_dash(span: Span) -> Token | None:
    """The noun a figure is set beside after a dash, which the figure sizes: 'new monthly export records were
    established in travel services -- $15.5 billion' -> services. None for any other figure."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text not in DASHES or not doc[span.start - 1].whitespace_:
        return None
    noun = doc[span.start - 2]  # (the parse sets the figure beside the noun, or hangs it on the verb)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in ("pobj", "dobj", "appos", "conj") or any(
            noun.i < t.i < span.start - 1 for t in noun.subtree):  # (its phrase ends at the dash, bar the figure itself)
        return None
    return noun


def _in_every(span: Span) -> Span | None:
    """The whole a sum is the part of in every unit of, written after it: '97p in every pound of fare income' ->
    'every pound of fare income' (the parse hangs it on the verb). None for any other figure."""
    doc = span.doc
    if span.label_ != "money" or span.end + 2 >= len(doc) or doc[span.end].lower_ != "in" or doc[
            span.end + 1].lower_ not in ("every", "each") or doc[span.end + 2].lower_ not in CURRENCY_WORDS:
        return None
    unit = doc[span.end + 2]
    return doc[span.end + 1:max(unit.i + 1, unit.right_edge.i + 1)]


def figure_object(span: Span) -> str:
    """The noun phrase a figure quantifies (see `_figure_object`), without a bracketed aside inside it."""
    found = without_aside(_figure_object(span))
    words = found.lower().split()
    if span.label_ == "quantity" and len(words) == 2 and words[0] in ("the", "its") and words[1] in COMPANY_REFERENCES:
        return ""  # 'The company plans to produce 5,500 tonnes a year': who produces is no thing produced
    return found


def _figure_object(span: Span) -> str:
    """The noun phrase a figure quantifies, as written: the phrase after 'of'; the noun a number counts
    ('350 new jobs' -> 'new jobs'); the noun a figure completes ('revenue of $5bn' -> 'revenue'); the direct object of
    a change ('cut prices by 40 percent' -> 'prices'); what money is spent on ('spend $3m on a new plant' -> 'a new plant');
    what a sum is the worth of ('claims worth A$900 million' -> 'claims'); else the subject of the verb it completes
    ('exports rose 5%' -> 'exports'). Empty when none is written, or when all that is written is a pronoun ('spent
    $3m on it')."""
    doc = span.doc
    inside = set(range(span.start, span.end))
    if (close := within_of(span)) is not None:  # 'within 4% of the summer hourly high': what is that close to it
        return as_written(subject_phrase(close)) if close.pos_ != "PRON" else ""
    if (item := listed_move(span)) is not None:  # 'with decorative paints up 9 percent and industrial coatings up 3 percent'
        return as_written(item)
    if (holder := share_holder(span)) is not None:  # 'housing accounted for the largest share (33.3 percent)'
        return as_written(subject_phrase(holder))
    if (place := place_before_brackets(span)) is not None:  # 'followed by Alaska (+0.9 percent)'
        return as_written(place)
    if (item := item_before_brackets(span)) is not None:  # '..., personal insurance and pensions (12.0 percent), ...'
        return as_written(item)
    if (where := change_was_in(span)) is not None:  # 'The next largest increase was in food (+12.7 percent)'
        return as_written(where)
    if (label := labelled(span)) is not None:  # '$82.3 billion: estimated value of minerals produced by U.S. mines'
        return as_written(label)
    if (changed := changed_subject(span)) is not None:  # '... and truck freight increased by 0.9 percent'
        return as_written(changed)
    for verb in (represented_change(span), valued_aside(span)):  # 'these landings represent an increase of $388
        if verb is not None and verb.tag_ != "VBG" and (subject := clause_subject(verb)) is not None and (  # million',
                subject.pos_ != "PRON"):  # 'Valued at $5.5 billion, these landings'; not 'which represents ...', read below
            return as_written(subject_phrase(subject))
    if span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lower_ in ("vicinity", "region", "order"):
        verb = next((t for t in doc[span.start - 2].ancestors if t.pos_ in ("VERB", "AUX")), None)  # 'will be in the
        subject = clause_subject(verb) if verb is not None else None  # vicinity of $400 billion': a hedge, the deficit
        if subject is not None and subject.pos_ != "PRON":
            return as_written(subject_phrase(subject))
    if (span.root.dep_ == "pobj" and span.root.head.lower_ == "to" and span.root.head.head.lower_ == "equivalent"
            and (subject := clause_subject(span.root.head.head.head)) is not None and subject.pos_ != "PRON"):
        return as_written(subject_phrase(subject))  # 'Total emissions ... were equivalent to 7,260 million metric tons
        # of carbon dioxide': the emissions, which the tons of carbon dioxide express
    if (span.root.dep_ == "appos" and span.root.head.lemma_.lower() in CHANGE_WORDS and span.root.head.i < span.start
            and (changed := change_in(span.root.head)) is not None):  # 'a slight decrease –less than one percent—in
        return as_written(changed)  # domestic capacity': the size set between dashes, of what the change is in
    verb = span.root.head
    if (span.root.dep_ in ("npadvmod", "dobj") and verb.pos_ == "VERB" and verb.lemma_.lower() in CHANGE_WORDS
            and clause_subject(verb) is None and (words := subject_before(verb)) is not None):
        return as_written(words)  # 'Like-for-like bar revenue dropped 5.5%', where the parse hangs the noun on 'for
    if (noun := valued_in(span)) is not None:  # 'Estimated Value of $86.3 Billion in Minerals'
        return as_written(phrase(noun))
    if (noun := priced_for(span)) is not None:  # '$138 per ton for metallurgical coal'
        return as_written(phrase(noun))
    if (noun := sum_in(span)) is not None:  # 'Out of the $14.1 billion in U.S. food and agricultural products ...'
        counted = {t.i for c in noun.children if c.dep_ == "relcl" and any(x._.is_num for x in c.subtree) for t in c.subtree}
        return as_written(phrase(noun, cut=_CUT - {"conj", "cc"}, skip=counted))  # ('... in FDI that has supported more
        # than 200,000 jobs': a clause with a figure of its own is that figure's)
    if (noun := partitive_count(span)) is not None:  # '... for 17 of those': the things counted before
        return as_written(_named_kind(noun))
    if (noun := whole_after_of(span)) is not None:  # 'cut 350 of its 4,800 jobs': part of a whole the text owns
        owned = doc[span.end + 1].lower_ != "the" or any(t.text in ("'s", "’s") for t in doc[span.end + 1:noun.i])  # as
        # written; 'in 9 of the 10 cities': of the kind
        return as_written(doc[span.end + 1:noun.i + 1]) if owned else as_written(_named_kind(noun))
    if (every := _in_every(span)) is not None:  # '97p in every pound of fare income'
        return as_written(every)
    if (dashed := set_beside_by_dash(span)) is not None:  # 'records were set in travel services -- $15.5 billion'
        return as_written(phrase(dashed, skip={t.i for t in span.root.subtree}))
    if (counted := counted_of(span)) is not None:  # '1.62 mln bales of raw jute', 'five countries of origin for ...'
        return as_written(counted)
    if (of_phrase := after_of(span) or share_set_beside(span)) is not None:
        joined = of_phrase.end
        if (joined + 1 < len(doc) and doc[joined].lower_ == "and" and doc[joined + 1].dep_ == "conj" and (
                doc[joined + 1].pos_ == "NOUN" or doc[joined + 1].lower_ in doc.user_data.get("model_nouns", ()))
                and (joined + 2 == len(doc) or doc[joined + 2].is_punct)):
            of_phrase = doc[of_phrase.start:joined + 2]  # 'pounds of fish and shellfish,', where the tagger reads 'shellfish'
            # as a verb
        if len(of_phrase) == 1 and of_phrase[0].lower_ in ("which", "whom"):
            return as_written(described) if (described := _relative_head(span)) is not None else ""
        if len(of_phrase) == 1 and of_phrase[0].pos_ == "PRON":
            return ""  # '9.1 million of them'
        return " ".join(as_written(part) for part in both_joined(of_phrase))
    if (noun := noun_at(span)) is not None:  # 'behind the opposition party at 35%'
        return as_written(phrase(noun, skip={t.i for t in span.root.head.subtree})) if noun.pos_ != "PRON" else ""
    if (noun := relied_for(span)) is not None:  # '100 percent net import reliant for 18 of those'
        return as_written(_named_kind(noun))
    if (noun := noun_moved(span)) is not None:  # 'with the fuel oil index up 37.3 percent'
        moves = {t.i for t in doc[span.start - 1].subtree}  # 'up 4.2 percent', whether it hangs on the noun or holds it
        moves -= {t.i for t in noun.subtree} if noun.i in moves else set()
        return as_written(phrase(noun, skip=inside | moves))
    if (verb := paced_change(span)) is not None and (subject := clause_subject(verb)) is not None:
        return as_written(subject_phrase(subject)) if subject.pos_ != "PRON" else ""  # 'rose at a 2.8-percent annual rate'
    nxt = doc[span.end] if span.end < len(doc) else None
    if (span.end + 1 < len(doc) and doc[span.end].lower_ in ("more", "fewer", "less") and doc[span.end + 1].pos_ == "NOUN"
            and span.label_ in ("share", "percent", "change")):
        return as_written(phrase(doc[span.end + 1], skip=set(range(span.start, span.end + 1))))  # 'employed 1.5% more
        # workers': the workers, more of them
    counted_noun = span.label_ == "count" and span[-1].pos_ in ("NOUN", "PROPN") and not span[-1]._.is_num
    if not counted_noun and (listed := bracketed_after(span)) is not None:  # 'apparel (4.4 percent), recreation (0.9 percent)'
        return as_written(both_joined(phrase(listed, skip=inside))[0])
    if nxt is not None and nxt.lower_ == "to" and span.start and doc[span.start - 1].lower_ == "of":
        of = doc[span.start - 1]  # 'a decrease in the deficit of $5.3 billion to $60.3 billion': the decrease's size
        change = of.head.head.head if of.head.dep_ == "pobj" and of.head.head.lower_ == "in" else None
        if change is not None and change.pos_ == "NOUN" and change.lemma_.lower() in CHANGE_WORDS:
            return as_written(phrase(change, skip={t.i for t in of.subtree}))
    if span.label_ == "ratio":  # 'one in five households', 'six of every ten electric cars'
        noun = next((t for t in doc[span.end:span.end + 4] if t.pos_ != "ADJ"), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
            return as_written(doc[span.end:phrase(noun, skip=inside).end])
    if (nxt is not None and nxt.pos_ in ("NOUN", "PROPN") and nxt.lemma_.lower() not in TIME_UNITS
            and nxt.lower_ not in UNITS and nxt.lower_ not in CURRENCY_WORDS and span.root.head.i in (nxt.i, *range(span.start, span.end), *[t.i for t in nxt.subtree])):
        noun = nxt
        while noun.head.i != noun.i and noun.dep_ == "compound" and noun.head.i > noun.i:
            noun = noun.head
        if (changed := _changed_by_clause(noun)) is not None:  # 'was 97,014, a 43-percent decrease'
            return as_written(subject_phrase(changed))
        if span.label_ == "percent" and (changed := change_set_before(noun)) is not None:  # 'led by Texas with a 3.3
            return as_written(changed)  # percent increase', 'after a 5.6-percent increase in 2021'
        other_figures = {t.i for c in noun.children if c.dep_ == "prep" and c.i > span.end and any(x._.is_num for x in c.subtree)
                         for t in c.subtree}  # 'a 15% drop in net income to 26 billion riyals': not the riyals
        return _with_article(_written_before(noun, span), as_written(doc[span.end:phrase(noun, skip=inside | other_figures).end]))
    if span.label_ == "count":
        nouns = [t for t in span if (t.pos_ in ("NOUN", "PROPN", "ADJ") or (t.tag_ == "VBG" and t.dep_ in ("amod", "compound") and t.head.i == t.i + 1))
                 and not t._.is_num and t.lower_ not in SCALES and t.tag_ not in ("JJR", "RBR")]  # '598,000 fewer jobs'
        # counts jobs; '1.19 billion hatching eggs', hatching eggs (not 'leading' of 'three leading trading partners')
        if nouns:
            first = nouns[0].i - 2 if doc[nouns[0].i - 1].text == "-" and doc[nouns[0].i - 2]._.is_num else nouns[0].i
            first = max(hyphened_start(doc, first), span.start)  # 'well-paying U.S. jobs'
            return as_written(doc[first:_described_count_end(span)])  # '3 million 60-kg bags' counts 60-kg bags
    head = stands_for(span)
    worth = head.head
    if worth.lower_ == "worth":  # 'claims worth an estimated A$900 million', 'a deal worth $5bn'
        noun = worth.head if worth.head.pos_ in ("NOUN", "PROPN") else doc[worth.i - 1] if worth.i and doc[worth.i - 1].pos_ in ("NOUN", "PROPN") else None
        if noun is not None:
            return as_written(phrase(noun, skip={t.i for t in worth.subtree}))
        bought = next((c for c in worth.head.children if c.dep_ == "dobj" and c.i < worth.i), None) if (
            worth.head.pos_ in ("VERB", "AUX") and worth.i and doc[worth.i - 1].text == ",") else None
        if bought is not None:  # 'bought about 70% of Chile's copper exports, worth $9.1 billion': the exports
            whole = [p for c in bought.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
            if whole or not (bought._.is_num or bought.ent_type_ in ("PERCENT", "MONEY")):
                return as_written(phrase(whole[0] if whole else bought)) if (whole or [bought])[0].pos_ != "PRON" else ""
    rate = (head.head.lower_ in UNITS or head.head.lower_ in SCALED_UNITS) and doc[head.head.i - 1].lower_ in (
        "a", "an", "per", "/")  # '$175 a kilogram', '$0.56/MMBtu'
    if (head.dep_ in ("nummod", "quantmod", "amod", "compound", "nmod") and head.head.i >= span.end
            and head.head.pos_ in ("NOUN", "PROPN") and not rate
            and head.head.ent_type_ not in ("PERCENT", "MONEY")  # not '$32.1 billion (23 percent)' parsed as one
            and not (head.head.ent_type_ == "DATE" and head.head.lemma_.lower() in TIME_UNITS)):  # 'fell by almost a
        # third last year', parsed as 'a third last year': the time of the change, not what changed
        if (changed := _changed_by_clause(head.head)) is not None:  # 'averaged $3.58, representing a 37-cent increase'
            return as_written(subject_phrase(changed))
        return _with_article(_written_before(head.head, span), as_written(phrase(head.head, skip=inside)))
    spent = head.head if head.dep_ == "dobj" and head.lemma_.lower() in LEVEL_NOUNS and head.head.lemma_.lower() in SPENDING_VERBS else None
    spent_on = [p for v in (spent, *(c for c in spent.children if c.pos_ == "VERB" and c.i > span.end))
                for c in v.children if c.dep_ == "prep" and c.lower_ in ("on", "for") and c.i > span.end
                for p in c.children if p.dep_ == "pobj"] if spent is not None and span.label_ == "money" else []
    if spent_on:  # 'spent an average of $41.56 per hour worked for employee compensation': what the money was spent
        return as_written(phrase(spent_on[0])) if spent_on[0].pos_ != "PRON" else ""  # on, as 'spent $11,439 on feed'
        # (the parse may hang the 'for' on 'worked')
    node, via = head, ""
    for _ in range(6):
        if node.head.i == node.i:
            break
        via = node.lower_ if node.dep_ in ("prep", "agent") else via  # the parse may call 'by' an agent
        came_from, node = node, node.head
        if node.i in inside:
            continue
        moved = next((c for c in node.children if c.lower_ in ("up", "down") and c.dep_ == "advmod" and c.i == node.i + 1), None)
        if node.pos_ == "NOUN" and via == "at" and came_from.i > node.i and moved is not None:  # 'on sales up 2 percent at
            return as_written(phrase(node, skip={t.i for t in (*came_from.subtree, *moved.subtree)}))  # 3.6 billion crowns'
        if (node.pos_ == "NOUN" and came_from.lower_ in ("below", "above") and came_from.dep_ == "prep" and came_from.i > node.i
                and head.dep_ == "npadvmod" and head.head.i == came_from.i and node.dep_ in ("pobj", "nsubj", "dobj")
                and node.lemma_.lower() not in LEVEL_NOUNS - {"price"} | {"rate"}):  # 'sold at prices about a third below
            return as_written(phrase(node, skip={t.i for t in came_from.subtree}))  # Spanish saffron': the prices are
        if (node.pos_ == "NOUN" and node.dep_ == "dobj" and came_from.lower_ in ("up", "down") and came_from.dep_ == "advmod"
                and came_from.i == node.i + 1):  # 'Nordbahn Cargo sees 1996 profit down 20 pct': what is down
            return as_written(phrase(node, skip={t.i for t in came_from.subtree}))
        if node.pos_ == "NOUN" and via in ("to", "from") and node.lemma_.lower() in CHANGE_WORDS:
            changed = [p for c in node.children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children if p.dep_ == "pobj"]
            if changed:  # 'a 15% drop in net income to 26 billion riyals': the riyals are the net income
                return as_written(phrase(changed[0])) if changed[0].pos_ != "PRON" else ""
        if (node.pos_ == "NOUN" and via == "of" and node.lemma_.lower() in ("estimate", "figure", "reading") and node.dep_ == "pobj"
                and node.head.lower_ in ("from", "to") and node.head.head.lemma_.lower() == "revise"):
            continue  # 'was revised from the preliminary estimate of up 0.5 percent': an estimate of the verb's subject
        if node.pos_ == "NOUN" and via == "of" and (had := change_had(node) or change_set_before(node) or change_in(node)) is not None:
            return as_written(had) if not (len(had) == 1 and had[0].pos_ == "PRON") else ""  # 'coal had a decline of 10%'
        if node.pos_ in ("NOUN", "PROPN") and via == "of" and (reached := level_reached(node)) is not None:
            return as_written(subject_phrase(reached)) if reached.pos_ != "PRON" else ""  # 'hit a high of $90bn'
        if node.pos_ in ("NOUN", "PROPN") and via == "of":
            after = {t.i for t in node.subtree if t.i >= came_from.i}  # 'U.S. exports to Asia and Oceania of 1.7 million b/d'
            if (node.ent_type_ in ("GPE", "LOC") and node.dep_ == "pobj" and node.head.lower_ in ("to", "from")
                    and node.head.head.pos_ == "NOUN"):  # the parse hung the figure on the place: 'Exports to Asia of 2.1
                node = node.head.head  # million tonnes' measures the exports
            levied = next((c for t in (node, *span) for c in t.children if c.dep_ == "prep" and c.lower_ == "on"
                           and c.i >= span.end), None) if node.lemma_.lower() in LEVY_NOUNS else None  # the parse may
            if (levied is None and node.lemma_.lower() in LEVY_NOUNS and span.end < len(doc) and doc[span.end].lower_ == "on"
                    and doc[span.end].head.i == node.head.i):  # or on the verb: 'set duties of 41.2% on imported steel pipe'
                levied = doc[span.end]
            if levied is not None:  # hang it on the figure ('a tax of 5 percent on fuel'); what a levy is on stays: 'tariffs of 50% on
                return f"{as_written(phrase(node, skip=inside | after))} {as_written(phrase(levied))}"  # the metal'
            placed = next((c for t in (node, *span) for c in t.children if c.dep_ == "prep" and c.lower_ == "at"
                           and c.i == span.end and any(p.pos_ == "PROPN" for p in c.subtree)), None)
            if placed is not None and node.lemma_.lower() in CHANGE_WORDS and node.i < span.start:  # 'a decrease of 72
                return f"{as_written(phrase(node, skip=inside | after))} {as_written(phrase(placed))}"  # cents at SoCal
                # Border-Ehrenberg': where the change was, as in 'a $1.16 decrease at Waha'
            priced = [p for c in node.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > span.end for p in c.children
                      if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME")] if node.lemma_.lower() == "price" else []
            if priced and span.label_ == "money" and span.end < len(doc) and doc[span.end].lower_ in ("a", "an", "per"):
                return as_written(phrase(priced[0]))  # 'a price of 14.80 dlrs a tonne for fines from its Carajas mine'
            while node.dep_ == "pobj" and node.head.lower_ == "of" and node.head.head.pos_ in ("NOUN", "PROPN"):
                node = node.head.head  # 'a margin of error of 2.2 points', 'the price of oil of $75': the whole phrase
            return as_written(phrase(node, skip=inside | after))
        if node.pos_ in ("VERB", "AUX") and node.dep_ == "parataxis" and node.i and doc[node.i - 1].text == "(":
            came_from, node = node, node.head  # 'decreased from $55.3 billion in May (revised) to $55.2 billion'
        if node.pos_ in ("VERB", "AUX"):
            objects = [c for c in node.children if c.dep_ == "dobj" and c.i not in inside and not c._.is_num
                       and not (c.left_edge.i and doc[c.left_edge.i - 1].text == "(")  # ('rise ... (an increase of 14%)')
                       and not (c.i == span.end + 1 and doc[span.end].lower_ in ("a", "an", "per") and (
                           c.lower_ in UNITS or c.lower_ in SCALED_UNITS))  # '$5,200 a kilogram': the unit of a price
                       and not (c.left_edge.i and doc[c.left_edge.i - 1].text == "/")  # '$2.74/MMBtu': the same
                       and c.ent_type_ not in ("PERCENT", "MONEY") and doc[c.left_edge.i - 1].text != ","  # not a phrase set apart
                       and c.lower_ not in ("%", "percent", "pct", "cent")  # 'fall about 15 pct to 260,000 tonnes'
                       and c.lower_ not in CURRENCY_WORDS  # 'rose 3.50 crowns to 161.50 crowns': the first sum's word
                       and c.lemma_.lower() not in TIME_UNITS | {"season", "period"}]  # 'end the winter season at 1,935
            # Bcf': the time a thing is at a level, not the thing

            spent_on = ("on", "in", "into", "for", "to") if span.label_ == "money" else ("on", "into", "for", "to")  # 'in Victoria' is a place
            if (span.label_ == "money" and node.lemma_.lower() in ("earn", "make", "generate", "raise", "receive", "collect", "derive")
                    and not any(c.dep_ in ("auxpass", "nsubjpass") for c in node.children)):  # (not 'Exports for Peru are
                spent_on += ("from",)  # raised $3.0 billion from the November forecast'); 'earned $5bn from tea exports'
            if span.label_ == "money":
                spent_on += ("off",)  # 'wiping about £140m off the firm's market value'
            if node.lemma_.lower() in CHANGE_WORDS - CUT_VERBS - {"add"}:
                spent_on = tuple(p for p in spent_on if p not in ("on", "in"))  # 'Shares rose 4.50 crowns to 128.50 on
                # the Oslo bourse', '... in Oslo': where a price moves, not what the sum is spent on

            preps = [p for c in (*node.children, *head.children) if c.dep_ == "prep" and c.lower_ in spent_on and c.i >= span.end
                     and "," not in doc[span.end:c.i].text  # '12 million tonnes a year, roughly half of it for ...'
                     for p in c.children if p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT")
                     and not p._.is_num and p.lower_ not in CURRENCY_WORDS  # ('to 161.50 crowns': the sum reached)
                     and not (c.lower_ == "in" and (p.lemma_.lower() in SUM_DIMENSIONS or _named_body(p)))  # 'Increased
                     # $12.1 billion to $86.6 billion': the sum is no thing it went to, nor 'in value' what it was spent on,
                     and not any(d.lower_ in ("every", "each") for d in p.children)  # nor the unit of a rate: 'increase
                     and not (c.lower_ == "on" and any(d.tag_ == "JJR" for d in p.children))]  # $35 for every additional
            # market development dollar'; nor a reason: 'projected up $400 million on higher volumes'
            changed = [p for c in objects[0].children if c.dep_ == "prep" and c.lower_ == "in" for p in c.children
                       if p.dep_ == "pobj"] if objects and objects[0].lemma_.lower() in CHANGE_WORDS else []
            if via in ("to", "from") and changed:  # 'reported a 38% jump in pre-tax profits to £61.2m': the profits
                return as_written(phrase(changed[0])) if changed[0].pos_ != "PRON" else ""
            if via in ("by", "at", "to", "from", "for", "above", "below") and objects and not _set_off_after(objects[0], span):  # 'cut prices by 40 percent', 'kept its rate at 15%', 'raised its stake to 25% from 20%', 'buy X for $4.8bn', 'put output 900,000 bpd above its ceiling'
                held = span.root.head if span.root.dep_ == "pobj" else None  # 'revised the forecast for FY 2016 exports
                own = {t.i for t in held.subtree} if held is not None and held.i > objects[0].i else set()  # to $127
                stop = held.i if held is not None and held.dep_ == "prep" else None
                if _reports_on(objects[0], came_from) and (
                        held is None or held.i > came_from.i):
                    return as_written(_reported_thing(objects[0], node, came_from)) if objects[0].pos_ != "PRON" else ""  # ('said
                    # revenue in the year to March rose 14% to £96m')
                return as_written(_with_phrase_after(phrase(objects[0], skip=own), node, stop)) if objects[0].pos_ != "PRON" else ""  # billion'
            if (not via and span.root.dep_ in ("npadvmod", "appos") and objects and objects[0].i < span.start
                    and node.lemma_.lower() in HAVE_VERBS and objects[0].lemma_.lower() == "rate" and span.start
                    and doc[span.start - 1].text == "," and any(c.tag_ == "JJS" for c in objects[0].children)):
                return as_written(doc[objects[0].left_edge.i:objects[0].i + 1])  # 'Vermont had the lowest
                # unemployment rate in August, 2.1 percent': the rate it names, set after a comma
            if (not via and span.root.dep_ == "npadvmod" and objects and objects[0].i < span.start and objects[0].pos_ != "PRON"
                    and node.lemma_.lower() in CUT_VERBS):  # 'would reduce power sector CO2 emissions 34 percent below
                return as_written(phrase(objects[0], skip=set(range(span.start, objects[0].right_edge.i + 1))))  # 2005
                # levels': what is cut, not the subject that cuts it
            if (moved := moved_object(came_from)) is not None:  # 'sending its shares down 12%'
                return as_written(phrase(moved)) if moved.pos_ != "PRON" else ""
            if head.dep_ == "dobj" and preps:
                return as_written(phrase(preps[0])) if preps[0].pos_ != "PRON" else ""
            if objects and _reports_on(objects[0], came_from):
                return as_written(_reported_thing(objects[0], node, came_from)) if objects[0].pos_ != "PRON" else ""  # 'expects
                # output to rise 6%
            if (span.label_ == "money" and node.dep_ == "relcl" and node.lemma_.lower() in ("invest", "spend")
                    and any(c.lower_ == "where" for c in node.children) and node.head.pos_ in ("NOUN", "PROPN")):
                site = node.head  # 'its site near York, where it will invest £12m': the site, though the parse hangs
                if site.ent_type_ in ("GPE", "LOC") and site.dep_ == "pobj" and site.head.head.pos_ == "NOUN":  # the
                    site = site.head.head  # clause on the town
                return as_written(phrase(site, cut=_CUT | {"relcl"}))
            purpose = [d for x in node.children if x.dep_ in ("xcomp", "advcl") and x.pos_ == "VERB" and (x.tag_ == "VBG" or any(
                a.dep_ == "aux" and a.lower_ == "to" for a in x.children)) for d in x.children if d.dep_ == "dobj"]
            if span.label_ == "money" and head.dep_ == "dobj" and node.lemma_.lower() in SPENDING_VERBS and purpose:
                return as_written(phrase(purpose[0])) if purpose[0].pos_ != "PRON" else ""  # 'spend $45 million to
                # restart a germanium recovery line', 'spend £15m refitting cafes': what the money is for
            subjects = [c for c in [clause_subject(node)] if c is not None] or [  # 'which is 38% owned': the parse
                c for a in node.children if a.dep_ in ("aux", "auxpass") for c in a.children if c.dep_ in SUBJECT_DEPS]
            if subjects and subjects[0].lower_ in ("which", "that", "who") and node.dep_ == "relcl":
                described = node.head  # 'the refinery, which can process 650,000 bpd'; a listed subject whole
                return as_written(subject_phrase(described) if described.dep_ in SUBJECT_DEPS else phrase(described, cut=_CUT | {"relcl"}))
            if (subjects and node.lower_ == "net" and node.i + 1 < len(doc) and doc[node.i + 1].lower_ in ("up", "down")
                    and subjects[0].i == node.i - 1):  # 'Vorland H1 net up 18 pct', a headline's net profit the parse
                return as_written(doc[subject_phrase(subjects[0]).start:node.i + 1])  # reads as the verb 'to net'
            if subjects:  # a pronoun alone is no object, but 'those in the Northeast' is one
                described = any(c.dep_ == "prep" for c in subjects[0].children) and subjects[0].lower_ in ("those", "that")
                return as_written(subject_phrase(subjects[0])) if subjects[0].pos_ != "PRON" or described else ""
            if node.dep_ == "acl" and node.head.pos_ in ("NOUN", "PROPN"):  # 'farms covering about 58,000 hectares'
                described = node.head
                while (described.ent_type_ in ("GPE", "LOC") and described.dep_ == "pobj" and described.head.head.dep_ == "acl"
                       and described.head.head.head.pos_ in ("NOUN", "PROPN")):  # 'commodities produced in the U.S.
                    described = described.head.head.head  # valued at $1 billion': a place is not what is valued
                return as_written(phrase(described, cut=_CUT | {"acl"}))
            main = clause_subject(node.head)
            if (node.dep_ == "advcl" and node.tag_ == "VBG" and node.lemma_.lower() in CHANGE_WORDS and via in ("by", "to", "from")
                    and main is not None):  # 'X posted the largest gains, growing by $15.7 billion': X grew
                return as_written(subject_phrase(main)) if main.pos_ != "PRON" else ""
            if (described := _subject_with_participle(node)) is not None:
                return as_written(described)  # 'Soybeans stored in all positions on March 1, 2018 totaled ...'
            if node.dep_ == "conj" and (cut_off := _subject_cut_off(node)) is not None:
                return as_written(cut_off)  # 'and hours worked increased 1.4 percent': not the first verb's subject
            if node.dep_ not in ("xcomp", "conj", "advcl", "ccomp", "acomp"):  # 'is 38% owned': on to 'is'
                return ""
    return ""


def _subject_cut_off(verb: Token) -> Span | None:
    """The subject of a joined verb that the parse cut off from it, taking a participle in it for a verb: the words
    between 'and' and the verb when they are a noun and a participle after it ('Output increased 3.7 percent and
    hours worked increased 1.4 percent' -> 'hours worked'). None for a verb with no words of its own before it."""
    doc = verb.doc
    words = []
    for t in reversed(doc[max(verb.head.i + 1, verb.i - 5):verb.i]):
        if t.lower_ == "and" and t.dep_ == "cc":
            break
        words.insert(0, t)
    else:
        return None
    if len(words) < 2 or words[-1].tag_ not in ("VBN", "VBD") or not all(
            t.tag_ in ("NN", "NNS", "NNP", "NNPS", "JJ") for t in words[:-1]) or words[-2].pos_ not in ("NOUN", "PROPN"):
        return None
    return doc[words[0].i:words[-1].i + 1]


def _subject_with_participle(verb: Token) -> Span | None:
    """The subject of a verb the parse joins to a participle before it, taking the participle for the clause's verb:
    'Soybeans stored in all positions on March 1, 2018 totaled 2.11 billion bushels' -> the noun with the phrase the
    participle opens (a time in it stays, as in 'coal exported in 2012'). None when anything but a date's own comma
    lies between the two, or the participle has helpers of its own ('were stored ... and totaled')."""
    doc, head = verb.doc, verb.head
    participle = head.tag_ == "VBN" or (head.tag_ == "VBD" and head.lower_.endswith("ed"))  # ('stored' read as a past tense)
    if verb.dep_ != "conj" or not participle or head.i > verb.i or any(c.dep_ in ("aux", "auxpass") for c in head.children):
        return None
    subject = next((c for c in head.children if c.dep_ == "nsubj" and c.i < head.i), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(
            (t.is_punct and t.ent_type_ != "DATE") or t.dep_ == "cc" for t in doc[head.i + 1:verb.i]):
        return None
    return doc[subject.left_edge.i:verb.i]
