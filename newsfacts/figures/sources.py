"""Who says so: a figure's source, read from attribution cues in its sentence and the one before.

A figure's **source**, the entity the text attributes it to: "according to X", "X said", "X told Reuters", "Statistics
  from X revealed that ...", "citing X"; a pronoun ("he said") is the last person or organisation named before it,
  "the company said" the last company that spoke ("the companies said" is none of them alone), "the report said" is
  whoever the document says wrote the report, and "the committee, known as X" is X; "ministry data showed" is the
  ministry the text names; "according to a filing" is the filing of the organisation the clause is about; "X
  expects" (for what X expects; "the company expects" when a company was named before) and "X lowered its forecast"
  count where nothing else in the sentence attributes, and "citing X" only when X is a name or a kind of source
  ("citing data", not "citing a dry spell"). A statement of its own joined by "and" ("..., and Kestrel Mining said
  it would ...") attributes only its own clause, and a clause the writer hangs after a reporting verb ("..., the
  operator said, as temperatures reached 41 degrees") is the writer's. A title with a name beside it ("said
  Kestrel's chairman, Paul Dunne") is that person, and a nationality inside a phrase names nobody ("a European
  trader"). A figure the text attributes to nobody has no source. The attribution shapes are dependency patterns,
  found with spaCy's `DependencyMatcher`; the object is read by walking the parse from the figure.
"""

import bisect
import itertools
import re
from collections.abc import Iterator
from collections import defaultdict

from spacy.matcher import DependencyMatcher
from spacy.tokens import Doc, Span, Token

from newsfacts.entities.dateline import headline_dash, text_of
from newsfacts.entities.resolver import in_dateline
from newsfacts.figures.objects import SUBJECT_DEPS, phrase, previous_sentence_start
from newsfacts.rules import (
    AMBIGUOUS_REPORTING, BLAME_VERBS, CHANGE_WORDS, CITABLE, CITED_OTHERS, COMPANY_REFERENCES, DOCUMENT_NOUNS, EMPLOYEE_NOUNS, EVIDENCE_NOUNS, EXPECTATION_VERBS,
    COMPANY_WORDS, CORPORATE_SUFFIXES, FORECAST_NOUNS, MEMBER_BODY_WORDS, ORGANISATION_NOUNS, ORGANISATION_WORDS, PUBLIC_BODIES, RELEASE_VERBS,
    REPORTING_VERBS, SPOKESPEOPLE,
    TRADED,
)


def mentions_back(doc: Doc, before: int) -> Iterator[Span]:
    """The entity mentions that end at or before token `before`, the nearest first, read one at a time (a long
    article has thousands; the rules that look back mostly stop at the first that fits)."""
    mentions, ends = doc.user_data["mention_list"]
    for k in range(bisect.bisect_right(ends, before) - 1, -1, -1):
        yield mentions[k]


def headline_source(figure: Span) -> str:
    """Who a wire headline in capitals gives its figure to, after a dash at its end ('... UP 8 PCT - EXPORTERS' ->
    'exporters'; a name keeps its capitals, '- OPEC'); '' for a figure anywhere else."""
    doc = figure.doc
    at, text = headline_dash(doc), text_of(doc)
    if at is None or figure.end_char > at:
        return ""
    end = text.find("\n", at)
    words = doc.char_span(at + 1, end if end >= 0 else len(text), alignment_mode="contract")
    if words is None or not len(words):
        return ""
    return words.text.lower() if all(t.pos_ == "NOUN" or t.tag_ in ("NNS", "NNPS") for t in words) else words.text


def _plural_speaker_before(they: Token) -> Span | None:
    """The plural subject of the last verb of saying in the sentence before 'they' or in its own sentence before it,
    which 'they said' points back to: '..., exporters said. They said mid-crop prospects were good' -> exporters."""
    doc = they.doc
    for tok in reversed(doc[previous_sentence_start(they):they.i]):
        if (tok.dep_ == "nsubj" and tok.tag_ in ("NNS", "NNPS") and tok.head.lemma_.lower() in REPORTING_VERBS
                and tok.head.pos_ == "VERB"):
            return doc[tok.left_edge.i:tok.i + 1]
    return None


