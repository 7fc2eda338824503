"""Tasks and executors imported from the CSV/XLSX sheets planners keep, as the other imports are:
read first into a preview (what will be added, updated and skipped, and why), then written in one
transaction, undone and redone as one step.

A task is the same as one in the plan when its title (folded) and due date are: importing a sheet
again updates those instead of doubling them. The executor a task names becomes its responsible
(R); a name the plan does not know yet is added as a person of the task's role with no hours, and
the preview says so. The goal a task names is found by its title; an unknown one is left empty and
listed. An executor is the same as one in the plan by the name (folded).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import Phrase, ValidationError
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.strategy.people import ExecutorKind, check_weekly_hours, role_label
from smmdesk.domain.strategy.period import Period
from smmdesk.domain.strategy.plan import Raci, Task, validate_effort
from smmdesk.domain.strategy.sheet_rows import (
    EXECUTOR_FIELDS,
    TASK_FIELDS,
    ExecutorRow,
    TaskRow,
    column_words,
    read_executors,
    read_tasks,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text, fold
from smmdesk.io.tabular import read_table
from smmdesk.services.strategy import editable
from smmdesk.services.strategy_item_reading import period_of
from smmdesk.services.strategy_items import next_key
from smmdesk.services.strategy_rows import executor_columns, executor_of, task_columns, task_of
from smmdesk.storage.models import StrategyExecutor, StrategyGoal, StrategyRole, StrategyTask
from smmdesk.storage.server import require_manager

UNKNOWN_GOAL = QT_TRANSLATE_NOOP("Errors", "no goal «{goal}» in the plan: left without a goal")
NEW_PERSON = QT_TRANSLATE_NOOP(
    "Errors", "{name} is not among the strategy's people: added as {role}, 0 hours"
)
OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "{field}: {message}")


@dataclass(frozen=True)
class TaskPreview:
    """What importing a task sheet would do."""

    path: Path
    sheet: str
    add: tuple[TaskRow, ...]
    update: tuple[tuple[TaskRow, int], ...]  # (row, the key of the task it updates)
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    new_people: tuple[tuple[str, str], ...]  # (name, role)
    goals: dict[str, int]  # folded goal title → key, for the rows naming a known goal


@dataclass(frozen=True)
class ExecutorPreview:
    path: Path
    sheet: str
    add: tuple[ExecutorRow, ...]
    update: tuple[tuple[ExecutorRow, int, tuple[str, ...]], ...]  # (row, key, the fields it changes)
    same: tuple[ExecutorRow, ...]  # already in the plan as the sheet has them
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]


@dataclass
class ImportChange:
    """What an import did, for undo and redo: the keys it added, the previous columns of what it
    updated, the roles it put on the list; and, once undone, the rows it had added."""

    version_id: int
    added: dict[str, list[int]] = field(default_factory=dict)  # table → keys
    updated: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)  # (table, key, old columns)
    after: list[tuple[str, int, dict[str, Any]]] = field(default_factory=list)  # (table, key, new columns)
    roles: list[str] = field(default_factory=list)
    taken: list[tuple[str, tuple[dict[str, Any], ...]]] = field(default_factory=list)

    @property
    def counts(self) -> tuple[int, int]:
        return sum(len(k) for k in self.added.values()), len(self.updated)

    @property
    def tasks_added(self) -> int:
        return len(self.added.get(StrategyTask.__tablename__, ()))

    @property
    def people_added(self) -> int:
        """The people the import added: a sheet of people's rows, or the names a task sheet gave."""
        return len(self.added.get(StrategyExecutor.__tablename__, ()))


MODELS: dict[str, Any] = {m.__tablename__: m for m in (StrategyTask, StrategyExecutor, StrategyRole)}


def _rows(path: Path, sheet: str | None) -> tuple[list[list[str]], str]:
    table = read_table(path, sheet)
    return table.rows, table.sheet


