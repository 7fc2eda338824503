"""A strategy's KPIs on a review campaign (on a file and on a server): the reviews left, the
conversion, the average stars, NPS, CSAT and a platform's rating follow the campaign's rows, each
counted here again from the raw rows as they stood on a day; a checkpoint on such a KPI is judged
from it; the demo's strategy follows the demo's review campaign."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

from review_setup import DAY, coffee_campaign, write_customers, write_survey
from sqlalchemy import select

from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.domain.strategy.control import KpiBar, Result
from smmdesk.domain.strategy.kpis import FIGURES, FigureLink, FigureOrigin
from smmdesk.services import campaigns as clients
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_figures as sf
from smmdesk.services import strategy_items as items
from smmdesk.services import strategy_state as state
from smmdesk.services.reviews import campaigns, customers, figures, outcomes, surveys, waves
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.models import ReviewAnswer, ReviewRequest

REVIEW_FIGURES = [key for key, d in FIGURES.items() if d.origin is FigureOrigin.REVIEWS]
MIDDLE = dt.date(2026, 12, 7)  # after the first reviews and answers, before the rest
AFTER = dt.date(2026, 12, 31)


def one_decimal(value: D) -> D:
    return value.quantize(D("0.1"), rounding=ROUND_HALF_UP)


def by_hand(requests: list, answers: list, day: dt.date) -> dict[str, D | None]:  # type: ignore[type-arg]
    """The figures counted from the raw rows: what a planner would count in the spreadsheet."""
    sent = [r for r in requests if r.sent_on <= day]
    left = [r for r in sent if r.review_platform and r.review_day <= day]
    delivered = [r for r in sent if r.delivered]
    stars = [r.stars for r in left if r.stars is not None]
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC) - dt.timedelta(hours=3)  # Moscow
    given = [a for a in answers if a.answered_at is not None and a.answered_at.replace(tzinfo=dt.UTC) < end]
    scores = [a.nps for a in given if a.nps is not None]
    marks = [a.csat for a in given if a.csat is not None]
    promoters, detractors = sum(s >= 9 for s in scores), sum(s <= 6 for s in scores)
    return {
        "reviews.reviews": D(len(left)),
        "reviews.conversion": one_decimal(D(len(left)) * 100 / len(delivered)) if delivered else None,
        "reviews.stars": one_decimal(D(sum(stars)) / len(stars)) if stars else None,
        "reviews.nps": one_decimal(D(promoters - detractors) * 100 / len(scores)) if scores else None,
        "reviews.csat": one_decimal(D(sum(m >= 4 for m in marks)) * 100 / len(marks)) if marks else None,
    }


def coffee_shop(db, tmp_path: Path) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    """The coffee shop's campaign with a wave, what came back, a survey and ratings: (client, campaign)."""
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        customers.apply_customers(
            session, customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        )
    with db.transaction() as session:
        waves.prepare_wave(session, ident, DAY)
        first, second = session.scalars(
            select(ReviewRequest.id).where(ReviewRequest.campaign_id == ident).order_by(ReviewRequest.id)
        ).all()
        outcomes.record_outcome(
            session, first, review=ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, dt.date(2026, 12, 6)),
            today=AFTER,
        )
        outcomes.record_outcome(session, second, delivered=True, clicked=True, today=AFTER)
        surveys.import_survey(session, ident, write_survey(tmp_path / "survey.csv"))
        figures.record_rating(session, client, ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 1), D("4.4"))
        figures.record_rating(session, client, ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 20), D("4.6"))
    with db.transaction() as session:  # a second review, left later on 2GIS
        waves.prepare_wave(session, ident, dt.date(2026, 12, 8))
        late = session.scalars(
            select(ReviewRequest.id)
            .where(ReviewRequest.campaign_id == ident, ReviewRequest.review_platform == "")
            .order_by(ReviewRequest.id.desc())
        ).first()
        assert late is not None
        outcomes.record_outcome(
            session, late, review=ReviewLeft(ReviewPlatform.TWO_GIS, 2, dt.date(2026, 12, 15)), today=AFTER
        )
    return client, ident


