"""One row per real-world entity: the `entity_resolver` component corrects the model's names and labels from evidence in the document.

The model tags names one mention at a time, and it makes mistakes a reader would not: a surname
alone is often tagged ORG, an acronym gets another label than the name it stands for, and "U.S." and
"the United States" look like two places. The `entity_resolver` component fixes these from evidence
inside the document, never from a list of this article's names:

- "the", a possessive "'s", a descriptor or a kind of place in lower case ("the ACEA association", "Meru county"),
  a trade noun given a capital by a headline ("Chipmaker Nordvik") and a dateline's date run into its place
  ("Perth, Nov 4") are not part of a name, nor is a title run into a person's ("Competition Commissioner Ilse
  Brandt"), and a common noun that starts a sentence ("Farmers say ...", "Rice accounts for ..."; a one-word
  "person" or a plural the tagger calls proper, "Turnout was ...", when the model knows the word as a noun and the
  document writes it nowhere else), a date ("MANILA, Oct 2 -") and a description with no capital ("the farm
  ministry"), or an acronym of one ("AI" where the text writes "artificial intelligence"), are no names at all;
- a surname that the document also uses inside a PERSON's full name is that PERSON;
- an acronym that matches the initials of a longer name in the document, or a short name that the text gives
  in brackets after a name ("the National Statistics Institute (INE)", "the Central Statistics Bureau
  (Statbank)"), is that entity, with its label;
- country aliases ("U.S.", "US", "America") are one country, from a reference table with a source;
- capitalised headline and dateline forms ("ZAMBIA") are the same entities as their normal forms, the
  agency in a dateline's brackets ("(AAP)") is an organisation and its place ("ACCRA, Nov 18 -") a place even
  where the model tagged nothing, and an acronym or a name of several words tagged once is found again where the
  model missed it; a bracket the model ran into a name ("... Organization (JNTO") is not part of it, and the
  story after a dateline is tagged again by itself (`dateline_ner`: after "SAN JOSE, April 7 - " the model read
  "April 7 - Elena Ruiz" as one date);
- a descriptor just before a name ("State miner Codelco", "the energy regulator Ofgem") makes it an organisation,
  even a "person" whose last word the text writes in lower case ("nickel miner Harlan Nickel") and a name the model
  left untagged ("grid operator NORDGRID"), or a run of capitalised words ending in a kind of organisation ("The
  Competition and Markets Authority"), as do "analysts at" ("analysts at Harlow"), what only organisations have
  ("Kestrel's chairman"), a trade noun that also describes countries before a one-word "person" ("dairy exporter
  Kowhai"), a state body set beside a name ("Egypt's state grain buyer, Nile Harvest"), a capital inside one word
  ("NovaPay"; not "McCarthy") and a name that ends in a company word ("Helix Therapeutics"); a phrase set beside a
  name makes it a facility when it ends in a built thing ("Escondida, the world's biggest copper mine") and an
  organisation when it ends in a kind of company ("Arden, Britain's biggest grocer", "La Liga, the biggest league",
  and for a one-word "person", "Tallis, the furniture maker"); a name where a built thing stands ("a smelter at
  Kwinana", "plants in Leeds and Derby") is a place, as is a "person" after "the" ("across much of the Pampas"), a
  name after "parts of", "the provinces of" or "the governor of" (two places when the model ran "Assam and
  Arunachal Pradesh" into one name) and a name something is based in ("Pune-based"), and a region named by the
  compass ("the Midwest") is a region; an organisation's first word alone ("Nordvik" after "Nordvik
  Semiconductor"), or its last word tagged as an organisation ("Lufthansa" after "Deutsche Lufthansa"), is that
  organisation, and a name resolved once is resolved wherever it appears;
- an organisation's name that ends in "Ministry", "Board" and the like is read on over capitalised words before
  an "and" that the model left out ("the Mines and Mineral Resources Ministry"), and over "of" and the place
  the model left apart ("the Cocoa Board of Ghana");
- news-agency copy: a topic before a headline's dash ("SOCCER - ...") is no dateline place, a place before an ISO
  date is one ("AMSTERDAM 1996-09-15") and never a surname, a score or a quotation mark is no part of a name, a
  one-word side in a result with a score is an organisation, and a name after or beside a role only a person has
  ("Danish striker Lars Vestergaard", "Klaus Reiter, chief economist at ...") is a person;
- kept data: a country's name (ISO 3166) is a place, found where the model tagged nothing, and a state or region
  (ISO 3166-2) the model calls a region is one; a company's legal form (cleanco's terms: "ASA", "GmbH") ends its
  name, which is read on over the country it starts with when its bracketed acronym spells it ("Zambia
  Consolidated Copper Mines Ltd (ZCCM)"); a law keeps its year ("the Trade Act of 1974"); a name between "the" and
  "mine" or "pipeline" is the facility's; a portfolio before "Secretary" or "Minister" and a title-case headline's
  common words are no names, nor is a web address;
- otherwise, an entity takes the label most of its mentions carry, unless the text writes it as only an
  organisation's name is written ("Van Loon chief executive Pieter de Graaf").

Each change to the model's label is kept with its reason, for the corrections table below.
"""

import bisect
import functools
import re
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from newsfacts.entities.dateline import DATELINE, MONTH_RE, MONTHS, datelines, text_of
from newsfacts.rules import (
    TIME_ZONE_WORDS, RELEASE_VERBS, CONTINENTS, SETTLEMENT_NOUNS, PUBLICATION_NOUNS,
    BULLETS, CALENDAR_WORDS, CITED_OTHERS, COMPANY_DESCRIPTORS, COMPANY_WORDS, COMPASS_WORDS, CORPORATE_SUFFIXES, COUNTRY_NAMES,
    COUNTRY_OR_COMPANY_DESCRIPTORS, DISEASE_NAMES, HOUSE_KINDS, NAME_JOINERS, PRICE_BASES, REGION_WORDS, EMPLOYEE_NOUNS, ENTITY_LABELS, FACILITY_NOUNS, HONORIFICS,
    DEMONYM_PEOPLE, INDEX_WORDS, IRREGULAR_DEMONYMS, MEMBER_BODY_WORDS, NAMED_FACILITY_NOUNS, NAME_DESCRIPTORS, NAME_FUNCTION_WORDS,
    FORMER_COUNTRIES, GOVERNMENT_NOUNS, LAW_NOUNS, NATIONALITY_NOUNS, OFFICERS, OFFICE_TITLES, ORGANISATION_NOUNS, ORGANISATION_POSSESSIONS, ORGANISATION_WORDS, OWN_RESULTS, CAPITALISED_COMMON_NOUNS,
    LEGAL_FORM_PIECES, LEGAL_FORM_PREFIXES, OWN_PUBLICATION_WORDS, PERSON_ROLES, PERSON_TITLES, PRODUCT_NOUNS, PLACE_PARTS, PLACE_PREPOSITIONS, PLACE_WORDS, PROVISION_WORDS,
    COUNTY_WORDS, DOCUMENT_NOUNS, HEADLINE_VERBS, PLACE_NAME_STARTS, PLAIN_COMPANY_WORDS, PUBLICATION_WORDS, PUBLIC_BODIES,
    RELATION_NOUNS, RELEASE_STATUS_WORDS, CHEMICAL_ELEMENTS, DOCUMENT_PART_WORDS, REPORTING_VERBS, RESULT_VERBS, SCALED_UNITS, SIGN_OFF_WORDS, STARTUP_WORDS,
    STATE_ABBREVIATIONS, SURNAME_PREFIXES, TEAM_WORDS, TITLED_WORKS, TRADED, TRADE_NOUNS, UNITS, name_function_words,
    subdivision_names,
)


for _name in ("entity", "model_label", "rule"):
    Span.set_extension(_name, default="", force=True)
Doc.set_extension("mention_index", default=None, force=True)


def written_offsets(span: Span) -> tuple[int, int]:
    """Where a span is in the article as written: its character offsets in the text the model read, mapped back
    through Doc.user_data['to_article'] where reading changed the text (newsfacts.pipeline.readable_text)."""
    source = span.doc.user_data.get("to_article")
    if source is None:
        return span.start_char, span.end_char
    start = source[span.start_char] if span.start_char < len(source) else len(span.doc.user_data["article"])
    return start, (source[span.end_char - 1] + 1 if span.end_char > 0 else 0)


def as_written(span: Span) -> str:
    """A span's text as the article writes it (the pipeline may read headline capitals in normal case, and read the
    text normalised)."""
    article = span.doc.user_data.get("article")
    if article is None:
        return span.text
    start, end = written_offsets(span)
    return article[start:end]


def name_key(text: str) -> str:
    """A comparison key for names: 'U.S.' -> 'us', 'ZAMBIA' -> 'zambia', 'the  United States’' -> 'the united states'."""
    text = unicodedata.normalize("NFKC", text).replace("’", "'").replace(".", "")
    return re.sub(r"\s+", " ", text).strip(" '").casefold()


def _opens_line(tok: Token) -> bool:
    """Whether a token starts a sentence, or a bulleted line ('• Steam coal exports ...')."""
    return tok.is_sent_start or (tok.i > 0 and (tok.doc[tok.i - 1].text in BULLETS or (
        tok.doc[tok.i - 1].is_sent_start and tok.doc[tok.i - 1].is_punct)))


def split_mention(span: Span) -> list[Span]:
    """Split a name the model ran across a line break, a dateline dash or a sentence start:
    'Riverton\\n\\nRiverton' -> two; 'PERTH - Pilbara Minerals' -> 'PERTH', 'Pilbara Minerals'."""
    doc, parts, start = span.doc, [], span.start + (span[0].text in BULLETS)  # '• Steam' -> 'Steam'
    for tok in span[1:]:
        boundary = tok.is_sent_start and (doc[tok.i - 1].is_punct or doc[tok.i - 1].is_space)  # not 'Elena | Ruiz'
        if boundary or tok.is_space or (tok.text in ("-", "\u2013", "\u2014") and tok.whitespace_):
            parts.append((start, tok.i))
            start = tok.i + (0 if tok.is_sent_start and not tok.is_space else 1)
    parts.append((start, span.end))
    if (span.start >= 2 and doc[span.start - 1].lower_ == "of" and doc[span.start - 2].lemma_.lower() in PLACE_PARTS
            and span[-1].lower_ not in ORGANISATION_WORDS | PUBLIC_BODIES):  # (not 'a part of the Department's Research and
        # Innovative Technology Administration', one body)
        # 'parts of Punjab and Himachal Pradesh', taken as one name: two places
        cuts = [t.i for t in span if t.lower_ == "and" or t.text == ","]
        parts = [(a, b) for a, b in zip([span.start] + [i + 1 for i in cuts], cuts + [span.end])]
    parts = [_unbracketed(doc, a, b) for a, b in parts]  # 'SEOUL, Aug 22 (Reuter) - Haeyang ...' -> 'Reuter', not 'Reuter)'
    spans = [Span(doc, a, b, label=span.label_) for a, b in parts if b > a and not all(t.is_space or t.is_punct for t in doc[a:b])]
    return [part for s in spans for placed in places_listed(s) for listed in bodies_listed(placed) for part in nationality_before_name(listed)
            for part in provision_of_law(part) for part in law_of_a_body(part) for part in body_of_a_body(part)
            for part in body_and_its_title(part)]


def body_and_its_title(span: Span) -> list[Span]:
    """A body named with the title of its publication, as a release's heading runs them: 'National Credit Union
    Administration Quarterly Credit Union Data Summary 2021 Q1' -> 'National Credit Union Administration' and
    'Quarterly Credit Union Data Summary'. The body ends in a word for a kind of public body; the title, of two words or
    more, opens with how often it appears and ends in a word for a report. Any other span is returned as it is."""
    doc = span.doc
    end = span.end
    while end > span.start + 1 and re.fullmatch(r"(?:19|20)\d\d|[QH][1-4]", doc[end - 1].text):
        end -= 1  # the edition: '... 2021 Q1'
    cut = next((t.i for t in span[:-2] if t.lower_ in PUBLIC_BODIES and t.text[:1].isupper() and t.i + 1 < end
                and t.i - span.start >= 1 and doc[t.i + 1].lower_ in PERIODICAL_WORDS and _publication(doc[t.i + 1:end])), None)
    if cut is None:
        return [span]
    return [Span(doc, span.start, cut + 1, label="ORG"), Span(doc, cut + 1, end, label="WORK_OF_ART")]


def _unbracketed(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """A part of a name without a bracket it does not close or open: '( Reuter' or 'Reuter )' -> 'Reuter'."""
    texts = [t.text for t in doc[start:end]]
    if end > start and texts[-1] == ")" and "(" not in texts:
        end -= 1
    if end > start and texts[0] == "(" and ")" not in texts:
        start += 1
    return start, end


def body_of_a_body(span: Span) -> list[Span]:
    """An organisation named with the department it belongs to, apart: "the U.S. Department of Transportation's
    Bureau of Transportation Statistics" -> 'U.S. Department of Transportation', 'Bureau of Transportation
    Statistics'. Both must be names of two words or more, the second opening with a kind of body ('Bureau', 'Office',
    'Agency'); "Sotheby's Institute" and "Macy's Inc" stay whole. Any other span is returned as it is."""
    doc = span.doc
    owner = next((t.i for t in span if t.text in ("'s", "’s") and t.i > span.start), None)
    if (owner is None or span.label_ != "ORG" or owner - span.start < 2 or span.end - owner < 3
            or doc[owner + 1].lower_ not in ORGANISATION_NOUNS | PUBLIC_BODIES or not doc[owner + 1].text[:1].isupper()
            or not any(t.lower_ in ORGANISATION_NOUNS | PUBLIC_BODIES for t in doc[span.start:owner])):
        return [span]
    return [Span(doc, span.start, owner, label="ORG"), Span(doc, owner + 1, span.end, label="ORG")]


def law_of_a_body(span: Span) -> list[Span]:
    """A law or treaty named with the body it belongs to, apart: "the World Trade Organization's Agreement on
    Fisheries Subsidies" -> 'World Trade Organization', 'Agreement on Fisheries Subsidies' (a law). Any other span is
    returned as it is."""
    doc = span.doc
    owner = next((t.i for t in span if t.text in ("'s", "’s") and t.i > span.start), None)
    if owner is None or owner + 2 >= span.end or doc[owner + 1].lower_ not in LAW_NOUNS or not doc[owner + 1].text[:1].isupper():
        return [span]
    return [Span(doc, span.start, owner, label=span.label_), Span(doc, owner + 1, span.end, label="LAW")]


def places_listed(span: Span) -> list[Span]:
    """Two towns the model ran into one name of another kind over 'and', where a plural noun of sites has them
    after 'in' or 'at': 'its sites in Reading and Stockport' -> 'Reading', 'Stockport', places."""
    doc = span.doc
    joins = [t.i for t in span if t.lower_ == "and"]
    if (span.label_ in ("GPE", "LOC") or len(joins) != 1 or span.start < 2 or doc[span.start - 1].lower_ not in ("in", "at")
            or doc[span.start - 2].tag_ != "NNS"):
        return [span]
    sides = [doc[span.start:joins[0]], doc[joins[0] + 1:span.end]]
    if not all(1 <= len(side) <= 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in side) for side in sides):
        return [span]
    return [Span(doc, side.start, side.end, label="GPE") for side in sides]


def bodies_listed(span: Span) -> list[Span]:
    """Organisations the model ran together over a comma, as a source line lists a department and its service:
    'U.S. Department of Agriculture, Foreign Agricultural Service,' -> the two. Each part must be a name of two
    capitalised words or more ('Keefe, Bruyette & Woods' stays one); a trailing comma goes."""
    doc = span.doc
    if span.label_ == "ORG" and "," not in span.text:
        return _two_bodies(span)
    if span.label_ != "ORG":
        return [span]
    cuts = [t.i for t in span if t.text == ","]
    parts = [(a, b) for a, b in zip([span.start] + [i + 1 for i in cuts], cuts + [span.end]) if b > a]
    kinds = ORGANISATION_WORDS | PUBLIC_BODIES | COMPANY_WORDS  # each part a body: not 'Ministry of Agriculture, Forestry
    named = all(b - a >= 2 and all(t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in doc[a:b])  # and Fisheries'
                and any(t.lower_ in kinds for t in doc[a:b]) for a, b in parts)
    first = parts[0]
    body_first = first[1] - first[0] >= 2 and any(t.lower_ in kinds for t in doc[first[0]:first[1]]) and all(
        t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in doc[first[0]:first[1]])
    if not named and body_first and _source_line_start(span) is not None:  # 'Source: U.S. Bureau of Economic Analysis,
        return [Span(doc, first[0], first[1], label="ORG")]  # Personal Income and Outlays, ...': the body, not its release
    if not named:
        return [span] if cuts[-1] != span.end - 1 else [Span(doc, span.start, span.end - 1, label="ORG")]
    return [Span(doc, a, b, label="ORG") for a, b in parts]


def _two_bodies(span: Span) -> list[Span]:
    """Two public bodies the model ran together over 'and': 'National Agricultural Statistics Service and Economic
    Research Service' -> the two. Each part is a name of two capitalised words or more ending in a word for a kind of
    body, so 'Department of Health and Human Services' and 'Food and Drug Administration' stay whole."""
    doc = span.doc
    joins = [t.i for t in span if t.lower_ == "and"]
    if len(joins) != 1:
        return [span]
    left, right = doc[span.start:joins[0]], doc[joins[0] + 1:span.end]
    def body(part: Span) -> bool:
        return (len(part) >= 2 and part[-1].lower_ in PUBLIC_BODIES and part[0].text[:1].isupper()
                and all(t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in part))
    if not (body(left) and body(right)):
        return [span]
    return [Span(doc, left.start, left.end, label="ORG"), Span(doc, right.start, right.end, label="ORG")]


def provision_of_law(span: Span) -> list[Span]:
    """A numbered provision the model ran into the law it belongs to, apart, both laws: 'Section 232 of the Trade
    Expansion Act of 1962' -> 'Section 232', 'Trade Expansion Act of 1962' (as 'Section 301' and 'Trade Act of 1974'
    are read when the model leaves them apart). Any other span is returned as it is."""
    doc = span.doc
    if (len(span) < 5 or span[0].text not in PROVISION_WORDS or not re.fullmatch(r"\d+[A-Za-z]?(?:\(\w+\))*", span[1].text)
            or span[2].lower_ != "of"):
        return [span]
    law = span.start + 3 + (span[3].lower_ == "the")
    if law >= span.end or not doc[law].text[:1].isupper():
        return [span]
    return [Span(doc, span.start, span.start + 2, label="LAW"), Span(doc, law, span.end, label="LAW")]



def nationality_before_name(span: Span) -> list[Span]:
    """A nationality noun the model ran into the name after it, apart: 'Spaniard Felix Mantilla' -> 'Spaniard'
    (NORP), 'Felix Mantilla' (PERSON); 'Swede Magnus' (the model stopping short) -> 'Swede', 'Magnus Larsson', read
    on over the capitalised names after it. Any other span is returned as it is."""
    doc = span.doc
    if len(span) < 2 or span[0].lower_ not in NATIONALITY_NOUNS or not all(t.text[:1].isupper() for t in span[1:]):
        return [span]
    end = span.end
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and not doc[end].ent_type_ and (
            not doc[end].is_sent_start):
        end += 1
    return [Span(doc, span.start, span.start + 1, label="NORP"), Span(doc, span.start + 1, end, label="PERSON")]


def clean_mention(span: Span) -> Span | None:
    """Drop a leading 'the' or trade noun, a trailing possessive and a trailing descriptor written in lower case:
    'the United States'' -> 'United States', 'Chipmaker Nordvik' -> 'Nordvik', "Lopez's" -> 'Lopez',
    'the ACEA association' -> 'ACEA', 'Kericho county' -> 'Kericho', and the date a dateline ran into a place:
    'Perth, Nov 4' -> 'Perth', a bracket the model ran into: 'Tourism Organization (JNTO' -> 'Tourism
    Organization', a byline's separator ('Materials Desk | Updated' -> 'Materials Desk'), a person's title run into
    a name: 'Competition Commissioner Ilse Brandt' -> 'Ilse Brandt', a score run into one: 'Mary Paris 6-2 6-3' ->
    'Mary Paris', a quotation mark: '" Smith' -> 'Smith', and a descriptor in lower case run into the name after it:
    'Lithium miner Pilbara Minerals' -> 'Pilbara Minerals', and a conjunction run into its end ('Koppies and'); none
    for the scale of a temperature ('72°F')."""
    start, end = span.start, span.end
    doc = span.doc
    if start and doc[start - 1].text == "°" and doc[start].text in ("F", "C"):
        return None  # '72°F this report week': the scale of a temperature, no name
    if doc[start].lower_ in CAPITALISED_COMMON_NOUNS and (end - start == 1 or (
            end - start == 2 and doc[start + 1].text in ("'s", "’s"))):
        return None  # 'the fastest in the Nation', "Value of Nation's Mineral Production": the country, unnamed
    while start < end and doc[start].is_quote:  # a quotation mark run into a name: '" Smith' -> 'Smith'
        start += 1
    while end > start and doc[end - 1].is_quote and doc[end - 1].text not in ("'", "’"):
        end -= 1
    while start < end - 1 and doc[start].lower_.rstrip(".") in HONORIFICS and doc[start + 1].text[:1].isupper():
        start += 1  # 'Ms Fenwick' -> 'Fenwick', the surname of a person named in full
    while start < end and (doc[start].lower_ == "the" or (doc[start].lower_ in TRADE_NOUNS and start < end - 1) or (
            doc[start].lower_ in RELATION_NOUNS and start < end - 1 and doc[start].is_sent_start)):  # 'Rival Jetwing said'
        start += 1
    if end - start >= 3 and doc[end - 2].text == "-" and doc[end - 1].is_lower and doc[end - 1].is_alpha and not (
            doc[end - 2].whitespace_ or doc[end - 3].whitespace_) and span.label_ != "PERSON":
        end -= 2  # 'Gulf War-era': the name, before a lower-case word hyphened to it (not a person's 'Kim Jae-won')
    if end - start >= 2 and re.fullmatch(r"[HQ][1-4]", doc[end - 1].text):
        end -= 1  # 'Taunus Systeme H1' of a wire headline: the company, before the half its results cover
    if (end - start >= 3 and doc[end - 1].lower_ in ("analysis", "report", "review", "study", "survey")
            and doc[end - 2].lower_ in ORGANISATION_NOUNS | PUBLIC_BODIES):
        end -= 1  # 'A Harbour Budget Office Analysis': the office, before what it wrote
    if (end - start >= 3 and doc[start].lower_ in MONTHS and end + 2 < len(doc) and doc[end].text == "("
            and doc[end + 2].text == ")" and initials(doc[start + 1:end]) == doc[end + 1].text):
        start += 1  # 'released May North American Free Trade Agreement (NAFTA) freight numbers': the month is a date
    month = start + (doc[start].lower_ in MONTHS)
    dated = month + (month < end - 1 and _a_year_token(doc[month]))
    if (dated > start and end - dated >= 2 and doc[end - 1].lower_ in DOCUMENT_NOUNS
            and all(t.text[:1].isupper() for t in doc[dated:end])):
        start = dated  # 'the September 2014 Current Population Survey': the survey, without the month it was taken in
    if (end - start >= 4 and doc[start].lower_ in ORGANISATION_NOUNS and doc[start + 1].text in ("'s", "’s")
            and doc[start + 2].text[:1].isupper()):
        start += 2  # "the Department's Research and Innovative Technology Administration": a body of the department
        # named before, whose own name follows its possessive
    kind = max((t.i for t in doc[start:end - 1] if t.is_lower and t.lower_ in ORGANISATION_WORDS), default=None)
    if kind is not None and all(t.text[:1].isupper() for t in doc[kind + 1:end]):
        start = kind + 1  # a descriptor the model ran into the name after it: 'Lithium miner Pilbara Minerals'
    comma = next((t.i for t in doc[start:max(start, end - 2)] if t.text == "," and re.fullmatch(
        MONTH_RE, doc[t.i + 1].text, flags=re.I) and doc[t.i + 2].like_num), None)
    end = comma if comma is not None else end  # 'Perth, Nov 4' in a dateline -> 'Perth'
    end = next((t.i for t in doc[start + 1:end] if t.text in ("(", "|")), end)  # '... Organization (JNTO' -> '... Organization'
    title = max((t.i for t in doc[start:end - 1] if t.lower_ in PERSON_TITLES and t.text[:1].isupper()), default=None)
    if title is not None and end - title > 2 and all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[title + 1:end]):
        start = title + 1  # 'Competition Commissioner Ilse Brandt' -> 'Ilse Brandt'
    start = office_holder(doc, start, end)
    score = next((t.i for t in doc[start + 1:end] if t.text.isdigit() and re.fullmatch(
        r"(?:\d+(?:-\d+)+ ?)+", "".join(u.text_with_ws for u in doc[t.i:end]).strip())), None)
    end = score if score is not None else end  # a score run into a name: 'Mary Paris 6-2 6-3' -> 'Mary Paris'
    while end > start + 1 and doc[end - 1].tag_ in ("VBZ", "VBD") and doc[end - 1].pos_ in ("VERB", "AUX") and doc[end - 1].is_lower:
        end -= 1  # a verb the model ran into the name before it: 'the U.S. Department of Agriculture marks the occasion'
    while end > start and (doc[end - 1].text in ("'s", "’s", "'", "’", "-", "\u2013") or doc[end - 1].lower_ in ("and", "or") or (
            end - 1 > start and doc[end - 1].text.islower() and doc[end - 1].lower_ in ORGANISATION_WORDS | PLACE_WORDS)):
        end -= 1
    if end - start >= 3 and _publication(doc[start + 1:end]) and re.fullmatch(r"[A-Z]{2,6}", doc[start].text):
        start += 1  # 'the 2017 USGS Mineral Commodity Summaries' -> the title, without its publisher
    compass = [i for i in range(start, end) if doc[i].lower_ in COMPASS_WORDS - {"-"} and doc[i].text[:1].isupper()]
    if compass and compass[-1] == end - 1 and end - start >= 3 and _country_word(doc[start]):
        start += 1  # 'the U.S. Pacific Northwest' -> 'Pacific Northwest', a region of the country
    elif (compass and compass[0] == start and end - start == 2 and _country_word(doc[end - 1])
          and doc[start:end].text not in FORMER_COUNTRIES):  # ('West Germany' was a country)
        start += 1  # 'Northwest U.S. natural gas prices' -> 'U.S.'
    if end > start and _unit_name(doc[start:end]):
        return None  # '$1.59 per million British thermal units (MMBtu)': a unit, no nationality and no person
    return Span(doc, start, end, label=span.label_) if end > start else None


