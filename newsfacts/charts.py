"""Charts in one house style, and the displaCy views of the article.

Every chart answers one question: a title that states the finding (computed, never typed), axis labels with units,
a `Source:` line, one colour-blind-safe palette (Okabe and Ito), no top or right spines, a light grid. Each chart
function takes the tables and returns a Chart, which a notebook shows as a PNG (its text form is the chart's title
and source, never an object's repr); where there is nothing to draw it returns a Prose sentence that says so
instead. Figures are made without pyplot, so nothing here touches a global figure state.
"""

import datetime as dt
import functools
import io
import re
import textwrap

import matplotlib
import matplotlib.colors
import matplotlib.dates
import matplotlib.lines
import matplotlib.patches
import matplotlib.ticker
import numpy as np
import pandas as pd
from matplotlib.figure import Figure
from spacy import displacy
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from newsfacts.context import as_bound
from newsfacts.prose import Html, Prose, plural

PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
CONTEXT_GREY = "#8c8c8c"
STYLE = {"figure.dpi": 96, "font.size": 9, "axes.titlesize": 11, "axes.prop_cycle": matplotlib.cycler(color=PALETTE)}
DRAWN: list[Figure] = []  # every chart drawn in this process, in order, so that a test can read its labels
HEDGE_MARKERS = {"nearly": "<", "less than": "<", "up to": "<", "more than": ">", "at least": ">"}
MEASURE_HATCH = {"share": "", "change": "///", "level": "..."}
PERCENT_UNITS = ("percent", "percentage point")
SOURCE_LINE = 0.05  # the share of a chart's height kept free below it for its Source line


def article_source(model: str) -> str:
    """The Source line of a chart drawn from the article's names."""
    return f"the article; entities by spaCy {model} with this notebook's corrections"


def figures_source(model: str) -> str:
    """The Source line of a chart drawn from the article's figures."""
    return f"the article; figures read by this notebook's rules on spaCy {model}"


class Chart:
    """A drawn chart: shown as a PNG in a notebook, and as its title and source where only text is shown."""

    def __init__(self, figure: Figure):
        self.figure = figure

    def title(self) -> str:
        return self.figure.get_suptitle().replace("\n", " ")

    def _repr_png_(self) -> bytes:
        buffer = io.BytesIO()  # drawn once, as laid out; fast compression, which on flat colours is also smaller
        self.figure.savefig(buffer, format="png", dpi=self.figure.dpi, pil_kwargs={"compress_level": 1})
        return buffer.getvalue()

    def _repr_pretty_(self, printer, cycle: bool) -> None:
        sources = [t.get_text() for t in self.figure.texts if t.get_text().startswith("Source:")]
        printer.text(f"Chart: {self.title()} ({' '.join(sources)})")


def subplots(*args, **kwargs):
    """A new figure and its axes (matplotlib.pyplot.subplots without pyplot's global state)."""
    fig = Figure(figsize=kwargs.pop("figsize"))
    return fig, fig.subplots(*args, **kwargs)


def chart(draw):
    """Decorator for a chart function: it draws in the house style's settings and returns a Chart (or the Prose
    that says why there is nothing to draw)."""
    @functools.wraps(draw)
    def wrapper(*args, **kwargs):
        with matplotlib.rc_context(STYLE):
            out = draw(*args, **kwargs)
        return Chart(out) if isinstance(out, Figure) else out
    return wrapper


def house_style(fig, ax, title: str, xlabel: str, ylabel: str, source: str, grid: str = "x") -> None:
    """Title (the finding), axis labels with units, a Source line, light grid, no top/right spines."""
    fig.suptitle(textwrap.fill(title, width=int(fig.get_figwidth() * 11)), x=0.01, ha="left", fontweight="bold", fontsize=11)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if grid:
        ax.grid(axis=grid, color="#e0e0e0", linewidth=0.7)
        ax.set_axisbelow(True)
    fig.tight_layout()  # one pass (a `rect` would make it two); then room for the Source line below
    fig.subplots_adjust(bottom=min(fig.subplotpars.bottom + SOURCE_LINE, fig.subplotpars.top - 0.05))
    fig.set_layout_engine(None)  # laid out now; a leftover placeholder engine would make saving draw it twice
    fig.text(0.01, 0.01, f"Source: {source}", fontsize=7.5, color="#555555", ha="left", va="bottom")
    DRAWN.append(fig)


