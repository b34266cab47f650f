"""When things happened: the `date_finder` component and the calendar value of each time reference.

spaCy marks date phrases (`DATE`) and named events (`EVENT`); words such as "recently", and at times
the date of a wire dateline ("TOKYO, Aug 2 - ") or a season written "2019/20", it leaves alone. The
`date_finder` component collects all of these and sorts each into a kind:

| kind | what | example | `iso` keeps what is written |
|---|---|---|---|
| `date` | a calendar date, month or year | "June 2024" | `2024-06` |
| `period` | a range or a named era | "2020-23", "the year to June 30, 2024", "the Great Depression" | `2020/2023`, `2023-07/2024-06`, or empty for an era |
| `relative` | tied to the time of writing | "last year", "Thursday" | empty; `resolved` gives its value |
| `vague` | no calendar value | "recently", "currently" | empty |

Durations ("50 years", "for two decades") and ages are not dates and are left out. `dateparser`
reads the calendar values; the notebook checks that it never invents a year the text does not write.
"""

import datetime as dt
import functools
import re

import dateparser
import pandas as pd
from spacy.language import Language
from spacy.matcher import Matcher, PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsfacts.entities.dateline import MONTHS, MONTH_RE, datelines
from newsfacts.entities.resolver import clean_mention, name_key, split_mention
from newsfacts.numbers import THOUSANDS
from newsfacts.rules import HEDGES, fixed_holidays, period_words, relative_time_words, vague_time_words

FIXED_HOLIDAYS = fixed_holidays()


Span.set_extension("kind", default="", force=True)
Span.set_extension("iso", default="", force=True)

_YEAR_RE = r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)"
_COUNT_WORDS = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few|many|some|\w+-\w+)"
_HEDGE_RE = "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))  # 'roughly 10 days' is a duration too
_DURATION_RE = re.compile(rf"^(?:(?:the|a|for|{_HEDGE_RE}) )*(?:{_COUNT_WORDS}[ -])?(?:\w+ )?(?:years?|months?|weeks?|days?|hours?|decades?|centuries|century|quarters?)(?:-long)?(?: old| period| stretch| spell)?$")
_SPAN_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]
_PARSER = dateparser.date.DateDataParser(languages=["en"], settings={"PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": []})


def _iso(value: dt.datetime, period: str) -> str:
    """Format a parsed date at the granularity that was written: day -> 2024-06-30, month -> 2024-06, year -> 2024."""
    return {"day": value.strftime("%Y-%m-%d"), "month": value.strftime("%Y-%m"), "year": value.strftime("%Y"),
            "week": value.strftime("%G-W%V")}.get(period, value.strftime("%Y-%m-%d"))


def _strip_modifiers(text: str) -> str:
    """'early 2024' -> '2024', 'the end of June 2024' -> 'June 2024', 'mid-2023' -> '2023'."""
    text = text.strip()
    stripped = re.sub(r"^(?:as of|since|until|by|in|on|from|during|the|early|late|mid|end of|beginning of|start of|"
                      r"fiscal|financial|calendar)[\s-]+", "", text, flags=re.I)
    return stripped if stripped == text else _strip_modifiers(stripped)


WEEK_ENDING = re.compile(r"^(?:the )?week (?:ending|ended) ")


