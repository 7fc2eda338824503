"""The demo's strategy: linked to the demo client's campaign and contest, its KPIs following their
real figures, a role visibly short, checkpoints passed and failed, an approval and a re-plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from sqlalchemy import func, select

from smmdesk.domain.strategy.control import Result
from smmdesk.services import kpi
from smmdesk.services import strategy as st
from smmdesk.services import strategy_state as state
from smmdesk.services.demo_strategy import CHECKED_ON
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.models import Campaign, ContestParticipant


def test_the_demo_strategy_follows_the_client_s_campaign_and_contest(demo_copy: Path) -> None:
    db = open_workspace(demo_copy)
    try:
        with db.reading() as s:
            (summary,) = st.list_strategies(s)
            info = st.strategy_info(s, summary.id)
            now = state.strategy_state(s, info.latest.id, CHECKED_ON)
            links = {k.link.figure: k.link.record_id for k in now.version.kpis if k.link}
            campaign = s.get_one(Campaign, links["campaign.reach"])
            # the reach the campaign's own KPI table shows
            reach = next(
                line.fact for line in kpi.campaign_results(s, campaign.id).kpis if line.key == "reach"
            )
            entries = s.scalar(
                select(func.count()).where(ContestParticipant.contest_id == links["contest.participants"])
            )
            history = st.history(s, summary.id)
    finally:
        db.close()
    assert campaign.client_id == info.client_id and info.client_name
    by_metric = {state_.kpi.metric: state_ for state_ in now.kpis.values()}
    assert by_metric["Охват кампании"].current == D(reach) and reach > 0
    assert by_metric["Участники розыгрыша"].current == D(entries)
    results = {c.title: c.verdict.result for c in now.version.checkpoints if c.verdict}
    assert Result.PASSED in results.values() and Result.FAILED in results.values()
    short = [r for r in now.staffing.rows if r.gap > 0 and r.role == "designer"]
    assert short and all(r.people >= 1 and r.cost for r in short)
    assert [e.version.number for e in history] == [1, 2] and history[0].version.frozen
    assert history[1].version.reason and {c.area for c in history[1].changes} >= {"targets", "tasks"}
    assert now.day == CHECKED_ON and dt.date(2026, 10, 1) == info.period_from
