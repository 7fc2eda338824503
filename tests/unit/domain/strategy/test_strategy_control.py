"""Motivate, control, coordinate: agreements and the monthly budget, checkpoints and the board, versions."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.control import (
    ChecklistBar,
    Checkpoint,
    JudgementBar,
    KpiBar,
    Result,
    board,
    days_of,
    evaluate,
    judgement,
    passed_ids,
)
from smmdesk.domain.strategy.goals import Goal, GoalKind
from smmdesk.domain.strategy.kpis import Direction, Kpi
from smmdesk.domain.strategy.motivation import (
    Agreement,
    AgreementKind,
    motivation_budget,
    payments,
    validate_agreement,
)
from smmdesk.domain.strategy.people import Executor, ExecutorKind
from smmdesk.domain.strategy.plan import Task
from smmdesk.domain.strategy.versions import StrategyVersion, approve, differences, edit, new_version

D = dt.date
FOLLOWERS = Kpi(1, 1, "подписчики", "", Decimal(10000), Decimal(20000), D(2026, 1, 1), D(2026, 12, 31))
CPM = Kpi(2, 1, "CPM", "₽", Decimal(300), Decimal(200), D(2026, 1, 1), D(2026, 12, 31), Direction.LOWER)
KPIS = {1: FOLLOWERS, 2: CPM}


@pytest.mark.parametrize(
    ("kpi_id", "threshold", "value", "result"),
    [
        (1, "15000", "15000", Result.PASSED),  # at the threshold
        (1, "15000", "12500", Result.PARTLY),  # half the way from 10 000
        (1, "15000", "12400", Result.FAILED),
        (2, "250", "240", Result.PASSED),  # lower is beyond for a cost
        (2, "250", "275", Result.PARTLY),  # 25 of the 50 down from 300
        (2, "250", "290", Result.FAILED),
    ],
)
def test_a_kpi_bar_is_judged_from_the_linked_figure(
    kpi_id: int, threshold: str, value: str, result: Result
) -> None:
    checkpoint = Checkpoint(1, "Полгода", D(2026, 6, 30), KpiBar(kpi_id, Decimal(threshold)))
    assert evaluate(checkpoint, D(2026, 6, 29), KPIS, {kpi_id: Decimal(value)}) is None  # not yet
    verdict = evaluate(checkpoint, D(2026, 6, 30), KPIS, {kpi_id: Decimal(value)})
    assert verdict is not None and verdict.result is result
    assert evaluate(checkpoint, D(2026, 7, 1), KPIS, {}) is None  # the figure not known


def test_a_checklist_and_a_judgement_with_its_evidence() -> None:
    bar = ChecklistBar(("рубрикатор", "контент-план", "ToV"))
    checkpoint = Checkpoint(2, "Запуск", D(2026, 2, 1), bar)
    assert evaluate(checkpoint, D(2026, 2, 1), KPIS, {}).result is Result.FAILED  # type: ignore[union-attr]
    some = replace(checkpoint, bar=replace(bar, done=frozenset({0, 2})))
    assert evaluate(some, D(2026, 2, 1), KPIS, {}).result is Result.PARTLY  # type: ignore[union-attr]
    every = replace(checkpoint, bar=replace(bar, done=frozenset({0, 1, 2})))
    assert evaluate(every, D(2026, 2, 1), KPIS, {}).result is Result.PASSED  # type: ignore[union-attr]
    with pytest.raises(ValidationError, match="evidence"):
        judgement(Result.PASSED, D(2026, 2, 1), " ")
    verdict = judgement(Result.PARTLY, D(2026, 2, 1), "https://disk/отчёт.pdf", "продлить на месяц")
    judged = Checkpoint(3, "Тон", D(2026, 2, 1), JudgementBar("Клиент доволен тоном?"), verdict=verdict)
    assert evaluate(judged, D(2026, 3, 1), KPIS, {}) == verdict


def test_the_board_shows_due_failed_and_coming() -> None:
    today = D(2026, 6, 30)
    checkpoints = [
        Checkpoint(1, "Подписчики", D(2026, 6, 30), KpiBar(1, Decimal(15000))),  # fails today
        Checkpoint(2, "Тон", D(2026, 6, 20), JudgementBar("?")),  # due, nobody judged it
        Checkpoint(3, "CPM", D(2026, 7, 10), KpiBar(2, Decimal(250))),  # coming
        Checkpoint(4, "Осень", D(2026, 9, 1), KpiBar(2, Decimal(230))),  # beyond the 14 days
        Checkpoint(5, "Старт", D(2026, 2, 1), ChecklistBar(("а",), frozenset({0}))),  # passed
    ]
    found = board(checkpoints, today, KPIS, {1: Decimal(11000)})
    assert [c.id for c in found.due] == [2]
    assert [(c.id, v.result) for c, v in found.failed] == [(1, Result.FAILED)]
    assert [c.id for c in found.coming] == [3]


def test_a_bonus_falls_due_only_when_its_checkpoint_passed() -> None:
    bonus = Agreement(1, 7, AgreementKind.KPI_BONUS, Decimal(20000), D(2026, 7, 5), kpi_id=1,
                      threshold=Decimal(15000), checkpoint_id=9)  # fmt: skip
    validate_agreement(bonus)
    assert [p.due for p in payments(bonus)] == [False]
    assert [p.due for p in payments(bonus, frozenset({9}))] == [True]
    passed = Checkpoint(
        9, "x", D(2026, 6, 30), JudgementBar("?"), verdict=judgement(Result.PASSED, D(2026, 6, 30), "ok")
    )
    partly = Checkpoint(
        8, "y", D(2026, 6, 30), JudgementBar("?"), verdict=judgement(Result.PARTLY, D(2026, 6, 30), "ok")
    )
    assert passed_ids([passed, partly]) == frozenset({9})
    with pytest.raises(ValidationError, match="tied to a KPI"):
        validate_agreement(replace(bonus, checkpoint_id=None))


def test_the_motivation_budget_month_by_month() -> None:
    agreements = [
        Agreement(1, 1, AgreementKind.MONTHLY, Decimal(60000), D(2026, 1, 1), D(2026, 3, 31), pay_day=31),
        Agreement(2, 2, AgreementKind.PER_PIECE, Decimal("3333.33"), D(2026, 2, 15), quantity=Decimal(3)),
        Agreement(3, 3, AgreementKind.HOURLY, Decimal(1500), D(2026, 2, 28), quantity=Decimal("12.5")),
        Agreement(4, 4, AgreementKind.KPI_BONUS, Decimal(20000), D(2026, 3, 5), kpi_id=1,
                  threshold=Decimal(15000), checkpoint_id=9),
        Agreement(5, 5, AgreementKind.BARTER, Decimal(12000), D(2026, 3, 1), description="кофемашина"),
        Agreement(6, 6, AgreementKind.NON_MONETARY, Decimal(0), D(2026, 3, 1), description="кейс"),
    ]  # fmt: skip
    for agreement in agreements:
        validate_agreement(agreement)
    assert [p.day for p in payments(agreements[0])] == [D(2026, 1, 31), D(2026, 2, 28), D(2026, 3, 31)]
    budget = motivation_budget(agreements)
    # February: 60 000 + 3 × 3 333,33 = 9 999,99 + 12,5 × 1 500 = 18 750 → 88 749,99
    assert [(b.month, b.money_due, b.bonuses_possible, b.barter) for b in budget] == [
        ("2026-01", Decimal("60000.00"), 0, 0),
        ("2026-02", Decimal("88749.99"), 0, 0),
        ("2026-03", Decimal("60000.00"), Decimal("20000.00"), Decimal("12000.00")),
    ]
    assert budget[2].total == Decimal("92000.00")
    earned = motivation_budget(agreements, frozenset({9}))
    assert (earned[2].money_due, earned[2].bonuses_possible) == (Decimal("80000.00"), 0)


def test_a_bonus_falls_in_its_checkpoint_s_month_not_the_strategy_s_first() -> None:
    # a bonus left on the form's first day (the strategy's 1 October), judged on 20 November
    bonus = Agreement(4, 4, AgreementKind.KPI_BONUS, Decimal(30000), D(2026, 10, 1), kpi_id=1,
                      threshold=Decimal(15000), checkpoint_id=9)  # fmt: skip
    point = Checkpoint(9, "Подписчики к 20 ноября", D(2026, 11, 20), JudgementBar("?"))
    days = days_of([point])
    assert [(p.day, p.due) for p in payments(bonus, frozenset(), days)] == [(D(2026, 11, 20), False)]
    budget = motivation_budget([bonus], frozenset(), days)
    assert [(b.month, b.bonuses_possible) for b in budget] == [("2026-11", Decimal("30000.00"))]
    later = replace(bonus, start=D(2026, 12, 5))  # paid after the checkpoint, on a day of its own
    assert [p.day for p in payments(later, frozenset({9}), days)] == [D(2026, 12, 5)]
    # the version history speaks of the month the bonus moved to as well
    first = StrategyVersion(1, "", agreements=(bonus,), checkpoints=(point,))
    moved = replace(first, number=2, checkpoints=(replace(point, day=D(2026, 12, 10)),))
    assert [dict(c.params)["month"] for c in differences(first, moved)] == ["2026-11", "2026-12"]


def test_an_approved_version_is_frozen_and_a_new_one_carries_its_reason() -> None:
    goal = Goal(1, "Узнаваемость", GoalKind.AWARENESS, "Мария", D(2026, 1, 1), D(2026, 12, 31))
    task = Task(1, "Съёмка reels", "video_maker", D(2026, 3, 2), D(2026, 3, 6), Decimal(16))
    anna = Executor(1, "Анна", ExecutorKind.EMPLOYEE, "designer", Decimal(40), Decimal(1500))
    fee = Agreement(1, 1, AgreementKind.MONTHLY, Decimal(60000), D(2026, 3, 1), D(2026, 3, 31))
    first = StrategyVersion(1, "", (goal,), (FOLLOWERS,), (), (task,), (anna,), (fee,))
    approved = approve(first, "клиент, Ольга", D(2026, 1, 10))
    with pytest.raises(ValidationError, match="Version 1 was approved by the client and is frozen"):
        edit(approved, tasks=())
    with pytest.raises(ValidationError, match="why"):
        new_version(approved, " ")
    second = new_version(approved, "чекпоинт «Полгода» провален")
    assert (second.number, second.frozen, second.reason) == (2, False, "чекпоинт «Полгода» провален")
    boris = Executor(2, "Борис", ExecutorKind.FREELANCER, "video_maker", Decimal(20), Decimal(1200))
    second = edit(
        second,
        kpis=(replace(FOLLOWERS, target=Decimal(25000)),),
        tasks=(replace(task, due=D(2026, 3, 13)),),
        executors=(replace(anna, weekly_hours=Decimal(30)), boris),
        agreements=(replace(fee, amount=Decimal(70000)),),
    )
    assert [c.render() for c in differences(approved, second)] == [  # figures grouped by non-breaking spaces
        "KPI «подписчики»: target 20\u00a0000 → 25\u00a0000",
        "Task «Съёмка reels»: due 06.03.2026 → 13.03.2026",
        "Executor «Анна»: hours a week 40 → 30",
        "Executor «Борис» added",
        "Motivation budget for 2026-03: 60\u00a0000 → 70\u00a0000",
    ]
    assert [c.area for c in differences(second, replace(second, goals=()))] == ["goals"]
