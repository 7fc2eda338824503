"""A review campaign's charts: NPS by month drawn at the values counted by hand from the answers
(below zero too), each platform's rating at the last value typed in its month."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from smmdesk.charts.reviews import funnel_chart, nps_chart, ratings_chart
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import Period, RatingObserved, ratings_over_time, survey_figures
from smmdesk.domain.reviews.survey_rows import SurveyAnswer


def answer(day: int, month: int, nps: int) -> SurveyAnswer:
    return SurveyAnswer(0, dt.datetime(2026, month, day, 12, tzinfo=dt.UTC), "sms", nps, None)


def test_nps_by_month_is_drawn_at_the_values_counted_by_hand() -> None:
    # November: 10, 9, 3 → (2 − 1) ÷ 3 × 100 = 33,3; December: 2, 5, 8, 10 → (1 − 2) ÷ 4 × 100 = −25,0
    answers = [answer(3, 11, 10), answer(4, 11, 9), answer(5, 11, 3),
               answer(1, 12, 2), answer(2, 12, 5), answer(3, 12, 8), answer(4, 12, 10)]  # fmt: skip
    figure = nps_chart(survey_figures(answers, Period.MONTH), "ru")
    ax = figure.axes[0]
    line = ax.get_lines()[0]
    assert [round(v, 1) for v in line.get_ydata()] == [33.3, -25.0]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["ноябрь 2026", "декабрь 2026"]
    assert [t.get_text() for t in ax.texts] == ["33,3", "\u221225"]  # as the tab's table writes them
    assert [t.get_text() for t in ax.get_yticklabels()] == ["\u2212100", "\u221250", "0", "50", "100"]
    assert ax.get_ylim()[0] <= -100 and ax.get_ylim()[1] >= 100
    assert ax.get_title(loc="left") == "NPS по месяцам"


def test_each_platforms_rating_is_the_last_typed_in_its_month() -> None:
    observed = [
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 11, 2), Decimal("4.1")),
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 11, 28), Decimal("4.3")),
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 5), Decimal("4.6")),
        RatingObserved(ReviewPlatform.TWO_GIS, dt.date(2026, 12, 6), Decimal("3.9")),
    ]
    labels = {ReviewPlatform.YANDEX_MAPS: "Яндекс Карты", ReviewPlatform.TWO_GIS: "2ГИС"}
    figure = ratings_chart(ratings_over_time(observed, []), labels, "ru")
    lines = {line.get_label(): list(line.get_ydata()) for line in figure.axes[0].get_lines()}
    assert lines == {"2ГИС": [3.9], "Яндекс Карты": [4.3, 4.6]}


def test_the_funnel_draws_each_stage_at_its_count_from_the_top() -> None:
    stages = [("Запросов", 120), ("Доставлено", 110), ("Переходов", 40), ("Отзывов", 9)]
    ax = funnel_chart(stages, "ru").axes[0]
    bars = sorted(ax.patches, key=lambda bar: bar.get_y())  # type: ignore[attr-defined]
    labels = {t.get_position()[1]: t.get_text() for t in ax.get_yticklabels()}
    # the y axis runs downwards: the first stage on top, each bar as long as its count
    assert [(labels[round(b.get_y() + b.get_height() / 2)], b.get_width()) for b in bars] == stages
    assert ax.yaxis_inverted() and [t.get_text() for t in ax.texts] == ["120", "110", "40", "9"]
