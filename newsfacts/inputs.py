"""Input checks: the article, the parameters and the folders, each checked before the model loads."""

import datetime as dt
import hashlib
import json
import re
from pathlib import Path

import pandas as pd



class ParameterError(ValueError):
    """Raised when a parameter of this notebook points at unusable input; the message names it."""


def read_article(path: str) -> str:
    """Read the article at `path` (the ARTICLE_PATH parameter) as UTF-8 text, or explain why not."""
    p = Path(path)
    if not p.exists():
        raise ParameterError(f"ARTICLE_PATH: no file at {str(p)!r}. Set ARTICLE_PATH to a plain-text article.")
    if not p.is_file():
        raise ParameterError(f"ARTICLE_PATH: {str(p)!r} is a folder, not a file. Set ARTICLE_PATH to a plain-text article.")
    raw = p.read_bytes()
    if b"\x00" in raw:
        raise ParameterError(f"ARTICLE_PATH: {str(p)!r} is a binary file (it contains NUL bytes), not UTF-8 text.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParameterError(
            f"ARTICLE_PATH: {str(p)!r} is not valid UTF-8 (byte {err.start} is 0x{raw[err.start]:02x}). "
            "Re-save the article as UTF-8 text."
        ) from None
    if not text.strip():
        raise ParameterError(f"ARTICLE_PATH: {str(p)!r} is empty (only whitespace). Point ARTICLE_PATH at an article with text.")
    if re.search(r"<\s*(html|body|p|div|head|!doctype)\b", text[:5000], flags=re.I):
        raise ParameterError(
            f"ARTICLE_PATH: {str(p)!r} looks like HTML, not plain text. Save the article's text "
            "(for example with your browser's reader view) and point ARTICLE_PATH at that."
        )
    return text


def check_reference_date(value: str | None) -> dt.date | None:
    """Turn the REFERENCE_DATE parameter (ISO `YYYY-MM-DD` or None) into a date."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ParameterError(f"REFERENCE_DATE: {value!r} is not an ISO date such as 2024-01-31 (or None to infer it).") from None


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


REFERENCE_TABLES = ("country_aliases", "named_periods", "import_reliance", "context_events", "attributions")


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


def read_reference(reference_dir: str) -> dict[str, pd.DataFrame]:
    """The reference tables in REFERENCE_DIR, as text (no value is guessed into a number or a missing value)."""
    return {name: pd.read_csv(Path(reference_dir) / f"{name}.csv", dtype=str, keep_default_na=False)
            for name in REFERENCE_TABLES if name != "country_aliases"}