def office_holder(doc: Doc, start: int, end: int) -> int:
    """Where the person's name starts in a name the model ran on from the office before it: 'Secretary of
    Agriculture Sonny Perdue' (the model's 'Agriculture Sonny Perdue') -> 'Sonny Perdue', 'Under Secretary of Commerce
    for International Trade Marisa Lago' -> 'Marisa Lago', 'Under Secretary for International Trade Francisco
    Sanchez' (the model's 'International Trade Francisco Sanchez'); the name is the last two words, or three with an initial
    between them ('Alexis M. Taylor'). Any other name keeps its start."""
    if not (start >= 2 and end - start >= 3 and doc[start - 1].lower_ in ("of", "for") and doc[start - 2].lower_ in PERSON_TITLES
            and doc[start - 2].text[:1].isupper()):
        return start
    first = end - 3 if re.fullmatch(r"[A-Z]\.", doc[end - 2].text) else end - 2
    if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
        return start  # the portfolio, with the holder's name after it: '... for Economic Affairs' + 'Dana Whitcombe'
    lower = doc.user_data.get("lower_words", ())
    if any(t.lower_ in lower or t.lower_ in ("affairs", "affair") for t in doc[first:end]):
        return start  # the portfolio's own last words: 'Under Secretary for Trade and Foreign Agricultural Affairs'
    if not (all(t.pos_ == "PROPN" and t.text[:1].isupper() for t in doc[first:end]) and all(
            t.text[:1].isupper() or t.lower_ in ("for", "of", "and") for t in doc[start:first])):  # 'Under Secretary of
        return start  # Commerce for International Trade Marisa Lago'
    return first if first > start else start


def after_office(span: Span) -> bool:
    """Whether a name of two or three words follows an office and its department: 'Secretary of Agriculture Sonny
    Perdue', 'Minister of Home Affairs Anna Berg' -> a person's name."""
    doc = span.doc
    return 2 <= len(span) <= 3 and any(
        span.start - k >= 2 and office_holder(doc, span.start - k, span.end) == span.start for k in (1, 2, 3, 4, 5))


def joined_bodies(mentions: list[Span]) -> list[Span]:
    """Two organisations the model tagged apart around an 'and' that together name one body: 'National Travel' +
    'and' + 'Tourism Office' -> 'National Travel and Tourism Office'. The first ends in no word for a kind of body, the
    second does; both are capitalised words ('Census Bureau and Economic Research Service' stays two). So is a
    nationality the model tagged apart after 'the' and the body it names: 'the Malaysian' + 'Timber Industry Board'."""
    out: list[Span] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and last.label_ == "NORP" and m.label_ == "ORG" and m.start == last.end and len(last) == 1
                and last.start > 0 and m.doc[last.start - 1].lower_ == "the" and m[-1].lower_ in PUBLIC_BODIES
                and all(t.text[:1].isupper() for t in m if t.is_alpha)):  # 'the Malaysian' + 'Timber Industry Board':
            out[-1] = Span(m.doc, last.start, m.end, label="ORG")  # one body's name
            continue
        if (last is not None and last.label_ == "ORG" and m.label_ == "ORG" and m.start == last.end + 1
                and m.doc[last.end].lower_ == "and" and last[-1].lower_ not in PUBLIC_BODIES | ORGANISATION_WORDS
                and m[-1].lower_ in PUBLIC_BODIES and all(t.text[:1].isupper() for t in (*last, *m) if t.is_alpha)
                and not any(t.text.isupper() and len(t.text) > 1 for t in last)):  # ('HUD and Census Bureau': two)
            out[-1] = Span(m.doc, last.start, m.end, label="ORG")
        else:
            out.append(m)
    return out


def joined_countries(mentions: list[Span]) -> list[Span]:
    """Two places the model tagged apart around an 'and' that together name one country: 'Trinidad' + 'and' +
    'Tobago' -> 'Trinidad and Tobago', as 'Bosnia and Herzegovina' (ISO 3166)."""
    out: list[Span] = []
    for m in mentions:
        last = out[-1] if out else None
        if (last is not None and m.start == last.end + 1 and m.doc[last.end].lower_ in ("and", "&")
                and f"{last.text} and {m.text}" in COUNTRY_NAMES):
            out[-1] = Span(m.doc, last.start, m.end, label="GPE")
        else:
            out.append(m)
    return out


def _places_paired(text: str) -> bool:
    """Whether a name is two places joined by a hyphen, as an adjective for what is between them ('U.S.-Soviet',
    'Peru-Bolivia'): two capitalised parts, one a country's name or a dotted abbreviation ('U.S.'), the other one
    word."""
    parts = text.split("-")
    if len(parts) != 2 or not all(re.fullmatch(r"[A-Z][A-Za-z.]+", p) for p in parts):
        return False
    return any(p in COUNTRY_NAMES or re.fullmatch(r"(?:[A-Z]\.){2,}", p) for p in parts)


TITLE_MODIFIERS = {"first", "prime", "deputy", "chief", "vice", "acting", "finance", "foreign", "trade", "economy"}
MAKING_VERBS = {"build", "make", "assemble", "manufacture", "produce", "launch"}  # 'Nissan, which builds the Qashqai'
BARE_BODY_WORDS = {"administration", "department", "ministry", "agency", "commission", "government", "bureau", "office",
                   "board", "council", "authority", "committee"}  # 'the Administration', no name of its own
MAKER_NOUNS = {"maker", "producer", "brewer", "manufacturer", "distiller", "bottler"}  # 'the maker of Tarn Cola'


def _made_by_company(span: Span) -> bool:
    """Whether a name the model calls an organisation, a people or a region is a product: what a company makes, builds
    or launches ('Nissan,
    which builds the Qashqai in Sunderland'): the verb's object, after 'the', whose subject is an organisation or a
    'which' that stands for one."""
    doc, verb = span.doc, span.root.head
    if span.root.dep_ != "dobj" or verb.lemma_.lower() not in MAKING_VERBS or not span.start or doc[span.start - 1].lower_ != "the":
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("which", "that") and verb.dep_ == "relcl":
        subject = verb.head
    return subject is not None and subject.ent_type_ == "ORG"


def _maker_of(span: Span) -> bool:
    """Whether a name is what a company is called the maker of: 'Brackenfield Drinks, the maker of Tarn Cola' ->
    Tarn Cola, a product."""
    of = span.root.head
    return span.root.dep_ == "pobj" and of.lower_ == "of" and of.head.lemma_.lower() in MAKER_NOUNS and of.head.i < span.start


def _demonym_of(word: str) -> str | None:
    """The country a capitalised adjective is the nationality of: 'Vietnamese' -> Vietnam, 'Kenyan' -> Kenya,
    'Iraqi' -> Iraq (built from the ISO names by the regular endings), 'German' -> Germany (irregular ones, as data);
    None for any other word ('Chips', 'Orsted')."""
    return demonyms().get(word)


@functools.cache
def demonyms() -> dict[str, str]:
    """Nationality adjective -> country: the regular forms of each one-word ISO 3166 name ('Japan' -> 'Japanese',
    'Kenya' -> 'Kenyan', 'Mexico' -> 'Mexican', 'Brazil' -> 'Brazilian', 'Italy' -> 'Italian', 'Iraq' -> 'Iraqi',
    'Chile' -> 'Chilean') and the irregular ones in IRREGULAR_DEMONYMS, with the plurals that name its people
    ('Canadians', 'Britons', 'Swedes')."""
    forms: dict[str, str] = {}
    for c in sorted(n for n in COUNTRY_NAMES if n.isalpha() and n[:1].isupper()):
        for form in (c + "ese", c[:-1] + "ese", c + "n", c + "an", c[:-1] + "an", c + "ian", c[:-1] + "ian", c + "i"):
            forms.setdefault(form, c)
    forms.update(IRREGULAR_DEMONYMS)
    forms.update({f"{form}s": country for form, country in list(forms.items()) if form.endswith(("an", "i"))})  # 'Canadians'
    forms.update({people: country for people, country in DEMONYM_PEOPLE.items()})  # 'Britons', 'Swedes'
    return forms


def honoured_name(span: Span) -> bool:
    """Whether a name of two or three words the model calls an organisation is a person's, its last word given a
    person's honorific elsewhere in the text ('retail tycoon Philip Green' ... 'Mr Green')."""
    doc = span.doc
    if span.label_ != "ORG" or not 2 <= len(span) <= 3 or span[-1].lower_ in COMPANY_WORDS | ORGANISATION_WORDS or not all(
            t.is_alpha and t.text[:1].isupper() for t in span):
        return False
    if "honoured_words" not in doc.user_data:  # once per doc: the words the text gives an honorific ('Mr Green')
        doc.user_data["honoured_words"] = {t.text for t in doc[1:] if doc[t.i - 1].lower_.rstrip(".") in HONORIFICS}
    return span[-1].text in doc.user_data["honoured_words"]


def _common_words_shouted(span: Span, nouns: frozenset[str]) -> bool:
    """Whether a mention read recased from a headline in capitals is only common nouns that the body never writes
    with a capital: 'THE EMPLOYMENT SITUATION: SEPTEMBER 2000' -> 'Employment Situation' (not 'APPLE', when the body
    writes 'Apple')."""
    written = as_written(span)
    if (span.label_ in ("GPE", "LOC", "NORP") or not written.isupper() or written == span.text
            or not all(t.lower_ in nouns for t in span)):
        return False  # (a place in capitals is a dateline's or a headline's place: 'TOKYO, April 14 -')
    doc = span.doc
    return not any(not doc[i].is_sent_start and as_written(doc[i:i + 1]) == doc[i].text
                   and _source_line_start(doc[i:i + 1]) is None  # a title a source line cites is capitalised
                   for w in span for i in token_places(doc).get(w.text, ()) if not span.start <= i < span.end)


def token_places(doc: Doc) -> dict[str, list[int]]:
    """Where each word of the text stands, made once per text and kept on the Doc, so that a rule that looks a word
    up elsewhere in the text finds it directly rather than reading the whole text again."""
    if "token_places" not in doc.user_data:
        places: dict[str, list[int]] = {}
        for t in doc:
            places.setdefault(t.text, []).append(t.i)
        doc.user_data["token_places"] = places
    return doc.user_data["token_places"]


def _in_ticker(span: Span) -> bool:
    """Whether a mention stands in a bracketed stock ticker, exchange or code: 'Pilbara Minerals (ASX: PLS)',
    '(NYSE: ALB)'; the company is the name before the bracket."""
    doc = span.doc
    opening = next((i for i in range(span.start - 1, max(-1, span.start - 4), -1) if doc[i].text == "("), None)
    closing = next((t.i for t in doc[span.end:span.end + 3] if t.text == ")"), None)
    return opening is not None and closing is not None and re.fullmatch(
        r"\(\s*[A-Za-z]{2,8}\s*:\s*[A-Z][A-Z0-9.]{0,6}\s*\)", doc[opening:closing + 1].text) is not None


PERIODICAL_WORDS = {"daily", "weekly", "monthly", "quarterly", "annual"}  # how often a publication appears


def _publication(span: Span | list[Token]) -> bool:
    """True for the title of a report or periodical: capitalised words ending in a word for one, with its year or
    not ('Mineral Commodity Summaries', 'Short-Term Energy Outlook', 'Natural Gas Annual 2018'), or a list's ('List of
    Critical Minerals')."""
    words = span[:-1] if len(span) > 1 and re.fullmatch(r"\d{4}", span[-1].text) else span
    listed = len(words) >= 3 and words[0].lower_ == "list" and words[1].lower_ == "of" and all(  # 'List of Critical
        t.text[:1].isupper() for t in words[2:])  # Minerals'
    periodical = len(words) >= 2 and words[0].lower_ in PERIODICAL_WORDS and words[
        -1].lower_ in ("statement", "statements", "review", "survey", "update", "report", "summary")  # 'Daily Treasury
    # Statements', 'Quarterly Credit Union Data Summary'
    return listed or ((periodical or words[-1].lower_ in PUBLICATION_WORDS) and len(words) >= 2 and all(
        t.text[:1].isupper() or t.text == "-" for t in words))


def own_publication(span: Span) -> Span | None:
    """The title of a release's own publication, named with 'our', read on over capitalised words the model left out:
    'our Hourly Electric' + 'Grid Monitor' -> 'Hourly Electric Grid Monitor', 'our Monthly Energy Review' (a work,
    which described_as labels WORK_OF_ART, though the model calls it an organisation); None for any other name."""
    doc = span.doc
    if not span.start or doc[span.start - 1].lower_ != "our":
        return None
    end = span.end
    while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha and not doc[end].ent_type_ and not doc[end].is_sent_start:
        end += 1
    words = doc[span.start:end]
    if len(words) < 2 or words[-1].lower_ not in OWN_PUBLICATION_WORDS or not all(t.text[:1].isupper() for t in words):
        return None
    return Span(doc, span.start, end, label=span.label_)


def _country_word(tok: Token) -> bool:
    """True for a country written in one word or as its initials: 'U.S.', 'UK', 'Peru'."""
    return tok.text in COUNTRY_NAMES or bool(re.fullmatch(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}", tok.text))


UNIT_NAMES = frozenset(name.lower() for name in UNITS.values()) | frozenset(u.lower() for u, _ in SCALED_UNITS.values())


def _unit_name(span: Span) -> bool:
    """True when a mention is a unit of measure or begins one's name: 'MMBtu', 'Bcf', 'British' of 'British thermal
    units'."""
    doc = span.doc
    if all(t.lower_ in SCALED_UNITS or (t.lower_ in UNITS and not t.text.istitle()) for t in span):
        return True  # not a surname that is a unit's name too ('Watt')
    ahead = " ".join([t.lower_ for t in span] + [t.lemma_.lower() for t in doc[span.end:span.end + 2]])
    return any(ahead.startswith(name) and len(name.split()) > len(span) for name in UNIT_NAMES)


def _plain_forms(word: str) -> set[str]:
    """A word and the forms it may have without a plural or past ending: 'minerals' -> {'minerals', 'mineral'},
    'imported' -> {'imported', 'import', 'importe'}, 'publishes' -> {..., 'publish'}; the model's lemmas of a headline's capitalised words are often
    the words themselves."""
    forms = {word}
    if word.endswith("s"):
        forms.add(word[:-1])
    if word.endswith(("shes", "ches", "sses", "xes")):
        forms.add(word[:-2])  # 'publishes' -> 'publish'
    if word.endswith("ies"):
        forms.add(word[:-3] + "y")  # 'supplies' -> 'supply'
    if word.endswith("ed"):
        forms |= {word[:-2], word[:-1]}
    return forms


def _common_words_heading(span: Span) -> bool:
    """Whether a name stands on a line with no verb (a heading) and is made only of words the body writes in lower
    case, joined by 'and', 'of' or 'the': 'Manufacturing and Trade' of 'BUSINESS SALES AND INVENTORIES--Manufacturing
    and Trade', with 'manufacturing and trade sales' in the body."""
    doc = span.doc
    lower = lower_forms(doc)
    start = span.start
    while start > 0 and "\n" not in doc[start - 1].text and "\n" not in doc[start - 1].whitespace_:
        start -= 1
    end = span.end
    while end < len(doc) and "\n" not in doc[end].text and "\n" not in doc[end - 1].whitespace_:
        end += 1
    if any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]):
        return False
    words = [t for t in span if t.lower_ not in ("and", "of", "the", "&")]
    return len(span) > 1 and bool(words) and all({t.lower_, t.lemma_.lower(), *_plain_forms(t.lower_)} & lower for t in words)


def headline_name(span: Span) -> Span | None:
    """An organisation's name in a title-case headline without the words the body writes in lower case (in any form:
    'Imported' and 'imports'), which the headline only capitalises: 'U.S. Reliance' -> 'U.S.', 'Imported Minerals'
    -> None (common words, no name), and a 'person' all of whose words the body writes in lower case is none
    ('Nonfuel Mineral'); a hyphen left at the end goes too ('Energy-Related Products' -> None), and common nouns
    after an acronym ('WTO Tariff-Rate Quotas' -> 'WTO'), but a
    body's name ending in 'of X' stays whole ('U.S. Department of Energy'). An 'organisation' of common nouns with no
    word for an organisation, whose first word the body writes in lower case, is none ('Value of Nation'). Other
    mentions are returned as they are."""
    doc = span.doc
    ends_line = span.end >= len(doc) or doc[span.end].is_space or "\n" in span[-1].whitespace_
    if span.label_ == "ORG" and span[-1].lower_ in ("data", "numbers", "figures") and len(span) >= 2 and ends_line:
        return None  # a headline that ends in a release's title: 'July 2019 U.S. Airline Employment Data'
    if span.label_ == "ORG" and _common_words_heading(span):
        return None  # 'BUSINESS SALES AND INVENTORIES--Manufacturing and Trade', where the body writes 'manufacturing
        # and trade sales': a heading's common words, no name
    lower, sourced = lower_forms(doc), _source_line_start(span) is not None
    if span.label_ == "PERSON" and len(span) > 1 and sourced and all(
            {t.lemma_.lower(), *_plain_forms(t.lower_)} & lower for t in span):
        return None  # a release's title a source line cites, in words the body writes in lower case: no person
        # ('..., Statistics Service, Trout Production, released ...', after 'trout production fell')
    if (span.label_ == "NORP" and sourced and _demonym_of(span.text) is None
            and all(t.lower_ in doc.user_data.get("model_nouns", frozenset()) for t in span)):
        return None  # a common noun of a source line's title the model took for a people: "Commissioner's Corner blog"
    if span.label_ not in ("ORG", "PERSON", "NORP") or not _title_case(span.sent) or sourced:
        return span  # (a source line is no headline: 'Source: Harbour Research Service, Trade with Asia, ...')
    if span.label_ in ("PERSON", "NORP"):  # 'Nonfuel Mineral' of 'USGS Records Nonfuel Mineral Production Jump', 'Syrups'
        verb = next((t.i for t in span[1:] if t.lower_ in HEADLINE_VERBS), None)
        if span.label_ == "PERSON" and verb is not None:  # 'Glass Maker Picks' of 'Glass Maker Picks Ohio for ...':
            span = Span(doc, span.start, verb, label=span.label_)  # the 'person' ends before the headline's verb
        nouns = doc.user_data.get("model_nouns", frozenset())
        common = all({t.lemma_.lower(), *_plain_forms(t.lower_)} & lower for t in span) or (
            span.label_ == "PERSON" and (len(span) >= 2 or verb is not None) and span.start == span.sent.start  # a
            # heading's first words (or word, before its verb), all
            and all({t.lower_, t.lemma_.lower(), *_plain_forms(t.lower_)} & nouns for t in span))  # common nouns the
        # model knows: 'Demographic Characteristics'
        end = span.end
        while span.label_ == "PERSON" and end > span.start + 1 and {doc[end - 1].lemma_.lower(), *_plain_forms(doc[end - 1].lower_)} & lower:
            end -= 1  # 'Perdue Statement' of 'Secretary Perdue Statement: ...', where the body writes 'statement'
        nouns = doc.user_data.get("model_nouns", frozenset())
        while span.label_ == "NORP" and end > span.start + 1 and doc[end - 1].pos_ in ("NOUN", "PROPN") and (
                doc[end - 1].lower_ in lower or (doc[end - 1].lower_.endswith("s") and doc[end - 1].lower_[:-1] in nouns)):
            end -= 1  # 'North American Freight Numbers' of a headline: the nationality, before the headline's nouns
        return None if common else Span(doc, span.start, end, label=span.label_) if end < span.end else span
    start, end = span.start, span.end
    while start < end and doc[start].tag_ in ("VBG", "VBZ", "VBD", "VBP"):
        start += 1  # a verb the headline capitalises, before a name: 'Helping U.S.' -> 'U.S.'
    span = Span(doc, start, end, label=span.label_) if start < end else None
    if span is None:
        return None
    if "lower_verbs" not in doc.user_data:  # once per doc: the verbs the body writes in lower case
        doc.user_data["lower_verbs"] = {t.lemma_.lower() for t in doc if t.is_lower and t.pos_ in ("VERB", "AUX")}
    verb = next((t.i for t in doc[start + 1:end] if t.lower_.endswith("s") and _plain_forms(t.lower_) & doc.user_data["lower_verbs"]), None)
    verb = verb if verb is not None else next((t.i for t in doc[start + 1:end] if t.dep_ == "ROOT" and any(
        c.dep_ == "nsubj" and start <= c.i < t.i for c in t.children)), None)  # or where the parse has the headline's
    # verb, with its subject before it in the name: 'Growers Warn of ...'
    verb = verb if verb is not None else next((t.i for t in doc[start + 1:end] if t.lower_ in HEADLINE_VERBS), None)  # or
    # a headline's verb the model read on over: 'Chipmaker Wins Federal Grant'
    if verb is not None:  # 'EPA Publishes National ...': the name ends where the headline's verb starts
        end = verb
        span = Span(doc, start, end, label=span.label_)
    while end > span.start and (doc[end - 1].text in ("-", "\u2013", "&") or doc[end - 1].tag_ in ("VBZ", "VBD") or {
            doc[end - 1].lemma_.lower(), *_plain_forms(doc[end - 1].lower_)} & lower):  # 'Energy-Related Products',
        # and a verb after a name: 'Biden-Harris Administration Delivers'
        if end - span.start >= 3 and doc[end - 2].lower_ == "of" and doc[end - 3].lower_ in ORGANISATION_NOUNS:
            break  # 'U.S. Department of Energy' is a body's name, whatever the body of the text writes
        end -= 1
    lead = span.start
    while lead < end - 1 and {doc[lead].lower_, *_plain_forms(doc[lead].lower_)} & lower:
        lead += 1
    rest = doc[lead:end].text
    if lead > span.start and (rest in COUNTRY_NAMES or re.fullmatch(r"(?:[A-Z]\.){2,}", rest)):
        return Span(doc, lead, end, label="GPE")  # 'National U.S.' of 'EPA Publishes National U.S. Greenhouse Gas
        # Inventory': the country, after a word the body writes in lower case
    nouns = doc.user_data.get("model_nouns", frozenset())
    if (len(span) > 1 and {span[0].lemma_.lower(), *_plain_forms(span[0].lower_)} & lower and span[-1].lower_ in nouns
            and not any(t.lower_ in ORGANISATION_WORDS | COMPANY_WORDS for t in span)):
        return None  # 'Value of Nation' of "Value of Nation's Mineral Production Increased": the body's 'value'
    if re.fullmatch(r"[A-Z]{2,6}", span[0].text) and end - span.start > 1 and all(
            t.text in ("-", "\u2013") or t.lower_ in nouns for t in doc[span.start + 1:end]):
        end = span.start + 1  # 'WTO Tariff-Rate Quotas for Raw Cane Sugar': the acronym, before the headline's nouns
    if end == span.end:
        return span
    if all(t.tag_ in ("JJ", "JJR", "JJS") for t in doc[span.start:end]):
        return None  # 'Latest' of 'Latest Inventory of ... Shows ...': an adjective left of common words, no name
    return Span(span.doc, span.start, end, label=span.label_) if end > span.start else None


def _named_kind_of_organisation(span: Span) -> bool:
    """Whether an ORG's name ends in a capitalised organisation noun: '... Ministry', '... Board'."""
    return span.label_ == "ORG" and span[-1].lower_ in ORGANISATION_NOUNS and span[-1].text[:1].isupper()


def with_place_after(span: Span, places: dict[int, Span]) -> Span | None:
    """An organisation's name that ends in an organisation noun, read on over 'of' and the place the model tagged
    apart: 'Coffee Board' + 'of' + 'Uganda' -> 'Coffee Board of Uganda' (`places` maps a start to its GPE mention),
    or over the name after an 'of' where the model stopped ('Cocoa Board of' + 'Ghana'); None when there is none."""
    doc = span.doc
    if span.label_ == "ORG" and len(span) > 2 and span[-1].lower_ == "of" and span[-2].lower_ in ORGANISATION_NOUNS:
        end = span.end  # the model stopped at 'of': 'the Cocoa Board of' + 'Ghana'
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            end += 1
        return Span(doc, span.start, end, label="ORG") if end > span.end else None
    if not _named_kind_of_organisation(span):
        return None
    place = places.get(span.end + 1)
    if span.end + 1 < len(doc) and doc[span.end].lower_ == "of" and place is not None:
        return Span(doc, span.start, place.end, label="ORG")
    if span[-1].lower_ in ("department", "ministry") and span.end + 2 < len(doc) and doc[span.end].lower_ == "of":
        end = span.end + 1 + (doc[span.end + 1].lower_ == "the")  # 'U.S. Department' + 'of the Interior', which the
        while end < len(doc) and doc[end].is_alpha and doc[end].text[:1].isupper() and not doc[end].is_sent_start:
            end += 1  # model cut in a source line
        return Span(doc, span.start, end, label="ORG") if doc[end - 1].text[:1].isupper() and end > span.end + 1 else None
    return None


def _beside_publication(span: Span) -> bool:
    """Whether a name is set beside a common noun for a publication, as its title: 'In its annual report, Fisheries
    of the United States 2013, released today' -> True; or is followed by words for a data product ('... Series data
    product', '... database')."""
    body = _set_beside(span)
    doc = span.doc
    after_comma = span.start >= 2 and doc[span.start - 1].text == "," and doc[span.start - 2].lemma_.lower() in PUBLICATION_NOUNS
    product = (span.end + 1 < len(doc) and doc[span.end].lower_ == "data" and doc[span.end + 1].lemma_.lower() in (
        "product", "series", "set", "file", "release")) or (span.end < len(doc) and doc[span.end].lower_ in ("database", "dataset"))
    return (body is not None and body.lemma_.lower() in PUBLICATION_NOUNS) or after_comma or product  # (however the
    # parse hangs it); 'the ERS's Food Expenditure Series data product': a data product's title


