"""A strategy's KPI on the brand's reputation, on the demo: the share of negative mentions and the
first-response median follow the Репутация section's mentions, counted here from the rows again
(on a day in the middle of the month, from the replies given by then); before any mention they are
unknown, never 0. A survey's private follow-ups (the demo's review campaign puts its detractors
into the queue) are no part of the brand's public figures."""

from __future__ import annotations

import datetime as dt
import statistics
from decimal import Decimal as D
from pathlib import Path
from zoneinfo import ZoneInfo

from sqlalchemy import select

from smmdesk.domain.strategy.kpis import FigureLink
from smmdesk.services import strategy as st
from smmdesk.services import strategy_figures as sf
from smmdesk.services import strategy_items as items
from smmdesk.services import strategy_state as state
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.models import Mention, ReviewAnswer

AFTER = dt.date(2026, 12, 31)  # every demo mention is November's
MIDDLE = dt.date(2026, 11, 15)


def test_reputation_kpis_follow_the_brand_s_mentions(demo_copy: Path) -> None:
    db = open_workspace(demo_copy)
    try:
        with db.transaction() as s:
            (summary,) = st.list_strategies(s)
            info = st.strategy_info(s, summary.id)
            v = info.latest.id  # the re-plan's draft
            goal = items.items(s, v, "goal")[0].id
            brand = info.client_id
            assert brand is not None and [r.id for r in sf.records(s, sf.ORIGIN_KIND[
                sf.FIGURES["reputation.negative_share"].origin], brand)] == [brand]  # fmt: skip
            period = {"start": info.period_from, "due": AFTER, "direction": "lower", "goal_id": goal}
            negative = items.add(s, v, "kpi", metric="Доля негатива", unit="%", baseline=D(30),
                                 target=D(10), link=FigureLink("reputation.negative_share", brand),
                                 **period)  # fmt: skip
            response = items.add(s, v, "kpi", metric="Первый ответ", unit="ч", baseline=D(6),
                                 target=D(1), link=FigureLink("reputation.first_response", brand),
                                 **period)  # fmt: skip
            late = state.strategy_state(s, v, AFTER)
            early = state.strategy_state(s, v, dt.date(2026, 10, 1))
            middle = state.strategy_state(s, v, MIDDLE)
            zone = load_brand(s, brand).zone
            rows = s.execute(
                select(Mention.id, Mention.sentiment, Mention.sentiment_set, Mention.severity,
                       Mention.deadline_at, Mention.collected_at, Mention.published_at,
                       Mention.first_reply_at)
                .where(Mention.client_id == brand)
            ).all()  # fmt: skip
            answered = select(ReviewAnswer.mention_id).where(ReviewAnswer.mention_id.is_not(None))
            private = set(s.scalars(answered))
    finally:
        db.close()
    assert private, "the demo's survey puts its detractors into the queue"
    rows = [r for r in rows if r.id not in private]
    words = [r.sentiment_set or r.sentiment for r in rows]
    known = [w for w in words if w != "unknown"]
    share = D(known.count("negative")) * 100 / D(len(known))
    waits = [
        (r.first_reply_at - (r.collected_at or r.published_at)).total_seconds() / 3600
        for r in rows
        if r.severity and r.deadline_at is not None and r.first_reply_at is not None
    ]
    assert rows and known and waits
    assert late.kpis[negative].current == share and 0 < share < 100
    assert abs(float(late.kpis[response].current) - statistics.median(waits)) < 1e-6
    assert late.kpis[negative].progress is not None
    assert early.kpis[negative].current is None and early.kpis[response].current is None
    # in the middle of the month only the replies given by the end of that day count
    end = dt.datetime.combine(MIDDLE + dt.timedelta(days=1), dt.time(), ZoneInfo(zone))
    then = [
        (r.first_reply_at - (r.collected_at or r.published_at)).total_seconds() / 3600
        for r in rows
        if r.severity and r.deadline_at is not None and r.first_reply_at is not None
        and r.published_at < end and r.first_reply_at < end
    ]  # fmt: skip
    answered_later = [
        r for r in rows
        if r.severity and r.deadline_at is not None and r.published_at < end
        and r.first_reply_at is not None and r.first_reply_at >= end
    ]  # fmt: skip
    assert then and answered_later  # a reply given after the day is not in that day's median
    assert abs(float(middle.kpis[response].current) - statistics.median(then)) < 1e-6
