"""The review campaigns' section of a brand's reputation report, in the report's language: one row
per campaign with its channel, funnel, conversion, mean stars, NPS and CSAT (all by
`domain.reviews.figures`, over the whole campaign), and three charts over all the brand's campaigns
— the funnel (requests → delivered → clicked → reviews left), NPS by month and each platform's
rating by month — as chart data for the workbook's native charts and as pictures for the PDF."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.report import COUNT, DECIMAL, TEXT, ChartData, Column, FileNumbers, Picture, Series, Table
from smmdesk.domain.reviews.campaign import CHANNEL_LABELS, PLATFORM_LABELS, Channel
from smmdesk.domain.reviews.score_split import ScoreSplit
from smmdesk.domain.reviews.shown import period_text
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reviews.campaigns import campaigns_of, stored
from smmdesk.services.reviews.figures import ReviewFigures, brand_figures, campaign_figures
from smmdesk.storage.models import ReviewWave

Translate = Callable[[str, str], str]
WORDS = "ReputationFile"
TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Reviews")
SHEET = QT_TRANSLATE_NOOP("ReputationFile", "Reviews")
FUNNEL_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Review requests: the funnel")
NPS_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "NPS by month")
RATINGS_TITLE = QT_TRANSLATE_NOOP("ReputationFile", "Platforms' rating by month")
FINISHED = QT_TRANSLATE_NOOP("ReputationFile", "{title} (finished {date})")
EVEN = QT_TRANSLATE_NOOP(
    "ReputationFile",
    "Every customer who consented gets the same request, with no selection by score and no reward; "
    "employees get no requests.",
)
UNEVEN = QT_TRANSLATE_NOOP(
    "ReputationFile",
    "Every customer who consented gets the same request, with no reward; employees get no requests. "
    "The share asked among the survey's respondents differed between score groups, or was not "
    "recorded: {waves} (see the wave's compliance log).",
)
UNEVEN_WAVE = QT_TRANSLATE_NOOP("ReputationFile", "«{title}», wave {number}")
STAGES = (
    QT_TRANSLATE_NOOP("ReputationFile", "Requests"),
    QT_TRANSLATE_NOOP("ReputationFile", "Delivered"),
    QT_TRANSLATE_NOOP("ReputationFile", "Clicked"),
    QT_TRANSLATE_NOOP("ReputationFile", "Reviews left"),
)


def review_table(
    session: Session, client_id: int, translate: Translate, numbers: FileNumbers
) -> Table | None:
    """The brand's campaigns and their figures, or None when it has no campaign; a finished
    campaign is marked with the day it finished."""
    found = campaigns_of(session, client_id)
    if not found:
        return None
    w = _words(translate)
    columns = [
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Campaign")), TEXT, 26),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Channel")), TEXT, 14),
        Column(w(STAGES[0]), COUNT, 10),
        Column(w(STAGES[1]), COUNT, 11),
        Column(w(STAGES[2]), COUNT, 10),
        Column(w(STAGES[3]), COUNT, 10),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Conversion, %")), DECIMAL, 12),
        Column(w(QT_TRANSLATE_NOOP("ReputationFile", "Mean stars")), DECIMAL, 10),
        Column("NPS", DECIMAL, 8),
        Column("CSAT, %", DECIMAL, 9),
    ]
    rows: list[list[Any]] = []
    for ident, title, finished_on in reversed(found):
        made = campaign_figures(session, ident)
        funnel = made.funnel
        channel = translate("Reviews", CHANNEL_LABELS[Channel(stored(session, ident).channel)])
        if finished_on is not None:
            title = w(FINISHED).format(title=title, date=numbers.date(finished_on))
        rows.append(
            [title, channel, funnel.requests, funnel.delivered, funnel.clicked, funnel.reviews,
             funnel.conversion, made.stars, made.nps.value, made.csat.value]
        )  # fmt: skip
    notes = [
        w(
            QT_TRANSLATE_NOOP(
                "ReputationFile",
                "Conversion is the reviews left ÷ the requests delivered × 100. NPS is (promoters 9–10 − "
                "detractors 0–6) ÷ respondents × 100; CSAT is the share of scores 4 and 5 of 5. Over the "
                "whole campaign.",
            )
        ),
        _selection_note(session, {ident: title for ident, title, _ in found}, w),
    ]
    return Table(w(TITLE), columns, rows, notes=notes)


def _selection_note(session: Session, titles: dict[int, str], w: Callable[[str], str]) -> str:
    """«No selection by score» only when every wave asked the survey's score groups in the same
    share; otherwise the waves that did not (or whose split was not recorded) are named."""
    uneven = []
    waves = session.execute(
        select(ReviewWave.campaign_id, ReviewWave.number, ReviewWave.score_groups)
        .where(ReviewWave.campaign_id.in_(titles))
        .order_by(ReviewWave.campaign_id, ReviewWave.number)
    )
    for campaign_id, number, groups in waves:
        split = ScoreSplit.from_json(groups)
        if split is None or not split.even:
            uneven.append(w(UNEVEN_WAVE).format(title=titles[campaign_id], number=number))
    if not uneven:
        return w(EVEN)
    return w(UNEVEN).format(waves="; ".join(uneven))


def review_charts(
    session: Session, client_id: int, translate: Translate, lang: str = "ru"
) -> list[ChartData]:
    """The funnel, NPS by month and the platforms' ratings by month of all the brand's campaigns,
    the months named in the report's language («ноябрь 2026») as the PDF and the window name them."""
    w = _words(translate)
    made = brand_figures(session, client_id)
    f = made.funnel
    stages = Series(w(STAGES[0]), [f.requests, f.delivered, f.clicked, f.reviews])
    charts = [ChartData("review_funnel", w(FUNNEL_TITLE), "bar", [w(s) for s in STAGES], [stages])]
    months = [p for p in made.surveys_by_period if p.nps.value is not None]
    if months:
        nps = Series("NPS", [p.nps.value for p in months], DECIMAL)
        named = [period_text(p.period, lang) for p in months]
        charts.append(ChartData("review_nps", w(NPS_TITLE), "line", named, [nps],
                                low=-100, high=100, markers=True))  # fmt: skip
    periods = sorted({p.period for points in made.ratings.values() for p in points if p.rating is not None})
    if periods:
        series = []
        for platform, points in sorted(made.ratings.items(), key=lambda item: item[0].value):
            by_period = {p.period: p.rating for p in points if p.rating is not None}
            if by_period:
                series.append(Series(translate("Reviews", PLATFORM_LABELS[platform]),
                                     [by_period.get(p) for p in periods], DECIMAL))  # fmt: skip
        named = [period_text(p, lang) for p in periods]
        charts.append(ChartData("review_ratings", w(RATINGS_TITLE), "line", named, series,
                                low=1, high=5, markers=True))  # fmt: skip
    return charts


def review_pictures(session: Session, client_id: int, translate: Translate, lang: str) -> Iterator[Picture]:
    """The same three charts drawn in the one chart style, for the PDF."""
    from smmdesk.charts import reviews as charts
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    w = _words(translate)
    made: ReviewFigures = brand_figures(session, client_id)
    f = made.funnel
    stages = list(zip((w(s) for s in STAGES), (f.requests, f.delivered, f.clicked, f.reviews), strict=True))
    labels = {p: translate("Reviews", label) for p, label in PLATFORM_LABELS.items()}
    for title, figure in (
        (w(FUNNEL_TITLE), charts.funnel_chart(stages, lang)),
        (w(NPS_TITLE), charts.nps_chart(made.surveys_by_period, lang)),
        (w(RATINGS_TITLE), charts.ratings_chart(made.ratings, labels, lang)),
    ):
        width, height = (int(v * CHART_DPI) for v in figure.get_size_inches())
        yield Picture(title, png_bytes(figure), width, height)


def _words(translate: Translate) -> Callable[[str], str]:
    return lambda text: translate(WORDS, text)
