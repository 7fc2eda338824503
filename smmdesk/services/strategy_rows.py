"""A strategy version's rows as the domain's objects and back: one pair of functions per kind of
item, and the whole version read at once (`read_version`). The domain's ids are the items' keys,
the same in every version of a strategy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.strategy.control import (
    ChecklistBar,
    Checkpoint,
    JudgementBar,
    KpiBar,
    Result,
    Verdict,
)
from smmdesk.domain.strategy.goals import Goal, GoalKind
from smmdesk.domain.strategy.kpis import Direction, FigureLink, Kpi
from smmdesk.domain.strategy.motivation import Agreement, AgreementKind
from smmdesk.domain.strategy.people import Executor, ExecutorKind
from smmdesk.domain.strategy.plan import Initiative, InitiativeKind, Raci, Task, TaskStatus
from smmdesk.domain.strategy.versions import Approval, StrategyVersion
from smmdesk.storage.models import (
    StrategyAgreement,
    StrategyCheckpoint,
    StrategyCheckResult,
    StrategyExecutor,
    StrategyGoal,
    StrategyInitiative,
    StrategyKpi,
    StrategyRole,
    StrategyTask,
)
from smmdesk.storage.models import StrategyVersion as VersionRow

Row = Any  # a mapped row object or a Row of its columns


def plain(value: Decimal | None) -> Decimal | None:
    """A stored figure without the zeros its column's scale adds (12.5000 → 12.5, 40.00 → 40)."""
    if value is None:
        return None
    if value == value.to_integral_value():
        return Decimal(int(value))  # exact: no rounding happens here
    return value.normalize()


def keys_text(keys: Sequence[int]) -> str:
    return ",".join(str(k) for k in keys)


def keys_of(text: str) -> tuple[int, ...]:
    if not text:
        return ()  # most RACI letters are empty: a plan of thousands of tasks is read often
    return tuple(int(part) for part in text.split(",") if part.strip())


# --- each kind: row → domain, domain → columns -----------------------------------------------------------


def goal_of(row: Row) -> Goal:
    return Goal(
        row.key,
        row.title,
        GoalKind(row.kind),
        row.owner,
        row.starts_on,
        row.ends_on,
        plain(row.weight) or Decimal(1),
        row.parent_key,
    )


def goal_columns(goal: Goal) -> dict[str, Any]:
    return {
        "key": goal.id,
        "title": goal.title,
        "kind": goal.kind.value,
        "owner": goal.owner,
        "starts_on": goal.start,
        "ends_on": goal.end,
        "weight": goal.weight,
        "parent_key": goal.parent_id,
    }


def kpi_of(row: Row) -> Kpi:
    link = FigureLink(row.figure, row.record_id) if row.figure and row.record_id is not None else None
    return Kpi(
        row.key,
        row.goal_key,
        row.metric,
        row.unit,
        plain(row.baseline) or Decimal(0),
        plain(row.target) or Decimal(0),
        row.starts_on,
        row.due_on,
        Direction(row.direction),
        link,
        plain(row.weight) or Decimal(1),
    )


def kpi_columns(kpi: Kpi) -> dict[str, Any]:
    return {
        "key": kpi.id,
        "goal_key": kpi.goal_id,
        "metric": kpi.metric,
        "unit": kpi.unit,
        "baseline": kpi.baseline,
        "target": kpi.target,
        "starts_on": kpi.start,
        "due_on": kpi.due,
        "direction": kpi.direction.value,
        "figure": kpi.link.figure if kpi.link else None,
        "record_id": kpi.link.record_id if kpi.link else None,
        "weight": kpi.weight,
    }


def initiative_of(row: Row) -> Initiative:
    return Initiative(row.key, row.title, InitiativeKind(row.kind), row.record_id, row.goal_key)


def initiative_columns(item: Initiative) -> dict[str, Any]:
    return {
        "key": item.id,
        "title": item.title,
        "kind": item.kind.value,
        "record_id": item.record_id,
        "goal_key": item.goal_id,
    }


def task_of(row: Row) -> Task:
    raci = Raci(
        keys_of(row.responsible),
        () if row.accountable is None else (row.accountable,),
        keys_of(row.consulted),
        keys_of(row.informed),
    )
    return Task(
        row.key,
        row.title,
        row.role,
        row.starts_on,
        row.due_on,
        plain(row.effort) or Decimal(0),
        row.goal_key,
        row.initiative_key,
        TaskStatus(row.status),
        row.acceptance,
        raci,
    )


