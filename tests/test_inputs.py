"""Bad input gets a clear message naming the parameter to change; other articles render every section."""
import papermill
import pytest

import nbtools


def run(tmp_path, **params):
    """Run the notebook through papermill with `params`; tables go to tmp_path/out unless OUTPUT_DIR is given."""
    params.setdefault("OUTPUT_DIR", str(tmp_path / "out"))
    return papermill.execute_notebook(str(nbtools.NOTEBOOK), str(tmp_path / "run.ipynb"), parameters=params,
                                      cwd=str(nbtools.ROOT), kernel_name="python3", progress_bar=False, log_output=False)


def failure(tmp_path, **params) -> str:
    """The error a run stops with, as 'Name: message'."""
    with pytest.raises(papermill.PapermillExecutionError) as info:
        run(tmp_path, **params)
    return f"{info.value.ename}: {info.value.evalue}"


def test_missing_article(tmp_path):
    message = failure(tmp_path, ARTICLE_PATH=str(tmp_path / "nowhere.txt"))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "nowhere.txt" in message


@pytest.mark.parametrize("content", [b"", b"  \n\t \n"])
def test_empty_article(tmp_path, content):
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "empty" in message


def test_binary_article(tmp_path):
    path = tmp_path / "image.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "binary" in message


def test_non_utf8_article(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Prices rose 5% in Zürich, the bank said.".encode("cp1252"))
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "UTF-8" in message


def test_html_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<!DOCTYPE html><html><body><p>Prices rose 5%, the bank said.</p></body></html>", encoding="utf-8")
    message = failure(tmp_path, ARTICLE_PATH=str(path))
    assert message.startswith("ParameterError: ARTICLE_PATH") and "HTML" in message


@pytest.mark.parametrize("value", ["yesterday", "2025-13-40", "20/03/2025"])
def test_bad_reference_date(tmp_path, value):
    message = failure(tmp_path, REFERENCE_DATE=value)
    assert message.startswith("ParameterError: REFERENCE_DATE") and value in message


def test_output_dir_that_is_a_file(tmp_path):
    path = tmp_path / "taken"
    path.write_text("not a folder")
    message = failure(tmp_path, OUTPUT_DIR=str(path))
    assert message.startswith("ParameterError: OUTPUT_DIR") and "is a file" in message


@pytest.mark.parametrize("folder", ["data", "data/reference"])
def test_output_dir_over_the_inputs(tmp_path, folder):
    before = nbtools.input_checksums()
    message = failure(tmp_path, OUTPUT_DIR=folder)
    assert message.startswith("ParameterError: OUTPUT_DIR") and "overwrite" in message
    assert nbtools.input_checksums() == before


def rendered(nb) -> str:
    return "\n".join(t for c in nbtools.code_cells(nb) for t in nbtools.text_outputs(c))


def test_article_with_no_figures_dates_or_quotes_renders_every_section(tmp_path):
    nb = run(tmp_path, ARTICLE_PATH="tests/fixtures/no_figures.txt")
    text = rendered(nb)
    assert "The article states no figures" in text
    assert "The article quotes nobody directly" in text
    assert "None of the article's shares names a commodity" in text
    assert not any(o.output_type == "error" for c in nbtools.code_cells(nb) for o in c.outputs)
    assert (tmp_path / "out" / "figures.csv").read_text().startswith("sentence,start,end,text,value")


@pytest.mark.parametrize("text", ["Prices rose.", 'BIG NEWS TODAY\n\n"An open quote that never closes.\nIt said 100% of 0 things.'])
def test_tiny_and_odd_articles_render(tmp_path, text):
    """No names at all, or a headline in capitals and an unbalanced quotation mark: every section still renders."""
    path = tmp_path / "odd.txt"
    path.write_text(text, encoding="utf-8")
    nb = run(tmp_path, ARTICLE_PATH=str(path))
    assert not any(o.output_type == "error" for c in nbtools.code_cells(nb) for o in c.outputs)
    assert not any(o.output_type == "stream" and o.name == "stderr" for c in nbtools.code_cells(nb) for o in c.outputs)
    assert "No two entities share a sentence" in rendered(nb)


def test_article_with_money_and_counts_gets_its_own_chart(tmp_path):
    nb = run(tmp_path, ARTICLE_PATH="tests/fixtures/wire_oil.txt", REFERENCE_DATE="1987-06-03")
    text = rendered(nb)
    assert "The article states no amounts" not in text  # so the money-and-quantity chart was drawn
    images = sum("image/png" in o.get("data", {}) for c in nbtools.code_cells(nb) for o in c.outputs)
    assert images >= 7
    dates = (tmp_path / "out" / "dates.csv").read_text()
    assert "next year,relative,,1988,1987-06-03" in dates
    figures = (tmp_path / "out" / "figures.csv").read_text()
    assert ",450000000,,CAD," in figures


def test_long_article_completes_with_progress(tmp_path):
    """About 50,000 words, parsed in pieces with nlp.pipe, with progress printed."""
    pieces = [p.read_text(encoding="utf-8") for p in sorted(nbtools.FIXTURES.glob("*.txt"))]
    block = "\n\n".join(pieces)
    copies = 50_000 // len(block.split()) + 1
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join([block] * copies), encoding="utf-8")
    assert len(path.read_text().split()) >= 50_000
    nb = run(tmp_path, ARTICLE_PATH=str(path))
    assert "parsed" in rendered(nb) and "pieces" in rendered(nb)
    figures = (tmp_path / "out" / "figures.csv").read_text(encoding="utf-8").splitlines()
    assert len(figures) - 1 >= copies * 40  # every copy's figures are found (the fixtures hold 47)
