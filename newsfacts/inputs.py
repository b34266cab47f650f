"""Input checks: the article, the parameters and the folders, each checked before the model loads."""

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pandas as pd



class ParameterError(ValueError):
    """Raised when a parameter of this notebook points at unusable input; the message names it."""


def read_article(path: str, parameter: str = "ARTICLE_PATH") -> str:
    """Read the article at `path` as UTF-8 text, or explain why not, naming the `parameter` (or option) to change."""
    p = Path(path)
    if not p.exists():
        raise ParameterError(f"{parameter}: no file at {str(p)!r}. Set {parameter} to a plain-text article.")
    if not p.is_file():
        raise ParameterError(f"{parameter}: {str(p)!r} is a folder, not a file. Set {parameter} to a plain-text article.")
    raw = p.read_bytes()
    if b"\x00" in raw:
        raise ParameterError(f"{parameter}: {str(p)!r} is a binary file (it contains NUL bytes), not UTF-8 text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParameterError(
            f"{parameter}: {str(p)!r} is not valid UTF-8 (byte {err.start} is 0x{raw[err.start]:02x}). "
            "Re-save the article as UTF-8 text."
        ) from None
    if not text.strip():
        raise ParameterError(f"{parameter}: {str(p)!r} is empty (only whitespace). Point {parameter} at an article with text.")
    if re.search(r"<\s*(html|body|p|div|head|!doctype)\b", text[:5000], flags=re.I):
        raise ParameterError(
            f"{parameter}: {str(p)!r} looks like HTML, not plain text. Save the article's text "
            f"(for example with your browser's reader view) and point {parameter} at that."
        )
    return text


def check_reference_date(value: str | None, parameter: str = "REFERENCE_DATE") -> dt.date | None:
    """Turn the REFERENCE_DATE parameter (ISO `YYYY-MM-DD` or None) into a date."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ParameterError(f"{parameter}: {value!r} is not an ISO date such as 2024-01-31 (or None to infer it).") from None


def check_output_dir(output_dir: str, article_path: str, reference_dir: str) -> Path:
    """Make sure OUTPUT_DIR is a folder we may write to, and that writing there cannot touch the inputs."""
    out = Path(output_dir)
    if out.exists() and not out.is_dir():
        raise ParameterError(f"OUTPUT_DIR: {output_dir!r} is a file, not a folder. Choose a folder for the tables.")
    protected = {Path(article_path).resolve().parent, Path(reference_dir).resolve()}
    if out.resolve() in protected:
        raise ParameterError(
            f"OUTPUT_DIR: {output_dir!r} is the folder that holds the inputs; tables written there could "
            "overwrite them. Choose another folder, such as data/processed."
        )
    return out


REFERENCE_TABLES = {  # file name (without .csv) -> the columns the package reads
    "country_aliases": ["country", "alias", "source"],
    "named_periods": ["period", "start", "end", "source"],
    "import_reliance": ["commodity", "keywords", "usgs_name", "measure", "short_label", "year", "value", "publication",
                        "source", "note"],
    "context_events": ["event", "start", "end", "article_sha256", "source"],
    "attributions": ["article_sha256", "commodity", "article_source", "upstream_source", "source"],
}


def read_metadata(article_path: str) -> dict:
    """The metadata file beside the article (`article.json` for `article.txt`), or {} when there is none."""
    path = Path(article_path).with_suffix(".json")
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def check_checksum(article_path: str, metadata: dict) -> str:
    """The article's SHA-256, compared with the one its metadata records (when it records one)."""
    sha256 = hashlib.sha256(Path(article_path).read_bytes()).hexdigest()
    if "sha256" in metadata:
        assert metadata["sha256"] == sha256, (
            f"ARTICLE_PATH: the article's SHA-256 {sha256} differs from the one in "
            f"{Path(article_path).with_suffix('.json')}; the text has changed since its metadata was written."
        )
    return sha256


def read_reference(reference_dir: str, parameter: str = "REFERENCE_DIR") -> dict[str, pd.DataFrame]:
    """The reference tables in REFERENCE_DIR, as text (no value is guessed into a number or a missing value), each
    checked to be there with the columns the package reads."""
    folder = Path(reference_dir)
    if not folder.is_dir():
        raise ParameterError(f"{parameter}: {reference_dir!r} is not a folder. Point {parameter} at the folder of "
                             f"reference tables ({', '.join(f'{n}.csv' for n in REFERENCE_TABLES)}), such as data/reference.")
    tables = {}
    for name, columns in REFERENCE_TABLES.items():
        path = folder / f"{name}.csv"
        if not path.is_file():
            raise ParameterError(f"{parameter}: {reference_dir!r} has no {name}.csv; it needs one with the columns "
                                 f"{', '.join(columns)}.")
        table = pd.read_csv(path, dtype=str, keep_default_na=False)
        missing = [c for c in columns if c not in table.columns]
        if missing:
            raise ParameterError(f"{parameter}: {path} lacks the column(s) {', '.join(missing)}; its header must "
                                 f"name {', '.join(columns)}.")
        tables[name] = table
    return tables
