"""The strategy's period: its first and last day are in it, the day before and after are not, and
the refusal names the day, the field and the period."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.goals import Goal, GoalKind
from smmdesk.domain.strategy.period import Period
from smmdesk.domain.strategy.plan import Task

PERIOD = Period(dt.date(2026, 10, 1), dt.date(2026, 12, 31))


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (dt.date(2026, 9, 30), False),
        (dt.date(2026, 10, 1), True),
        (dt.date(2026, 12, 31), True),
        (dt.date(2027, 1, 1), False),
    ],
)
def test_the_first_and_last_day_are_in_the_period(day: dt.date, inside: bool) -> None:
    assert PERIOD.holds(day) is inside


def test_a_refusal_names_the_day_the_field_and_the_period() -> None:
    goal = Goal(1, "Охват", GoalKind.AWARENESS, "Мария", dt.date(2026, 10, 1), dt.date(2027, 1, 15))
    with pytest.raises(ValidationError) as caught:
        PERIOD.check_item("goal", goal)
    assert caught.value.field == "end"
    said = "The date 15.01.2027 is outside the strategy's period (01.10.2026 — 31.12.2026)."
    assert str(caught.value) == said


def test_only_the_fields_being_set_are_checked() -> None:
    task = Task(1, "Итоги", "analyst", dt.date(2026, 9, 28), dt.date(2026, 10, 2), D(4))
    PERIOD.check_item("task", task, {"status"})  # a status recorded: its dates stand as they were
    with pytest.raises(ValidationError) as caught:
        PERIOD.check_item("task", task, {"start", "due"})
    assert caught.value.field == "start"
