"""Context: every figure of the article beside the primary statistics that can check it.

The statistics are the U.S. Geological Survey's *Mineral Commodity Summaries* data-release files, kept as
received in REFERENCE_DIR/usgs/: the net-import-reliance table of every commodity (Fig. 2: 2024 reliance, major
import sources 2020-2023) and the salient-statistics tables (2020-2024) of some commodities. Nothing USGS publishes
is typed here: values are read from those files, bounds (">95", "<25") stay bounds, footnote digits glued to a name
("Mexico2") are dropped, and a computed measure is a formula over a salient table's columns, kept as data in
REFERENCE_DIR/usgs_measures.csv with its note.

- A share joins every commodity that its object (or, failing that, its sentence) names, matched on words ('the
  nickel it smelts' -> NICKEL; 'aluminium' -> ALUMINUM; 'platinum group metals' -> PLATINUM).
- A share of "the minerals" the U.S. relies on, in a sentence that names a country ('Brazilian mines supply
  a third of the critical minerals ...'), is set beside what the table can say: of the commodities with 2024 net import
  reliance of at least 50% (bounds counted by their bound), for how many the country is a listed major import
  source, and for how many the first listed; a count of commodities, not a share of tonnage or value.
- Every other figure gets the reason it cannot be checked.
"""

import os
import re
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from newsfacts.inputs import USGS_FIG2
from newsfacts.prose import percent
from newsfacts.rules import mineral_words, spelling_variants
from newsfacts.tables import shares_of_whole

RELIED = 0.5  # 'relies on': 2024 net import reliance of at least 50%


def parse_bound(text: str) -> tuple[float | None, str]:
    """A USGS value as a fraction of 1 and how it bounds the true value: '47' -> (0.47, '='), '>95' -> (0.95, '>'),
    '<25' -> (0.25, '<'); 'E' (net exporter) -> (None, 'E'); anything else -> (None, '')."""
    text = str(text).strip()
    if m := re.fullmatch(r"([<>]?)\s*(\d+(?:\.\d+)?)", text):
        return float(m.group(2)) / 100, m.group(1) or "="
    return None, "E" if text == "E" else ""


def as_bound(value: float | None, bound: str) -> str:
    """'47%', '>95%', '<25%', or 'net exporter' / 'not given'."""
    if value is None:
        return "net exporter" if bound == "E" else "not given"
    return f"{'' if bound == '=' else bound}{value * 100:.0f}%"


def strip_footnote(name: str) -> str:
    """A country as USGS lists it, without a footnote digit glued to it: 'Mexico2' -> 'Mexico'."""
    return re.sub(r"(?<=[A-Za-z).])\d+$", "", name.strip())


def name_words(text: str) -> list[str]:
    """Words to match commodities on: lower case, British spellings made American, plurals made singular
    ('Natural Graphites' -> ['natural', 'graphite'], 'aluminium' -> ['aluminum'])."""
    variants = spelling_variants()
    words = [variants.get(w, w) for w in re.findall(r"[a-z]+", text.lower())]
    return [w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words]


def display_name(usgs_name: str) -> str:
    """A USGS commodity name as prose writes it: 'COPPER, refined' -> 'copper, refined', 'ALUMINUM' -> 'aluminum'."""
    head, _, rest = usgs_name.partition(",")
    return head.strip().lower() + (f",{rest}" if rest else "")


def commodity_words(usgs_name: str) -> list[str]:
    """The words a text names a commodity by: its USGS name before any comma or bracket ('COPPER, refined' ->
    ['copper'], 'GRAPHITE (NATURAL)' -> ['graphite'], 'IRON OXIDE PIGMENTS, natural' -> ['iron', 'oxide', 'pigment'])."""
    return name_words(re.split(r"[,(]", usgs_name)[0])


@dataclass
class Usgs:
    """The USGS files: `reliance` has one row per commodity of Fig. 2 (commodity, words, value, bound, text,
    sources: countries in order); `series` the salient table of a commodity, by its Fig. 2 name, with `value` and
    `bound` parsed from its net-import-reliance column; `measures` the computed measures."""

    reliance: pd.DataFrame
    series: dict[str, pd.DataFrame]
    measures: pd.DataFrame
    publication: str
    fig2: str


def publication(folder: Path, source: str) -> str:
    """The data release the files come from, as its metadata names it ('USGS Mineral Commodity Summaries ... Data
    Release, doi:10.5066/...'), or as the table's Source column does when there is no metadata file."""
    for meta in sorted(folder.glob("*_meta.xml")):
        text = meta.read_text(encoding="utf-8", errors="replace")
        titles = re.findall(r"<title>\s*([^<]*?Data Release)\s*</title>", text)
        doi = re.search(r"doi\.org/(10\.[^\s<\"]+)", text)
        if titles and doi:  # the release's own title, not one commodity's ('... - ALUMINUM Data Release')
            title = next((t for t in titles if " - " not in t), titles[0])
            return f"USGS {title}, doi:{doi.group(1)}"
    return f"USGS {source}"


