"""The plan: initiatives linked to what the program already holds, tasks with their acceptance bar,
and each task's RACI (responsible, exactly one accountable, consulted, informed)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_figure
from smmdesk.domain.text import QT_TRANSLATE_NOOP

# A task's effort fits in its days at most around the clock: 24 h for each day from its start to
# its due date. Weekends and holidays count: an SMM team posts on them, and a task over the New
# Year holidays is real (the load lists one with no working day apart). No one works more.
HOURS_A_DAY = 24
TOO_MUCH_EFFORT = QT_TRANSLATE_NOOP(
    "Errors",
    "«{title}» has {days} days from its start to its due date: they hold at most {bound} h "
    "(24 h a day), not {effort}.",
)


class InitiativeKind(StrEnum):
    CAMPAIGN = "campaign"
    CONTEST = "contest"
    CONTENT_PILLAR = "content_pillar"
    REPUTATION = "reputation"  # a reputation programme
    REVIEW_CAMPAIGN = "review_campaign"


INITIATIVE_LABELS: dict[InitiativeKind, str] = {
    InitiativeKind.CAMPAIGN: QT_TRANSLATE_NOOP("Strategy", "campaign"),
    InitiativeKind.CONTEST: QT_TRANSLATE_NOOP("Strategy", "contest"),
    InitiativeKind.CONTENT_PILLAR: QT_TRANSLATE_NOOP("Strategy", "content pillar"),
    InitiativeKind.REPUTATION: QT_TRANSLATE_NOOP("Strategy", "reputation programme"),
    InitiativeKind.REVIEW_CAMPAIGN: QT_TRANSLATE_NOOP("Strategy", "review campaign"),
}


@dataclass(frozen=True)
class Initiative:
    id: int
    title: str
    kind: InitiativeKind
    record_id: int | None = None  # the campaign, contest, … it is; a content pillar may have none
    goal_id: int | None = None


class TaskStatus(StrEnum):
    PLANNED = "planned"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    ACCEPTED = "accepted"  # its acceptance bar was checked and met
    CANCELLED = "cancelled"


TASK_STATUS_LABELS: dict[TaskStatus, str] = {
    TaskStatus.PLANNED: QT_TRANSLATE_NOOP("Strategy", "planned"),
    TaskStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Strategy", "in progress"),
    TaskStatus.DONE: QT_TRANSLATE_NOOP("Strategy", "done"),
    TaskStatus.ACCEPTED: QT_TRANSLATE_NOOP("Strategy", "accepted"),
    TaskStatus.CANCELLED: QT_TRANSLATE_NOOP("Strategy", "cancelled"),
}


@dataclass(frozen=True)
class Raci:
    """Who does it, the one who answers for it, who is asked, who is told (executor ids)."""

    responsible: tuple[int, ...] = ()
    accountable: tuple[int, ...] = ()  # exactly one
    consulted: tuple[int, ...] = ()
    informed: tuple[int, ...] = ()

    def letters(self, executor_id: int) -> str:
        """'R', 'A', 'RA', 'C', 'I' or '' for one executor: a cell of the RACI matrix."""
        return "".join(
            letter
            for letter, ids in (("R", self.responsible), ("A", self.accountable), ("C", self.consulted),
                                ("I", self.informed))
            if executor_id in ids
        )  # fmt: skip


@dataclass(frozen=True)
class Task:
    id: int
    title: str
    role: str  # a role code (people.ROLES) or a role the planner added
    start: dt.date
    due: dt.date
    effort: Decimal  # hours
    goal_id: int | None = None
    initiative_id: int | None = None
    status: TaskStatus = TaskStatus.PLANNED
    acceptance: str = ""  # the bar that says the task went right
    raci: Raci = field(default_factory=Raci)

    @property
    def counts_for_load(self) -> bool:
        return self.status is not TaskStatus.CANCELLED


def validate_initiative(initiative: Initiative) -> None:
    if not initiative.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An initiative needs a title."), field="title")


def validate_raci(title: str, raci: Raci) -> None:
    if len(raci.accountable) != 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The task «{title}» needs exactly one accountable person; it has {count}."
            ),
            field="accountable",
            title=title,
            count=len(raci.accountable),
        )


def effort_bound(start: dt.date, due: dt.date) -> tuple[int, Decimal]:
    """(The days from `start` to `due`, both included, the most hours they hold: 24 h a day)."""
    days = max((due - start).days + 1, 1)
    return days, Decimal(HOURS_A_DAY * days)


def validate_effort(task: Task) -> None:
    """Raises ValidationError on `effort` when the task's days cannot hold it, naming the bound."""
    days, bound = effort_bound(task.start, task.due)
    if task.effort > bound:
        raise ValidationError(
            TOO_MUCH_EFFORT,
            field="effort",
            title=task.title,
            days=days,
            bound=format_figure(bound),
            effort=format_figure(Decimal(task.effort)),
        )


def validate_task(task: Task, *, raci_required: bool = True, sized: bool = True) -> None:
    """Raises ValidationError naming the field. A task read from a spreadsheet may wait for its RACI;
    its effort is bounded by its days (`sized` False: not checked, neither effort nor dates set)."""
    if not task.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A task needs a title."), field="title")
    if not task.role.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The task «{title}» needs a role."), field="role", title=task.title
        )
    if task.due < task.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The task «{title}» is due before it starts."),
            field="due",
            title=task.title,
        )
    if task.effort < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The effort of «{title}» cannot be negative."),
            field="effort",
            title=task.title,
        )
    if sized:
        validate_effort(task)
    if raci_required:
        validate_raci(task.title, task.raci)
