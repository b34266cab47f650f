"""Findings: every sentence a reader sees, written from the computed tables so that text and tables never disagree."""

import datetime as dt

import pandas as pd

from newsfacts.context import as_bound
from newsfacts.framing import CRITICISM
from newsfacts.prose import Prose, percent, plural
from newsfacts.tables import shares_of_whole


def stated(row) -> str:
    """A figure for the findings: a share with its whole, a change with what changed, anything else with what it
    measures: '**about 40%** (40%) of group sales', '**31%**, a change in revenue', '**$5bn** (revenue)'."""
    if row.measure == "share":
        return f"**{row.text}** ({percent(row.value)}) of {row.object or 'an unnamed whole'}"
    if row.measure == "change":
        return f"**{row.text}**, a change in {row.object or 'an unnamed measure'}"
    return f"**{row.text}** ({row.object or row.unit})"


def speakers(quotes: pd.DataFrame) -> pd.Series:
    """Quotations per speaker, most quoted first ('(unattributed)' for a quotation with no speaker)."""
    return quotes["speaker"].replace("", "(unattributed)").value_counts()


def key_findings(tables: dict[str, pd.DataFrame], comparison: pd.DataFrame, frames: dict,
                 countries: pd.DataFrame | None = None) -> Prose:
    """3 to 6 bullets of the article's key findings, each with its numbers, from the computed tables, the comparison
    with primary statistics (newsfacts.context: join_reference, country_checks) and the framing summary
    (newsfacts.framing.frame_summary)."""
    entities, mentions, figures = tables["entities"], tables["mentions"], tables["figures"]
    dates, quotes = tables["dates"], tables["quotes"]
    bullets = []
    if len(entities):
        lead = entities.sort_values("mentions", ascending=False, kind="stable").iloc[0]
        bullets.append(f"**Who**: the article names {plural(len(entities), 'entity', 'entities')} in {plural(len(mentions), 'mention')}; "
                       f"the most named is **{lead['entity']}** ({lead['label']}, {plural(int(lead['mentions']), 'mention')}).")
    if len(figures):
        first = [f"{stated(r)}, {r.source or 'no source given'}" for r in figures.head(4).itertuples()]
        bullets.append(f"**Figures**: {plural(len(figures), 'figure')}" + (", the first four" if len(figures) > 4 else "")
                       + ": " + "; ".join(first) + ".")
    else:
        bullets.append("**Figures**: the article states no figures.")
    if len(dates):
        exact = [r for r in dates.loc[dates["kind"] == "date", "resolved"] if r]
        yearless = dates.loc[(dates["kind"] == "date") & (dates["resolved"] == ""), "text"].tolist()
        periods = [f"{t} ({r})" for t, r in zip(dates.loc[dates["kind"] == "period", "text"], dates.loc[dates["kind"] == "period", "resolved"])]
        bullets.append(f"**When**: {plural(len(dates), 'time reference')}"
                       + (f"; dated: {', '.join(dict.fromkeys(exact))}" if exact else "; none with a full calendar date")
                       + (f"; written without a year: {', '.join(dict.fromkeys(yearless))}" if yearless else "")
                       + (f"; periods: {', '.join(periods)}" if periods else "")
                       + f"; {int((dates['kind'] == 'vague').sum())} vague.")
    if len(quotes):
        bullets.append("**Quotes**: " + "; ".join(f"{plural(int(n), 'quotation')} by {who}" for who, n in speakers(quotes).items()) + ".")
    nir = comparison[comparison["usgs_measure"] == "net import reliance"] if len(comparison) else comparison
    countries = countries if countries is not None else pd.DataFrame()
    if len(nir) or len(countries):
        parts = [f"{r.commodity} {percent(r.article_value)} in the article vs {as_bound(r.usgs_value, r.usgs_bound)}"
                 for r in nir.itertuples()]
        parts += [f"\"{r.article_text}\" of {r.article_object}: {r.country} is a listed major import source for "
                  f"{r.listed} of the {r.relied_on} commodities the U.S. relies on for 50% or more ({percent(r.listed / r.relied_on)}),"
                  f" the first listed for {r.first_listed} ({percent(r.first_listed / r.relied_on)})"
                  for r in countries.itertuples()]
        bullets.append("**Against USGS 2024 net import reliance**: " + "; ".join(parts)
                       + ". The measures differ (see Context).")
    if frames:
        first = frames["first_critical"]
        bullets.append(f"**Framing**: the vocabulary used in the most sentences is that of *{frames['leading']}* "
                       f"({frames['count']} of {frames['sentences']})"
                       + (f"; criticism and risk first appear in sentence {first + 1}." if first is not None else "."))
    return Prose("\n".join(f"- {b}" for b in bullets[:6]))