def resolve_actor(tokens: Span, before: int) -> str:
    """The canonical entity a subject phrase names: an entity inside it ('Figures from the IEA' -> IEA), a
    pronoun's antecedent (the last PERSON for he/she, ORG or GPE for it/they), the author of 'the report', the
    name the text says it is known by ('the committee, known as Copom'), or the phrase itself when it names no
    entity ('analysts'). A title with a person's name set beside it is that person ('said Harlow's president, Ann
    Lee' -> Ann Lee, though the phrase holds Harlow), and a kind with an organisation's name that organisation
    ('Industry group the American Battery Council said'). A nationality inside the phrase names nobody ('a European
    trader' -> 'European trader'). Evidence nouns alone ('data show') name nobody; with a kind of organisation before them
    they name it ('central bank data show' -> 'central bank'), and a one-word kind names the organisation of that
    kind the text names ('ministry data showed' -> 'Energy Ministry'; the last named before, else the first after,
    else nobody: 'customs data showed', with no customs agency named, names no one)."""
    doc = tokens.doc
    index = doc._.mention_index or [None] * len(doc)
    if not len(tokens):
        return ""  # a phrase of punctuation only: the parse made the '?' of 'Which?' the subject
    where = next((c for c in tokens.root.children if c.dep_ == "prep" and c.lower_ == "in" and c.i > tokens.root.i
                  and tokens.start < c.i < tokens.end and any(index[g.i] is not None and index[g.i].label_ != "ORG"
                                                              for g in c.children if g.dep_ == "pobj")), None)  # (not 'economists
    # in the Treasury', where a body speaks; a place the model took for a person is still a place)
    if where is not None and index[tokens.root.i] is None and tokens.root.tag_ == "NNS" and tokens.root.is_lower:
        return resolve_actor(doc[tokens.start:where.i], before)  # 'trade sources in London said': the sources; where
        # they are says nothing of who they are
    if index[tokens.root.i] is None:
        titled = [index[c.i] for c in tokens.root.children if c.dep_ == "appos" and index[c.i] is not None]
        kind = tokens.root.lemma_.lower() in ORGANISATION_WORDS | COMPANY_REFERENCES  # 'The regulator, Ofwat, said'
        if titled and (titled[0].label_ in ("PERSON", "ORG") or kind):  # 'Industry group the American Battery Council',
            return titled[0]._.entity  # 'One of them, PT Halmera Nickel Industri, said'
    if index[tokens.root.i] is None and {tokens.root.lemma_.lower(), tokens.root.lower_} & EVIDENCE_NOUNS and (
            released := released_by(tokens.root.doc[tokens.root.i:tokens.root.i + 1])):
        return released  # 'Data on the 2005 state distribution of GDP, released today by the U.S. Bureau of ...'
    if any(t._.is_num and index[t.i] is None for t in tokens):  # (a year in a title is no count: 'the Mineral
        return ""  # Commodity Summaries 2024') a counted subject says nothing: 'when 169,528 farms reported ...'
    owner = next((c for c in tokens.root.children if c.dep_ == "poss" and index[c.i] is not None and index[c.i].label_ == "GPE"), None)
    if index[tokens.root.i] is None and owner is not None and tokens.root.lemma_.lower() in ORGANISATION_NOUNS:
        return ""  # a country's body the text does not name is not the country: "Chile's state copper commission"
    publisher = next((index[c.i] for c in tokens.root.children if c.dep_ == "poss" and index[c.i] is not None
                      and index[c.i].label_ in ("ORG", "PERSON")), None)
    if publisher is not None and index[tokens.root.i] is not None and index[tokens.root.i].label_ == "WORK_OF_ART":
        return publisher._.entity  # "according to the agency's Annual Coal Report": the agency that publishes it
    if index[tokens.root.i] is not None and index[tokens.root.i].label_ == "WORK_OF_ART" and (
            released := released_by(index[tokens.root.i])):
        return released  # 'according to the Mineral Commodity Summaries 2024, released Wednesday by the USGS'
    titled = index[tokens.root.i]
    if (titled is None or titled[-1].lower_ in EVIDENCE_NOUNS) and (released := released_by(  # (or 'the Port Freight
            titled if titled is not None else tokens.root.doc[tokens.root.i:tokens.root.i + 1])):  # Data released by')
        return released  # 'according to the TransBorder Freight Data released today by the ... Bureau of ...'
    if index[tokens.root.i] is not None and index[tokens.root.i].label_ == "WORK_OF_ART" and (
            author := title_author(index[tokens.root.i])):
        return author  # 'The new Sentinel Data Book shows that ...', 'According to the spotlight, ...': who wrote it
    for tok in (tokens.root, *tokens):  # a nationality describes ('a European trader'), unless it is all there is,
        based = tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based"  # as does a base
        placed = (index[tok.i] is not None and index[tok.i].label_ in ("GPE", "LOC") and tok.i < tokens.root.i
                  and tokens.root.tag_ == "NNS" and tokens.root.is_lower and index[tok.i].root.head.i == tokens.root.i)  # 'U.S.
        # steel makers said': the country only says which makers, as a nationality does
        if index[tok.i] is not None and (index[tok.i].label_ != "NORP" or len(tokens) == len(index[tok.i])) and not based and not placed:
            return index[tok.i]._.entity
    if len(tokens) == 1 and tokens[0].pos_ == "PRON":
        pronoun = tokens[0].lower_
        if pronoun in ("i", "me", "you", "we", "us"):  # 'We forecast ...' names the writer, whom the text does not name
            return ""
        if pronoun == "they" and (speakers := _plural_speaker_before(tokens[0])) is not None:
            return resolve_actor(speakers, speakers.start)  # 'exporters said. They said ...': the exporters
        wanted = {"he": {"PERSON"}, "she": {"PERSON"}, "it": {"ORG", "GPE"}}.get(pronoun, {"ORG", "PERSON", "GPE"})
        def earlier() -> Iterator[Span]:  # not 'Leicester' of 'the Leicester-based firm': a modifier
            return (m for m in mentions_back(doc, before) if not (
                m.end + 1 < len(doc) and doc[m.end].text == "-" and doc[m.end + 1].lower_ == "based"))
        candidates = earlier()
        if pronoun == "it":  # an organisation of this sentence or the one before speaks before a country does: 'The US
            since = previous_sentence_start(doc[before])  # took 7% of British exports, it said', after '... UK Steel'
            recent = (m for m in itertools.takewhile(lambda m: m.end > since, earlier()) if m.label_ == "ORG" and m.start >= since)
            candidates = itertools.chain(recent, earlier())
        candidates = list(candidates)
        if pronoun == "it" and (told := _body_that_spoke_before(doc, before)):
            return told  # '..., the board said in a statement. Earnings rose ..., it said': the board, not the country
            # its sentence named last
        found = next((m._.entity for m in candidates if m.label_ in wanted and not (  # not a place only passed over in
            pronoun == "it" and m.label_ == "GPE" and (m.root.dep_ in ("pobj", "conj") or _describes_a_body(m) or (  # a phrase, or in an aside
                m.root.dep_ == "nsubj" and m.root.head.tag_ == "VBG" and m.root.head.dep_ == "pcomp")))), "")  # 'with
        # the United States taking about 38 pct'; 'The group, which
        # owns 74 hotels across England and Wales, said ... it added' -> the group, named before
        found = found or next((m._.entity for m in candidates if m.label_ in wanted), "")
        if not found and pronoun in ("he", "she"):  # 'a company spokesman said ... he said', no person named: the company
            spokesman = next((t for t in reversed(doc[:before]) if t.lemma_.lower() in SPOKESPEOPLE), None)
            found = employer_by_kind(spokesman, spokesman.i) if spokesman is not None else ""
        return found
    head = tokens.root
    definite = any(t.lower_ in ("the", "this", "that") for t in head.lefts) or tokens[0].lower_ == "the"  # 'the world's largest chipmaker'
    if "titles_by_word" not in doc.user_data:  # once per doc: the titles named, by their last word
        titles: dict[str, list[Span]] = defaultdict(list)
        for m in doc.spans["mentions"]:
            if m.label_ == "WORK_OF_ART":
                titles[m[-1].lemma_.lower()].append(m)
        doc.user_data["titles_by_word"] = dict(titles)
    titled = next((m for m in reversed(doc.user_data["titles_by_word"].get(head.lemma_.lower(), [])) if definite and m.end <= before),
                  None)
    if titled is not None:  # 'According to the spotlight, ...' after 'The FTC's latest Consumer Sentinel Data Spotlight'
        return title_author(titled) or titled._.entity
    if head.lemma_.lower() in EVIDENCE_NOUNS or head.lower_ in EVIDENCE_NOUNS:  # 'data' has the lemma 'datum'
        if definite:
            return author_of(head)
        kinds = ORGANISATION_NOUNS | {"government"}
        owner = [c for c in head.children if c.dep_ in ("compound", "nmod") and (c.lemma_.lower() in kinds or c.lower_ in kinds)]
        first = tokens.start + (tokens[0].pos_ == "DET")
        if owner and first == head.i - 1:  # 'ministry data showed' -> the ministry the text names, before or after
            later = doc.user_data["orgs_by_word"].get(doc[first].lower_, ([], []))[0]
            return organisation_named_before(doc[first], before) or (later[0]._.entity if later else "")  # none named: nobody
        return doc[first:head.i].text if owner else ""  # 'central bank data show' -> 'central bank'
    if definite and (described := described_before(head, before)):
        return described  # 'the consultancy said', after 'Lodestone Analytics, a consultancy in Denver'
    if definite and head.lemma_.lower() in SPOKESPEOPLE and (employer := author_of(head) or _employer_before(head, before)):
        return employer  # 'the spokesman said', after 'A ZCCM spokesman said' or 'A ministry spokesman said'
    if definite and (head.lemma_.lower() in ORGANISATION_WORDS or head.lower_ in doc.user_data["mention_words"]):
        named = organisation_named_before(head, before) or named_next(head, before)
        if named:
            return named
        if head.lemma_.lower() in COMPANY_REFERENCES and len(tokens) <= 2 and head.tag_ == "NN":
            return ""  # 'the company said' with no company named: the word 'company' names nobody
    if definite and (facility := next((m._.entity for m in mentions_back(doc, before) if m.label_ == "FAC"
                                       and m[-1].lower_ == head.lower_), None)):
        return facility  # 'The airport said', after 'Northgate Airport handled ...': a named place that speaks as its
        # operator does
    for child in head.children:  # 'the bank's rate-setting committee, known as Copom'
        if child.dep_ == "acl" and child.lemma_ in ("know", "call", "name"):
            named = [index[t.i] for t in child.subtree if index[t.i] is not None]
            if named:
                return named[0]._.entity
    start = tokens.start + 1 if tokens[0].pos_ in ("DET", "PRON") and len(tokens) > 1 else tokens.start
    written = doc[start:tokens.end].text.strip()
    return _company_named_in_full(doc, written, before) or written


