"""Checkpoints: what is checked by a date and its bar, the result (passed, partly, failed), the
decision, and the board of checkpoints due, failed and coming.

A KPI bar is judged from the linked figure: passed at or beyond the threshold (the KPI's
direction says which way is beyond), partly when at least half the way from the baseline to the
threshold was made, failed below. A checklist passes with every item done, partly with some. A
judgement is the planner's, and is taken only with its evidence.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.kpis import Direction, Kpi
from smmdesk.domain.text import QT_TRANSLATE_NOOP

COMING_DAYS = 14


class Result(StrEnum):
    PASSED = "passed"
    PARTLY = "partly"
    FAILED = "failed"


RESULT_LABELS: dict[Result, str] = {
    Result.PASSED: QT_TRANSLATE_NOOP("Strategy", "passed"),
    Result.PARTLY: QT_TRANSLATE_NOOP("Strategy", "partly"),
    Result.FAILED: QT_TRANSLATE_NOOP("Strategy", "failed"),
}


@dataclass(frozen=True)
class KpiBar:
    kpi_id: int
    threshold: Decimal


@dataclass(frozen=True)
class ChecklistBar:
    items: tuple[str, ...]
    done: frozenset[int] = frozenset()  # indices of the items ticked


@dataclass(frozen=True)
class JudgementBar:
    question: str


Bar = KpiBar | ChecklistBar | JudgementBar
# The figures a KPI bar is judged from, by KPI id: one mapping for every checkpoint, or a function
# giving each checkpoint the figures as they stood on its date.
Values = Mapping[int, Decimal | None] | Callable[["Checkpoint"], Mapping[int, Decimal | None]]


@dataclass(frozen=True)
class Verdict:
    result: Result
    decided_on: dt.date
    evidence: str = ""  # a link, a file, what was seen
    decision: str = ""  # what follows: go on, re-plan, change the goal…


@dataclass(frozen=True)
class Checkpoint:
    id: int
    title: str
    day: dt.date
    bar: Bar
    task_id: int | None = None
    goal_id: int | None = None
    verdict: Verdict | None = None
    tags: tuple[str, ...] = field(default=())


def validate_checkpoint(checkpoint: Checkpoint, kpis: Mapping[int, Kpi] | None = None) -> None:
    """Raises ValidationError naming the field: a title, and a bar that can be judged (a KPI of the
    strategy and its threshold, at least one checklist item, or the question to judge)."""
    if not checkpoint.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A checkpoint needs a title."), field="title")
    bar = checkpoint.bar
    if isinstance(bar, KpiBar):
        if kpis is not None and bar.kpi_id not in kpis:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The checkpoint «{title}» names a KPI this strategy does not have."
                ),
                field="kpi",
                title=checkpoint.title,
            )
    elif isinstance(bar, ChecklistBar):
        if not [item for item in bar.items if item.strip()]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A checklist needs at least one item."), field="items"
            )
    elif not bar.question.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say what is to be judged at the checkpoint «{title}»."),
            field="question",
            title=checkpoint.title,
        )


def judge_kpi(kpi: Kpi, threshold: Decimal, value: Decimal | None) -> Result | None:
    """The result of a KPI bar from the figure; None while the figure is unknown."""
    if value is None:
        return None
    raising = kpi.direction is Direction.RAISE
    if (value >= threshold) if raising else (value <= threshold):
        return Result.PASSED
    span = threshold - kpi.baseline
    moved = value - kpi.baseline
    if span and moved / span >= Decimal("0.5"):
        return Result.PARTLY
    return Result.FAILED


def judge_checklist(bar: ChecklistBar) -> Result:
    done = len([i for i in bar.done if 0 <= i < len(bar.items)])
    if bar.items and done == len(bar.items):
        return Result.PASSED
    return Result.PARTLY if done else Result.FAILED


def judgement(result: Result, day: dt.date, evidence: str, decision: str = "") -> Verdict:
    """The planner's verdict on a judgement bar; refused without evidence."""
    if not evidence.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A judgement is recorded with its evidence (a link, a file, what was seen)."
            ),
            field="evidence",
        )
    return Verdict(result, day, evidence.strip(), decision.strip())


def evaluate(
    checkpoint: Checkpoint,
    day: dt.date,
    kpis: Mapping[int, Kpi],
    values: Values,
) -> Verdict | None:
    """The checkpoint's verdict on `day`: its recorded one, else one judged automatically (a KPI
    bar from `values` by KPI id, a checklist from its ticks) once its date has come; None when it
    waits (not due yet, the figure unknown, or a judgement not made)."""
    if checkpoint.verdict is not None:
        return checkpoint.verdict
    if day < checkpoint.day:
        return None
    bar = checkpoint.bar
    if isinstance(bar, KpiBar):
        figures = values(checkpoint) if callable(values) else values
        if bar.kpi_id not in kpis:
            return None
        result = judge_kpi(kpis[bar.kpi_id], bar.threshold, figures.get(bar.kpi_id))
        if result is None:
            return None
        return Verdict(result, day, QT_TRANSLATE_NOOP("Strategy", "judged from the linked figure"))
    if isinstance(bar, ChecklistBar):
        return Verdict(judge_checklist(bar), day, QT_TRANSLATE_NOOP("Strategy", "the checklist"))
    return None


@dataclass(frozen=True)
class Board:
    due: tuple[Checkpoint, ...]  # the date has come and no verdict yet
    failed: tuple[tuple[Checkpoint, Verdict], ...]  # failed or partly: to decide on
    coming: tuple[Checkpoint, ...]  # within the next COMING_DAYS days


def board(
    checkpoints: Iterable[Checkpoint],
    day: dt.date,
    kpis: Mapping[int, Kpi],
    values: Values,
    coming_days: int = COMING_DAYS,
) -> Board:
    due, failed, coming = [], [], []
    horizon = day + dt.timedelta(days=coming_days)
    for checkpoint in sorted(checkpoints, key=lambda c: (c.day, c.id)):
        verdict = evaluate(checkpoint, day, kpis, values)
        if verdict is not None:
            if verdict.result is not Result.PASSED:
                failed.append((checkpoint, verdict))
        elif checkpoint.day <= day:
            due.append(checkpoint)
        elif checkpoint.day <= horizon:
            coming.append(checkpoint)
    return Board(tuple(due), tuple(failed), tuple(coming))


def passed_ids(checkpoints: Sequence[Checkpoint]) -> frozenset[int]:
    """The checkpoints whose verdict is 'passed': the ones a bonus may fall due on."""
    return frozenset(c.id for c in checkpoints if c.verdict is not None and c.verdict.result is Result.PASSED)


def days_of(checkpoints: Sequence[Checkpoint]) -> dict[int, dt.date]:
    """Each checkpoint's day by its id: the day a bonus it judges falls on."""
    return {c.id: c.day for c in checkpoints}