def task_columns(task: Task) -> dict[str, Any]:
    raci = task.raci
    return {
        "key": task.id,
        "title": task.title,
        "role": task.role,
        "starts_on": task.start,
        "due_on": task.due,
        "effort": task.effort,
        "goal_key": task.goal_id,
        "initiative_key": task.initiative_id,
        "status": task.status.value,
        "acceptance": task.acceptance,
        "responsible": keys_text(raci.responsible),
        "accountable": raci.accountable[0] if raci.accountable else None,
        "consulted": keys_text(raci.consulted),
        "informed": keys_text(raci.informed),
    }


def executor_of(row: Row) -> Executor:
    return Executor(
        row.key,
        row.name,
        ExecutorKind(row.kind),
        row.role,
        plain(row.weekly_hours) or Decimal(0),
        row.hourly_rate,
        row.influencer_id,
    )


def executor_columns(executor: Executor) -> dict[str, Any]:
    return {
        "key": executor.id,
        "name": executor.name,
        "kind": executor.kind.value,
        "role": executor.role,
        "weekly_hours": executor.weekly_hours,
        "hourly_rate": executor.hourly_rate,
        "influencer_id": executor.influencer_id,
    }


def agreement_of(row: Row) -> Agreement:
    return Agreement(
        row.key,
        row.executor_key,
        AgreementKind(row.kind),
        row.amount,
        row.starts_on,
        row.ends_on,
        row.pay_day,
        plain(row.quantity) or Decimal(0),
        row.kpi_key,
        plain(row.threshold),
        row.checkpoint_key,
        row.description,
    )


def agreement_columns(agreement: Agreement) -> dict[str, Any]:
    return {
        "key": agreement.id,
        "executor_key": agreement.executor_id,
        "kind": agreement.kind.value,
        "amount": agreement.amount,
        "starts_on": agreement.start,
        "ends_on": agreement.end,
        "pay_day": agreement.pay_day,
        "quantity": agreement.quantity,
        "kpi_key": agreement.kpi_id,
        "threshold": agreement.threshold,
        "checkpoint_key": agreement.checkpoint_id,
        "description": agreement.description,
    }


BAR_KPI, BAR_CHECKLIST, BAR_JUDGEMENT = "kpi", "checklist", "judgement"


def checkpoint_of(row: Row, result: Row | None = None) -> Checkpoint:
    ticks = frozenset(keys_of(result.ticks)) if result is not None else frozenset()
    bar: KpiBar | ChecklistBar | JudgementBar
    if row.bar == BAR_KPI:
        bar = KpiBar(row.kpi_key, plain(row.threshold) or Decimal(0))
    elif row.bar == BAR_CHECKLIST:
        bar = ChecklistBar(tuple(line for line in row.items.split("\n") if line.strip()), ticks)
    else:
        bar = JudgementBar(row.question)
    verdict = None
    if result is not None and result.result:
        verdict = Verdict(Result(result.result), result.decided_on, result.evidence, result.decision)
    return Checkpoint(row.key, row.title, row.day, bar, row.task_key, row.goal_key, verdict)


def checkpoint_columns(checkpoint: Checkpoint) -> dict[str, Any]:
    bar = checkpoint.bar
    values: dict[str, Any] = {
        "key": checkpoint.id,
        "title": checkpoint.title,
        "day": checkpoint.day,
        "task_key": checkpoint.task_id,
        "goal_key": checkpoint.goal_id,
        "kpi_key": None,
        "threshold": None,
        "items": "",
        "question": "",
    }
    if isinstance(bar, KpiBar):
        values.update(bar=BAR_KPI, kpi_key=bar.kpi_id, threshold=bar.threshold)
    elif isinstance(bar, ChecklistBar):
        values.update(bar=BAR_CHECKLIST, items="\n".join(item.strip() for item in bar.items if item.strip()))
    else:
        values.update(bar=BAR_JUDGEMENT, question=bar.question)
    return values


@dataclass(frozen=True)
class Kind:
    """One kind of item a version holds: its table, and how a row becomes the domain's object."""

    name: str
    model: Any
    of: Callable[[Row], Any]
    columns: Callable[[Any], dict[str, Any]]


