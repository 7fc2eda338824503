"""Editing a version's items — goals, KPIs, initiatives, tasks with their RACI, executors,
agreements, checkpoints — and its roles: add, change, delete and put back, each checked by the
domain's rules and against the rest of the version.

Fields are the domain's (`Goal.start`, `Task.raci`…). `update` returns the previous values, so
undo is the same call with them; `delete` returns what it removed (the rows, and the references
it cleared), so undo puts them back with the same ids and keys. An item others stand on is not
deleted: a goal with KPIs or sub-goals, a KPI or a checkpoint a bonus or a bar names, an executor
with agreements; the message says what holds it. References that only point at an item (a task's
goal or initiative, a checkpoint's task, RACI letters) are cleared with it and put back by undo.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy import update as sql_update
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.strategy import control, goals, kpis, motivation, people, plan
from smmdesk.domain.strategy.control import ChecklistBar, Checkpoint, JudgementBar, KpiBar
from smmdesk.domain.strategy.goals import Goal
from smmdesk.domain.strategy.kpis import FIGURES, Kpi
from smmdesk.domain.strategy.motivation import Agreement
from smmdesk.domain.strategy.people import Executor
from smmdesk.domain.strategy.plan import Initiative, Raci, Task
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text, fold
from smmdesk.services import strategy_figures as sf
from smmdesk.services.strategy import editable
from smmdesk.services.strategy_rows import KINDS, Kind
from smmdesk.storage.models import (
    Influencer,
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
ENUMS: dict[str, tuple[tuple[str, type], ...]] = {
    "goal": (("kind", goals.GoalKind),),
    "kpi": (("direction", kpis.Direction),),
    "initiative": (("kind", plan.InitiativeKind),),
    "task": (("status", plan.TaskStatus),),
    "executor": (("kind", people.ExecutorKind),),
    "agreement": (("kind", motivation.AgreementKind),),
}


# --- reading one kind ------------------------------------------------------------------------------------


def _row(session: Session, kind: Kind, version_id: int, key: int) -> Any:
    found = session.scalar(
        select(kind.model).where(kind.model.version_id == version_id, kind.model.key == key)
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "That item is no longer in the plan (another planner removed it).")
        )
    return found


def _keys(session: Session, model: Any, version_id: int) -> set[int]:
    return set(session.scalars(select(model.key).where(model.version_id == version_id)))


def item(session: Session, version_id: int, kind: str, key: int) -> Any:
    """One item of the version as the domain's object."""
    return KINDS[kind].of(_row(session, KINDS[kind], version_id, key))


def items(session: Session, version_id: int, kind: str) -> list[Any]:
    spec = KINDS[kind]
    rows = session.scalars(
        select(spec.model).where(spec.model.version_id == version_id).order_by(spec.model.key)
    )
    return [spec.of(row) for row in rows]


def next_key(session: Session, model: Any, version_id: int) -> int:
    """A key no version of the strategy holds for this kind: an item removed in a new version keeps
    its key in the versions before, so the history never mistakes another item for it."""
    strategy_id = (
        select(StrategyVersion.strategy_id).where(StrategyVersion.id == version_id).scalar_subquery()
    )
    versions = select(StrategyVersion.id).where(StrategyVersion.strategy_id == strategy_id)
    top = session.scalar(select(func.max(model.key)).where(model.version_id.in_(versions)))
    return (top or 0) + 1


# --- cleaning and checking -------------------------------------------------------------------------------


def _tidy(value: Any) -> Any:
    if isinstance(value, str):
        return clean_text(value).strip()
    return value


def _hours(value: Decimal, field_name: str) -> Decimal:
    limits.hours(value, field_name)
    return round_to(Decimal(value), 2)


def _figure(value: Decimal | None, field_name: str) -> Decimal | None:
    limits.kpi_figure(value, field_name)
    return None if value is None else round_to(Decimal(value), 4)


MISSING = {
    "goal": QT_TRANSLATE_NOOP("Errors", "The plan has no such goal; choose one of its own."),
    "kpi": QT_TRANSLATE_NOOP("Errors", "The plan has no such KPI; choose one of its own."),
    "initiative": QT_TRANSLATE_NOOP("Errors", "The plan has no such initiative; choose one of its own."),
    "task": QT_TRANSLATE_NOOP("Errors", "The plan has no such task; choose one of its own."),
    "executor": QT_TRANSLATE_NOOP("Errors", "The plan has no such executor; choose one of its own."),
    "checkpoint": QT_TRANSLATE_NOOP("Errors", "The plan has no such checkpoint; choose one of its own."),
    "agreement": QT_TRANSLATE_NOOP("Errors", "The plan has no such agreement; choose one of its own."),
}
NO_RECORD = {
    plan.InitiativeKind.CAMPAIGN: QT_TRANSLATE_NOOP("Errors", "There is no campaign number {id} to link to."),
    plan.InitiativeKind.CONTEST: QT_TRANSLATE_NOOP("Errors", "There is no contest number {id} to link to."),
    plan.InitiativeKind.CONTENT_PILLAR: QT_TRANSLATE_NOOP(
        "Errors", "There is no content pillar number {id} to link to."
    ),
    plan.InitiativeKind.REPUTATION: QT_TRANSLATE_NOOP(
        "Errors", "There is no reputation programme number {id} to link to."
    ),
    plan.InitiativeKind.REVIEW_CAMPAIGN: QT_TRANSLATE_NOOP(
        "Errors", "There is no review campaign number {id} to link to."
    ),
}