def corrections_sentence(counts: dict[str, int], entities: int) -> Prose:
    """'The model tagged 35 mentions of names. The notebook relabelled 7 of them, added 3 that the model missed, and
    merged all 38 into 14 entities.' (counts: newsfacts.tables.correction_counts)."""
    set_aside = f", set aside {counts['set aside']} that are not names" if counts["set aside"] else ""
    return Prose(f"The model tagged {plural(counts['tagged'], 'mention')} of names. The notebook relabelled "
                 f"{counts['relabelled']} of them{set_aside}, added {counts['added']} that the model missed, and merged "
                 f"all {counts['mentions']} into {plural(entities, 'entity', 'entities')}.")


def sources_sentence(quotes: pd.DataFrame, figures: pd.DataFrame) -> Prose:
    """Who is quoted, how often, and how many figures carry a source."""
    counts = speakers(quotes)
    quoted = "; ".join(f"{who} {plural(int(n), 'time')}" for who, n in counts.items())
    parts = [f"The article quotes {quoted}." if len(counts) else "The article quotes nobody directly."]
    if len(figures):
        sourced = figures[figures["source"] != ""]
        names = ", ".join(dict.fromkeys(sourced["source"]))
        parts.append(f"Of its {plural(len(figures), 'figure')}, {len(sourced)} carry a source{f' ({names})' if names else ''} "
                     f"and {len(figures) - len(sourced)} none.")
    return Prose(" ".join(parts))


def framing_sentence(frames: dict) -> Prose:
    """The frame found in the most sentences, and where the vocabulary of criticism and risk first appears."""
    if not frames:
        return Prose("_No sentence uses a word from the framing lexicon._")
    first, n = frames["first_critical"], frames["sentences"]
    return Prose(f"The frame found in the most sentences: **{frames['leading']}** ({frames['count']} of {n}). "
                 + (f"The vocabulary of {CRITICISM} first appears in sentence {first + 1} of {n} "
                    f"({first / n:.0%} of the way through) and recurs in {plural(frames['critical'], 'sentence')}."
                    if first is not None else f"The article uses none of the vocabulary of {CRITICISM}."))


def limitations_sentence(tables: dict[str, pd.DataFrame], reference: dt.date | None, origin: str) -> Prose:
    """What, for this article, was inferred rather than read, or could not be read."""
    dates, corrections, figures = tables["dates"], tables["corrections"], tables["figures"]
    unresolved = dates[(dates["kind"] == "relative") & (dates["resolved"] == "")]
    return Prose(f"For this article: the reference date is {reference.isoformat() if reference else 'unknown'} "
                 f"({origin}); {plural(len(unresolved), 'relative date')} could not be resolved; "
                 f"{plural(int(corrections['times'].sum()) if len(corrections) else 0, 'mention')} carry a label or name changed by the rules; "
                 f"figures without a source in the text: {int((figures['source'] == '').sum()) if len(figures) else 0}.")


def provenance(path: str, sha256: str, checksum: str, text: str, sentences: int, metadata: dict, model: str,
               reference: dt.date | None, origin: str) -> pd.DataFrame:
    """What was read, with what, and against which date: one row per item (`checksum`: what comparing the file's
    SHA-256 with its metadata found, newsfacts.inputs.check_checksum)."""
    return pd.DataFrame({
        "item": ["article", "SHA-256", "characters", "words", "sentences", "headline", "outlet", "author", "published",
                 "model", "reference date"],
        "value": [path, sha256 + (f" ({checksum})" if checksum else ""), f"{len(text):,}",
                  f"{len(text.split()):,}", f"{sentences:,}",
                  *[metadata.get(k) or "unknown" for k in ("headline", "outlet", "author", "published")],
                  model, f"{reference.isoformat() if reference else 'none'} ({origin})"],
    }).set_index("item")


def shares_out_of_range(figures: pd.DataFrame) -> Prose:
    """Shares of a whole above 100% or below 0 are shown as read, and pointed out here rather than stopping the run:
    a share can exceed its whole ('power offered at 130% of the tariff'), but such a figure deserves a second look."""
    shares = shares_of_whole(figures)
    odd = shares[(shares["value"].astype(float) > 1) | (shares["value"].astype(float) < 0)] if len(shares) else shares
    if odd.empty:
        return Prose(f"Every share ({len(shares)}) lies between 0 and 100% of its whole." if len(shares) else
                     "_The article states no shares of a whole._")
    many = len(odd) > 1
    listed = "; ".join(f"**{r.text}** ({percent(r.value)}) of {r.object or 'an unnamed whole'}" for r in odd.itertuples())
    return Prose(f"{plural(len(odd), 'share')} {'are' if many else 'is'} above 100% of {'their' if many else 'its'} "
                 f"whole or below 0: {listed}. A share can exceed its whole (a price at 130% of a tariff); read "
                 f"{'them' if many else 'it'} again in the text before using {'them' if many else 'it'}.")