def read_usgs(reference_dir: str, measures: pd.DataFrame) -> Usgs:
    """Read the USGS files in REFERENCE_DIR/usgs as received; `measures` is REFERENCE_DIR/usgs_measures.csv."""
    folder = Path(reference_dir) / "usgs"
    fig2_path = next(folder.glob(USGS_FIG2))
    fig2 = pd.read_csv(fig2_path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    rows = []
    for r in fig2.itertuples():
        value, bound = parse_bound(r.Net_Import_Reliance_pct_2024)
        sources = [strip_footnote(c) for c in r.Major_Import_Sources_2020_2023.split(",") if c.strip()]
        rows.append((r.Commodity.strip(), commodity_words(r.Commodity), value, bound, r.Net_Import_Reliance_pct_2024.strip(), sources))
    reliance = pd.DataFrame(rows, columns=["commodity", "words", "value", "bound", "text", "sources"])
    series = {}
    for path in sorted(folder.glob("*_salient.csv")):
        table = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        words = name_words(table["Commodity"].iloc[0])
        match = reliance[reliance["words"].apply(lambda w: w == words)]
        nir = next(c for c in table.columns if c.startswith("NIR_"))
        parsed = table[nir].apply(parse_bound)
        table = table.assign(file=path.name, year=table["Year"].astype(int), value=[p[0] for p in parsed],
                             bound=[p[1] for p in parsed])
        if len(match):
            series[match["commodity"].iloc[0]] = table
    return Usgs(reliance, series, measures, publication(folder, fig2['Source'].iloc[0]), fig2_path.name)


def commodities_named(text: str, usgs: Usgs) -> list[str]:
    """The USGS commodities a text names, in table order ('the nickel it smelts' -> ['NICKEL'])."""
    words = name_words(text)
    found = []
    for r in usgs.reliance.itertuples():
        k = len(r.words)
        if any(words[i:i + k] == r.words for i in range(len(words) - k + 1)):
            found.append(r.commodity)
    return found


def computed(usgs: Usgs, commodity: str, year: int) -> list[dict]:
    """The computed measures of a commodity for a year, from its salient table: measure, formula, value, the
    numbers the formula took, note, source."""
    table, out = usgs.series.get(commodity), []
    if table is None:
        return out
    row = table[table["year"] == year]
    for m in usgs.measures[usgs.measures["salient_file"] == table["file"].iloc[0]].itertuples():
        names = list(dict.fromkeys(re.findall(r"`([^`]+)`", m.formula)))  # the columns the formula takes, quoted as pandas eval quotes them
        numbers = row[names].astype(float)
        value = float(numbers.eval(m.formula).iloc[0])
        shown = m.formula
        for name in names:
            shown = shown.replace(f"`{name}`", f"{numbers[name].iloc[0]:,.0f}")
        out.append({"measure": m.measure, "label": m.label, "formula": m.formula.replace("`", ""), "value": value,
                    "numbers": shown, "note": m.note,
                    "source": f"{usgs.publication}, file {table['file'].iloc[0]}, {year}; formula: {m.source}"})
    return out


def join_reference(figures: pd.DataFrame, usgs: Usgs, year: int = 2024) -> pd.DataFrame:
    """Pair each share figure with every USGS commodity its object (or, failing that, its sentence) names: the
    2024 net import reliance, and each computed measure of that commodity."""
    rows = []
    shares = shares_of_whole(figures)
    for f in shares.itertuples():
        for name in commodities_named(f.object, usgs) or commodities_named(f.claim, usgs):
            r = usgs.reliance[usgs.reliance["commodity"] == name].iloc[0]
            common = (display_name(name), name, f.text, f.object, f.source, f.value)
            if r.value is not None:
                rows.append((*common, "net import reliance", "net import reliance", year, r.value, r.bound,
                             "Net import reliance is net imports as a share of apparent consumption; USGS counts "
                             "recycled old scrap as domestic supply.", f"{usgs.publication}, file {usgs.fig2}"))
            for m in computed(usgs, name, year):
                rows.append((*common, m["measure"], m["label"], year, m["value"], "=",
                             f"{m['note']} ({m['label']} = {m['formula']} = {m['numbers']} = {percent(m['value'])}.)",
                             m["source"]))
    return pd.DataFrame(rows, columns=["commodity", "usgs_name", "article_text", "article_object", "article_source",
                                       "article_value", "usgs_measure", "usgs_label", "usgs_year", "usgs_value", "usgs_bound", "note",
                                       "usgs_source"])


def country_of(name: str, countries: list[str]) -> str | None:
    """The USGS source country a name or nationality stands for, by the longest shared beginning of a word:
    'Brazilian' -> 'Brazil', 'Japanese' -> 'Japan', 'Peruvian' -> 'Peru'; None if none shares 4 letters
    and all but 2 of the country's word."""
    best, length = None, 0
    for country in countries:
        for word in country.split():
            shared = len(os.path.commonprefix([name.lower(), word.lower()]))
            if shared >= max(4, len(word) - 2) and shared > length:
                best, length = country, shared
    return best


def country_checks(figures: pd.DataFrame, mentions: pd.DataFrame, usgs: Usgs, importer: str = "United States"
                   ) -> pd.DataFrame:
    """For each share of 'the minerals' in a sentence naming a country other than the importer: of the commodities
    the U.S. relies on (2024 net import reliance >= 50%, bounds by their bound), how many list the country as a
    major import source, and how many list it first."""
    relied = usgs.reliance[usgs.reliance["value"].apply(lambda v: v is not None and v >= RELIED)
                           & (usgs.reliance["bound"] != "<")]
    countries = sorted({c for s in usgs.reliance["sources"] for c in s})
    rows = []
    shares = shares_of_whole(figures)
    for f in shares.itertuples():
        if not set(name_words(f.object)) & mineral_words() or commodities_named(f.object, usgs):
            continue
        named = mentions[(mentions["sentence"] == f.sentence) & mentions["label"].isin(["GPE", "NORP"])
                         & (mentions["entity"] != importer)]
        for country in dict.fromkeys(c for c in (country_of(e, countries) for e in named["entity"]) if c):
            listed = int(relied["sources"].apply(lambda s: country in s).sum())
            first = int(relied["sources"].apply(lambda s: bool(s) and s[0] == country).sum())
            rows.append((f.text, f.object, f.source, f.value, country, len(relied), listed, first))
    return pd.DataFrame(rows, columns=["article_text", "article_object", "article_source", "article_value", "country",
                                       "relied_on", "listed", "first_listed"])


def upstream_credits(attributions: pd.DataFrame, article_sha256: str) -> pd.DataFrame:
    """The rows of attributions.csv for this article where the report it draws on credited someone else."""
    rows = attributions[attributions["article_sha256"] == article_sha256]
    return rows[rows["article_source"] != rows["upstream_source"]]


def country_sentence(r) -> str:
    """One country check in words."""
    return (f"of the {r.relied_on} commodities for which U.S. net import reliance in 2024 was 50% or more, "
            f"{r.country} is a listed major import source (2020-2023) for {r.listed} ({percent(r.listed / r.relied_on)}) "
            f"and the first listed for {r.first_listed} ({percent(r.first_listed / r.relied_on)}); a count of "
            f"commodities, not a share of tonnage or value")


def figure_checks(figures: pd.DataFrame, comparison: pd.DataFrame, countries: pd.DataFrame) -> list[str]:
    """One Markdown bullet per figure of the article: what it was checked against, or why it could not be."""
    lines = []
    for f in figures.itertuples():
        said = f"**{f.text}**" + (f" of {f.object}" if f.object else "") + (f" ({f.source})" if f.source else "")
        rows = comparison[comparison["article_text"] == f.text] if len(comparison) else comparison
        checks = countries[countries["article_text"] == f.text] if len(countries) else countries
        if len(rows):
            parts = [f"{r.commodity} {r.usgs_label} {r.usgs_year} {as_bound(r.usgs_value, r.usgs_bound)}"
                     for r in rows.itertuples()]
            lines.append(f"- {said}: checked against USGS, {'; '.join(parts)}.")
        elif len(checks):
            lines += [f"- {said}: checked against the USGS import-source table: {country_sentence(r)}."
                      for r in checks.itertuples()]
        elif f.unit != "percent":
            lines.append(f"- {said}: not checked: the reference holds shares of U.S. supply, not {f.unit} amounts.")
        elif f.measure != "share":
            lines.append(f"- {said}: not checked: it is a {f.measure or 'percentage'}, and the reference holds shares "
                         "of U.S. supply.")
        else:
            lines.append(f"- {said}: not checked: it names no commodity that the USGS table covers, nor a country's "
                         "share of the minerals the U.S. relies on.")
    return lines


def context_lines(comparison: pd.DataFrame, upstream: pd.DataFrame) -> list[str]:
    """Markdown bullets: for each commodity and measure, the article's figure beside the reference value and the
    note on how they differ; then whom the report behind the article credited, where it differs."""
    notes = comparison.drop_duplicates(["commodity", "usgs_measure"])
    lines = [f"- **{r.commodity}**: the article says {r.article_text} of {r.article_object}"
             f"{f' (according to {r.article_source})' if r.article_source else ''}; USGS {r.usgs_label} in {r.usgs_year} "
             f"was {as_bound(r.usgs_value, r.usgs_bound)}. {r.note}" for r in notes.itertuples()]
    lines += [f"- **{r.commodity}**: the article credits {r.article_source}; the report it matches credited "
              f"**{r.upstream_source}** ({r.source})." for r in upstream.itertuples()]
    return lines


def series_rows(comparison: pd.DataFrame, usgs: Usgs) -> pd.DataFrame:
    """The 2020-2024 net import reliance of each commodity the comparison joined that has a salient table:
    commodity, year, value, bound."""
    names = dict(zip(comparison["usgs_name"], comparison["commodity"])) if len(comparison) else {}
    parts = [usgs.series[c][["year", "value", "bound"]].assign(commodity=names[c]) for c in names if c in usgs.series]
    return pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=["year", "value", "bound", "commodity"])

