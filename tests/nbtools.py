"""Helpers the tests share: read and run the notebook."""
from __future__ import annotations

import copy
import hashlib
import re
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "analysis.ipynb"
FIXTURES = ROOT / "tests" / "fixtures"


def read_notebook() -> nbformat.NotebookNode:
    return nbformat.read(NOTEBOOK, as_version=4)


def code_cells(nb) -> list:
    return [c for c in nb.cells if c.cell_type == "code"]


def with_parameters(nb, **params) -> nbformat.NotebookNode:
    """A copy of `nb` whose parameters cell sets `params` (same cells, so outputs stay comparable)."""
    nb = copy.deepcopy(nb)
    cell = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
    for name, value in params.items():
        line = f"{name} = {value!r}"
        cell.source, n = re.subn(rf"^{name} = .*$", line, cell.source, flags=re.M)
        assert n == 1, name
    return nb


def execute(nb, timeout: int = 900, record_timing: bool = False) -> nbformat.NotebookNode:
    """Execute `nb` top to bottom in a fresh kernel, with the repository as working folder (with `record_timing`,
    each cell's metadata keeps when the kernel started and finished it). Raises nbclient's CellExecutionError on
    the first failing cell."""
    nb = copy.deepcopy(nb)
    for cell in code_cells(nb):
        cell.outputs, cell.execution_count = [], None
    NotebookClient(nb, timeout=timeout, kernel_name="python3", record_timing=record_timing,
                   resources={"metadata": {"path": str(ROOT)}}).execute()
    return nb


def text_outputs(cell) -> list[str]:
    """The text a reader sees from a code cell, memory addresses normalised."""
    texts = []
    for out in cell.get("outputs", []):
        if out.output_type == "stream":
            texts.append(f"{out.name}:{out.text}")
        elif out.output_type in ("display_data", "execute_result"):
            for mime in ("text/plain", "text/markdown", "text/html"):
                if mime in out.data:
                    texts.append(f"{mime}:{out.data[mime]}")
        elif out.output_type == "error":
            texts.append(f"error:{out.ename}:{out.evalue}")
    return [re.sub(r"0x[0-9a-f]{6,}", "0x…", t) for t in texts]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def input_checksums() -> dict[str, str]:
    """Checksums of every input the notebook may read."""
    files = [ROOT / "data" / "article.txt", ROOT / "data" / "article.json", *sorted((ROOT / "data" / "reference").glob("*")),
             *sorted(FIXTURES.glob("*"))]
    return {str(p.relative_to(ROOT)): sha256(p) for p in files if p.is_file()}
