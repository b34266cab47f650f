"""For each name-correction rule, how often it mends a name the model had wrong and how often it spoils one the model
had right, on every article with an expected table (tests/fixtures and tests/heldout). A rule that drops a name
mends when the model's name was not expected and spoils when it was.

A correction is a row of the corrections table: a mention, the model's label, the notebook's label, the entity it
was given and the rule that fired. Against the expected entities, a correction *mends* when the model's reading
(the mention as written, the model's label) is not expected and the notebook's (entity, label) is; it *spoils* when
the model's reading is expected and the notebook's is not. Rules that only rename or relabel nothing are counted as
neither. The accuracy issue asks that no rule spoil more than it mends.

    .venv/bin/python benchmarks/rule_counts.py            # add --spoils to list each name spoiled, with its article
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import evaluation  # noqa: E402

from newsfacts import dates, inputs, pipeline, tables  # noqa: E402


def key(name: str, label: str) -> tuple[str, str]:
    return evaluation._norm(name).replace(".", ""), label


def rule_kind(rule: str) -> str:
    """A rule's text without the names it mentions: 'surname of Ann Lee, named in ...' -> 'surname of …, named in ...'."""
    rule = re.sub(r"'[^']*'", "'…'", rule)
    return re.sub(r"\b(of|as another mention of|short name of|acronym of|first word of|last word of|capitalised form of"
                  r"|country alias of|label vote among the mentions of)\s+[A-Z][^:,(]*", r"\1 …", rule)


def main() -> None:
    nlp = pipeline.build_pipeline(pipeline.load_model(pipeline.DEFAULT_MODELS), str(ROOT / "data" / "reference"))
    periods = dates.named_periods(inputs.read_reference(str(ROOT / "data" / "reference"))["named_periods"])
    mended, spoiled, fired = Counter(), Counter(), Counter()
    for folder in (evaluation.FIXTURES, evaluation.HELDOUT):
        for name in evaluation.fixture_names(folder):
            wanted = {key(e, label) for e, label in evaluation.expected(name, folder)["entities"]}
            text = (folder / f"{name}.txt").read_text(encoding="utf-8")
            corrections = tables.read(nlp, text, 20000, None, periods).tables["corrections"]
            for row in corrections.itertuples():
                kind = rule_kind(row.rule)
                fired[kind] += 1
                before = key(row.text, row.model_label) in wanted
                removed = row.label == "(none)"  # a rule that says the model's name is none: right when it was wrong
                after = (not before) if removed else key(row.entity, row.label) in wanted
                if after and not before:
                    mended[kind] += 1
                elif before and not after:
                    spoiled[kind] += 1
                    if "--spoils" in sys.argv:  # where: the article, the name as written and what the rule made of it
                        print(f"spoiled in {name}: {row.text!r} ({row.model_label}) -> {row.entity!r} ({row.label}), {row.rule}")
    print(f"{'rule':<100}{'fired':>7}{'mended':>8}{'spoiled':>9}")
    for kind, count in fired.most_common():
        print(f"{kind[:99]:<100}{count:>7}{mended[kind]:>8}{spoiled[kind]:>9}")
    print(f"\n{'all rules':<100}{sum(fired.values()):>7}{sum(mended.values()):>8}{sum(spoiled.values()):>9}")
    worse = [k for k in fired if spoiled[k] > mended[k]]
    print("rules that spoil more than they mend:", worse or "none")


if __name__ == "__main__":
    main()
