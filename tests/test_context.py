"""Every figure beside the primary statistics that can check it: the USGS files read as published, any commodity
on any article, a country's share of U.S. supply, and a reason for every figure that cannot be checked."""
import pytest

import nbtools
from newsfacts import charts, context, findings, inputs

REFERENCE = str(nbtools.ROOT / "data" / "reference")


@pytest.fixture(scope="module")
def usgs():
    return context.read_usgs(REFERENCE, inputs.read_reference(REFERENCE)["usgs_measures"])


@pytest.mark.parametrize("text, value, bound", [("47", 0.47, "="), (">95", 0.95, ">"), ("<25", 0.25, "<"), (" 100", 1.0, "="),
                                                ("E", None, "E"), ("", None, "")])
def test_a_usgs_value_keeps_its_bound(text, value, bound):
    assert context.parse_bound(text) == (value, bound)
    assert context.as_bound(value, bound) in ("47%", ">95%", "<25%", "100%", "net exporter", "not given")


def test_footnote_digits_are_not_part_of_a_name():
    assert context.strip_footnote("China3") == "China" and context.strip_footnote(" Republic of Korea") == "Republic of Korea"
    assert context.strip_footnote("Peru") == "Peru"


def test_the_files_are_read_as_published(usgs):
    assert len(usgs.reliance) == 64
    rare = usgs.reliance.set_index("commodity").loc["RARE EARTHS, compounds and metals"]
    assert (rare["value"], rare["bound"]) == (0.8, "=") and rare["sources"][0] == "China"
    assert not any(any(ch.isdigit() for ch in c) for s in usgs.reliance["sources"] for c in s)
    assert set(usgs.series) == {"ALUMINUM", "COPPER, refined", "RARE EARTHS, compounds and metals"}
    assert usgs.series["RARE EARTHS, compounds and metals"]["bound"].tolist() == ["=", ">", ">", ">", "="]


@pytest.mark.parametrize("text, names", [
    ("U.S. aluminium needs", ["ALUMINUM"]), ("the copper consumed", ["COPPER, refined"]),
    ("the rare earths it imports", ["RARE EARTHS, compounds and metals"]), ("its lithium and cobalt", ["COBALT, metal, oxides, salts", "LITHIUM"]),
    ("the wheat it buys", []),
])
def test_commodities_are_matched_on_their_own_names(usgs, text, names):
    found = context.commodities_named(text, usgs)
    assert [n.split(",")[0] for n in found] == [n.split(",")[0] for n in names], found


def test_a_lithium_and_cobalt_article_joins_its_usgs_rows(analyse, usgs):
    t = analyse("The United States imports more than half of the lithium it uses, the Energy Department said on Monday. "
                "Analysts at Harlow Research estimate that 76% of U.S. cobalt comes from abroad.")
    comparison = context.join_reference(t["figures"], usgs)
    got = set(zip(comparison["commodity"].str.split(",").str[0], comparison["usgs_value"], comparison["usgs_bound"]))
    assert ("lithium", 0.5, ">") in got and ("cobalt", 0.76, "=") in got, got
    lines = context.figure_checks(t["figures"], comparison, context.country_checks(t["figures"], t["mentions"], usgs))
    assert any("lithium net import reliance 2024 >50%" in line for line in lines), lines


def test_a_countrys_share_of_us_supply_is_counted(analyse, usgs):
    t = analyse("Canadian suppliers provide a third of the critical minerals the U.S. relies on, the minister said.")
    countries = context.country_checks(t["figures"], t["mentions"], usgs)
    assert countries[["country", "relied_on"]].values.tolist() == [["Canada", 46]]
    relied = [s for v, b, s in zip(usgs.reliance["value"], usgs.reliance["bound"], usgs.reliance["sources"])
              if v is not None and v >= 0.5 and b != "<"]
    assert countries["listed"].iloc[0] == sum("Canada" in s for s in relied) > 0
    assert countries["first_listed"].iloc[0] == sum(s[:1] == ["Canada"] for s in relied)


def test_an_article_with_no_commodity_says_so(analyse, usgs):
    t = analyse("Retail sales rose 3% in May, and about 40% of shoppers paid by card, the statistics office said.")
    comparison = context.join_reference(t["figures"], usgs)
    assert comparison.empty
    lines = context.figure_checks(t["figures"], comparison, context.country_checks(t["figures"], t["mentions"], usgs))
    assert len(lines) == 2 and "not checked: it is a change" in lines[0] and "names no commodity" in lines[1]
    assert isinstance(charts.reliance_series(context.series_rows(comparison, usgs), comparison, None, "s"), charts.Prose)


def test_the_articles_three_figures_are_checked(article_tables, usgs):
    t = article_tables
    comparison = context.join_reference(t["figures"], usgs)
    countries = context.country_checks(t["figures"], t["mentions"], usgs)
    lines = context.figure_checks(t["figures"], comparison, countries)
    assert len(lines) == 3 and all("checked against" in line for line in lines)
    assert countries[["country", "relied_on", "listed", "first_listed"]].values.tolist() == [["China", 46, 21, 14]]
    primary = comparison[comparison["usgs_label"] == "import share, primary-metal basis"]
    assert round(primary["usgs_value"].iloc[0], 4) == 0.8775  # 4,800 / (4,800 + 670), computed from the salient table
    series = context.series_rows(comparison, usgs)
    assert sorted(set(series["commodity"])) == ["aluminum", "copper, refined"] and len(series) == 10
    chart = charts.reliance_series(series, comparison, None, "s")
    assert isinstance(chart, charts.Chart) and "aluminum above" in chart.title()
    text = str(findings.key_findings(t, comparison, {}, countries))
    assert "China is a listed major import source for 21 of the 46" in text and "first listed for 14" in text


@pytest.fixture(scope="module")
def article_tables(analyse):
    return analyse((nbtools.ROOT / "data" / "article.txt").read_text(encoding="utf-8"))