def _company_named_in_full(doc: Doc, written: str, before: int) -> str | None:
    """The organisation named before whose name a speaker of two capitalised words or more, untagged, begins: 'Tarn
    Valley said', after 'Tarn Valley Meats' -> 'Tarn Valley Meats'; None otherwise."""
    words = written.split()
    if len(words) < 2 or not all(w[:1].isupper() and w.isalpha() for w in words):
        return None
    return next((m._.entity for m in mentions_back(doc, before) if m.label_ == "ORG" and m._.entity.startswith(written + " ")), None)




def _body_that_spoke_before(doc: Doc, before: int) -> str:
    """The organisation that spoke in the sentence before, by its name or by a bare noun that points back to it ('Japan
    took 48 pct ..., the board said in a statement.' -> the board, named before as 'the Malaysian Timber Industry
    Board'), for an 'it' that speaks next; '' when that sentence's speaker was no organisation."""
    since = previous_sentence_start(doc[before])
    said = [t for t in doc[since:before] if t.lemma_.lower() in REPORTING_VERBS and t.pos_ == "VERB"]
    speakers = [c for t in said for c in t.children if c.dep_ in SUBJECT_DEPS and c.i < doc[before].sent.start]
    if not speakers:
        return ""
    index = doc._.mention_index or [None] * len(doc)
    last = speakers[-1]
    if index[last.i] is not None and index[last.i].label_ == "ORG":
        return index[last.i]._.entity  # '..., UCAP said in a statement. The United States took 48 pct ..., it said': the
        # body that spoke, not one the claim names
    return organisation_named_before(last, last.i) if last.pos_ == "NOUN" and last.lemma_.lower() in ORGANISATION_NOUNS else ""


def employer_by_kind(person: Token, before: int) -> str:
    """The organisation a spokesperson's kind word points to: 'A ministry official said' -> the ministry the text
    names (the last before, else the first after: 'the Food Ministry'); '' when no kind is given or none is named."""
    index = person.doc._.mention_index or [None] * len(person.doc)
    named = [index[c.i] for c in person.children if c.dep_ in ("compound", "nmod") and c.i < person.i
             and index[c.i] is not None and index[c.i].label_ == "ORG"]
    if named:
        return named[-1]._.entity  # 'a Cacex official said', 'A ZCCM spokesman said': the organisation named
    kinds = [c for c in person.children if c.dep_ in ("compound", "nmod") and c.i < person.i
             and c.lemma_.lower() in ORGANISATION_NOUNS]
    if not kinds:
        return ""
    later = person.doc.user_data["orgs_by_word"].get(kinds[-1].lower_, ([], []))[0]
    return organisation_named_before(kinds[-1], before) or (later[0]._.entity if later else "")


def _employer_before(noun: Token, before: int) -> str:
    """The employer of the last earlier spokesperson of the same kind: 'the official said', after 'A ministry
    official said' -> the ministry the text names; '' when that one named no kind."""
    earlier = next((t for t in reversed(noun.doc[:noun.i]) if t.lemma_ == noun.lemma_), None)
    return employer_by_kind(earlier, before) if earlier is not None else ""


def described_before(noun: Token, before: int) -> str:
    """The organisation or person an earlier apposition described with the same noun: 'the consultancy', after
    'Lodestone Analytics, a consultancy in Denver' -> Lodestone Analytics; '' when none was."""
    doc = noun.doc
    if "appositions" not in doc.user_data:  # once per doc: noun -> (positions, entities) of the names it describes
        index = doc._.mention_index or [None] * len(doc)
        found: dict[str, tuple[list[int], list[str]]] = defaultdict(lambda: ([], []))
        for tok in doc:
            named = index[tok.head.i] if tok.dep_ == "appos" else None
            if named is None and tok.is_lower and tok.pos_ == "NOUN" and tok.i + 1 < len(doc) and index[tok.i + 1] is not None and (
                    index[tok.i + 1].start == tok.i + 1 and index[tok.i + 1].label_ == "ORG"):
                named = index[tok.i + 1]  # 'according to price reporting agency Meriden Metal Prices': the kind before the name
            if named is not None and named.label_ in ("ORG", "PERSON"):
                found[tok.lemma_][0].append(tok.i)
                found[tok.lemma_][1].append(named._.entity)
        for positions, entities in found.values():  # (the two ways give positions out of order)
            pairs = sorted(zip(positions, entities))
            positions[:], entities[:] = [p for p, _ in pairs], [e for _, e in pairs]
        doc.user_data["appositions"] = dict(found)
    positions, entities = doc.user_data["appositions"].get(noun.lemma_, ([], []))
    k = bisect.bisect_left(positions, min(before, noun.i))
    return entities[k - 1] if k else ""


def organisation_named_before(noun: Token, before: int) -> str:
    """The organisation a definite description points back to: the last ORG whose name holds the noun
    ('the chamber' -> 'Chamber of Mines'), else, for a bare noun, the last ORG that was the subject of a clause
    ('the miner', 'the world's largest memory chipmaker' -> 'Northbridge Metals', after 'Northbridge Metals said
    ...'), if the noun names a kind of company; none otherwise ('the steel ministry'; 'the ministry' after a company
    spoke; 'the central bank', which is no company whatever the noun; 'the companies', more than one). When no
    company has been a subject yet, 'the company' is the last organisation named that is no public body (no
    ministry, agency, office or the like, and not a dateline's news agency)."""
    doc = noun.doc
    holders, holder_ends = doc.user_data["orgs_by_word"].get(noun.lower_, ([], []))
    k = bisect.bisect_right(holder_ends, before)
    named = holders[k - 1] if k else None
    subjects, ends = doc.user_data["org_subjects"]
    spoken = bisect.bisect_right(ends, before)  # the organisations that were subjects before, subjects[:spoken]
    public = any(c.lower_ in ("central", "national", "federal") or (c.lower_ == "state" and noun.lemma_.lower() not in {
        "company", "firm", "miner", "producer"}) for c in noun.children)  # 'the central bank'; 'the state mining company' is one
    plural = noun.tag_ in ("NNS", "NNPS")  # 'the companies said': more than the one that spoke last
    company = noun.lemma_.lower() in COMPANY_REFERENCES and not public and not plural
    if company:  # a ministry or department that spoke is no company: 'the consultancy said', after 'the Commerce
        if "called_public" not in doc.user_data:  # once per doc: the names the text calls a public body
            doc.user_data["called_public"] = {m._.entity for m in doc.spans["mentions"]
                                              if m.start and doc[m.start - 1].lemma_.lower() in PUBLIC_BODIES}
        regulators = doc.user_data["called_public"]  # nor one the text calls a regulator: 'the regulator Ofwat said'
        named = named if named is None or named._.entity not in regulators else None
    if named is None and noun.lemma_.lower() in PUBLIC_BODIES and not plural:
        named = _public_body_named_by(noun, before)
    if named is not None or not company:
        return named._.entity if named is not None else ""
    last = next((subjects[k] for k in range(spoken - 1, -1, -1) if not set(subjects[k]._.entity.lower().split())
                 & PUBLIC_BODIES and subjects[k]._.entity not in regulators), None)  # Department confirmed'
    if last is None:  # no company has spoken yet: the last one named ('Shares of Halverson Gold Corp jumped')
        text = doc.user_data.get("readable") or text_of(doc)  # (doc.text is built anew at each use)
        last = next((m for m in mentions_back(doc, before) if m.label_ == "ORG" and not in_dateline(m, text)
                     and not set(m._.entity.lower().split()) & PUBLIC_BODIES and not _names_a_kind(m)), None)
    if last is None and noun.lemma_.lower() == "group":  # 'the group said', where no company was named: a trade
        last = next((m for m in mentions_back(doc, before) if m.label_ == "ORG"  # group, a body of members named before
                     and m._.entity.split()[-1].lower() in MEMBER_BODY_WORDS), None)  # ('the Can Makers Institute')
    return last._.entity if last is not None else ""


