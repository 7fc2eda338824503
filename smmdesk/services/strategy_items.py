"""Editing a version's items — goals, KPIs, initiatives, tasks with their RACI, executors,
agreements, checkpoints — and its roles: add, change, delete and put back, each checked by the
domain's rules and against the rest of the version.

Fields are the domain's (`Goal.start`, `Task.raci`…). `update` returns the previous values, so
undo is the same call with them; `delete` returns what it removed (the rows, and the references
it cleared), so undo puts them back with the same ids and keys. An item others stand on is not
deleted: a goal with KPIs or sub-goals, a KPI or a checkpoint a bonus or a bar names, an executor
with agreements; the message says what holds it. References that only point at an item (a task's
goal or initiative, a checkpoint's task, RACI letters) are cleared with it and put back by undo.

Adding, changing, deleting and the roles live here; the rest in two modules, whose public names
this one gives its callers too:
- `strategy_item_reading`: reading one kind (`item`, `items`, `next_key`)
- `strategy_item_checks`: cleaning and checking (`ENUMS`, `MISSING`, `NO_RECORD`)
"""

# ruff: noqa: F401 - `item`, `items`, `MISSING`, `NO_RECORD`, `ENUMS` are names this module gives its callers

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_money
from smmdesk.domain.strategy import people, plan
from smmdesk.domain.strategy.control import Checkpoint
from smmdesk.domain.strategy.goals import Goal
from smmdesk.domain.strategy.kpis import Kpi
from smmdesk.domain.strategy.motivation import Agreement
from smmdesk.domain.strategy.people import Executor
from smmdesk.domain.strategy.plan import Initiative, Raci, Task
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text, fold
from smmdesk.services.strategy import editable
from smmdesk.services.strategy_item_checks import ENUMS, MISSING, NO_RECORD, _check, _clean
from smmdesk.services.strategy_item_reading import _row, item, items, next_key
from smmdesk.services.strategy_rows import KINDS
from smmdesk.storage.models import (
    StrategyAgreement,
    StrategyCheckpoint,
    StrategyExecutor,
    StrategyGoal,
    StrategyInitiative,
    StrategyKpi,
    StrategyRole,
    StrategyTask,
    StrategyVersion,
)

CLASSES: dict[str, type] = {
    "goal": Goal,
    "kpi": Kpi,
    "initiative": Initiative,
    "task": Task,
    "executor": Executor,
    "agreement": Agreement,
    "checkpoint": Checkpoint,
}
NOT_FIELDS = {"id", "verdict", "tags"}


# --- add, change ---------------------------------------------------------------------------------------


def add(session: Session, version_id: int, what: str, **values: Any) -> int:
    """Adds an item to the version (`what`: "goal", "task"…; fields as the domain names them);
    returns its key."""
    editable(session, version_id)
    kind = what
    spec = KINDS[kind]
    unknown = set(values) - {f.name for f in dataclasses.fields(CLASSES[kind])} | (set(values) & NOT_FIELDS)
    if unknown:
        raise ValueError(f"not {kind} fields: {sorted(unknown)}")
    key = next_key(session, spec.model, version_id)
    obj = _clean(kind, CLASSES[kind](id=key, **values))
    raci = getattr(obj, "raci", None)
    _check(session, version_id, kind, obj, raci_set=bool(raci and (raci.accountable or raci.responsible)))
    session.add(spec.model(version_id=version_id, **spec.columns(obj)))
    session.flush()
    return key