def test_each_review_figure_follows_the_campaign_s_rows_as_they_stood_on_a_day(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, ident = coffee_shop(db, tmp_path)
    links = [FigureLink(key, ident) for key in REVIEW_FIGURES]
    with db.reading() as session:
        assert [r.title for r in sf.records(session, sf.ORIGIN_KIND[FigureOrigin.REVIEWS], client)] == [
            "Отзывы декабря"
        ]
        assert sf.records(session, sf.ORIGIN_KIND[FigureOrigin.REVIEWS], client + 1) == []
        found = {day: sf.figures(session, links, day) for day in (dt.date(2026, 11, 30), MIDDLE, AFTER)}
        gone = sf.figures(session, [FigureLink("reviews.reviews", ident + 99)], AFTER)
        requests = (
            session.execute(select(ReviewRequest).where(ReviewRequest.campaign_id == ident)).scalars().all()
        )
        answers = (
            session.execute(select(ReviewAnswer).where(ReviewAnswer.campaign_id == ident)).scalars().all()
        )
        requests = [(r.sent_on, r.delivered, r.review_platform, r.review_day, r.stars) for r in requests]
        answers = [(a.answered_at, a.nps, a.csat) for a in answers]

    class Row:
        def __init__(self, **values: object) -> None:
            self.__dict__.update(values)

    raw_requests = [
        Row(sent_on=s, delivered=d, review_platform=p, review_day=rd, stars=n) for s, d, p, rd, n in requests
    ]
    raw_answers = [Row(answered_at=t, nps=n, csat=c) for t, n, c in answers]
    assert gone == {FigureLink("reviews.reviews", ident + 99): None}
    for day, values in found.items():
        expected = by_hand(raw_requests, raw_answers, day)
        for key, value in expected.items():
            assert values[FigureLink(key, ident)] == value, (day, key)
    middle, after = found[MIDDLE], found[AFTER]
    assert (
        middle[FigureLink("reviews.reviews", ident)] == 1 and after[FigureLink("reviews.reviews", ident)] == 2
    )
    assert (
        after[FigureLink("reviews.stars", ident)] == D("3.5")
        and after[FigureLink("reviews.nps", ident)] is not None
    )
    assert (
        found[dt.date(2026, 11, 30)][FigureLink("reviews.nps", ident)] is None
    )  # no answer yet: unknown, not 0
    # the rating typed last on or before the day; never typed for 2GIS: unknown
    assert found[dt.date(2026, 11, 30)][FigureLink("reviews.rating.yandex_maps", ident)] is None
    assert middle[FigureLink("reviews.rating.yandex_maps", ident)] == D("4.4")
    assert after[FigureLink("reviews.rating.yandex_maps", ident)] == D("4.6")
    assert after[FigureLink("reviews.rating.2gis", ident)] is None


def test_a_checkpoint_on_a_review_kpi_is_judged_from_the_campaign(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    client, ident = coffee_shop(db, tmp_path)
    with db.transaction() as session:
        sid = st.create_strategy(session, "Отзывы «Зерна»", dt.date(2026, 12, 1), AFTER, client_id=client)
        v = st.latest_version(session, sid)
        goal = items.add(session, v, "goal", title="Репутация", kind="reputation", owner="Ольга",
                         start=dt.date(2026, 12, 1), end=AFTER)  # fmt: skip
        reviews = items.add(session, v, "kpi", goal_id=goal, metric="Отзывы", unit="шт.", baseline=D(0),
                            target=D(4), start=dt.date(2026, 12, 1), due=AFTER,
                            link=FigureLink("reviews.reviews", ident))  # fmt: skip
        nps = items.add(session, v, "kpi", goal_id=goal, metric="NPS", unit="", baseline=D(0),
                        target=D(60), start=dt.date(2026, 12, 1), due=AFTER,
                        link=FigureLink("reviews.nps", ident))  # fmt: skip
        items.add(session, v, "initiative", title="Отзывы декабря", kind="review_campaign", record_id=ident,
                  goal_id=goal)  # fmt: skip
        items.add(session, v, "checkpoint", title="Три отзыва к 10-му", day=dt.date(2026, 12, 10),
                  bar=KpiBar(reviews, D(3)), goal_id=goal)  # fmt: skip
        items.add(session, v, "checkpoint", title="Два отзыва к 20-му", day=dt.date(2026, 12, 20),
                  bar=KpiBar(reviews, D(2)), goal_id=goal)  # fmt: skip
        run = ctl.check(session, sid, AFTER)
        now = state.strategy_state(session, v, AFTER)
    results = {o.checkpoint.title: (o.verdict.result if o.verdict else None, o.value) for o in run.outcomes}
    assert results["Три отзыва к 10-му"] == (Result.FAILED, D(1))  # the 2GIS review came on the 15th
    assert results["Два отзыва к 20-му"] == (Result.PASSED, D(2))
    assert now.kpis[reviews].current == 2 and now.kpis[reviews].progress == D(50)
    assert now.kpis[nps].current is not None and now.kpis[nps].progress is not None


def test_the_demo_strategy_follows_the_demo_s_review_campaign(demo_copy: Path) -> None:
    db = open_workspace(demo_copy)
    try:
        with db.reading() as session:
            (summary,) = st.list_strategies(session)
            info = st.strategy_info(session, summary.id)
            now = state.strategy_state(session, info.latest.id, AFTER)
            linked = [
                k for k in now.version.kpis if k.link is not None and k.link.figure.startswith("reviews.")
            ]
            initiative = next(i for i in now.version.initiatives if i.kind == "review_campaign")
            rows = session.execute(
                select(ReviewRequest.review_platform, ReviewRequest.review_day).where(
                    ReviewRequest.campaign_id == initiative.record_id
                )
            ).all()
            checkpoint = next(c for c in now.version.checkpoints if c.title.startswith("10 отзывов"))
    finally:
        db.close()
    left = [r for r in rows if r.review_platform and r.review_day <= AFTER]
    by_checkpoint = [r for r in rows if r.review_platform and r.review_day <= checkpoint.day]
    reviews = next(k for k in linked if k.link is not None and k.link.figure == "reviews.reviews")
    assert {k.link.figure for k in linked if k.link} == {"reviews.reviews", "reviews.nps"}
    assert rows and now.kpis[reviews.id].current == len(left) > 0
    assert checkpoint.verdict is not None
    n = len(by_checkpoint)  # against 10, from a baseline of 0: half way is "partly"
    assert checkpoint.verdict.result is (
        Result.PASSED if n >= 10 else Result.PARTLY if n >= 5 else Result.FAILED
    )
