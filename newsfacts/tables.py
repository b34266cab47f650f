"""The tables: one row per mention, entity, figure, date and quotation, offsets checked, written as a whole set."""

import bisect
import datetime as dt
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pandas as pd
from spacy.language import Language
from spacy.tokens import Doc

from newsfacts.dates import choose_reference_date, resolve_date
from newsfacts.entities.resolver import as_written, written_offsets
from newsfacts.pipeline import analyse


def tidy_number(value: float | None, unit: str) -> float | int | None:
    """Round for a stable table: shares to 4 places (1/3 -> 0.3333), other values to 6, and every value to 12
    significant digits, more than any article writes, so that binary fractions do not show ('$134.2 billion' is
    134200000000, not 134199999999.99998); whole numbers as ints."""
    if value is None:
        return None
    value = round(float(f"{value:.12g}"), 4 if unit in ("percent", "percentage point") else 6)
    return int(value) if float(value).is_integer() else value


def sentence_index(doc: Doc):
    """A function from a character offset to the 0-based index of the sentence that holds it."""
    starts = [s.start_char for s in doc.sents]
    return lambda char: bisect.bisect_right(starts, char) - 1


def mention_table(doc: Doc) -> pd.DataFrame:
    """mentions.csv: one row per entity mention, in document order."""
    sent = sentence_index(doc)
    rows = [(sent(m.start_char), *written_offsets(m), as_written(m), m.label_, m._.entity) for m in doc.spans["mentions"]]
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "label", "entity"])


def entity_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """entities.csv: one row per real-world entity, ordered by first mention."""
    rows = []
    for entity, group in mentions.groupby("entity", sort=False):
        rows.append((entity, group["label"].iloc[0], len(group), " | ".join(dict.fromkeys(group["text"])), int(group["sentence"].min())))
    return pd.DataFrame(rows, columns=["entity", "label", "mentions", "aliases", "first_sentence"])


def correction_table(doc: Doc) -> pd.DataFrame:
    """Every change made to the model's labels and names, with its reason and how often it was made."""
    rows = [(as_written(m), m._.model_label or "(none)", m.label_, m._.entity, m._.rule) for m in doc.spans["mentions"] if m._.rule]
    rows += [(text, label, "(none)", "", rule) for text, label, rule in doc.user_data.get("not_names", [])]
    table = pd.DataFrame(rows, columns=["text", "model_label", "label", "entity", "rule"])
    return table.groupby(list(table.columns), sort=False).size().reset_index(name="times")


def figure_table(doc: Doc) -> pd.DataFrame:
    """figures.csv: one row per figure, in document order."""
    sent = sentence_index(doc)
    rows = [(sent(f.start_char), *written_offsets(f), as_written(f), tidy_number(f._.value, f._.unit),
             tidy_number(f._.value_high, f._.unit), f._.unit, f._.measure, f._.qualifier, f._.object, f._.source,
             as_written(doc[f[0].sent.start:f[-1].sent.end]).strip())  # whole, should the parser break inside it
            for f in doc.spans["figures"]]
    columns = ["sentence", "start", "end", "text", "value", "value_high", "unit", "measure", "qualifier", "object", "source", "claim"]
    table = pd.DataFrame(rows, columns=columns)
    for column in ("value", "value_high"):  # keep whole numbers whole (1100000, not 1100000.0)
        table[column] = pd.Series([r[columns.index(column)] for r in rows], dtype=object, index=table.index)
    return table


def quote_table(doc: Doc) -> pd.DataFrame:
    """quotes.csv: one row per direct quotation."""
    sent = sentence_index(doc)
    rows = [(sent(q.start_char), *written_offsets(q), q._.speaker, q._.cue, as_written(q)) for q in doc.spans["quotes"]]
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "speaker", "cue", "quote"])


def date_table(doc: Doc, reference: dt.date | None, named_periods: dict[str, str]) -> pd.DataFrame:
    """dates.csv: one row per dated reference, resolved against `reference`."""
    sent = sentence_index(doc)
    ref = reference.isoformat() if reference else ""
    rows = [(sent(d.start_char), *written_offsets(d), as_written(d), d._.kind, d._.iso,
             resolve_date(d._.kind, d._.iso, d.text, reference, named_periods), ref) for d in doc.spans["dates"]]
    return pd.DataFrame(rows, columns=["sentence", "start", "end", "text", "kind", "iso", "resolved", "reference_date"])


class TablesNotWritten(OSError):
    """The tables could not be written; the message says why and that the previous set is in place."""


def write_tables(tables: dict[str, pd.DataFrame], folder: Path) -> list[Path]:
    """Write each table as UTF-8 CSV, as a whole set or not at all: every table is serialised first and written to
    a temporary folder beside `folder`, then moved in; if any move fails, the files already moved are put back as
    they were, so the previous set stays whole. No temporary file stays behind. Files take the user's umask."""
    folder = Path(folder)
    texts = {name: table.to_csv(index=False, lineterminator="\n") for name, table in tables.items()}
    folder.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.new."))
    backup = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.old."))
    placed: list[str] = []
    try:
        for name, text in texts.items():
            with open(staging / f"{name}.csv", "w", encoding="utf-8", newline="") as out:
                out.write(text)
                out.flush()
                os.fsync(out.fileno())
        try:
            for name in texts:
                target = folder / f"{name}.csv"
                if target.is_file():
                    os.replace(target, backup / target.name)
                placed.append(name)
                os.replace(staging / target.name, target)
        except OSError as err:
            for name in placed:  # put the previous set back as it was
                target = folder / f"{name}.csv"
                if not (staging / target.name).exists() and target.is_file():
                    os.remove(target)
                if (backup / target.name).exists():
                    os.replace(backup / target.name, target)
            raise TablesNotWritten(f"OUTPUT_DIR: the tables could not be written to {str(folder)!r} ({err}); the "
                                   f"previous set in {str(folder)!r} is unchanged.") from err
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        shutil.rmtree(backup, ignore_errors=True)
    return [folder / f"{name}.csv" for name in texts]