def _names_a_kind(mention: Span) -> bool:
    """Whether a name only says what kind of things a plural noun after it are ('discounting by DIY chains'), which
    is no company that a later 'the group' points back to."""
    root = mention.root
    return root.dep_ == "compound" and root.head.tag_ == "NNS" and root.head.i == mention.end


def _describes_a_body(mention: Span) -> bool:
    """Whether a place owns a kind of organisation that describes another name ('Greenacre Gardens, the UK's
    second-largest garden centre chain'): the place is no 'it' that speaks."""
    root = mention.root
    return root.dep_ == "poss" and (root.head.lemma_.lower() in ORGANISATION_WORDS | COMPANY_REFERENCES
                                    or root.head.lower_ in ORGANISATION_WORDS | COMPANY_REFERENCES)


def named_next(noun: Token, before: int) -> str:
    """The organisation a kind of organisation points forward to when the story names none before it, as an opening
    sentence may: 'Bills will rise by 21%, the industry regulator has said. Ofwat said ...' -> Ofwat, the first
    organisation that speaks in the next sentence; '' when one was named before, or none speaks there."""
    doc = noun.doc
    if noun.lemma_.lower() not in ORGANISATION_NOUNS or noun.tag_ != "NN" or any(
            m.label_ == "ORG" for m in mentions_back(doc, before)):
        return ""
    nxt = next((t for t in doc[noun.sent.end:] if not t.is_space), None)
    if nxt is None:
        return ""
    speakers = [m for m in doc.spans["mentions"] if m.label_ == "ORG" and nxt.sent.start <= m.start < nxt.sent.end
                and m.root.dep_ == "nsubj" and m.root.head.lemma_.lower() in REPORTING_VERBS]
    return speakers[0]._.entity if speakers else ""


def _public_body_named_by(noun: Token, before: int) -> Span | None:
    """The last public body whose name holds the word that says what kind of body `noun` is: 'the statistics agency',
    after 'the Office for National Statistics' -> that office. A company that holds the word is none ('the steel
    ministry', after 'Tata Steel'), nor is a body the text names after it, nor one that a 'separately' sets apart ('the
    tourism agency said separately', after 'the Japan National Tourism Organization said')."""
    found = None
    if any(c.lower_ == "separately" for c in noun.head.children):
        return None
    kinds = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i]
    if not kinds and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):  # a bare 'the agency said': the
        # last public body named before it, the U.S. Geological Survey after
        return next((m for m in mentions_back(noun.doc, before) if m.label_ == "ORG"  # 'according to the U.S.
                     and set(m._.entity.lower().split()) & PUBLIC_BODIES), None)  # Geological Survey'; none: 'government data'
    for kind in kinds:
        holders, ends = noun.doc.user_data["orgs_by_word"].get(kind.lower_, ([], []))
        public = [m for m in holders[:bisect.bisect_right(ends, before)]
                  if set(m._.entity.lower().split()) & PUBLIC_BODIES]
        public = public or [m for m in holders[:bisect.bisect_right(ends, before)] if not set(  # 'the port authority',
            m._.entity.lower().replace(".", "").split()) & (CORPORATE_SUFFIXES | COMPANY_WORDS)]  # after 'the Rotterdam
        if public and (found is None or public[-1].start > found.start):  # Municipal Port Management' (no company's name)
            found = public[-1]
    return found


def released_by(title: Span) -> str:
    """Who a participle just after a publication's title says released it: 'the Mineral Commodity Summaries 2024,
    released Wednesday by the U.S. Geological Survey' -> U.S. Geological Survey; '' when none does."""
    doc = title.doc
    index = doc._.mention_index or [None] * len(doc)
    verb = next((t for t in doc[title.end:title.end + 3] if t.tag_ == "VBN" and t.lemma_.lower() in RELEASE_VERBS), None)
    if verb is None:  # 'Data on the 2005 state distribution of GDP, released today by the U.S. Bureau of ...': the
        verb = next((c for c in title.root.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.i > title.end  # participle
                     and c.lemma_.lower() in RELEASE_VERBS and doc[c.i - 1].text == ","), None)  # set off after its phrase
    agent = next((c for c in verb.children if c.dep_ == "agent"), None) if verb is not None else None
    named = [index[t.i] for t in agent.subtree if index[t.i] is not None] if agent is not None else []
    own = [index[c.i] for c in agent.children if c.dep_ == "pobj" and index[c.i] is not None] if agent is not None else []
    named = own + named  # "by the U.S. Department of Transportation's Bureau of Transportation Statistics": the bureau
    return named[0]._.entity if named and named[0].label_ in ("ORG", "PERSON") else ""


def title_author(title: Span) -> str:
    """The organisation that wrote a publication the text names: one written with its possessive before any mention of
    the title ("The FTC's latest Consumer Sentinel Data Spotlight"), else the one a participle says released it, else the
    body a source line names first ('Source: Federal Trade Commission, ...'); '' when the text names none."""
    doc = title.doc
    index = doc._.mention_index or [None] * len(doc)
    same = [m for m in doc.spans["mentions"] if m._.entity == title._.entity]
    for m in same:
        owner = next((index[t.i] for t in doc[max(0, m.start - 4):m.start] if t.dep_ == "poss" and index[t.i] is not None
                      and index[t.i].label_ == "ORG"), None)
        if owner is not None:
            return owner._.entity
    for m in same:
        if (released := released_by(m)):
            return released
    if "source_publisher" not in doc.user_data:  # once per doc: the body a source line names first
        line = next((t.i for t in doc if t.text == "Source" and t.i + 1 < len(doc) and doc[t.i + 1].text == ":"
                     and (t.i == 0 or "\n" in doc[t.i - 1].text_with_ws)), None)
        publisher = next((m for m in doc.spans["mentions"] if line is not None and m.start > line and m.label_ == "ORG"), None)
        doc.user_data["source_publisher"] = publisher._.entity if publisher is not None else ""
    return doc.user_data["source_publisher"]


