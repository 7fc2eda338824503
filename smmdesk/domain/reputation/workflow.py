"""The work around a mention: its category, status and the transitions allowed, the escalation ladder.

Statuses follow the issue: new → in work → awaiting approval → answered → escalated → complaint
filed → closed, and "no reply needed". Escalation levels L0–L3 each have a named approver and a
backup, so a level is never without someone to decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.messages import LabelledError
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class Category(StrEnum):
    DELIVERY = "delivery"
    QUALITY = "quality"
    SERVICE = "service"
    PRICE_REFUND = "price_refund"
    SAFETY = "safety"
    LEGAL = "legal"
    FAKE_COMPETITOR = "fake_competitor"
    AD_MARKING = "ad_marking"
    PRESS = "press"
    PRAISE = "praise"


CATEGORY_LABELS: dict[Category, str] = {
    Category.DELIVERY: QT_TRANSLATE_NOOP("Reputation", "Delivery"),
    Category.QUALITY: QT_TRANSLATE_NOOP("Reputation", "Quality"),
    Category.SERVICE: QT_TRANSLATE_NOOP("Reputation", "Service"),
    Category.PRICE_REFUND: QT_TRANSLATE_NOOP("Reputation", "Price and refunds"),
    Category.SAFETY: QT_TRANSLATE_NOOP("Reputation", "Safety"),
    Category.LEGAL: QT_TRANSLATE_NOOP("Reputation", "Legal"),
    Category.FAKE_COMPETITOR: QT_TRANSLATE_NOOP("Reputation", "Fake or competitor"),
    Category.AD_MARKING: QT_TRANSLATE_NOOP("Reputation", "Ad-marking conflict"),
    Category.PRESS: QT_TRANSLATE_NOOP("Reputation", "Press"),
    Category.PRAISE: QT_TRANSLATE_NOOP("Reputation", "Praise"),
}


class Status(StrEnum):
    NEW = "new"
    IN_WORK = "in_work"
    AWAITING_APPROVAL = "awaiting_approval"
    ANSWERED = "answered"
    ESCALATED = "escalated"
    COMPLAINT_FILED = "complaint_filed"
    CLOSED = "closed"
    NO_REPLY_NEEDED = "no_reply_needed"


STATUS_LABELS: dict[Status, str] = {
    Status.NEW: QT_TRANSLATE_NOOP("Reputation", "New"),
    Status.IN_WORK: QT_TRANSLATE_NOOP("Reputation", "In work"),
    Status.AWAITING_APPROVAL: QT_TRANSLATE_NOOP("Reputation", "Awaiting approval"),
    Status.ANSWERED: QT_TRANSLATE_NOOP("Reputation", "Answered"),
    Status.ESCALATED: QT_TRANSLATE_NOOP("Reputation", "Escalated"),
    Status.COMPLAINT_FILED: QT_TRANSLATE_NOOP("Reputation", "Complaint filed"),
    Status.CLOSED: QT_TRANSLATE_NOOP("Reputation", "Closed"),
    Status.NO_REPLY_NEEDED: QT_TRANSLATE_NOOP("Reputation", "No reply needed"),
}

S = Status
# Forward along the line, back to work when a reply is returned or the author writes again,
# and a closed or set-aside mention may be reopened.
TRANSITIONS: Mapping[Status, frozenset[Status]] = MappingProxyType(
    {
        S.NEW: frozenset({S.IN_WORK, S.ANSWERED, S.ESCALATED, S.NO_REPLY_NEEDED}),
        S.IN_WORK: frozenset(
            {S.AWAITING_APPROVAL, S.ANSWERED, S.ESCALATED, S.COMPLAINT_FILED, S.NO_REPLY_NEEDED}
        ),
        S.AWAITING_APPROVAL: frozenset({S.IN_WORK, S.ANSWERED, S.ESCALATED}),
        S.ANSWERED: frozenset({S.IN_WORK, S.ESCALATED, S.COMPLAINT_FILED, S.CLOSED}),
        S.ESCALATED: frozenset({S.IN_WORK, S.AWAITING_APPROVAL, S.ANSWERED, S.COMPLAINT_FILED, S.CLOSED}),
        S.COMPLAINT_FILED: frozenset({S.IN_WORK, S.CLOSED}),
        S.CLOSED: frozenset({S.IN_WORK}),
        S.NO_REPLY_NEEDED: frozenset({S.IN_WORK, S.CLOSED}),
    }
)
OPEN_STATUSES = frozenset({S.NEW, S.IN_WORK, S.AWAITING_APPROVAL, S.ESCALATED})

NOT_ALLOWED = QT_TRANSLATE_NOOP("Errors", "A mention cannot go from «{current}» to «{target}».")


def can_move(current: Status, target: Status) -> bool:
    return target in TRANSITIONS[current]


def move(current: Status, target: Status) -> Status:
    """`target` when the workflow allows it; ValidationError in words otherwise."""
    if not can_move(current, target):
        raise LabelledError(
            NOT_ALLOWED,
            field="status",
            labels={"current": "Reputation", "target": "Reputation"},
            current=STATUS_LABELS[current],
            target=STATUS_LABELS[target],
        )
    return target


def needs_answer(status: Status) -> bool:
    """Whether the mention is still waiting for the brand (counts in the queue and for overdue)."""
    return status in OPEN_STATUSES


class Level(StrEnum):
    L0 = "L0"
    L1 = "L1"
    L2 = "L2"
    L3 = "L3"


LEVEL_LABELS: dict[Level, str] = {
    Level.L0: QT_TRANSLATE_NOOP("Reputation", "L0 community manager"),
    Level.L1: QT_TRANSLATE_NOOP("Reputation", "L1 with the account manager"),
    Level.L2: QT_TRANSLATE_NOOP("Reputation", "L2 the client's PR"),
    Level.L3: QT_TRANSLATE_NOOP("Reputation", "L3 leadership and legal"),
}

NO_APPROVER = QT_TRANSLATE_NOOP("Errors", "Level {level} needs a named approver.")
NO_BACKUP = QT_TRANSLATE_NOOP("Errors", "Level {level} needs a backup other than its approver {approver}.")
MISSING_LEVEL = QT_TRANSLATE_NOOP("Errors", "The escalation ladder has no level {level}.")
NOBODY_AVAILABLE = QT_TRANSLATE_NOOP(
    "Errors", "Neither the approver {approver} nor the backup {backup} of {level} is available."
)


@dataclass(frozen=True)
class Rung:
    """One level of the ladder: who approves there, and who does when they cannot."""

    level: Level
    approver: str
    backup: str

    def __post_init__(self) -> None:
        approver, backup = self.approver.strip(), self.backup.strip()
        if not approver:
            raise ValidationError(NO_APPROVER, field="approver", level=self.level)
        if not backup or backup.casefold() == approver.casefold():
            raise ValidationError(NO_BACKUP, field="backup", level=self.level, approver=approver)
        object.__setattr__(self, "approver", approver)
        object.__setattr__(self, "backup", backup)


@dataclass(frozen=True)
class Ladder:
    """The brand's escalation ladder: one rung per level, L0 to L3."""

    rungs: tuple[Rung, ...]

    def __post_init__(self) -> None:
        levels = {rung.level for rung in self.rungs}
        for level in Level:
            if level not in levels:
                raise ValidationError(MISSING_LEVEL, field="ladder", level=level)
        object.__setattr__(self, "rungs", tuple(sorted(self.rungs, key=lambda r: list(Level).index(r.level))))

    def rung(self, level: Level) -> Rung:
        return next(r for r in self.rungs if r.level is level)

    def who_approves(self, level: Level, unavailable: Iterable[str] = ()) -> str:
        """The approver, or the backup when the approver is away; ValidationError when both are."""
        away = {name.casefold() for name in unavailable}
        rung = self.rung(level)
        for person in (rung.approver, rung.backup):
            if person.casefold() not in away:
                return person
        raise ValidationError(
            NOBODY_AVAILABLE, field="ladder", approver=rung.approver, backup=rung.backup, level=level
        )


def suggested_level(severity: Severity, category: Category | None) -> Level:
    """Where a mention starts on the ladder: S1 safety or legal goes to leadership and legal, any
    other S1 to the client's PR, S2 to the account manager, the rest stay with the community manager."""
    if severity is Severity.S1:
        return Level.L3 if category in (Category.SAFETY, Category.LEGAL) else Level.L2
    if severity is Severity.S2:
        return Level.L1
    return Level.L0
