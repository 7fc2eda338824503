"""A campaign's charts as matplotlib Figures: results against the plan, cost by influencer,
results by format and platform, payments against the budget. The window embeds them; the report
and "Save chart" write them to PNG, SVG or PDF. matplotlib is imported when a chart is first made.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smmdesk.domain.results import DailySeries, GroupResult, PaymentSeries
from smmdesk.io.atomic import atomic_output

if TYPE_CHECKING:
    from matplotlib.figure import Figure

INK = "#1f2d3d"
GRID = "#d9dee5"
COLORS = ("#2f6fb0", "#e07b39", "#3a9d5d", "#8e5ea2", "#c0392b")
SIZE = (9.0, 4.6)  # inches: readable on a laptop screen at 100 dpi, and on an A4 page
FORMATS = (".png", ".svg", ".pdf")
CHART_DPI = 110  # for reports: about 1000 px across, sharp on an A4 page

CAPTIONS = {
    "ru": {
        "reach_title": "Охват и просмотры нарастающим итогом",
        "reach": "Охват, факт",
        "views": "Просмотры, факт",
        "plan_reach": "Охват, план",
        "plan_views": "Просмотры, план",
        "target": "Цель по охвату",
        "cost_title": "Стоимость вовлечения и просмотра по блогерам",
        "cpe": "CPE, ₽ за вовлечение",
        "cpv": "CPV, ₽ за просмотр",
        "groups_title": "Результаты по форматам и площадкам",
        "by_format": "По форматам",
        "by_platform": "По площадкам",
        "engagements": "Вовлечения (шкала справа)",
        "views_short": "Просмотры",
        "payments_title": "Оплаты блогерам и бюджет",
        "paid": "Оплачено нарастающим итогом",
        "budget": "Бюджет кампании",
        "fees": "Гонорары по размещениям",
        "empty": "Данных пока нет",
    },
    "en": {
        "reach_title": "Cumulative reach and views",
        "reach": "Reach, actual",
        "views": "Views, actual",
        "plan_reach": "Reach, plan",
        "plan_views": "Views, plan",
        "target": "Reach target",
        "cost_title": "Cost per engagement and per view by influencer",
        "cpe": "CPE, ₽ per engagement",
        "cpv": "CPV, ₽ per view",
        "groups_title": "Results by format and platform",
        "by_format": "By format",
        "by_platform": "By platform",
        "engagements": "Engagements (right scale)",
        "views_short": "Views",
        "payments_title": "Payments to bloggers and the budget",
        "paid": "Paid, cumulative",
        "budget": "Campaign budget",
        "fees": "Fees of the placements",
        "empty": "No data yet",
    },
}


def _captions(lang: str) -> dict[str, str]:
    return CAPTIONS.get(lang, CAPTIONS["ru"])


def _grouped(value: float) -> str:
    """12 500 000 with thin spaces, the Russian way; fractions only below 10."""
    if abs(value) < 10 and value != int(value):
        return f"{value:.2f}".replace(".", ",")
    return f"{value:,.0f}".replace(",", "\u202f")


def _count_axis(value: float, _: Any = None) -> str:
    if abs(value) >= 1_000_000:
        return f"{value / 1_000_000:.2f}".rstrip("0").rstrip(".").replace(".", ",") + " млн"
    if abs(value) >= 10_000:
        return f"{value / 1000:.0f} тыс."
    return _grouped(value)


def _rouble_axis(value: float, _: Any = None) -> str:
    return _grouped(value) + " ₽"


def _rouble_label(value: float) -> str:
    """A bar's own figure: kopecks shown below 1 000 ₽, where they matter (CPE, CPV)."""
    if abs(value) < 1000:
        return f"{value:.2f}".replace(".", ",") + " ₽"
    return _rouble_axis(value)


def new_figure(size: tuple[float, float] = SIZE) -> Figure:
    from matplotlib.figure import Figure

    figure = Figure(figsize=size, dpi=100, layout="constrained")
    figure.set_facecolor("white")
    return figure