def author_of(noun: Token) -> str:
    """Who the document says produced an evidence noun ('the report'): an earlier 'report by X', 'X's report',
    'X report', 'a report from X', or 'X published/released a report'."""
    doc = noun.doc
    index = doc._.mention_index
    for tok in reversed(doc[:noun.i]):
        same = tok.lemma_.lower() == noun.lemma_.lower()  # or another word for a document: 'has released the national
        if not same and not (noun.lemma_.lower() in DOCUMENT_NOUNS and tok.lemma_.lower() in DOCUMENT_NOUNS):  # greenhouse
            continue  # gas inventory' ... 'The report indicates'
        for child in tok.children:
            if child.dep_ in ("poss", "compound", "amod", "nmod") and index[child.i] is not None and (same or child.dep_ == "poss"):
                return index[child.i]._.entity
            if child.dep_ == "prep" and child.lower_ in (("by", "from", "of") if same else ("by",)):
                for obj in child.children:
                    found = [index[t.i] for t in obj.subtree if index[t.i] is not None]
                    if found:
                        return found[0]._.entity
        verb = tok.head
        if tok.dep_ == "pobj" and verb.lower_ == "in" and verb.head.lemma_.lower() in REPORTING_VERBS:
            verb = verb.head  # 'analysts at X said in a note': those who said it
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                if (said := resolve_actor(phrase(subject, cut={"punct", "conj", "cc", "relcl", "appos"}), subject.i)):
                    return said
        if tok.dep_ == "dobj" and verb.lemma_ in ("publish", "release", "issue", "produce", "compile"):
            for subject in (c for c in verb.children if c.dep_ == "nsubj"):
                found = [index[t.i] for t in subject.subtree if index[t.i] is not None]
                if found:
                    return found[0]._.entity
    return ""