def with_year_after(span: Span) -> Span | None:
    """A law's name read on over 'of' and its year, which the model left out: 'the Trade Act' + 'of 1974' -> 'Trade
    Act of 1974', and a publication's title over the year of its edition: 'Mineral Commodity Summaries' + '2024';
    None when no year follows."""
    doc = span.doc
    if (span.end < len(doc) and (_publication(span) or _beside_publication(span)) and re.fullmatch(r"(?:19|20)\d\d", doc[span.end].text)
            and not doc[span.end - 1].whitespace_ == "" and not (span.end + 1 < len(doc) and re.fullmatch(
                r"[QH][1-4]", doc[span.end + 1].text))):  # 'the Mineral Commodity Summaries' + '2024': its edition
        # (not a year a quarter follows: '... Data Summary 2021 Q1', which dates an issue)
        return Span(doc, span.start, span.end + 1, label=span.label_)
    if span.label_ == "LAW" and len(span) > 1 and span[-1].lower_ == "of" and span.end < len(doc) and re.fullmatch(
            r"1[6-9]\d\d|20\d\d", doc[span.end].text):  # 'Trade Act of' + '1974'
        return Span(doc, span.start, span.end + 1, label="LAW")
    if span.label_ != "LAW" or span.end + 1 >= len(doc) or doc[span.end].lower_ != "of":
        return None
    return Span(doc, span.start, span.end + 2, label="LAW") if re.fullmatch(r"1[6-9]\d\d|20\d\d", doc[span.end + 1].text) else None


def with_common_word_after(span: Span) -> Span | None:
    """A company's name the model cut before a word the text writes in lower case too, taking the first word for a
    place or a person: 'Halden' + 'Tungsten' in 'Halden Tungsten, which is building ...' -> 'Halden Tungsten', an
    organisation. A known country or region keeps its name ('Peru Copper' in a title-case headline), as does a
    word the text never writes in lower case; None when no such word follows."""
    doc = span.doc
    if (len(span) != 1 or span.label_ not in ("GPE", "LOC", "PERSON", "NORP") or span.end + 1 >= len(doc)
            or span.text in COUNTRY_NAMES or span.text in subdivision_names() or _title_case(span.sent)
            or re.fullmatch(r"(?:[A-Z]\.){2,}", span.text)):  # 'U.S.', a country's abbreviation
        return None
    word, after = doc[span.end], doc[span.end + 1]
    if not (word.is_alpha and word.text.istitle() and not word.ent_type_ and word.lower_ in doc.user_data["lower_words"]
            and word.lower_ not in PERSON_TITLES  # 'U.S. Secretary of Agriculture': a title
            and word.pos_ in ("PROPN", "NOUN") and not (after.text[:1].isupper() and after.pos_ == "PROPN")):
        return None
    return Span(doc, span.start, span.end + 1, label="ORG")


def with_name_words_before_facility(span: Span) -> Span | None:
    """A facility's name the model cut before its last capitalised words: 'the Gore' + 'Mountain' + 'mine' -> 'Gore
    Mountain', a facility; None unless one or two such words, untagged, lead from the name to a noun that names built
    things after their own names ('mine', 'pipeline', 'field'), and 'the' or a possessive stands before the name."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG", "GPE", "LOC", "NORP") or not span.start or doc[span.start - 1].lower_ not in (
            "the", "its", "their"):
        return None
    end = span.end
    while end < len(doc) and end - span.end < 2 and doc[end].is_alpha and doc[end].text.istitle() and not doc[end].ent_type_:
        end += 1
    if end == span.end or end >= len(doc) or doc[end].lower_ not in NAMED_FACILITY_NOUNS:
        return None
    return Span(doc, span.start, end, label="FAC")


def with_legal_form_after(span: Span) -> Span | None:
    """A company's name read on over the legal form the model left out: 'Norvald Pharma' + 'A/S' -> 'Norvald Pharma
    A/S', an organisation, and over one word before it: 'Kinta' + 'Tin Bhd'; None when no legal form follows."""
    doc = span.doc
    if span.label_ not in ("ORG", "PERSON", "GPE", "LOC") or span.end >= len(doc):
        return None
    form = doc[span.end]
    if (form.text[:1].isupper() and form.lower_ in CORPORATE_SUFFIXES - {"&", "group", "holdings"} and not form.ent_type_
            and span.label_ in ("ORG", "PERSON")):
        return Span(doc, span.start, span.end + 1, label="ORG")
    if span.end + 2 < len(doc) and doc[span.end].text == "," and span.label_ in ("ORG", "GPE"):  # 'Grupo Mexico, S.A.
        end = span.end + 1  # de C.V.': a legal form of several words, set off by a comma, at least one of them dotted
        while end < len(doc) and doc[end].lower_.replace(".", "") in LEGAL_FORM_PIECES and (end > span.end + 1 or doc[end].text[:1].isupper()):
            end += 1
        if end - span.end >= 3 and any("." in t.text for t in doc[span.end + 1:end]):
            return Span(doc, span.start, end, label="ORG")
    form = doc[span.end + 1] if span.end + 1 < len(doc) else None  # 'Kinta' + 'Tin Bhd': one more word of the name first
    if (form is not None and len(span) == 1 and doc[span.end].is_alpha and doc[span.end].text[:1].isupper() and not doc[span.end].ent_type_
            and form.text[:1].isupper() and form.lower_ in CORPORATE_SUFFIXES - {"&", "group", "holdings"} and not form.ent_type_):
        return Span(doc, span.start, span.end + 2, label=span.label_)  # (described_as makes it an organisation)
    return None


def with_first_name_before(span: Span) -> Span:
    """A surname the model tagged alone, read back over the capitalised first name the parse took for another word
    between a role and it: 'Chief executive Per Haugland' (the model's 'Haugland'; 'Per' read as a preposition), a
    person also where the model tagged the surname an organisation after a first name it read as a preposition."""
    doc = span.doc
    if span.label_ not in ("PERSON", "ORG") or len(span) != 1 or span.start < 2:
        return span
    first, role = doc[span.start - 1], doc[span.start - 2]
    if (first.is_alpha and first.text[:1].isupper() and not first.text.isupper() and not first.ent_type_ and not first.is_sent_start
            and role.is_lower and role.lower_ in PERSON_ROLES | PERSON_TITLES | EMPLOYEE_NOUNS
            and (span.label_ == "PERSON" or first.pos_ == "ADP")):  # ('Finance director Per Ostby', tagged an organisation)
        return Span(doc, span.start - 1, span.end, label="PERSON")
    return span


STORM_WORDS = {"Hurricane", "Typhoon", "Cyclone", "Storm"}  # 'Hurricane Isaac': a storm's name, an event


def with_storm_word_before(span: Span) -> Span:
    """A storm's name read back over the word for a storm before it: 'Hurricane' + 'Isaac' -> 'Hurricane Isaac'."""
    doc = span.doc
    if span.start and doc[span.start - 1].text in STORM_WORDS and span.label_ in ("PERSON", "ORG", "GPE"):
        return Span(doc, span.start - 1, span.end, label=span.label_)
    return span


def with_legal_form_before(span: Span) -> Span:
    """A company's name read back over the legal form written before it that the model left out: 'PT' + 'Halmera
    Nickel Industri' -> 'PT Halmera Nickel Industri', an organisation (the model took it for a person)."""
    if span.start and span.doc[span.start - 1].text in LEGAL_FORM_PREFIXES and span.label_ in ("ORG", "PERSON", "GPE", "NORP"):
        return Span(span.doc, span.start - 1, span.end, label=span.label_)  # (described_as makes it an organisation)
    return span


def with_coordinated_words(span: Span) -> Span:
    """An organisation's name that ends in an organisation noun, extended over the capitalised words that the model
    left out before an 'and': 'Mineral Resources Ministry' in 'the Mines and Mineral Resources Ministry' ->
    'Mines and Mineral Resources Ministry', as in 'Trade, Industry and Energy Ministry'. Words the model tagged
    as something else ('Peru and Energy Ministry officials') stay out."""
    doc = span.doc
    if not _named_kind_of_organisation(span):
        return span

    def free_name_word(i: int) -> bool:
        return i >= 0 and doc[i].is_alpha and doc[i].text[:1].isupper() and not doc[i].ent_type_ and doc[i].lower_ != "the"

    start, joiners = span.start, ("and", "&")
    while start >= 2 and doc[start - 1].lower_ in joiners and free_name_word(start - 2):
        start -= 2
        while free_name_word(start - 1) and not doc[start].is_sent_start:
            start -= 1
        joiners = (",",)  # further left, only a list: 'Trade, Industry and Energy Ministry'
    if start < span.start and start and doc[start - 1].ent_type_ == "NORP" and doc[start - 1].text[:1].isupper() and (
            doc[start - 1].ent_iob_ == "B" and not doc[start].ent_type_ == "NORP") and not doc[start].is_sent_start:
        start -= 1  # 'British' + 'Beer and Pub Association': a nationality that starts the name the model cut
    return span if start == span.start else Span(doc, start, span.end, label="ORG")


def with_name_words_before(span: Span) -> Span:
    """A company's name that ends in a company word, extended over capitalised words just before it that the model
    left untagged: 'Anode Works' in 'Kestrel Anode Works, a start-up in Tennessee' -> 'Kestrel Anode Works'; a legal
    form alone, over up to three: 'AG' -> 'Deutsche Lufthansa AG'."""
    doc = span.doc
    suffix_only = len(span) == 1 and span[0].lower_.rstrip(".") in CORPORATE_SUFFIXES  # 'Deutsche Lufthansa AG': 'AG'
    if (len(span) < 2 and not suffix_only) or span[-1].lower_ not in COMPANY_WORDS | CORPORATE_SUFFIXES | FACILITY_NOUNS or (
            not span[-1].text[:1].isupper()):  # ('Richards' + 'Bay Coal Terminal')
        return span
    start = span.start
    while (start > 0 and span.start - start < 2 + suffix_only and doc[start - 1].tag_ in ("NNP", "NNPS") and doc[start - 1].is_alpha
           and doc[start - 1].text[:1].isupper() and not doc[start - 1].ent_type_ and not doc[start].is_sent_start
           and doc[start - 1].lower_ not in RELATION_NOUNS | COMPANY_DESCRIPTORS):  # not 'Rival Pelham Mines Ltd'
        start -= 1
    return span if start == span.start else Span(doc, start, span.end, label=span.label_)


def with_body_before(span: Span) -> Span:
    """An organisation's name read back over a capitalised kind of organisation and 'of the' that the model left out:
    'United States Trade Representative' in 'the Office of the United States Trade Representative' -> 'Office of
    the United States Trade Representative', 'Labor Statistics' in 'the Bureau of Labor Statistics' -> 'Bureau of
    Labor Statistics'."""
    doc, start = span.doc, span.start
    gap = 2 if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].lower_ == "of" else (
        1 if start >= 2 and doc[start - 1].lower_ == "of" else 0)  # 'Bureau of' + 'Labor Statistics'
    kind = doc[start - gap - 1] if gap else None
    if (span.label_ == "ORG" and kind is not None and kind.text[:1].isupper() and kind.lower_ in ORGANISATION_NOUNS
            and not kind.ent_type_):
        return Span(doc, kind.i, span.end, label="ORG")
    return span


def initials(span: Span, dotted: bool = False) -> str:
    """Initials of a name's content words: 'International Energy Agency' -> 'IEA', 'Bank of England' -> 'BE'; with
    `dotted`, an abbreviation written with full stops gives all its letters: 'U.S. Geological Survey' -> 'USGS'."""
    skip = name_function_words()
    return "".join(t.text.replace(".", "") if dotted and re.fullmatch(r"(?:[A-Z]\.){2,}", t.text) else t.text[0]
                   for t in span if t.lower_ not in skip and t.text[:1].isalpha()).upper()


def load_country_aliases(path: Path) -> dict[str, str]:
    """Alias key -> country name, from the reference table (columns country, alias, source)."""
    table = pd.read_csv(path, dtype=str, keep_default_na=False)
    aliases = {name_key(a): c for a, c in zip(table["alias"], table["country"])}
    aliases.update({name_key(c): c for c in table["country"]})
    return aliases


def company_short_names(long_forms: list[Span]) -> dict[str, Span]:
    """Short name -> full company name, for names whose rest ends in a corporate suffix and is capitalised:
    'suncor' -> 'Suncor Inc', 'syncrude' -> 'Syncrude Alberta Ltd'."""
    short = {}
    for form in long_forms:
        for n in range(1, len(form)):
            rest = form[n:]
            if rest[-1].lower_ in CORPORATE_SUFFIXES and all(t.text[:1].isupper() or t.lower_ in CORPORATE_SUFFIXES for t in rest):
                short.setdefault(name_key(form[:n].text), form)
    return short


def _bullet_label_word(span: Span) -> bool:
    """Whether a one-word organisation opens a line's label, words in lower case up to a colon with no verb among
    them: 'Select regional spot prices: Natural gas spot prices rose ...' ('Shell: profits rise' keeps its name)."""
    doc = span.doc
    if len(span) != 1 or span.label_ != "ORG" or not _opens_line(span[0]):
        return False
    colon = next((t.i for t in doc[span.end:span.end + 7] if t.text == ":"), None)
    label = doc[span.end:colon] if colon is not None else None
    return bool(label) and all(t.is_lower and t.pos_ not in ("VERB", "AUX") for t in label)


def _shares_in(span: Span) -> bool:
    """Whether a name closes a phrase of words in lower case after 'Shares in' or 'Shares of': 'Shares in funeral
    services group Harlow Dene fell 16%' (only a company has shares)."""
    doc = span.doc
    for k in range(max(0, span.start - 7), span.start - 1):
        if doc[k].lower_ in ("shares", "stock") and doc[k + 1].lower_ in ("in", "of") and all(
                t.is_lower for t in doc[k + 2:span.start]):
            return True
    return False


def company_fronts(long_forms: list[Span]) -> dict[str, Span]:
    """A company's name without the company word it ends in, when two capitalised words or more are left -> the
    company: 'harbor line' -> 'Harbor Line Analytics', 'kettle river' -> 'Kettle River Metals' (also where the model
    took the name for a person's and its company word makes it a company: 'Kyle Bay Seafoods')."""
    fronts = {}
    for form in long_forms:
        if (len(form) >= 3 and (form.label_ == "ORG" or (described_as(form) or ("",))[0] == "ORG") and form[-1].lower_ in COMPANY_WORDS
                and all(t.text[:1].isupper() and t.is_alpha for t in form[:-1])):
            fronts.setdefault(name_key(form[:-1].text), form)
    return fronts


def _acts_as_company(span: Span, company: Span) -> bool:
    """Whether a one-word 'place' that starts a company's name is that company: no country or region, it says or
    owns what a company does ('Hartfield said ...', "Hartfield's sales", where the text names Hartfield & Sons, a
    name with a company's word in it). A town that starts a company's name ('Leeds' of 'Leeds Brewery') stays a
    place where it does neither."""
    doc = span.doc
    if span.label_ != "GPE" or len(span) != 1 or span.text in COUNTRY_NAMES or span.text in subdivision_names():
        return False
    traded = span.root.dep_ == "pobj" and span.root.head.lower_ in ("of", "in") and span.root.head.head.lemma_.lower() in (
        "share", "stock")  # 'Shares of Ridgeline rose', after 'Ridgeline Graphite': only a company has shares
    if traded:
        return True
    if not any(t.lower_ in COMPANY_WORDS or t.text == "&" or t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in company[1:]):
        return False
    owns = span.end + 1 < len(doc) and doc[span.end].lower_ in ("'s", "’s") and (
        doc[span.end + 1].lemma_.lower() in ORGANISATION_POSSESSIONS or doc[span.end + 1].lower_ in ORGANISATION_POSSESSIONS)
    says = span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in REPORTING_VERBS
    return owns or says


def organisation_first_words(long_forms: list[Span], last: bool = False) -> dict[str, Span]:
    """First word -> organisation, for organisations' names of capitalised words: 'nordvik' -> 'Nordvik
    Semiconductor'. News copy shortens a company to its first word; a mention counts as that short name only when
    the model tagged it ORG or a descriptor says it is one (a place that starts a company's name stays a place).
    With `last`, the last word ('lufthansa' -> 'Deutsche Lufthansa'), which counts only for a mention tagged ORG."""
    first: dict[str, Span] = {}
    for form in long_forms:
        if all(t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in form) and form[0].lower_ not in NAME_FUNCTION_WORDS:
            first.setdefault(name_key(form[-1 if last else 0].text), form)
    return first


def _by_name(spans: list[Span]) -> list[list[Span]]:
    """Spans grouped by name, each group in document order: a long article names the same people many times."""
    groups: dict[str, list[Span]] = {}
    for span in spans:
        groups.setdefault(name_key(span.text), []).append(span)
    return list(groups.values())


def _person_for(span: Span, people: list[list[Span]]) -> Span | None:
    """The full-name PERSON whose last words are `span` ('Lopez' -> 'Maria Lopez'): the nearest before, else the first
    after. `people` holds the full names grouped by name (see _by_name)."""
    n, key = len(span), name_key(span.text)
    before, after = None, None
    for group in people:
        if len(group[0]) <= n or name_key(group[0][-n:].text) != key:
            continue
        k = bisect.bisect_left([p.start for p in group], span.start)
        if k and (before is None or group[k - 1].start > before.start):
            before = group[k - 1]
        if k < len(group) and (after is None or group[k].start < after.start):
            after = group[k]
    return before or after


def _long_form_for(span: Span, acronyms: dict[str, Span]) -> Span | None:
    """The multi-word name whose initials spell acronym `span` ('IEA' -> 'International Energy Agency');
    `acronyms` maps initials to the first name that has them."""
    letters = span.text.replace(".", "")  # a capitalised word is found only if the text gave it in brackets
    return acronyms.get(letters) if re.fullmatch(r"[A-Z]{2,6}|[A-Z][a-z]+[A-Za-z]*", letters) else None


def _spelled_with_place(doc: Doc, mentions: list[Span]) -> list[tuple[Span, Span, Span]]:
    """An organisation's name the model cut after a place or nationality that starts it, where the acronym given in
    brackets after it spells the whole: 'Zambia' + 'Consolidated Copper Mines Ltd' + '(ZCCM)' -> 'Zambia Consolidated
    Copper Mines Ltd'. Returns (joined, place, name) triples."""
    by_end = {m.end: m for m in mentions if m.label_ in ("GPE", "NORP", "LOC")}
    found = []
    for m in mentions:
        place = by_end.get(m.start)
        if m.label_ != "ORG" or place is None or m.end + 2 >= len(doc) or doc[m.end].text != "(" or doc[m.end + 2].text != ")":
            continue
        letters = initials(Span(doc, place.start, m.end))
        words = [t for t in doc[place.start:m.end] if t.lower_ not in CORPORATE_SUFFIXES]
        if doc[m.end + 1].text in (letters, initials(Span(doc, words[0].i, words[-1].i + 1))) and doc[m.end + 1].text != initials(m):
            found.append((Span(doc, place.start, m.end, label="ORG"), place, m))
    return found


LONG_COUNTRY = re.compile(r"(?:\w+ )*(?:Republic|Kingdom|Federation|Commonwealth|Emirates|Sultanate|Principality) of "
                          r"(?:the )?[A-Z]\w+")  # 'Democratic Republic of Congo', 'Republic of Korea'


OPENING_QUOTES = {'"', "\u201c", "\u2018", "\u00ab", "``"}  # marks that may open a quoted title


def _quoted_titles(doc: Doc) -> list[Span]:
    """Titles in quotation marks after a word for a written work: 'The new research paper, "Quantifying Potential
    Effects of Brazil's Iron Ore Export Taxes" by ...' -> the title whole, as a work (the model
    reads names inside it). The quoted words must be a title: two or more, every long word capitalised."""
    found = []
    for opening in (t for t in doc if t.text in OPENING_QUOTES):
        closing = next((t for t in doc[opening.i + 1:opening.i + 25] if t.is_quote or "\n" in t.text), None)
        if closing is None or not closing.is_quote or closing.i - opening.i < 3:
            continue
        end = closing.i
        while end > opening.i + 1 and doc[end - 1].is_punct:  # '"Mineral Commodity Summaries 2006,"': not the comma
            end -= 1
        words = [t for t in doc[opening.i + 1:end] if t.is_alpha]
        kind = next((t for t in reversed(doc[max(0, opening.i - 4):opening.i]) if t.pos_ == "NOUN"), None)
        if (len(words) >= 2 and all(t.text[:1].isupper() for t in words if len(t) > 3) and kind is not None
                and kind.lemma_.lower() in TITLED_WORKS):
            found.append(Span(doc, opening.i + 1, end, label="WORK_OF_ART"))
    return found


def _nationality_led(doc: Doc, mentions: list[Span]) -> list[tuple[Span, Span, Span]]:
    """A body's name the model cut after the nationality that starts it, when the rest ends in a word for a body of
    members ('British' + 'Beer and Pub Association' -> 'British Beer and Pub Association'; 'the German Chemical
    Industry Association'). Returns (joined, nationality, name) triples."""
    by_end = {m.end: m for m in mentions if m.label_ == "NORP" and len(m) == 1}
    return [(Span(doc, nationality.start, m.end, label="ORG"), nationality, m) for m in mentions
            if m.label_ == "ORG" and (nationality := by_end.get(m.start)) is not None and m[0].text[:1].isupper()
            and m[-1].lower_ in MEMBER_BODY_WORDS]