def _style(ax: Any, title: str = "") -> None:
    if title:
        ax.set_title(title, color=INK, fontsize=11, loc="left", fontweight="bold")
    ax.grid(True, color=GRID, linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    ax.tick_params(colors=INK, labelsize=8.5)


def _empty(ax: Any, text: str) -> None:
    ax.text(0.5, 0.5, text, ha="center", va="center", color="#8899aa", fontsize=11, transform=ax.transAxes)
    ax.set_xticks([])
    ax.set_yticks([])


def reach_chart(series: DailySeries, target: Decimal | None = None, lang: str = "ru") -> Figure:
    """Cumulative reach and views by publication date, against the forecast by slot date."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, date2num
    from matplotlib.ticker import FuncFormatter

    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    _style(ax, c["reach_title"])
    if not series.days:
        _empty(ax, c["empty"])
        return figure
    days = series.days
    x = date2num(days)
    ax.xaxis_date()
    ax.plot(x, series.reach, color=COLORS[0], linewidth=2.2, label=c["reach"])
    ax.plot(x, series.views, color=COLORS[1], linewidth=2.2, label=c["views"])
    ax.plot(x, series.plan_reach, color=COLORS[0], linewidth=1.4, linestyle="--", label=c["plan_reach"])
    ax.plot(x, series.plan_views, color=COLORS[1], linewidth=1.4, linestyle="--", label=c["plan_views"])
    if target:
        ax.axhline(float(target), color=COLORS[2], linewidth=1.2, linestyle=":", label=c["target"])
    ax.yaxis.set_major_formatter(FuncFormatter(_count_axis))
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=4, maxticks=10))
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m" if len(days) <= 200 else "%m.%Y"))
    ax.set_xlim(x[0], x[-1])
    highest = max(
        series.reach[-1], series.views[-1], series.plan_reach[-1], series.plan_views[-1], float(target or 0)
    )
    ax.set_ylim(0, highest * 1.25 or 1)  # room for the legend above the lines
    ax.legend(loc="upper left", fontsize=8.5, frameon=False)
    return figure


def _barh(ax: Any, labels: Sequence[str], values: Sequence[float | None], color: str, money: bool) -> None:
    from matplotlib.ticker import FuncFormatter

    shown = [(label, value) for label, value in zip(labels, values, strict=True) if value is not None]
    if not shown:
        _empty(ax, "—")
        return
    names = [_short(label) for label, _ in shown][::-1]
    numbers = [v for _, v in shown][::-1]
    bars = ax.barh(names, numbers, color=color, height=0.6)
    ax.xaxis.set_major_formatter(FuncFormatter(_rouble_axis if money else _count_axis))
    top = max(numbers) or 1
    for bar, value in zip(bars, numbers, strict=True):
        text = _rouble_label(value) if money else _count_axis(value)
        ax.text(
            bar.get_width() + top * 0.01,
            bar.get_y() + bar.get_height() / 2,
            text,
            va="center",
            fontsize=7.5,
            color=INK,
        )
    ax.set_xlim(0, top * 1.25)
    ax.grid(axis="y", visible=False)


def _short(label: str, limit: int = 22) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def cost_by_influencer_chart(groups: Sequence[GroupResult], lang: str = "ru", limit: int = 12) -> Figure:
    """CPE and CPV per influencer (the largest costs first), side by side."""
    c = _captions(lang)
    figure = new_figure((9.0, 0.9 + 0.32 * max(3, min(limit, len(groups)))))
    figure.suptitle(c["cost_title"], x=0.01, ha="left", color=INK, fontsize=11, fontweight="bold")
    left, right = figure.subplots(1, 2, sharey=True)
    shown = list(groups[:limit])
    labels = [g.label for g in shown]
    for ax, title, values, color in (
        (left, c["cpe"], [_float(g.figures.cpe()) for g in shown], COLORS[2]),
        (right, c["cpv"], [_float(g.figures.cpv()) for g in shown], COLORS[3]),
    ):
        _style(ax)
        ax.set_title(title, fontsize=9.5, color=INK, loc="left")
        if shown:
            _barh(ax, labels, values, color, money=True)
        else:
            _empty(ax, c["empty"])
    return figure


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def results_by_group_chart(
    by_format: Sequence[GroupResult], by_platform: Sequence[GroupResult], lang: str = "ru"
) -> Figure:
    """Views (left scale) and engagements (right scale) by format and by platform."""
    import textwrap

    import numpy as np

    c = _captions(lang)
    figure = new_figure()
    figure.suptitle(c["groups_title"], x=0.01, ha="left", color=INK, fontsize=11, fontweight="bold")
    panels = zip(
        figure.subplots(1, 2), (c["by_format"], c["by_platform"]), (by_format, by_platform), strict=True
    )
    handles: list[Any] = []
    for ax, title, groups in panels:
        _style(ax)
        ax.set_title(title, fontsize=9.5, color=INK, loc="left")
        if not groups:
            _empty(ax, c["empty"])
            continue
        positions = np.arange(len(groups))
        views = ax.bar(positions - 0.2, [float(g.views) for g in groups], width=0.4, color=COLORS[1])
        ax.yaxis.set_major_formatter(_formatter(_count_axis))
        right = ax.twinx()
        engaged = right.bar(
            positions + 0.2, [float(g.engagements) for g in groups], width=0.4, color=COLORS[2]
        )
        right.yaxis.set_major_formatter(_formatter(_count_axis))
        right.tick_params(colors=COLORS[2], labelsize=8.5)
        right.spines["top"].set_visible(False)
        ax.tick_params(axis="y", colors=COLORS[1])
        ax.set_xticks(positions, [textwrap.fill(g.label, 14, max_lines=2, placeholder="…") for g in groups])
        handles = [views, engaged]
    if handles:
        figure.legend(
            handles,
            [c["views_short"], c["engagements"]],
            loc="outside upper right",
            ncols=2,
            fontsize=8.5,
            frameon=False,
        )
    return figure


def _formatter(function: Any) -> Any:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(function)


def payments_chart(series: PaymentSeries, lang: str = "ru") -> Figure:
    """What was paid to the bloggers day by day, against the campaign's budget and the fees owed."""
    from matplotlib.dates import AutoDateLocator, DateFormatter, date2num

    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    _style(ax, c["payments_title"])
    if not series.days:
        _empty(ax, c["empty"])
        return figure
    x = date2num(series.days)
    ax.xaxis_date()
    ax.step(
        x,
        [float(v) for v in series.paid],
        where="post",
        color=COLORS[0],
        linewidth=2.2,
        label=c["paid"],
    )
    if series.fees:
        ax.axhline(float(series.fees), color=COLORS[1], linestyle="--", linewidth=1.3, label=c["fees"])
    if series.budget:
        ax.axhline(float(series.budget), color=COLORS[4], linestyle=":", linewidth=1.5, label=c["budget"])
    ax.yaxis.set_major_formatter(_formatter(_rouble_axis))
    ax.xaxis.set_major_locator(AutoDateLocator(minticks=4, maxticks=10))
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m"))
    ax.set_xlim(x[0], x[-1])
    highest = max(float(series.budget or 0), float(series.fees), float(series.paid[-1]))
    ax.set_ylim(0, highest * 1.3 or 1)  # room for the legend above the lines
    ax.legend(loc="upper left", fontsize=8.5, frameon=False)
    return figure


def save(figure: Figure, path: Path) -> Path:
    """Writes the chart as PNG, SVG or PDF by the file's extension (PNG when it has none)."""
    if path.suffix.lower() not in FORMATS:
        path = path.with_suffix(".png")
    with atomic_output(path) as temp:
        figure.savefig(temp, dpi=150 if path.suffix.lower() == ".png" else 100, facecolor="white")
    return path


def png_bytes(figure: Figure, dpi: int = CHART_DPI) -> bytes:
    import io

    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi, facecolor="white")
    return out.getvalue()
