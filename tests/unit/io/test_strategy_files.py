"""A strategy's files read back: the iCalendar by the parser and RFC 5545's rules, the staffing CSV,
and tasks and executors read from planners' sheets."""

from __future__ import annotations

import csv
import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from icalendar import Calendar

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.strategy.control import Checkpoint, JudgementBar
from smmdesk.domain.strategy.load import staffing_plan
from smmdesk.domain.strategy.people import Executor, ExecutorKind
from smmdesk.domain.strategy.plan import Task
from smmdesk.domain.strategy.sheet_rows import read_executors, read_tasks
from smmdesk.io.strategy_files import write_staffing_csv, write_strategy_ics

D = dt.date
TASKS = [
    Task(
        1,
        "Съёмка reels",
        "video_maker",
        D(2026, 12, 28),
        D(2027, 1, 12),
        Decimal(20),
        acceptance="10 роликов",
    ),
    Task(2, "Макеты, декабрь", "designer", D(2026, 12, 1), D(2026, 12, 1), Decimal(8)),
]
CHECKPOINTS = [Checkpoint(5, "Итоги года", D(2026, 12, 30), JudgementBar("Клиент доволен?"))]


def test_the_calendar_parses_and_keeps_rfc_5545s_rules(tmp_path: Path) -> None:
    path = tmp_path / "стратегия.ics"
    stamp = dt.datetime(2026, 12, 1, 9, 30, tzinfo=dt.timezone(dt.timedelta(hours=3)))
    write_strategy_ics(path, 7, "Стратегия «Зерно» 2027", TASKS, CHECKPOINTS, stamp)
    raw = path.read_bytes()
    assert raw.startswith(b"BEGIN:VCALENDAR\r\n") and raw.rstrip().endswith(b"END:VCALENDAR")
    assert all(len(line) <= 75 for line in raw.split(b"\r\n"))  # folded lines: 75 octets at most
    calendar = Calendar.from_ical(raw)
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    events = calendar.walk("VEVENT")
    assert len(events) == 3
    uids = [str(e["UID"]) for e in events]
    assert len(set(uids)) == 3 and uids[0] == "smmdesk-strategy-7-task-1@smmdesk"
    for event in events:
        assert event["DTSTAMP"].dt == dt.datetime(2026, 12, 1, 6, 30, tzinfo=dt.UTC)
        assert b"DTSTAMP:20261201T063000Z" in raw
        start, end = event["DTSTART"].dt, event["DTEND"].dt
        assert type(start) is dt.date and type(end) is dt.date  # all-day: DATE values, not DATE-TIME
        assert end > start
    reels = events[0]
    assert str(reels["SUMMARY"]) == "Съёмка reels"
    assert (reels["DTSTART"].dt, reels["DTEND"].dt) == (D(2026, 12, 28), D(2027, 1, 13))  # DTEND exclusive
    assert b"DTSTART;VALUE=DATE:20261228" in raw
    assert "10 роликов" in str(reels["DESCRIPTION"])
    assert str(events[2]["SUMMARY"]) == "Checkpoint: Итоги года"


def test_the_staffing_plan_as_csv(tmp_path: Path) -> None:
    executors = [Executor(1, "Анна", ExecutorKind.EMPLOYEE, "designer", Decimal(4), Decimal(1500))]
    plan = staffing_plan(TASKS[1:], executors, D(2026, 11, 30), D(2026, 12, 13))
    path = tmp_path / "штат.csv"
    write_staffing_csv(path, plan, lambda _c, text: {"designer": "дизайнер"}.get(text, text))
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == [
        "Role",
        "Week",
        "Load, h",
        "Capacity, h",
        "Gap, h",
        "People needed",
        "Cost of the gap, ₽",
    ]
    # 8 h on 1 December against 4 h of capacity: a gap of 4 h, one person, 4 × 1 500
    assert rows[1] == ["дизайнер", "2026-W49", "8,0", "4,0", "4,0", "1", "6000,00"]
    assert rows[2] == ["дизайнер", "2026-W50", "0,0", "4,0", "0,0", "0", "0,00"]


def test_tasks_read_from_a_planners_sheet() -> None:
    rows = [
        ["План работ Q1", "", "", "", "", "", ""],
        ["Задача", "Роль", "Исполнитель", "Начало", "Срок", "Трудоёмкость, ч", "Цель"],
        ["Контент-план", "SMM-менеджер", "Мария", "01.12.2026", "05.12.2026", "12,5", "Узнаваемость"],
        ["Макеты", "Фотограф", "", "", "2026-12-10", "8", ""],
        ["Без роли", "", "", "01.12.2026", "02.12.2026", "4", ""],
        ["Сроки", "дизайнер", "", "1 декабря", "02.12.2026", "много", ""],
        ["Наоборот", "дизайнер", "", "05.12.2026", "01.12.2026", "3", ""],
    ]
    found = read_tasks(rows, "plan.xlsx")
    assert [(t.row, t.title, t.role, t.start, t.due, t.effort) for t in found.tasks] == [
        (3, "Контент-план", "smm_manager", D(2026, 12, 1), D(2026, 12, 5), Decimal("12.5")),
        (4, "Макеты", "Фотограф", D(2026, 12, 10), D(2026, 12, 10), Decimal(8)),
    ]
    assert [(n.row, n.render()) for n in found.skipped] == [
        (5, "no Role"),
        (6, "Start not understood: “1 декабря”"),
        (7, "due 01.12.2026 before its start 05.12.2026"),
    ]
    assert found.warnings == ()  # nothing is taken with a value that was not understood
    with pytest.raises(ImportFileError, match="header"):
        read_tasks([["a", "b"]], "x.csv")


def test_executors_read_from_a_sheet() -> None:
    rows = [
        ["ФИО", "Тип", "Роль", "Часов в неделю", "Ставка, руб./ч"],
        ["Анна", "сотрудник", "Дизайнер", "40", "1 500"],
        ["Борис", "самозанятый", "монтажёр", "20 ч", ""],
        ["Вера", "кто-то", "аналитик", "десять", "900"],
    ]
    found = read_executors(rows, "team.csv")
    assert [(e.name, e.kind, e.role, e.weekly_hours, e.hourly_rate) for e in found.executors] == [
        ("Анна", ExecutorKind.EMPLOYEE, "designer", Decimal(40), Decimal(1500)),
        ("Борис", ExecutorKind.FREELANCER, "video_maker", Decimal(20), None),
    ]
    assert [(n.row, n.render()) for n in found.skipped] == [(4, "Kind not understood: “кто-то”")]
