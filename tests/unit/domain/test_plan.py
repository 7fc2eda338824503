"""The placement plan: rows, days, and the conflicts a planner must see."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from smmdesk.domain.estimate_view import LineView
from smmdesk.domain.plan import PlanEntry, build_plan, month_days, week_days

FEB = dt.date(2027, 2, 1)


def placement(key: str, account: int, name: str, day: dt.date | None, platform: str = "vk") -> PlanEntry:
    line = LineView(
        id=0, line_key=key, position=0, kind="placement", account_id=account, format_id=1,
        format_title="Фото", planned_date=day, title="", quantity=1, unit_price=Decimal(1000),
        discount_pct=Decimal(0), contractor_fee=None, influencer_name=name, platform=platform,
        handle=name.lower(), tax_status="npd", followers=None, reach=None, views=None,
    )  # fmt: skip
    return PlanEntry(1, line)


def test_rows_per_influencer_or_platform_and_undated_kept_aside() -> None:
    entries = [
        placement("a", 1, "Яна", FEB),
        placement("b", 2, "Алина", FEB + dt.timedelta(days=3), platform="telegram"),
        placement("c", 1, "Яна", None),
    ]
    titles = {"vk": "VK", "telegram": "Telegram"}
    plan = build_plan(entries, FEB, dt.date(2027, 2, 14), titles=titles)
    assert [label for _, label in plan.rows] == ["Алина (Telegram @алина)", "Яна (VK @яна)"]
    assert [e.line.line_key for e in plan.undated] == ["c"]
    by_platform = build_plan(entries, FEB, dt.date(2027, 2, 14), by="platform")
    assert [key for key, _ in by_platform.rows] == ["telegram", "vk"]


def test_two_placements_of_one_account_on_one_day_and_a_date_outside_are_conflicts() -> None:
    entries = [
        placement("a", 1, "Яна", FEB),
        placement("b", 1, "Яна", FEB),
        placement("c", 2, "Алина", FEB + dt.timedelta(days=1)),
        placement("d", 2, "Алина", dt.date(2027, 3, 5)),
    ]
    plan = build_plan(entries, FEB, dt.date(2027, 2, 28))
    yana, alina = plan.rows[1][0], plan.rows[0][0]
    assert plan.double_booked == {(1, FEB)}
    assert plan.conflict(yana, FEB)
    assert not plan.conflict(alina, FEB + dt.timedelta(days=1))
    assert plan.conflict(alina, dt.date(2027, 3, 5))
    assert [e.line.line_key for e in plan.dated_outside()] == ["d"]


def test_month_and_week_days() -> None:
    assert len(month_days(2027, 2)) == 28 and month_days(2026, 12)[-1] == dt.date(2026, 12, 31)
    week = week_days(dt.date(2027, 2, 3))  # a Wednesday
    assert week[0] == FEB and week[-1] == dt.date(2027, 2, 7)
