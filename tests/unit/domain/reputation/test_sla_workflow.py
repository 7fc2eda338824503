"""Deadlines by the SLA table, first response, compliance, overdue; statuses and the escalation ladder."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.sla import (
    DEFAULT_SLA,
    Answerable,
    Severity,
    SlaTable,
    clock_start,
    deadline,
    first_response_time,
    is_overdue,
    lateness,
    median,
    percentile,
    sla_compliance,
)
from smmdesk.domain.reputation.sources import ChannelKind
from smmdesk.domain.reputation.workflow import (
    Category,
    Ladder,
    Level,
    Rung,
    Status,
    can_move,
    move,
    suggested_level,
)
from smmdesk.domain.workdays import WorkingHours

MSK = ZoneInfo("Europe/Moscow")
UTC = dt.UTC


def msk(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=MSK)


@pytest.mark.parametrize(
    ("severity", "channel", "hours"),
    [
        (Severity.S1, ChannelKind.SOCIAL, 0.5),
        (Severity.S1, ChannelKind.REVIEWS, 4),
        (Severity.S1, ChannelKind.PRESS, 2),
        (Severity.S2, ChannelKind.SOCIAL, 1),
        (Severity.S2, ChannelKind.REVIEWS, 24),
        (Severity.S3, ChannelKind.SOCIAL, 4),
        (Severity.S3, ChannelKind.PRESS, 48),
        (Severity.S4, ChannelKind.SOCIAL, 24),
        (Severity.S4, ChannelKind.REVIEWS, 72),
    ],
)
def test_the_default_table_round_the_clock(severity: Severity, channel: ChannelKind, hours: float) -> None:
    start = msk(7, 23, 50)  # a Saturday night: round the clock, the weekend counts
    assert deadline(start, severity, channel) == start + dt.timedelta(hours=hours)
    assert deadline(start, severity, channel).tzinfo is UTC


def test_the_clock_starts_when_collected_else_when_published() -> None:
    assert clock_start(msk(3, 12), msk(3, 11)) == msk(3, 12)
    assert clock_start(None, msk(3, 11)) == msk(3, 11)
    assert clock_start(None, None) is None


def test_working_hours_skip_the_evening_and_the_4_november_holiday() -> None:
    table = SlaTable(working_hours=WorkingHours())
    # Tuesday 17:00: 1 h that day, Wednesday 4 November is a holiday, 3 h on Thursday → 12:00.
    assert deadline(msk(3, 17), Severity.S3, ChannelKind.SOCIAL, table) == msk(5, 12)
    # Saturday night, 30 minutes: Monday 09:30.
    assert deadline(msk(7, 23, 50), Severity.S1, ChannelKind.SOCIAL, table) == msk(9, 9, 30)


def test_a_brand_edits_its_table_and_a_bad_value_is_refused() -> None:
    table = DEFAULT_SLA.with_hours(Severity.S3, ChannelKind.SOCIAL, Decimal("2.5"))
    assert deadline(msk(3, 10), Severity.S3, ChannelKind.SOCIAL, table) == msk(3, 12, 30)
    assert deadline(msk(3, 10), Severity.S3, ChannelKind.SOCIAL) == msk(3, 14)  # the default is untouched
    with pytest.raises(ValidationError, match="more than 0 hours"):
        DEFAULT_SLA.with_hours(Severity.S1, ChannelKind.PRESS, Decimal(0))


def test_first_response_overdue_and_how_late() -> None:
    start = msk(3, 10)
    assert first_response_time(start, [msk(3, 13), msk(3, 11, 15)]) == dt.timedelta(hours=1, minutes=15)
    assert first_response_time(start, []) is None
    due = deadline(start, Severity.S2, ChannelKind.SOCIAL)  # 11:00
    assert lateness(due, msk(3, 11, 15), now=msk(5, 0)) == dt.timedelta(minutes=15)
    assert lateness(due, msk(3, 10, 59), now=msk(5, 0)) is None
    assert lateness(due, None, now=msk(3, 13, 30)) == dt.timedelta(hours=2, minutes=30)
    assert is_overdue(due, None, now=msk(3, 11, 1)) and not is_overdue(due, msk(3, 12), now=msk(3, 13))


def test_compliance_counts_the_deadlines_that_fell_in_the_period() -> None:
    items = [
        Answerable(msk(3, 11), msk(3, 10, 30)),  # on time
        Answerable(msk(3, 12), msk(3, 12)),  # exactly at the deadline: on time
        Answerable(msk(3, 13), msk(3, 14)),  # late
        Answerable(msk(3, 15), None),  # never answered
        Answerable(msk(9, 10), msk(9, 9)),  # outside the period
    ]
    assert sla_compliance(items, msk(1, 0), msk(8, 0)) == Decimal(50)
    assert sla_compliance(items, msk(20, 0), msk(21, 0)) is None


def test_median_and_nearest_rank_percentile() -> None:
    minutes = [dt.timedelta(minutes=m) for m in (5, 1, 9, 3, 7, 2, 8, 4, 6, 10)]
    assert median(minutes) == dt.timedelta(minutes=5, seconds=30)
    assert percentile(minutes, 90) == dt.timedelta(minutes=9)
    assert percentile(minutes[:1], 90) == dt.timedelta(minutes=5)
    assert median([]) is None and percentile([], 50) is None


def test_statuses_move_only_as_the_workflow_allows() -> None:
    assert move(Status.NEW, Status.IN_WORK) is Status.IN_WORK
    assert can_move(Status.AWAITING_APPROVAL, Status.IN_WORK)  # a reply sent back for changes
    assert can_move(Status.CLOSED, Status.IN_WORK)  # reopened
    with pytest.raises(ValidationError, match="from «Closed» to «Answered»"):
        move(Status.CLOSED, Status.ANSWERED)
    assert not can_move(Status.NEW, Status.CLOSED)


def ladder() -> Ladder:
    return Ladder(
        (
            Rung(Level.L3, "Директор", "Юрист"),
            Rung(Level.L0, "Аня", "Борис"),
            Rung(Level.L1, "Вера", "Глеб"),
            Rung(Level.L2, "PR клиента", "Заместитель PR"),
        )
    )


def test_each_level_has_an_approver_and_a_backup() -> None:
    steps = ladder()
    assert [r.level for r in steps.rungs] == [Level.L0, Level.L1, Level.L2, Level.L3]
    assert steps.who_approves(Level.L1) == "Вера"
    assert steps.who_approves(Level.L1, unavailable=["вера"]) == "Глеб"
    with pytest.raises(ValidationError, match="Neither the approver Вера nor the backup Глеб"):
        steps.who_approves(Level.L1, unavailable=["Вера", "Глеб"])
    with pytest.raises(ValidationError, match="backup other than its approver"):
        Rung(Level.L0, "Аня", " аня ")
    with pytest.raises(ValidationError, match="no level L2"):
        Ladder(ladder().rungs[:2] + ladder().rungs[3:])


def test_where_a_mention_starts_on_the_ladder() -> None:
    assert suggested_level(Severity.S1, Category.SAFETY) is Level.L3
    assert suggested_level(Severity.S1, Category.DELIVERY) is Level.L2
    assert suggested_level(Severity.S2, None) is Level.L1
    assert suggested_level(Severity.S4, Category.PRAISE) is Level.L0


def test_a_refused_move_names_both_statuses_in_the_planners_language() -> None:
    russian = {
        (
            "Errors",
            "A mention cannot go from «{current}» to «{target}».",
        ): "Нельзя из «{current}» в «{target}».",
        ("Reputation", "Closed"): "Закрыто",
        ("Reputation", "Answered"): "Отвечено",
    }
    with pytest.raises(ValidationError) as caught:
        move(Status.CLOSED, Status.ANSWERED)
    assert caught.value.render(lambda context, text: russian.get((context, text), text)) == (
        "Нельзя из «Закрыто» в «Отвечено»."
    )
