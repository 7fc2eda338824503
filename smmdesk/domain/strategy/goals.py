"""A strategy's goals: the kinds set for social networks, one accountable owner each, and the goal tree.

A goal has a title, a kind, one owner, a period, a weight (its share in its parent's progress)
and a parent; the tree has no cycles and every parent exists. Ids are stable across a
strategy's versions, so two versions can be compared goal by goal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class GoalKind(StrEnum):
    AWARENESS = "awareness"  # awareness and reach
    ENGAGEMENT = "engagement"  # engagement and loyalty
    TRAFFIC = "traffic"
    SALES = "sales"  # leads and sales
    REPUTATION = "reputation"
    SUPPORT = "support"  # customer support
    EMPLOYER_BRAND = "employer_brand"


GOAL_KIND_LABELS: dict[GoalKind, str] = {
    GoalKind.AWARENESS: QT_TRANSLATE_NOOP("Strategy", "awareness and reach"),
    GoalKind.ENGAGEMENT: QT_TRANSLATE_NOOP("Strategy", "engagement and loyalty"),
    GoalKind.TRAFFIC: QT_TRANSLATE_NOOP("Strategy", "traffic"),
    GoalKind.SALES: QT_TRANSLATE_NOOP("Strategy", "leads and sales"),
    GoalKind.REPUTATION: QT_TRANSLATE_NOOP("Strategy", "reputation"),
    GoalKind.SUPPORT: QT_TRANSLATE_NOOP("Strategy", "customer support"),
    GoalKind.EMPLOYER_BRAND: QT_TRANSLATE_NOOP("Strategy", "employer brand"),
}


@dataclass(frozen=True)
class Goal:
    id: int
    title: str
    kind: GoalKind
    owner: str  # the one person accountable for it
    start: dt.date
    end: dt.date
    weight: Decimal = Decimal(1)
    parent_id: int | None = None


def validate_goal(goal: Goal) -> None:
    """Raises ValidationError naming the field; None when the goal is sound."""
    if not goal.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A goal needs a title."), field="title")
    if not goal.owner.strip() or any(sep in goal.owner for sep in (",", ";", "\n")):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A goal has exactly one accountable owner: {owner}"),
            field="owner",
            owner=goal.owner.strip() or "—",
        )
    if goal.end < goal.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The goal «{title}» ends before it starts."),
            field="end",
            title=goal.title,
        )
    if goal.weight <= 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A goal's weight is above zero: {weight}"),
            field="weight",
            weight=goal.weight,
        )


def validate_tree(goals: Sequence[Goal]) -> None:
    """Every goal sound, every parent among the goals, and no goal its own ancestor."""
    by_id = {g.id: g for g in goals}
    for goal in goals:
        validate_goal(goal)
        if goal.parent_id is not None and goal.parent_id not in by_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The parent of «{title}» is not a goal of this strategy."),
                field="parent",
                title=goal.title,
            )
    for goal in goals:
        cycle = _cycle_from(goal, by_id)
        if cycle:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "A goal cannot be under its own sub-goal (each is under the next): {cycle}"
                ),
                field="parent",
                cycle=" → ".join(by_id[i].title for i in cycle),
            )


def _cycle_from(goal: Goal, by_id: Mapping[int, Goal]) -> list[int]:
    seen = [goal.id]
    parent = goal.parent_id
    while parent is not None:
        if parent in seen:
            return [*seen[seen.index(parent) :], parent]
        seen.append(parent)
        parent = by_id[parent].parent_id if parent in by_id else None
    return []


def move_goal(goals: Sequence[Goal], goal_id: int, parent_id: int | None) -> list[Goal]:
    """The goals with one moved under another parent; refused (ValidationError) when that makes a cycle."""
    moved = [
        Goal(g.id, g.title, g.kind, g.owner, g.start, g.end, g.weight, parent_id) if g.id == goal_id else g
        for g in goals
    ]
    validate_tree(moved)
    return moved


def children_of(goals: Iterable[Goal]) -> dict[int | None, list[Goal]]:
    """parent id (None for the top) → its goals, in the order given."""
    tree: dict[int | None, list[Goal]] = {}
    for goal in goals:
        tree.setdefault(goal.parent_id, []).append(goal)
    return tree
