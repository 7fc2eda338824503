"""Working days and working hours by a country's production calendar (Russia by default).

RULES.md: working days are Mon–Fri less the public holidays and the substituted days off of the
production calendar (1–8 January, 31 December 2026…), and a Saturday made a working day by a
substitution counts. The `holidays` package knows both. SLA working hours (09:00–18:00 by
default) and a strategy's load both count through this one calendar.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_COUNTRY = "RU"
DEFAULT_HOURS = (dt.time(9, 0), dt.time(18, 0))


class WorkCalendar:
    """One country's working days; years are loaded as they are asked for."""

    def __init__(self, country: str = DEFAULT_COUNTRY) -> None:
        import holidays  # imported on first use: it is not needed to start the program

        self.country = country
        self._days: Any = holidays.country_holidays(country)

    def is_working_day(self, day: dt.date) -> bool:
        return bool(self._days.is_working_day(day))

    def working_days(self, start: dt.date, end: dt.date) -> list[dt.date]:
        """The working days from `start` to `end`, both included; empty when end < start."""
        days = []
        day = start
        while day <= end:
            if self.is_working_day(day):
                days.append(day)
            day += dt.timedelta(days=1)
        return days

    def count(self, start: dt.date, end: dt.date) -> int:
        return len(self.working_days(start, end))

    def iso_week_working_days(self, year: int, week: int) -> int:
        """How many working days the ISO week has (5 in an ordinary week, fewer around holidays)."""
        monday = dt.date.fromisocalendar(year, week, 1)
        return self.count(monday, monday + dt.timedelta(days=6))


@lru_cache(maxsize=8)
def calendar(country: str = DEFAULT_COUNTRY) -> WorkCalendar:
    return WorkCalendar(country)


@dataclass(frozen=True)
class WorkingHours:
    """The working time of a day in a zone, on the working days of a country's calendar."""

    zone: str = "Europe/Moscow"
    start: dt.time = DEFAULT_HOURS[0]
    end: dt.time = DEFAULT_HOURS[1]
    country: str = DEFAULT_COUNTRY

    def __post_init__(self) -> None:
        if not self.start < self.end:
            raise ValueError("the working day must end after it starts")


def add_working_time(moment: dt.datetime, duration: dt.timedelta, hours: WorkingHours) -> dt.datetime:
    """`moment` plus `duration` of working time only; aware in, aware UTC out.

    A clock that starts outside working time starts at the next opening: a mention collected on
    Saturday night with a 4-hour deadline is due on Monday at 13:00 (on an ordinary week).
    """
    if moment.tzinfo is None:
        raise ValueError("an aware datetime is needed")
    zone = ZoneInfo(hours.zone)
    days = calendar(hours.country)
    local = moment.astimezone(zone)
    left = duration
    while True:
        day = local.date()
        opens = dt.datetime.combine(day, hours.start, zone)
        closes = dt.datetime.combine(day, hours.end, zone)
        if not days.is_working_day(day) or local >= closes:
            local = dt.datetime.combine(day + dt.timedelta(days=1), hours.start, zone)
            continue
        local = max(local, opens)
        room = closes - local
        if left <= room:
            return (local + left).astimezone(dt.UTC)
        left -= room
        local = dt.datetime.combine(day + dt.timedelta(days=1), hours.start, zone)


def working_time_between(start: dt.datetime, end: dt.datetime, hours: WorkingHours) -> dt.timedelta:
    """The working time from `start` to `end` (zero when end is not after start)."""
    zone = ZoneInfo(hours.zone)
    days = calendar(hours.country)
    local, stop = start.astimezone(zone), end.astimezone(zone)
    total = dt.timedelta()
    day = local.date()
    while day <= stop.date():
        if days.is_working_day(day):
            opens = max(dt.datetime.combine(day, hours.start, zone), local)
            closes = min(dt.datetime.combine(day, hours.end, zone), stop)
            if closes > opens:
                total += closes - opens
        day += dt.timedelta(days=1)
    return total