TABLE_NAMES = ("mentions", "entities", "figures", "dates", "quotes", "corrections")


def build_tables(doc: Doc, reference: dt.date | None, periods: dict[str, str]) -> dict[str, pd.DataFrame]:
    """The six tables of one read article, keyed by name (TABLE_NAMES), their offsets checked."""
    mentions = mention_table(doc)
    tables = {"mentions": mentions, "entities": entity_table(mentions), "figures": figure_table(doc),
              "dates": date_table(doc, reference, periods), "quotes": quote_table(doc),
              "corrections": correction_table(doc)}
    check_offsets(doc.user_data.get("article", doc.text), tables)
    return tables


def check_offsets(text: str, tables: dict[str, pd.DataFrame]) -> None:
    """Our own invariant: every offset points at the text it claims to, and every figure at the sentence it came
    from (`text[start:end] == text` column). An AssertionError here is a bug in this package, not in the article."""
    columns = {"mentions": "text", "dates": "text", "figures": "text", "quotes": "quote"}
    for name, column in columns.items():
        table = tables[name]
        wrong = [t for s, e, t in zip(table["start"], table["end"], table[column]) if text[s:e] != t]
        assert not wrong, f"{name}: offsets that do not point at their text: {wrong[:3]}"
    figures = tables["figures"]
    assert all(t in c for t, c in zip(figures["text"], figures["claim"])), "a figure outside its claim"


def shares_of_whole(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures that are percentages of a whole ('40% of group sales'), not changes, levels or other units."""
    if figures.empty:
        return figures
    return figures[(figures["measure"] == "share") & (figures["unit"] == "percent")]


def figures_by_source(figures: pd.DataFrame) -> pd.DataFrame:
    """The figures grouped by the source the article gives for them ('(no source given)' for the rest), in order of
    first appearance: source, figures (count), stated (their texts), measuring (their objects)."""
    if figures.empty:
        return pd.DataFrame(columns=["source", "figures", "stated", "measuring"])
    return (figures.assign(source=figures["source"].replace("", "(no source given)"))
            .groupby("source", sort=False)
            .agg(figures=("text", "size"), stated=("text", " | ".join), measuring=("object", " | ".join))
            .reset_index())


def cooccurrence(mentions: pd.DataFrame, entities: pd.DataFrame, top: int = 12) -> pd.DataFrame:
    """Sentences shared by each pair of the `top` most-mentioned entities (a symmetric matrix, diagonal 0)."""
    names = entities.sort_values("mentions", ascending=False, kind="stable")["entity"].head(top).tolist()
    if len(names) < 2:
        return pd.DataFrame(0, index=names, columns=names)
    present = mentions[mentions["entity"].isin(names)].drop_duplicates(["sentence", "entity"])
    onehot = pd.crosstab(present["sentence"], present["entity"]).reindex(columns=names, fill_value=0)
    matrix = onehot.T @ onehot
    for name in names:
        matrix.loc[name, name] = 0
    return matrix


def correction_counts(corrections: pd.DataFrame, mentions: pd.DataFrame) -> dict[str, int]:
    """How many mentions the model tagged, and how many of them the rules relabelled, set aside as no name, or added
    where the model missed them (from the corrections table)."""
    times, model, label = corrections["times"], corrections["model_label"], corrections["label"]
    missed = int(times[model == "(none)"].sum())
    dropped = int(times[label == "(none)"].sum())
    relabelled = int(times[(model != label) & (model != "(none)") & (label != "(none)")].sum())
    return {"tagged": len(mentions) - missed + dropped, "relabelled": relabelled, "set aside": dropped, "added": missed,
            "mentions": len(mentions)}


@dataclass
class Reading:
    """One article read: its Doc, its tables (TABLE_NAMES), and the reference date used, with where it came from."""

    doc: Doc
    tables: dict[str, pd.DataFrame]
    reference_date: dt.date | None
    reference_origin: str


def read(nlp: Language, text: str, chunk_chars: int, reference_date: dt.date | None = None,
         periods: dict[str, str] | None = None, origin: str = "given as REFERENCE_DATE") -> Reading:
    """Read `text` with a pipeline built by newsfacts.pipeline.build_pipeline: the Doc, the reference date (the one
    given, with its `origin`, else inferred from the article) and the tables, offsets checked."""
    doc = analyse(nlp, text, chunk_chars)
    reference, origin = choose_reference_date(reference_date, doc, origin)
    return Reading(doc, build_tables(doc, reference, periods or {}), reference, origin)


def number_tokens(doc: Doc, most: int = 12) -> pd.DataFrame:
    """The first `most` tokens that write a number, with the value the number_tagger gave them (Token._.num) and a
    glued scale ('1.2bn' -> 1.2 and 1e9): sentence, token, number, scale."""
    sent = sentence_index(doc)
    rows = [(sent(t.idx), as_written(doc[t.i:t.i + 1]), t._.num, t._.scale) for t in doc if t._.is_num][:most]
    return pd.DataFrame(rows, columns=["sentence", "token", "number", "scale"])
