"""What a run costs, against the floor of what any such notebook must do.

1. The notebook: (a) a fresh top-to-bottom execution of analysis.ipynb; (b) the floor: a one-cell notebook that
   imports spaCy, pandas and matplotlib, loads the same model, parses the article, and draws the same number of
   charts, of the same sizes, through the house style (plain bar charts, shown as PNG as the notebook shows its
   own). Pairs run alternately, in fresh kernels; target: median (a)/(b) <= 1.15.
2. The command line on 200 articles (the fixture articles, repeated), `--processes 2`, against plain
   `nlp.pipe(texts, n_process=2)` on the same texts with the same model, each a fresh Python process from start to
   end (imports, model, reading the files); target: at least 0.7 of plain spaCy's words per second.
3. One long article (~50,000 words) read by the package in one process, against plain `nlp.pipe` on the same pieces,
   at a quarter, half and all of its length, to show how time grows (each the best of three alternating runs).

Run: .venv/bin/python benchmarks/run_time.py [pairs]   (default 5 pairs)
"""
import base64
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import nbtools  # noqa: E402

from newsfacts import pipeline  # noqa: E402

FLOOR = """
import matplotlib.pyplot as plt
import pandas as pd
import spacy
from IPython.display import display
from newsfacts import charts
for name in MODEL_NAMES:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
doc = nlp(open(ARTICLE_PATH, encoding="utf-8").read())
for width, height in SIZES:
    fig, ax = charts.subplots(figsize=(width, height))
    ax.barh(range(5), range(1, 6))
    charts.house_style(fig, ax, "A plain bar chart, titled as the notebook's are", "value", "item", "the benchmark")
    display(charts.Chart(fig))
len(doc)
"""

PLAIN = """
import sys, time, spacy
from pathlib import Path
start = time.perf_counter()
nlp = spacy.load(sys.argv[1])
texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[2]).glob("*.txt"))]
docs = list(nlp.pipe(texts, n_process=2))
print(sum(len(d) for d in docs))
"""


def png_size(data: str) -> tuple[float, float]:
    """A PNG's width and height in inches at the notebook's 96 dpi."""
    width, height = struct.unpack(">II", base64.b64decode(data)[16:24])
    return width / 96, height / 96


def timed(nb) -> tuple[float, nbformat.NotebookNode]:
    """Seconds to execute `nb` in a fresh kernel, the way the tests do (tests/nbtools.execute), and the run."""
    start = time.perf_counter()
    ran = nbtools.execute(nb)
    return time.perf_counter() - start, ran


def notebook_pairs(pairs: int) -> None:
    committed = nbtools.read_notebook()
    sizes = [png_size(o.data["image/png"]) for c in nbtools.code_cells(committed) for o in c.outputs
             if "image/png" in o.get("data", {})]
    params = next(c for c in committed.cells if "parameters" in c.metadata.get("tags", []))
    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(params.source),
                                            nbformat.v4.new_code_cell(f"SIZES = {sizes!r}\n" + FLOOR)])
    floor.metadata = committed.metadata
    runs: dict[str, list[float]] = {"notebook": [], "floor": []}
    with tempfile.TemporaryDirectory() as tmp:
        full = nbtools.with_parameters(committed, OUTPUT_DIR=tmp)
        for i in range(pairs):
            for name, nb in (("notebook", full), ("floor", floor)):
                runs[name].append(timed(nb)[0])
            a, b = runs["notebook"][-1], runs["floor"][-1]
            print(f"pair {i + 1}: notebook {a:6.2f} s   floor ({len(sizes)} charts) {b:6.2f} s   ratio {a / b:4.2f}")
    ratios = [a / b for a, b in zip(runs["notebook"], runs["floor"])]
    print(f"median: notebook {statistics.median(runs['notebook']):.2f} s, floor {statistics.median(runs['floor']):.2f} s, "
          f"ratio {statistics.median(ratios):.2f} (target <= 1.15)\n")


def command_line(articles: int = 200) -> None:
    sources = sorted(nbtools.FIXTURES.glob("*.txt"))
    model = next(name for name in pipeline.DEFAULT_MODELS if _installed(name))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for k in range(articles):
            source = sources[k % len(sources)]
            (folder / f"{k:03d}_{source.name}").write_bytes(source.read_bytes())
        words = sum(len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt"))
        ours, plain = [], []
        for _ in range(3):  # alternate; each side's best of three (the machine is shared)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-m", "newsfacts.cli", "extract", str(folder), "--out", str(Path(tmp) / "out"),
                            "--processes", "2", "--model", model], check=True, cwd=ROOT, capture_output=True)
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", PLAIN, model, str(folder)], check=True, capture_output=True)
            plain.append(time.perf_counter() - start)
        a, b = min(ours), min(plain)
        print(f"command line, {articles} articles ({words:,} words), 2 processes: newsfacts extract {a:.2f} s "
              f"({words / a:,.0f} words/s), plain nlp.pipe {b:.2f} s ({words / b:,.0f} words/s), ratio {b / a:.2f} "
              f"(target >= 0.7)\n")


def _installed(name: str) -> bool:
    import spacy.util
    return spacy.util.is_package(name)


def long_article() -> None:
    from newsfacts import pipeline as p
    nlp = p.build_pipeline(p.load_model(p.DEFAULT_MODELS), str(ROOT / "data" / "reference"))
    plain = p.load_model(p.DEFAULT_MODELS)
    block = "\n\n".join(f.read_text(encoding="utf-8") for f in sorted(nbtools.FIXTURES.glob("*.txt")))
    full = "\n\n".join([block] * (50_000 // len(block.split()) + 1))
    nlp(block), plain(block)  # warm up both
    print(f"{'words':>8}{'package s':>12}{'plain s':>10}{'package w/s':>14}{'plain w/s':>11}{'ratio':>7}")
    for share in (0.25, 0.5, 1.0):
        text = full[: int(len(full) * share)]
        text = text[: text.rfind("\n") + 1]
        words = len(text.split())
        ours_runs, base_runs = [], []
        for _ in range(3):  # alternate, and keep each side's best of three: the machine is shared
            start = time.perf_counter()
            doc = p.analyse(nlp, text, 20000)
            ours_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            docs = list(plain.pipe(p.chunks(text, 20000), batch_size=4))
            base_runs.append(time.perf_counter() - start)
        ours, base = min(ours_runs), min(base_runs)
        assert len(doc) == sum(len(d) for d in docs)
        print(f"{words:>8}{ours:>12.2f}{base:>10.2f}{words / ours:>14.0f}{words / base:>11.0f}{base / ours:>7.2f}")
    print("target: ratio (package words per second / plain spaCy's) >= 0.7 at 50,000 words")


if __name__ == "__main__":
    notebook_pairs(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
    command_line()
    long_article()
