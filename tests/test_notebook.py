"""The committed notebook is exactly what a fresh top-to-bottom run produces, and reads as the README says."""
import json
import re

import nbformat
import pytest

import nbtools

PROBE = """
import json as _json
from newsfacts.charts import DRAWN as _DRAWN
print(_json.dumps([{
    "titles": [fig.get_suptitle()] if fig.get_suptitle() else [],
    "xlabels": [ax.get_xlabel() for ax in fig.axes if ax.get_xlabel()],
    "ylabels": [ax.get_ylabel() for ax in fig.axes if ax.get_ylabel()],
    "sources": [t.get_text() for t in fig.texts if t.get_text().startswith("Source:")],
} for fig in _DRAWN]))
print(_json.dumps({"guarded": socket.socket.connect.__name__}))
"""

GUARD = """
import socket
_connect = socket.socket.connect
def guarded_connect(self, address):
    if isinstance(address, tuple) and address[0] not in ("127.0.0.1", "::1", "localhost"):
        raise OSError(f"network access during the run: {address}")
    return _connect(self, address)
socket.socket.connect = guarded_connect
_getaddrinfo = socket.getaddrinfo
def guarded_getaddrinfo(host, *args, **kwargs):
    if host not in ("127.0.0.1", "::1", "localhost", None):
        raise OSError(f"name lookup during the run: {host}")
    return _getaddrinfo(host, *args, **kwargs)
socket.getaddrinfo = guarded_getaddrinfo
"""


@pytest.fixture(scope="module")
def committed():
    return nbtools.read_notebook()


@pytest.fixture(scope="module")
def fresh_run(committed, tmp_path_factory):
    """One fresh run of the committed notebook, tables to a temporary folder, with a probe cell appended that reports
    every chart's labels, and the network guarded (any connection off this machine, or name lookup, is an error)."""
    out = tmp_path_factory.mktemp("fresh")
    before = nbtools.input_checksums()
    nb = nbtools.with_parameters(committed, OUTPUT_DIR=str(out))
    nb.cells.insert(0, nbformat.v4.new_code_cell(GUARD))
    nb.cells.append(nbformat.v4.new_code_cell(PROBE))
    executed = nbtools.execute(nb)
    executed.cells.pop(0)
    probe = executed.cells.pop()
    charts, guard = [json.loads(line) for line in probe.outputs[0].text.strip().splitlines()]
    return {"nb": executed, "out": out, "charts": charts, "guard": guard, "before": before, "after": nbtools.input_checksums()}


def test_committed_outputs_equal_a_fresh_run(committed, fresh_run):
    old, new = nbtools.code_cells(committed), nbtools.code_cells(fresh_run["nb"])
    assert len(old) == len(new)
    for i, (a, b) in enumerate(zip(old, new), 1):
        assert nbtools.text_outputs(a) == nbtools.text_outputs(b), f"code cell {i} differs: the committed notebook is stale"
        pngs = lambda c: sum("image/png" in o.get("data", {}) for o in c.get("outputs", []))
        assert pngs(a) == pngs(b), f"code cell {i} draws a different number of charts"