def _notes_for_ranges(row: int, values: dict[str, Decimal | None], cells: str) -> list[RowNote]:
    """A figure beyond its range is refused with the row, the way a missing one is."""
    notes = []
    for name, value in values.items():
        try:
            limits.hours(value, name)
        except ValidationError as exc:
            field = column_words(TASK_FIELDS, name)
            notes.append(RowNote(row, OUT_OF_RANGE, {"field": field, "message": exc}, cells))
    return notes


def _notes_for_period(task: TaskRow, period: Period) -> list[RowNote]:
    """A task starting or due outside the strategy's period is refused with the row, naming the period."""
    for name in ("start", "due"):
        try:
            period.check(getattr(task, name), name)
        except ValidationError as exc:
            field = column_words(TASK_FIELDS, name)
            return [RowNote(task.row, OUT_OF_RANGE, {"field": field, "message": exc}, task.title)]
    return []


def _notes_for_effort(task: TaskRow) -> list[RowNote]:
    """A task whose working days cannot hold its effort is refused with the row, naming the bound."""
    try:
        validate_effort(Task(0, task.title, task.role, task.start, task.due, task.effort))
    except ValidationError as exc:
        field = column_words(TASK_FIELDS, "effort")
        return [RowNote(task.row, OUT_OF_RANGE, {"field": field, "message": exc}, task.title)]
    return []


def preview_tasks(session: Session, version_id: int, path: Path, sheet: str | None = None) -> TaskPreview:
    """Reads a task sheet against the version's plan; nothing is written."""
    editable(session, version_id)
    rows, sheet_name = _rows(path, sheet)
    found = read_tasks(rows, path.name)
    period = period_of(session, version_id)
    goals = {
        fold(t): k
        for t, k in session.execute(
            select(StrategyGoal.title, StrategyGoal.key).where(StrategyGoal.version_id == version_id)
        )
    }
    existing = {
        (fold(t), due): k
        for t, due, k in session.execute(
            select(StrategyTask.title, StrategyTask.due_on, StrategyTask.key).where(
                StrategyTask.version_id == version_id
            )
        )
    }
    people = set(
        session.scalars(select(StrategyExecutor.name_key).where(StrategyExecutor.version_id == version_id))
    )
    add, update, skipped, warnings = [], [], list(found.skipped), list(found.warnings)
    new_people: dict[str, tuple[str, str]] = {}
    for task in found.tasks:
        refused = _notes_for_ranges(task.row, {"effort": task.effort}, task.title)
        refused += _notes_for_period(task, period)
        refused = refused or _notes_for_effort(task)
        if refused:
            skipped += refused
            continue
        if task.goal and fold(task.goal) not in goals:
            warnings.append(RowNote(task.row, UNKNOWN_GOAL, {"goal": task.goal}, task.title))
        name = clean_text(task.executor).strip()
        if name and fold(name) not in people and fold(name) not in new_people:
            new_people[fold(name)] = (name, task.role)
            role = Phrase(role_label(task.role), context="Strategy")  # «дизайнер», not «designer»
            warnings.append(RowNote(task.row, NEW_PERSON, {"name": name, "role": role}, task.title))
        key = existing.get((fold(task.title), task.due))
        if key is None:
            add.append(task)
        else:
            update.append((task, key))
    return TaskPreview(
        path,
        sheet_name,
        tuple(add),
        tuple(update),
        tuple(skipped),
        tuple(warnings),
        tuple(new_people.values()),
        goals,
    )


def _add_role(session: Session, version_id: int, code: str, change: ImportChange) -> None:
    from smmdesk.domain.strategy.people import ROLES

    if code in ROLES or code in change.roles:
        return
    if (
        session.scalar(
            select(StrategyRole.id).where(
                StrategyRole.version_id == version_id, StrategyRole.code_key == fold(code)
            )
        )
        is None
    ):
        session.add(StrategyRole(version_id=version_id, code=code))
        change.roles.append(code)


