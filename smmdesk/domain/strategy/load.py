"""The load by role and ISO week against capacity, and the staffing plan, by RULES.md:

    a task's effort is spread evenly over the working days from its start to its due date
    load(role, week)     = Σ over the role's tasks of the effort falling in the week
    capacity(role, week) = Σ its executors' weekly hours × the week's working days ÷ 5
    gap                  = max(0, load − capacity)
    people needed        = ceil(gap ÷ (40 × the week's working days ÷ 5)), 0 without a gap
    cost of the gap      = gap × the role's contractor rate (set per role; by default the mean of
                           its executors' hourly rates; None, "—", when neither is known)

Working days come from the production calendar (`workdays`): the New Year weeks have three and
zero working days in 2026/27. Sums are exact (fractions of an hour) and rounded only where they
are shown: hours to one decimal, money to the kopeck, half up. A task with no working day between
its start and its due date cannot be spread; it is listed, not silently dropped.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.strategy.people import Executor, roles_of
from smmdesk.domain.strategy.plan import Task
from smmdesk.domain.workdays import DEFAULT_COUNTRY, calendar

FULL_WEEK_HOURS = 40
Week = tuple[int, int]  # ISO year and week


def week_label(week: Week) -> str:
    """(2026, 49) → '2026-W49', as ISO 8601 writes a week."""
    return f"{week[0]}-W{week[1]:02d}"


def week_of(day: dt.date) -> Week:
    year, week, _ = day.isocalendar()
    return (year, week)


def weeks_between(start: dt.date, end: dt.date) -> list[Week]:
    """The ISO weeks from the one holding `start` to the one holding `end`."""
    monday = start - dt.timedelta(days=start.weekday())
    weeks = []
    while monday <= end:
        weeks.append(week_of(monday))
        monday += dt.timedelta(days=7)
    return weeks


class WorkingDays:
    """Working days of a span of dates counted in constant time (a running count per day)."""

    def __init__(self, first: dt.date, last: dt.date, country: str = DEFAULT_COUNTRY) -> None:
        days = calendar(country)
        self.first = first - dt.timedelta(days=first.weekday())
        self.last = last + dt.timedelta(days=6 - last.weekday())
        running = [0]
        day = self.first
        while day <= self.last:
            running.append(running[-1] + days.is_working_day(day))
            day += dt.timedelta(days=1)
        self._running = running
        self._weeks: list[Week] = []  # the ISO week of each Monday of the span, filled as asked

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days from `start` to `end`, both included (0 when end < start)."""
        start, end = max(start, self.first), min(end, self.last)
        if end < start:
            return 0
        return self._running[(end - self.first).days + 1] - self._running[(start - self.first).days]

    def by_week(self, start: dt.date, end: dt.date) -> tuple[int, list[tuple[Week, int]]]:
        """(working days from `start` to `end`, [(each ISO week they touch, its working days in
        the span)]), both ends included; the weeks without a working day in the span left out."""
        start, end = max(start, self.first), min(end, self.last)
        if end < start:
            return 0, []
        running, first, last = self._running, (start - self.first).days, (end - self.first).days
        total = running[last + 1] - running[first]
        weeks = []
        for index in range(first // 7, last // 7 + 1):  # self.first is a Monday: day n is in week n // 7
            counted = running[min(last, 7 * index + 6) + 1] - running[max(first, 7 * index)]
            if counted:
                weeks.append((self.week(index), counted))
        return total, weeks

    def week(self, index: int) -> Week:
        """The ISO week of the span's `index`-th Monday."""
        weeks = self._weeks
        while len(weeks) <= index:
            weeks.append(week_of(self.first + dt.timedelta(days=7 * len(weeks))))
        return weeks[index]

    def in_week(self, week: Week) -> int:
        monday = dt.date.fromisocalendar(week[0], week[1], 1)
        return self.count(monday, monday + dt.timedelta(days=6))


def spread(task: Task, days: WorkingDays) -> dict[Week, Fraction] | None:
    """The task's effort by ISO week, exactly; None when it has no working day to fall on."""
    total, weeks = days.by_week(task.start, task.due)
    if total == 0:
        return None
    effort = Fraction(task.effort)
    return {week: effort * counted / total for week, counted in weeks}


@dataclass(frozen=True)
class StaffingRow:
    """One role in one ISO week; hours to one decimal, money to the kopeck."""

    role: str
    week: Week
    working_days: int
    load: Decimal
    capacity: Decimal
    gap: Decimal
    people: int
    rate: Decimal | None  # the contractor rate the gap is bought at
    cost: Decimal | None  # None ("—") when no rate is known; 0 without a gap

    @property
    def week_label(self) -> str:
        return week_label(self.week)

    @property
    def utilisation(self) -> Decimal | None:
        """load ÷ capacity × 100, one decimal: the heat-map's figure; None with no capacity."""
        if not self.capacity:
            return None
        return round_to(self.load / self.capacity * 100, 1)


@dataclass(frozen=True)
class StaffingPlan:
    weeks: tuple[Week, ...]
    roles: tuple[str, ...]
    rows: tuple[StaffingRow, ...]  # role by role, week by week
    unplaced: tuple[Task, ...]  # tasks with no working day between start and due

    def row(self, role: str, week: Week) -> StaffingRow:
        return self.rows[self.roles.index(role) * len(self.weeks) + self.weeks.index(week)]

    def short(self) -> list[StaffingRow]:
        """The weeks where a role is short: the answer to "whom do we need"."""
        return [r for r in self.rows if r.gap > 0]


def contractor_rates(
    executors: Iterable[Executor], role_rates: Mapping[str, Decimal]
) -> dict[str, Decimal | None]:
    """Each role's rate: the one set for it, else the mean of its executors' known hourly rates."""
    known: dict[str, list[Decimal]] = defaultdict(list)
    roles = set(role_rates)
    for executor in executors:
        roles.add(executor.role)
        if executor.hourly_rate is not None:
            known[executor.role].append(executor.hourly_rate)
    rates: dict[str, Decimal | None] = {}
    for role in roles:
        if role in role_rates:
            rates[role] = role_rates[role]
        elif known[role]:
            rates[role] = sum(known[role], Decimal(0)) / len(known[role])
        else:
            rates[role] = None
    return rates


def role_week_load(
    tasks: Iterable[Task], days: WorkingDays
) -> tuple[dict[tuple[str, Week], Fraction], list[Task]]:
    """Σ over each role's tasks of the effort falling in each ISO week, exactly as `spread` shares
    it out, and the tasks with no working day. A share is effort × counted ÷ total: its numerator
    and denominator are summed as integers, by denominator, and made one Fraction per cell at the
    end (Fraction arithmetic task by task and week by week took most of a large plan's time)."""
    parts: dict[tuple[str, Week], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    efforts: dict[Decimal, tuple[int, int]] = {}
    unplaced = []
    for task in tasks:
        total, weeks = days.by_week(task.start, task.due)
        if total == 0:
            unplaced.append(task)
            continue
        ratio = efforts.get(task.effort)
        if ratio is None:
            ratio = efforts[task.effort] = Decimal(task.effort).as_integer_ratio()
        numerator, denominator = ratio[0], ratio[1] * total
        for week, counted in weeks:
            parts[(task.role, week)][denominator] += numerator * counted
    load = {}
    for cell, sums in parts.items():
        common = math.lcm(*sums)
        load[cell] = Fraction(sum(n * (common // d) for d, n in sums.items()), common)
    return load, unplaced


def _decimal(value: Fraction) -> Decimal:
    return Decimal(value.numerator) / Decimal(value.denominator)


def staffing_plan(
    tasks: Sequence[Task],
    executors: Sequence[Executor],
    start: dt.date,
    end: dt.date,
    role_rates: Mapping[str, Decimal] | None = None,
    country: str = DEFAULT_COUNTRY,
) -> StaffingPlan:
    """The load, capacity, gap, people and cost of every role in every ISO week of start…end."""
    role_rates = role_rates or {}
    weeks = weeks_between(start, end)
    counted = [t for t in tasks if t.counts_for_load]
    first = min([start, *(t.start for t in counted)])
    last = max([end, *(t.due for t in counted)])
    days = WorkingDays(first, last, country)
    load, unplaced = role_week_load(counted, days)
    weekly: dict[str, Fraction] = defaultdict(Fraction)
    for executor in executors:
        weekly[executor.role] += Fraction(executor.weekly_hours)
    rates = contractor_rates(executors, role_rates)
    roles = roles_of(executors, extra=[t.role for t in counted] + list(role_rates))
    rows = []
    for role in roles:
        rate = rates.get(role)
        for week in weeks:
            working = days.in_week(week)
            role_load = load.get((role, week), Fraction(0))
            capacity = weekly[role] * working / 5
            gap = max(Fraction(0), role_load - capacity)
            people = math.ceil(gap / (Fraction(FULL_WEEK_HOURS) * working / 5)) if gap else 0
            cost = None if rate is None else round_money(_decimal(gap) * rate)
            rows.append(
                StaffingRow(
                    role,
                    week,
                    working,
                    round_to(_decimal(role_load), 1),
                    round_to(_decimal(capacity), 1),
                    round_to(_decimal(gap), 1),
                    people,
                    None if rate is None else round_money(rate),
                    cost,
                )
            )
    return StaffingPlan(tuple(weeks), tuple(roles), tuple(rows), tuple(unplaced))
