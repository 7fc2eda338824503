"""The one style of every chart: colours, fonts, axes, and numbers on the axes in the chart's
language — tick steps chosen so that no two ticks read alike (17,5 тыс. and 12,5 тыс., never
18 and 12), as few ticks as fit without their labels touching, legends outside the plot.

matplotlib is imported lazily, through Figure objects only (never pyplot).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Any

from smmdesk.domain.money import currency_symbol, format_decimal, round_to
from smmdesk.domain.ticks import STEPS, places_for

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

INK = "#1f2d3d"
MUTED = "#8899aa"
GRID = "#d9dee5"
COLORS = ("#2f6fb0", "#e07b39", "#3a9d5d", "#8e5ea2", "#c0392b")
SIZE = (9.0, 4.6)  # inches: readable on a laptop screen at 100 dpi, and across an A4 page
TITLE_PT, LABEL_PT, TICK_PT = 11.0, 9.5, 8.5
INCH_PER_TICK = {"x": 1.1, "y": 0.45}  # the room a tick label needs along its axis

WORDS = {
    "ru": {"thousand": "тыс.", "million": "млн", "point": ",", "group": "\u202f"},
    "en": {"thousand": "K", "million": "M", "point": ".", "group": ","},
}


def words(lang: str) -> dict[str, str]:
    return WORDS.get(lang, WORDS["ru"])


def number_text(value: float | Decimal, places: int, lang: str) -> str:
    """A figure in the chart's language, rounded by the one rounding function (half up)."""
    w = words(lang)
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    return format_decimal(
        round_to(exact, places), places, decimal_point=w["point"], group_separator=w["group"]
    )


class ScaledFormatter:
    """Tick labels in thousands or millions when the largest tick calls for it, with the decimals
    the step needs, so neighbouring ticks never print the same. Made into a matplotlib Formatter
    by `formatter()`."""

    def __init__(self, lang: str, unit_word: str = "") -> None:
        self.lang = lang
        self.unit_word = unit_word  # "₽" for money, "" for counts
        self.scale, self.places, self.word = 1.0, 0, ""

    def fit(self, locs: Sequence[float]) -> None:
        shown = [abs(x) for x in locs]
        top = max(shown, default=0.0)
        w = words(self.lang)
        if top >= 1_000_000:
            self.scale, self.word = 1_000_000.0, w["million"]
        elif top >= 10_000:
            self.scale, self.word = 1000.0, w["thousand"]
        else:
            self.scale, self.word = 1.0, ""
        ordered = sorted(set(locs))
        step = min((b - a for a, b in pairwise(ordered)), default=1.0) or 1.0
        self.places = places_for(step / self.scale)

    def text(self, value: float) -> str:
        if value == 0:
            return "0"  # the axis's origin reads plainly, without a unit
        body = number_text(value / self.scale, self.places, self.lang)
        tail = "\u00a0".join(part for part in (self.word, self.unit_word) if part)
        return f"{body}\u00a0{tail}" if tail else body


def formatter(lang: str, currency: str | None = None) -> Any:
    """A matplotlib Formatter for counts, or for money in `currency`."""
    from matplotlib.ticker import Formatter

    scaled = ScaledFormatter(lang, currency_symbol(currency) if currency else "")

    class _Ticks(Formatter):
        def format_ticks(self, values: Sequence[float]) -> list[str]:
            scaled.fit(list(values))
            return [scaled.text(v) for v in values]

        def __call__(self, x: float, pos: Any = None) -> str:
            if pos is None:
                scaled.fit([x])
            return scaled.text(x)

    return _Ticks()


def value_label(value: float, lang: str, currency: str | None = None) -> str:
    """A bar's own figure: kopecks below 1 000 (where they matter: CPE, CPV), else whole."""
    places = 2 if currency and abs(value) < 1000 else 0
    text = number_text(value, places, lang)
    return f"{text}\u00a0{currency_symbol(currency)}" if currency else text


def new_figure(size: tuple[float, float] = SIZE) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def style_axes(ax: Axes, title: str = "", *, small_title: bool = False) -> None:
    if title:
        ax.set_title(title, color=INK, fontsize=LABEL_PT if small_title else TITLE_PT, loc="left",
                     fontweight="normal" if small_title else "bold")  # fmt: skip
    ax.grid(True, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelsize=TICK_PT)


def suptitle(figure: Figure, text: str) -> None:
    figure.suptitle(text, x=0.01, ha="left", color=INK, fontsize=TITLE_PT, fontweight="bold")


def value_axis(ax: Axes, axis: str, lang: str, currency: str | None = None) -> None:
    """Ticks on a figure axis: as many as fit without touching, at steps that read well."""
    from matplotlib.ticker import MaxNLocator

    figure = ax.get_figure(root=True)
    width, height = figure.get_size_inches() if figure is not None else SIZE
    box = ax.get_position()
    length = (box.width * width) if axis == "x" else (box.height * height)
    bins = max(2, min(8, int(length / INCH_PER_TICK[axis])))
    target = ax.xaxis if axis == "x" else ax.yaxis
    target.set_major_locator(MaxNLocator(nbins=bins, steps=list(STEPS), min_n_ticks=2))
    target.set_major_formatter(formatter(lang, currency))


def legend_below(figure: Figure, handles: Sequence[Any], labels: Sequence[str]) -> None:
    """The legend under the plots, outside them: never over a title, a line or a bar."""
    figure.legend(handles, labels, loc="outside lower center", ncols=min(len(labels), 3), fontsize=TICK_PT,
                  frameon=False)  # fmt: skip


def empty(ax: Axes, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", color=MUTED, fontsize=TITLE_PT, transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def short(label: str, limit: int = 24) -> str:
    """A long label cut in the middle, where names differ least: «Очень длинное…номер 11»."""
    if len(label) <= limit:
        return label
    head = (limit - 1) * 3 // 5
    return label[:head].rstrip() + "…" + label[-(limit - 1 - head) :].lstrip()


def distinct_short(labels: Sequence[str], limit: int = 24) -> list[str]:
    """Labels shortened for an axis, and numbered where shortening made two of them alike."""
    shortened = [short(label, limit) for label in labels]
    seen: dict[str, int] = {}
    for text in shortened:
        seen[text] = seen.get(text, 0) + 1
    count: dict[str, int] = {}
    result = []
    for text in shortened:
        if seen[text] > 1:
            count[text] = count.get(text, 0) + 1
            text = f"{text} ({count[text]})"
        result.append(text)
    return result
