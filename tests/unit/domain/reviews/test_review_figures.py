"""NPS, CSAT, review conversion, stars and ratings by RULES.md, worked out by hand; survey exports read."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import (
    Period,
    RatingObserved,
    RequestOutcome,
    ReviewLeft,
    csat,
    follow_ups,
    funnel,
    funnel_figures,
    mean_stars,
    nps,
    period_label,
    ratings_over_time,
    review_conversion,
    survey_figures,
)
from smmdesk.domain.reviews.survey_rows import SurveyAnswer, parse_score, read_survey
from smmdesk.io.review_imports import read_survey_file


def test_nps_counts_promoters_and_detractors_and_skips_empty_answers() -> None:
    # promoters 10, 9, 9, 10 (4); passives 8, 7 (2); detractors 6, 5, 0 (3); one empty answer
    figure = nps([10, 9, 9, 8, 7, 6, 5, 0, None, 10])
    assert (figure.respondents, figure.promoters, figure.passives, figure.detractors) == (9, 4, 2, 3)
    assert figure.value == Decimal("11.1")  # (4 − 3) ÷ 9 × 100 = 11.11…


def test_nps_rounds_half_up_to_one_decimal_never_half_to_even() -> None:
    # 16 respondents: 5 promoters, 7 passives, 4 detractors → 1 ÷ 16 × 100 = 6.25 → 6.3 (not 6.2)
    assert nps([10] * 5 + [8] * 7 + [3] * 4).value == Decimal("6.3")
    assert nps([10] * 4 + [8] * 7 + [3] * 5).value == Decimal("-6.3")
    assert nps([9, 10]).value == Decimal("100.0") and nps([0]).value == Decimal("-100.0")
    assert nps([None, None]).value is None


def test_csat_is_the_share_of_fours_and_fives() -> None:
    figure = csat([5, 4, 4, 3, 2, 1, 5, None])
    assert (figure.answers, figure.satisfied) == (7, 4)
    assert figure.value == Decimal("57.1")  # 4 ÷ 7 × 100 = 57.14…
    assert csat([5] + [3] * 15).value == Decimal("6.3")  # 6.25 half up
    assert csat([]).value is None
    with pytest.raises(ValueError):
        csat([6])


def test_review_conversion_is_reviews_left_over_requests_delivered() -> None:
    assert review_conversion(7, 40) == Decimal("17.5")
    assert review_conversion(1, 16) == Decimal("6.3")
    assert review_conversion(3, 0) is None
    outcomes = [
        RequestOutcome("a", "sms", dt.date(2026, 12, 1), delivered=True, clicked=True,
                       review=ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, dt.date(2026, 12, 2))),
        RequestOutcome("b", "sms", dt.date(2026, 12, 1), delivered=True, clicked=True),
        RequestOutcome("c", "sms", dt.date(2026, 12, 1), delivered=True),
        RequestOutcome("d", "sms", dt.date(2026, 12, 1)),
    ]  # fmt: skip
    counted = funnel(outcomes)
    assert (counted.requests, counted.delivered, counted.clicked, counted.reviews) == (4, 3, 2, 1)
    assert counted.conversion == Decimal("33.3")  # 1 ÷ 3 × 100


def test_figures_by_period_and_channel() -> None:
    def answer(
        day: int, month: int, channel: str, score: int | None, stars: int | None = None
    ) -> SurveyAnswer:
        return SurveyAnswer(day, dt.datetime(2026, month, day, 12), channel, score, stars)

    answers = [
        answer(1, 11, "sms", 10), answer(2, 11, "email", 3),
        answer(1, 12, "sms", 9, 5), answer(2, 12, "sms", 9), answer(3, 12, "email", 0, 2),
        SurveyAnswer(99, None, "sms", 10, None),  # no date: only in the total
    ]  # fmt: skip
    monthly = survey_figures(answers, Period.MONTH)
    assert [(f.period, f.nps.respondents, f.nps.value) for f in monthly] == [
        ("2026-11", 2, Decimal("0.0")),  # (1 − 1) ÷ 2
        ("2026-12", 3, Decimal("33.3")),  # (2 − 1) ÷ 3
    ]
    by_channel = survey_figures(answers, Period.MONTH, by_channel=True)
    assert [(f.period, f.channel, f.nps.value) for f in by_channel] == [
        ("2026-11", "email", Decimal("-100.0")),
        ("2026-11", "sms", Decimal("100.0")),
        ("2026-12", "email", Decimal("-100.0")),
        ("2026-12", "sms", Decimal("100.0")),
    ]
    total = survey_figures(answers, None)
    assert len(total) == 1 and total[0].nps.respondents == 6 and total[0].csat.value == Decimal("50.0")
    assert period_label(dt.date(2026, 12, 1), Period.WEEK) == "2026-W49"
    assert period_label(dt.date(2027, 1, 3), Period.WEEK) == "2026-W53"
    assert period_label(dt.date(2026, 12, 1), Period.QUARTER) == "2026-Q4"


def test_stars_and_each_platforms_rating_over_time() -> None:
    assert mean_stars([5, 4, 4, None]) == Decimal("4.3")  # 13 ÷ 3 = 4.33…
    assert mean_stars([4, 5, 5, 5, 4, 4, 4, 4]) == Decimal("4.4")  # 35 ÷ 8 = 4.375, half up
    assert mean_stars([None]) is None
    observed = [
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 11, 30), Decimal("4.5")),
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 10), Decimal("4.55")),
        RatingObserved(ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 31), Decimal("4.6")),
    ]
    left = [
        ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, dt.date(2026, 12, 3)),
        ReviewLeft(ReviewPlatform.YANDEX_MAPS, 4, dt.date(2026, 12, 4)),
        ReviewLeft(ReviewPlatform.TWO_GIS, 3, dt.date(2026, 12, 4)),
    ]
    series = ratings_over_time(observed, left)
    yandex = [(p.period, p.rating, p.reviews, p.stars) for p in series[ReviewPlatform.YANDEX_MAPS]]
    assert yandex == [("2026-11", Decimal("4.5"), 0, None), ("2026-12", Decimal("4.6"), 2, Decimal("4.5"))]
    assert [(p.rating, p.stars) for p in series[ReviewPlatform.TWO_GIS]] == [(None, Decimal("3.0"))]
    outcomes = [
        RequestOutcome("a", "sms", dt.date(2026, 12, 1), True, True, left[0]),
        RequestOutcome("b", "email", dt.date(2026, 12, 9), True, False, None),
    ]
    weekly = funnel_figures(outcomes, Period.WEEK)
    assert [(f.period, f.funnel.requests, f.funnel.conversion, f.stars) for f in weekly] == [
        ("2026-W49", 1, Decimal("100.0"), Decimal("5.0")),
        ("2026-W50", 1, Decimal("0.0"), None),
    ]


def test_detractors_become_a_private_follow_up_list() -> None:
    answers = [
        SurveyAnswer(2, dt.datetime(2026, 12, 2), "sms", 6, None, "+79160000001"),
        SurveyAnswer(3, dt.datetime(2026, 12, 1), "sms", 7, 2, "+79160000002"),
        SurveyAnswer(4, dt.datetime(2026, 12, 3), "sms", 9, 1, "+79160000003"),
        SurveyAnswer(5, dt.datetime(2026, 12, 1), "sms", 0, None, "+79160000004"),
    ]
    found = follow_ups(answers)
    assert [(f.answer.row, f.reason) for f in found] == [(3, "csat"), (5, "nps"), (2, "nps"), (4, "csat")]
    assert not any(f.public_request for f in found)


@pytest.mark.parametrize(
    ("text", "score"),
    [
        ("9", 9),
        ("9 из 10", 9),
        ("4/5", 4),
        ("10 — точно порекомендую", 10),
        ("★★★★", 4),
        ("4,0", 4),
        ("", None),
    ],
)
def test_scores_as_survey_services_write_them(text: str, score: int | None) -> None:
    assert parse_score(text, 0, 10) == score


YANDEX_FORMS = [
    ["ID", "Дата и время", "Насколько вероятно, что вы порекомендуете нас друзьям?",
     "Насколько вы довольны обслуживанием?", "Канал", "Комментарий"],
    ["1", "01.12.2026 10:15", "10", "5", "SMS", "Спасибо!"],
    ["2", "2026-12-01 11:00:00", "6", "3", "e-mail", "Долго ждали"],
    ["3", "02.12.2026", "", "", "SMS", "—"],
    ["4", "вчера", "11", "4", "QR-код", ""],
]  # fmt: skip


def test_a_survey_export_is_read_and_what_is_off_scale_listed() -> None:
    found = read_survey(YANDEX_FORMS, "forms.csv")
    assert [(a.row, a.nps, a.csat, a.channel) for a in found.answers] == [
        (2, 10, 5, "sms"), (3, 6, 3, "email"), (5, None, 4, "qr"),
    ]  # fmt: skip
    assert found.answers[0].answered_at == dt.datetime(2026, 12, 1, 10, 15)
    assert [n.row for n in found.skipped] == [4]
    assert sorted(n.render() for n in found.warnings) == [
        "NPS answer not taken (not a score from 0 to 10): “11”",
        "date not understood: “вчера”",
    ]
    assert nps(a.nps for a in found.answers).value == Decimal("0.0")


def test_a_survey_file_without_a_score_column_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("Имя;Город\nАнна;Москва\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="NPS"):
        read_survey_file(path)