def test_committed_notebook_is_a_clean_top_to_bottom_run(committed):
    code = nbtools.code_cells(committed)
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1))
    for c in code:
        for o in c.outputs:
            assert o.output_type != "error"
            assert not (o.output_type == "stream" and o.name == "stderr"), o.text
            assert "Warning" not in o.get("text", "")
        assert "execution" not in c.metadata, "timing metadata"
        assert c.source.strip(), "empty code cell"
    assert committed.cells[-1].source.strip(), "empty trailing cell"
    tagged = [c for c in code if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1


def test_notebook_reads_as_a_narrative(committed):
    kinds = [c.cell_type for c in committed.cells]
    assert kinds.count("markdown") >= kinds.count("code")
    run = 0
    for kind in kinds:
        run = run + 1 if kind == "code" else 0
        assert run <= 3, "more than three code cells without prose between them"
    assert nbtools.NOTEBOOK.stat().st_size < 3_000_000


def test_only_the_parameters_cell_names_a_path(committed):
    for cell in nbtools.code_cells(committed):
        if "parameters" not in cell.metadata.get("tags", []):
            assert not re.search(r"[\"'](?:data|tests|\.\.)/", cell.source), cell.source[:200]


def test_every_chart_is_titled_labelled_and_sourced(fresh_run):
    charts = fresh_run["charts"]
    images = sum("image/png" in o.get("data", {}) for c in nbtools.code_cells(fresh_run["nb"]) for o in c.outputs)
    assert len(charts) == images >= 6
    for chart in charts:
        assert chart["titles"] and all(len(t) > 20 for t in chart["titles"]), chart
        assert chart["xlabels"] and chart["ylabels"], chart
        assert len(chart["sources"]) == 1 and len(chart["sources"][0]) > len("Source: "), chart


def test_tables_are_byte_identical_across_runs_and_to_the_committed_ones(fresh_run, tmp_path):
    second = nbtools.execute(nbtools.with_parameters(nbtools.read_notebook(), OUTPUT_DIR=str(tmp_path)))
    assert second is not None
    first = {p.name: p.read_bytes() for p in sorted(fresh_run["out"].glob("*.csv"))}
    again = {p.name: p.read_bytes() for p in sorted(tmp_path.glob("*.csv"))}
    committed = {p.name: p.read_bytes() for p in sorted((nbtools.ROOT / "data" / "processed").glob("*.csv"))}
    assert set(first) == {"mentions.csv", "entities.csv", "figures.csv", "dates.csv", "quotes.csv", "corrections.csv"}
    assert first == again == committed
    assert not list(tmp_path.glob(".*.tmp")), "temporary files left behind"


def test_inputs_are_never_modified(fresh_run):
    assert fresh_run["before"] == fresh_run["after"]
    assert nbtools.sha256(nbtools.ROOT / "data" / "article.txt") == "7ab638a3d07b54d24749854b489461fdcd64ec62dbb2c7839aac76ed8a91b342"


def test_the_run_needs_no_network(fresh_run):
    assert fresh_run["guard"] == {"guarded": "guarded_connect"}
    errors = [o for c in fresh_run["nb"].cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors


def test_readme_findings_appear_in_the_rendered_notebook(committed):
    readme = (nbtools.ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^## Key findings\n(.*?)(?=^## )", readme, flags=re.S | re.M).group(1)
    rendered = "\n".join(t for c in nbtools.code_cells(committed) for t in nbtools.text_outputs(c))
    numbers = re.findall(r"\d[\d,.]*\d%?|\d%?", section)
    assert len(numbers) >= 8
    for number in numbers:
        assert number in rendered, f"README finding {number!r} is not in the notebook's outputs"


def test_the_notebook_is_the_analysis_and_the_engine_lives_in_the_package(committed):
    """At most 300 lines of code in all and 20 in a cell, and the first chart in the first third of the rendered
    notebook (nbconvert's Markdown export), by lines and by characters."""
    from nbconvert import MarkdownExporter

    lines = [len(c.source.strip().splitlines()) for c in nbtools.code_cells(committed)]
    assert sum(lines) <= 300 and max(lines) <= 20, (sum(lines), max(lines))
    text, _ = MarkdownExporter().from_notebook_node(committed)
    first = text.index("![png]")
    assert first < len(text) / 3
    assert text[:first].count("\n") < text.count("\n") / 3
    assert not any("definitions" in c.metadata.get("tags", []) for c in committed.cells)


def test_no_output_shows_an_object_repr_as_its_text(committed):
    """Viewers that show only text (GitLab and others) see the sentence, the table or the chart's title, never
    '<IPython.core.display.Markdown object>' or '<Figure size ...>'."""
    plain = [o.data["text/plain"] for c in nbtools.code_cells(committed) for o in c.outputs
             if o.output_type in ("display_data", "execute_result") and "text/plain" in o.data]
    assert len(plain) > 20
    reprs = [t for t in plain if re.fullmatch(r"<[\w.]+ (?:object|size)[^>]*>", t.strip())]
    assert not reprs, reprs
    charts = [t for t in plain if t.startswith("Chart: ")]
    assert len(charts) >= 6 and all("Source: " in t for t in charts)
    prose = [o for c in nbtools.code_cells(committed) for o in c.outputs if "text/markdown" in o.get("data", {})]
    assert prose and all({"text/html", "text/plain"} <= set(o.data) for o in prose)