def attribution_patterns() -> dict[str, list[dict]]:
    """Dependency patterns of attribution, each with a `cue` and a `source` node: 'according to X' and 'based on X'
    ('Exports rose 5%, according to the ministry'), 'X said' for any reporting verb ('Statistics from X revealed that
    ...', 'X told Reuters'), 'X cut its forecast, saying ...', the passive 'was reported by X', 'citing X', and 'X
    blamed a 30% jump in ...' (a cause X gives, with its size)."""
    verbs = sorted(REPORTING_VERBS)
    return {
        "according": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LOWER": {"IN": ["according", "based"]}}},
                      {"LEFT_ID": "cue", "REL_OP": ".", "RIGHT_ID": "to", "RIGHT_ATTRS": {"LOWER": {"IN": ["to", "on"]}}},
                      {"LEFT_ID": "to", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}}],
        "subject": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}},
                    {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "subject too": [  # 'The carrier flew 27 million passengers, and said ...': the subject of the verb it is joined to
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}, "POS": "VERB", "DEP": "conj"}},
            {"LEFT_ID": "cue", "REL_OP": "<", "RIGHT_ID": "joined", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "joined", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "saying": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}, "TAG": "VBG", "DEP": "advcl"}},
                   {"LEFT_ID": "cue", "REL_OP": "<", "RIGHT_ID": "main", "RIGHT_ATTRS": {"POS": {"IN": ["VERB", "AUX"]}}},
                   {"LEFT_ID": "main", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "agent": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": verbs}, "POS": {"IN": ["VERB", "AUX"]}}},
                  {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "by", "RIGHT_ATTRS": {"DEP": "agent"}},
                  {"LEFT_ID": "by", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "pobj"}}],
        "blaming": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(BLAME_VERBS)}, "POS": "VERB"}},
                    {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "citing": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": "cite", "POS": "VERB"}},
                   {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "dobj"}}],
        "expecting": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(EXPECTATION_VERBS)}, "POS": "VERB"}},
                      {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "expecting too": [  # 'The company produced ... and expects ...': the subject of the verb it is joined to
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(EXPECTATION_VERBS)}, "POS": "VERB", "DEP": "conj"}},
            {"LEFT_ID": "cue", "REL_OP": "<", "RIGHT_ID": "joined", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "joined", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "verb read as a noun": [  # 'EIA forecasts that coal production will total ...': the parse makes the verb a
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LOWER": {"IN": sorted(f"{v}s" for v in verbs)}, "POS": "NOUN", "DEP": "ROOT"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "compound"}},  # noun, the
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "clause", "RIGHT_ATTRS": {"DEP": {"IN": ["acl", "ccomp", "relcl"]}}}],
        # name (and 'that' straight after the noun, however the parse hangs it)
        "releasing": [  # 'X today released May freight numbers showing that ...': what the evidence shows, X's
            {"RIGHT_ID": "cue", "RIGHT_ATTRS": {"LEMMA": {"IN": sorted(RELEASE_VERBS)}, "POS": "VERB"}},
            {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
        "own forecast": [{"RIGHT_ID": "cue", "RIGHT_ATTRS": {"POS": "VERB"}},
                         {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "forecast", "RIGHT_ATTRS": {"DEP": "dobj", "LEMMA": {"IN": sorted(FORECAST_NOUNS)}}},
                         {"LEFT_ID": "forecast", "REL_OP": ">", "RIGHT_ID": "its", "RIGHT_ATTRS": {"DEP": "poss"}},
                         {"LEFT_ID": "cue", "REL_OP": ">", "RIGHT_ID": "source", "RIGHT_ATTRS": {"DEP": "nsubj"}}],
    }


_SOURCE_CUT = {"according": {"punct", "conj", "cc"}, "citing": {"punct"}, "subject too": {"punct", "conj", "cc", "relcl", "appos"},
               "subject": {"punct", "conj", "cc", "relcl", "appos"}, "agent": {"punct", "conj", "cc", "relcl", "appos"},
               "saying": {"punct", "conj", "cc", "relcl", "appos"}, "expecting": {"punct", "conj", "cc", "relcl", "appos"},
               "expecting too": {"punct", "conj", "cc", "relcl", "appos"},
               "own forecast": {"punct", "conj", "cc", "relcl", "appos"}, "releasing": {"punct", "conj", "cc", "relcl", "appos"}, "blaming": {"punct", "conj", "cc", "relcl", "appos"},
               "verb read as a noun": {"punct", "conj", "cc", "relcl", "appos"}}


def speaking_for(cue: Token) -> str:
    """The organisation 'a spokesman' speaks for: the one the reported clause is about ('The Bundesbank left its
    rates unchanged, a spokesman said' -> Bundesbank); '' when that clause's subject is no organisation."""
    index = cue.doc._.mention_index or [None] * len(cue.doc)
    said = next((c for c in cue.children if c.dep_ in ("ccomp", "parataxis")), None)
    clause = said if said is not None else cue.head if cue.dep_ in ("ccomp", "parataxis", "advcl") else None
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
    named = index[subject.i] if subject is not None else None
    return named._.entity if named is not None and named.label_ == "ORG" else ""


def own_filing(source: Token, anchor: Token, before: int) -> str:
    """The organisation whose own filing or statement 'according to a filing' cites: the one the clause is about
    ('The producer kept its dividend at 0.32 riyals, according to a filing' -> the producer named before); ''
    when the clause's subject is no organisation ('Output rose 5%, according to a filing')."""
    if source.lemma_.lower() not in ("filing", "statement", "release", "announcement"):
        return ""
    subject = next((c for c in anchor.children if c.dep_ in SUBJECT_DEPS), None)
    if subject is None:
        return ""
    named = resolve_actor(phrase(subject, cut=_SOURCE_CUT["subject"]), before)
    organisations = {m._.entity for m in source.doc.spans["mentions"] if m.label_ == "ORG"}
    return named if named in organisations else ""


def _evidence_shown(verb: Token) -> Token | None:
    """The evidence noun a verb of releasing takes that 'shows' what follows, read on the words since the parse hangs
    such a clause anywhere: 'released May freight numbers showing that ...', 'published data that show ...' ->
    numbers, data; None for 'released a statement'."""
    doc = verb.doc
    for tok in doc[verb.i + 1:min(verb.sent.end, verb.i + 12)]:
        if tok.lemma_.lower() in EVIDENCE_NOUNS or tok.lower_ in EVIDENCE_NOUNS:
            after = doc[tok.i + 1:tok.i + 3]
            words = [t.lower_ for t in after]
            if words[:1] and (words[0] in ("showing", "show", "shows") or (
                    words[0] in ("that", "which") and words[1:2] and words[1] in ("show", "shows", "showed"))):
                return tok
        if tok.is_punct and tok.text not in ("(", ")", "-", "–"):
            return None
    return None


def attribution_cues(doc: Doc, matcher: DependencyMatcher) -> dict[int, list[tuple[Token, str]]]:
    """(anchor, source) pairs for the attributions in each sentence, by the sentence's first token: the anchor is the
    verb whose clause the source covers. 'Statistics from X revealed that ...' -> (revealed, X); 'according to X'
    -> (the verb it modifies, X). A reporting verb with another common sense ('add', 'show') must govern a clause.
    A verb of expecting, or one whose object is its subject's own forecast ('the board lowered its forecast'), counts
    in a sentence with no other cue, when its subject is a name, the people of one ('analysts at Kessler') or a
    company named before ('the company expects', after 'Yilgarn Lithium said'). 'Citing
    X' counts when X is a name or a kind of source ('citing data', not 'citing a month without rain'). A sentence whose
    subject is 'it' or 'they' and that has no cue of its own carries on an 'according to' or a reporting tag of the
    sentence before ('According to X, Chile mines 28% of Y. It also refines 9% of Z.'; '..., the consultancy said. It
    also ...')."""
    cues: dict[int, list[tuple[Token, str]]] = defaultdict(list)
    fallback: dict[int, list[tuple[Token, str]]] = defaultdict(list)
    according: dict[int, str] = {}  # sentence start -> the source an 'according to' in it names
    index = doc._.mention_index or [None] * len(doc)
    for match_id, token_ids in sorted(matcher(doc), key=lambda m: min(m[1])):
        kind = doc.vocab.strings[match_id]
        names = [p["RIGHT_ID"] for p in attribution_patterns()[kind]]
        cue, source = doc[token_ids[names.index("cue")]], doc[token_ids[names.index("source")]]
        if kind in ("expecting", "expecting too", "own forecast"):
            words = phrase(source, cut=_SOURCE_CUT[kind])
            people_of = [t for c in source.children if (c.dep_ == "prep" and c.lower_ in ("at", "from")) or c.dep_ == "acl"
                         for t in c.subtree]  # 'analysts at Kessler', 'economists polled by Reuters'
            named_before = any(c.lower_ == "the" for c in source.children) and organisation_named_before(source, cue.i)
            last = next((m for m in mentions_back(doc, cue.i) if m.label_ == "ORG" or (m.label_ == "GPE" and not (
                m.end + 1 < len(doc) and doc[m.end + 1].lower_ == "based"))), None) if source.lower_ == "it" else None
            it = last is not None and last.label_ == "ORG"  # 'It now expects ...', after 'Dunmore Homes said ...': the
            # organisation last named, when no place was named after it
            person = source.lower_ in ("he", "she")  # 'She expects U.S. imports to drop 30%': the person last named
            if index[source.i] is not None or named_before or it or person or (  # 'The company expects ...' after it was named
                    source.lemma_.lower() in EMPLOYEE_NOUNS and any(index[t.i] is not None for t in people_of)):
                fallback[cue.sent.start].append((cue, resolve_actor(words, cue.i)))
            continue
        if kind == "subject too" and any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
            continue  # it has a subject of its own
        if any(c.lower_ == "ever" for c in cue.children):
            continue  # 'the second highest rate ever reported': a record, described, no one reporting it
        reporter = cue.head.head if kind == "saying" and cue.head.dep_ in ("ccomp", "parataxis") else None
        speaker = next((c for c in reporter.children if c.dep_ == "nsubj"), None) if reporter is not None and (
            reporter.lemma_.lower() in REPORTING_VERBS) else None
        if speaker is not None:  # 'Kelso said Ottawa would set aside C$500 million ..., adding that up to 40% ...': the
            source = speaker  # one who said it adds, not the subject of what was said
        left = cue.left_edge.i  # a reporting tag after the clause, set off by a comma: '..., a survey found.'
        reporting_tag = (cue.dep_ in ("ccomp", "parataxis") or (cue.dep_ == "advcl" and not any(c.dep_ in ("mark", "dobj") for c in cue.children))
                         or (cue.dep_ == "conj" and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "prep", "attr", "advmod")
                                                            for c in cue.children))  # '..., the association estimates, and'
                         ) and cue.head.i < cue.i and left > 0 and doc[left - 1].text in (",", "\u2014")
        if kind in ("subject", "subject too", "agent", "saying") and cue.lemma_.lower() in AMBIGUOUS_REPORTING and not reporting_tag and not any(
                c.dep_ in ("ccomp", "parataxis") for c in cue.children):
            continue
        if kind == "according" and cue.lower_ == "based" and cue.dep_ in ("relcl", "acl", "amod"):
            continue  # 'a benchmark that is based on the price of North Sea crude' describes; it cites nobody
        if kind == "verb read as a noun" and (index[source.i] is None or cue.i + 1 >= len(doc) or doc[cue.i + 1].lower_ != "that"):
            continue  # only a name before it and 'that' after it ('EIA forecasts that ...'), not 'Price forecasts that ...'
        if (kind == "subject" and cue.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in cue.children)
                and any(c.dep_ == "ccomp" and c.pos_ == "VERB" and not any(d.dep_ in ("nsubj", "nsubjpass") for d in c.children)
                        for c in cue.children)):
            continue  # 'Peanut stocks reported in commercial storage on January 31 totaled ...': a participle that
            # describes the subject, which the parse makes the main verb and the real one a clause it says
        if (kind == "subject" and cue.lower_ == "reported" and cue.i + 1 < len(doc) and doc[cue.i + 1].lower_ == "to"
                and index[source.i] is None and source.lemma_.lower() not in EMPLOYEE_NOUNS | ORGANISATION_WORDS | SPOKESPEOPLE):
            continue  # 'The most common type of fraud reported to the FTC ... was ...': a participle the parse makes a
            # verb, whose 'subject' is what was reported, not who reported it
        if (kind == "subject" and cue.lemma_.lower() == "report" and source.pos_ == "NOUN"
                and all(index[t.i] is None or (index[t.i].label_ in ("GPE", "NORP") and t.i != source.i)
                        for t in source.subtree)  # (not 'Its owner, German utility Rheinwerk, reported'; but 'U.S. airlines')
                and any(c.dep_ == "dobj" and any(t._.is_num for t in c.subtree) for c in cue.children)):
            continue  # 'Insured institutions reported net income of $43.7 billion': results they posted, and a
            # common noun names no source (a name does: 'Kestrel reported net income of $5m')
        if (kind == "subject" and index[source.i] is not None and index[source.i].label_ == "WORK_OF_ART" and any(
                c.dep_ == "nsubj" and c.i != source.i and index[c.i] is not None and index[c.i].label_ in ("ORG", "PERSON")
                for c in cue.children)):
            continue  # 'In its annual report, Fisheries of the United States 2013, ..., NOAA Fisheries announced': the
            # parse makes the title a second subject; the body speaks
        if kind == "releasing" and (index[source.i] is None or _evidence_shown(cue) is None):
            continue  # a name that released evidence 'showing' what follows, not 'The firm released its new phone'
        if kind == "citing" and index[source.i] is None and not ({source.lemma_.lower(), source.lower_} & CITABLE):
            continue  # 'citing a month without rain' names a reason, not a source
        if kind == "subject" and index[source.i] is None and any(  # 'Trade body the Copper Fabricators Association
                c.dep_ == "nsubj" and c.left_edge.i == source.right_edge.i + 1 and index[c.i] is not None  # said': the
                for c in cue.children):  # parse makes the kind and the name two subjects; the name speaks
            continue
        anchor = cue.head if kind == "according" or (kind == "citing" and cue.dep_ == "advcl") else cue
        closing = cue.right_edge.i + 1 < len(doc) and doc[cue.right_edge.i + 1].is_punct and (
            doc[cue.right_edge.i + 1].text in (".", "!", "?") or cue.right_edge.i + 2 >= cue.sent.end)
        set_off = kind == "according" and cue.i and doc[cue.i - 1].text == ","
        if set_off and closing:  # '..., after Congo extended a ban, according to Fastmarket Metals.': a tag that
            anchor = cue.sent.root  # closes the sentence covers all of it
        elif set_off and cue.head.i > cue.i and cue.head.dep_ == "advcl" and any(c.dep_ == "mark" for c in cue.head.children):
            anchor = cue.head.head  # '..., according to the institute, after the last line closed in 2019.': the parse
            # hangs the tag on the clause after it; it covers the clause before
        actor = resolve_actor(phrase(source, cut=_SOURCE_CUT[kind]), cue.i) or own_filing(source, anchor, cue.i)
        if kind == "subject" and source.lemma_.lower() in SPOKESPEOPLE and any(c.lower_ in ("a", "an") for c in source.children):
            named = next((index[p.i] for c in source.children if c.dep_ == "prep" and c.lower_ in ("for", "of", "at")
                          for p in c.children if p.dep_ == "pobj" and index[p.i] is not None and index[p.i].label_ == "ORG"), None)
            actor = named._.entity if named is not None else (  # 'a spokesman for the Kanpur Traders Association'
                employer_by_kind(source, cue.i) or speaking_for(cue) or "")  # 'The Bundesbank left its rates
            # unchanged, a spokesman said'; 'A ministry official said ...' -> the ministry the text names

        if actor:
            cues[cue.sent.start].append((anchor, actor))
            tag = reporting_tag or any(c.dep_ in ("ccomp", "parataxis") and c.i < cue.i for c in cue.children)
            if kind == "according" or (kind == "subject" and tag):  # '..., the consultancy said.' too
                according[cue.sent.start] = actor
    for start, found in fallback.items():
        cues.setdefault(start, found)
    for sent in doc.sents if any(t.text == "(" for t in doc) else ():
        if (cited := bracketed_citation(sent)) and not cues.get(sent.start):
            cues[sent.start].append((sent.root, cited))
    for sent in doc.sents:
        if not cues.get(sent.start) and (cited := evidence_tag_at_end(sent) or tag_read_as_noun(sent)):
            cues[sent.start].append((sent.root, cited))
    for start, actor in according.items():  # 'According to X, Chile mines 28% of Y. It also refines 9% of Z.'
        sent = doc[start].sent
        nxt = doc[sent.end].sent if sent.end < len(doc) else None
        if nxt is not None and not cues.get(nxt.start) and "\n" not in doc[sent.end - 1].text_with_ws and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("it", "they") for c in nxt.root.children):
            cues[nxt.start].append((nxt.root, actor))
    return cues


