"""Coordinate: a strategy version is a snapshot; re-planning makes a new one with its reason; an
approved version is frozen (edits refused, as an approved estimate's are); the difference between
two versions is told in words (goals, targets, tasks, people, budget)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, TypeVar

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_figure
from smmdesk.domain.strategy.control import Checkpoint, days_of
from smmdesk.domain.strategy.goals import Goal
from smmdesk.domain.strategy.kpis import Kpi
from smmdesk.domain.strategy.motivation import Agreement, motivation_budget
from smmdesk.domain.strategy.people import Executor
from smmdesk.domain.strategy.plan import Initiative, Task
from smmdesk.domain.text import QT_TRANSLATE_NOOP

T = TypeVar("T")


@dataclass(frozen=True)
class Approval:
    by: str
    on: dt.date
    comment: str = ""


@dataclass(frozen=True)
class StrategyVersion:
    number: int
    reason: str  # why this version was made ("" for the first)
    goals: tuple[Goal, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    initiatives: tuple[Initiative, ...] = ()
    tasks: tuple[Task, ...] = ()
    executors: tuple[Executor, ...] = ()
    agreements: tuple[Agreement, ...] = ()
    checkpoints: tuple[Checkpoint, ...] = ()
    approval: Approval | None = None

    @property
    def frozen(self) -> bool:
        return self.approval is not None


FROZEN = QT_TRANSLATE_NOOP(
    "Errors", "Version {number} was approved by the client and is frozen: make a new version to re-plan."
)


def edit(version: StrategyVersion, **changes: Any) -> StrategyVersion:
    """The version with some of its parts replaced; refused once it is approved."""
    if version.frozen:
        raise ValidationError(FROZEN, field="version", number=version.number)
    if "number" in changes or "approval" in changes:
        raise ValueError("a version's number and approval change only through new_version and approve")
    return dataclasses.replace(version, **changes)


def approve(version: StrategyVersion, by: str, on: dt.date, comment: str = "") -> StrategyVersion:
    if version.frozen:
        raise ValidationError(FROZEN, field="version", number=version.number)
    if not by.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say who approved the version."), field="by")
    return dataclasses.replace(version, approval=Approval(by.strip(), on, comment.strip()))


def new_version(version: StrategyVersion, reason: str) -> StrategyVersion:
    """A new draft from a version (approved or not) with the reason for re-planning."""
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Say why the strategy is re-planned (a failed checkpoint, a new goal…)."
            ),
            field="reason",
        )
    return dataclasses.replace(version, number=version.number + 1, reason=reason.strip(), approval=None)


# --- the difference in words ---------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    area: str  # goals, targets, tasks, people, budget
    text: str  # English source, context "Strategy"
    params: tuple[tuple[str, str], ...]

    def render(self, translate: Callable[[str, str], str] = lambda _c, text: text) -> str:
        params = {k: translate("Strategy", v) if k in ("what", "field") else v for k, v in self.params}
        return translate("Strategy", self.text).format(**params)


ADDED = QT_TRANSLATE_NOOP("Strategy", "{what} «{name}» added")
REMOVED = QT_TRANSLATE_NOOP("Strategy", "{what} «{name}» removed")
CHANGED = QT_TRANSLATE_NOOP("Strategy", "{what} «{name}»: {field} {old} → {new}")
BUDGET = QT_TRANSLATE_NOOP("Strategy", "Motivation budget for {month}: {old} → {new}")


def _text(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, Decimal):
        return format_figure(value)
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return str(value)


def _compare(
    area: str,
    what: str,
    old: Sequence[T],
    new: Sequence[T],
    name: Callable[[T], str],
    fields: Sequence[tuple[str, str]],
) -> list[Change]:
    """Items matched by id: added, removed, and each of `fields` (attribute, English word) changed."""
    before = {getattr(item, "id"): item for item in old}  # noqa: B009 - every part has an id
    after = {getattr(item, "id"): item for item in new}  # noqa: B009
    out = []
    for key, item in after.items():
        if key not in before:
            out.append(Change(area, ADDED, (("what", what), ("name", name(item)))))
            continue
        for attribute, word in fields:
            was, now = getattr(before[key], attribute), getattr(item, attribute)
            if was != now:
                params = (
                    ("what", what),
                    ("name", name(item)),
                    ("field", word),
                    ("old", _text(was)),
                    ("new", _text(now)),
                )
                out.append(Change(area, CHANGED, params))
    for key, item in before.items():
        if key not in after:
            out.append(Change(area, REMOVED, (("what", what), ("name", name(item)))))
    return out


GOAL_FIELDS = (
    ("title", QT_TRANSLATE_NOOP("Strategy", "title")),
    ("owner", QT_TRANSLATE_NOOP("Strategy", "owner")),
    ("weight", QT_TRANSLATE_NOOP("Strategy", "weight")),
    ("parent_id", QT_TRANSLATE_NOOP("Strategy", "parent")),
    ("start", QT_TRANSLATE_NOOP("Strategy", "start")),
    ("end", QT_TRANSLATE_NOOP("Strategy", "end")),
)
KPI_FIELDS = (
    ("target", QT_TRANSLATE_NOOP("Strategy", "target")),
    ("baseline", QT_TRANSLATE_NOOP("Strategy", "baseline")),
    ("due", QT_TRANSLATE_NOOP("Strategy", "due")),
    ("direction", QT_TRANSLATE_NOOP("Strategy", "direction")),
)
TASK_FIELDS = (
    ("due", QT_TRANSLATE_NOOP("Strategy", "due")),
    ("start", QT_TRANSLATE_NOOP("Strategy", "start")),
    ("effort", QT_TRANSLATE_NOOP("Strategy", "effort, h")),
    ("role", QT_TRANSLATE_NOOP("Strategy", "role")),
    ("status", QT_TRANSLATE_NOOP("Strategy", "status")),
)
EXECUTOR_FIELDS = (
    ("role", QT_TRANSLATE_NOOP("Strategy", "role")),
    ("weekly_hours", QT_TRANSLATE_NOOP("Strategy", "hours a week")),
    ("hourly_rate", QT_TRANSLATE_NOOP("Strategy", "hourly rate")),
)
GOAL, KPI, TASK, EXECUTOR = (
    QT_TRANSLATE_NOOP("Strategy", "Goal"),
    QT_TRANSLATE_NOOP("Strategy", "KPI"),
    QT_TRANSLATE_NOOP("Strategy", "Task"),
    QT_TRANSLATE_NOOP("Strategy", "Executor"),
)


def _budget(version: StrategyVersion) -> dict[str, Decimal]:
    """Each month's motivation total, a bonus in its checkpoint's month."""
    budget = motivation_budget(version.agreements, checkpoint_days=days_of(version.checkpoints))
    return {b.month: b.total for b in budget}


def differences(old: StrategyVersion, new: StrategyVersion) -> list[Change]:
    """What `new` changed against `old`, area by area, in words."""
    changes = _compare("goals", GOAL, old.goals, new.goals, lambda g: g.title, GOAL_FIELDS)
    changes += _compare("targets", KPI, old.kpis, new.kpis, lambda k: k.metric, KPI_FIELDS)
    changes += _compare("tasks", TASK, old.tasks, new.tasks, lambda t: t.title, TASK_FIELDS)
    changes += _compare("people", EXECUTOR, old.executors, new.executors, lambda e: e.name, EXECUTOR_FIELDS)
    before, after = _budget(old), _budget(new)
    for month in sorted(set(before) | set(after)):
        was, now = before.get(month, Decimal(0)), after.get(month, Decimal(0))
        if was != now:
            params = (("month", month), ("old", _text(was)), ("new", _text(now)))
            changes.append(Change("budget", BUDGET, params))
    return changes
