"""The strategy's period holds everything dated in it: a goal's own period, a KPI's start and due
date, a task's start and due date, an agreement's start and end, a checkpoint's day, a
check-in's day and a payment's day all lie from the strategy's first day to its last. One check,
used by the services for the window's forms, the import of task sheets and the command line
alike; its message names the period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

OUTSIDE = QT_TRANSLATE_NOOP("Errors", "The date {day} is outside the strategy's period ({start} — {end}).")

# The dated fields of each kind of item, by the domain's names.
DATED: dict[str, tuple[str, ...]] = {
    "goal": ("start", "end"),
    "kpi": ("start", "due"),
    "task": ("start", "due"),
    "checkpoint": ("day",),
    "agreement": ("start", "end"),  # an agreement's end may be left empty
}


def _shown(day: dt.date) -> str:
    return f"{day:%d.%m.%Y}"


@dataclass(frozen=True)
class Period:
    """The strategy's first and last day, both in it."""

    start: dt.date
    end: dt.date

    def holds(self, day: dt.date) -> bool:
        return self.start <= day <= self.end

    def check(self, day: dt.date, field: str) -> None:
        """Raises ValidationError on `field`, naming the period, when the day is outside it."""
        if not self.holds(day):
            raise ValidationError(
                OUTSIDE, field=field, day=_shown(day), start=_shown(self.start), end=_shown(self.end)
            )

    def check_item(self, kind: str, item: Any, fields: Iterable[str] | None = None) -> None:
        """The item's dated fields (of `fields` when given: those being set) inside the period."""
        wanted = None if fields is None else set(fields)
        for name in DATED.get(kind, ()):
            day = getattr(item, name)
            if day is not None and (wanted is None or name in wanted):
                self.check(day, name)
