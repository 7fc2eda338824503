"""Goals and KPIs by RULES.md: progress up and down, expected progress, status, the goal tree's progress."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.goals import Goal, GoalKind, move_goal, validate_tree
from smmdesk.domain.strategy.kpis import (
    CheckIn,
    Direction,
    FigureLink,
    Kpi,
    Status,
    expected_progress,
    goal_progress,
    kpi_state,
    progress,
    status,
    validate_kpi,
)
from smmdesk.domain.strategy.people import Executor, ExecutorKind, validate_executor

YEAR = (dt.date(2026, 1, 1), dt.date(2026, 12, 31))


def goal(id: int, parent: int | None = None, weight: str = "1", title: str = "") -> Goal:
    return Goal(id, title or f"Цель {id}", GoalKind.AWARENESS, "Мария", *YEAR, Decimal(weight), parent)


def kpi(id: int = 1, baseline: str = "10000", target: str = "20000", direction: Direction = Direction.RAISE,
        goal_id: int = 1, weight: str = "1", link: FigureLink | None = None) -> Kpi:  # fmt: skip
    return Kpi(id, goal_id, "подписчики", "", Decimal(baseline), Decimal(target), *YEAR, direction, link,
               Decimal(weight))  # fmt: skip


@pytest.mark.parametrize(
    ("current", "expected"),
    [("14000", "40"), ("20000", "100"), ("22000", "120"), ("9000", "-10"), ("10000", "0")],
)
def test_progress_of_a_raising_kpi(current: str, expected: str) -> None:
    # (current − 10 000) ÷ (20 000 − 10 000) × 100
    assert progress(kpi(), Decimal(current)) == Decimal(expected)


def test_progress_of_a_lowering_kpi_such_as_a_cost() -> None:
    cpm = kpi(baseline="300", target="200", direction=Direction.LOWER)
    assert progress(cpm, Decimal(260)) == Decimal(40)  # (300 − 260) ÷ (300 − 200) × 100
    assert progress(cpm, Decimal(180)) == Decimal(120)
    assert progress(cpm, Decimal(330)) == Decimal(-30)
    assert progress(cpm, None) is None


def test_expected_progress_is_the_elapsed_share_of_the_period() -> None:
    start, due = dt.date(2026, 1, 1), dt.date(2026, 1, 11)
    assert expected_progress(start, due, dt.date(2026, 1, 6)) == Decimal(50)  # 5 of 10 days
    assert expected_progress(start, due, dt.date(2025, 12, 1)) == Decimal(0)
    assert expected_progress(start, due, dt.date(2026, 2, 1)) == Decimal(100)
    # 181 of 364 days of 2026 = 49.725…
    assert kpi_state(kpi(), dt.date(2026, 7, 1)).expected == Decimal("49.7")


@pytest.mark.parametrize(
    ("done", "judged"),
    [
        ("100", Status.ACHIEVED), ("130", Status.ACHIEVED),
        ("40", Status.ON_TRACK), ("39.96", Status.ON_TRACK),  # shown as 40.0, judged as shown
        ("39.9", Status.AT_RISK), ("25", Status.AT_RISK),
        ("24.9", Status.OFF_TRACK), ("-5", Status.OFF_TRACK),
    ],
)  # fmt: skip
def test_status_against_an_expected_50(done: str, judged: Status) -> None:
    assert status(Decimal(done), Decimal(50)) is judged


def test_unknown_while_no_value_is_known() -> None:
    state = kpi_state(kpi(), dt.date(2026, 7, 1))
    assert (state.current, state.progress, state.status) == (None, None, Status.UNKNOWN)


def test_the_current_value_is_the_latest_check_in_or_the_linked_figure() -> None:
    check_ins = [
        CheckIn(dt.date(2026, 3, 1), Decimal(12000), "VK"),
        CheckIn(dt.date(2026, 6, 1), Decimal(14000), "VK"),
        CheckIn(dt.date(2026, 8, 1), Decimal(19000), "VK"),
    ]
    state = kpi_state(kpi(), dt.date(2026, 7, 1), check_ins)
    assert (state.current, state.progress, state.status) == (Decimal(14000), Decimal("40.0"), Status.ON_TRACK)
    reach = kpi(baseline="0", target="1000000", link=FigureLink("campaign.reach", 7))
    linked = {FigureLink("campaign.reach", 7): Decimal(250000)}
    state = kpi_state(reach, dt.date(2026, 7, 1), check_ins, linked)
    assert (state.current, state.progress, state.status) == (Decimal(250000), Decimal("25.0"), Status.AT_RISK)


def test_a_goals_progress_is_the_weighted_mean_of_its_parts_each_capped_at_100() -> None:
    goals = [goal(1), goal(2, parent=1, weight="2")]
    kpis = [kpi(1, goal_id=1), kpi(2, goal_id=1), kpi(3, goal_id=2), kpi(4, goal_id=2)]
    found = goal_progress(goals, kpis, {1: Decimal(120), 2: Decimal(40), 3: Decimal(70), 4: None})
    assert found[2] == Decimal(70)  # the unknown KPI 4 is left out
    assert found[1] == Decimal(70)  # (1 × 100 + 1 × 40 + 2 × 70) ÷ 4
    assert goal_progress([goal(3)], [], {}) == {3: None}


def test_the_goal_tree_refuses_cycles_and_missing_parents() -> None:
    goals = [goal(1, title="Узнаваемость"), goal(2, 1, title="Охват"), goal(3, 2, title="Reels")]
    validate_tree(goals)
    with pytest.raises(ValidationError, match="Узнаваемость → Reels → Охват → Узнаваемость"):
        move_goal(goals, 1, 3)
    with pytest.raises(ValidationError, match="not a goal"):
        validate_tree([goal(1, parent=9)])


def test_a_goal_has_exactly_one_owner() -> None:
    with pytest.raises(ValidationError) as refused:
        validate_tree([Goal(1, "Охват", GoalKind.AWARENESS, "Мария, Олег", *YEAR)])
    assert refused.value.field == "owner"
    with pytest.raises(ValidationError):
        validate_tree([Goal(1, "Охват", GoalKind.AWARENESS, " ", *YEAR)])


def test_a_kpi_target_must_lie_the_way_it_goes() -> None:
    validate_kpi(kpi())
    with pytest.raises(ValidationError, match="above its baseline"):
        validate_kpi(kpi(baseline="100", target="50"))
    with pytest.raises(ValidationError, match="below its baseline"):
        validate_kpi(kpi(baseline="100", target="150", direction=Direction.LOWER))
    with pytest.raises(ValidationError, match="No such figure"):
        validate_kpi(kpi(link=FigureLink("campaign.happiness", 1)))


def test_figures_in_the_refusals_are_written_as_every_figure_is() -> None:
    """«выше базового значения (0)», not «(0.0000)», as the KPI is kept; «200», not «200.00»."""
    with pytest.raises(ValidationError) as refused:
        validate_kpi(kpi(baseline="0.0000", target="0.0000"))
    assert "its baseline (0) to raise it" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        validate_kpi(kpi(baseline="150000.5000", target="100", direction=Direction.RAISE))
    assert "(150\u00a0000,50)" in str(refused.value)
    with pytest.raises(ValidationError) as refused:
        validate_executor(Executor(1, "Анна", ExecutorKind.EMPLOYEE, "designer", Decimal("200.00")))
    assert str(refused.value) == "Weekly hours are from 0 to 168: 200"
    assert refused.value.field == "weekly_hours"
