"""Cleaning and checking a version's item before `strategy_items` writes it: texts tidied, figures at
the precision they are kept in, the domain's rules, and its references within the version (the
messages for a reference to nothing, `MISSING` and `NO_RECORD`)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.strategy import control, goals, kpis, motivation, people, plan
from smmdesk.domain.strategy.control import ChecklistBar, JudgementBar, KpiBar
from smmdesk.domain.strategy.kpis import FIGURES
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text, fold
from smmdesk.services import strategy_figures as sf
from smmdesk.services.strategy_item_reading import _keys, period_of
from smmdesk.services.strategy_rows import KINDS
from smmdesk.storage.models import (
    Influencer,
    StrategyCheckpoint,
    StrategyExecutor,
    StrategyGoal,
    StrategyInitiative,
    StrategyKpi,
    StrategyTask,
)

ENUMS: dict[str, tuple[tuple[str, type], ...]] = {
    "goal": (("kind", goals.GoalKind),),
    "kpi": (("direction", kpis.Direction),),
    "initiative": (("kind", plan.InitiativeKind),),
    "task": (("status", plan.TaskStatus),),
    "executor": (("kind", people.ExecutorKind),),
    "agreement": (("kind", motivation.AgreementKind),),
}


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


def _check(
    session: Session, version_id: int, kind: str, obj: Any, *, raci_set: bool, dated: Any = None
) -> None:
    """The domain's rules for the item, its references within the version, and its dates inside
    the strategy's period (of `dated`, the fields being set, when given: a status recorded on a task
    is not refused for dates it had before)."""
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
        sized = dated is None or bool({"start", "due", "effort"} & set(dated))
        plan.validate_task(obj, raci_required=raci_set, sized=sized)
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
    period_of(session, version_id).check_item(kind, obj, dated)


def _all(session: Session, model: Any, version_id: int) -> Sequence[Any]:
    return session.scalars(select(model).where(model.version_id == version_id)).all()
