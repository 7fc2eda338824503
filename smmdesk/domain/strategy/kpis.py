"""KPIs of a strategy's goals, and the RULES.md progress, expected progress, status and goal progress.

    raising:  progress = (current − baseline) ÷ (target − baseline) × 100
    lowering: progress = (baseline − current) ÷ (baseline − target) × 100   (a cost, a share of negative)
    expected progress on day t = the elapsed share of the KPI's period × 100
    status: achieved from 100; on track from expected − 10; at risk from expected − 25; off track below
    a goal's progress = the weighted mean of its KPIs' and sub-goals' progress, each capped at 100

Progress may pass 100 and go below 0; it is None ("—") while no current value is known. The
current value is the linked figure the program measures, or the latest check-in typed by the
planner. Figures are shown with one decimal (`money.round_to`), and the status is judged on the
figures as shown, so what a person reads always agrees with the status beside it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_figure, round_to
from smmdesk.domain.strategy.goals import Goal, children_of
from smmdesk.domain.text import QT_TRANSLATE_NOOP

HUNDRED = Decimal(100)
SHOWN_PLACES = 1


class Direction(StrEnum):
    RAISE = "raise"
    LOWER = "lower"


class FigureOrigin(StrEnum):
    """What a linked figure belongs to: the record its id names."""

    CAMPAIGN = "campaign"
    REPUTATION = "reputation"  # a brand's reputation programme
    CONTEST = "contest"
    REVIEWS = "reviews"  # a review campaign


@dataclass(frozen=True)
class FigureDef:
    origin: FigureOrigin
    label: str  # English source, context "Strategy"
    unit: str
    direction: Direction  # the way it is usually wanted to go


# The figures the program measures that a KPI can follow, by name.
FIGURES: dict[str, FigureDef] = {
    "campaign.reach": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "reach"), "", Direction.RAISE
    ),
    "campaign.views": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "views"), "", Direction.RAISE
    ),
    "campaign.engagements": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "engagements"), "", Direction.RAISE
    ),
    "campaign.clicks": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "clicks"), "", Direction.RAISE
    ),
    "campaign.leads": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "leads"), "", Direction.RAISE
    ),
    "campaign.sales": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "sales"), "", Direction.RAISE
    ),
    "campaign.revenue": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "revenue"), "₽", Direction.RAISE
    ),
    "campaign.er": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "ER"), "%", Direction.RAISE
    ),
    "campaign.cpm": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "CPM"), "₽", Direction.LOWER
    ),
    "campaign.cpc": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "CPC"), "₽", Direction.LOWER
    ),
    "campaign.cpl": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "CPL"), "₽", Direction.LOWER
    ),
    "campaign.cpa": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "CPA"), "₽", Direction.LOWER
    ),
    "campaign.romi": FigureDef(
        FigureOrigin.CAMPAIGN, QT_TRANSLATE_NOOP("Strategy", "ROMI"), "%", Direction.RAISE
    ),
    "reputation.negative_share": FigureDef(
        FigureOrigin.REPUTATION, QT_TRANSLATE_NOOP("Strategy", "share of negative"), "%", Direction.LOWER
    ),
    "reputation.first_response": FigureDef(
        FigureOrigin.REPUTATION, QT_TRANSLATE_NOOP("Strategy", "first-response time"), "h", Direction.LOWER
    ),
    "reputation.sla_compliance": FigureDef(
        FigureOrigin.REPUTATION, QT_TRANSLATE_NOOP("Strategy", "SLA compliance"), "%", Direction.RAISE
    ),
    "reviews.reviews": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "reviews left"), "", Direction.RAISE
    ),
    "reviews.conversion": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "review conversion"), "%", Direction.RAISE
    ),
    "reviews.stars": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "average stars"), "", Direction.RAISE
    ),
    "reviews.nps": FigureDef(FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "NPS"), "", Direction.RAISE),
    "reviews.csat": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "CSAT"), "%", Direction.RAISE
    ),
    "reviews.rating.yandex_maps": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "rating on Yandex Maps"), "", Direction.RAISE
    ),
    "reviews.rating.2gis": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "rating on 2GIS"), "", Direction.RAISE
    ),
    "reviews.rating.otzovik": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "rating on Otzovik"), "", Direction.RAISE
    ),
    "reviews.rating.marketplace": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "rating on the marketplace"), "", Direction.RAISE
    ),
    "reviews.rating.brand_site": FigureDef(
        FigureOrigin.REVIEWS, QT_TRANSLATE_NOOP("Strategy", "rating on the brand's site"), "", Direction.RAISE
    ),
    "contest.participants": FigureDef(
        FigureOrigin.CONTEST, QT_TRANSLATE_NOOP("Strategy", "participants"), "", Direction.RAISE
    ),
}


@dataclass(frozen=True)
class FigureLink:
    """A figure the program measures: its name in FIGURES and the id of the record it belongs to."""

    figure: str
    record_id: int


@dataclass(frozen=True)
class CheckIn:
    """A value typed by the planner: the community's followers on a day, with where it was read."""

    day: dt.date
    value: Decimal
    source: str = ""


