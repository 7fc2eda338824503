"""A strategy's files: its tasks and checkpoints as an iCalendar file Outlook and Google Calendar
open, and the staffing plan as CSV (role, ISO week as 2026-W49, load, capacity, gap, people, cost).

The calendar follows RFC 5545: VERSION and PRODID on the calendar; UID and DTSTAMP on every event;
tasks and checkpoints are all-day events (DATE values), DTEND the day after the last one (it is
exclusive). Every file goes through `atomic_output`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.report import FileNumbers
from smmdesk.domain.strategy.control import Checkpoint
from smmdesk.domain.strategy.load import StaffingPlan
from smmdesk.domain.strategy.people import role_label
from smmdesk.domain.strategy.plan import Task
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.atomic import atomic_output
from smmdesk.io.safe_text import write_csv_rows

Translate = Callable[[str, str], str]
PRODID = "-//smmdesk//Strategy//RU"
STAFFING_HEADER = (
    QT_TRANSLATE_NOOP("StrategyFiles", "Role"),
    QT_TRANSLATE_NOOP("StrategyFiles", "Week"),
    QT_TRANSLATE_NOOP("StrategyFiles", "Load, h"),
    QT_TRANSLATE_NOOP("StrategyFiles", "Capacity, h"),
    QT_TRANSLATE_NOOP("StrategyFiles", "Gap, h"),
    QT_TRANSLATE_NOOP("StrategyFiles", "People needed"),
    QT_TRANSLATE_NOOP("StrategyFiles", "Cost of the gap, ₽"),
)
CHECKPOINT_PREFIX = QT_TRANSLATE_NOOP("StrategyFiles", "Checkpoint: {title}")
ACCEPTANCE = QT_TRANSLATE_NOOP("StrategyFiles", "Acceptance: {bar}")


def _identity(_context: str, text: str) -> str:
    return text


def _number(value: Decimal | int | None) -> str:
    """'12,5' as a Russian spreadsheet reads a number; '—' when unknown."""
    return "—" if value is None else str(value).replace(".", ",")


def staffing_rows(
    plan: StaffingPlan, translate: Translate = _identity, numbers: FileNumbers | None = None
) -> list[Sequence[str]]:
    """The staffing plan as text rows under their header. The CSV writes plain numbers a
    spreadsheet reads ('12,5'); given `numbers`, for a person to read on the console, they are
    grouped as the window groups them: hours to one decimal, people whole, money to the kopeck."""
    rows: list[Sequence[str]] = [[translate("StrategyFiles", h) for h in STAFFING_HEADER]]

    def shown(value: Decimal | int | None, places: int) -> str:
        if numbers is None:
            return _number(value)
        return "—" if value is None else numbers.number(value, places)

    for row in plan.rows:
        rows.append(
            (
                translate("Strategy", role_label(row.role)),
                row.week_label,
                shown(row.load, 1),
                shown(row.capacity, 1),
                shown(row.gap, 1),
                shown(row.people, 0),
                shown(row.cost, 2),
            )
        )
    return rows


def write_staffing_csv(path: Path, plan: StaffingPlan, translate: Translate = _identity) -> None:
    rows = staffing_rows(plan, translate)
    with atomic_output(path) as temp:
        write_csv_rows(temp, rows)


def calendar_bytes(
    strategy_id: int,
    title: str,
    tasks: Sequence[Task],
    checkpoints: Sequence[Checkpoint],
    stamp: dt.datetime,
    translate: Translate = _identity,
) -> bytes:
    """The iCalendar text. UIDs are stable (strategy, kind and id), so importing the file again
    updates the events instead of doubling them; `stamp` is DTSTAMP (UTC)."""
    from icalendar import Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", title)
    utc = stamp.astimezone(dt.UTC)
    for task in tasks:
        event = Event()
        event.add("uid", f"smmdesk-strategy-{strategy_id}-task-{task.id}@smmdesk")
        event.add("dtstamp", utc)
        event.add("summary", task.title)
        event.add("dtstart", task.start)
        event.add("dtend", task.due + dt.timedelta(days=1))
        if task.acceptance:
            event.add("description", translate("StrategyFiles", ACCEPTANCE).format(bar=task.acceptance))
        event.add("categories", [translate("Strategy", role_label(task.role))])
        event.add("transp", "TRANSPARENT")  # a task spans days; it does not make anyone busy all day
        calendar.add_component(event)
    for checkpoint in checkpoints:
        event = Event()
        event.add("uid", f"smmdesk-strategy-{strategy_id}-checkpoint-{checkpoint.id}@smmdesk")
        event.add("dtstamp", utc)
        event.add("summary", translate("StrategyFiles", CHECKPOINT_PREFIX).format(title=checkpoint.title))
        event.add("dtstart", checkpoint.day)
        event.add("dtend", checkpoint.day + dt.timedelta(days=1))
        event.add("transp", "TRANSPARENT")
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def write_strategy_ics(
    path: Path,
    strategy_id: int,
    title: str,
    tasks: Sequence[Task],
    checkpoints: Sequence[Checkpoint],
    stamp: dt.datetime,
    translate: Translate = _identity,
) -> None:
    data = calendar_bytes(strategy_id, title, tasks, checkpoints, stamp, translate)
    with atomic_output(path) as temp:
        temp.write_bytes(data)
