"""Per-article scores, and what turned wrong since a saved run: the check before each rule change.

Reads every article of tests/fixtures and tests/heldout with the package (as the notebook does, in one process),
scores it with tests/evaluation.py and lists, per article, each expected figure that is missed or not fully right
(with what differs) and each entity missed or extra.

    .venv/bin/python benchmarks/per_article.py --save before.json      # before a change
    .venv/bin/python benchmarks/per_article.py --against before.json   # after it: what turned wrong, what turned right
    .venv/bin/python benchmarks/per_article.py --only heldout/new_a heldout/new_b   # some articles, misses shown

A change is kept only when `--against` lists nothing that turned wrong.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
import evaluation  # noqa: E402

from newsfacts import dates, inputs, pipeline, tables  # noqa: E402


def articles(only: list[str]) -> list[tuple[str, Path]]:
    """(folder/name, folder) for every scored article, or for those named in `only`."""
    found = [(f"{folder.name}/{name}", folder) for folder in (evaluation.FIXTURES, evaluation.HELDOUT)
             for name in evaluation.fixture_names(folder)]
    return [a for a in found if not only or a[0] in only]


def outcomes(key: str, folder: Path, result: dict) -> dict[str, str]:
    """Each expected item of one article -> 'ok' or what is wrong with it; extra entities as 'extra'."""
    name = key.split("/", 1)[1]
    want = evaluation.expected(name, folder)
    got = result["figures"].to_dict("records")
    out = {}
    for w, g in evaluation.match_figures(want["figures"], got):
        label = f"figure {w['text']!r}"
        out[label] = "missed" if g is None else ("; ".join(evaluation.figure_problems(w, g)) or "ok")
    ents = set()
    if len(result["entities"]):
        ents = {(evaluation._norm(e).replace(".", ""), lab) for e, lab in zip(result["entities"]["entity"],
                                                                             result["entities"]["label"])}
    wanted = {(evaluation._norm(e).replace(".", ""), lab) for e, lab in want["entities"]}
    for e in wanted:
        out[f"entity {e}"] = "ok" if e in ents else "missed"
    for e in ents - wanted:
        out[f"entity {e}"] = "extra"
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save")
    parser.add_argument("--against")
    parser.add_argument("--only", nargs="*", default=[])
    args = parser.parse_args()
    nlp = pipeline.build_pipeline(pipeline.load_model(pipeline.DEFAULT_MODELS), str(ROOT / "data" / "reference"))
    periods = dates.named_periods(inputs.read_reference(str(ROOT / "data" / "reference"))["named_periods"])
    scores, items = {}, {}
    for key, folder in articles(args.only):
        name = key.split("/", 1)[1]
        text = (folder / f"{name}.txt").read_text(encoding="utf-8")
        result = tables.read(nlp, text, 20000, None, periods).tables
        scores[key] = evaluation.score(name, result, folder)
        items[key] = outcomes(key, folder, result)
    for key, counts in scores.items():
        print(key, "  ".join(f"{k} {c[0]}/{c[2]}" + (f" (+{c[1] - c[0]} extra)" if c[1] > c[0] and "fully" not in k else "")
                             for k, c in counts.items()))
        if args.only:
            for item, state in items[key].items():
                if state != "ok":
                    print("   ", item, "->", state)
    if args.save:
        Path(args.save).write_text(json.dumps({"scores": scores, "items": items}, indent=1))
    if args.against:
        before = json.loads(Path(args.against).read_text())["items"]
        worse, better = [], []
        for key, now in items.items():
            for item, state in now.items():
                was = before.get(key, {}).get(item)
                if was == "ok" and state != "ok" or was in (None, "missed") and state == "extra":  # a new extra name too
                    worse.append(f"{key} {item}: {was} -> {state}")
                elif was not in (None, "ok") and state == "ok" or (was == "extra" and state != "extra"):
                    better.append(f"{key} {item}: {was} -> {state}")
            for item in set(before.get(key, {})) - set(now):
                (better if before[key][item] == "extra" else worse).append(f"{key} {item}: {before[key][item]} -> gone")
        print(f"\nturned wrong: {len(worse)}")
        print("\n".join("  " + w for w in worse))
        print(f"turned right: {len(better)}")
        print("\n".join("  " + b for b in better))
        sys.exit(1 if worse else 0)
    print(f"\n{len(scores)} articles")


if __name__ == "__main__":
    main()