@dataclass(frozen=True)
class Kpi:
    id: int
    goal_id: int
    metric: str  # what is measured, in the planner's words
    unit: str
    baseline: Decimal
    target: Decimal
    start: dt.date  # the period the KPI is reached in
    due: dt.date
    direction: Direction = Direction.RAISE
    link: FigureLink | None = None  # None: followed by check-ins
    weight: Decimal = Decimal(1)


class Status(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    AT_RISK = "at_risk"
    OFF_TRACK = "off_track"
    UNKNOWN = "unknown"  # no current value yet


STATUS_LABELS: dict[Status, str] = {
    Status.ACHIEVED: QT_TRANSLATE_NOOP("Strategy", "achieved"),
    Status.ON_TRACK: QT_TRANSLATE_NOOP("Strategy", "on track"),
    Status.AT_RISK: QT_TRANSLATE_NOOP("Strategy", "at risk"),
    Status.OFF_TRACK: QT_TRANSLATE_NOOP("Strategy", "off track"),
    Status.UNKNOWN: QT_TRANSLATE_NOOP("Strategy", "—"),
}


def validate_kpi(kpi: Kpi) -> None:
    if not kpi.metric.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A KPI needs a metric."), field="metric")
    if kpi.due < kpi.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The KPI «{metric}» is due before its period starts."),
            field="due",
            metric=kpi.metric,
        )
    raising = kpi.direction is Direction.RAISE
    if (raising and kpi.target <= kpi.baseline) or (not raising and kpi.target >= kpi.baseline):
        message = (
            QT_TRANSLATE_NOOP(
                "Errors", "The target of «{metric}» must be above its baseline ({baseline}) to raise it."
            )
            if raising
            else QT_TRANSLATE_NOOP(
                "Errors", "The target of «{metric}» must be below its baseline ({baseline}) to lower it."
            )
        )
        baseline = format_figure(kpi.baseline)
        raise ValidationError(message, field="target", metric=kpi.metric, baseline=baseline)
    if kpi.link is not None and kpi.link.figure not in FIGURES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "No such figure to follow: {figure}"),
            field="link",
            figure=kpi.link.figure,
        )
    if kpi.weight <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A KPI's weight is above zero."), field="weight")


def latest_check_in(check_ins: Iterable[CheckIn], day: dt.date) -> CheckIn | None:
    """The last check-in on or before `day` (a later one on the same day wins)."""
    found = None
    for item in check_ins:
        if item.day <= day and (found is None or item.day >= found.day):
            found = item
    return found