def acronym_spelled_names(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Organisations' names the model cut short or split, that the acronym in brackets after them spells whole: 'the
    Society of Motor Manufacturers and Traders (SMMT)' (the model stopping at 'Manufacturers'), 'the Palm Oil
    Registration and Licensing Authority (PORLA)' (two pieces). Each is a run of capitalised words and small words
    ending at the bracket, whose initials are the acronym, that covers a mention and is longer than any, or that the
    model missed whole while it tagged the acronym ('(USDA's) Economic Research Service (ERS)')."""
    found = []
    for opening in (t for t in doc if t.text == "(" and t.i + 2 < len(doc) and doc[t.i + 2].text == ")"
                    and re.fullmatch(r"[A-Z]{3,6}", doc[t.i + 1].text)):
        start = opening.i
        while start > 0 and (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha or (
                doc[start - 1].lower_ in NAME_FUNCTION_WORDS - {"the"} and start - 1 > opening.i - 12)):
            start -= 1
        for begin in range(start, opening.i - 1):
            if not doc[begin].text[:1].isupper() or doc[begin].lower_ == "the":  # ('The Bureau of ...' opening a
                continue  # sentence: the article is no part of the name)
            run = Span(doc, begin, opening.i, label="ORG")
            covered = [m for m in mentions if m.label_ in ("ORG", "PERSON", "GPE", "NORP", "FAC", "PRODUCT") and begin <= m.start
                       < opening.i]  # ('Companhia Vale' + 'Rio Doce (CVRD)', which the model took for two people)
            if initials(run) == doc[opening.i + 1].text and covered and all(m.end <= opening.i for m in covered) and (
                    len(covered) > 1 or covered[0].start > begin or covered[0].end < opening.i):
                found.append(with_body_before(run))  # 'the Office of the' + 'United States Trade Representative (USTR)'
                break
            if (initials(run) == doc[opening.i + 1].text and not covered and len(run) >= 2 and run[0].lower_ != "the" and not any(
                    m.label_ != "ORG" and m.start < opening.i and m.end > begin for m in mentions)
                    and any(m.label_ == "ORG" and m.start == opening.i + 1 for m in mentions)):
                found.append(with_body_before(run))  # 'Economic Research Service (ERS)', all of it missed, its acronym tagged
                break
    return found


def bracketed_acronyms(doc: Doc, mentions: list[Span]) -> dict[str, Span]:
    """Acronyms the text defines in brackets just after a name, whatever their letters: 'the National Statistics
    Institute (INE)' -> {'INE': National Statistics Institute}. News copy often gives the acronym of the name in
    its own language, which the English initials do not spell, or a short name of an organisation ('the Federal
    Statistics Office (Statbank)')."""
    found: dict[str, Span] = {}
    for m in mentions:
        if len(m) >= 2 and m.end + 2 < len(doc) and doc[m.end].text == "(" and doc[m.end + 2].text == ")":
            letters = doc[m.end + 1].text.replace(".", "")
            if re.fullmatch(r"[A-Z]{2,6}", letters) or (m.label_ == "ORG" and re.fullmatch(r"[A-Z][a-z]+[A-Za-z]*", letters)):
                found.setdefault(letters, m)
    return found


def _piece_of_acronymed_name(span: Span) -> bool:
    """Whether a name is the end of a longer one after 'for', 'of' or 'and', which runs on in capitals before it and is
    given its acronym in brackets just after it: 'Clerical Workers' of 'the Consumer Price Index for Urban Wage
    Earners and Clerical Workers (CPI-W)'."""
    doc = span.doc
    if span.start < 2 or span.end + 2 >= len(doc) or doc[span.end].text != "(":
        return False
    shut = next((t.i for t in doc[span.end + 1:span.end + 6] if t.text == ")"), None)
    acronym = "".join(t.text for t in doc[span.end + 1:shut]) if shut is not None else ""
    start = span.start
    while start > 0 and (doc[start - 1].is_title or (doc[start - 1].lower_ in NAME_JOINERS and start >= 2 and doc[start - 2].is_title)):
        start -= 1
    joined = any(t.lower_ in NAME_JOINERS for t in doc[start:span.start])  # ('Index for All Fuels': 'All' in capitals)
    return (joined and start < span.start - 1 and bool(re.fullmatch(r"[A-Z][A-Z&-]*[A-Z]", acronym))
            and doc[start].text[0] == acronym[0])


def _set_beside(span: Span) -> Token | None:
    """The noun a name is set beside with commas, either way round: "Egypt's state grain buyer, Nile Harvest, ..."
    or "Nile Harvest, Egypt's state grain buyer, ..." -> buyer."""
    root = span.root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN":
        return root.head
    return next((c for c in root.children if c.dep_ == "appos" and c.pos_ == "NOUN"), None)


def _names_listed_before(doc: Doc, span: Span) -> tuple[Token, Token | None] | None:
    """The plural facility noun after a list of one-word names that `span` is one of, and the word before the list:
    'its Elandsdrift and Rietkuil mines' -> (mines, its) for either name. None when no such list and noun."""
    if len(span) != 1:
        return None
    def name(i: int) -> bool:
        return 0 <= i < len(doc) and doc[i].is_alpha and doc[i].text[:1].isupper()
    first, end = span.start, span.end
    while name(first - 2) and doc[first - 1].lower_ in ("and", ","):
        first -= 2
    while name(end + 1) and doc[end].lower_ in ("and", ","):
        end += 2
    if first == span.start and end == span.end or end >= len(doc) or doc[end].tag_ != "NNS" or (
            doc[end].lemma_.lower() not in NAMED_FACILITY_NOUNS):
        return None
    return doc[end], (doc[first - 1] if first else None)


def _traded_names(doc: Doc) -> set[str]:
    """The runs of one to three capitalised words after 'shares in' or 'shares of' anywhere in the text, and each
    shorter run they start with ('Shares in Talbot Hayes rose' -> 'Talbot', 'Talbot Hayes'), read once per doc."""
    if "traded_names" not in doc.user_data:
        names = set()
        for found in re.finditer(r"\b[Ss]hares (?:in|of) ((?:[A-Z][\w&'.-]*)(?: [A-Z][\w&'.-]*){0,2})", text_of(doc)):
            words = found.group(1).split()
            names |= {" ".join(words[:k]) for k in range(1, len(words) + 1)}
        doc.user_data["traded_names"] = names
    return doc.user_data["traded_names"]


def _town_of_a_state(span: Span) -> bool:
    """Whether a name is followed by a comma and the name of a state or province, as a town is written: 'a plant in
    Battle Mountain, Nevada,' (the state ends its phrase: not 'the Gulf Coast, Texas and Louisiana')."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].text != "," or span.start == 0 or doc[span.start - 1].lower_ not in (
            "in", "at", "near", "from", "of", "outside"):
        return False
    for width in (3, 2, 1):
        state = doc[span.end + 1:span.end + 1 + width]
        if len(state) == width and state.text in subdivision_names():
            return state.end >= len(doc) or doc[state.end].is_punct or doc[state.end].lower_ not in ("and", "or")
    return False


def _first_word_alone(span: Span) -> bool:
    """Whether the first word of a name of two or three words stands alone elsewhere in the text, as a company's short
    name does ('Hotel operator Larkspur Inns ...', then 'Shares in Larkspur fell'); a person is named again by the
    surname, the last word, not by the first name."""
    if not 2 <= len(span) <= 3:
        return False
    first, doc = span[0], span.doc
    return any(i != first.i and not (i + 1 < len(doc) and doc[i + 1].text == span[1].text)
               for i in token_places(doc).get(first.text, ()))


def described_as(span: Span) -> tuple[str, str] | None:
    """(label, rule) for a name the text describes with a common noun, else None: an organisation descriptor just
    before it ('State miner Codelco', 'operator BHP', 'the energy regulator CNMC') -> ORG, as is the employer of
    analysts and the like ('analysts at Harlow'), a one-word 'person' with what only organisations have ("Harlow's
    chairman"), and a name of several words that ends in a company word ('Helix
    Therapeutics'); a phrase set beside it that ends in a facility noun ('Escondida, the world's biggest copper mine,
    ...') -> FAC, or in a kind of organisation ('Arden, Britain's biggest grocer, ...', 'La Liga, the second-richest
    league') -> ORG (a place only when the phrase puts it in a place); where a built thing stands ('a smelter at
    Kwinana', 'its plant in Lincoln') -> GPE; a 'person' after 'the' ('across much of the Pampas') -> LOC.
    A person's full name is not relabelled by a descriptor, unless its last word is one the text writes in lower case
    ('lithium miner Yilgarn Lithium'), nor a nationality but by a company descriptor ('biotech Helix'); a one-word
    'person' set beside a trade noun is a company ('Holt, the furniture maker, ...'), as is one word with a capital
    inside ('NovaPay'); a name made of points of the compass ('the Northeast') is a region, LOC."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    if (before is not None and before.lower_ in PERSON_TITLES and before.text[:1].isupper() and span.label_ != "PERSON"
            and len(span) >= 2 and all(t.pos_ == "PROPN" for t in span)):
        return "PERSON", f"a name after the title '{before.text}'"  # the model: 'Commissioner Ilse Brandt' a work of art
    if span.label_ != "PERSON" and after_office(span):
        return "PERSON", f"a name after the office '{doc[span.start - 3:span.start].text}'"  # 'Secretary of Agriculture Sonny Perdue'
    if (len(span) == 1 and span.label_ in ("PERSON", "GPE", "NORP", "PRODUCT") and span.text not in COUNTRY_NAMES
            and span.root.head.lemma_.lower() in RESULT_VERBS and (span.root.dep_ in ("nsubj", "dobj") or (
                span.root.dep_ == "pobj" and span.root.head.head.lemma_.lower() in RESULT_VERBS))
            and re.search(r"(?<![\d-])\d{1,2} ?- ?\d{1,2}(?![\d-])", span.sent.text)):
        return "ORG", "a side in a result with a score ('PSV beat Roda 3-0')"
    if (before is not None and before.text.islower() and (before.lower_ in PERSON_ROLES or (
            before.lower_ in PERSON_TITLES and 2 <= len(span) <= 3 and not any(  # 'chief executive Ueli Brunner told'
                t.lower_ in ORGANISATION_WORDS | COMPANY_WORDS or t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in span)))
            and len(span) >= 2 and span.label_ not in ("PERSON", "GPE") and all(t.pos_ == "PROPN" for t in span)):
        return "PERSON", f"a name after '{before.text}', which only a person is"  # 'Danish striker Lars Vestergaard'
    if (span.label_ == "PERSON" and len(span) == 1 and span.root.dep_ == "conj" and span.root.head.ent_type_ == "GPE"
            and span.root.head.i < span.start and span.end < len(doc) and doc[span.end].lemma_.lower() in FACILITY_NOUNS):
        place = doc[next(i for i in range(span.root.head.left_edge.i, span.root.head.i + 1) if doc[i].ent_type_ == "GPE"):span.root.head.i + 1]
        return "GPE", f"a name joined by 'and' to the place '{place.text}' before its {doc[span.end].text}"  # 'the
        # Los Angeles and Benicia refineries'
    if (span.label_ in ("ORG", "PERSON", "NORP") and len(span) >= 2 and span[-1].text in ("State", "Province", "Prefecture", "Oblast")
            and not any(t.lower_ in ORGANISATION_WORDS for t in span)):
        return "GPE", f"a name that ends in '{span[-1].text}', a division of a country"  # 'Wa State', 'Hubei Province'
    if span.label_ != "ORG" and len(span) >= 2 and span[-1].lower_.rstrip(".") in CORPORATE_SUFFIXES - {"&", "group", "holdings"} and (
            span[-1].text[:1].isupper()):
        return "ORG", f"a name that ends in the legal form '{span[-1].text}'"  # 'Kinta Tin Bhd', which the model began as a place
    if ((span.label_ in ("PRODUCT", "WORK_OF_ART", "LAW", "EVENT") or (  # a 'person' whose last word is a common noun:
            span.label_ == "PERSON" and len(span) >= 2 and span[-1].lower_ in doc.user_data.get("model_nouns", ())))  # 'Kestrane
            and span.start >= 3 and before.lower_ == "based"  # Recovery'
            and doc[span.start - 2].text == "-" and doc[span.start - 3].text[:1].isupper()):
        return "ORG", f"a name after '{doc[span.start - 3:span.start].text}', as only a body is based somewhere"  # 'Texas-based
        # Ferrovane Recovery', a product to the model
    if (span.label_ in ("LAW", "WORK_OF_ART", "PRODUCT") and len(span) >= 2 and span[-1].lower_ in MEMBER_BODY_WORDS
            and span[-1].text[:1].isupper() and not any(t.lower_ in LAW_NOUNS for t in span)):
        return "ORG", f"a name that ends in '{span[-1].text}', a body of members"  # "the Irish Salmon Growers'
        # Organisation", a law to the model
    if span.label_ == "EVENT" and len(span) >= 2 and span[-1].lower_ in DOCUMENT_NOUNS and span[-1].text[:1].isupper():
        return "WORK_OF_ART", f"a name that ends in '{span[-1].text}', a written work"  # 'the Current Population
        # Survey', an event to the model (not 'the Geological Survey', a body it calls one)
    if span.label_ != "EVENT" and len(span) >= 2 and span[0].text in STORM_WORDS:
        return "EVENT", f"a storm's name ('{span.text}')"  # 'Typhoon Haiyan', which the model took for a person
    if span.label_ != "ORG" and len(span) >= 2 and span[0].text in LEGAL_FORM_PREFIXES:
        return "ORG", f"a name after the legal form '{span[0].text}'"  # 'PT Halmera Nickel Industri'
    if (span.label_ in ("LOC", "PERSON", "ORG", "FAC") and span.start >= 2 and before.lower_ == "of"
            and {doc[span.start - 2].lower_, doc[span.start - 2].lemma_.lower()} & SETTLEMENT_NOUNS and doc[span.start - 2].is_lower):
        return "GPE", f"a place named after '{doc[span.start - 2].text} of'"  # 'the Alaska port of Dutch Harbor', 'the
        # ports of Tilbury and Harwich'
    if span.label_ not in ("WORK_OF_ART", "PERSON") and _beside_publication(span):
        return "WORK_OF_ART", "set beside a publication's common noun: its title"  # 'its annual report, Fisheries of ...'
    if span.label_ != "WORK_OF_ART" and own_publication(span) is not None:
        return "WORK_OF_ART", f"the title of the text's own publication ('our {span.text}')"
    inner_years = [t for t in span[1:-1] if _a_year_token(t) and t.doc[t.i - 1].lower_.rstrip(".") not in MONTHS]
    if span.label_ != "WORK_OF_ART" and (_publication(span) or (inner_years and _publication(
            [t for t in span if t not in inner_years]))):  # 'Sawmill Output 2017 Summary' (not 'September 2024 Food
        # Price Outlook', an edition's date before a title)
        return "WORK_OF_ART", f"the title of a publication, ending in '{span[-1].text}'"  # 'Mineral Commodity Summaries'
    if (span.label_ != "LOC" and len(span) == 2 and span[0].lower_ in COMPASS_WORDS and span[1].text in CONTINENTS
            and span.text not in COUNTRY_NAMES):  # (not South Africa, a country)
        return "LOC", "a part of a continent ('West Africa'), a region"
    if span.label_ != "LOC" and (all(t.lower_ in COMPASS_WORDS for t in span) or (
            len(span) == 2 and span[-1].lower_ in COMPASS_WORDS and all(t.text[:1].isupper() for t in span)) or (
            len(span) == 2 and span[0].lower_ in COMPASS_WORDS and span[1].lower_ == "region")):  # 'the West Region'
        return "LOC", "a region named by the points of the compass"  # 'the Northeast', 'the South'
    if (span.label_ != "LOC" and 2 <= len(span) <= 4 and span[-1].lower_ in REGION_WORDS and span[-1].text[:1].isupper()
            and all(t.text[:1].isupper() for t in span)):
        return "LOC", f"a region named by its '{span[-1].text}'"  # 'the western Corn Belt', 'the Bowen Basin'
    if span.label_ not in ("GPE", "LOC") and before is not None and before.lower_ in PRICE_BASES and len(span) <= 3:
        return "GPE", f"the port a price is quoted at ('{before.text} {span.text}')"  # '245 marks a tonne fob Rotterdam'
    if span.label_ == "ORG" and re.search(r"\bGulf of [A-Z]", span.text) and span[-1].text[:1].isupper():
        return "LOC", "a gulf and the waters named with it ('Federal Offshore Gulf of Mexico')"
    if span.label_ in ("LOC", "FAC") and _town_of_a_state(span):
        return "GPE", "a town named with the state or province it is in ('Battle Mountain, Nevada')"
    inner = re.fullmatch(r"([A-Z][a-z]+)[A-Z][a-z]+\w*", span.text)
    if span.label_ == "PERSON" and inner and inner.group(1) not in SURNAME_PREFIXES:
        return "ORG", "one word with a capital inside, as company names have ('NovaPay'; 'McCarthy' is a surname)"
    common_last_word = span[-1].lower_ in doc.user_data.get("lower_words", ()) or (  # 'lithium miner Yilgarn Lithium'
        before is not None and before.lower_ in COMPANY_DESCRIPTORS and span[-1].lower_ in doc.user_data.get("model_nouns", ()))
    # ('glassmaker Clearfield Glass': a company's word the model knows as a noun, after a word for a kind of company)
    if span.end + 1 < len(doc) and doc[span.end].text in ("-", "\u2013") and doc[span.end + 1].lower_ == "based":
        # 'Mumbai-based': a place, though it follows 'economist at'
        return None if span.label_ in ("GPE", "LOC") else ("GPE", f"where something is based ('{doc[span.start:span.end + 2].text}')")
    if (before is not None and before.lower_ in NAME_DESCRIPTORS and (before.text.islower() or before.is_sent_start)
            and span.label_ != "ORG" and (span.label_ != "NORP" or before.lower_ in COMPANY_DESCRIPTORS)
            and (len(span) == 1 or span.label_ != "PERSON" or common_last_word or before.lower_ in TEAM_WORDS
                 or _first_word_alone(span) or (span.start >= 2 and doc[span.start - 2].lower_ in ("at", "from"))
                 or _shares_in(span))):
        return "ORG", f"named after the descriptor '{before.text}'"  # ('club Harbury United': a club, not a person;
        # 'Analysts at broker Pennant Fraser': where people work, a company, not a broker by trade)
    if (before is not None and before.lower_ == "house" and span.start >= 2 and doc[span.start - 2].lower_ in HOUSE_KINDS
            and span.label_ != "ORG"):
        return "ORG", f"named after '{doc[span.start - 2].text} house', a company"  # 'trading house Ishida Shoji'
    if (span.label_ != "PERSON" and len(span) == 1 and before is not None and before.text == "("
            and tuple(t.lower_ for t in doc[span.end:span.end + 2]) in CITED_OTHERS):
        return "PERSON", "an author a citation names ('(Smith and others, 2012)')"
    if (span.label_ == "PERSON" and len(span) == 1 and span.end + 1 < len(doc) and doc[span.end].text in ("'s", "’s")
            and doc[span.end + 1].lower_ in ORGANISATION_POSSESSIONS):
        return "ORG", f"a name with a {doc[span.end + 1].lower_}, which no person has"  # "Kestrel's chairman"
    if (before is not None and before.lower_ in COUNTRY_OR_COMPANY_DESCRIPTORS and before.text.islower()
            and span.label_ == "PERSON" and len(span) == 1):
        return "ORG", f"a name after '{before.text}', which no person is"  # 'dairy exporter Kowhai'; 'exporter Brazil' stays
    if span.label_ == "PERSON" and 2 <= len(span) <= 3 and span.text in _traded_names(doc):
        return "ORG", f"a name whose shares are traded ('shares in {span.text}'), a company"  # 'Talbot Hayes'
    if span.label_ == "PERSON" and len(span) >= 2 and (kind := _company_beside(span, among=True)) is not None:
        return "ORG", f"set beside '{kind.text}', a kind of company"  # 'Kanto Titanium, the larger of the two producers'
    body = _set_beside(span)
    if (body is not None and body.lemma_.lower() in EMPLOYEE_NOUNS | PERSON_TITLES | PERSON_ROLES | {"head"} and len(span) >= 2
            and span.label_ not in ("PERSON", "GPE") and all(t.pos_ == "PROPN" for t in span)):
        return "PERSON", f"set beside '{body.text}', which only a person is"  # 'Klaus Reiter, chief economist at ...'
    if (body is not None and body.lemma_.lower() not in PERSON_TITLES | EMPLOYEE_NOUNS
            and any(t.lower_ in ("state", "government") for t in body.subtree if t.i < body.i)):
        return "ORG", f"set beside a state body ('{body.text}')"  # "Egypt's state grain buyer, Nile Harvest"
    if (span.start >= 2 and before.lower_ == "at" and doc[span.start - 2].lemma_.lower() in EMPLOYEE_NOUNS
            and span.label_ != "ORG" and (len(span) == 1 or span.label_ != "PERSON")):
        return "ORG", f"the employer in '{doc[span.start - 2].text} at'"
    if (span.label_ == "PERSON" and before is not None and before.lower_ == "the" and span.root.dep_ not in ("compound", "nmod", "amod")
            and not (span.end < len(doc) and doc[span.end].pos_ in ("NOUN", "PROPN"))):
        return "LOC", "a name after 'the', and no modifier, is no person's"  # but 'the Smith report' may be
    nationality = span.label_ == "NORP" and len(span) == 1 and span[0].pos_ == "ADJ"  # 'the Dutch province of Limburg'
    if (span.end < len(doc) and doc[span.end].lower_ in PLACE_WORDS - {"region"} and span.label_ in ("LOC", "ORG", "PERSON", "NORP")
            and not nationality):
        return "GPE", f"named as a {doc[span.end].lower_}"  # 'the Cusco province': an administrative place
    first = span.root.head.left_edge.i if span.root.dep_ == "conj" and span.root.head.i < span.start else span.start
    if (first >= 2 and doc[first - 1].lower_ == "of" and doc[first - 2].lemma_.lower() in PLACE_PARTS
            and span.label_ in ("ORG", "PERSON", "NORP", "PRODUCT") and not any(t.lower_ in ORGANISATION_WORDS for t in span)):
        return "GPE", f"a place: '{doc[first - 2:first].text} ...'"  # 'the provinces of Leyte and Samar'
    if (len(span) == 1 and span.label_ == "ORG" and span.end < len(doc) and doc[span.end].lower_ == "bourse"
            and before is not None and before.lower_ == "the"):
        return "GPE", "the city of a bourse ('the Oslo bourse'; not 'the Comex exchange', an exchange's own name)"
    if (first >= 2 and doc[first - 1].lower_ in ("in", "at", "near") and doc[first - 2].lemma_.lower() in FACILITY_NOUNS | {
            "park", "site", "farm"} and span.label_ in ("ORG", "PERSON", "NORP", "PRODUCT")):  # 'plants in Leeds and Derby'
        # for Derby too, 'its Longmere park in Kent'
        return "GPE", f"where a {doc[first - 2].lemma_.lower()} stands ('{doc[first - 2:first].text}')"
    after = doc[span.end] if span.end < len(doc) else None
    owned_by = next((c for c in after.children if c.dep_ == "poss" and c.i < span.start), None) if after is not None else None
    if (before is not None and before.lower_ in ("its", "their") or owned_by is not None) and after is not None and after.is_lower:
        kind = after.lower_ if after.lower_ in FACILITY_NOUNS | {"site"} else after.lemma_.lower()  # 'works', not 'work'
        once = span.label_ != "ORG" or text_of(doc).count(span.text) == 1  # "Phillips 66's Rodeo refinery" (not a company
        if (kind in FACILITY_NOUNS - NAMED_FACILITY_NOUNS | {"site"} and span.label_ in ("PERSON", "LOC", "NORP", "PRODUCT", "ORG", "FAC")
                and once and span.text not in COUNTRY_NAMES and _demonym_of(span.text) is None and span.root.pos_ != "ADJ"):  # not 'its
            return "GPE", f"where its {kind} stands ('{doc[(owned_by or before).i].text} ... {span.text} {after.text}')"  # Welsh smelter', but 'its
            # Hamilton works'
        made = span.root.head if (span.root.dep_ in ("compound", "nmod", "amod") and span.end <= span.root.head.i <= span.end + 4
                                  and span.root.head.is_lower) else after  # 'its Falcon X4 crop-spraying drone'
        if made.lemma_.lower() in PRODUCT_NOUNS and span.label_ in ("ORG", "PERSON", "NORP", "WORK_OF_ART", "FAC"):
            return "PRODUCT", f"what a company makes ('{before.text} {span.text} ... {made.text}')"  # 'its Velvet Crisp bar'
    if (len(span) >= 2 and span.label_ in ("FAC", "ORG", "PERSON", "LOC") and (
            span[-1].lower_ in COUNTY_WORDS or (span[0].lower_ == "county" and span[-1].lower_ not in FACILITY_NOUNS
                                                 | NAMED_FACILITY_NOUNS | ORGANISATION_WORDS | {"hall", "court", "ground"}))
            and all(t.text[:1].isupper() for t in span)):  # 'Kerry County', 'County Down'; not 'County Hall'
        return "GPE", f"a county's name ('{span.text}')"
    if (len(span) >= 2 and span.label_ != "ORG" and span[-1].lower_ in COMPANY_WORDS and span[-1].text[:1].isupper()
            and not _publication(span)):  # ('the List of Strategic Metals' is a list, not a company)
        return "ORG", f"a name that ends in the company word '{span[-1].text}'"
    if (len(span) == 1 and span.label_ == "ORG" and span.root.dep_ == "pobj" and span.root.head.lower_ == "in" and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in ("share", "stock") for c in span.root.head.head.children)):
        return "GPE", "where shares trade ('Its shares fell 4.3% in Copenhagen')"
    if len(span) >= 2 and span.label_ != "LAW" and span[-1].lower_ in LAW_NOUNS and span[-1].text[:1].isupper():
        return "LAW", f"a name that ends in '{span[-1].text}', as treaties and acts do"  # 'Norway-Iceland Fisheries Agreement'
    if (len(span) >= 2 and span.label_ in ("FAC", "GPE", "LOC", "PRODUCT", "WORK_OF_ART") and span[-1].lower_ in GOVERNMENT_NOUNS
            and span[-1].text[:1].isupper()):
        return "ORG", f"a name that ends in '{span[-1].text}', a body"  # 'the Biden-Harris Administration', not a building
    built = doc[span.end] if span.end < len(doc) and doc[span.end].lower_ in NAMED_FACILITY_NOUNS else _built_for(span)
    listed = _names_listed_before(doc, span)  # 'its Elandsdrift and Rietkuil mines': each a mine's name
    if built is None and listed is not None:
        built, before = listed
    owned = built is not None and any(c.dep_ in ("det", "poss") and c.i < span.start and c.lower_ not in ("a", "an")
                                      for c in built.children)  # 'the Chevron-operated Leviathan field', 'its Rio Verde mine'
    known_place = span.text in COUNTRY_NAMES or span.text in subdivision_names()  # 'the Alaska pipeline' keeps Alaska
    if built is not None and span.label_ in ("ORG", "PERSON", "NORP", "PRODUCT", "GPE", "LOC", "WORK_OF_ART") and not known_place and (
            (before is not None and (before.lower_ in ("the", "its", "their") or before.text in ("'s", "’s")))
            or (owned and span.label_ in ("GPE", "LOC"))):
        return "FAC", f"the name of a {built.lemma_.lower()}"  # 'the Redstone mine'
    if (span.label_ in ("PERSON", "NORP") and len(span) >= 2 and span[0].text.rstrip(".") in PLACE_NAME_STARTS
            and _set_as_place(span)):
        return "GPE", f"a town's name that starts '{span[0].text}', written where a place goes"  # 'its furnace in St
        # Albans'; the model takes 'St Albans' for a person
    if span.label_ == "PERSON" and (span.text in subdivision_names() or span.text in COUNTRY_NAMES) and _set_as_place(span):
        return "GPE", "a state, province or region of a country (ISO 3166-2) written where a place goes"  # 'frost
        # in Alicante and Castellon', 'Idled Ohio Smelter ...'
    coastal = len(span) == 2 and span[0].lower_ in COMPASS_WORDS | {"gulf", "pacific", "atlantic"} and span[1].lower_ == "coast"
    if (span.label_ in ("LOC", "NORP") and not nationality and (before is None or before.lower_ != "the")
            and span.text in subdivision_names() and not coastal):  # ('West Coast' is a region of the U.S., a coast, here)
        return "GPE", "a state, province or region of a country (ISO 3166-2)"  # 'Western Australia'; 'the Jura' stays
    if span.end + 3 < len(doc) and doc[span.end].text == "," and (
            doc[span.end + 1].lower_ in ("the", "a", "an") or doc[span.end + 2].text in ("'s", "’s")):
        stop = next((t.i for t in doc[span.end + 1:span.end + 12] if t.text in (",", ".", ";", ":", "(", ")") or t.is_space), None)
        kind = doc[stop - 1].lemma_.lower() if stop is not None and doc[stop].text in (",", ".") else ""
        if kind in FACILITY_NOUNS and span.label_ not in ("FAC", "PERSON"):
            return "FAC", f"set beside '{doc[span.end + 1:stop].text}'"
        if (kind in PLACE_WORDS and span.label_ in ("PERSON", "ORG", "NORP", "LOC") and doc[stop - 1].dep_ == "appos"
                and doc[stop - 1].head.i in range(span.start, span.end)):  # 'Uttar Pradesh, the largest producing state'
            return "GPE", f"set beside '{doc[span.end + 1:stop].text}'"  # (not 'Ann Lee, the head of the state')
        owner = next((t.head for t in doc[span.end + 1:stop] if t.dep_ == "case"), None)  # 'Britain' in "Britain's"
        in_a_place = owner is not None and (owner.ent_type_ == "GPE" or owner.lower_ in ("country", "nation"))
        one_word_person = span.label_ == "PERSON" and len(span) == 1 and kind in TRADE_NOUNS  # 'Tallis, the ... maker'
        if kind in ORGANISATION_WORDS and (span.label_ not in ("ORG", "PERSON") or one_word_person) and (
                span.label_ != "GPE" or in_a_place):
            return "ORG", f"set beside '{doc[span.end + 1:stop].text}'"  # a country may be 'the world's biggest miner'
        beside = _set_beside(span)  # 'Castleton Aluminum, the largest U.S. producer of primary aluminum,': the noun
        if (span.label_ == "PERSON" and len(span) >= 2 and beside is not None and beside.i > span.end and _company_kind(
                beside) and (common_last_word or beside.lower_.startswith(span[-1].lower_))):  # set beside, past its 'of'
            return "ORG", f"set beside '{doc[span.end + 1:stop].text}'"  # phrase, with a last word the text writes in
            # lower case ('aluminum'), or one the kind starts with ('Brayton Tool, a Pittsburgh-based toolmaker')
    if span.label_ == "PERSON" and span.end + 2 < len(doc) and doc[span.end].text == "," and doc[span.end + 1].lower_ == "which" and (
            doc[span.end + 1].head.dep_ == "relcl"):
        return "ORG", "a name described with 'which', as only things are ('Halden Tungsten, which is building ...')"
    return None


def _company_kind(noun: Token) -> bool:
    """Whether a noun says what kind of company something is: 'producer', 'toolmaker', 'miner', 'company'."""
    return noun.lemma_.lower() in ORGANISATION_WORDS or (noun.lower_.endswith("maker") and noun.lower_ != "maker")


