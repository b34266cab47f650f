"""Context: the article's figures beside primary statistics (reference/import_reliance.csv), and what the report
behind an article credited (reference/attributions.csv)."""

import re

import pandas as pd


def join_reference(figures: pd.DataFrame, stats: pd.DataFrame) -> pd.DataFrame:
    """Pair each share figure with the reference rows whose commodity its object names ('the zinc it smelts' -> zinc)."""
    rows = []
    for f in figures[figures["measure"] == "share"].itertuples():
        for s in stats.itertuples():
            if re.search(rf"\b(?:{s.keywords})\b", f.object, flags=re.I):
                rows.append((s.commodity, f.text, f.object, f.source, f.value, s.measure, s.short_label, int(s.year),
                             float(s.value), s.note, s.source))
    return pd.DataFrame(rows, columns=["commodity", "article_text", "article_object", "article_source", "article_value",
                                       "usgs_measure", "usgs_label", "usgs_year", "usgs_value", "note", "usgs_source"])


def upstream_credits(attributions: pd.DataFrame, article_sha256: str) -> pd.DataFrame:
    """The rows of attributions.csv for this article where the report it draws on credited someone else."""
    rows = attributions[attributions["article_sha256"] == article_sha256]
    return rows[rows["article_source"] != rows["upstream_source"]]


def context_lines(comparison: pd.DataFrame, upstream: pd.DataFrame) -> list[str]:
    """Markdown bullets: for each commodity and measure, the article's figure beside the reference value and the
    note on how they differ; then whom the report behind the article credited, where it differs."""
    notes = comparison.drop_duplicates(["commodity", "usgs_measure"])
    lines = [f"- **{r.commodity}**: the article says {r.article_text} of {r.article_object}"
             f"{f' (according to {r.article_source})' if r.article_source else ''}; USGS {r.usgs_measure} in {r.usgs_year} "
             f"was {r.usgs_value:.0%}. {r.note}" for r in notes.itertuples()]
    lines += [f"- **{r.commodity}**: the article credits {r.article_source}; the report it matches credited "
              f"**{r.upstream_source}** ({r.source})." for r in upstream.itertuples()]
    return lines