def label_colours(labels) -> dict[str, str]:
    """One palette colour per label, in order of first appearance."""
    return {label: PALETTE[i % len(PALETTE)] for i, label in enumerate(dict.fromkeys(labels))}


def listing(items) -> str:
    """Items joined for a title, empty ones left out: ['2024-06-30', '', '2023'] -> '2024-06-30, 2023'."""
    return ", ".join(str(i) for i in dict.fromkeys(items) if str(i).strip())


def are(n: int, noun: str, many: str | None = None) -> str:
    """A count with its verb, in agreement: '1 reference is', '4 references are'."""
    return f"{plural(n, noun, many)} {'is' if n == 1 else 'are'}"


# --- names ---------------------------------------------------------------------------------------------------

@chart
def entity_counts(entities: pd.DataFrame, source: str, top: int = 15) -> Chart | Prose:
    """Which actors carry the article? Mentions per entity (the `top` most named), coloured by type."""
    if entities.empty:
        return Prose("_The article names no people, organisations or places._")
    rows = entities.sort_values("mentions", ascending=False, kind="stable").head(top).iloc[::-1]
    colours = label_colours(entities["label"])
    fig, ax = subplots(figsize=(8.5, 0.32 * len(rows) + 1.4))
    ax.barh(rows["entity"], rows["mentions"], color=[colours[label] for label in rows["label"]])
    ax.legend(handles=[matplotlib.patches.Patch(color=c, label=label) for label, c in colours.items()
                       if label in set(rows["label"])], title="type", frameon=False, loc="lower right")
    ax.xaxis.get_major_locator().set_params(integer=True)
    lead = rows.iloc[-1]
    house_style(fig, ax, f"{lead['entity']} is named most often: {plural(int(lead['mentions']), 'mention')}",
                "mentions in the article (count)", "entity", source)
    return fig


@chart
def cooccurrence_map(matrix: pd.DataFrame, source: str) -> Chart | Prose:
    """Which actors does the article tie together? Sentences shared by each pair of the most named entities."""
    if matrix.values.sum() == 0:
        return Prose("_No two entities share a sentence, so there are no connections to draw._")
    fig, ax = subplots(figsize=(8, 6.8))
    image = ax.imshow(matrix.values, cmap="Blues")
    ax.set_xticks(range(len(matrix)), matrix.columns, rotation=50, ha="right")
    ax.set_yticks(range(len(matrix)), matrix.index)
    for i in range(len(matrix)):
        for j in range(len(matrix)):
            if matrix.values[i, j]:
                ax.text(j, i, int(matrix.values[i, j]), ha="center", va="center", fontsize=8,
                        color="white" if matrix.values[i, j] > matrix.values.max() / 2 else "black")
    bar = fig.colorbar(image, ax=ax, shrink=0.7, label="sentences shared (count)")
    bar.ax.yaxis.get_major_locator().set_params(integer=True)
    upper = pd.DataFrame([[i < j for j in range(len(matrix))] for i in range(len(matrix))],
                         index=matrix.index, columns=matrix.columns)
    pairs = matrix.where(upper).stack()
    a, b = pairs.idxmax()
    house_style(fig, ax, f"{a} and {b} share the most sentences: {plural(int(pairs.max()), 'sentence')}",
                "entity", "entity", source, grid="")
    return fig


# --- dates ---------------------------------------------------------------------------------------------------

