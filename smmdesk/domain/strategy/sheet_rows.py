"""Tasks and executors as planners keep them in spreadsheets today, read by the one header matcher.

Tasks: title, role, executor, start, due, effort, goal. Executors: name, kind, role, weekly hours,
hourly rate. Values are read as people write them; a row that cannot be used — a value missing or
not understood, a task due before it starts — is skipped with the reason, the column named in the
planner's words, so that nothing is taken with a value the window's forms would refuse.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from smmdesk.domain.cell_values import parse_day, parse_decimal
from smmdesk.domain.errors import ImportFileError, Phrase
from smmdesk.domain.header_match import locate_header
from smmdesk.domain.import_columns import FieldDef, vocabulary_of
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.strategy.people import ExecutorKind, role_code
from smmdesk.domain.text import QT_TRANSLATE_NOOP

TASK_FIELDS: tuple[FieldDef, ...] = (
    FieldDef("title", QT_TRANSLATE_NOOP("ImportFields", "Task"),
             ("задача", "название задачи", "название", "что сделать", "task", "title", "task name")),
    FieldDef("role", QT_TRANSLATE_NOOP("ImportFields", "Role"), ("роль", "специалист", "role", "position")),
    FieldDef("executor", QT_TRANSLATE_NOOP("ImportFields", "Executor"),
             ("исполнитель", "ответственный", "кто", "executor", "assignee", "owner")),
    FieldDef("start", QT_TRANSLATE_NOOP("ImportFields", "Start"),
             ("начало", "дата начала", "старт", "start", "start date", "from")),
    FieldDef("due", QT_TRANSLATE_NOOP("ImportFields", "Due"),
             ("срок", "дедлайн", "окончание", "дата окончания", "due", "due date", "deadline", "end", "to")),
    FieldDef("effort", QT_TRANSLATE_NOOP("ImportFields", "Effort, h"),
             ("трудоемкость", "часы", "часов", "оценка часов", "effort", "hours", "estimate")),
    FieldDef("goal", QT_TRANSLATE_NOOP("ImportFields", "Goal"), ("цель", "goal", "objective")),
)  # fmt: skip
EXECUTOR_FIELDS: tuple[FieldDef, ...] = (
    FieldDef("name", QT_TRANSLATE_NOOP("ImportFields", "Name"),
             ("имя", "фио", "исполнитель", "сотрудник", "name", "executor", "full name")),
    FieldDef("kind", QT_TRANSLATE_NOOP("ImportFields", "Kind"),
             ("тип", "статус", "форма работы", "kind", "type", "employment")),
    FieldDef("role", QT_TRANSLATE_NOOP("ImportFields", "Role"),
             ("роль", "должность", "специализация", "role")),
    FieldDef("weekly_hours", QT_TRANSLATE_NOOP("ImportFields", "Hours a week"),
             ("часов в неделю", "часы в неделю", "загрузка", "ресурс",
              "hours a week", "weekly hours", "capacity")),
    FieldDef("hourly_rate", QT_TRANSLATE_NOOP("ImportFields", "Hourly rate"),
             ("ставка", "ставка в час", "стоимость часа", "rate", "hourly rate")),
)  # fmt: skip

_KIND_WORDS = {
    ExecutorKind.EMPLOYEE: ("сотрудник", "штат", "в штате", "employee", "staff"),
    ExecutorKind.CONTRACTOR: ("подрядчик", "агентство", "contractor", "agency"),
    ExecutorKind.FREELANCER: ("фрилансер", "фриланс", "самозанятый", "freelancer", "freelance"),
    ExecutorKind.BLOGGER: ("блогер", "инфлюенсер", "blogger", "influencer"),
}
NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{name} has no header row naming the columns (for example “{example}”)."
)
NOT_TAKEN = QT_TRANSLATE_NOOP("Errors", "{field} not understood: “{text}”")
MISSING = QT_TRANSLATE_NOOP("Errors", "no {field}")
DUE_BEFORE_START = QT_TRANSLATE_NOOP("Errors", "due {due} before its start {start}")


@dataclass(frozen=True)
class TaskRow:
    row: int  # 1-based, as the spreadsheet numbers rows
    title: str
    role: str  # a role code, or the planner's own title
    executor: str
    start: dt.date
    due: dt.date
    effort: Decimal  # hours
    goal: str


@dataclass(frozen=True)
class ExecutorRow:
    row: int
    name: str
    kind: ExecutorKind
    role: str
    weekly_hours: Decimal
    hourly_rate: Decimal | None


@dataclass(frozen=True)
class TaskImport:
    tasks: tuple[TaskRow, ...]
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]


@dataclass(frozen=True)
class ExecutorImport:
    executors: tuple[ExecutorRow, ...]
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]


def _header(
    rows: Sequence[Sequence[str]], fields: tuple[FieldDef, ...], needed: str, name: str, example: str
) -> tuple[int, dict[int, str]]:
    found = locate_header(rows, vocabulary_of(fields), frozenset((needed,)))
    if found is None:
        raise ImportFileError(NO_HEADER, name=name, example=example)
    return found


def kind_of(text: str) -> ExecutorKind | None:
    """'Сотрудник', 'фрилансер', 'самозанятый', 'contractor' → the executor's kind; None when unknown."""
    folded = text.strip().lower().replace("ё", "е")
    for kind, words in _KIND_WORDS.items():
        if folded in words or any(folded.startswith(w) for w in words):
            return kind
    return None