@functools.lru_cache(maxsize=4096)
def classify_date(text: str) -> tuple[str, str] | None:
    """(kind, iso) of a date phrase, or None when it is not a date (a duration, an age, 'annual'):
    'June 30, 2024' -> ('date', '2024-06-30'); 'the 1990s' -> ('period', '1990/1999'); 'the 12 months through June
    2024' and 'the year to June 30, 2024' -> ('period', '2023-07/2024-06'); 'last year' -> ('relative', '')."""
    low = re.sub(r"\s+", " ", text.lower().strip())
    core = _strip_modifiers(low)
    if re.search(r"\b(?:fiscal|fy)\b", low) and not re.search(MONTH_RE, low, flags=re.I) and not re.search(
            r"\b(?:last|next|this|previous|coming|current|ago)\b", low):  # 'FY 2018', 'the 2018 fiscal year': a body's own
        return "period", ""  # year, whose months the text does not give (a firm's may end in March, Washington's in September)
    if core in ("annual", "daily", "weekly", "monthly", "quarterly", "yearly", "annually") or _DURATION_RE.match(low):
        if not any(w in low.split() for w in ("last", "next", "past", "coming", "previous", "ago")):
            return None
    if re.fullmatch(r"\d{1,3}", core):
        return None  # a bare number (an age, a count) that the model took for a date
    if m := re.fullmatch(r"(?:the )?(1[5-9]\d|20\d)0s", core):
        decade = int(m.group(1)) * 10
        return "period", f"{decade}/{decade + 9}"
    if m := re.fullmatch(r"(1[5-9]\d\d|20\d\d)-(\d\d)(?:-(\d\d))?", core):  # ISO 8601: '2024-03-01', '2024-03'
        try:
            day = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3) or 1))
            if m.group(3) or int(m.group(2)) < int(m.group(1)) % 100:  # '2019-20' is a season, '2024-03' a month
                return "date", day.isoformat() if m.group(3) else day.strftime("%Y-%m")
        except ValueError:
            pass
    if (m := re.search(_YEAR_RE + r"\s*[-\u2013/]\s*(\d\d)(?!\d)", core)) and (
            int(m.group(2)) > int(m.group(1)) % 100 or int(m.group(1)) % 100 == 99):  # not '2024-13'
        first, last = int(m.group(1)), int(m.group(2))
        century = first // 100 * 100 + (100 if last < first % 100 else 0)  # '1999-00' ends in 2000
        return "period", f"{first}/{century + last}"
    years = re.findall(_YEAR_RE, core)
    quarter = re.search(r"\b(first|second|third|fourth|1st|2nd|3rd|4th|q[1-4])\b(?: quarter)?", core)
    if quarter and ("quarter" in core or quarter.group(1).startswith("q")) and years:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}.get(quarter.group(1)) or int(quarter.group(1)[1])
        return "period", f"{years[0]}-{3 * q - 2:02d}/{years[0]}-{3 * q:02d}"
    if (span := re.search(rf"\b(?:(\d{{1,2}}|{'|'.join(_SPAN_NUMBERS)}) months?|year) (?:through|to|ending|ended)(?: in)? ({MONTH_RE})"
                          + r"(?: \d{1,2})?,? " + _YEAR_RE, core)):  # 'the 12 months through June 2024', 'the year to June 30, 2024'
        count = 12 if span.group(1) is None else int(span.group(1)) if span.group(1).isdigit() else _SPAN_NUMBERS.index(span.group(1)) + 1
        end = int(span.group(3)) * 12 + MONTHS[span.group(2).rstrip(".")] - 1
        start = end - count + 1
        return "period", f"{start // 12}-{start % 12 + 1:02d}/{end // 12}-{end % 12 + 1:02d}"
    half = re.search(r"\b(first|second)\s+half\b", core)
    if half and years:
        months = ("01", "06") if half.group(1) == "first" else ("07", "12")
        return "period", f"{years[0]}-{months[0]}/{years[0]}-{months[1]}"
    if len(years) >= 2:  # ('the week ending January 7, 2017 through March 25, 2017': one year, two dates)
        sides = re.split(r"\s+(?:to|and|through|until)\s+|\s*[-\u2013]\s*", WEEK_ENDING.sub("", core), maxsplit=1)
        isos = [_absolute(side) for side in sides] if len(sides) == 2 else []
        if len(isos) == 2 and all(isos):
            return "period", f"{isos[0]}/{isos[1]}"
        return "period", f"{min(years)}/{max(years)}"
    if (months := re.fullmatch(rf"({MONTH_RE})\s*(?:-|\u2013|to|through)\s*({MONTH_RE}),? {_YEAR_RE}", core)) and len(years) == 1:
        first, last = MONTHS[months.group(1).rstrip(".")], MONTHS[months.group(2).rstrip(".")]  # 'June to August 2016',
        if first < last:  # 'September-November 2016': months of one year
            return "period", f"{years[0]}-{first:02d}/{years[0]}-{last:02d}"
    holiday = next((day for name, day in FIXED_HOLIDAYS.items() if re.search(rf"\b{re.escape(name)}\b", core.replace("’", "'"))), None)
    if holiday and len(set(years)) == 1:  # 'the Christmas of 2004', 'Christmas Eve 2023'
        return "date", f"{years[0]}-{holiday}"
    if years:  # 'the week ending March 25, 2017' is dated by its last day, as a week's figures are
        return "date", _absolute(WEEK_ENDING.sub("", core)) or years[0]
    words = set(re.findall(r"[a-z]+", core))
    if words & relative_time_words() or "ago" in low:
        return "relative", ""
    if m := re.fullmatch(rf"({MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({MONTH_RE})", core):
        month = MONTHS[(m.group(1) or m.group(4)).rstrip(".")]
        return "date", f"--{month:02d}-{int(m.group(2) or m.group(3)):02d}"
    if re.fullmatch(MONTH_RE, core):
        return "relative", f"--{MONTHS[core.rstrip('.')]:02d}"
    return "vague", ""