def _built_for(span: Span) -> Token | None:
    """The built thing a name is of, past one word for what it yields: 'its Moraine Creek nickel project', 'the
    Escondida copper mine' -> project, mine. A project counts only so ('the Apollo project' is no built thing)."""
    doc = span.doc
    if span.end + 1 >= len(doc):
        return None
    what, built = doc[span.end], doc[span.end + 1]
    yields = what.tag_ == "NN" and what.text.islower() and what.head.i == built.i
    return built if yields and built.lower_ in NAMED_FACILITY_NOUNS | {"project"} else None


def model_nouns(nlp: Language) -> frozenset[str]:
    """The common nouns the model's lemmatizer knows (its `lemma_index` table); empty when it has none."""
    try:
        return frozenset(nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")["noun"])
    except (KeyError, ValueError, AttributeError):
        return frozenset()


def _kind_modifier(span: Span, nouns: frozenset[str]) -> bool:
    """Whether a one-word 'person' at a sentence start is a common noun that says what kind of company follows: 'Pub
    group Harrow Inns', 'Retail chain X' (a lower-case kind of organisation after it, and the model knows the word as
    a noun; one the model calls an organisation also written in lower case in the body: 'pubs')."""
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    lower = lower_forms(doc)
    written_lower = span[0].lower_ in lower or {span[0].lower_ + "s", span[0].lower_ + "es"} & lower  # 'pubs'
    named_after = span.end + 1 < len(doc) and doc[span.end + 1].text[:1].isupper() and doc[span.end + 1].ent_type_ != ""
    placed = span.label_ in ("GPE", "LOC") and span.text not in COUNTRY_NAMES and span.text not in subdivision_names()
    return ((span.label_ in ("PERSON", "ORG") or placed) and after is not None and after.is_lower
            and after.lemma_.lower() in ORGANISATION_WORDS | {"chain", "giant"}
            and (span[0].lower_ in nouns or known_plural(span[0], nouns))  # 'Telecoms group Halcyon'
            and (span.label_ == "PERSON" or bool(written_lower) or named_after))  # an 'organisation' only when the
    # body writes it so, or when the kind is followed by the name: 'Budget airline Skyhaven'; a 'place' too ('Yacht
    # maker Solent Marine')


def _common_word(span: Span, nouns: frozenset[str], counts: Counter) -> bool:
    """Whether a one-word name at a sentence start is a common noun the tagger took for a proper one: a 'person' or a
    plural ('Turnout was 71%', '"Households ... are holding back"'), written nowhere else in the document, whose
    lower-case form the model knows as a noun, and that does not speak ('Marsh said' stays a name)."""
    tok = span[0]
    if span.label_ not in ("PERSON", "ORG") or (span.label_ == "ORG" and tok.tag_ != "NNPS") or counts[tok.text] > 1:
        return False
    if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in REPORTING_VERBS:
        return False
    return tok.lower_ in nouns or (tok.tag_ == "NNPS" and known_plural(tok, nouns))


def known_plural(tok: Token, nouns: frozenset[str]) -> bool:
    """Whether a word is the plural of a noun the model knows: 'Households', 'Airlines'."""
    return tok.lower_.endswith("s") and tok.lower_[:-1] in nouns


def dateline_place(doc: Doc, line_start: int, match: re.Match) -> Span | None:
    """The place a wire dateline opens with ('NEW DELHI' in 'NEW DELHI, April 15 - '), as a span of `doc`."""
    place = re.match(r"[A-Z][A-Za-z.'’]+(?: [A-Z][A-Za-z.'’]+)*", match.group())
    return doc.char_span(line_start, line_start + place.end()) if place else None


def model_mentions(doc: Doc, nouns: frozenset[str] = frozenset()) -> tuple[list[Span], dict[tuple[int, int], str]]:
    """The model's names, made whole: split where they run across lines, cleaned (clean_mention), lengthened over
    words the model left out (with_coordinated_words, with_place_after), and without the common nouns it took for
    names at a sentence start ('Farmers say ...', and see _common_word; kept in doc.user_data['not_names'] for the
    corrections table). `nouns` are the common nouns the model knows. Returns the mentions and, for each lengthened
    one, its rule."""
    parts = [p for e in doc.ents if e.label_ in ENTITY_LABELS for p in split_mention(e)]
    starts = [p for p in parts if len(p) == 1 and _opens_line(p[0])]  # '"Farmers say', '• Prices rose
    counts = Counter(t.text for t in doc) if any(p.label_ == "PERSON" or p[0].tag_ == "NNPS" for p in starts) else Counter()
    common = [p for p in starts if ((p[0].tag_ in ("NN", "NNS") and not p.text.isupper()) or _common_word(p, nouns, counts)
                                    or _kind_modifier(p, nouns) or p.text.lower() in COMPANY_DESCRIPTORS)  # 'Chipmaker
              and p.text not in COUNTRY_NAMES and not (p.label_ == "NORP" and _demonym_of(p.text) is not None)]  # wins
    # grant': a kind of company; 'Zambia said ...' whatever its tag; 'THAI TAPIOCA EXPORTS', recased, a nationality
    doc.user_data["not_names"] = [(p.text, p.label_, "a common noun that starts a sentence") for p in common]
    labels = [p for p in parts if p not in common and 1 <= len(p) <= 3 and _opens_line(p[0]) and p.end < len(doc)
              and doc[p.end].text == ":" and all(t.lower_ in nouns for t in p)]  # 'Contact Information: ...'
    doc.user_data["not_names"] += [(p.text, p.label_, "common nouns naming a field before a colon") for p in labels]
    common += labels
    mentions = [m for m in (clean_mention(p) for p in parts if p not in common) if m is not None]
    lower = doc.user_data.get("lower_words", set())
    acronyms = {t.text for t in doc if len(t.text) > 1 and t.text.isupper() and t.is_alpha}  # 'OPEC' in the body
    written_lower = [m for m in mentions if len(m) == 1 and m.text not in COUNTRY_NAMES and as_written(m) not in acronyms and (
        ((m.text.lower() in lower or (m.label_ == "ORG" and m[0].tag_ == "JJ" and m[0].dep_ == "amod"))  # an adjective
         and _opens_line(m[0])  # 'Metallurgical coal exports ...', 'metallurgical' elsewhere; 'Metallurgical coal had'
         and not (m[0].dep_ in ("nsubj", "nsubjpass") and m[0].head.lemma_.lower() in REPORTING_VERBS))
        or (m.label_ in ("GPE", "LOC") and m.text.lower() in lower and m.text not in subdivision_names())
        or (m.text.lower() in lower and as_written(m).isupper() and as_written(m) != m.text))]  # 'COFFEE' of a
    # headline in capitals, read recased as 'Coffee', where the body writes 'coffee'
    doc.user_data["not_names"] += [(m.text, m.label_, "a common word, not a name") for m in written_lower]
    lower_words = doc.user_data.get("lower_words", set())
    headed = {m: Span(doc, m.start, m.start + 1, label="GPE") for m in mentions if m.label_ == "ORG" and len(m) >= 2
              and as_written(m).isupper() and as_written(m) != m.text and m[0].text in COUNTRY_NAMES
              and all(t.lower_ in lower_words for t in m[1:])}  # 'ZIMBABWE TOBACCO AUCTION PRICES ...': the country,
    doc.user_data["not_names"] += [(m.text, m.label_, "a country and common words of a headline in capitals")
                                   for m in headed]  # then the headline's nouns, which the body writes in lower case
    mentions = [headed.get(m, m) for m in mentions]
    coded = [m for m in mentions if m.label_ in ("GPE", "LOC") and any(re.fullmatch(r"[A-Za-z]+\d+[A-Za-z\d]*", t.text) for t in m)]
    doc.user_data["not_names"] += [(m.text, m.label_, "a code, no place's name") for m in coded]  # 'Brief RX4410' of a
    mentions = [m for m in mentions if m not in coded]  # source line
    shouted = [m for m in mentions if m not in written_lower and _common_words_shouted(m, nouns)]
    doc.user_data["not_names"] += [(m.text, m.label_, "common nouns of a headline in capitals") for m in shouted]
    mentions = [m for m in mentions if m not in written_lower and m not in shouted]
    dates = [m for m in mentions if re.fullmatch(rf"{MONTH_RE} \d{{1,2}}", m.text, flags=re.I)  # 'MANILA, Oct 2 -'
             or (re.fullmatch(MONTH_RE, m.text, flags=re.I) and m.end < len(doc)  # 'Aug' of 'CAIRO, Aug 27 -'
                 and re.fullmatch(r"\d{1,2}", doc[m.end].text))]
    lower = [m for m in mentions if not any(c.isupper() for c in m.text)]  # 'the farm ministry' -> 'farm'
    owned = [m for m in mentions if len(m) == 1 and m.start and doc[m.start - 1].lower_ in ("his", "her", "its", "their", "our")
             and m.root.dep_ not in ("compound", "nmod", "amod") and m.text.lower() in nouns]  # 'deliver his Budget'
    doc.user_data["not_names"] += [(m.text, m.label_, "a common noun after a possessive, capitalised") for m in owned]
    words = nouns | doc.user_data.get("lower_words", set())
    prefixed = [m for m in mentions if len(m) == 1 and (base := re.fullmatch(r"Non-?([a-z]{3,})", m.text)) and (
        base.group(1) in words or base.group(1).rstrip("s") in words)]  # 'Nonfuel prices advanced': no name
    doc.user_data["not_names"] += [(m.text, m.label_, "a common word with 'non' before it, capitalised") for m in prefixed]
    doc.user_data["not_names"] += [(m.text, m.label_, "a date, not a name") for m in dates]
    doc.user_data["not_names"] += [(m.text, m.label_, "no capitalised word: a description, not a name") for m in lower]
    cited = {m.text.lower() for m in mentions if (m.label_ == "ORG" or (m.label_ == "WORK_OF_ART" and not (  # 'Producer
        m.end + 1 < len(doc) and doc[m.end + 1].lower_.rstrip(".") in ("vol", "volume", "no")))) and _cited_title(m)}  # Price
    # Indexes news release' (a journal a source line cites with its volume stays a title: 'Beyond the Numbers, vol. 13')
    headed = opening_title(doc)  # ('Quarterly Estimates for Selected Service Industries' opening a release, cited again)
    opened = headed.text.lower() if headed is not None else None
    cited |= {m.text.lower() for m in mentions if len(m) >= 2 and m.text.lower() == opened and _cited_title(m)}  # 'Broiler
    # Hatchery', the heading a release opens with and its source line cites, whatever the model calls it (a place)
    doc.user_data["cited_titles"] = cited  # (no rule finds them again: 'Major Trading Partners', a title, ends in 'Partners')
    of_title = [m for m in mentions if (m.text.lower() in cited or (  # release', or its head in a headline
        m.label_ == "ORG" and len(m) >= 2 and any(c.startswith(m.text.lower() + " ") for c in cited)) or (
        m.label_ == "ORG" and len(m) >= 2 and opened is not None and m.text.lower() in opened
        and (_source_line_start(m) is not None or headed.start <= m.start < headed.end)) or (
        headed is not None and len(headed) >= 2 and headed.start <= m.start and m.end <= headed.end
        and m.label_ not in ("GPE", "LOC", "NORP")))  # ('Livestock', a person to the model, of the heading 'Livestock
        # Slaughter'; a place the title names stays: 'Lithium Deposits in the United States')
        and not (m.root.dep_ == "nsubj" and m.root.head.lemma_.lower() in REPORTING_VERBS)
        and not (m.root.dep_ == "dobj" and m.root.head.lemma_.lower() in RELEASE_VERBS and _publication(m))]  # ('CBO
    # released the Monthly Budget Review today': the title in the body, what was released); ('NOAA Fisheries announced
    # that ...': a body that speaks, whatever a source line's item that names it looks like)
    doc.user_data["not_names"] += [(m.text, m.label_, "the title of a release a source line cites") for m in of_title]
    mentions = [m for m in mentions if m not in of_title]
    titled = [m for m in mentions if m.label_ in ("GPE", "LOC") and _in_cited_title(m)]  # 'Today in Energy'
    doc.user_data["not_names"] += [(m.text, m.label_, "a word of a title a source line cites") for m in titled]
    mentions = [m for m in mentions if m not in titled]
    addresses = [m for m in mentions if re.search(r"://|www\.|@|\.(?:com|gov|org|htm)", m.text)]  # a source line's URL
    doc.user_data["not_names"] += [(m.text, m.label_, "a web address, not a name") for m in addresses]
    numbers = [m for m in mentions if re.match(r"[A-Z]\.\d{1,3}\b", m.text) or re.fullmatch(r"[A-Z]{1,6}-?\d{2}-\d{2,5}", doc[m.start:min(m.end + 2, len(doc))].text
                                                  if m.end + 2 <= len(doc) and doc[m.end].text == "-" else m.text)]  # 'CB-04-130',
    # 'USDL-21-0158', also where the model tagged only 'CB-04', and a statistical release's code ('G.17 Data')
    doc.user_data["not_names"] += [(m.text, m.label_, "a release's number, not a name") for m in numbers]
    addresses += numbers
    labels = [m for m in mentions if len(m) == 1 and m.text.isupper() and m.end + 1 < len(doc) and doc[m.end].text == ":"
              and re.fullmatch(r"[\dX][\dX-]{5,}", doc.text[doc[m.end + 1].idx:].split(maxsplit=1)[0])]  # 'ISSN: 1949-1921'
    doc.user_data["not_names"] += [(m.text, m.label_, "the label of a number, not a name") for m in labels]
    addresses += labels
    labelled = [m for m in mentions if _bullet_label_word(m)]  # 'Select regional spot prices: Natural gas spot ...'
    doc.user_data["not_names"] += [(m.text, m.label_, "the first word of a label before a colon") for m in labelled]
    addresses += labelled
    headed = opening_title(doc)
    heading_words = [m for m in mentions if headed is not None and headed.start <= m.start and m.end <= headed.end
                     and m.label_ in ("ORG", "PERSON", "NORP")]  # 'Pigs' of 'Quarterly Hogs and Pigs' (not the place of
    # 'Lithium Deposits in the United States')
    doc.user_data["not_names"] += [(m.text, m.label_, "a word of the title the text opens with") for m in heading_words]
    addresses += heading_words
    towns = {span.start for span, _ in _hyphened_towns(doc, mentions)}
    first_words = [m for m in mentions if m.start in towns]  # 'Burton' of 'Burton-upon-Trent'
    doc.user_data["not_names"] += [(m.text, m.label_, "the first word of a town's name joined by hyphens") for m in first_words]
    addresses += first_words
    pieces = [m for m in mentions if _piece_of_acronymed_name(m)]  # '... Index for Urban Wage Earners and Clerical Workers (CPI-W)'
    doc.user_data["not_names"] += [(m.text, m.label_, "a piece of a longer name the text gives an acronym") for m in pieces]
    addresses += pieces
    paired = [m for m in mentions if m.label_ == "ORG" and _places_paired(m.text)]  # 'the U.S.-Soviet grains agreement'
    doc.user_data["not_names"] += [(m.text, m.label_, "two places joined by a hyphen: what is between them") for m in paired]
    addresses += paired
    tickers = [m for m in mentions if _in_ticker(m)]  # 'Pilbara Minerals (ASX: PLS)'
    doc.user_data["not_names"] += [(m.text, m.label_, "a stock exchange's code for the company before it") for m in tickers]
    addresses += tickers
    named = [(m, headline_name(m)) for m in mentions if m not in addresses]
    doc.user_data["not_names"] += [(m.text, m.label_, "common words a source line's title capitalises" if _source_line_start(m)
                                    is not None else "common words a title-case headline capitalises") for m, n in named if n is None]
    mentions = [n for _, n in named if n is not None]
    calendar = [m for m in mentions if (all(t.lower_ in CALENDAR_WORDS for t in m) or re.fullmatch(r"[HQ][1-4]", m.text) or (
                    len(m) >= 2 and m[-1].text in ("Day", "Week", "Month") and m.label_ in ("ORG", "GPE", "PERSON", "FAC")))
                and m not in lower]  # 'Fiscal Year', 'H1' (a half), 'Q3' (a quarter), 'World Trade Month' (an observance,
    # a date as 'Christmas' is; one the model calls an event stays one)
    doc.user_data["not_names"] += [(m.text, m.label_, "words of the calendar, no name") for m in calendar]
    text_all = doc.text
    signed = [m for m in mentions if len(m) >= 2 and m[-1].lower_ in ("newsroom", "desk") and text_all[
        text_all.rfind("\n", 0, m.start_char) + 1:m.start_char].strip() in ("--", "-", "\u2014")]  # '-- Frankfurt Newsroom,
    doc.user_data["not_names"] += [(m.text, m.label_, "the newsroom that signs off a wire story") for m in signed]  # +49 ...'
    mentions = [Span(doc, m.start, m.end - 1, label="GPE") if m in signed else m for m in mentions]  # its city stays
    def singular(word: str) -> str:
        return word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    kinds = [m for m in mentions if m.label_ == "ORG" and len(m) >= 2 and m[-1].lower_ not in ORGANISATION_NOUNS
             and singular(m[-1].lower_) in ORGANISATION_NOUNS and m.start and doc[m.start - 1].lower_ == "the"
             and not any(t.lower_ in ORGANISATION_WORDS | {"of"} for t in m[:-1])]  # (not 'the Council of Mortgage Lenders')  # 'the State Highway Agencies': a kind of body, many of them
    doc.user_data["not_names"] += [(m.text, m.label_, "bodies of a kind, in the plural: no one body's name") for m in kinds]
    mentions = [m for m in mentions if m not in kinds]
    zones = [m for m in mentions if len(m) == 1 and m.text in TIME_ZONE_WORDS and m.start >= 2 and doc[m.start - 1].text == "("
             and doc[m.start - 2].lower_.rstrip(".") in ("a.m", "p.m", "am", "pm")]  # '8:30 A.M. (Eastern)': a time zone
    doc.user_data["not_names"] += [(m.text, m.label_, "the time zone of a time") for m in zones]
    mentions = [m for m in mentions if m not in zones]
    symbols = [m for m in mentions if len(m) == 1 and len(m.text) <= 2 and m.start >= 2 and doc[m.start - 1].text == "("
               and m.end < len(doc) and doc[m.end].text == ")" and doc[m.start - 2].is_lower]  # 'lithium (Li)'
    doc.user_data["not_names"] += [(m.text, m.label_, "a symbol in brackets for the word before it") for m in symbols]
    mentions = [m for m in mentions if m not in symbols]
    formulas = [m for m in mentions if len(m) == 1 and chemical_formula(m.text)]  # 'CO2 emissions'
    doc.user_data["not_names"] += [(m.text, m.label_, "a chemical formula, no name") for m in formulas]
    parts = [m for m in mentions if len(m) == 2 and m[0].lower_ in DOCUMENT_PART_WORDS and re.fullmatch(r"\d{1,3}[A-Za-z]?", m[1].text)]
    doc.user_data["not_names"] += [(m.text, m.label_, "a part of the document, no name") for m in parts]  # 'Table 1'
    mentions = [m for m in mentions if m not in formulas and m not in parts]
    bare = [m for m in mentions if len(m) == 1 and m.label_ == "ORG" and m[0].lower_ in BARE_BODY_WORDS and m.start
            and doc[m.start - 1].lower_ == "the"]  # 'the Administration's goals': a body named by its kind alone
    doc.user_data["not_names"] += [(m.text, m.label_, "a body named by its kind alone") for m in bare]
    mentions = [m for m in mentions if m not in bare]
    kinds = [m for m in mentions if len(m) == 1 and m.label_ in ("GPE", "LOC", "PERSON", "ORG") and m[0].lower_ in ("states", "provinces",
             "regions", "counties") and not (m.start and doc[m.start - 1].lower_ == "united")]  # 'in 15 States': the
    doc.user_data["not_names"] += [(m.text, m.label_, "a kind of place in the plural, no name") for m in kinds]  # kind
    coded = [m for m in mentions if len(m) <= 3 and re.fullmatch(r"[A-Z]{2,5}-\d{2,6}", m.text)]  # 'PLS-4832', a release's
    doc.user_data["not_names"] += [(m.text, m.label_, "a code of letters and digits, no name") for m in coded]  # number
    mentions = [m for m in mentions if m not in kinds and m not in coded]
    status = [m for m in mentions if all(t.lower_ in RELEASE_STATUS_WORDS for t in m) and m not in lower]  # 'Preliminary'
    doc.user_data["not_names"] += [(m.text, m.label_, "a release's status, no name") for m in status]
    indexes = [m for m in mentions if m.label_ == "ORG" and m[-1].lower_ in INDEX_WORDS and m not in lower]  # 'the Retail
    doc.user_data["not_names"] += [(m.text, m.label_, "the name of an index, a statistic") for m in indexes]  # Prices Index'
    mentions = [m for m in mentions if m not in calendar and m not in status and m not in indexes]
    numbered = [m for m in mentions if m.label_ == "PERSON" and any(c.isdigit() for c in m.text) and m not in lower]
    doc.user_data["not_names"] += [(m.text, m.label_, "a name with a number in it is no person's") for m in numbered]
    diseases = [m for m in mentions if name_key(m.text) in DISEASE_NAMES and m not in numbered]  # 'COVID-19'
    doc.user_data["not_names"] += [(m.text, m.label_, "the name of a disease") for m in diseases]
    mentions = joined_bodies(joined_countries([m for m in mentions if m not in numbered and m not in diseases]))
    portfolios = [m for m in mentions if m.label_ == "ORG" and m.end + 1 < len(doc) and doc[m.end].lower_ in OFFICE_TITLES
                  and not any(t.lower_ in ORGANISATION_WORDS for t in m)  # 'European Commission Commissioner X' keeps it
                  and doc[m.end].text[:1].isupper() and doc[m.end + 1].ent_type_ == "PERSON"]  # 'Trade Secretary Dana Holt'
    doc.user_data["not_names"] += [(m.text, m.label_, f"part of the title '{m.text} {doc[m.end].text}'") for m in portfolios]
    held = [m for m in mentions if m.label_ == "ORG" and m.start >= 2 and (doc[m.start - 1].lower_ == "for" or (
                doc[m.start - 1].lower_ == "of" and m.end < len(doc) and doc[m.end].ent_type_ == "PERSON"))  # 'Under Secretary
            and doc[m.start - 2].lower_ in OFFICE_TITLES and doc[m.start - 2].text[:1].isupper()]  # of Commerce for Economic
    # Affairs Dana Whitcombe'; 'Under Secretary for
    doc.user_data["not_names"] += [(m.text, m.label_, f"the portfolio of the title '{doc[m.start - 2:m.end].text}'")  # Trade and
                                   for m in held]  # Foreign Agricultural Affairs'
    portfolios += held
    mentions = [m for m in mentions if m not in dates and m not in lower and m not in portfolios and m not in owned
                and m not in prefixed]
    extended, absorbed = {}, set()
    for k, m in enumerate(mentions):
        longer = m
        for read_back in READ_BACK:  # each reads the name back over words before it that the model left out
            longer = read_back(longer)
        if longer.start != m.start:
            mentions[k] = longer
            absorbed.update(range(longer.start, m.start))
            extended[(longer.start, longer.end)] = f"name read on over '{doc[longer.start:m.start].text}', which the model left out"
    for whole in acronym_spelled_names(doc, mentions):  # 'Palm Oil Registration and' + 'Licensing Authority (PORLA)'
        inside = [m for m in mentions if whole.start <= m.start and m.end <= whole.end]
        if whole[-1].lower_ in INDEX_WORDS:  # 'the ... House Price Index (HPI)': a statistic, no organisation
            doc.user_data["not_names"] += [(whole.text, whole.label_, "the name of an index, a statistic")]
            mentions = [m for m in mentions if m not in inside]
            indexes.append(whole)
            continue
        mentions = [m for m in mentions if m not in inside] + [whole]
        extended[(whole.start, whole.end)] = f"name read on to all that its acronym '{doc[whole.end + 1].text}' spells"
    index_acronyms = {doc[m.end + 1].text for m in indexes if m.end + 2 < len(doc) and doc[m.end].text == "("
                      and doc[m.end + 2].text == ")"}  # 'the Retail Prices Index (RPI)': 'RPI' names no body either
    doc.user_data["not_names"] += [(m.text, m.label_, "the acronym of an index, a statistic") for m in mentions
                                   if m.text in index_acronyms]
    mentions = [m for m in mentions if m.text not in index_acronyms]
    mentions.sort(key=lambda m: m.start)
    joined = []  # 'Board of Governors' + 'of the' + 'Federal Reserve System': one board, which the model cut at 'of the'
    # (not 'Census Bureau' + 'of the Department of Commerce', a body and the one it belongs to)
    for m in mentions:
        if (joined and joined[-1].label_ == "ORG" and m.label_ == "ORG" and doc[joined[-1].end].lower_ == "of"
                and (joined[-1][-1].lower_ in ("governors", "directors", "trustees", "regents", "commissioners") or (
                    joined[-1][-1].lower_ in ("department", "ministry") and len(m) == 1))  # 'the U.S. Department' +
                # 'of the' + 'Treasury': one department (not 'Census Bureau' + 'of the Department of Commerce')
                and (m.start == joined[-1].end + 1 or (m.start == joined[-1].end + 2 and doc[joined[-1].end + 1].lower_ == "the"))):
            whole = Span(doc, joined[-1].start, m.end, label="ORG")
            extended[(whole.start, whole.end)] = f"two names joined by '{doc[joined[-1].end:m.start].text}', one body"
            joined[-1] = whole
        else:
            joined.append(m)
    mentions = joined
    def _s_after(m: Span) -> bool:
        return m.end + 1 < len(doc) and doc[m.end].text in ("'s", "’s")
    shops = {m.text for m in mentions if m.label_ in ("ORG", "PERSON") and _s_after(m) and (
        doc[m.end + 1].pos_ == "AUX" or doc[m.end + 1].text in (",", ".")) and m[-1].lower_ not in ORGANISATION_WORDS
        and not m.text.isupper()}  # "Bramley's is owned by ...": a name that ends in 's (not "the Administration's)")
    for k, m in enumerate(mentions):
        if m.text in shops and _s_after(m) and m.label_ in ("ORG", "PERSON"):
            mentions[k] = Span(doc, m.start, m.end + 1, label=m.label_)
            extended[(m.start, m.end + 1)] = f"a name that ends in 's ('{doc[m.start:m.end + 2].text}')"
    places = {m.start: m for m in mentions if m.label_ == "GPE"}
    for k, m in enumerate(mentions):
        if (longer := with_place_after(m, places) or with_year_after(m) or with_common_word_after(m)
                or with_legal_form_after(m) or with_name_words_before_facility(m) or own_publication(m)) is not None and longer.end > m.end:
            mentions[k] = longer
            absorbed.update(range(m.end, longer.end))
            extended[(longer.start, longer.end)] = f"name read on over '{doc[m.end:longer.end].text}', which the model left apart"
    def form_alone(m: Span) -> bool:  # a legal form the model tagged apart, now read into the name before it
        return absorbed.issuperset(range(m.start, m.end)) and all(t.lower_.replace(".", "") in LEGAL_FORM_PIECES for t in m)
    return [m for m in mentions if (m.label_ == "ORG" and not form_alone(m)) or (m.start, m.end) in extended
            or not absorbed.intersection(range(m.start, m.end))], extended


# The rules that read a name back over words before it, in the order they apply ('Kestrel Anode Works', 'the Office
# of the' + 'United States Trade Representative', 'PT' + 'Halmera Nickel Industri', 'Per' + 'Haugland', 'Hurricane' + 'Isaac').
READ_BACK = (with_coordinated_words, with_name_words_before, with_body_before, with_legal_form_before, with_first_name_before,
             with_storm_word_before)


def acronyms_of_descriptions(doc: Doc, mentions: list[Span], aliases: dict[str, str]) -> dict[Span, str]:
    """The mentions in capitals that stand for words the text writes in lower case, with those words: 'AI' and
    'artificial intelligence', 'GDP' and 'gross domestic product', 'PGM' and 'platinum-group metals', 'IP' and
    'Industrial production' opening a sentence (a country's alias, such as 'US', is never one)."""
    candidates = [m for m in mentions if 2 <= len(m.text) <= 5 and m.text.isupper() and m.text.isalpha()
                  and name_key(m.text) not in aliases]
    if not candidates:
        return {}
    spelled: dict[str, str] = {}  # initials of runs of lower-case content words -> the first such run
    words = [t for t in doc if not (t.text == "-" and t.i > 0 and not t.whitespace_ and not doc[t.i - 1].whitespace_)]
    for k in {len(m.text) for m in candidates}:  # a hyphen between words joins two words: 'platinum-group metals' (PGM)
        for i in range(len(words) - k + 1):
            run = words[i:i + k]
            opening = (run[0].is_sent_start and run[0].text.istitle() and run[-1].i + 2 < len(doc) and doc[run[-1].i + 1].text == "("
                       and doc[run[-1].i + 2].text == "".join(t.text[0] for t in run).upper())  # 'Industrial production (IP)
            def hyphened(t: Token) -> bool:  # 'of' inside 'cost-of-living' counts (COLA)
                return 0 < t.i < len(doc) - 1 and doc[t.i - 1].text == "-" and doc[t.i + 1].text == "-" and not doc[t.i - 1].whitespace_
            if all((t.is_lower or (t is run[0] and opening)) and t.is_alpha and (not t.is_stop or hyphened(t)) for t in run) and (
                    run[-1].i - run[0].i < 2 * k):
                spelled.setdefault("".join(t.text[0] for t in run).upper(), doc[run[0].i:run[-1].i + 1].text)  # moved ...'
    bracketed: dict[str, list[int]] = defaultdict(list)  # each acronym written in brackets, where (one pass)
    for t in doc[1:-1]:
        if doc[t.i - 1].text == "(" and doc[t.i + 1].text == ")":
            bracketed[t.text].append(t.i)
    for m in candidates:
        if m.text not in spelled and (words := _defined_in_lower_case(doc, m.text, bracketed.get(m.text, []))):
            spelled[m.text] = words  # 'greenhouse gas (GHG)', 'food at home (FAH)'
    return {m: spelled[m.text] for m in candidates if m.text in spelled}


def chemical_formula(text: str) -> bool:
    """Whether a word is a chemical formula: two or more element symbols, with a count ('CO2', 'CH4', 'H2O'), not a
    model number with one letter ('A380')."""
    parts = re.findall(r"([A-Z][a-z]?)(\d*)", text)
    return (bool(parts) and "".join(a + b for a, b in parts) == text and len(parts) >= 2 and any(b for _, b in parts)
            and all(a in CHEMICAL_ELEMENTS for a, _ in parts))


def _defined_in_lower_case(doc: Doc, acronym: str, places: list[int]) -> str:
    """The lower-case words the text defines an acronym as, in brackets after them: 'greenhouse gas (GHG)' -> 'greenhouse
    gas', 'food at home (FAH)' -> 'food at home'. `places` are where the acronym stands in brackets. The acronym's
    letters are found in order in the words before the bracket, the first at a word's start (the way Schwartz and
    Hearst match abbreviations); '' when no such words are."""
    for i in places:
        words = [w for w in doc[max(0, i - 1 - len(acronym) - 2):i - 1]]
        letters, k = acronym.lower(), len(words)
        text = " ".join(w.lower_ for w in words)
        j = len(text)
        for n, c in enumerate(reversed(letters)):
            first = n == len(letters) - 1
            j = next((x for x in range(j - 1, -1, -1) if text[x] == c and (not first or x == 0 or text[x - 1] in " -")), -1)
            if j < 0:
                break
        if j < 0:
            continue
        start = len(text[:j].split())  # the word the first letter starts
        run = words[start:k]
        if run and all(w.is_lower and (w.is_alpha or w.text == "-") for w in run) and not run[0].is_stop:
            return " ".join(w.text for w in run)
    return ""


@Language.factory("entity_resolver", default_config={"aliases_path": ""})
def make_entity_resolver(nlp: Language, name: str, aliases_path: str):
    aliases = load_country_aliases(Path(aliases_path)) if aliases_path else {}
    nouns = model_nouns(nlp)
    countries = PhraseMatcher(nlp.vocab)  # countries' names as written, for those the model leaves untagged
    countries.add("GPE", list(nlp.tokenizer.pipe(sorted(COUNTRY_NAMES))))

    def entity_resolver(doc: Doc) -> Doc:
        """Put canonical mentions in doc.spans['mentions'] with Span._.entity, ._.model_label and ._.rule."""
        text = doc.user_data.get("readable") or doc.text
        doc.user_data["lower_words"] = {t.text for t in doc if t.is_lower}
        doc.user_data["lower_lemmas"] = {t.lemma_.lower() for t in doc if t.is_lower}
        doc.user_data["model_nouns"] = nouns
        mentions, extended = model_mentions(doc, nouns)
        described = acronyms_of_descriptions(doc, mentions, aliases)  # 'AI' where the text writes 'artificial intelligence'
        doc.user_data["not_names"] += [(m.text, m.label_, f"short for '{words}', which the text writes in lower case")
                                       for m, words in described.items()]
        mentions = [m for m in mentions if m not in described]
        model_label = {(m.start, m.end): m.label_ for m in mentions}
        runs = _company_runs(doc, mentions)  # company names the model missed count as long forms too
        mentions += [span for span, _ in runs]
        model_label.update({(span.start, span.end): "" for span, _ in runs})
        for joined, place, name in _spelled_with_place(doc, mentions):  # 'Zambia' + 'Consolidated Copper Mines Ltd (ZCCM)'
            mentions = [m for m in mentions if m is not place and m is not name] + [joined]
            model_label[(joined.start, joined.end)] = model_label.get((name.start, name.end), "")
            runs.append((joined, f"name read on over '{place.text}', which its acronym spells"))
        for title in _quoted_titles(doc):  # 'the research paper, "Quantifying Potential Effects of ..."'
            mentions = [m for m in mentions if m.end <= title.start or m.start >= title.end] + [title]
            model_label[(title.start, title.end)] = ""
            runs.append((title, "a title in quotation marks after a word for a written work"))
        for joined, nationality, name in _nationality_led(doc, mentions):  # 'British' + 'Beer and Pub Association'
            mentions = [m for m in mentions if m is not nationality and m is not name] + [joined]
            model_label[(joined.start, joined.end)] = model_label.get((name.start, name.end), "")
            runs.append((joined, f"name read on over '{nationality.text}', which starts the name of a body"))
        honoured = [m for m in mentions if honoured_name(m) or after_office(m)]  # 'Philip Green' (ORG), then 'Mr Green'
        people = _by_name([m for m in mentions if (m.label_ == "PERSON" and len(m) >= 2) or m in honoured])
        long_forms = [group[0] for group in _by_name([m for m in mentions if len(m) >= 2])]
        companies = company_short_names(long_forms)
        fronts = company_fronts(long_forms)
        organisations = [f for f in long_forms if f.label_ == "ORG" or (described_as(f) or ("",))[0] == "ORG"]
        firsts, lasts = organisation_first_words(organisations), organisation_first_words(organisations, last=True)
        place_firsts = organisation_first_words([f for f in long_forms if f.label_ in ("LOC", "FAC") or (
            f.label_ == "GPE" and len(f) == 2 and f[-1].lower_ in COUNTY_WORDS)])  # 'Permian' of 'the Permian Basin', which
        # a headline writes alone; 'Orleans' of 'Orleans County' ('Orleans and Harrison counties')
        acronyms: dict[str, Span] = {}
        for form in long_forms:
            acronyms.setdefault(initials(form), form)
            acronyms.setdefault(initials(form, dotted=True), form)  # 'USGS' for 'U.S. Geological Survey'
            if len(form) > 2 and name_key(form[0].text) in aliases:  # 'EIA' for 'U.S. Energy Information Administration'
                acronyms.setdefault(initials(form[1:]), form)
        bracketed = bracketed_acronyms(doc, mentions)
        acronyms.update(bracketed)
        national = {name_key(f[1:].text): f for f in organisations if len(f) > 2 and name_key(f[0].text) in aliases
                    and f[1].text[:1].isupper()}  # 'U.S. Census Bureau' -> 'Census Bureau', the same body
        spelled = {}  # 'United States Department of Agriculture' and 'U.S. Department of Agriculture': one body
        for f in sorted(organisations, key=lambda f: f.start):
            if (country := _country_led(f, aliases)) is not None:
                spelled.setdefault(country, f)
        inverted = {name_key(f"{found.group(2)} {found.group(1)}"): f for f in organisations
                    if (found := re.search(r"\b(Department|Ministry) of (?:the )?([A-Z]\w+)$", f.text))}  # 'Energy
        # Department' for 'U.S. Department of Energy'
        canonical: dict[tuple[int, int], tuple[str, str, str]] = {}  # (start, end) -> (entity, forced label, rule)
        with_officers = _first_words_with_officers(doc, people)
        for m in honoured:
            canonical[(m.start, m.end)] = (m.text, "PERSON", f"a name after an office and its department ('{doc[m.start - 3:m.start].text}')"
                                           if after_office(m) else f"a person's name: the text writes 'Mr {m[-1].text}' or the like")
        for m in mentions:
            key = name_key(m.text)
            if (m.start, m.end) in canonical:
                continue
            if len(m) == 1 and m.start in with_officers:  # 'Ferrum chief executive Daniel Okafor'
                canonical[(m.start, m.end)] = (with_officers[m.start].text, "ORG", _officer_rule(doc, m.start, with_officers[m.start]))
            elif key in aliases:
                rule = "" if m.text == aliases[key] else f"country alias of {aliases[key]}"
                canonical[(m.start, m.end)] = (aliases[key], "GPE", rule)
            elif as_written(m) in ("D.C.", "DC") and m.start >= 2 and doc[m.start - 1].text == "," and doc[m.start - 2].text == "Washington":
                canonical[(m.start, m.end)] = ("Washington", "GPE", "the district of 'Washington, D.C.': the city")
            elif (state := STATE_ABBREVIATIONS.get(m.text)) is not None and m.start and doc[m.start - 1].text == ",":
                canonical[(m.start, m.end)] = (state, "GPE", f"{m.text} after a town: the state of {state}")  # 'RESTON, Va.'
            elif (party := re.fullmatch(r"[RDI]-(.+)", m.text)) and (state := STATE_ABBREVIATIONS.get(
                    party.group(1), party.group(1) if party.group(1) in subdivision_names() else None)) is not None:
                canonical[(m.start, m.end)] = (state, "GPE", f"a lawmaker's party and state: the state of {state}")  # 'D-Wash.'
            elif m.label_ == "GPE" and in_dateline(m, text):
                continue  # a dateline's place, which the model read as a place, is no surname or short name
            elif len(m) == 1 and (company := _company_sharing_the_name(m, mentions)) is not None:
                canonical[(m.start, m.end)] = (company.text, "ORG", f"short name of {company.text}, written as a company's")
            elif len(m) < 3 and (person := _person_for(m, people)) is not None:
                canonical[(m.start, m.end)] = (person.text, "PERSON", f"surname of {person.text}, named in full in the document")
            elif m.text in COUNTRY_NAMES and (m.label_ != "LOC" or len(m) > 1):  # a place, though the story makes it a side ('Japan beat
                if m.label_ != "GPE":  # Syria 2-1') or a company's name starts with it ('Zambia Consolidated ...'); a
                    # country of one word the model calls a region may be one ('the Congo'), of two it is not ('Ivory Coast')
                    canonical[(m.start, m.end)] = (m.text, "GPE", "a country's name (ISO 3166)")
            elif m.label_ in ("ORG", "NORP", "LOC", "WORK_OF_ART") and _made_by_company(m):
                canonical[(m.start, m.end)] = (m.text, "PRODUCT", f"what a company '{m.root.head.text}': a product")  # 'the Qashqai'
            elif m.label_ in ("ORG", "PERSON", "NORP", "WORK_OF_ART") and _maker_of(m):
                canonical[(m.start, m.end)] = (m.text, "PRODUCT", f"what a company is the '{m.root.head.head.text}' of: a product")
            elif (m.label_ == "ORG" or (m.label_ in ("FAC", "PRODUCT", "LOC") and m.end < len(doc) and doc[m.end].is_lower
                                            and m.root.dep_ in ("amod", "compound"))) and len(m) == 1 and (
                    country := _demonym_of(m.text)) is not None:  # ('the Welsh yoghurt maker', which the model calls a place)
                canonical[(m.start, m.end)] = (m.text, "NORP", f"the adjective of {country}, a nationality")  # 'Japanese'
            elif m.label_ in ("ORG", "GPE", "NORP", "FAC") and _in_byline(m):
                canonical[(m.start, m.end)] = (m.text, "PERSON", "the writer a byline names")
            elif m.label_ == "ORG" and (whole := national.get(key)) is not None and len(whole) > len(m):
                canonical[(m.start, m.end)] = (whole.text, "ORG", f"{whole.text} without its country")
            elif (m.label_ == "ORG" and (country := _country_led(m, aliases)) is not None
                  and (first := spelled.get(country)) is not None and first.text != m.text):
                canonical[(m.start, m.end)] = (first.text, "ORG", f"{first.text}, its country spelled another way")
            elif m.label_ == "ORG" and (whole := inverted.get(key)) is not None:
                canonical[(m.start, m.end)] = (whole.text, "ORG", f"{whole.text}, its subject named first")
            elif (m.label_ == "ORG" and len(m) >= 2 and re.fullmatch(r"[A-Z]{2,6}", m[0].text) and _title_case(m.sent)
                  and (long_form := acronyms.get(m[0].text)) is not None and long_form.label_ == "ORG"):
                canonical[(m.start, m.end)] = (long_form.text, "ORG", f"acronym of {long_form.text}, before a heading's words")
                # ('ERS Charts of Note', 'FAA Aerospace Forecast ...': the body, not its publication's words)
            elif (long_form := _long_form_for(m, acronyms)) is not None:
                kind = "acronym" if m.text.replace(".", "").isupper() else "short name"
                canonical[(m.start, m.end)] = (long_form.text, long_form.label_, f"{kind} of {long_form.text}")
            elif (company := companies.get(key)) is not None and len(company) > len(m):
                canonical[(m.start, m.end)] = (company.text, "ORG", f"short name of {company.text}")
            elif len(m) >= 2 and (company := fronts.get(key)) is not None and company.start < m.start and not (
                    m.start and doc[m.start - 1].lower_.rstrip(".") in PERSON_TITLES | HONORIFICS):
                canonical[(m.start, m.end)] = (company.text, "ORG", f"{company.text} without its last word, "
                                               f"'{company[-1].text}'")  # 'Harbor Line said', after 'Harbor Line Analytics'
            elif (len(m) >= 2 and m.label_ == "ORG" and m.sent.start == 0 and (company := companies.get(name_key(m[0].text)))
                  is not None and company.start > m.start and all(t.lower_ in doc.user_data["lower_words"] for t in m[1:])):
                canonical[(m.start, m.end)] = (company.text, "ORG", f"the headline's name for {company.text}: its short "
                                               f"name and what it makes ('{m[1:].text}')")  # 'Valtameri Paper', 'Valtameri Oy'
            elif (company := firsts.get(key)) is not None and len(company) > len(m) and (
                    m.label_ == "ORG" or described_as(m) or (m.label_ == "NORP" and len(m) == 1 and _demonym_of(m.text) is None
                                                             and m.text not in COUNTRY_NAMES)  # 'Veridian said', no nation
                    or (m.label_ == "PERSON" and len(m) == 1 and not (
                        m.start and doc[m.start - 1].lower_.rstrip(".") in PERSON_TITLES | HONORIFICS))):  # 'Skyline' of
                # 'Skyline Air', but not 'President Obama' of 'the Obama Administration'
                canonical[(m.start, m.end)] = (company.text, "ORG", f"first word of {company.text}, named in full in the document")
            elif (company := firsts.get(key)) is not None and len(company) > len(m) and _acts_as_company(m, company):
                canonical[(m.start, m.end)] = (company.text, "ORG", f"first word of {company.text}, which speaks or owns as a company")
            elif (place := place_firsts.get(key)) is not None and len(m) == 1 and (m.label_ in ("NORP", "LOC", "GPE", "ORG") or (
                    m.label_ == "PERSON" and any(t.lemma_.lower() in COUNTY_WORDS for t in doc[m.end:m.end + 3]))) and not (
                    m.label_ == "GPE" and (m.text in COUNTRY_NAMES or m.text in subdivision_names())):  # 'Orleans and
                # Harrison counties'; not 'Florida' of 'Florida Gas Zone 3', a state in its own right
                canonical[(m.start, m.end)] = (place.text, place.label_, f"first word of {place.text}, named in full in the document")
            elif (company := lasts.get(key)) is not None and len(m) == 1 and m.label_ == "ORG":  # 'Lufthansa'
                canonical[(m.start, m.end)] = (company.text, "ORG", f"last word of {company.text}, named in full in the document")
        for m in mentions:
            if (m.start, m.end) not in canonical and (described := described_as(m)) is not None:
                canonical[(m.start, m.end)] = (m.text, *described)
        resolved: dict[str, tuple[str, str, str]] = {}  # a name resolved once is resolved everywhere ('Helix')
        for m in mentions:
            if (m.start, m.end) in canonical and canonical[(m.start, m.end)][0] != m.text:
                resolved.setdefault(name_key(m.text), canonical[(m.start, m.end)])
        for m in mentions:
            if (m.start, m.end) not in canonical and (found := resolved.get(name_key(m.text))) is not None and not (
                    m.label_ == "GPE" and in_dateline(m, text)):
                canonical[(m.start, m.end)] = (found[0], found[1], f"as another mention of {m.text}: {found[2]}")
        for span, rule in runs:
            canonical.setdefault((span.start, span.end), (span.text, span.label_, rule))
        labels = {(m.start, m.end): m.label_ for m in mentions}
        for (start, end), rule in extended.items():
            canonical.setdefault((start, end), (doc[start:end].text, labels.get((start, end), "ORG"), rule))
        for span, rule in (_speaking_names(doc, mentions, nouns) + _dateline_names(doc, mentions) + _employers(doc, mentions)
                           + _byline_writers(doc, mentions) + _places_before_titles(doc, mentions)
                           + _listed_people(doc, mentions) + _based_places(doc, mentions)
                           + _source_publishers(doc, mentions)
                           + _names_of_a_kind(doc, mentions) + _own_publications(doc, mentions)
                           + _untagged_countries(doc, mentions, countries) + _hyphened_towns(doc, mentions)
                           + _untagged_laws(doc, mentions) + _untagged_nationalities(doc, mentions)
                           + _described_names(doc, mentions) + _names_set_beside_a_kind(doc, mentions)
                           + _quoted_ports(doc, mentions)):
            mentions.append(span)
            model_label[(span.start, span.end)] = ""
            canonical[(span.start, span.end)] = (span.text, span.label_, rule)
        for m in mentions:
            if in_dateline(m, text) and (m.start, m.end) not in canonical and model_label.get((m.start, m.end)) != "GPE":
                canonical[(m.start, m.end)] = (m.text, "GPE", "the place of a dateline")
        for span, entity, label, rule in _missed_mentions(doc, mentions, people, canonical, bracketed):
            mentions.append(span)
            model_label[(span.start, span.end)] = ""
            canonical[(span.start, span.end)] = (entity, label, rule)
        long_countries = {m[-1].text: m for m in mentions if m.label_ == "GPE" and LONG_COUNTRY.fullmatch(m.text)}
        for m in mentions:  # 'Congo', where the text names the 'Democratic Republic of Congo' in full
            whole = long_countries.get(m.text) if len(m) == 1 and m.label_ == "GPE" else None
            if whole is not None and (m.start, m.end) not in canonical:
                canonical[(m.start, m.end)] = (whole.text, "GPE", f"short name of {whole.text}, named in full in the document")
        for m in mentions:  # an acronym a rule found after the model ('PORLA said') is the name it is given for, or
            entity = canonical.get((m.start, m.end), (m.text, "", ""))[0]  # whose initials it is ('EIA estimates')
            if (long_form := bracketed.get(entity)) is not None and long_form.start != m.start and len(m) == 1:
                canonical[(m.start, m.end)] = (long_form.text, "ORG", f"acronym of {long_form.text}, given in brackets")
            elif (len(m) == 1 and model_label.get((m.start, m.end)) == "" and entity == m.text and m.text.isupper()
                  and (long_form := _long_form_for(m, acronyms)) is not None and long_form.label_ == "ORG"):
                canonical[(m.start, m.end)] = (long_form.text, "ORG", f"acronym of {long_form.text}")
            elif (len(m) == 1 and model_label.get((m.start, m.end)) == "" and entity == m.text
                  and canonical.get((m.start, m.end), ("", m.label_))[1] == "ORG"  # (a mention found again has no label)
                  and (company := firsts.get(name_key(m.text))) is not None and len(company) > 1
                  and (company.label_ == "ORG" or canonical.get((company.start, company.end), ("", ""))[1] == "ORG")
                  and company.start != m.start):  # 'Marlow said', after 'Marlow & Sons'; 'Taunus said', after 'Taunus
                # Systeme AG', which the model took for a person and its legal form made a company
                canonical[(m.start, m.end)] = (company.text, "ORG", f"first word of {company.text}, named in full in the document")
        # group by key; display name: the most frequent form that is not in capitals
        bodily = not any(t.lower_ in ("he", "she", "his", "her", "him") for t in doc) and any(  # 'the regulator', and
            t.lemma_.lower() in ORGANISATION_NOUNS and t.i and (doc[t.i - 1].lower_ == "the" or any(  # no 'he'
                c.dep_ == "det" and c.lower_ == "the" for c in t.lefts)) for t in doc)  # ('the industry regulator')
        groups: dict[str, list[Span]] = defaultdict(list)
        for m in mentions:
            entity = canonical.get((m.start, m.end), (m.text, "", ""))[0]
            groups[name_key(entity)].append(m)
        spans = []
        for key, members in groups.items():
            forced = [canonical[(m.start, m.end)] for m in members if (m.start, m.end) in canonical]
            forms = Counter(f[0] for f in forced) + Counter(m.text for m in members if (m.start, m.end) not in canonical)
            normal = [f for f, _ in forms.most_common() if not (f.isupper() and len(f) > 3)]
            entity = normal[0] if normal else forms.most_common(1)[0][0]  # an acronym keeps its capitals
            votes = Counter(model_label[(m.start, m.end)] for m in members if model_label[(m.start, m.end)])
            dated = any(model_label[(m.start, m.end)] == "GPE" and in_dateline(m, text) for m in members)  # 'STUTTGART ,
            label = forced[0][1] if forced else "GPE" if dated else (votes.most_common(1)[0][0] if votes else "")  # Germany'
            body_votes = Counter(model_label[(m.start, m.end)] for m in members
                                 if model_label[(m.start, m.end)] and not _title_case(m.sent) and as_written(m) == m.text)  # nor
            # one read recased from a headline in capitals ('TARRANT SAYS MORAINE CREEK TALKS ON TRACK')
            settled = (not forced and not dated and bool(body_votes) and body_votes.most_common(1)[0][0] != label
                       and votes[label] == votes[body_votes.most_common(1)[0][0]])
            if settled:  # a tie is settled by the body, not by a headline, whose capitals mislead the model
                label = body_votes.most_common(1)[0][0]  # ('... Foreign Markets to American Agriculture' an organisation)
            whole_votes = Counter(model_label[(m.start, m.end)] for m in members
                                  if model_label[(m.start, m.end)] and not _modifies_common_noun(m))
            by_whole = (not forced and not dated and not settled and bool(whole_votes)
                        and whole_votes.most_common(1)[0][0] != label
                        and votes[label] == votes[whole_votes.most_common(1)[0][0]])
            if by_whole:  # a tie is settled by the mentions that stand as names, not by one that only modifies a noun
                label = whole_votes.most_common(1)[0][0]  # ('to close Alderton factory', then 'its plant in Alderton')
            guessed = all(f[2].startswith("surname of") or (f[1] == "PERSON" and f[2].startswith("another mention of"))
                          for f in forced)  # a surname, or a full name found again, is the model's 'person' again
            written_as_organisation = guessed and label == "PERSON" and (evidence := _organisation_evidence(members)) and (
                evidence == 2 or votes["ORG"] > 0)  # plainly, or as the model says once
            found_again = all(f[2].startswith(("surname of", "another mention of", "as another mention of")) for f in forced)
            written_as_organisation = written_as_organisation or (found_again and label == "FAC" and _organisation_evidence(
                members, relative=False) == 2)  # 'Shares in Thornbury Lane': a building or a street has no shares
            lone_speaker = (not forced and label == "PERSON" and votes["PERSON"] == len(members) and bodily and all(
                len(m) == 1 for m in members) and any(m.root.dep_ == "nsubj" and m.root.head.lemma_.lower() in
                                                      REPORTING_VERBS for m in members) and not any(
                m.start and (doc[m.start - 1].lower_.rstrip(".") in PERSON_TITLES | HONORIFICS
                             or doc[m.start - 1].text[:1].isupper()) for m in members))
            speaking_people = (label == "NORP" and not forced and any(  # 'Halberd said': a people does not speak
                m.root.dep_ == "nsubj" and m.root.tag_ == "NNP" and m.root.head.lemma_.lower() in REPORTING_VERBS
                for m in members) and not any(m.text in COUNTRY_NAMES for m in members))
            lone_speaker = lone_speaker or speaking_people  # as one, but the Germans may
            body = label == "GPE" and not forced and _speaking_body(members)  # 'Ofwat said', "Ofwat's chief executive"
            speaker_only = lone_speaker and not written_as_organisation
            written_as_organisation = written_as_organisation or lone_speaker or body  # 'Ofgem said', where the text speaks of
            # 'the regulator' and of no 'he' or 'she': people are named in full ('McCarthy said' alone stays a person)
            label = "ORG" if written_as_organisation else label
            for m in members:
                rule = canonical.get((m.start, m.end), ("", "", ""))[2]
                old = model_label[(m.start, m.end)]
                if written_as_organisation and old != "ORG":
                    rule = ("a lone name that speaks and is never named in full, as people are" if speaker_only else
                            "a name read as a place that speaks and has an officer, as only organisations do" if body else
                            "written as only an organisation's name is (a kind of organisation before it, an officer after it)")
                if not rule and old != label:
                    rule = (f"as another mention of {entity}: {forced[0][2]}" if forced and forced[0][2] else
                            f"the place of the dateline, {entity}" if dated else
                            f"label vote among the mentions of {entity}, a tie settled by the body, not a headline" if settled else
                            f"label vote among the mentions of {entity}, a tie settled by those that are no modifier of a "
                            "noun" if by_whole else
                            f"label vote among the mentions of {entity} (ties go to the first)")
                if not rule and as_written(m) != m.text:
                    rule = f"capitalised form of {entity}, read in normal case"
                span = Span(doc, m.start, m.end, label=label)
                span._.entity, span._.model_label, span._.rule = entity, old, rule
                spans.append(span)
        renamed = {span.text: span._.entity for span in spans if span._.entity != span.text and span.label_ == "ORG"}
        for span in spans:  # a name given for another that is itself given for a third is the third: 'Bureau' for the
            further = renamed.get(span._.entity)  # 'Bureau of Economic Analysis', which is the source line's 'U.S. Bureau
            if span.label_ == "ORG" and further is not None and further != span._.entity:  # of Economic Analysis'
                span._.entity = further
        long_orgs: dict[str, set[str]] = defaultdict(set)  # a company's first word is the company, where one company
        for span in spans:  # named in full starts with it ('Fairhaven', after 'Fairhaven Leisure', which the text
            words = span._.entity.split()  # writes as an organisation's name)
            if span.label_ == "ORG" and len(words) >= 2 and words[0][:1].isupper():
                long_orgs[words[0]].add(span._.entity)
        lower = doc.user_data.get("lower_words", set())
        for span in spans:
            if (span.label_ == "ORG" and " " not in span._.entity and len(long_orgs.get(span._.entity, ())) == 1
                    and span._.entity.lower() not in lower and span._.entity.lower() not in ORGANISATION_WORDS):
                company = next(iter(long_orgs[span._.entity]))
                span._.entity, span._.rule = company, f"first word of {company}, named in full in the document"
        spans.sort(key=lambda s: s.start)
        doc.spans["mentions"] = spans
        index = [None] * len(doc)
        for span in spans:
            for i in range(span.start, span.end):
                index[i] = span
        doc._.mention_index = index
        ordered = sorted(spans, key=lambda m: m.end)
        doc.user_data["mention_list"] = (ordered, [m.end for m in ordered])
        doc.user_data["mention_words"] = {w.lower() for m in spans for w in m.text.split()}
        by_word: dict[str, tuple[list, list]] = {}
        for m in (m for m in ordered if m.label_ == "ORG"):
            for word in set(m._.entity.lower().split()):
                by_word.setdefault(word, ([], []))[0].append(m)
                by_word[word][1].append(m.end)
        doc.user_data["orgs_by_word"] = by_word  # word of an ORG's name -> its mentions, by end
        speakers = [m for m in ordered if m.label_ == "ORG" and any(t.dep_ in ("nsubj", "nsubjpass") for t in m)]
        doc.user_data["org_subjects"] = (speakers, [m.end for m in speakers])
        return doc

    return entity_resolver


def _country_led(span: Span, aliases: dict[str, str]) -> tuple[str, str] | None:
    """The country a body's name opens with and the rest of the name, as keys ('U.S. Department of Agriculture' and
    'United States Department of Agriculture' -> ('United States', 'department of agriculture')), or None."""
    for k in (1, 2, 3):
        if len(span) > k + 1 and name_key(span[:k].text) in aliases and span[k].text[:1].isupper():
            return aliases[name_key(span[:k].text)], name_key(span[k:].text)
    return None


def _company_sharing_the_name(span: Span, mentions: list[Span]) -> Span | None:
    """The company named in full whose name holds a one-word mention that the text writes as a company's, where a
    person shares the word: 'Corvara said it planned ...' and 'Corvara shares closed up', after 'Lanificio Corvara SpA'
    and beside 'Managing director Luca Corvara' -> the company. None when the mention has no such evidence ('Corvara
    said he ...') or no company's name holds it."""
    doc = span.doc
    said_it = (span.end + 1 < len(doc) and doc[span.end].lemma_.lower() in REPORTING_VERBS and doc[span.end + 1].lower_ == "it")
    if not said_it and _organisation_evidence([span], relative=False) < 2:
        return None
    if "legal_name_words" not in doc.user_data:  # once per doc: each word of a name that ends in a legal form
        words: dict[str, Span] = {}
        for n in mentions:
            if len(n) >= 2 and n[-1].lower_.rstrip(".") in CORPORATE_SUFFIXES and n[-1].text[:1].isupper():
                for t in n[:-1]:
                    words.setdefault(t.text, n)
        doc.user_data["legal_name_words"] = words
    company = doc.user_data["legal_name_words"].get(span.text)
    return company if company is not None and company.start != span.start else None


def _organisation_evidence(members: list[Span], relative: bool = True) -> int:
    """How plainly the text writes a name as only an organisation's is written: 2 before an officer and a person's
    name ('Van Loon chief executive Pieter de Graaf'), with a kind of company set beside it ('Kestrel Lithium, a
    start-up in Nevada') or after one ('The pilots' union, Balpa,'), as what shares are in ('Shares in Harlow Vance') or before
    'which' ('Norilsk Nickel, which ...'; not when `relative` is False, for names of things, which take 'which'
    too); 1 after a kind of organisation in lower case ('Dutch group Van Loon') or before what only organisations
    have ("X's board"); 0 otherwise."""
    found = 0
    for m in members:
        doc = m.doc
        before = doc[m.start - 1] if m.start else None
        at = m.end + 1 if m.end < len(doc) and doc[m.end].text in ("'s", "’s") else m.end  # past a possessive
        after = doc[at] if at < len(doc) else None
        officer = after is not None and after.text.islower() and after.lower_ in OFFICERS
        titled = officer and any(t.ent_type_ == "PERSON" for t in doc[after.i + 1:after.i + 3])
        if titled:
            return 2  # 'Van Loon chief executive Pieter de Graaf'
        relative = relative and len(m) > 1 and m.end + 1 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].lower_ == "which"
        if relative:
            return 2  # 'Norilsk Nickel, which accounts for about 90 pct of Russian output': people are 'who'
        kind_before = m.root.head if m.root.dep_ == "appos" and m.root.head.i < m.start else None
        if kind_before is not None and kind_before.text.islower() and (kind_before.lemma_.lower() in ORGANISATION_WORDS
                                                                       or kind_before.lower_ in STARTUP_WORDS | {"division", "arm"}):
            return 2  # 'The pilots' union, Balpa, said', "the group's steel division, Thyssen Stahl,"
        described = [c for c in m.root.children if c.dep_ == "appos" and c.i >= m.end and c.pos_ == "NOUN"]
        kind = described[0] if described and (described[0].lower_ in STARTUP_WORDS or not any(  # 'a unit of Siemens
            c.dep_ == "prep" and c.lower_ in ("at", "with", "for", "of") for c in described[0].children)) else None
        # Energy' is a company's kind; not 'Paulo Mendes, a broker at Santos Commodities', a job
        hyphened = kind is not None and doc[kind.i - 1].text == "-" and doc[kind.i - 2:kind.i + 1].text.lower()  # 'start-up'
        if kind is not None and (kind.lemma_.lower() in ORGANISATION_WORDS or (hyphened or kind.lower_) in STARTUP_WORDS):
            return 2  # 'Kestrel Lithium, a start-up in Nevada, said', 'Albemarle, the world's largest lithium producer'
        traded = m.start >= 2 and doc[m.start - 1].lower_ in ("in", "of") and doc[m.start - 2].lemma_.lower() in TRADED
        if traded or (m.end < len(doc) and doc[m.end].lower_ in TRADED and doc[m.end].text.islower()):
            return 2  # 'Shares in Harlow Vance', 'Harlow Vance shares': a person has no shares of its own ('Musk's shares')
        if _says_its_own(m):
            return 2  # 'Harwick Timber said its profit fell': a person's own profit is 'his' or 'her'
        if officer or (before is not None and (before.text.islower() or before.is_sent_start)  # 'Regulator Ofcom said'
                       and before.lower_ in NAME_DESCRIPTORS):
            found = 1
    return found


