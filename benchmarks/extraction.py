"""Precision and recall of the notebook's tables on the fixture articles (tests/fixtures), run through the notebook.

Each fixture is a short article written for this project with a hand-made expected table. The notebook runs on
each one through papermill, exactly as an analyst would run it, and its CSV tables are scored with
tests/evaluation.py. Run: .venv/bin/python benchmarks/extraction.py [--heldout]

--heldout scores tests/heldout instead: articles written after the rules were tuned on tests/fixtures, never used
to tune them, so their scores estimate performance on unseen articles.
"""
import sys
import tempfile
from pathlib import Path

import pandas as pd
import papermill

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import evaluation  # noqa: E402


def tables_for(article: Path, folder: Path) -> dict:
    name = article.stem
    papermill.execute_notebook(str(ROOT / "analysis.ipynb"), str(folder / f"{name}.ipynb"), cwd=str(ROOT),
                               parameters={"ARTICLE_PATH": str(article), "OUTPUT_DIR": str(folder / name)},
                               kernel_name="python3", progress_bar=False, log_output=False)
    read = lambda t: pd.read_csv(folder / name / f"{t}.csv", dtype={"text": str, "iso": str, "object": str, "source": str, "measure": str},
                                 keep_default_na=False, na_values={"value": [""], "value_high": [""]})
    return {t: read(t) for t in ("figures", "entities", "dates", "quotes")}


def main() -> None:
    folder = evaluation.HELDOUT if "--heldout" in sys.argv else evaluation.FIXTURES
    names = evaluation.fixture_names(folder)
    totals: dict[str, list[int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in names:
            for key, counts in evaluation.score(name, tables_for(folder / f"{name}.txt", Path(tmp)), folder).items():
                totals.setdefault(key, [0, 0, 0])
                totals[key] = [a + b for a, b in zip(totals[key], counts)]
    print(f"{len(names)} articles in {folder.relative_to(ROOT)}, "
          f"{sum(len(evaluation.expected(n, folder)['figures']) for n in names)} expected figures\n")
    print(f"{'table':<28}{'expected':>9}{'found':>7}{'right':>7}{'precision':>11}{'recall':>8}{'F1':>7}")
    for key, (tp, n_got, n_want) in totals.items():
        p, r, f = evaluation.prf(tp, n_got, n_want)
        print(f"{key:<28}{n_want:>9}{n_got:>7}{tp:>7}{p:>11.2f}{r:>8.2f}{f:>7.2f}")


if __name__ == "__main__":
    main()