def current_value(
    kpi: Kpi,
    day: dt.date,
    check_ins: Iterable[CheckIn] = (),
    linked: Mapping[FigureLink, Decimal | None] = {},
) -> Decimal | None:
    """The KPI's value on `day`: its linked figure, or its latest check-in; None while unknown."""
    if kpi.link is not None:
        return linked.get(kpi.link)
    found = latest_check_in(check_ins, day)
    return None if found is None else found.value


def progress(kpi: Kpi, current: Decimal | None) -> Decimal | None:
    """RULES.md's progress in per cent, unrounded; None while no current value is known."""
    if current is None:
        return None
    if kpi.direction is Direction.RAISE:
        span, moved = kpi.target - kpi.baseline, current - kpi.baseline
    else:
        span, moved = kpi.baseline - kpi.target, kpi.baseline - current
    if span == 0:
        return None
    return moved / span * HUNDRED


def expected_progress(start: dt.date, due: dt.date, day: dt.date) -> Decimal:
    """The elapsed share of the period × 100: 0 on the first day and before, 100 on the due day and after."""
    if day >= due:
        return HUNDRED
    if day <= start:
        return Decimal(0)
    return Decimal((day - start).days) / Decimal((due - start).days) * HUNDRED


def shown(value: Decimal | None) -> Decimal | None:
    """A percentage as it is shown: one decimal, half up."""
    return None if value is None else round_to(value, SHOWN_PLACES)


def status(progress_value: Decimal | None, expected: Decimal) -> Status:
    """Judged on the figures as shown (one decimal)."""
    done, due = shown(progress_value), shown(expected)
    if done is None or due is None:
        return Status.UNKNOWN
    if done >= HUNDRED:
        return Status.ACHIEVED
    if done >= due - 10:
        return Status.ON_TRACK
    if done >= due - 25:
        return Status.AT_RISK
    return Status.OFF_TRACK


@dataclass(frozen=True)
class KpiState:
    kpi: Kpi
    current: Decimal | None
    progress: Decimal | None  # shown: one decimal
    expected: Decimal  # shown: one decimal
    status: Status


def kpi_state(
    kpi: Kpi,
    day: dt.date,
    check_ins: Iterable[CheckIn] = (),
    linked: Mapping[FigureLink, Decimal | None] = {},
) -> KpiState:
    current = current_value(kpi, day, check_ins, linked)
    raw = progress(kpi, current)
    expected = expected_progress(kpi.start, kpi.due, day)
    return KpiState(kpi, current, shown(raw), round_to(expected, SHOWN_PLACES), status(raw, expected))


def weighted_progress(parts: Iterable[tuple[Decimal, Decimal | None]]) -> Decimal | None:
    """Σ weight × min(progress, 100) ÷ Σ weight over the parts whose progress is known; None when none is."""
    total_weight = Decimal(0)
    total = Decimal(0)
    for weight, value in parts:
        if value is None:
            continue
        total += weight * min(value, HUNDRED)
        total_weight += weight
    return None if not total_weight else total / total_weight


def goal_progress(
    goals: Sequence[Goal], kpis: Sequence[Kpi], kpi_progress: Mapping[int, Decimal | None]
) -> dict[int, Decimal | None]:
    """Each goal's progress (unrounded): the weighted mean of its KPIs' progress (`kpi_progress` by
    KPI id) and its sub-goals' progress, each capped at 100; a part still unknown is left out."""
    tree = children_of(goals)
    by_goal: dict[int, list[Kpi]] = {}
    for kpi in kpis:
        by_goal.setdefault(kpi.goal_id, []).append(kpi)
    result: dict[int, Decimal | None] = {}

    def compute(goal: Goal) -> Decimal | None:
        if goal.id in result:
            return result[goal.id]
        parts = [(k.weight, kpi_progress.get(k.id)) for k in by_goal.get(goal.id, [])]
        parts += [(child.weight, compute(child)) for child in tree.get(goal.id, [])]
        result[goal.id] = weighted_progress(parts)
        return result[goal.id]

    for goal in goals:
        compute(goal)
    return result