def column_words(fields: Sequence[FieldDef], key: str) -> Phrase:
    """A column as the planner reads it in a message («Срок», «Ставка»), not the field's name."""
    return Phrase(next(f.label for f in fields if f.key == key), context="ImportFields")


def _cells(
    rows: Sequence[Sequence[str]], header: int, mapping: dict[int, str]
) -> list[tuple[int, dict[str, str], str]]:
    out = []
    for number, cells in enumerate(rows[header + 1 :], start=header + 2):
        if not any(c.strip() for c in cells):
            continue
        values = {key: (cells[i].strip() if i < len(cells) else "") for i, key in mapping.items()}
        out.append((number, values, " | ".join(c for c in cells if c)))
    return out


def read_tasks(rows: Sequence[Sequence[str]], name: str) -> TaskImport:
    """Tasks of a planner's sheet; a row without a title, a role, a due date or effort, with a value
    not understood, or due before it starts is skipped with why (an empty start is the due date)."""
    header, mapping = _header(rows, TASK_FIELDS, "title", name, "Задача")
    tasks, skipped = [], []
    for number, values, joined in _cells(rows, header, mapping):
        problems: list[tuple[str, str]] = []
        parsed: dict[str, object] = {}
        for key, reader in (("start", parse_day), ("due", parse_day), ("effort", parse_decimal)):
            try:
                parsed[key] = reader(values.get(key, ""))
            except ValueError:
                problems.append((key, values[key]))
                parsed[key] = None
        start, due, effort = parsed["start"], parsed["due"], parsed["effort"]
        start = start or due
        missing = [k for k, v in (("title", values.get("title")), ("role", values.get("role")),
                                  ("due", due), ("effort", effort)) if not v and v != Decimal(0)]  # fmt: skip
        if problems:
            key, text = problems[0]
            field = column_words(TASK_FIELDS, key)
            skipped.append(RowNote(number, NOT_TAKEN, {"field": field, "text": text}, joined))
            continue
        if missing:
            skipped.append(RowNote(number, MISSING, {"field": column_words(TASK_FIELDS, missing[0])}, joined))
            continue
        assert isinstance(start, dt.date) and isinstance(due, dt.date) and isinstance(effort, Decimal)
        if due < start:
            dates = {"due": f"{due:%d.%m.%Y}", "start": f"{start:%d.%m.%Y}"}
            skipped.append(RowNote(number, DUE_BEFORE_START, dates, joined))
            continue
        tasks.append(
            TaskRow(number, values["title"], role_code(values["role"]), values.get("executor", ""),
                    start, due, effort, values.get("goal", ""))
        )  # fmt: skip
    return TaskImport(tuple(tasks), tuple(skipped), ())


def read_executors(rows: Sequence[Sequence[str]], name: str) -> ExecutorImport:
    """Executors of a sheet; an empty kind is an employee, a rate left empty stays unknown; a kind or
    a figure not understood skips the row with why."""
    header, mapping = _header(rows, EXECUTOR_FIELDS, "name", name, "ФИО")
    executors, skipped = [], []
    for number, values, joined in _cells(rows, header, mapping):
        if not values.get("name") or not values.get("role"):
            key = "name" if not values.get("name") else "role"
            skipped.append(RowNote(number, MISSING, {"field": column_words(EXECUTOR_FIELDS, key)}, joined))
            continue
        kind = kind_of(values.get("kind", "")) if values.get("kind") else ExecutorKind.EMPLOYEE
        refused = [] if kind is not None else [("kind", values["kind"])]
        figures: dict[str, Decimal | None] = {}
        for key in ("weekly_hours", "hourly_rate"):
            try:
                figures[key] = parse_decimal(values.get(key, ""))
            except ValueError:
                refused.append((key, values[key]))
        if refused or kind is None:
            key, text = refused[0]
            field = column_words(EXECUTOR_FIELDS, key)
            skipped.append(RowNote(number, NOT_TAKEN, {"field": field, "text": text}, joined))
            continue
        executors.append(
            ExecutorRow(number, values["name"], kind, role_code(values["role"]),
                        figures["weekly_hours"] or Decimal(0), figures["hourly_rate"])
        )  # fmt: skip
    return ExecutorImport(tuple(executors), tuple(skipped), ())
