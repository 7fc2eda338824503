"""A review campaign's charts as matplotlib Figures, in the one style of `charts.style`: NPS by
period (a line around zero; it runs from −100 to 100), the funnel of requests (requests → delivered
→ clicked → reviews left) and each platform's rating over time (the
rating its page showed, 1 to 5), with the campaign's reviews as columns under it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from smmdesk.charts import style
from smmdesk.charts.style import COLORS, new_figure
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import RatingPoint, SurveyFigures
from smmdesk.domain.reviews.shown import figure_text, period_text

if TYPE_CHECKING:
    from matplotlib.figure import Figure

CAPTIONS = {
    "ru": {
        "nps_title": "NPS по месяцам",
        "ratings_title": "Рейтинг площадок по месяцам",
        "funnel_title": "Запросы отзывов: воронка",
        "empty": "Нет данных",
    },
    "en": {
        "nps_title": "NPS by month",
        "ratings_title": "Platforms' rating by month",
        "funnel_title": "Review requests: the funnel",
        "empty": "No data",
    },
}


def _captions(lang: str) -> dict[str, str]:
    return CAPTIONS.get(lang, CAPTIONS["ru"])


def nps_chart(points: Sequence[SurveyFigures], lang: str = "ru") -> Figure:
    """NPS of each period as a line with its value over each point (written as the tab's table
    writes it); zero marked; a month named («ноябрь 2026»)."""
    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    style.style_axes(ax, c["nps_title"])
    shown = [(p.period, p.nps.value) for p in points if p.nps.value is not None]
    if not shown:
        style.empty(ax, c["empty"])
        return figure
    x = list(range(len(shown)))
    values = [float(v) for _, v in shown if v is not None]
    ax.plot(x, values, color=COLORS[0], marker="o", linewidth=2.25)
    ax.axhline(0, color="#9fb3c8", linewidth=1)
    for xi, value in zip(x, values, strict=True):
        ax.annotate(figure_text(value, lang), (xi, value), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=8)  # fmt: skip
    ax.set_xticks(x, [period_text(period, lang) for period, _ in shown])
    ax.set_ylim(-110, 125)  # room for the value over a point at 100, under the title
    ax.set_yticks(range(-100, 101, 50), [figure_text(v, lang) for v in range(-100, 101, 50)])
    return figure


Ratings = Mapping[ReviewPlatform, Sequence[RatingPoint]]


def ratings_chart(ratings: Ratings, labels: Mapping[ReviewPlatform, str], lang: str = "ru") -> Figure:
    """Each platform's rating per period as a line on 1–5 (the periods where it was typed), its value
    over each point."""
    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    style.style_axes(ax, c["ratings_title"])
    periods = sorted({p.period for points in ratings.values() for p in points if p.rating is not None})
    if not periods:
        style.empty(ax, c["empty"])
        return figure
    where = {period: i for i, period in enumerate(periods)}
    for n, (platform, points) in enumerate(sorted(ratings.items(), key=lambda item: item[0].value)):
        known = [(where[p.period], float(p.rating)) for p in points if p.rating is not None]
        if known:
            ax.plot(*zip(*known, strict=True), marker="o", linewidth=2, color=COLORS[n % len(COLORS)],
                    label=labels.get(platform, platform.value))  # fmt: skip
            for xi, value in known:  # each rating as the tab's table would write it
                ax.annotate(figure_text(value, lang), (xi, value), textcoords="offset points", xytext=(0, 6),
                            ha="center", fontsize=8)  # fmt: skip
    ax.set_xticks(range(len(periods)), [period_text(p, lang) for p in periods])
    ax.set_ylim(1, 5.4)  # room for the value over a point at 5
    steps = [1 + n / 2 for n in range(9)]
    ax.set_yticks(steps, [figure_text(v, lang) for v in steps])  # «4,5» as the table writes it
    ax.legend(loc="lower right", fontsize=8, frameon=False)
    return figure


def funnel_chart(stages: Sequence[tuple[str, int]], lang: str = "ru") -> Figure:
    """Requests → delivered → clicked → reviews left as bars from the top, each with its count."""
    c = _captions(lang)
    figure = new_figure((9.0, 2.6))
    ax = figure.add_subplot()
    style.style_axes(ax, c["funnel_title"])
    if not any(count for _, count in stages):
        style.empty(ax, c["empty"])
        return figure
    y = list(range(len(stages)))
    counts = [float(count) for _, count in stages]
    ax.barh(y, counts, color=COLORS[0], height=0.6)
    ax.set_yticks(y, [label for label, _ in stages])
    ax.invert_yaxis()
    for yi, count in zip(y, counts, strict=True):
        ax.annotate(style.number_text(count, 0, lang), (count, yi), textcoords="offset points", xytext=(4, 0),
                    va="center", fontsize=8)  # fmt: skip
    ax.set_xlim(0, max(counts) * 1.12)
    from matplotlib.ticker import MaxNLocator

    ax.xaxis.set_major_locator(MaxNLocator(integer=True))  # counts: whole steps
    return figure