@functools.lru_cache(maxsize=4096)
def _written_out(text: str) -> str | None:
    """The ISO value of a date in one of the shapes news copy writes most, read without dateparser (whose first call
    in a process costs a tenth of a second): 'June 30, 2024' or '30 June 2024' -> '2024-06-30', 'June 2024' ->
    '2024-06', '2024' -> '2024'; None for any other shape, or a day the month does not have."""
    if re.fullmatch(_YEAR_RE, text):
        return text
    if m := re.fullmatch(rf"({MONTH_RE})\s+(1[5-9]\d\d|20\d\d)", text, flags=re.I):
        return f"{m.group(2)}-{MONTHS[m.group(1).lower().rstrip('.')]:02d}"
    m = (re.fullmatch(rf"({MONTH_RE})\s+(\d{{1,2}}),?\s+(1[5-9]\d\d|20\d\d)", text, flags=re.I)
         or re.fullmatch(rf"(\d{{1,2}})\s+({MONTH_RE}),?\s+(1[5-9]\d\d|20\d\d)", text, flags=re.I))
    if m is None:
        return None
    month, day = (m.group(1), m.group(2)) if not m.group(1).isdigit() else (m.group(2), m.group(1))
    try:
        return dt.date(int(m.group(3)), MONTHS[month.lower().rstrip(".")], int(day)).isoformat()
    except ValueError:
        return None


def _absolute(text: str) -> str:
    """ISO value of a phrase that writes its year, or '' when dateparser reads another year than the one written."""
    text = _strip_modifiers(text)
    if (fast := _written_out(text)) is not None:
        return fast
    data = _PARSER.get_date_data(text)
    years = re.findall(_YEAR_RE, text)
    if data.date_obj is None or not years or data.date_obj.year != int(years[0]):
        return years[0] if years else ""
    period = data.period
    if period in ("day", "month") and not re.search(MONTH_RE, text, flags=re.I) and not re.search(r"\d{1,2}[/.-]\d{1,2}|\d{4}-\d\d", text):
        period = "year"  # 'ten in 2004' names no month, whatever dateparser makes of 'ten'
    if period == "day" and not re.search(r"(?<![\d,])\d{1,2}(?:st|nd|rd|th)?\b(?!\d)", re.sub(_YEAR_RE, "", text)):
        period = "month" if re.search(MONTH_RE, text, flags=re.I) else "year"
    return _iso(data.date_obj, period)


def dateline_dates(doc: Doc) -> list[Span]:
    """The dates of wire datelines, which the model does not always tag: 'STOCKHOLM, Feb 6 - ' -> 'Feb 6',
    'FRANKFURT 1996-08-22' -> '1996-08-22'."""
    found = []
    text = doc.text  # built anew at each use
    for line_start, match in datelines(text):
        iso = re.match(r"\d{4}-\d\d-\d\d", text[line_start + match.end():line_start + match.end() + 10])
        days = [(line_start + d.start(), d.group()) for d in re.finditer(rf"\b{MONTH_RE} \d{{1,2}}\b", match.group(), flags=re.I)]
        for start, day in days + ([(line_start + match.end(), iso.group())] if iso else []):  # 'FRANKFURT 1996-08-22'
            span = doc.char_span(start, start + len(day))
            read = classify_date(day)
            if span is not None and read is not None and read[0] == "date":
                span = Span(doc, span.start, span.end, label="DATE")
                span._.kind, span._.iso = read
                found.append(span)
    return found + date_lines(doc, text)


def date_lines(doc: Doc, text: str) -> list[Span]:
    """A date written on a line of its own, under a headline ('September 16, 2011'), or after a dash at the end of one
    ('... Labor Turnover - June 2011'), which the model may leave untagged or run into the line before: the release's
    date, or the month it reports on."""
    found = []
    day = rf"(?:{MONTH_RE} \d{{1,2}}, \d{{4}})|(?:\d{{1,2}} {MONTH_RE} \d{{4}})|(?:{MONTH_RE} \d{{4}})"
    for line in re.finditer(rf"(?:^|[^\n]* [-\u2013\u2014] )[ \t]*({day})[ \t]*$", text, flags=re.I | re.M):  # or after a dash
        # that ends a headline: 'Job Openings and Labor Turnover - June 2011'
        span = doc.char_span(line.start(1), line.end(1))
        read = classify_date(line.group(1))
        if span is not None and read is not None and read[0] == "date":
            span = Span(doc, span.start, span.end, label="DATE")
            span._.kind, span._.iso = read
            found.append(span)
    return found