def evidence_tag_at_end(sent: Span) -> str:
    """The name a sentence ends by citing in a tag whose verb the parse reads as a noun: '..., data from the Energy
    Information Administration show.' -> that administration, '..., Census Bureau data show.' -> the bureau; '' for a
    sentence that ends otherwise."""
    doc, index = sent.doc, sent.doc._.mention_index or [None] * len(sent.doc)
    end = sent.end
    while end > sent.start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    verb = doc[end - 1] if end - 4 > sent.start else None
    if verb is None or verb.pos_ not in ("NOUN", "PROPN") or not (
            verb.lemma_.lower() in REPORTING_VERBS or verb.lower_.removesuffix("s") in REPORTING_VERBS):
        return ""
    evidence = doc[verb.i - 1]  # '..., Census Bureau data show.': the name before the evidence noun
    if {evidence.lower_, evidence.lemma_.lower()} & EVIDENCE_NOUNS and (named := _set_off_name(sent, verb.i - 1)) is not None:
        return named._.entity
    mention = index[verb.i - 1]
    if mention is None or mention.end != verb.i or mention.label_ not in ("ORG", "PERSON", "GPE"):
        return ""
    before = mention.start - (doc[mention.start - 1].lower_ == "the")
    if not (before >= 3 and doc[before - 1].lower_ in ("from", "by", "of")
            and {doc[before - 2].lower_, doc[before - 2].lemma_.lower()} & EVIDENCE_NOUNS
            and doc[before - 3].text == ","):
        return ""
    return mention._.entity


def tag_read_as_noun(sent: Span) -> str:
    """The organisation a reporting tag set off by commas names, where the parse reads its verb as a noun: 'Myanmar
    supplied about 10% of the world's mined tin, the International Tin Association estimates, and most of it ...' ->
    that association; '' for a sentence with no such tag."""
    doc = sent.doc
    for verb in sent[3:-1]:
        if verb.pos_ != "NOUN" or verb.lower_.removesuffix("s") not in REPORTING_VERBS or doc[verb.i + 1].text not in (",", ".", ";"):
            continue
        if (named := _set_off_name(sent, verb.i)) is not None:
            return named._.entity
    return ""


def _set_off_name(sent: Span, end: int) -> Span | None:
    """The organisation a tag names just before token `end`, set off from the clause before by a comma (past a
    'the'): ', the International Tin Association' of '..., the International Tin Association estimates'; else None."""
    doc, index = sent.doc, sent.doc._.mention_index or [None] * len(sent.doc)
    named = index[end - 1] if end > sent.start else None
    if named is None or named.end != end or named.label_ != "ORG":
        return None
    before = named.start - (doc[named.start - 1].lower_ == "the")
    return named if before > sent.start and doc[before - 1].text == "," else None


