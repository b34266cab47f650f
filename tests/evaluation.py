"""Compare the notebook's tables with the hand-made expected tables of a fixture article.

Shared by the tests and by benchmarks/extraction.py. A figure is *found* when a row has the expected text, value
(within 0.1% or 0.001) and unit; it is *fully right* when its qualifier, object and source match too, and, for a
percentage, whether it is a share, a change or a level (`measure`).
"""
from __future__ import annotations

import json
import math
import re
from pathlib import Path

FIXTURES = Path(__file__).resolve().parent / "fixtures"
HELDOUT = Path(__file__).resolve().parent / "heldout"
CURRENCY = re.compile(r"^[A-Z]{3}$")


def fixture_names(folder: Path = FIXTURES) -> list[str]:
    return sorted(p.name[: -len(".expected.json")] for p in folder.glob("*.expected.json"))


def expected(name: str, folder: Path = FIXTURES) -> dict:
    return json.loads((folder / f"{name}.expected.json").read_text(encoding="utf-8"))


def _close(a, b) -> bool:
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)) or (isinstance(b, float) and math.isnan(b)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and (b is None or (isinstance(b, float) and math.isnan(b)))
    return abs(float(a) - float(b)) <= max(1e-3, 1e-3 * abs(float(b)))


def _norm(text) -> str:
    text = "" if text is None or (isinstance(text, float) and math.isnan(text)) else str(text)
    return re.sub(r"\s+", " ", text).strip().casefold()


def figure_problems(want: dict, got: dict) -> list[str]:
    """What differs between an expected figure and a found one ([] when fully right)."""
    problems = []
    for key in ("value", "value_high"):
        if not _close(got.get(key), want.get(key)):
            problems.append(f"{key} {got.get(key)!r} != {want.get(key)!r}")
    for key in ("unit", "qualifier", "object", "source", "measure"):
        if key in want and _norm(got.get(key)) != _norm(want.get(key)):
            problems.append(f"{key} {got.get(key)!r} != {want.get(key)!r}")
    return problems


def match_figures(want: list[dict], got: list[dict]) -> list[tuple[dict, dict | None]]:
    """Pair expected with found figures by their text, in order."""
    pool = list(got)
    pairs = []
    for w in want:
        hit = next((g for g in pool if _norm(g["text"]) == _norm(w["text"]) and g["text"] == w["text"]), None)
        hit = hit or next((g for g in pool if _norm(g["text"]) == _norm(w["text"])), None)
        if hit is not None:
            pool.remove(hit)
        pairs.append((w, hit))
    return pairs


def prf(tp: int, n_got: int, n_want: int) -> tuple[float, float, float]:
    p = tp / n_got if n_got else 1.0
    r = tp / n_want if n_want else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(name: str, tables: dict, folder: Path = FIXTURES) -> dict:
    """Counts for one fixture: per table, (true positives, found, expected), and fully-right figures."""
    exp = expected(name, folder)
    got = tables["figures"].to_dict("records")
    out = {}
    for kind, test in (("share", lambda u: u == "percent"), ("money", lambda u: bool(CURRENCY.match(str(u)))),
                       ("other figures", lambda u: u != "percent" and not CURRENCY.match(str(u)))):
        want = [f for f in exp["figures"] if test(f["unit"])]
        found = [f for f in got if test(f["unit"])]
        pairs = match_figures(want, found)
        ok = [(w, g) for w, g in pairs if g is not None and _close(g["value"], w["value"]) and g["unit"] == w["unit"]]
        out[kind] = (len(ok), len(found), len(want))
        out[kind + " fully right"] = (sum(1 for w, g in ok if not figure_problems(w, g)), len(found), len(want))
    keys = tables["entities"].apply(lambda r: (_norm(r["entity"]).replace(".", ""), r["label"]), axis=1).tolist() if len(tables["entities"]) else []
    want_keys = [(_norm(e).replace(".", ""), label) for e, label in exp["entities"]]
    out["entities"] = (len(set(keys) & set(want_keys)), len(set(keys)), len(set(want_keys)))
    dates = tables["dates"]
    absolute = dates[dates["kind"].isin(["date", "period"]) & (dates["iso"] != "")] if len(dates) else dates
    got_dates = [(t, i) for t, i in zip(absolute["text"], absolute["iso"])] if len(dates) else []
    want_dates = [(d["text"], d["iso"]) for d in exp["dates"] if d["iso"]]
    hits = sum(min(got_dates.count(d), want_dates.count(d)) for d in set(want_dates))
    out["absolute dates"] = (hits, len(got_dates), len(want_dates))
    quotes = [(q["speaker"], q["quote"]) for q in tables["quotes"].to_dict("records")]
    hits = sum(1 for q in exp["quotes"] if any(s == q["speaker"] and t.startswith(q["starts"]) for s, t in quotes))
    out["quotes"] = (hits, len(quotes), len(exp["quotes"]))
    return out