def _missing(what: str) -> ValidationError:
    return ValidationError(MISSING[what], field=what)


def _refer(session: Session, model: Any, version_id: int, key: int | None, what: str) -> None:
    if key is not None and key not in _keys(session, model, version_id):
        raise _missing(what)


def _record(session: Session, kind: plan.InitiativeKind, record_id: int | None, field_name: str) -> None:
    if record_id is None or not sf.has_records(kind):
        return
    if sf.record_title(session, kind, record_id) is None:
        raise ValidationError(
            NO_RECORD[kind],
            field=field_name,
            id=record_id,
        )


def _clean(kind: str, obj: Any) -> Any:
    """The object with texts tidied and figures at the precision they are kept in."""
    values = {f.name: _tidy(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    for name, enum in ENUMS.get(kind, ()):
        values[name] = enum(values[name])
    if kind in ("goal", "kpi"):
        values["weight"] = round_to(limits.weight(Decimal(values["weight"])), 2)
    if kind == "kpi":
        values["baseline"] = _figure(values["baseline"], "baseline")
        values["target"] = _figure(values["target"], "target")
    if kind == "task":
        values["effort"] = _hours(values["effort"], "effort")
        values["role"] = people.role_code(values["role"]) if values["role"] else ""
    if kind == "executor":
        values["weekly_hours"] = round_to(Decimal(values["weekly_hours"]), 2)
        values["role"] = people.role_code(values["role"]) if values["role"] else ""
        if values["hourly_rate"] is not None:
            rate = Decimal(values["hourly_rate"])
            limits.money(rate, "hourly_rate")
            values["hourly_rate"] = round_money(rate)
    if kind == "agreement":
        values["amount"] = round_money(limits.money(Decimal(values["amount"]), "amount") or Decimal(0))
        values["quantity"] = _hours(values["quantity"], "quantity")
        values["threshold"] = _figure(values["threshold"], "threshold")
        if not 1 <= values["pay_day"] <= 31:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A day of the month is from 1 to 31."), field="pay_day"
            )
    if kind == "checkpoint":
        bar = values["bar"]
        if isinstance(bar, KpiBar):
            values["bar"] = KpiBar(bar.kpi_id, _figure(bar.threshold, "threshold") or Decimal(0))
        elif isinstance(bar, ChecklistBar):
            values["bar"] = ChecklistBar(tuple(_tidy(i) for i in bar.items if _tidy(i)), bar.done)
        else:
            values["bar"] = JudgementBar(_tidy(bar.question))
    return type(obj)(**values)


def _check(session: Session, version_id: int, kind: str, obj: Any, *, raci_set: bool) -> None:
    """The domain's rules for the item, and its references within the version."""
    if kind == "goal":
        goals.validate_goal(obj)
        others = [
            g
            for g in (KINDS["goal"].of(r) for r in _all(session, StrategyGoal, version_id))
            if g.id != obj.id
        ]
        goals.validate_tree([*others, obj])
    elif kind == "kpi":
        kpis.validate_kpi(obj)
        _refer(session, StrategyGoal, version_id, obj.goal_id, "goal")
        if obj.link is not None:
            _record(session, sf.ORIGIN_KIND[FIGURES[obj.link.figure].origin], obj.link.record_id, "link")
    elif kind == "initiative":
        plan.validate_initiative(obj)
        _refer(session, StrategyGoal, version_id, obj.goal_id, "goal")
        _record(session, obj.kind, obj.record_id, "record")
    elif kind == "task":
        plan.validate_task(obj, raci_required=raci_set)
        _refer(session, StrategyGoal, version_id, obj.goal_id, "goal")
        _refer(session, StrategyInitiative, version_id, obj.initiative_id, "initiative")
        people_keys = _keys(session, StrategyExecutor, version_id)
        named = {*obj.raci.responsible, *obj.raci.accountable, *obj.raci.consulted, *obj.raci.informed}
        if named - people_keys:
            raise _missing("executor")
    elif kind == "executor":
        people.validate_executor(obj)
        taken = session.scalar(
            select(StrategyExecutor.key).where(
                StrategyExecutor.version_id == version_id,
                StrategyExecutor.name_key == fold(obj.name),
                StrategyExecutor.key != obj.id,
            )
        )
        if taken is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{name} is already among the strategy's people."),
                field="name",
                name=obj.name,
            )
        if obj.influencer_id is not None and session.get(Influencer, obj.influencer_id) is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is no such blogger in the base."), field="influencer"
            )
    elif kind == "agreement":
        motivation.validate_agreement(obj)
        _refer(session, StrategyExecutor, version_id, obj.executor_id, "executor")
        _refer(session, StrategyKpi, version_id, obj.kpi_id, "kpi")
        _refer(session, StrategyCheckpoint, version_id, obj.checkpoint_id, "checkpoint")
    elif kind == "checkpoint":
        known = {k.id: k for k in (KINDS["kpi"].of(r) for r in _all(session, StrategyKpi, version_id))}
        control.validate_checkpoint(obj, known)
        _refer(session, StrategyTask, version_id, obj.task_id, "task")
        _refer(session, StrategyGoal, version_id, obj.goal_id, "goal")


def _all(session: Session, model: Any, version_id: int) -> Sequence[Any]:
    return session.scalars(select(model).where(model.version_id == version_id)).all()


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
    _check(session, version_id, kind, changed, raci_set="raci" in changes)
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
