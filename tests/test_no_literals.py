"""No name, number or date from the article appears in the notebook's code: the extraction must find them."""
import re

import nbtools

ARTICLE_LITERALS = [
    "Trump", "Donald", "JPMorgan", "Defense Production", "DPA", "Korean", "Ukrain", "Canada", "China", "Chinese",
    "Beijing", "Pentagon", "White House", "Congress", "2025", "March 20", "80 percent", "approximately 80",
    "nearly half", "aluminum needs", "copper consumed", "key minerals", "rare earth",
]


def test_no_article_literal_in_code_cells():
    code = "\n".join(c.source for c in nbtools.code_cells(nbtools.read_notebook()))
    found = [lit for lit in ARTICLE_LITERALS if re.search(re.escape(lit), code, flags=re.I)]
    assert not found, found
    assert not re.search(r"(?<![\w.])80(?![\w.])", code), "the number 80 appears in the code"


def test_the_check_would_catch_a_literal():
    code = 'if ent.text == "Trump": label = "PERSON"'
    assert [lit for lit in ARTICLE_LITERALS if re.search(re.escape(lit), code, flags=re.I)] == ["Trump"]
