"""A brand's reputation charts as matplotlib Figures, in the one style of `charts.style`: mentions
by sentiment per day (stacked), SLA compliance by channel and severity, the top places and authors.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING

from smmdesk.charts import style
from smmdesk.charts.campaign import _barh, _dates
from smmdesk.charts.style import COLORS, new_figure
from smmdesk.domain.reputation.sentiment import Sentiment

if TYPE_CHECKING:
    from matplotlib.figure import Figure

SENTIMENT_COLORS = {
    Sentiment.POSITIVE: COLORS[2],
    Sentiment.NEUTRAL: "#9fb3c8",
    Sentiment.NEGATIVE: COLORS[4],
    Sentiment.UNKNOWN: "#d9dee5",
}
CAPTIONS = {
    "ru": {
        "sentiment_title": "Упоминания по тональности, по дням",
        "positive": "позитив", "neutral": "нейтрально", "negative": "негатив", "unknown": "не определена",
        "compliance_title": "Ответы в срок (SLA), %",
        "places_title": "Площадки с наибольшим числом упоминаний",
        "authors_title": "Авторы с наибольшим числом упоминаний",
        "empty": "Нет данных за период",
    },
    "en": {
        "sentiment_title": "Mentions by sentiment, per day",
        "positive": "positive", "neutral": "neutral", "negative": "negative", "unknown": "unknown",
        "compliance_title": "Answered on time (SLA), %",
        "places_title": "Places with the most mentions",
        "authors_title": "Authors with the most mentions",
        "empty": "No data for the period",
    },
}  # fmt: skip


def _captions(lang: str) -> dict[str, str]:
    return CAPTIONS.get(lang, CAPTIONS["ru"])


def sentiment_chart(by_day: Sequence[tuple[dt.date, Mapping[Sentiment, int]]], lang: str = "ru") -> Figure:
    """Mentions per day stacked by sentiment: negative at the bottom, where a spike shows first."""
    c = _captions(lang)
    figure = new_figure()
    ax = figure.add_subplot()
    style.style_axes(ax, c["sentiment_title"])
    if not by_day:
        style.empty(ax, c["empty"])
        return figure
    days = [day for day, _ in by_day]
    x = _dates(ax, days)
    bottom = [0.0] * len(days)
    for sentiment in (Sentiment.NEGATIVE, Sentiment.NEUTRAL, Sentiment.POSITIVE, Sentiment.UNKNOWN):
        values = [float(counts.get(sentiment, 0)) for _, counts in by_day]
        ax.bar(
            x, values, bottom=bottom, width=0.8, color=SENTIMENT_COLORS[sentiment], label=c[sentiment.value]
        )
        bottom = [b + v for b, v in zip(bottom, values, strict=True)]
    ax.set_xlim(x[0] - 0.6, x[-1] + 0.6)
    ax.set_ylim(0, max(bottom) * 1.08 or 1)
    style.value_axis(ax, "y", lang)
    handles, labels = ax.get_legend_handles_labels()
    style.legend_below(figure, handles, labels)
    return figure


def compliance_chart(groups: Sequence[tuple[str, Decimal | None]], lang: str = "ru") -> Figure:
    """SLA compliance per group (kinds of channel, then severities); a group with nothing due is left out."""
    c = _captions(lang)
    figure = new_figure((9.0, 1.3 + 0.32 * max(3, len(groups))))
    ax = figure.add_subplot()
    style.style_axes(ax, c["compliance_title"])
    _barh(
        ax,
        [g for g, _ in groups],
        [None if v is None else float(v) for _, v in groups],
        COLORS[0],
        lang,
        None,
    )
    return figure


def top_chart(key: str, top: Sequence[tuple[str, int]], lang: str = "ru") -> Figure:
    """The top places ("places") or authors ("authors") by their number of mentions."""
    c = _captions(lang)
    figure = new_figure((9.0, 1.3 + 0.32 * max(3, len(top))))
    ax = figure.add_subplot()
    style.style_axes(ax, c[f"{key}_title"])
    _barh(
        ax,
        [name for name, _ in top],
        [float(n) for _, n in top],
        COLORS[1 if key == "places" else 3],
        lang,
        None,
    )
    return figure