def iso_bounds(iso: str) -> tuple[dt.date, dt.date] | None:
    """First and last day an ISO value covers: '2024' -> (2024-01-01, 2024-12-31), '2024-03' -> March,
    '1950-06-25/1953-07-27' -> (1950-06-25, 1953-07-27); '' -> None."""
    if not iso or iso.startswith("--"):
        return None
    if "/" in iso:
        a, b = (iso_bounds(part) for part in iso.split("/", 1))
        return (a[0], b[1]) if a and b else None
    if m := re.fullmatch(r"(\d{4})-W(\d\d)", iso):
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return monday, monday + dt.timedelta(days=6)
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        return first, (first.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return (dt.date(*parts),) * 2


def timeline_rows(dates: pd.DataFrame, events: pd.DataFrame, reference: dt.date | None) -> pd.DataFrame:
    """One row per item to draw: label, start, end, style ('exact', 'span', 'relative', 'vague', 'context')."""
    rows = []
    for d in dates.itertuples():
        bounds = iso_bounds(d.resolved)
        if d.kind == "vague":
            if reference is not None:
                rows.append((f"“{d.text}” (vague)", reference, reference, "vague"))
        elif bounds:
            style = "relative" if d.kind == "relative" else "span" if bounds[0] != bounds[1] else "exact"
            rows.append((f"“{d.text}” ({d.kind})", bounds[0], bounds[1], style))
    for e in events.itertuples():
        bounds = iso_bounds(e.start)
        end = iso_bounds(e.end)[1] if e.end else bounds[1]
        rows.append((f"{e.event} (context)", bounds[0], end, "context"))
    table = pd.DataFrame(rows, columns=["label", "start", "end", "style"]).drop_duplicates()
    return table.sort_values("start", kind="stable").reset_index(drop=True)


def draw_timeline(ax, rows: pd.DataFrame, lo: dt.date, hi: dt.date, reference: dt.date | None) -> None:
    """Draw the rows that fall between lo and hi on one axis."""
    colours = {"exact": PALETTE[0], "span": PALETTE[2], "relative": PALETTE[1], "vague": PALETTE[3], "context": CONTEXT_GREY}
    for y, r in enumerate(rows.itertuples()):
        if r.end < lo or r.start > hi:
            continue
        c = colours[r.style]
        if r.style == "vague":
            ax.annotate("", xy=(max(r.start - dt.timedelta(days=(hi - lo).days // 12), lo), y), xytext=(r.start, y),
                        arrowprops={"arrowstyle": "->", "color": c, "lw": 1.5})
        elif r.start != r.end:
            ax.barh(y, (r.end - r.start).days or 1, left=r.start, height=0.5, color=c, alpha=0.85)
        else:
            marker = {"exact": "o", "relative": "o", "context": "D"}[r.style]
            ax.plot(r.start, y, marker, color=c, markersize=7, markerfacecolor="white" if r.style == "relative" else c)
    if reference is not None and lo <= reference <= hi:
        ax.axvline(reference, color="#555555", linestyle=":", linewidth=1)
    ax.set_xlim(lo, hi)
    locator = matplotlib.dates.AutoDateLocator(minticks=2, maxticks=5)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(matplotlib.dates.ConciseDateFormatter(locator))


def timeline_title(dates: pd.DataFrame) -> str:
    """'The article dates its events to 2024-06-30; 2 more references are vague' (dates without a year left out)."""
    exact = listing(dates.loc[dates["kind"] == "date", "resolved"].head(3))
    vague = int((dates["kind"] == "vague").sum())
    if exact:
        return f"The article dates its events to {exact}; " + (f"{are(vague, 'more reference')} vague" if vague else
                                                                  "no reference is vague")
    return f"The article gives no full calendar date; {plural(len(dates), 'time reference')} in all"


@chart
def timeline(dates: pd.DataFrame, events: pd.DataFrame, reference: dt.date | None, most: int = 40) -> Chart | Prose:
    """When did things happen? Each reference placed in time: exact dates as dots, periods and coarse dates as bars,
    relative references as open dots, vague ones as arrows against the reference date, context events in grey.
    When the references span decades a second panel zooms into the months before the reference date."""
    rows = timeline_rows(dates, events, reference)
    if rows.empty:
        return Prose("_The article has no dated references to place on a timeline._")
    rows = rows.tail(most).reset_index(drop=True)  # the `most` latest
    first, last = rows["start"].min(), rows["end"].max()
    wide = (last - first).days > 3 * 365 and reference is not None
    fig, axes = subplots(1, 2 if wide else 1, figsize=(10, 0.36 * len(rows) + 1.6), sharey=True,
                             gridspec_kw={"width_ratios": [1, 1.3]} if wide else None, squeeze=False)
    axes = axes[0]
    pad = dt.timedelta(days=max(30, (last - first).days // 20))
    draw_timeline(axes[0], rows, first - pad, last + pad, reference)
    if wide:
        draw_timeline(axes[1], rows, reference - dt.timedelta(days=150), reference + dt.timedelta(days=20), reference)
        axes[1].set_xlabel("date (zoom: the 150 days before the reference date)")
        for side in ("top", "right"):
            axes[1].spines[side].set_visible(False)
    axes[0].set_yticks(range(len(rows)), [label if len(label) <= 52 else label[:49] + "…" for label in rows["label"]])
    house_style(fig, axes[0], timeline_title(dates), "date", "time reference",
                "the article (dots, bars, open dots, arrows); grey: context_events.csv (primary sources listed there); "
                "dotted line: reference date", grid="x")
    return fig


# --- figures -------------------------------------------------------------------------------------------------

def percentage_label(row) -> str:
    """'about 70% of its export earnings (Bank of Zambia)', 'a change of 31%: fourth-quarter revenue (Nordvik)',
    '5.13%: Annual consumer inflation (IBGE)'; 'no source given' where the article names none."""
    scale, sign = (100, " points") if row.unit == "percentage point" else (100, "%")
    value = f"{row.value * scale:.3g}" + (f"–{row.value_high * scale:.3g}" if pd.notna(row.value_high) else "") + sign
    hedged = f"{row.qualifier + ' ' if row.qualifier else ''}{value}"
    words = {"share": f"{hedged} of {row.object or 'an unnamed whole'}",
             "change": f"a change of {hedged}: {row.object or 'an unnamed measure'}"}.get(
        row.measure, f"{hedged}: {row.object or 'an unnamed measure'}")
    return f"{words}\n({row.source or 'no source given'})"


def value_text(row) -> str:
    """A percentage's value as drawn beside its bar: '70%', '40–50%', '+0.2 points'."""
    if row.unit == "percentage point":
        return f"{row.value * 100:.3g} points"
    high = f"–{row.value_high * 100:.3g}" if pd.notna(row.value_high) else ""
    return f"{row.value * 100:.3g}{high}%"


@chart
def percentages(figures: pd.DataFrame, source: str, most: int = 25) -> Chart | Prose:
    """How large are the percentages the article reports, and how sure is it of them? One bar per percentage, its
    value written at its end, labelled with what it measures and its source; changes and levels hatched; the hedge
    drawn as a direction ('nearly' points down, 'more than' up, 'approximately' a band of ±5 points, a convention
    of this chart, not a figure from the article)."""
    shares = figures[figures["unit"].isin(PERCENT_UNITS)].reset_index(drop=True).head(most)
    if shares.empty:
        return Prose("_The article states no shares or percentages, so there is no percentage chart._")
    fig, ax = subplots(figsize=(10, 0.62 * len(shares) + 1.9))
    ys = range(len(shares))[::-1]
    right = max(1.0, float(pd.to_numeric(shares["value_high"]).max(skipna=True) or 0), float(shares["value"].max()))
    for y, row in zip(ys, shares.itertuples()):
        high = row.value_high if pd.notna(row.value_high) else row.value
        colour = PALETTE[0] if row.source else PALETTE[5]
        hatch = MEASURE_HATCH.get(row.measure, "")
        ax.barh(y, row.value, color=colour, height=0.55, hatch=hatch, edgecolor="white" if hatch else None)
        if high != row.value:
            ax.barh(y, high - row.value, left=row.value, color=colour, alpha=0.4, height=0.55, hatch=hatch)
        if row.qualifier == "approximately":
            ax.errorbar(row.value, y, xerr=0.05, color="#333333", capsize=4, linewidth=1.2)
        elif row.qualifier in HEDGE_MARKERS:
            ax.plot(row.value, y, HEDGE_MARKERS[row.qualifier], color="#333333", markersize=8)
        marker = 0.05 if row.qualifier == "approximately" else 0.025 * right if row.qualifier in HEDGE_MARKERS else 0
        ax.text(max(high, row.value, 0) + 0.012 * right + marker, y, value_text(row), va="center", fontsize=8)
    ax.set_yticks(list(ys), [percentage_label(r) for r in shares.itertuples()])
    keys = [matplotlib.patches.Patch(color=PALETTE[0], label="attributed to a source"),
            matplotlib.patches.Patch(color=PALETTE[5], label="no source given"),
            matplotlib.lines.Line2D([], [], color="#333333", marker="|", markersize=8, label="approximately: ±5 points"),
            matplotlib.lines.Line2D([], [], color="#333333", marker="<", linestyle="", label="nearly / less than / up to"),
            matplotlib.lines.Line2D([], [], color="#333333", marker=">", linestyle="", label="more than / at least")]
    keys += [matplotlib.patches.Patch(facecolor="#bbbbbb", hatch=MEASURE_HATCH[m], edgecolor="white", label=f"a {m}, not a share")
             for m in ("change", "level") if m in set(shares["measure"])]
    ax.legend(handles=keys, frameon=False, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    ax.set_xlim(min(0.0, float(shares["value"].min())), right * 1.12)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    sourced = shares[shares["source"] != ""]
    kinds = shares["measure"].value_counts(sort=False)
    only_shares = set(kinds.index) == {"share"}
    what = plural(len(shares), "share") if only_shares else (
        f"{plural(len(shares), 'percentage')} ({', '.join(plural(int(n), k) for k, n in kinds.items() if k)})")
    title = (f"{what} in the article; {len(sourced)} attributed"
             + (f" to {listing(sourced['source'])}" if len(sourced) else ""))
    xlabel = "share of the whole named in each label (%)" if only_shares else "percent as written (share, change or level)"
    house_style(fig, ax, title, xlabel, "figure (object and source)", source)
    return fig


# '$9 per kilogram', '$90 a barrel', '$4/kg' are prices; '$5bn a year earlier' is not
_PER = re.compile(r"^\s*(?:(?:per|a|an|each)\s+(?!\d)(?!(?:year|month|week|quarter|day)\s+(?:earlier|ago|before))\w"
                  r"|/\s*[a-z])", re.I)


_PRICED = re.compile(r"\b(?:shares?|stocks?|prices?|rates?|fares?)$", re.I)  # what a sum is the price of


def amount_kinds(amounts: pd.DataFrame, text: str) -> list[str]:
    """'price or rate' for an amount written per something ('$9 per kilogram', '$90 a barrel'), one whose object is
    a share, a stock, a price or a rate ('its shares fell to 55 pence'), or one set equal to another ('$1 = 1.52
    Canadian dollars', where only the second is a figure); else 'total'. Only amounts of one kind are compared on one axis."""
    kinds = []
    for k, row in enumerate(amounts.itertuples()):
        after = text[row.end:row.end + 20]
        equal_next = k + 1 < len(amounts) and text[row.end:amounts["start"].iloc[k + 1]].strip() == "="
        equal_before = text[max(0, row.start - 4):row.start].strip().endswith("=")  # (the unit sum is no figure)
        per = " per " in f" {row.unit} " or (row.unit != "count" and _PER.match(after) is not None)
        per = per or (row.unit != "count" and _PRICED.search(row.object or "") is not None)  # 'its shares': a price
        kinds.append("price or rate" if per or equal_next or equal_before else "total")
    return kinds


@chart
def amounts(figures: pd.DataFrame, text: str, source: str, panels: int = 4, most: int = 12) -> Chart | Prose:
    """Money, quantities and counts: one panel per unit and kind (totals apart from prices and rates), never on a
    percent axis, in the unit the article uses; each amount's value written at its bar; a range drawn to its upper
    end, the upper part paler. The title names the largest total of the unit the article uses most."""
    rows = figures[~figures["unit"].isin(PERCENT_UNITS)].reset_index(drop=True)
    if rows.empty:
        return Prose("_The article states no amounts of money, quantities or counts._")
    rows = rows.assign(kind=amount_kinds(rows, text))
    groups = list(dict.fromkeys(zip(rows["unit"], rows["kind"])))[:panels]
    sizes = [min(most, int(((rows["unit"] == u) & (rows["kind"] == k)).sum())) for u, k in groups]
    fig, axes = subplots(len(groups), 1, figsize=(9, sum(0.5 * n + 0.9 for n in sizes) + 0.8), squeeze=False)
    for ax, (unit, kind) in zip(axes[:, 0], groups):
        part = rows[(rows["unit"] == unit) & (rows["kind"] == kind)].head(most)
        labels = [f"{r.text}: {r.object or 'no object named'}"[:70] + (f" ({r.source})" if r.source else "")
                  for r in part.itertuples()]
        ys, colour = list(range(len(part))[::-1]), PALETTE[groups.index((unit, kind)) % len(PALETTE)]
        low, high = pd.to_numeric(part["value"]), pd.to_numeric(part["value_high"])
        ax.barh(ys, low, color=colour, height=0.55)
        ax.barh(ys, (high - low).fillna(0), left=low, color=colour, alpha=0.4, height=0.55)  # a range's upper part
        top = float(high.fillna(low).max())
        for y, value in zip(ys, high.fillna(low)):
            ax.text(float(value) + 0.01 * top, y, matplotlib.ticker.EngFormatter()(float(value)), va="center", fontsize=8)
        ax.set_xlim(min(0.0, float(low.min())), top * 1.15 or 1)
        ax.set_yticks(ys, labels)
        ax.set_xlabel(f"value ({unit}{', prices and rates' if kind != 'total' else ''})")
        ax.xaxis.set_major_formatter(matplotlib.ticker.EngFormatter())
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    house_style(fig, axes[0, 0], amounts_title(rows), axes[0, 0].get_xlabel(), "figure", source)
    return fig


def amounts_title(rows: pd.DataFrame) -> str:
    """'5 amounts in 3 units; the largest USD total is $4.5bn (revenue)': the largest is compared only among totals
    of one unit, the one the article uses most."""
    units = list(dict.fromkeys(rows["unit"]))
    totals = rows[rows["kind"] == "total"]
    head = f"{plural(len(rows), 'amount')} in {plural(len(units), 'unit')}"
    if totals.empty:
        return f"{head}, all prices or rates"
    unit = totals["unit"].value_counts(sort=True).index[0]
    largest = totals[totals["unit"] == unit].sort_values("value", key=pd.to_numeric, ascending=False).iloc[0]
    return f"{head}; the largest {unit} total is {largest['text']} ({largest['object'] or largest['unit']})"


# --- framing -------------------------------------------------------------------------------------------------

@chart
def frames_along(presence: pd.DataFrame | None, summary: dict, source: str, bins: int = 40) -> Chart | Prose:
    """How does the article frame its subject, from start to end? For each frame, the share of sentences in each
    stretch of the article that use its vocabulary (darker: more)."""
    if presence is None:
        return Prose("_No sentence uses a word from the framing lexicon._")
    frames, n = list(presence.index), presence.shape[1]
    bins = min(n, bins)
    edges = [round(k * n / bins) for k in range(bins + 1)]
    binned = pd.DataFrame({k: presence.iloc[:, edges[k]:max(edges[k + 1], edges[k] + 1)].mean(axis=1) for k in range(bins)})
    fig, ax = subplots(figsize=(9.5, 3.4))
    rows = 10  # each frame is a band of 8 rows of pixels with one blank row above and below: a gap between frames
    image = np.zeros((rows * len(frames), bins, 4))
    for y, frame in enumerate(frames):
        colour = matplotlib.colors.to_rgb(PALETTE[y % len(PALETTE)])
        for x, share in enumerate(binned.loc[frame]):
            if share:
                image[rows * y + 1:rows * (y + 1) - 1, x] = (*colour, 0.25 + 0.75 * share)
    ax.imshow(image, extent=(0, 1, len(frames) - 0.5, -0.5), aspect="auto", interpolation="nearest", zorder=1)
    ax.set_xlim(0, 1)
    ax.set_ylim(len(frames) - 0.5, -0.5)
    ax.set_yticks(range(len(frames)), frames)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    house_style(fig, ax, f"“{summary['leading']}” runs through {summary['count']} of {summary['sentences']} sentences",
                "position in the article (% of sentences, start to end)", "frame", source, grid="x")
    return fig


@chart
def trigger_words(top: pd.DataFrame, frames: list[str], source: str) -> Chart | Prose:
    """Which words put sentences into each frame? The most used trigger words per frame."""
    if top.empty:
        return Prose("_No trigger words to show._")
    fig, ax = subplots(figsize=(8.5, 0.27 * len(top) + 1.4))
    colours = {f: PALETTE[i % len(PALETTE)] for i, f in enumerate(frames)}
    ys = list(range(len(top))[::-1])
    ax.barh(ys, top["uses"], color=[colours[f] for f in top["frame"]])
    ax.set_yticks(ys, [f"{t} ({f})" for f, t in zip(top["frame"], top["trigger"])])
    ax.xaxis.get_major_locator().set_params(integer=True)
    word = top.sort_values("uses", ascending=False, kind="stable").iloc[0]
    house_style(fig, ax, f"“{word['trigger']}” is the most used trigger word ({plural(int(word['uses']), 'use')}, {word['frame']})",
                "uses in the article (count)", "trigger lemma (frame)", source)
    return fig


# --- context -------------------------------------------------------------------------------------------------

@chart
def reference_comparison(comparison: pd.DataFrame, source: str) -> Chart | Prose:
    """Do the article's shares match official statistics? The article's figure beside each reference value."""
    if comparison.empty:
        return Prose("_No comparison to draw._")
    commodities = list(dict.fromkeys(comparison["commodity"]))
    fig, ax = subplots(figsize=(8.5, 1.3 * len(commodities) + 1.6))
    y, ticks = 0, []
    for commodity in commodities:
        part = comparison[comparison["commodity"] == commodity]
        article = part.iloc[0]
        bars = [(f"article: {article['article_text']}", float(article["article_value"]), "=", PALETTE[0])]
        bars += [(f"USGS {r.usgs_year}: {r.usgs_label}", r.usgs_value, r.usgs_bound,
                  CONTEXT_GREY if "net import" in r.usgs_measure else PALETTE[2]) for r in part.itertuples()]
        for label, value, bound, colour in bars:
            ax.barh(y, value, color=colour, height=0.7)
            ax.text(value + 0.01, y, as_bound(value, bound), va="center", fontsize=8)
            ticks.append((y, f"{commodity}: {label}"))
            y -= 1
        y -= 0.6
    ax.set_yticks([t[0] for t in ticks], [t[1] for t in ticks])
    ax.set_xlim(0, 1.08)
    ax.xaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    nir = comparison[comparison["usgs_measure"] == "net import reliance"]
    gaps = (nir["article_value"].astype(float) - nir["usgs_value"]) * 100
    title = (f"The article's shares sit {gaps.min():.0f} to {gaps.max():.0f} points above USGS net import reliance" if len(gaps) > 1
             else f"The article's share differs from USGS net import reliance by {gaps.iloc[0]:+.0f} points" if len(gaps) else
             "The article's shares beside USGS figures")
    house_style(fig, ax, title, "share of U.S. supply or consumption (%)", "commodity and measure", source)
    return fig


@chart
def reliance_series(series: pd.DataFrame, comparison: pd.DataFrame, reference: dt.date | None, source: str) -> Chart | Prose:
    """Has the U.S. long relied on imports of what the article names? USGS net import reliance 2020-2024, a line per
    commodity (a bound such as '>95' drawn as an open marker at its bound), and the article's figure for the same
    commodity marked at the article's date."""
    if series.empty:
        return Prose("_None of the commodities the article names has a five-year USGS series in the reference "
                     "folder (salient-statistics tables)._")
    fig, ax = subplots(figsize=(8.5, 3.8))
    when = (reference.year + (reference.timetuple().tm_yday - 1) / 365) if reference else float(series["year"].max()) + 0.5
    lines = []
    for k, (commodity, part) in enumerate(series.groupby("commodity", sort=False)):
        colour = PALETTE[k % len(PALETTE)]
        ax.plot(part["year"], part["value"], color=colour, marker="o", label=f"{commodity}: USGS net import reliance")
        bounded = part[part["bound"].isin([">", "<"])]
        ax.plot(bounded["year"], bounded["value"], "o", color=colour, markerfacecolor="white")
        article = comparison[comparison["commodity"] == commodity].iloc[0]
        ax.plot([when], [float(article["article_value"])], "D", color=colour, markersize=8,
                label=f"{commodity}: the article, {article['article_text']}")
        low, high = part["value"].min(), part["value"].max()
        value = float(article["article_value"])
        lines.append(f"{commodity.split(',')[0].lower()} {'above' if value > high else 'below' if value < low else 'within'}"
                     f" {low * 100:.0f}-{high * 100:.0f}%")
    ax.set_ylim(0, 1.05)
    ax.yaxis.set_major_formatter(matplotlib.ticker.PercentFormatter(1.0))
    ax.xaxis.set_major_locator(matplotlib.ticker.MultipleLocator(1))
    ax.legend(frameon=False, fontsize=7.5, loc="upper left", bbox_to_anchor=(1.0, 1.0))
    title = "The article's figures against five years of USGS net import reliance: " + "; ".join(lines)
    house_style(fig, ax, title, "year (the article's figure at its date)", "share of U.S. consumption (%)", source, grid="y")
    return fig


# --- displaCy views ------------------------------------------------------------------------------------------

def view_of(doc: Doc, max_chars: int) -> Doc:
    """A copy of the start of `doc`, up to `max_chars` characters, for displaCy: its entities are the corrected
    mentions and the time references (by kind), and its figures are labelled with value and source."""
    end = len(doc)
    if len(doc.text) > max_chars:
        end = doc.char_span(0, max_chars, alignment_mode="contract").end
    view = doc[:end].as_doc()
    marked = [Span(view, m.start, m.end, label=m.label_) for m in doc.spans["mentions"] if m.end <= end]
    marked += [Span(view, d.start, d.end, label=f"{d._.kind.upper()} TIME") for d in doc.spans["dates"] if d.end <= end]
    view.ents = filter_spans(marked)
    labelled = []
    for f in doc.spans["figures"]:
        if f.end <= end:
            value = f"{f._.value:.0%}" if f._.unit == "percent" else f"{f._.value:,.6g} {f._.unit}"
            labelled.append(Span(view, f.start, f.end, label=f"{f.label_} {value}" + (f" · {f._.source}" if f._.source else "")))
    view.spans["figures"] = labelled
    return view


def example_figure(doc: Doc) -> Span | None:
    """The figure that shows the most of how a figure is read: the first with both an object and a source, else the
    first with either, else the first; None when the article states none."""
    found = list(doc.spans["figures"])
    return next((f for f in found if f._.object and f._.source), None) or next(
        (f for f in found if f._.object or f._.source), None) or (found[0] if found else None)


def figure_tokens(figure: Span) -> pd.DataFrame:
    """The tokens a figure pattern matched, as the pattern sees them: text, the number it writes (Token._.num) and
    its glued scale, part of speech, dependency and head (newsfacts.figures.patterns)."""
    return pd.DataFrame([(t.text, t._.num, t._.scale, t.pos_, t.dep_, t.head.text) for t in figure],
                        columns=["token", "number", "scale", "part of speech", "dependency", "head"])


def _joining(a, b) -> list:
    """The tokens whose arcs to their heads join tokens `a` and `b` of one sentence, through their lowest common head."""
    up_a, up_b = [t.i for t in [a, *a.ancestors]], [t.i for t in [b, *b.ancestors]]
    meet = next((i for i in up_a if i in up_b), None)
    if meet is None:
        return []
    return [a.doc[i] for i in up_a[:up_a.index(meet)] + up_b[:up_b.index(meet)]]


def figure_parse(figure: Span) -> dict:
    """displaCy's manual `dep` data for the figure's sentence, with only the arcs on the paths that join the figure's
    number to the head of its object and to its source (when the source is named in that sentence): how the parse
    leads from one to the others (newsfacts.figures.objects, newsfacts.figures.sources)."""
    sent, doc = figure.sent, figure.doc
    ends = [figure.root]
    if figure._.object and (k := sent.text.find(figure._.object)) >= 0:
        span = doc.char_span(sent.start_char + k, sent.start_char + k + len(figure._.object), alignment_mode="expand")
        ends += [span.root] if span is not None else []
    ends += [m.root for m in doc.spans["mentions"] if m._.entity == figure._.source and sent.start <= m.start < sent.end][:1]
    edges = {t.i for end in ends[1:] for t in _joining(figure.root, end)}
    words = [{"text": t.text, "tag": t.pos_} for t in sent]
    arcs = []
    for i in sorted(edges):
        t = doc[i]
        if t.head.i == t.i or not (sent.start <= t.head.i < sent.end):
            continue
        a, b = t.i - sent.start, t.head.i - sent.start
        arcs.append({"start": min(a, b), "end": max(a, b), "label": t.dep_, "dir": "left" if a < b else "right"})
    return {"words": words, "arcs": arcs}


def marked_names(view: Doc) -> Html | Prose:
    """The view's names and time references marked in its text by displaCy (`ent` style)."""
    if not view.ents:
        return Prose("_The model found no names or time references to mark._")
    return Html(displacy.render(view, style="ent", jupyter=False), "The article's names and time references, marked in its text")


def marked_figures(view: Doc) -> Html | Prose:
    """The view's figures marked in its text by displaCy (`span` style), each with its kind, value and source."""
    if not len(view.spans["figures"]):
        return Prose("_The article states no figures, so there is nothing to mark._")
    return Html(displacy.render(view, style="span", options={"spans_key": "figures"}, jupyter=False),
                "The article's figures, marked in its text")


def parse_view(figure: Span | None) -> Html | Prose:
    """The figure's sentence drawn by displaCy (`dep` style) with only the arcs of figure_parse."""
    if figure is None:
        return Prose("_The article states no figures, so there is no figure to parse._")
    svg = displacy.render(figure_parse(figure), style="dep", manual=True, jupyter=False,
                          options={"compact": True, "distance": 95})
    prefix = re.search(r'id="([0-9a-f]{32})-', svg)  # displaCy's random id, made stable so that a re-run is identical
    svg = svg.replace(prefix.group(1), f"figure-{figure.start}") if prefix else svg
    return Html(svg, f"The parse of: {figure.sent.text.strip()}")
