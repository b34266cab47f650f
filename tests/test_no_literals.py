"""No name, number or date from the article appears in the code, the package's or the notebook's: the extraction
must find them."""
import re

import nbtools

ARTICLE_LITERALS = [
    "Trump", "Donald", "JPMorgan", "Defense Production", "DPA", "Korean", "Ukrain", "Canada", "China", "Chinese",
    "Beijing", "Pentagon", "White House", "Congress", "2025", "March 20", "80 percent", "approximately 80",
    "nearly half", "aluminum needs", "copper consumed", "key minerals", "rare earth",
]


def all_code() -> dict[str, str]:
    """Every piece of code: the notebook's code cells, and each module of the package."""
    code = {"analysis.ipynb": "\n".join(c.source for c in nbtools.code_cells(nbtools.read_notebook()))}
    for path in sorted((nbtools.ROOT / "newsfacts").rglob("*.py")):
        code[str(path.relative_to(nbtools.ROOT))] = path.read_text(encoding="utf-8")
    return code


def literals(code: str) -> list[str]:
    return [lit for lit in ARTICLE_LITERALS if re.search(re.escape(lit), code, flags=re.I)]


def test_no_article_literal_in_code():
    code = all_code()
    assert len(code) > 10
    found = {name: literals(text) for name, text in code.items() if literals(text)}
    assert not found, found
    eighty = [name for name, text in code.items() if re.search(r"(?<![\w.])80(?![\w.])", text)]
    assert not eighty, f"the number 80 appears in {eighty}"


def test_the_check_would_catch_a_literal():
    assert literals('if ent.text == "Trump": label = "PERSON"') == ["Trump"]
