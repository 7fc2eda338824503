"""A campaign's charts as matplotlib Figures, in the one style of `charts.style`: results against
the plan, cost by influencer, results by format and platform, the client's cost against the budget,
and (the internal view only) payments to the bloggers against their fees. The window embeds them;
the report and "Save chart" write them to PNG, SVG or PDF. matplotlib is imported when a chart is
first made.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from smmdesk.charts import style
from smmdesk.charts.style import COLORS, INK, new_figure
from smmdesk.domain.money import currency_symbol
from smmdesk.domain.plural import fill
from smmdesk.domain.results import CostSeries, DailySeries, GroupResult, PaymentSeries
from smmdesk.io.atomic import atomic_output

if TYPE_CHECKING:
    from matplotlib.figure import Figure

FORMATS = (".png", ".svg", ".pdf")
CHART_DPI = 110  # for reports: about 1000 px across, sharp on an A4 page
PEOPLE_SHOWN = 12  # influencers on the cost chart: the costliest, the title says of how many
SIZE = style.SIZE

CAPTIONS = {
    "ru": {
        "reach_title": "Охват и просмотры нарастающим итогом",
        "reach": "Охват, факт",
        "views": "Просмотры, факт",
        "plan_reach": "Охват, план",
        "plan_views": "Просмотры, план",
        "target": "Цель по охвату",
        "cost_title": "Стоимость вовлечения и просмотра по блогерам",
        "cost_some": "Стоимость вовлечения и просмотра: {shown} из {total:блогера|блогеров|блогеров}, "
        "с наибольшей стоимостью",
        "cpe": "CPE, {symbol} за вовлечение",
        "cpv": "CPV, {symbol} за просмотр",
        "groups_title": "Результаты по форматам и площадкам",
        "views_by_format": "Просмотры по форматам",
        "views_by_platform": "Просмотры по площадкам",
        "engaged_by_format": "Вовлечения по форматам",
        "engaged_by_platform": "Вовлечения по площадкам",
        "budget_title": "Стоимость вышедших публикаций и бюджет",
        "spent": "К оплате нарастающим итогом ({basis})",
        "budget": "Бюджет кампании",
        "payments_title": "Оплаты блогерам и гонорары (внутреннее)",
        "paid": "Оплачено нарастающим итогом",
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
        "cost_some": "Cost per engagement and per view: {shown} of {total:influencer|influencers}, "
        "the costliest",
        "cpe": "CPE, {symbol} per engagement",
        "cpv": "CPV, {symbol} per view",
        "groups_title": "Results by format and platform",
        "views_by_format": "Views by format",
        "views_by_platform": "Views by platform",
        "engaged_by_format": "Engagements by format",
        "engaged_by_platform": "Engagements by platform",
        "budget_title": "Cost of the publications so far and the budget",
        "spent": "To pay, cumulative ({basis})",
        "budget": "Campaign budget",
        "payments_title": "Payments to bloggers and their fees (internal)",
        "paid": "Paid, cumulative",
        "fees": "Fees of the placements",
        "empty": "No data yet",
    },
}


def _captions(lang: str) -> dict[str, str]:
    return CAPTIONS.get(lang, CAPTIONS["ru"])


def _dates(ax: Any, days: Sequence[Any]) -> list[float]:
    from matplotlib.dates import AutoDateLocator, DateFormatter, DayLocator, date2num

    x = list(date2num(list(days)))
    ax.xaxis_date()
    # Days are the finest step: a short campaign must not get hourly ticks that all read "01.01".
    short = len(days) < 10
    ax.xaxis.set_major_locator(
        DayLocator(interval=max(1, len(days) // 6)) if short else AutoDateLocator(minticks=3, maxticks=8)
    )
    ax.xaxis.set_major_formatter(DateFormatter("%d.%m" if len(days) <= 200 else "%m.%Y"))
    ax.set_xlim(x[0], x[-1] if len(x) > 1 else x[0] + 1)
    return x


def reach_chart(series: DailySeries, target: Decimal | None = None, lang: str = "ru") -> Figure:
    """Cumulative reach and views by publication date, against the forecast by slot date."""
    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    style.style_axes(ax, c["reach_title"])
    if not series.days:
        style.empty(ax, c["empty"])
        return figure
    x = _dates(ax, series.days)
    ax.plot(x, series.reach, color=COLORS[0], linewidth=2.2, label=c["reach"])
    ax.plot(x, series.views, color=COLORS[1], linewidth=2.2, label=c["views"])
    ax.plot(x, series.plan_reach, color=COLORS[0], linewidth=1.4, linestyle="--", label=c["plan_reach"])
    ax.plot(x, series.plan_views, color=COLORS[1], linewidth=1.4, linestyle="--", label=c["plan_views"])
    if target:
        ax.axhline(float(target), color=COLORS[2], linewidth=1.2, linestyle=":", label=c["target"])
    highest = max(series.reach[-1], series.views[-1], series.plan_reach[-1], series.plan_views[-1],
                  float(target or 0))  # fmt: skip
    ax.set_ylim(0, highest * 1.05 or 1)
    style.value_axis(ax, "y", lang)
    handles, labels = ax.get_legend_handles_labels()
    style.legend_below(figure, handles, labels)
    return figure


def _barh(ax: Any, labels: Sequence[str], values: Sequence[float | None], color: str, lang: str,
          currency: str | None) -> None:  # fmt: skip
    shown = [(label, value) for label, value in zip(labels, values, strict=True) if value is not None]
    if not shown:
        style.empty(ax, "—")
        return
    names = style.distinct_short([label for label, _ in shown])[::-1]
    numbers = [v for _, v in shown][::-1]
    bars = ax.barh(range(len(names)), numbers, color=color, height=0.6)
    ax.set_yticks(range(len(names)), names)
    top = max(numbers) or 1
    for bar, value in zip(bars, numbers, strict=True):
        ax.text(bar.get_width() + top * 0.02, bar.get_y() + bar.get_height() / 2,
                style.value_label(value, lang, currency), va="center", fontsize=7.5, color=INK)  # fmt: skip
    ax.set_xlim(0, top * 1.35)  # room for the figures at the bars' ends
    style.value_axis(ax, "x", lang, currency)
    ax.grid(axis="y", visible=False)


def cost_by_influencer_chart(
    groups: Sequence[GroupResult], lang: str = "ru", limit: int = PEOPLE_SHOWN, currency: str = "RUB"
) -> Figure:
    """CPE and CPV per influencer (the largest costs first), side by side; when there are more than
    `limit`, the title says how many of them are shown."""
    c = _captions(lang)
    symbol = currency_symbol(currency)
    figure = new_figure((9.0, 1.3 + 0.32 * max(3, min(limit, len(groups)))))
    title = c["cost_title"] if len(groups) <= limit else fill(c["cost_some"], shown=limit, total=len(groups))
    style.suptitle(figure, title)
    left, right = figure.subplots(1, 2, sharey=True)
    shown = list(groups[:limit])
    labels = [g.label for g in shown]
    for ax, title, values, color in (
        (left, c["cpe"].format(symbol=symbol), [_float(g.figures.cpe()) for g in shown], COLORS[2]),
        (right, c["cpv"].format(symbol=symbol), [_float(g.figures.cpv()) for g in shown], COLORS[3]),
    ):
        style.style_axes(ax, title, small_title=True)
        if shown:
            _barh(ax, labels, values, color, lang, currency)
        else:
            style.empty(ax, c["empty"])
    return figure


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def results_by_group_chart(
    by_format: Sequence[GroupResult], by_platform: Sequence[GroupResult], lang: str = "ru"
) -> Figure:
    """Views and engagements by format and by platform: horizontal bars, so that every label
    has a line of its own."""
    c = _captions(lang)
    rows = max(len(by_format), len(by_platform), 2)
    figure = new_figure((9.0, 1.6 + 0.42 * rows * 2))
    style.suptitle(figure, c["groups_title"])
    panels = figure.subplots(2, 2)
    for column, (groups, views_title, engaged_title) in enumerate(
        (
            (by_format, c["views_by_format"], c["engaged_by_format"]),
            (by_platform, c["views_by_platform"], c["engaged_by_platform"]),
        )
    ):
        for row, (title, values, color) in enumerate(
            (
                (views_title, [float(g.views) for g in groups], COLORS[1]),
                (engaged_title, [float(g.engagements) for g in groups], COLORS[2]),
            )
        ):
            ax = panels[row][column]
            style.style_axes(ax, title, small_title=True)
            if groups:
                _barh(ax, [g.label for g in groups], values, color, lang, None)
            else:
                style.empty(ax, c["empty"])
    return figure


def budget_chart(series: CostSeries, lang: str = "ru", currency: str = "RUB", basis: str = "") -> Figure:
    """What the client's publications have cost so far, day by day, against the campaign's budget:
    the total to pay, on the basis the estimate checks its budget on (`basis` names it)."""
    c = _captions(lang)
    limit = (series.budget, c["budget"], COLORS[4], ":") if series.budget else None
    label = c["spent"].format(basis=basis) if basis else c["spent"].split(" (")[0]
    return _running_total(c["budget_title"], series.days, series.cost, label, limit, lang, currency)


def payments_chart(series: PaymentSeries, lang: str = "ru", currency: str = "RUB") -> Figure:
    """The internal view: what was paid to the bloggers day by day, against the fees owed."""
    c = _captions(lang)
    limit = (series.fees, c["fees"], COLORS[1], "--") if series.fees else None
    return _running_total(c["payments_title"], series.days, series.paid, c["paid"], limit, lang, currency)


def _running_total(
    title: str,
    days: Sequence[Any],
    totals: Sequence[Decimal],
    label: str,
    limit: tuple[Decimal, str, str, str] | None,  # (level, label, colour, line style)
    lang: str,
    currency: str,
) -> Figure:
    """A sum of money growing day by day as a step line, against a level it is measured by."""
    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    style.style_axes(ax, title)
    if not days:
        style.empty(ax, c["empty"])
        return figure
    x = _dates(ax, days)
    ax.step(x, [float(v) for v in totals], where="post", color=COLORS[0], linewidth=2.2, label=label)
    if limit is not None:
        level, name, color, dashes = limit
        ax.axhline(float(level), color=color, linestyle=dashes, linewidth=1.5, label=name)
    highest = max(float(limit[0]) if limit else 0.0, float(totals[-1]))
    ax.set_ylim(0, highest * 1.08 or 1)
    style.value_axis(ax, "y", lang, currency)
    handles, labels = ax.get_legend_handles_labels()
    style.legend_below(figure, handles, labels)
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