def import_tasks(session: Session, version_id: int, preview: TaskPreview) -> ImportChange:
    """Writes a previewed task sheet into the version, in the caller's transaction."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import a list"))
    editable(session, version_id)
    change = ImportChange(version_id)
    people = {
        fold(n): k
        for n, k in session.execute(
            select(StrategyExecutor.name, StrategyExecutor.key).where(
                StrategyExecutor.version_id == version_id
            )
        )
    }
    executor_key = next_key(session, StrategyExecutor, version_id)
    new_executors = []
    for name, role in preview.new_people:
        people[fold(name)] = executor_key
        new_executors.append(
            {
                "version_id": version_id,
                "key": executor_key,
                "name": name,
                "name_key": fold(name),
                "kind": ExecutorKind.EMPLOYEE.value,
                "role": role,
                "weekly_hours": Decimal(0),
            }
        )
        change.added.setdefault(StrategyExecutor.__tablename__, []).append(executor_key)
        executor_key += 1
    if new_executors:
        session.execute(insert(StrategyExecutor), new_executors)

    def columns_of(task: TaskRow, key: int, raci: Raci, status: Any = None) -> dict[str, Any]:
        from smmdesk.domain.strategy.plan import Task, TaskStatus

        name = fold(clean_text(task.executor).strip())
        responsible = (people[name],) if name in people else raci.responsible
        return task_columns(
            Task(
                key,
                clean_text(task.title).strip(),
                task.role,
                task.start,
                task.due,
                round_to(task.effort, 2),
                preview.goals.get(fold(task.goal)),
                None,
                status or TaskStatus.PLANNED,
                "",
                Raci(responsible, raci.accountable, raci.consulted, raci.informed),
            )
        )

    key = next_key(session, StrategyTask, version_id)
    added = []
    for task in preview.add:
        _add_role(session, version_id, task.role, change)
        added.append({"version_id": version_id, **columns_of(task, key, Raci())})
        change.added.setdefault(StrategyTask.__tablename__, []).append(key)
        key += 1
    for start in range(0, len(added), 1000):
        session.execute(insert(StrategyTask), added[start : start + 1000])
    for task, task_key in preview.update:
        _add_role(session, version_id, task.role, change)
        row = session.scalar(
            select(StrategyTask).where(StrategyTask.version_id == version_id, StrategyTask.key == task_key)
        )
        if row is None:
            continue
        current = task_of(row)
        wanted = columns_of(task, task_key, current.raci, current.status)
        wanted.update(initiative_key=row.initiative_key, acceptance=row.acceptance)
        if wanted["goal_key"] is None:
            wanted["goal_key"] = row.goal_key
        old = task_columns(current)
        differs = {k: v for k, v in wanted.items() if old[k] != v}
        if differs:
            change.updated.append((StrategyTask.__tablename__, task_key, {k: old[k] for k in differs}))
            change.after.append((StrategyTask.__tablename__, task_key, differs))
            for column, value in differs.items():
                setattr(row, column, value)
    session.flush()
    return change


def preview_executors(
    session: Session, version_id: int, path: Path, sheet: str | None = None
) -> ExecutorPreview:
    editable(session, version_id)
    rows, sheet_name = _rows(path, sheet)
    found = read_executors(rows, path.name)
    existing = {
        r.name_key: r
        for r in session.scalars(select(StrategyExecutor).where(StrategyExecutor.version_id == version_id))
    }
    add, update, same = [], [], []
    skipped, warnings = list(found.skipped), list(found.warnings)
    seen: set[str] = set()
    for person in found.executors:
        try:
            check_weekly_hours(person.weekly_hours)
        except ValidationError as exc:
            field = column_words(EXECUTOR_FIELDS, "weekly_hours")
            skipped.append(RowNote(person.row, OUT_OF_RANGE, {"field": field, "message": exc}, person.name))
            continue
        key = fold(person.name)
        if key in seen:
            continue  # a row further down the same sheet: the first one stands
        seen.add(key)
        row = existing.get(key)
        if row is None:
            add.append(person)
            continue
        current = executor_of(row)
        fields = tuple(
            name
            for name, value in (
                ("kind", person.kind),
                ("role", person.role),
                ("weekly_hours", person.weekly_hours),
                ("hourly_rate", person.hourly_rate),
            )
            if value is not None and getattr(current, name) != value
        )
        if fields:
            update.append((person, row.key, fields))
        else:
            same.append(person)
    return ExecutorPreview(
        path, sheet_name, tuple(add), tuple(update), tuple(same), tuple(skipped), tuple(warnings)
    )


def import_executors(session: Session, version_id: int, preview: ExecutorPreview) -> ImportChange:
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import a list"))
    editable(session, version_id)
    change = ImportChange(version_id)
    key = next_key(session, StrategyExecutor, version_id)
    rows = []
    for person in preview.add:
        _add_role(session, version_id, person.role, change)
        rate = None if person.hourly_rate is None else round_money(person.hourly_rate)
        rows.append(
            {
                "version_id": version_id,
                "key": key,
                "name": clean_text(person.name).strip(),
                "name_key": fold(person.name),
                "kind": person.kind.value,
                "role": person.role,
                "weekly_hours": round_to(person.weekly_hours, 2),
                "hourly_rate": rate,
            }
        )
        change.added.setdefault(StrategyExecutor.__tablename__, []).append(key)
        key += 1
    if rows:
        session.execute(insert(StrategyExecutor), rows)
    for person, person_key, fields in preview.update:
        _add_role(session, version_id, person.role, change)
        row = session.scalar(
            select(StrategyExecutor).where(
                StrategyExecutor.version_id == version_id, StrategyExecutor.key == person_key
            )
        )
        if row is None:
            continue
        old = executor_columns(executor_of(row))
        new = {
            "kind": person.kind.value,
            "role": person.role,
            "weekly_hours": round_to(person.weekly_hours, 2),
            "hourly_rate": None if person.hourly_rate is None else round_money(person.hourly_rate),
        }
        differs = {k: new[k] for k in fields}
        change.updated.append((StrategyExecutor.__tablename__, person_key, {k: old[k] for k in differs}))
        change.after.append((StrategyExecutor.__tablename__, person_key, differs))
        for column, value in differs.items():
            setattr(row, column, value)
    session.flush()
    return change


# --- undo and redo ------------------------------------------------------------------------------------


def _set(session: Session, version_id: int, values: Sequence[tuple[str, int, dict[str, Any]]]) -> None:
    for name, key, columns in values:
        model = MODELS[name]
        row = session.scalar(select(model).where(model.version_id == version_id, model.key == key))
        if row is not None:
            for column, value in columns.items():
                setattr(row, column, value)


def undo_import(session: Session, change: ImportChange) -> ImportChange:
    """Takes the import back: what it added removed, what it changed as it was."""
    editable(session, change.version_id)
    change.taken = []
    for name, keys in change.added.items():
        model = MODELS[name]
        where = (model.version_id == change.version_id, model.key.in_(keys))
        found = session.execute(select(*model.__table__.columns).where(*where)).mappings().all()
        change.taken.append((name, tuple(dict(r) for r in found)))
        session.execute(delete(model).where(*where))
    if change.roles:
        session.execute(
            delete(StrategyRole).where(
                StrategyRole.version_id == change.version_id,
                StrategyRole.code_key.in_([fold(c) for c in change.roles]),
            )
        )
    _set(session, change.version_id, change.updated)
    session.flush()
    return change


def redo_import(session: Session, change: ImportChange) -> ImportChange:
    editable(session, change.version_id)
    for code in change.roles:
        session.add(StrategyRole(version_id=change.version_id, code=code))
    for name, rows in change.taken:
        if rows:
            session.execute(insert(MODELS[name]), list(rows))
    _set(session, change.version_id, change.after)
    session.flush()
    return change
