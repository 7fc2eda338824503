"""The production calendar of RULES.md: holidays, substituted days off, working hours for the SLA."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from smmdesk.domain.workdays import WorkingHours, add_working_time, calendar, working_time_between

MSK = ZoneInfo("Europe/Moscow")


def test_new_year_and_the_substituted_31_december_are_days_off() -> None:
    days = calendar()
    assert not days.is_working_day(dt.date(2026, 12, 31))  # a day off substituted from 4 January
    assert all(not days.is_working_day(dt.date(2027, 1, d)) for d in range(1, 9))
    assert days.working_days(dt.date(2026, 12, 28), dt.date(2027, 1, 11)) == [
        dt.date(2026, 12, 28), dt.date(2026, 12, 29), dt.date(2026, 12, 30), dt.date(2027, 1, 11),
    ]  # fmt: skip


def test_a_saturday_made_a_working_day_counts() -> None:
    assert calendar().is_working_day(dt.date(2027, 2, 20))
    assert calendar().iso_week_working_days(2027, 7) == 6  # 15–20 February 2027


@pytest.mark.parametrize(
    ("week", "expected"), [((2026, 49), 5), ((2026, 53), 3), ((2027, 1), 0), ((2026, 20), 4)]
)
def test_working_days_of_an_iso_week(week: tuple[int, int], expected: int) -> None:
    assert calendar().iso_week_working_days(*week) == expected


@pytest.mark.parametrize(
    ("start", "hours", "due"),
    [
        (dt.datetime(2026, 12, 2, 10, 0, tzinfo=MSK), 4, dt.datetime(2026, 12, 2, 14, 0, tzinfo=MSK)),
        (dt.datetime(2026, 12, 4, 17, 0, tzinfo=MSK), 2, dt.datetime(2026, 12, 7, 10, 0, tzinfo=MSK)),
        (dt.datetime(2026, 12, 5, 23, 0, tzinfo=MSK), 4, dt.datetime(2026, 12, 7, 13, 0, tzinfo=MSK)),
        (dt.datetime(2026, 12, 2, 7, 30, tzinfo=MSK), 0.5, dt.datetime(2026, 12, 2, 9, 30, tzinfo=MSK)),
        (dt.datetime(2026, 12, 30, 17, 0, tzinfo=MSK), 2, dt.datetime(2027, 1, 11, 10, 0, tzinfo=MSK)),
        (dt.datetime(2026, 12, 2, 10, 0, tzinfo=MSK), 24, dt.datetime(2026, 12, 4, 16, 0, tzinfo=MSK)),
    ],
)
def test_a_deadline_in_working_hours(start: dt.datetime, hours: float, due: dt.datetime) -> None:
    got = add_working_time(start, dt.timedelta(hours=hours), WorkingHours())
    assert got == due and got.tzinfo == dt.UTC
    assert working_time_between(start, got, WorkingHours()) == dt.timedelta(hours=hours)


def test_naive_times_are_refused() -> None:
    with pytest.raises(ValueError):
        add_working_time(dt.datetime(2026, 12, 2, 10, 0), dt.timedelta(hours=1), WorkingHours())
