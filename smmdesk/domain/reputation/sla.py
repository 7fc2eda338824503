"""Answering on time (RULES.md): the clock's start, the deadline by the SLA table, first-response
time, SLA compliance, overdue and how late.

The SLA table is a per-brand setting; `DEFAULT_SLA` is RULES.md's. With working hours set, only
working time counts (through `smmdesk.domain.workdays`, the production calendar).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.domain.workdays import WorkingHours, add_working_time


class Severity(StrEnum):
    S1 = "S1"
    S2 = "S2"
    S3 = "S3"
    S4 = "S4"


SEVERITY_LABELS: dict[Severity, str] = {
    Severity.S1: QT_TRANSLATE_NOOP("Reputation", "S1 safety, legal, large reach, spike"),
    Severity.S2: QT_TRANSLATE_NOOP("Reputation", "S2 1–2★ review, repeated complaint"),
    Severity.S3: QT_TRANSLATE_NOOP("Reputation", "S3 ordinary negative"),
    Severity.S4: QT_TRANSLATE_NOOP("Reputation", "S4 question, praise"),
}

_DEFAULT_HOURS: dict[tuple[Severity, ChannelKind], Decimal] = {
    (Severity.S1, ChannelKind.SOCIAL): Decimal("0.5"),
    (Severity.S1, ChannelKind.REVIEWS): Decimal(4),
    (Severity.S1, ChannelKind.PRESS): Decimal(2),
    (Severity.S2, ChannelKind.SOCIAL): Decimal(1),
    (Severity.S2, ChannelKind.REVIEWS): Decimal(24),
    (Severity.S2, ChannelKind.PRESS): Decimal(24),
    (Severity.S3, ChannelKind.SOCIAL): Decimal(4),
    (Severity.S3, ChannelKind.REVIEWS): Decimal(48),
    (Severity.S3, ChannelKind.PRESS): Decimal(48),
    (Severity.S4, ChannelKind.SOCIAL): Decimal(24),
    (Severity.S4, ChannelKind.REVIEWS): Decimal(72),
    (Severity.S4, ChannelKind.PRESS): Decimal(72),
}

BAD_SLA_HOURS = QT_TRANSLATE_NOOP("Errors", "The time to answer must be more than 0 hours: {value}")
INCOMPLETE_SLA = QT_TRANSLATE_NOOP("Errors", "The SLA table has no time for {severity} and {channel}.")


@dataclass(frozen=True)
class SlaTable:
    """Hours to answer per severity and channel kind, and whether only working hours count."""

    hours: Mapping[tuple[Severity, ChannelKind], Decimal] = field(
        default_factory=lambda: MappingProxyType(dict(_DEFAULT_HOURS))
    )
    working_hours: WorkingHours | None = None  # None: the clock runs round the clock (the default)

    def __post_init__(self) -> None:
        for severity in Severity:
            for channel in ChannelKind:
                value = self.hours.get((severity, channel))
                if value is None:
                    raise ValidationError(INCOMPLETE_SLA, field="sla", severity=severity, channel=channel)
                if value <= 0:
                    raise ValidationError(BAD_SLA_HOURS, field="sla", value=value)
        object.__setattr__(self, "hours", MappingProxyType(dict(self.hours)))

    def with_hours(self, severity: Severity, channel: ChannelKind, hours: Decimal) -> SlaTable:
        """A copy with one cell changed (the planner edits the brand's table)."""
        return SlaTable({**self.hours, (severity, channel): hours}, self.working_hours)

    def allowed(self, severity: Severity, channel: ChannelKind) -> dt.timedelta:
        return dt.timedelta(seconds=float(self.hours[(severity, channel)] * 3600))


DEFAULT_SLA = SlaTable()


def clock_start(collected: dt.datetime | None, published: dt.datetime | None) -> dt.datetime | None:
    """When the clock starts: collected, or published where the collected time is unknown."""
    return collected if collected is not None else published


def deadline(
    start: dt.datetime, severity: Severity, channel: ChannelKind, table: SlaTable = DEFAULT_SLA
) -> dt.datetime:
    """start + the SLA of the channel kind and severity; only working time when the table says so."""
    allowed = table.allowed(severity, channel)
    if table.working_hours is not None:
        return add_working_time(start, allowed, table.working_hours)
    return (start + allowed).astimezone(dt.UTC)


def first_response_time(start: dt.datetime | None, replies: Iterable[dt.datetime]) -> dt.timedelta | None:
    """The first reply's time − the clock's start; None before any reply or without a start."""
    first = min(replies, default=None)
    if start is None or first is None:
        return None
    return first - start


def lateness(due: dt.datetime, answered: dt.datetime | None, now: dt.datetime) -> dt.timedelta | None:
    """How late a mention is (answered after its deadline, or unanswered past it); None when on time."""
    moment = answered if answered is not None else now
    late = moment - due
    return late if late > dt.timedelta() else None


def is_overdue(due: dt.datetime, answered: dt.datetime | None, now: dt.datetime) -> bool:
    """Unanswered past its deadline: what the queue paints red."""
    return answered is None and now > due


@dataclass(frozen=True)
class Answerable:
    """What compliance needs of a mention: its deadline and its first reply."""

    due: dt.datetime
    answered: dt.datetime | None


def sla_compliance(items: Iterable[Answerable], start: dt.datetime, end: dt.datetime) -> Decimal | None:
    """answered by the deadline ÷ all whose deadline fell in [start, end), × 100; None with none."""
    due = answered = 0
    for item in items:
        if not start <= item.due < end:
            continue
        due += 1
        answered += item.answered is not None and item.answered <= item.due
    if not due:
        return None
    return Decimal(answered) * 100 / Decimal(due)


def percentile(values: Iterable[dt.timedelta], p: int) -> dt.timedelta | None:
    """The p-th percentile by the nearest rank (the smallest value with p % of them at or below it).

    Nearest rank keeps the figure one of the measured times: "9 of 10 answers within 2 h 10 min".
    None for no values.
    """
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, -(-p * len(ordered) // 100))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Iterable[dt.timedelta]) -> dt.timedelta | None:
    """The middle value; the mean of the two middle ones for an even count."""
    ordered = sorted(values)
    if not ordered:
        return None
    middle = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[middle]
    return (ordered[middle - 1] + ordered[middle]) / 2