def update(session: Session, version_id: int, kind: str, key: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Changes fields of an item; returns their previous values (undo passes them back)."""
    editable(session, version_id)
    return _apply(session, version_id, kind, key, changes)


def _apply(session: Session, version_id: int, kind: str, key: int, changes: dict[str, Any]) -> dict[str, Any]:
    spec = KINDS[kind]
    bad = (set(changes) - {f.name for f in dataclasses.fields(CLASSES[kind])}) | (set(changes) & NOT_FIELDS)
    if bad:
        raise ValueError(f"not {kind} fields: {sorted(bad)}")
    row = _row(session, spec, version_id, key)
    current = spec.of(row)
    changed = _clean(kind, dataclasses.replace(current, **changes))
    # A RACI given is checked whole; an empty one is a task not yet given one (as a new or imported
    # task is), which the undo of its first RACI puts back.
    raci = changes.get("raci")
    raci_set = bool(raci and (raci.accountable or raci.responsible))
    _check(session, version_id, kind, changed, raci_set=raci_set, dated=changes)
    before, after = spec.columns(current), spec.columns(changed)
    for column, value in after.items():
        if before[column] != value:
            setattr(row, column, value)
    session.flush()
    return {name: getattr(current, name) for name in changes}


def set_status(session: Session, version_id: int, task_key: int, status: plan.TaskStatus) -> plan.TaskStatus:
    """A task's progress (planned, in progress, done, accepted, cancelled): recorded while the plan
    runs, in an approved version too; returns the previous status."""
    session.get_one(StrategyVersion, version_id, with_for_update=True)
    return _apply(session, version_id, "task", task_key, {"status": status})["status"]


def set_raci(session: Session, version_id: int, task_key: int, raci: Raci) -> Raci:
    """The task's RACI: exactly one accountable, every letter a person of the strategy."""
    return update(session, version_id, "task", task_key, {"raci": raci})["raci"]


# --- delete and put back -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Removed:
    """What a delete took: the rows (every column), and each reference it cleared."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]
    cleared: tuple[tuple[str, int, str, Any], ...] = field(default=())  # (table, row id, column, old value)


HOLDS = {
    "sub-goals": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» cannot be deleted: sub-goals depend on it. Change or delete them first."
    ),
    "KPIs": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» cannot be deleted: KPIs depend on it. Change or delete them first."
    ),
    "checkpoints": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» cannot be deleted: checkpoints depend on it. Change or delete them first."
    ),
    "bonuses": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» cannot be deleted: bonuses depend on it. Change or delete them first."
    ),
    "agreements": QT_TRANSLATE_NOOP(
        "Errors", "«{name}» cannot be deleted: agreements depend on it. Change or delete them first."
    ),
}


def _holders(session: Session, version_id: int, kind: str, keys: set[int]) -> list[str]:
    """What stands on the items (none of them deleted along): the kinds of rows left pointing at nothing."""
    depends: dict[str, tuple[tuple[Any, Any, str], ...]] = {
        "goal": (
            (StrategyGoal, StrategyGoal.parent_key, "sub-goals"),
            (StrategyKpi, StrategyKpi.goal_key, "KPIs"),
        ),
        "kpi": (
            (StrategyCheckpoint, StrategyCheckpoint.kpi_key, "checkpoints"),
            (StrategyAgreement, StrategyAgreement.kpi_key, "bonuses"),
        ),
        "executor": (
            (StrategyAgreement, StrategyAgreement.executor_key, "agreements"),
        ),
        "checkpoint": (
            (StrategyAgreement, StrategyAgreement.checkpoint_key, "bonuses"),
        ),
    }
    found = []
    for model, column, word in depends.get(kind, ()):
        query = select(func.count()).where(model.version_id == version_id, column.in_(keys))
        if model is KINDS[kind].model:
            query = query.where(model.key.not_in(keys))
        if session.scalar(query):
            found.append(word)
    return found


# Plain references: cleared with what they point at. (table model, column, kind pointed at)
POINTERS: tuple[tuple[Any, str, str], ...] = (
    (StrategyTask, "goal_key", "goal"),
    (StrategyInitiative, "goal_key", "goal"),
    (StrategyCheckpoint, "goal_key", "goal"),
    (StrategyTask, "initiative_key", "initiative"),
    (StrategyCheckpoint, "task_key", "task"),
    (StrategyTask, "accountable", "executor"),
)
RACI_LISTS = ("responsible", "consulted", "informed")


def delete_items(session: Session, version_id: int, kind: str, keys: Iterable[int]) -> Removed:
    """Deletes items of the version; returns what was taken (for `restore`)."""
    editable(session, version_id)
    spec = KINDS[kind]
    wanted = set(keys)
    holders = _holders(session, version_id, kind, wanted)
    if holders:
        first = session.scalar(
            select(spec.model).where(spec.model.version_id == version_id, spec.model.key.in_(wanted))
        )
        title = getattr(first, "title", None) or getattr(first, "name", None) or getattr(first, "metric", "")
        raise ValidationError(HOLDS[holders[0]], name=title)
    cleared: list[tuple[str, int, str, Any]] = []
    for model, column, target in POINTERS:
        if target != kind:
            continue
        attribute = getattr(model, column)
        for row_id, old in session.execute(
            select(model.id, attribute).where(model.version_id == version_id, attribute.in_(wanted))
        ):
            cleared.append((model.__tablename__, row_id, column, old))
            session.execute(sql_update(model).where(model.id == row_id).values({column: None}))
    if kind == "executor":
        for task in session.scalars(select(StrategyTask).where(StrategyTask.version_id == version_id)):
            for column in RACI_LISTS:
                text = getattr(task, column)
                kept = [part for part in text.split(",") if part and int(part) not in wanted]
                if ",".join(kept) != text:
                    cleared.append((StrategyTask.__tablename__, task.id, column, text))
                    setattr(task, column, ",".join(kept))
    columns = list(spec.model.__table__.columns)
    rows = (
        session.execute(
            select(*columns).where(spec.model.version_id == version_id, spec.model.key.in_(wanted))
        )
        .mappings()
        .all()
    )
    session.execute(delete(spec.model).where(spec.model.version_id == version_id, spec.model.key.in_(wanted)))
    session.flush()
    return Removed(((spec.model.__tablename__, tuple(dict(r) for r in rows)),), tuple(cleared))


MODELS = {
    m.__tablename__: m
    for m in (
        StrategyGoal,
        StrategyKpi,
        StrategyInitiative,
        StrategyTask,
        StrategyExecutor,
        StrategyAgreement,
        StrategyCheckpoint,
        StrategyRole,
    )
}


def restore(session: Session, removed: Removed) -> None:
    """Puts back what a delete took, with the same ids and keys, and the references it cleared."""
    for name, rows in removed.rows:
        for row in rows:
            editable(session, row["version_id"])
        if rows:
            session.execute(insert(MODELS[name]), list(rows))
    for name, row_id, column, old in removed.cleared:
        model = MODELS[name]
        session.execute(sql_update(model).where(model.id == row_id).values({column: old}))
    session.flush()


# --- roles ---------------------------------------------------------------------------------------------


def add_role(session: Session, version_id: int, title: str) -> str:
    """A role the planner adds (a built-in one's words give the built-in code); returns its code."""
    editable(session, version_id)
    title = clean_text(title).strip()
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A role needs a title."), field="role")
    code = people.role_code(title)
    exists = session.scalar(
        select(StrategyRole.id).where(
            StrategyRole.version_id == version_id, StrategyRole.code_key == fold(code)
        )
    )
    if exists is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The role «{role}» is already in the list."), field="role", role=title
        )
    session.add(StrategyRole(version_id=version_id, code=code))
    session.flush()
    return code


def set_role_rate(session: Session, version_id: int, code: str, rate: Decimal | None) -> Decimal | None:
    """The rate a contractor of the role is bought at (None: the mean of its executors' rates);
    returns the previous one."""
    editable(session, version_id)
    if rate is not None:
        rate = round_money(limits.money(Decimal(rate), "rate") or Decimal(0))
    row = session.scalar(
        select(StrategyRole).where(StrategyRole.version_id == version_id, StrategyRole.code_key == fold(code))
    )
    if row is None:
        session.add(StrategyRole(version_id=version_id, code=code, rate=rate))
        session.flush()
        return None
    previous = row.rate
    row.rate = rate
    session.flush()
    return previous


def remove_role(session: Session, version_id: int, code: str) -> Removed:
    """Takes a role off the version's list (tasks and people keep theirs)."""
    editable(session, version_id)
    columns = list(StrategyRole.__table__.columns)
    where = (StrategyRole.version_id == version_id, StrategyRole.code_key == fold(code))
    rows = session.execute(select(*columns).where(*where)).mappings().all()
    session.execute(delete(StrategyRole).where(*where))
    return Removed(((StrategyRole.__tablename__, tuple(dict(r) for r in rows)),))