def _says_its_own(m: Span) -> bool:
    """Whether a name says what 'its' profit, sales or shares did ('Harwick Timber said its profit fell'), or acts on
    'its' own plant, store or workforce ('Hallam Steelcraft is to close its last factory'), with no organisation named
    or referred to before it that 'its' could be: then 'its' is the name's own."""
    doc = m.doc
    verb = m.root.head
    if m.root.dep_ != "nsubj" or verb.i < m.end:
        return False
    if verb.lemma_.lower() in REPORTING_VERBS:
        said = [t for c in verb.children if c.dep_ == "ccomp" for t in c.subtree]
    else:
        said = [t for c in verb.children if c.dep_ in ("dobj", "xcomp") for t in c.subtree if t.dep_ == "poss"
                and t.head.dep_ == "dobj"]  # 'is to close its last factory'
    own = next((t for t in said if t.lower_ == "its" and t.dep_ == "poss"), None)
    if own is None or not {own.head.lemma_.lower(), own.head.lower_} & (ORGANISATION_POSSESSIONS | OWN_RESULTS | FACILITY_NOUNS):
        return False
    between = [t for t in doc[m.sent.start:own.i] if not m.start <= t.i < m.end]  # ('president Hiroshi Matsuda told
    # reporters the company planned to build ... at its plant': the company's)
    return not any(t.ent_type_ == "ORG" for t in doc[:m.start]) and not any(
        t.lower_ in ORGANISATION_NOUNS | OFFICERS or t.ent_type_ == "ORG" for t in between)  # (a headline's 'firm' is this one)