def bracketed_citation(sent: Span) -> str:
    """The organisation or person a sentence cites in brackets with a year, as reports do: '... to $36 billion
    (Statistics Norway, 2011).' -> 'Statistics Norway', '(Smith and others, 2012)' -> 'Smith'; '' when there is
    none."""
    doc, index = sent.doc, sent.doc._.mention_index or [None] * len(sent.doc)
    for tok in sent:
        if tok.text != "(" or tok.i + 3 >= sent.end:
            continue
        mention = index[tok.i + 1]
        if mention is None or mention.start != tok.i + 1 or mention.label_ not in ("ORG", "PERSON"):
            continue
        after = mention.end
        if tuple(t.lower_ for t in doc[after:after + 2]) in CITED_OTHERS:  # the first author stands for the others:
            # '(Smith and others, 2012)', '(Lee et al., 2019)', the full stop of 'al.' a token of its own or not
            after += 2 + (doc[after + 1].text == "al" and after + 2 < len(doc) and doc[after + 2].text == ".")
        rest = doc[after:min(after + 3, sent.end)]
        if len(rest) >= 3 and rest[0].text == "," and re.fullmatch(r"(?:1[89]|20)\d\d[a-z]?", rest[1].text) and rest[2].text == ")":
            return mention._.entity
    return ""


_NARRATING_MARKS = {"as", "while", "when", "after"}


def _narrated_after(clause: Token, cue: Token) -> bool:
    """Whether `clause` is one the writer adds after a reporting verb, with 'as', 'while', 'when' or 'after': '...,
    the operator said, as temperatures reached 41 degrees'; or a participle, set off by a comma, of how the market
    took it: '..., the companies said on Monday, sending Northfield's shares up 31%' (what was said ends at the verb;
    '..., Ofgem said, lifting the price cap to 1,755 pounds' still reports). 'According to X' covers its whole
    sentence."""
    if clause.dep_ != "advcl" or clause.left_edge.i <= cue.i or cue.lemma_.lower() not in REPORTING_VERBS:
        return False
    marks = [c for c in clause.children if c.dep_ == "mark"]
    consequence = cue.i + 1 < clause.left_edge.i and _market_took_it(clause)
    if any(c.lower_ in ("while", "whereas") for c in marks) and _compares_the_same(clause, cue):
        return False  # '... fell 2.3%, the retailer said, while online sales jumped by 31%': one report, in contrast
    return consequence or any(c.lower_ in _NARRATING_MARKS for c in marks)


def _market_took_it(clause: Token) -> bool:
    """Whether a clause is a participle set off by a comma that says how the market took the news: ', sending its
    shares down 18%'."""
    return (clause.dep_ == "advcl" and clause.tag_ == "VBG" and not any(c.dep_ == "mark" for c in clause.children)
            and clause.left_edge.i > 0 and clause.doc[clause.left_edge.i - 1].text == ","
            and any(c.dep_ == "dobj" and c.lemma_.lower() in TRADED for c in clause.children))


def _compares_the_same(clause: Token, cue: Token) -> bool:
    """Whether a clause after a reporting verb has a subject of the same noun as the reported clause's subject, or a
    name of the same kind, as a contrast the speaker draws does: 'Sales at stores ... fell ..., the retailer said, while
    online sales jumped', 'Qatar accounted for 38% ..., the survey says, while the United States produced 40%'."""
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    reported = [c for c in cue.children if c.dep_ in ("ccomp", "parataxis") and c.i < cue.i] or (
        [cue.head] if cue.dep_ in ("parataxis", "ccomp") and cue.head.i < cue.i else [])  # '..., the survey says, while'
    said = next((c for r in reported for c in r.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    same_kind = (subject is not None and said is not None and subject.ent_type_ in ("GPE", "ORG", "NORP")
                 and subject.ent_type_ == said.ent_type_)  # 'Qatar accounted for about 38% ..., while the United States ...'
    return subject is not None and said is not None and (subject.pos_ == "NOUN" and subject.lemma_ == said.lemma_ or same_kind)


_APART_MARKS = {"after", "before", "when", "since", "because", "until", "while", "although", "though", "once"}


def _said_apart(anchor: Token, path: list[Token]) -> bool:
    """Whether a cue stands in a clause of time or reason of its own, off the figure's path: 'Shares fell 6% after
    the regulator said it would ...' (the regulator did not say the shares fell). 'As X said' still attributes."""
    for node in (anchor, *anchor.ancestors):
        if node in path:
            return False
        if node.dep_ == "advcl" and any(c.dep_ in ("mark", "advmod") and c.lower_ in _APART_MARKS for c in node.children):
            return True
    return False


def figure_source(span: Span, cues: list[tuple[Token, str]]) -> str:
    """The source of the cue whose clause holds the figure; with one cue in the sentence, that one, unless the cue is
    a clause of its own joined to the figure's by 'and', with a statement of its own ('Farmers pay a 25% tax, and
    Fjordlaks said it had ...'; a tag the parse joins by 'and', '..., Till Streichert told analysts', still counts). A
    figure in a clause that describes the cue's subject is not what the subject says ('Guatemala, where remittances
    make up a quarter of output, reported smaller declines'), nor is one in a clause the writer hangs on the reporting
    verb after it ('..., the operator said, as temperatures reached 41 degrees'), nor one outside a clause of time or
    reason that holds the cue ('Shares fell 6% after the regulator said ...')."""
    path = [span.root, *span.root.ancestors]
    for k, node in enumerate(path):
        for anchor, source in cues:
            if anchor.i == node.i:
                describes_subject = k > 0 and path[k - 1].dep_ in ("nsubj", "nsubjpass") and any(
                    t.dep_ in ("relcl", "acl", "appos") for t in path[:k - 1])
                narrated = k > 0 and (_narrated_after(path[k - 1], anchor) or any(_market_took_it(t) for t in path[1:k]))
                # ('has warned that profits will be lower ..., sending its shares down 18%', the participle hung on
                # what was warned)
                held_by = next((t for t in path[1:k] if t.pos_ in ("NOUN", "VERB")), None)  # the word the figure sizes
                blamed_apart = anchor.lemma_.lower() in BLAME_VERBS and not (  # 'blamed a 30% jump in gas prices',
                    held_by is not None and held_by.lemma_.lower() in CHANGE_WORDS)  # 'costs, which have risen by a
                # third'; not 'a 1% tax' nor 'its mine, which produces about 40% of its copper': the blamer gives a change
                return "" if describes_subject or narrated or blamed_apart else source
    cues = [(anchor, source) for anchor, source in cues if anchor.lemma_.lower() not in BLAME_VERBS]
    beside = [anchor.dep_ == "conj" and anchor.head in path  # says something else, with or without a subject of its own
              and any(c.dep_ in ("ccomp", "xcomp") and c.i > anchor.i for c in anchor.children)  # (not a tag that ends a
              for anchor, _ in cues]  # list of clauses: '8 states had increases, and 11 had none, the bureau reported')
    expectations = [anchor.lemma_.lower() in EXPECTATION_VERBS or any(  # what X expects, or its own forecast, and no more
        c.dep_ == "dobj" and c.lemma_.lower() in FORECAST_NOUNS for c in anchor.children) for anchor, _ in cues]
    narrated = [any(_narrated_after(t, anchor) for t in path) for anchor, _ in cues]  # '..., X said, as temperatures rose'
    apart = [_said_apart(anchor, path) for anchor, _ in cues]  # 'fell 6% after the regulator said ...'
    if (len({source for _, source in cues}) == 1 and not all(beside) and not all(expectations) and not all(narrated)
            and not all(apart)):
        return cues[0][1]
    return ""
