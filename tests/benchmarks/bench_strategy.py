"""A strategy of 2,000 tasks, 50 executors and 52 weeks: the load heat-map and the staffing plan."""

from __future__ import annotations

import datetime as dt
import random
from collections import defaultdict
from decimal import Decimal

from common import median_ms, report

TASKS, EXECUTORS, WEEKS = 2000, 50, 52


def run() -> None:
    from smmdesk.domain.strategy.load import staffing_plan
    from smmdesk.domain.strategy.people import ROLES, Executor, ExecutorKind
    from smmdesk.domain.strategy.plan import Task

    rng = random.Random(16)
    roles = list(ROLES)
    start = dt.date(2026, 1, 5)
    end = start + dt.timedelta(weeks=WEEKS) - dt.timedelta(days=1)
    tasks = []
    for n in range(TASKS):
        first = start + dt.timedelta(days=rng.randrange(0, 7 * WEEKS - 20))
        tasks.append(
            Task(n, f"Задача {n}", roles[n % len(roles)], first,
                 first + dt.timedelta(days=rng.randrange(0, 20)), Decimal(rng.randrange(1, 80)))
        )  # fmt: skip
    executors = [
        Executor(n, f"Исполнитель {n}", ExecutorKind.EMPLOYEE, roles[n % len(roles)],
                 Decimal(rng.choice([20, 30, 40])), Decimal(rng.randrange(800, 3000)))
        for n in range(EXECUTORS)
    ]  # fmt: skip
    plan = staffing_plan(tasks, executors, start, end)
    assert len(plan.weeks) == WEEKS and len(plan.rows) == WEEKS * len(roles)

    def heatmap_and_plan() -> None:
        found = staffing_plan(tasks, executors, start, end)
        [[found.row(role, week).utilisation for week in found.weeks] for role in found.roles]

    def floor() -> None:
        load: dict[tuple[str, int], float] = defaultdict(float)
        for task in tasks:
            days = (task.due - task.start).days + 1
            for offset in range(days):
                load[(task.role, (task.start + dt.timedelta(days=offset)).isocalendar()[1])] += (
                    float(task.effort) / days
                )

    report(
        f"load heat-map and staffing plan, {TASKS} tasks × {EXECUTORS} people × {WEEKS} weeks",
        median_ms(heatmap_and_plan, repeat=5),
        200,
        floor=median_ms(floor, repeat=5),
        floor_name="effort spread day by day in floats, no calendar",
    )
