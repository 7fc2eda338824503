"""The load by role and ISO week, capacity, gap, people and cost by RULES.md, worked around the New Year.

The production calendar of 2026/27: 31 December 2026 is a day off (substituted), 1–8 January 2027
are holidays; so ISO week 2026-W53 (28 Dec – 3 Jan) has 3 working days and 2027-W01 has none.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.load import WorkingDays, spread, staffing_plan, week_label, weeks_between
from smmdesk.domain.strategy.people import Executor, ExecutorKind, role_code
from smmdesk.domain.strategy.plan import Raci, Task, TaskStatus, validate_task

D = dt.date
W53, W01, W02 = (2026, 53), (2027, 1), (2027, 2)


def task(id: int, role: str, start: dt.date, due: dt.date, effort: str, **changes: object) -> Task:
    return Task(id, f"Задача {id}", role, start, due, Decimal(effort), **changes)  # type: ignore[arg-type]


DESIGNERS = [
    Executor(1, "Анна", ExecutorKind.EMPLOYEE, "designer", Decimal(40), Decimal(1500)),
    Executor(2, "Борис", ExecutorKind.FREELANCER, "designer", Decimal(20), Decimal(1200)),
]


def test_effort_is_spread_over_the_working_days_only() -> None:
    days = WorkingDays(D(2026, 12, 1), D(2027, 1, 31))
    # 28 Dec – 12 Jan: working days 28, 29, 30 Dec and 11, 12 Jan = 5; 20 h → 4 h a day
    shares = spread(task(1, "designer", D(2026, 12, 28), D(2027, 1, 12), "20"), days)
    assert shares == {W53: 12, W02: 8}
    assert days.in_week(W53) == 3 and days.in_week(W01) == 0 and days.in_week((2026, 49)) == 5
    # a task inside the holidays has nowhere to fall
    assert spread(task(2, "designer", D(2027, 1, 2), D(2027, 1, 8), "10"), days) is None


def test_the_new_year_staffing_plan_worked_by_hand() -> None:
    tasks = [
        task(1, "designer", D(2026, 12, 28), D(2027, 1, 12), "20"),  # 12 h in W53, 8 h in W02
        task(2, "designer", D(2026, 12, 28), D(2026, 12, 30), "45"),  # 45 h in W53
        task(3, "designer", D(2027, 1, 2), D(2027, 1, 8), "10"),  # holidays only: not placed
        task(4, "designer", D(2026, 12, 1), D(2026, 12, 31), "99", status=TaskStatus.CANCELLED),
        task(5, "copywriter", D(2027, 1, 11), D(2027, 1, 13), "10"),  # 10 ÷ 3 a day, all in W02
    ]
    plan = staffing_plan(tasks, DESIGNERS, D(2026, 12, 28), D(2027, 1, 17))
    assert plan.weeks == (W53, W01, W02)
    assert plan.roles == ("copywriter", "designer")
    assert [t.id for t in plan.unplaced] == [3]

    w53 = plan.row("designer", W53)
    # load 12 + 45 = 57; capacity (40 + 20) × 3 ÷ 5 = 36; gap 21;
    # people ceil(21 ÷ (40 × 3 ÷ 5 = 24)) = 1; rate (1500 + 1200) ÷ 2 = 1350; cost 21 × 1350
    assert (w53.load, w53.capacity, w53.gap, w53.people) == (Decimal(57), Decimal(36), Decimal(21), 1)
    assert (w53.rate, w53.cost) == (Decimal("1350.00"), Decimal("28350.00"))
    assert w53.week_label == "2026-W53" and w53.utilisation == Decimal("158.3")  # 57 ÷ 36

    w01 = plan.row("designer", W01)
    assert (w01.working_days, w01.load, w01.capacity, w01.gap, w01.people, w01.cost) == (
        0, 0, 0, 0, 0, Decimal("0.00"),
    )  # fmt: skip
    assert w01.utilisation is None

    w02 = plan.row("designer", W02)
    assert (w02.load, w02.capacity, w02.gap, w02.people) == (Decimal(8), Decimal(60), Decimal(0), 0)

    copy = plan.row("copywriter", W02)
    # nobody holds the role: capacity 0, gap 10, ceil(10 ÷ 40) = 1 person, and no rate known: "—"
    assert (copy.load, copy.capacity, copy.gap, copy.people, copy.rate, copy.cost) == (
        Decimal(10), Decimal(0), Decimal(10), 1, None, None,
    )  # fmt: skip
    assert [(r.role, r.week_label) for r in plan.short()] == [
        ("copywriter", "2027-W02"),
        ("designer", "2026-W53"),
    ]


def test_a_rate_set_for_the_role_wins_and_hours_are_shown_to_one_decimal_half_up() -> None:
    tasks = [task(1, "copywriter", D(2026, 12, 1), D(2026, 12, 3), "10")]  # Tue–Thu of W49
    plan = staffing_plan(tasks, [], D(2026, 11, 30), D(2026, 12, 6), {"copywriter": Decimal("999.99")})
    row = plan.row("copywriter", (2026, 49))
    assert (row.load, row.gap, row.people) == (Decimal(10), Decimal(10), 1)
    assert row.cost == Decimal("9999.90")
    # 10 h over 3 days, 2 of them in the week: 6.666… → 6.7
    split = staffing_plan(
        [task(1, "analyst", D(2026, 12, 3), D(2026, 12, 7), "10")],  # Thu, Fri | Mon
        [Executor(1, "Ира", ExecutorKind.EMPLOYEE, "analyst", Decimal(0), Decimal(1000))],
        D(2026, 11, 30),
        D(2026, 12, 13),
    )
    assert [r.load for r in split.rows] == [Decimal("6.7"), Decimal("3.3")]
    assert [r.cost for r in split.rows] == [Decimal("6666.67"), Decimal("3333.33")]


def test_weeks_and_their_labels() -> None:
    assert weeks_between(D(2026, 11, 30), D(2026, 12, 14)) == [(2026, 49), (2026, 50), (2026, 51)]
    assert week_label((2026, 9)) == "2026-W09"


def test_exactly_one_accountable_per_task() -> None:
    good = task(1, "designer", D(2026, 12, 1), D(2026, 12, 2), "4", raci=Raci((1,), (2,), (3,), (4, 5)))
    validate_task(good)
    assert good.raci.letters(1) == "R" and good.raci.letters(2) == "A" and good.raci.letters(9) == ""
    for accountable in ((), (1, 2)):
        bad = task(1, "designer", D(2026, 12, 1), D(2026, 12, 2), "4", raci=Raci((1,), accountable))
        with pytest.raises(
            ValidationError, match=f"exactly one accountable person; it has {len(accountable)}"
        ):
            validate_task(bad)
    with pytest.raises(ValidationError, match="due before it starts"):
        validate_task(task(1, "designer", D(2026, 12, 2), D(2026, 12, 1), "4"), raci_required=False)


def test_roles_as_planners_write_them() -> None:
    assert role_code("SMM-менеджер") == "smm_manager"
    assert role_code("Дизайнер") == "designer"
    assert role_code("монтажёр") == "video_maker"
    assert role_code("Фотограф") == "Фотограф"  # a role of the planner's own


def test_a_large_plan_gives_the_table_of_a_day_by_day_count() -> None:
    """400 tasks over the New Year (efforts with fractions of an hour, some cancelled, some on the
    holidays only): the plan's load, capacity, gap and people are those counted here day by day
    from the production calendar, each day's share an exact fraction, rounded half up at the end."""
    import math
    import random
    from collections import defaultdict
    from decimal import ROUND_HALF_UP
    from fractions import Fraction

    from smmdesk.domain.workdays import calendar

    rng = random.Random(7)
    roles = ["designer", "copywriter", "smm", "monteur"]
    tasks = []
    for n in range(400):
        start = D(2026, 11, 2) + dt.timedelta(days=rng.randrange(0, 110))
        status = TaskStatus.CANCELLED if n % 37 == 0 else TaskStatus.PLANNED
        effort = rng.choice(["1", "7.5", "0.3", "13", "2.25", "40"])
        tasks.append(task(n, roles[n % 4], start, start + dt.timedelta(days=rng.randrange(0, 25)), effort,
                          status=status))  # fmt: skip
    tasks.append(task(400, "smm", D(2027, 1, 2), D(2027, 1, 8), "10"))  # the holidays only
    hours = [Decimal(rng.choice([20, 30, 40])) for _ in range(7)]
    people = [Executor(n, f"Человек {n}", ExecutorKind.EMPLOYEE, roles[n % 3], hours[n], Decimal(1000 + n))
              for n in range(7)]  # fmt: skip
    start, end = D(2026, 11, 2), D(2027, 2, 28)
    plan = staffing_plan(tasks, people, start, end)

    days = calendar()
    load: dict[tuple[str, tuple[int, int]], Fraction] = defaultdict(Fraction)
    unplaced = []
    for t in tasks:
        if t.status is TaskStatus.CANCELLED:
            continue
        working = days.working_days(t.start, t.due)
        if not working:
            unplaced.append(t.id)
        for day in working:
            load[(t.role, day.isocalendar()[:2])] += Fraction(t.effort) / len(working)
    assert [t.id for t in plan.unplaced] == unplaced and 400 in unplaced  # and one-day tasks on weekends

    def tenth(value: Fraction) -> Decimal:
        return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(Decimal("0.1"), ROUND_HALF_UP)

    assert set(plan.roles) == set(roles)
    for role in roles:
        weekly = sum((Fraction(p.weekly_hours) for p in people if p.role == role), Fraction(0))
        for week in plan.weeks:
            monday = dt.date.fromisocalendar(*week, 1)
            working = len(days.working_days(monday, monday + dt.timedelta(days=6)))
            capacity = weekly * working / 5
            gap = max(Fraction(0), load[(role, week)] - capacity)
            row = plan.row(role, week)
            assert (row.working_days, row.load, row.capacity, row.gap) == (
                working, tenth(load[(role, week)]), tenth(capacity), tenth(gap)
            ), (role, week)
            assert row.people == (math.ceil(gap / (Fraction(40) * working / 5)) if gap else 0)
    assert any(r.gap > 0 for r in plan.rows) and any(r.load == 0 for r in plan.rows)