KINDS: dict[str, Kind] = {
    "goal": Kind("goal", StrategyGoal, goal_of, goal_columns),
    "kpi": Kind("kpi", StrategyKpi, kpi_of, kpi_columns),
    "initiative": Kind("initiative", StrategyInitiative, initiative_of, initiative_columns),
    "task": Kind("task", StrategyTask, task_of, task_columns),
    "executor": Kind("executor", StrategyExecutor, executor_of, executor_columns),
    "agreement": Kind("agreement", StrategyAgreement, agreement_of, agreement_columns),
    "checkpoint": Kind("checkpoint", StrategyCheckpoint, checkpoint_of, checkpoint_columns),
}


# --- a whole version -------------------------------------------------------------------------------------


def _rows(session: Session, model: Any, version_id: int) -> list[Any]:
    columns = [c for c in model.__table__.columns]
    query = select(*columns).where(model.version_id == version_id).order_by(model.key)
    return list(session.execute(query).all())


def results_of(session: Session, strategy_id: int) -> dict[int, Row]:
    """The checkpoints' ticks and verdicts, by checkpoint key."""
    return {
        r.checkpoint_key: r
        for r in session.scalars(
            select(StrategyCheckResult).where(StrategyCheckResult.strategy_id == strategy_id)
        )
    }


def read_version(session: Session, version_id: int) -> StrategyVersion:
    """The version as the domain's snapshot, the checkpoints with their recorded verdicts."""
    version = session.get_one(VersionRow, version_id)
    results = results_of(session, version.strategy_id)
    approval = None
    if version.approved_on is not None:
        approval = Approval(version.approved_by, version.approved_on, version.approval_comment)
    return StrategyVersion(
        version.number,
        version.reason,
        goals=tuple(goal_of(r) for r in _rows(session, StrategyGoal, version_id)),
        kpis=tuple(kpi_of(r) for r in _rows(session, StrategyKpi, version_id)),
        initiatives=tuple(initiative_of(r) for r in _rows(session, StrategyInitiative, version_id)),
        tasks=tuple(task_of(r) for r in _rows(session, StrategyTask, version_id)),
        executors=tuple(executor_of(r) for r in _rows(session, StrategyExecutor, version_id)),
        agreements=tuple(agreement_of(r) for r in _rows(session, StrategyAgreement, version_id)),
        checkpoints=tuple(
            checkpoint_of(r, results.get(r.key)) for r in _rows(session, StrategyCheckpoint, version_id)
        ),
        approval=approval,
    )


def load_inputs(session: Session, version_id: int) -> tuple[tuple[Task, ...], tuple[Executor, ...]]:
    """What the load and the staffing plan read of a version: its tasks (without their RACI,
    acceptance, goal or initiative) and its executors, in the order `read_version` gives them."""
    t = StrategyTask.__table__.c
    rows = session.execute(
        select(t.key, t.title, t.role, t.starts_on, t.due_on, t.effort, t.status)
        .where(t.version_id == version_id)
        .order_by(t.key)
    )
    statuses: dict[str, TaskStatus] = {}
    tasks = []
    for key, title, role, starts_on, due_on, effort, status in rows:
        state = statuses.get(status) or statuses.setdefault(status, TaskStatus(status))
        tasks.append(Task(key, title, role, starts_on, due_on, plain(effort) or Decimal(0), status=state))
    executors = tuple(executor_of(r) for r in _rows(session, StrategyExecutor, version_id))
    return tuple(tasks), executors


def role_rates(session: Session, version_id: int) -> dict[str, Decimal]:
    """The contractor rate set for a role (the roles without one take their executors' mean)."""
    rows = session.execute(
        select(StrategyRole.code, StrategyRole.rate).where(StrategyRole.version_id == version_id)
    ).all()
    return {code: rate for code, rate in rows if rate is not None}


def own_roles(session: Session, version_id: int) -> list[str]:
    """Every role the version names in its role list (the planner's own and those with a rate)."""
    return list(
        session.scalars(
            select(StrategyRole.code).where(StrategyRole.version_id == version_id).order_by(StrategyRole.id)
        )
    )


def today() -> dt.date:
    return dt.date.today()