@Language.factory("date_finder")
def make_date_finder(nlp: Language, name: str):
    vague = PhraseMatcher(nlp.vocab, attr="LOWER")
    vague.add("vague", list(nlp.tokenizer.pipe(vague_time_words())))
    eras = period_words()
    relative = Matcher(nlp.vocab)  # relative phrases the model sometimes leaves untagged
    relative.add("relative", [
        [{"LOWER": {"IN": ["this", "last", "next", "past", "coming"]}}, {"LOWER": {"IN": ["year", "month", "week", "quarter", "decade"]}}],
        [{"LOWER": {"IN": ["yesterday", "today", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]}}],
    ])
    seasons = Matcher(nlp.vocab)  # a season or crop year, '2024/25', which the model takes for a number, and a quarter
    seasons.add("season", [[{"TEXT": {"REGEX": r"^(?:1[89]|20)\d\d/\d\d$"}}]])  # with its year in a title's capitals,
    seasons.add("quarter", [[{"LOWER": {"IN": ["first", "second", "third", "fourth"]}}, {"LOWER": "quarter"},  # 'Second
                             {"TEXT": {"REGEX": r"^(?:1[89]|20)\d\d$"}}]])  # Quarter 2021', where the model tags the year alone

    def date_finder(doc: Doc) -> Doc:
        """Store dated references in doc.spans['dates'] with Span._.kind and Span._.iso."""
        found = []
        for ent in (p for e in doc.ents for p in split_mention(e)):
            if ent.label_ == "DATE" and ent.start and re.fullmatch(MONTH_RE, doc[ent.start - 1].text, flags=re.I):
                ent = Span(doc, ent.start - 1, ent.end, label="DATE")  # the model tagged '21' of 'since Aug 21'
            if ent.label_ == "DATE" and THOUSANDS.fullmatch(ent[0].text):  # 'up from 15,500 last year',
                if len(ent) == 1:  # one date to the model: no year has a thousands separator, so the number is no part of it
                    continue
                ent = Span(doc, ent.start + 1, ent.end, label="DATE")
            if ent.label_ == "DATE" and any(t.text.upper() == "ISSN" for t in doc[max(0, ent.start - 2):ent.start]):
                continue  # 'ISSN: 1949-0925': a serial number, not a span of years
            if ent.label_ == "DATE":
                if ent.end < len(doc) and doc[ent.end].lower_ == "old":
                    continue
                if (len(ent) == 1 and not ent[0].like_num and not any(c.isdigit() for c in ent.text)
                        and ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN"):
                    continue  # a season naming a kind of thing: 'winter wheat', 'spring crops' (not 'their 1970s level')
                named = (doc._.mention_index or [None] * len(doc))[ent.start]
                if named is not None and named.label_ in ("LAW", "EVENT", "WORK_OF_ART", "ORG"):
                    continue  # the year of a name: 'the Trade Act of 1974'

                read = classify_date(ent.text)
                if read:
                    span = Span(doc, ent.start, ent.end, label="DATE")
                    span._.kind, span._.iso = read
                    found.append(span)
            elif ent.label_ == "EVENT" and ent[-1].lemma_.lower() in eras:
                span = clean_mention(ent) or ent
                span._.kind = "period"
                years = re.findall(_YEAR_RE, span.text)
                span._.iso = f"{years[0]}/{years[-1]}" if len(years) > 1 else ""
                found.append(span)
        taken = {i for span in found for i in range(span.start, span.end)}
        found += [span for span in dateline_dates(doc) if not taken.intersection(range(span.start, span.end))]
        for _, start, end in seasons(doc):
            if taken.intersection(range(start, end)) and doc[start].is_title and doc[end - 1].ent_type_ == "DATE":
                found = [f for f in found if not (start <= f.start and f.end <= end)]  # the year alone, as the model tagged it
                taken = {i for span in found for i in range(span.start, span.end)}
            if not taken.intersection(range(start, end)) and (read := classify_date(doc[start:end].text)):
                span = Span(doc, start, end, label="DATE")
                span._.kind, span._.iso = read
                found.append(span)
        taken = {i for span in found for i in range(span.start, span.end)}
        for kind, matches in (("vague", vague(doc)), ("relative", relative(doc))):
            for _, start, end in matches:
                if not taken.intersection(range(start, end)):
                    taken.update(range(start, end))
                    span = Span(doc, start, end, label="DATE")
                    span._.kind, span._.iso = kind, ""
                    found.append(span)
        doc.spans["dates"] = _dash_ranges(sorted(filter_spans(found), key=lambda s: s.start))
        return doc

    return date_finder


def _month_of_year(span: Span) -> bool:
    """Whether a span reads as one month of one year: 'December 2017'."""
    return bool(re.fullmatch(r"\d{4}-\d\d", (classify_date(span.text) or ("", ""))[1]))


_DASHES = ("-", "\u2013")


def _dash_ranges(spans: list[Span]) -> list[Span]:
    """Two months with their years joined by a dash, read as the one period they bound, whether the model tags them
    as two dates or as one: 'December 2017 - February 2018' -> ('period', '2017-12/2018-02')."""
    out = []
    for span in spans:
        doc = span.doc
        inner = next((t.i for t in span if t.text in _DASHES and t.whitespace_), None)
        if inner is not None:
            out.append(_range(doc[span.start:inner], doc[inner + 1:span.end]) or span)
        elif out and span.start == out[-1].end + 1 and doc[out[-1].end].text in _DASHES and (
                joined := _range(out[-1], span)) is not None:
            out[-1] = joined
        else:
            out.append(span)
    return out


def _range(first: Span, second: Span) -> Span | None:
    """The period from one month of a year to another, or None when either side is not one: a noun after the second
    year ('... February 2018 quarter') stays out, as it names the period's kind."""
    doc = first.doc
    last = max((t.i for t in second if re.fullmatch(_YEAR_RE, t.text)), default=None)
    if last is None or not _month_of_year(first) or not _month_of_year(doc[second.start:last + 1]):
        return None
    joined = Span(doc, first.start, last + 1, label="DATE")
    read = classify_date(joined.text)
    if not read or read[0] != "period":
        return None
    joined._.kind, joined._.iso = read
    return joined


def resolve_date(kind: str, iso: str, text: str, reference: dt.date | None, named_periods: dict[str, str]) -> str:
    """The calendar value of a dated reference: itself when absolute, the value against `reference` when relative
    ('last year' on 2024-06-30 -> 2023; 'Thursday' -> the latest Thursday on or before it), the dates of a named era
    from the reference table ('the Gulf War' -> its start/end), else ''."""
    if kind == "period" and not iso:
        return named_periods.get(name_key(re.sub(r"^the\s+", "", text, flags=re.I)), "")
    if kind in ("date", "period") and not iso.startswith("--"):
        return iso
    if reference is None or kind == "vague":
        return ""
    if iso.startswith("--"):
        month = int(iso[2:4])
        year = reference.year if month <= reference.month else reference.year - 1
        return f"{year}{iso[1:]}"
    low = text.lower()
    weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for number, day in enumerate(weekdays):
        if re.search(rf"\b{day}\b", low) and not re.search(r"\b(next|last|this)\b", low):
            return (reference - dt.timedelta(days=(reference.weekday() - number) % 7)).isoformat()
    prefer = "future" if re.search(r"\b(next|coming)\b", low) else "past"
    data = dateparser.date.DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": dt.datetime.combine(reference, dt.time()), "PREFER_DATES_FROM": prefer}).get_date_data(
        _strip_modifiers(low))
    return _iso(data.date_obj, data.period) if data.date_obj else ""


def infer_reference_date(doc: Doc) -> dt.date | None:
    """The latest full calendar date the article writes (YYYY-MM-DD), else None."""
    days = [d._.iso for d in doc.spans["dates"] if d._.kind == "date" and re.fullmatch(r"\d{4}-\d\d-\d\d", d._.iso)]
    return max(dt.date.fromisoformat(d) for d in days) if days else None


def choose_reference_date(given: dt.date | None, doc: Doc, origin: str = "given as REFERENCE_DATE"
                          ) -> tuple[dt.date | None, str]:
    """The date that anchors relative references, and where it came from: the one given (with its `origin`: the
    REFERENCE_DATE parameter, or the article's publication date), else the latest full date the article writes,
    else none."""
    if given:
        return given, origin
    inferred = infer_reference_date(doc)
    if inferred:
        return inferred, "inferred: the latest full date the article writes"
    return None, "unknown: the article writes no full date; relative dates stay unresolved"


def named_periods(table: pd.DataFrame) -> dict[str, str]:
    """The reference table of named eras as {name key: 'start/end'}: 'the Gulf War' is found as 'gulf war'."""
    return {name_key(r.period): f"{r.start}/{r.end}" for r in table.itertuples()}