def _speaking_body(members: list[Span]) -> bool:
    """Whether a name the model calls a place is an organisation's: it speaks ('Ofwat said') and has an officer
    ("Ofwat's chief executive"), is no country or region, and never follows a word that places things ('in', 'at',
    'from', ...), as a town's name does."""
    doc = members[0].doc
    if any(m.text in COUNTRY_NAMES or m.text in subdivision_names() or in_dateline(m, text_of(doc)) for m in members):
        return False
    if any(m.start and doc[m.start - 1].lower_ in PLACE_PREPOSITIONS for m in members):
        return False
    speaks = any(m.root.dep_ == "nsubj" and m.root.head.lemma_.lower() in REPORTING_VERBS for m in members)
    return speaks and _organisation_evidence(members) >= 1


def _covered(mentions: list[Span]) -> set[int]:
    """The token indices the mentions cover, so that a rule adds no mention over another."""
    return {i for m in mentions for i in range(m.start, m.end)}


def _a_year_token(tok: Token) -> bool:
    """Whether a token is a year written in four digits: '1999', '2013'."""
    return re.fullmatch(r"(?:19|20)\d\d", tok.text) is not None


def _editions_after(doc: Doc, start: int, end: int) -> bool:
    """Whether a title opens its line and only the years of its editions follow it: 'Food Price Outlook, 2031 and
    2032' (a heading that names the publication, though it is written in capitals as headlines are)."""
    rest = [t for t in doc[end:doc[end - 1].sent.end] if not t.is_space]
    return (doc[start].is_sent_start and bool(rest) and rest[0].text == ","
            and all(_a_year_token(t) or t.lower_ in (",", "and", "to", "-", "\u2013") for t in rest[1:]) and any(_a_year_token(t) for t in rest))


def _set_as_place(mention: Span) -> bool:
    """Whether a name stands where only a place goes: after 'in', 'near', 'across' or 'throughout' (also as the second
    of two joined names: 'in Alicante and Castellon'), or before a built thing it names where it stands ('Idled Ohio
    Smelter'), with no honorific or title before it."""
    doc = mention.doc
    if mention.start and doc[mention.start - 1].lower_.rstrip(".") in HONORIFICS | PERSON_TITLES:
        return False
    anchor = mention.root
    while anchor.dep_ == "conj" and anchor.head.i < anchor.i:
        anchor = anchor.head
    placed = anchor.dep_ == "pobj" and anchor.head.lower_ in ("in", "near", "across", "throughout")
    built = (mention.root.dep_ in ("compound", "nmod") and mention.root.head.i == mention.end
             and mention.root.head.lemma_.lower() in FACILITY_NOUNS)
    return placed or built


def lower_forms(doc: Doc) -> set[str]:
    """The words and lemmas the body writes in lower case, made once per text and kept on the Doc (dropped with the
    other caches before a Doc crosses processes)."""
    if "lower_forms" not in doc.user_data:
        doc.user_data["lower_forms"] = doc.user_data.get("lower_words", set()) | doc.user_data.get("lower_lemmas", set())
    return doc.user_data["lower_forms"]


def _modifies_common_noun(mention: Span) -> bool:
    """Whether a name only modifies a common noun after it ('Alderton factory'), where the model's label is a guess."""
    head = mention.root.head
    return (mention.root.dep_ in ("compound", "nmod") and head.i == mention.end and head.is_alpha
            and head.text.islower())  # (a lower-case head, whatever its tag: the model tags some of a headline's NNP)


def _title_case(sent: Span) -> bool:
    """Whether a sentence writes (nearly) every word with a capital, as headlines in title case do."""
    words = [t for t in sent if t.is_alpha and not t.is_stop]
    last = next((t for t in reversed(sent) if not t.is_space), None)
    heading = last is not None and not last.is_punct and len(words) >= 2  # 'Minerals and Metals' on a line of its own
    return (len(words) >= 3 or heading) and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


AMPERSAND_INITIALS = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}")  # 'S&P', 'AT&T': one word of a name


def _source_lines(text: str) -> list[str]:
    """What the text's source lines say after 'Source:'."""
    return re.findall(r"^(?:Sources?|SOURCES?):(.*)$", text, flags=re.M)


def _named_once_past_title(doc: Doc, name: str) -> bool:
    """Whether a name appears once in the text but for the text's first line when a source line cites that line
    as its title ('Quarterly Selected Services Estimates, Third Quarter 2020 – Advance Report' opening a release and
    closing its source line)."""
    text = text_of(doc)
    first = text.split("\n", 1)[0].strip()
    skip = len(first) if first and any(first.lower() in line.lower() for line in _source_lines(text)) else 0
    return text[skip:].count(name) == 1


def _company_runs(doc: Doc, mentions: list[Span]) -> list[Span]:
    """Runs of two or more capitalised words that no mention covers, ending in a company word ('Northbridge Metals')
    or a legal form ('Alpenbank AG'),
    a kind of organisation ('The Competition and Markets Authority') or a word for a report, a title ("the agency's
    Annual Coal Report"); the last two not in a headline in title case."""
    taken = _covered(mentions)
    headed = opening_title(doc)  # the words of the title a release opens with, which its source line cites, name nothing
    taken |= set(range(headed.start, headed.end)) if headed is not None else set()
    runs, i = [], 0
    while i < len(doc):
        j = i
        def hyphen(k: int) -> bool:  # 'Short-Term Energy Outlook': a hyphen inside a capitalised word
            return (doc[k].text == "-" and k > i and k + 1 < len(doc) and doc[k + 1].text[:1].isupper()
                    and not doc[k].whitespace_ and not doc[k - 1].whitespace_)

        def edition(k: int) -> bool:  # 'Farm Production Expenditures 1998 Summary': a year inside a title
            return (k > i and k + 1 < len(doc) and _a_year_token(doc[k]) and doc[k + 1].is_alpha
                    and doc[k + 1].text[:1].isupper() and k + 1 not in taken)

        def owners(k: int) -> bool:  # "Salmon Producers' Organisation": a plural's apostrophe inside a body's name
            return (k > i and doc[k].text in ("'", "\u2019") and doc[k].tag_ == "POS" and doc[k - 1].text.endswith("s")
                    and doc[k].whitespace_ and k + 1 < len(doc) and doc[k + 1].is_alpha and doc[k + 1].text[:1].isupper())

        while j < len(doc) and j not in taken and (doc[j].text[:1].isupper() or hyphen(j) or edition(j) or owners(j) or (
                doc[j].lower_ in ("&", "and") and j > i and j + 1 < len(doc) and doc[j + 1].text[:1].isupper())) and (
                doc[j].is_alpha or doc[j].text == "&" or hyphen(j) or edition(j) or owners(j) or AMPERSAND_INITIALS.fullmatch(doc[j].text)):
            j += 1
        start = i + 1 if doc[i].lower_ in ("the", "a", "an") else i
        while start < j - 2 and doc[start].lower_.rstrip(".") in MONTHS:  # 'February Short-Term Energy Outlook': the
            start += 1  # edition's month is no part of the title
            start += start < j - 2 and _a_year_token(doc[start])  # nor its year: 'its January 2018 Air Travel ...'
        cited = doc[start:j].text.lower() in doc.user_data.get("cited_titles", ()) or (  # a release's title a source line
            headed is not None and j - start >= 2 and doc[start:j].text.lower() in headed.text.lower()  # cites, or a
            and _source_line_start(doc[start:j]) is not None)  # piece of it that is the title the text opens with
        if (not cited and j - start >= 2 and (doc[j - 1].lower_ in COMPANY_WORDS or (doc[j - 1].lower_ in CORPORATE_SUFFIXES
                                                                      and doc[j - 1].is_alpha)) and not doc[i:j].text.isupper()
                and headline_name(Span(doc, start, j, label="ORG")) is not None  # not 'Imported Minerals' in a headline
                and not (doc[j - 1].lower_ in PLAIN_COMPANY_WORDS and _title_case(doc[j - 1].sent))):
            runs.append((Span(doc, start, j, label="ORG"), "company name the model missed (it ends in a company word)"))
        elif (j - start >= 2 and doc[j - 1].lower_ in ORGANISATION_NOUNS and not doc[i:j].text.isupper()
              and not _title_case(doc[j - 1].sent)):
            runs.append((Span(doc, start, j, label="ORG"), f"name the model missed (it ends in '{doc[j - 1].text}')"))
        elif (j - start >= 2 and not (_source_line_start(doc[start:j]) is not None and _cited_title(doc[start:j])
                                      and _named_once_past_title(doc, doc[start:j].text))  # (a title only a source line names)
              and _publication([t for t in doc[start:j] if not _a_year_token(t)])  # ('... 1998 Summary')
              and not doc[i:j].text.isupper() and (not _title_case(doc[j - 1].sent) or _editions_after(doc, start, j))
              and not (j < len(doc) and doc[j].pos_ in ("NOUN", "PROPN", "ADJ"))):  # not 'Advance Monthly retail sales'
            first, last = start, j  # with the year of its edition, before or after: '2013 Minerals Yearbook',
            if last < len(doc) and _a_year_token(doc[last]) and last not in taken and (
                    last + 1 == len(doc) or not doc[last + 1].text[:1].isupper()):  # 'Minerals Yearbook 1999' (not
                # '... Data Summary 2021 Q1', a quarter)
                last += 1
            elif first > 0 and _a_year_token(doc[first - 1]) and first - 1 not in taken and (
                    first == 1 or doc[first - 2].text in (",", ":", "(")):
                first -= 1
            runs.append((Span(doc, first, last, label="WORK_OF_ART"), "title the model missed (it ends in a word for a report)"))
        i = max(j, i + 1)
    return runs


def _speaking_names(doc: Doc, mentions: list[Span], nouns: frozenset[str]) -> list[tuple[Span, str]]:
    """A single capitalised proper noun that the model left untagged but that is the subject of a reporting verb
    ('Glencore said ...'): news copy names people in full first, so a lone name that speaks is an organisation,
    unless it is the surname of a person the document names in full ('Streichert said'), which stays a person's, or a
    common noun with a capital only because it starts a sentence, a headline or the story after a dateline ('Poll
    shows ...', where the text also writes 'a poll'; 'Airlines added ...', a plural of a noun the model knows)."""
    taken = _covered(mentions)
    surnames = {m[-1].text for m in mentions if len(m) >= 2 and (m.label_ == "PERSON" or after_office(m))}
    found = []
    for tok in doc:
        opens = tok.is_sent_start or (tok.i > 0 and doc[tok.i - 1].text in ("-", "\u2013", "\u2014"))
        plural = known_plural(tok, nouns)  # the tagger may call 'Airlines' singular
        kind = tok.i > 0 and doc[tok.i - 1].is_sent_start and doc[tok.i - 1].lower_ in RELATION_NOUNS | TRADE_NOUNS  # 'Rival
        before = [c for c in tok.children if c.dep_ in ("compound", "det", "amod") and not (kind and c.i == tok.i - 1)]  # Jetwing'
        if (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.i not in taken and tok.text[:1].isupper() and tok.is_alpha
                and tok.ent_type_ not in ("DATE", "TIME")  # ('The September 2020 - November 2020 indicated disappearance')
                and tok.text not in surnames and not (opens and (tok.lower_ in doc.user_data["lower_words"] or plural))
                and tok.head.lemma_.lower() in REPORTING_VERBS and not before
                and (tok.i == 0 or kind or not (doc[tok.i - 1].pos_ == "PROPN" or doc[tok.i - 1].dep_ == "compound"))):
            numbered = tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and (tok.i + 2 not in taken) and any(
                m.text == doc[tok.i:tok.i + 2].text for m in mentions if m.label_ == "ORG")  # 'Phillips 66 announced', the
            found.append((Span(doc, tok.i, tok.i + 1 + numbered, label="ORG"),  # name the text writes whole elsewhere
                          "an untagged name that is the subject of a reporting verb"))
        elif (tok.dep_ == "nsubj" and tok.pos_ == "PROPN" and tok.i not in taken and tok.text[:1].isupper() and tok.is_alpha
              and (run := _untagged_name_run(tok, taken)) is not None and _says_its_own(run)):
            found.append((run, "an untagged name that says what its own profit or sales did"))  # 'Pellow Timber said
            # on Tuesday its profit fell'
        elif (tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.i not in taken and re.fullmatch(r"[A-Z]{2,6}", tok.text)
              and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN" and tok.head.lower_.removesuffix("s") in REPORTING_VERBS
              and tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ == "that"):  # 'EIA projects that ...', its verb read
            found.append((Span(doc, tok.i, tok.i + 1, label="ORG"), "an untagged name that is the subject of a reporting verb"))
            # as a noun by the parse
        elif (tok.dep_ in ("nsubj", "nsubjpass") and tok.pos_ == "PROPN" and tok.i not in taken and tok.is_alpha
              and tok.text[:1].isupper() and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].lower_ == "which"):
            start = tok.i
            while (start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.i
                   and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
                   and start - 1 not in taken and doc[start - 1].lower_ not in RELATION_NOUNS | TRADE_NOUNS | COMPANY_DESCRIPTORS):
                start -= 1  # (not 'Rival' of 'Rival SK Hynix, which ...')
            if 2 <= tok.i + 1 - start <= 3 and not any(i in taken for i in range(start, tok.i + 1)):  # 'Sagebrush Vanadium, which is building a plant in Nevada, said ...':
                found.append((Span(doc, start, tok.i + 1, label="ORG"),  # 'which', not 'who', and so no person
                              "an untagged name of several words that 'which' describes"))
    return found


def _untagged_name_run(head: Token, taken: set[int]) -> Span | None:
    """The two or three capitalised proper nouns, none tagged, that end at `head` ('Pellow Timber'), or None."""
    doc, start = head.doc, head.i
    while (start > head.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == head.i
           and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_alpha and doc[start - 1].text[:1].isupper()
           and start - 1 not in taken):
        start -= 1
    return Span(doc, start, head.i + 1, label="ORG") if 2 <= head.i + 1 - start <= 3 else None


