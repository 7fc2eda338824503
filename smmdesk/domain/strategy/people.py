"""Executors: employees, contractors, freelancers and bloggers from the base, with a role, weekly
capacity in hours and an hourly rate. The roles are the usual SMM ones plus those the planner adds."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_figure
from smmdesk.domain.text import QT_TRANSLATE_NOOP

MAX_WEEKLY_HOURS = Decimal(168)


class ExecutorKind(StrEnum):
    EMPLOYEE = "employee"
    CONTRACTOR = "contractor"
    FREELANCER = "freelancer"
    BLOGGER = "blogger"  # an influencer of the base


EXECUTOR_KIND_LABELS: dict[ExecutorKind, str] = {
    ExecutorKind.EMPLOYEE: QT_TRANSLATE_NOOP("Strategy", "employee"),
    ExecutorKind.CONTRACTOR: QT_TRANSLATE_NOOP("Strategy", "contractor"),
    ExecutorKind.FREELANCER: QT_TRANSLATE_NOOP("Strategy", "freelancer"),
    ExecutorKind.BLOGGER: QT_TRANSLATE_NOOP("Strategy", "blogger"),
}

# Built-in roles: code → English source label (context "Strategy"). A planner's own role is kept by
# its title, which is its code.
ROLES: dict[str, str] = {
    "smm_manager": QT_TRANSLATE_NOOP("Strategy", "SMM manager"),
    "content_maker": QT_TRANSLATE_NOOP("Strategy", "content maker"),
    "copywriter": QT_TRANSLATE_NOOP("Strategy", "copywriter"),
    "designer": QT_TRANSLATE_NOOP("Strategy", "designer"),
    "video_maker": QT_TRANSLATE_NOOP("Strategy", "video maker"),
    "targetologist": QT_TRANSLATE_NOOP("Strategy", "targetologist"),
    "community_manager": QT_TRANSLATE_NOOP("Strategy", "community manager"),
    "analyst": QT_TRANSLATE_NOOP("Strategy", "analyst"),
}
ROLE_WORDS: dict[str, tuple[str, ...]] = {
    "smm_manager": ("smm", "smm-менеджер", "smm менеджер", "smm manager", "смм", "смм-менеджер"),
    "content_maker": ("контент-мейкер", "контентмейкер", "контент мейкер", "content maker", "мобилограф"),
    "copywriter": ("копирайтер", "автор текстов", "редактор", "copywriter", "writer"),
    "designer": ("дизайнер", "designer", "графический дизайнер"),
    "video_maker": (
        "видеомейкер",
        "видеограф",
        "монтажер",
        "монтажёр",
        "video maker",
        "videographer",
        "editor",
    ),
    "targetologist": ("таргетолог", "таргет", "targetologist", "ads manager", "performance"),
    "community_manager": ("комьюнити-менеджер", "комьюнити менеджер", "community manager", "модератор"),
    "analyst": ("аналитик", "analyst"),
}


@lru_cache(maxsize=1024)
def role_code(text: str) -> str:
    """'Дизайнер', 'designer', 'SMM-менеджер' → the built-in code; any other title is a role of its own."""
    folded = " ".join(text.strip().lower().replace("ё", "е").split())
    for code, words in ROLE_WORDS.items():
        if folded == code or folded in (w.replace("ё", "е") for w in words):
            return code
    for code, label in ROLES.items():
        if folded == label.lower():
            return code
    return text.strip()


def role_label(code: str) -> str:
    """The English source label of a built-in role (the UI translates it), or the planner's own title."""
    return ROLES.get(code, code)


@dataclass(frozen=True)
class Executor:
    id: int
    name: str
    kind: ExecutorKind
    role: str
    weekly_hours: Decimal  # capacity in an ordinary five-day week
    hourly_rate: Decimal | None = None  # roubles; None when not agreed
    influencer_id: int | None = None  # a blogger of the base


def validate_executor(executor: Executor) -> None:
    if not executor.name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An executor needs a name."), field="name")
    if not executor.role.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} needs a role."), field="role", name=executor.name
        )
    check_weekly_hours(executor.weekly_hours)
    if executor.hourly_rate is not None and executor.hourly_rate < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An hourly rate cannot be negative."), field="hourly_rate"
        )


def check_weekly_hours(hours: Decimal) -> None:
    """Raises ValidationError on `weekly_hours` outside 0 … 168 (a week's hours), the figure written
    as every figure is."""
    if not Decimal(0) <= hours <= MAX_WEEKLY_HOURS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Weekly hours are from 0 to 168: {hours}"),
            field="weekly_hours",
            hours=format_figure(Decimal(hours)),
        )


def roles_of(executors: Iterable[Executor], extra: Iterable[str] = ()) -> list[str]:
    """Every role in use: the built-in ones first, in their order, then the planner's own, sorted."""
    used = {e.role for e in executors} | set(extra)
    return [code for code in ROLES if code in used] + sorted(used - set(ROLES))