def _described_names(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged name just after a descriptor in lower case: 'grid operator NORDGRID' -> NORDGRID, an organisation
    (described_as does the same for names the model tagged with another label)."""
    taken = _covered(mentions)
    found = []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        named = tok.pos_ == "PROPN" or (tok.is_alpha and tok.lower_ not in doc.user_data["lower_words"])  # 'retailer
        if (tok.i not in taken and tok.text[:1].isupper() and named and not tok.ent_type_  # Pemberly', tagged an adverb
                and before.lower_ in NAME_DESCRIPTORS and before.text.islower() and not tok.is_sent_start):
            end = tok.i + 1
            while (end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()
                   and not doc[end].ent_type_):
                end += 1
            if end < len(doc) and end in taken:
                continue  # 'central bank Governor Ana Ruiz': a title before a name
            found.append((Span(doc, tok.i, end, label="ORG"), f"an untagged name after the descriptor '{before.text}'"))
    return found


def _quoted_ports(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged name after a term of delivery: '245 marks a tonne fob Rotterdam' -> Rotterdam, the port a price is
    quoted at (a place)."""
    taken = _covered(mentions)
    found = []
    for tok in doc[1:]:
        if tok.i not in taken and tok.is_alpha and tok.text[:1].isupper() and doc[tok.i - 1].lower_ in PRICE_BASES:
            end = tok.i + 1
            while end < len(doc) and end not in taken and doc[end].is_alpha and doc[end].text[:1].isupper() and end - tok.i < 3:
                end += 1
            found.append((Span(doc, tok.i, end, label="GPE"), f"the port a price is quoted at ('{doc[tok.i - 1].text} ...')"))
    return found


def _names_set_beside_a_kind(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged name of two capitalised words or more set beside a kind of company with commas: 'Kanto Titanium,
    the larger of the two Japanese producers, raised its price' -> Kanto Titanium, an organisation. (A country set
    beside 'producer' is tagged a place by the model, and is no untagged run.)"""
    taken = _covered(mentions)
    found, i = [], 0
    while i < len(doc):
        j = i
        while j < len(doc) and j not in taken and doc[j].pos_ == "PROPN" and doc[j].is_alpha and doc[j].text[:1].isupper() and not doc[j].ent_type_:
            j += 1
        if j - i >= 2 and (body := _company_beside(doc[i:j])) is not None:
            found.append((Span(doc, i, j, label="ORG"), f"an untagged name set beside '{body.text}', a kind of company"))
        i = max(j, i + 1)
    return found


def _company_beside(span: Span, among: bool = False) -> Token | None:
    """The kind of company a name is set beside after a comma: 'Kanto Titanium, the larger of the two Japanese
    producers,' -> producers; 'Haldor, a carmaker,' -> carmaker. A lone 'producer' may be a person's trade ('a film
    producer'), as may a 'trader'; one of several producers or traders is a company, and `among` asks for that alone.
    None when the name is set beside no such noun."""
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text != ",":
        return None
    beside = [c for c in span.root.children if c.dep_ == "appos" and c.i > span.end]
    of_them = [p for c in beside for of in c.children if of.dep_ == "prep" and of.lower_ == "of"
               for p in of.children if p.dep_ == "pobj" and p.tag_ == "NNS"]  # 'the larger of the two producers'
    return next((c for c in (of_them if among else beside + of_them) if c.pos_ == "NOUN" and (
        c.lemma_.lower() in COMPANY_DESCRIPTORS or (c in of_them and c.lemma_.lower() in ("producer", "company")))), None)


def _names_of_a_kind(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged capitalised name between 'the' and a kind of organisation in lower case: 'the Unite union', 'the Ifo
    institute' -> Unite, Ifo, organisations."""
    taken = _covered(mentions)
    found = []
    for tok in doc[1:-1]:
        if (tok.i not in taken and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.ent_type_
                and doc[tok.i - 1].lower_ == "the" and doc[tok.i + 1].is_lower and doc[tok.i + 1].lower_ in ORGANISATION_NOUNS):
            found.append((Span(doc, tok.i, tok.i + 1, label="ORG"), f"an untagged name before '{doc[tok.i + 1].text}'"))
    return found


def _employers(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged name after 'analyst at' and the like: 'a consumer analyst at Corbel' -> Corbel, an organisation."""
    taken = _covered(mentions)
    found = []
    for tok in doc[2:]:
        if (tok.i not in taken and tok.text[:1].isupper() and tok.pos_ == "PROPN" and doc[tok.i - 1].lower_ == "at"
                and doc[tok.i - 2].lemma_.lower() in EMPLOYEE_NOUNS and not doc[tok.i - 1].is_sent_start):
            end = tok.i + 1
            while end < len(doc) and end not in taken and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
                end += 1
            found.append((Span(doc, tok.i, end, label="ORG"), f"an untagged name after '{doc[tok.i - 2].text} at'"))
    return found


def opening_title(doc: Doc) -> Span | None:
    """The title a text opens with when its source line cites it as its publication: 'Quarterly Hogs and Pigs' on the
    first line and in 'Source: ..., Quarterly Hogs and Pigs, June 26, 2015'; a release's own title, which the tables
    list under no name, as they leave out the titles a source line cites. None otherwise."""
    text = text_of(doc)
    first = text.split("\n", 1)[0].strip()
    items = {re.sub(r"\s*\([^)]*\)$", "", item.strip()).lower() for line in _source_lines(text)  # ('Grain Stocks (ISSN: ...)')
             for item in re.split(r"[,;]", line)}  # ('QUARTERLY ESTIMATES FOR
    if not first or first.lower() not in items or not 2 <= len(first.split()) <= 8 or not all(  # ...' in capitals)
            w[0].isupper() or w.lower() in ("and", "of", "for", "in", "the", "on") for w in first.split()):
        return None
    start = text.find(first)
    return doc.char_span(start, start + len(first), label="WORK_OF_ART", alignment_mode="expand")


def _own_publications(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """An untagged title after 'our' ('according to our Daily Grid Tracker'): the release's own publication, a work."""
    taken = _covered(mentions)
    found = []
    for our in (t for t in doc[:-2] if t.lower_ == "our" and t.i + 1 not in taken and doc[t.i + 1].text[:1].isupper()):
        title = own_publication(Span(doc, our.i + 1, our.i + 2, label="WORK_OF_ART"))
        if title is not None and not taken.intersection(range(title.start, title.end)):
            found.append((title, f"the title of the text's own publication ('our {title.text}')"))
    return found


def _byline_writers(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """The writer a byline names where the model tagged nothing, or only a country: 'By Jordan Pike | May 14,
    2024' -> 'Jordan Pike' (a person, though 'Jordan' is a country's name)."""
    taken = _covered(mentions)
    found = []
    for by in (t for t in doc if t.text == "By" and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws or doc[t.i - 1].is_space)):
        for length in (3, 2):
            span = Span(doc, by.i + 1, min(by.i + 1 + length, len(doc)), label="PERSON")
            if len(span) == length and _in_byline(span) and not taken.intersection(range(span.start, span.end)):
                found.append((span, "the writer a byline names"))
                break
    return found


def _listed_people(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """The other names in a labelled list of people, one of whom the model tagged: 'Principal contributors: Jeff
    Barron, Emily Geary' -> 'Emily Geary' (items of two or three capitalised words, on the line after its colon)."""
    taken, found = _covered(mentions), []
    for m in (m for m in mentions if m.label_ == "PERSON"):
        colon = next((t.i for t in reversed(doc[m.sent.start:m.start]) if t.text == ":"), None)
        if colon is None or any("\n" in t.text_with_ws for t in doc[colon:m.start]):
            continue
        end = next((t.i for t in doc[m.end:] if "\n" in t.text_with_ws or t.is_space), len(doc))
        end = end + 1 if end < len(doc) and not doc[end].is_space else end
        items, start = [], colon + 1
        for i in range(colon + 1, end + 1):
            if i == end or doc[i].text == "," or doc[i].lower_ == "and":
                items.append((start, i))
                start = i + 1
        for a, b in items:
            words = doc[a:b]
            if (2 <= len(words) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in words)
                    and words[-1].lower_ not in COMPANY_WORDS | ORGANISATION_WORDS | PUBLICATION_WORDS  # 'Reuters News'
                    and not taken.intersection(range(a, b))):
                found.append((Span(doc, a, b, label="PERSON"), f"listed with {m.text} after '{doc[colon - 1].text}:'"))
                taken.update(range(a, b))
    return found


def _based_places(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """A place the model left untagged where something is based: 'The Leicester-based firm' -> 'Leicester' (one
    capitalised word, which the text never writes in lower case, just before '-based')."""
    taken, lower = _covered(mentions), doc.user_data.get("lower_words", set())
    return [(Span(doc, t.i, t.i + 1, label="GPE"), f"where something is based ('{t.text}-based')") for t in doc
            if t.i + 2 < len(doc) and doc[t.i + 1].text == "-" and doc[t.i + 2].lower_ == "based" and t.is_alpha
            and t.text[:1].isupper() and t.i not in taken and t.text.lower() not in lower and not t.is_sent_start]


def _source_publishers(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """The publisher a source line names first, where the model tagged nothing: 'Source: Bureau of Labor Statistics,
    The Editor's Desk, ...' -> 'Bureau of Labor Statistics' (capitalised words and small ones, with a word for a public
    body among them)."""
    taken, found = _covered(mentions), []
    text = text_of(doc)
    for match in re.finditer(r"(?m)^(?:Data )?[Ss]ources?:[ \t]*([^,\n(]+)", text):
        span = doc.char_span(match.start(1), match.start(1) + len(match.group(1).rstrip()), label="ORG",
                             alignment_mode="contract")
        if span is None or not len(span) or taken.intersection(range(span.start, span.end)):
            continue
        words = [t for t in span if t.is_alpha]
        if (len(words) >= 2 and all(t.text[:1].isupper() or t.lower_ in NAME_FUNCTION_WORDS for t in words)
                and any(t.lower_ in PUBLIC_BODIES for t in words)):
            found.append((span, "the publisher a source line names, which the model left untagged"))
    return found


def _places_before_titles(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """A state, province or country the model left untagged before a title and the person who holds it: 'Ontario
    Premier Doug Ford' -> 'Ontario' (ISO 3166-2), 'Texas Governor Greg Abbott' -> 'Texas'."""
    taken, found = _covered(mentions), []
    for m in (m for m in mentions if m.label_ in ("PERSON", "ORG") and m.start >= 2):  # (the model may call the
        title = doc[m.start - 1]  # holder an organisation, which a later rule mends)
        if title.lower_ not in PERSON_TITLES or not title.text[:1].isupper():
            continue
        end = title.i
        if end >= 2 and doc[end - 1].text[:1].isupper() and doc[end - 1].lower_ in TITLE_MODIFIERS:
            end -= 1  # 'Welsh First Minister Rhodri Evans': past the title's own first word
        for length in (3, 2, 1):
            start = end - length
            place = doc[max(start, 0):end]
            if start < 0 or taken.intersection(range(start, end)):
                continue
            if place.text in subdivision_names() or place.text in COUNTRY_NAMES:
                found.append((Span(doc, start, end, label="GPE"), "a place before the title of the person who holds it"))
                break
            if length == 1 and _demonym_of(place.text) is not None:
                found.append((Span(doc, start, end, label="NORP"), "a nationality before the title of the person who holds it"))
                break
    return found


def _untagged_countries(doc: Doc, mentions: list[Span], matcher: PhraseMatcher) -> list[tuple[Span, str]]:
    """Countries' names (ISO 3166) written where the model tagged nothing: 'Armenia beat Qatar 3-1' (not the first
    name of a byline's writer, 'By Jordan Pike'), and a country's name that ends a subdivision's ('New Mexico') as the
    subdivision."""
    taken = _covered(mentions) | _covered([span for span, _ in _byline_writers(doc, mentions)])
    found = []
    for _, start, end in matcher(doc):
        if taken.intersection(range(start, end)):
            continue
        if start > 0 and f"{doc[start - 1].text} {doc[start:end].text}" in subdivision_names():  # 'BLM New Mexico'
            if start - 1 not in taken:
                found.append((Span(doc, start - 1, end, label="GPE"), "a subdivision's name (ISO 3166-2) the model left untagged"))
            continue
        found.append((Span(doc, start, end, label="GPE"), "a country's name (ISO 3166), which the model left untagged"))
    return found


_TOWN_JOINERS = {"on", "upon", "under", "le", "en", "sur", "am"}  # 'Stoke-on-Trent', 'Burton-upon-Trent', 'Frankfurt-am-Main'
_HYPHENED_TOWN = re.compile(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Ff]rom)\s+([A-Z][a-z]+-(?:%s)-[A-Z][a-z]+)\b" % "|".join(sorted(_TOWN_JOINERS)))


def _hyphened_towns(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """A town's name of two capitalised words joined by 'on', 'upon' and the like with hyphens, after 'in', 'at', 'near'
    or 'from', where the model tagged none of it or only its first word: 'a factory in Stoke-on-Trent'."""
    found = []
    for match in _HYPHENED_TOWN.finditer(doc.text):  # (read from the text: a scan of every token took a long article
        town = doc.char_span(match.start(1), match.end(1), label="GPE")  # a third of a second)
        if town is None or len(town) != 5 or not town.start:
            continue
        covered = [m for m in mentions if m.start < town.end and m.end > town.start]
        if all(m.start == town.start and m.end == town.start + 1 and m.label_ in ("GPE", "LOC", "PERSON", "ORG") for m in covered):
            found.append((town, f"a town's name joined by '-{town[2].text}-', after '{match.group(0).split()[0]}'"))
    return found


def _untagged_nationalities(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """A nationality a headline in capitals opens with, which the model left untagged: 'SPANISH ALMOND CROP SEEN
    DOWN' -> 'SPANISH' (NORP), as 'Spanish' of a sentence would be."""
    first = next((t for t in doc if not t.is_space), None)
    if first is None or first.i in _covered(mentions) or len(first.text) < 4:
        return []
    line_end = next((t.i for t in doc[first.i:] if "\n" in t.text_with_ws), len(doc) - 1)
    if not as_written(doc[first.i:line_end + 1]).isupper():  # (as written: the model reads such a line recased)
        return []
    return [(Span(doc, first.i, first.i + 1, label="NORP"), "a nationality a headline in capitals opens with")] if (
        _demonym_of(first.text.title()) is not None and not first.text.title().endswith("s")) else []


def _untagged_laws(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """A law's name the model left untagged: capitalised words (joined by 'and', 'of', 'for' or 'on') ending in a law's
    noun ('Act', 'Agreement', ...) with its year after 'of' if it has one: 'the CHIPS and Science Act of 2022', 'the
    Inflation Reduction Act'. Not a run that starts its sentence ('Act now ...') or holds a name the model tagged."""
    taken, found = _covered(mentions), []
    for noun in (t for t in doc if t.text[:1].isupper() and t.lower_ in LAW_NOUNS and t.i not in taken):
        start = noun.i
        while start > noun.sent.start + 1 and doc[start - 1].i not in taken and (
                (doc[start - 1].text[:1].isupper() and doc[start - 1].is_alpha)
                or (doc[start - 1].lower_ in ("and", "of", "for", "on") and doc[start - 2].text[:1].isupper())):
            start -= 1
        while start < noun.i and not doc[start].text[:1].isupper():
            start += 1
        if start == noun.i or start == noun.sent.start or doc[start].lower_ == "the":
            continue
        end = noun.i + 1
        if end + 1 < len(doc) and doc[end].lower_ == "of" and _a_year_token(doc[end + 1]) and end + 1 not in taken:
            end += 2
        found.append((Span(doc, start, end, label="LAW"), f"a law's name ending in '{noun.text}', which the model left untagged"))
    return found


def _dateline_names(doc: Doc, mentions: list[Span]) -> list[tuple[Span, str]]:
    """The place a wire dateline opens with and the news agency it names in brackets, where the model left them
    untagged: 'ACCRA, Nov 18 - ', 'MELBOURNE, Jan 8 (AAP) - '; and in a story with a dateline, the one capitalised
    word on its last line, the agency signing off ('Reuter')."""
    taken = _covered(mentions)
    found, wire = [], False
    for line_start, match in datelines(doc.user_data.get("readable") or doc.text):
        wire = True
        span = dateline_place(doc, line_start, match)
        common = span is not None and all(t.lower_ in doc.user_data.get("lower_words", ()) for t in span if t.is_alpha)
        if (span is not None and not taken.intersection(range(span.start, span.end)) and not common  # ('Job Openings
                and not re.fullmatch(MONTH_RE, span.text, flags=re.I)):  # and Labor Turnover – August 2009': a title)
            found.append((Span(doc, span.start, span.end, label="GPE"), "the place of a dateline, which the model left untagged"))
        for agency in re.finditer(r"\(([A-Z][A-Za-z&.]+(?: [A-Z][A-Za-z&.]+)*)\)", match.group()):
            span = doc.char_span(line_start + agency.start(1), line_start + agency.end(1))
            if span is not None and not taken.intersection(range(span.start, span.end)):
                found.append((Span(doc, span.start, span.end, label="ORG"), "the news agency of a dateline"))
    last = next((t for t in reversed(doc) if not t.is_space), None)  # a wire story signs off with its agency: 'Reuter'
    alone = last is not None and last.i > 0 and "\n" in doc[last.i - 1].text_with_ws
    if wire and alone and last.is_alpha and last.text[:1].isupper() and last.i not in taken and last.lower_ not in SIGN_OFF_WORDS:
        found.append((Span(doc, last.i, last.i + 1, label="ORG"), "the news agency that signs off a wire story"))
    return found


def _source_line_start(span: Span) -> int | None:
    """The offset of the line a mention stands on when that line is a source line ('Source: ...'); else None."""
    text = text_of(span.doc)
    line_start = text.rfind("\n", 0, span.start_char) + 1
    return line_start if re.match(r"(?:Sources?|SOURCES?):", text[line_start:line_start + 8]) else None


def _cited_title(span: Span) -> bool:
    """Whether a name the model calls an organisation stands in the title a source line cites: an item of the line
    (between its commas and semicolons, after the publisher) of capitalised words and small words only, none of
    them one for a kind of organisation ('Source: U.S. Bureau of Labor Statistics, Producer Price Indexes news
    release ...', '..., Gasoline and Diesel Fuel Update, ...'; not '..., U.S. Census Bureau')."""
    text, line_start = text_of(span.doc), _source_line_start(span)
    if line_start is None:
        return False
    opening = max(text.rfind(",", line_start, span.start_char), text.rfind(";", line_start, span.start_char))
    if opening < 0:
        return False  # the publisher, after the colon ('Source: Federal Register')
    closing = min([k for k in (text.find(",", span.end_char), text.find(";", span.end_char), text.find("\n", span.end_char),
                               text.find("(", span.end_char))
                   if k >= 0] or [len(text)])
    words = re.findall(r"[A-Za-z][A-Za-z'’.-]*", text[opening + 1:closing])
    kinds = PUBLIC_BODIES - {"service"}  # 'Bureau of Labor Statistics' (not 'Food Services'); a company's last word
    titled = all(w[0].isupper() or w in ("and", "of", "for", "in", "the", "on", "with", "to", "from", "by", "at", "news",
                                         "release", "report") for w in words)  # ('U.S. Trade with Major Trading Partners')
    phrased = any(w in ("with", "to", "from", "by", "at") for w in words)  # a title's phrase, as no company's name has
    bodies = [w.lower() for w in words if w.lower() in kinds or w.lower().rstrip("s") in kinds]
    periodic = bool(words) and words[0].lower() in PERIODICAL_WORDS and bodies == ["survey"]  # 'Monthly Wholesale Trade
    # Survey': a survey run so often, not a body as 'Geological Survey' is
    return (titled and (span[-1].lower_ not in COMPANY_WORDS or phrased) and span[-1].lower_ != "service"  # 'Foreign Agricultural
            and (periodic or not bodies))  # Service', a body


def _in_cited_title(span: Span) -> bool:
    """Whether a one-word place stands in a title that a source line cites between commas after a capitalised word
    that is no name: 'Source: U.S. Energy Information Administration, Today in Energy, March 27, 2019' -> 'Energy'."""
    text, line_start = text_of(span.doc), _source_line_start(span)
    if len(span) != 1 or line_start is None:
        return False
    item = text.rfind(",", line_start, span.start_char) + 1 or line_start + text[line_start:].find(":") + 1
    words = text[item:span.start_char].split()
    return len(words) >= 2 and words[0][:1].isupper() and words[-1].islower() and span.text not in COUNTRY_NAMES


def _in_byline(span: Span) -> bool:
    """Whether a name of two or three capitalised words is a byline's writer: 'By Marcus Hale | May 14, 2024'."""
    doc = span.doc
    if not 2 <= len(span) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in span) or span.start < 1:
        return False
    by = doc[span.start - 1]
    opens = by.i == 0 or "\n" in doc[by.i - 1].text_with_ws or doc[by.i - 1].is_space
    after = doc[span.end] if span.end < len(doc) else None
    return by.text == "By" and opens and (after is None or after.text in ("|", ",", "\u2022") or "\n" in span[-1].text_with_ws)


def in_dateline(span: Span, text: str) -> bool:
    """Whether a mention stands in the dateline that opens its line (`text` is the doc's text)."""
    line_start = text.rfind("\n", 0, span.start_char) + 1
    match = DATELINE.match(text[line_start:line_start + 90])
    inside_brackets = text[line_start:span.start_char].count("(") > text[line_start:span.start_char].count(")")
    return bool(match) and span.end_char <= line_start + match.end() and not inside_brackets


def _missed_mentions(doc: Doc, mentions: list[Span], people: list[list[Span]], canonical: dict,
                     bracketed: dict[str, Span]) -> list[tuple]:
    """Mentions the model did not tag, as (span, entity, label, rule): a surname of a person the document
    names in full, standing alone; a name the document uses written in capitals ('ZAMBIA'); another use of an
    acronym or a name of several words that the model tagged elsewhere ('the VDA industry association'); a short name
    the text gave in brackets (`bracketed`, 'the Central Statistics Bureau (Statbank)'); a proper noun joined by 'and'
    to a place."""
    taken = _covered(mentions)
    wanted = {group[0][-1].text: group[0] for group in people  # (not the last word of a 'person' found to be a
              if canonical.get((group[0].start, group[0].end), ("", "PERSON", ""))[1] == "PERSON"}  # company: 'Platinum')
    for m in mentions:
        entity, label, _ = canonical.get((m.start, m.end), (m.text, m.label_, ""))
        if len(m.text) > 3 and not m.text.isupper():
            wanted.setdefault(m.text.upper(), (entity, label, f"capitalised form of {entity}, missed by the model"))
        if (label != "PERSON" and (len(m) >= 2 or re.fullmatch(r"[A-Z]{2,6}", m.text) or (
                label == "ORG" and m.text.istitle() and m.text.lower() not in doc.user_data["lower_words"]))) or (
                label == "PERSON" and len(m) >= 2):  # one word that only names: 'Pemberly shares', after 'retailer Pemberly'

            wanted.setdefault(m.text, (entity, label, f"another mention of {entity}, missed by the model"))  # a full
            # name before its surname alone: 'Shares in Harlow Vance', not 'Vance'
    for short, long_form in bracketed.items():
        entity, label, _ = canonical.get((long_form.start, long_form.end), (long_form.text, long_form.label_, ""))
        wanted.setdefault(short, (entity, label, f"short name of {entity}, given in brackets, missed by the model"))
    found = []
    if not wanted:
        return found
    pattern = re.compile(r"(?<![\w.])(?:%s)(?!\w)" % "|".join(re.escape(f) for f in sorted(wanted, key=len, reverse=True)))
    for match in pattern.finditer(doc.user_data.get("readable") or doc.text):
        target = wanted[match.group()]
        span = doc.char_span(match.start(), match.end())
        if span is None or taken.intersection(range(span.start, span.end)):
            continue
        taken.update(range(span.start, span.end))
        if isinstance(target, Span) and (company := _company_sharing_the_name(span, mentions)) is not None:
            found.append((span, company.text, "ORG", f"short name of {company.text}, written as a company's"))
        elif isinstance(target, Span):
            person = _person_for(span, people) or target
            found.append((span, person.text, "PERSON", f"surname of {person.text}, missed by the model"))
        else:
            found.append((span, *target))
    places = {}  # token -> (entity, label) of the place mention it is in
    for m in mentions:
        entity, label, _ = canonical.get((m.start, m.end), (m.text, m.label_, ""))
        if label in ("GPE", "LOC"):
            places.update({i: (entity, label) for i in range(m.start, m.end)})
    for tok in doc:  # 'plants in Leeds and Derby': a proper noun joined by 'and' to a place is a place
        if (tok.dep_ == "conj" and tok.pos_ == "PROPN" and tok.head.i in places and tok.text[:1].isupper() and not tok.ent_type_
                and any(c.dep_ == "cc" and c.lower_ in ("and", "or") for c in tok.head.subtree)):  # not 'CAIRO, Aug 27'
            start = min([c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"] + [tok.i])
            if not taken.intersection(range(start, tok.i + 1)):
                taken.update(range(start, tok.i + 1))
                entity, label = places[tok.head.i]
                found.append((doc[start:tok.i + 1], doc[start:tok.i + 1].text, label, f"a name joined by 'and' to the place {entity}"))
    organisations = {}  # token -> entity of the organisation mention it is in
    for m in mentions:
        entity, label, _ = canonical.get((m.start, m.end), (m.text, m.label_, ""))
        if label == "ORG":
            organisations.update({i: entity for i in range(m.start, m.end)})
    lower = doc.user_data.get("lower_words", set())
    for tok in doc:  # 'Glencore and CMOC, the two largest producers': a proper noun joined by 'and' to an organisation
        if (not organisations or tok.pos_ != "PROPN" or tok.ent_type_ or not tok.text[:1].isupper() or not tok.is_alpha
                or tok.i in taken or tok.lower_ in lower or tok.text in COUNTRY_NAMES):
            continue
        partner = tok.head if tok.dep_ == "conj" else next((c for c in tok.children if c.dep_ == "conj"), None)
        if partner is not None and partner.i in organisations and doc[min(tok.i, partner.i) + 1:max(tok.i, partner.i)].text == "and":
            taken.add(tok.i)
            found.append((doc[tok.i:tok.i + 1], tok.text, "ORG", f"a name joined by 'and' to the organisation {organisations[partner.i]}"))
    for i, named in _first_words_with_officers(doc, people).items():
        if i not in taken:
            taken.add(i)
            found.append((doc[i:i + 1], named.text, "ORG", _officer_rule(doc, i, named)))
    return found


def _first_words_with_officers(doc: Doc, people: list[list[Span]]) -> dict[int, Span]:
    """Tokens that are the first word of a name the model took for a person's and that stand before an officer and a
    person ('Ferrum chief executive Daniel Okafor', after 'Ferrum Magnetics ... said'): only an organisation has
    officers, so the name is an organisation's. Token index -> the name written in full."""
    firsts = {group[0][0].text: group[0] for group in people if len(group[0]) >= 2}
    return {tok.i: firsts[tok.text] for tok in doc[:-2] if tok.text in firsts and doc[tok.i + 1].text.islower()
            and doc[tok.i + 1].lower_ in OFFICERS and any(t.ent_type_ == "PERSON" for t in doc[tok.i + 2:tok.i + 4])}


def _officer_rule(doc: Doc, i: int, named: Span) -> str:
    return f"first word of {named.text}, before '{doc[i + 1].text} ...': only an organisation has officers"
