"""The series behind a campaign's charts: results day by day against the plan, by influencer,
format and platform, and payments against the budget. Plain data; `charts/` draws it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from typing import Any

from smmdesk.domain.metrics import Figures, FigureSet, Metric


@dataclass(frozen=True)
class DailySeries:
    days: list[dt.date]
    reach: list[int]  # cumulative, by publication date
    views: list[int]
    plan_reach: list[int]  # cumulative forecast, by slot date
    plan_views: list[int]


def days_between(first: dt.date, last: dt.date) -> list[dt.date]:
    return [first + dt.timedelta(days=n) for n in range((last - first).days + 1)]


def _cumulative(days: Sequence[dt.date], events: Iterable[tuple[dt.date | None, int | None]]) -> list[int]:
    position = {day: i for i, day in enumerate(days)}
    daily = [0] * len(days)
    for day, value in events:
        if day is None or not value:
            continue
        # A publication before the period counts from its first day, one after it on its last.
        index = position.get(day, 0 if day < days[0] else len(days) - 1)
        daily[index] += value
    return list(accumulate(daily))


def daily_series(
    first: dt.date,
    last: dt.date,
    published: Sequence[tuple[dt.date | None, Figures]],
    planned: Sequence[tuple[dt.date | None, int | None, int | None]],  # (slot, reach, views) forecasts
) -> DailySeries:
    days = days_between(first, last)
    if not days:
        return DailySeries([], [], [], [], [])
    return DailySeries(
        days,
        _cumulative(days, ((day, f.reach) for day, f in published)),
        _cumulative(days, ((day, f.impressions) for day, f in published)),
        _cumulative(days, ((day, reach) for day, reach, _ in planned)),
        _cumulative(days, ((day, views) for day, _, views in planned)),
    )


@dataclass(frozen=True)
class GroupResult:
    label: str
    figures: FigureSet

    @property
    def views(self) -> Decimal:
        return self.figures.sum_of(Metric.IMPRESSIONS) or Decimal(0)

    @property
    def engagements(self) -> Decimal:
        return self.figures.engagements or Decimal(0)

    @property
    def cost(self) -> Decimal:
        return self.figures.cost or Decimal(0)


def by_group(
    items: Iterable[tuple[str, Figures]], order: Callable[[GroupResult], Any] | None = None
) -> list[GroupResult]:
    """Publications grouped by a label; by default the groups with the largest cost first."""
    grouped: dict[str, list[Figures]] = {}
    for label, figures in items:
        grouped.setdefault(label or "—", []).append(figures)
    groups = [GroupResult(label, FigureSet(members)) for label, members in grouped.items()]
    groups.sort(key=order or (lambda g: (-g.cost, g.label)))
    return groups


@dataclass(frozen=True)
class PaymentSeries:
    days: list[dt.date]
    paid: list[Decimal]  # cumulative
    budget: Decimal | None
    fees: Decimal  # what is owed to the bloggers in all


def payment_series(
    payments: Sequence[tuple[dt.date, Decimal]],
    first: dt.date,
    last: dt.date,
    budget: Decimal | None,
    fees: Decimal,
) -> PaymentSeries:
    """Payments day by day over the campaign, extended to take in payments made before or after it."""
    if payments:
        first = min(first, payments[0][0])
        last = max(last, payments[-1][0])
    days = days_between(first, last)
    position = {day: i for i, day in enumerate(days)}
    daily = [Decimal(0)] * len(days)
    for day, amount in payments:
        daily[position[day]] += amount
    return PaymentSeries(days, list(accumulate(daily)), budget, fees)


@dataclass(frozen=True)
class CostSeries:
    """What the client's publications cost, day by day, against the campaign's budget."""

    days: list[dt.date]
    cost: list[Decimal]  # cumulative, by publication date
    budget: Decimal | None


def cost_series(
    published: Sequence[tuple[dt.date | None, Decimal | None]],
    first: dt.date,
    last: dt.date,
    budget: Decimal | None,
) -> CostSeries:
    """The cost of what appeared, accumulated over the campaign's days (a publication outside the
    period counts on its first or last day)."""
    days = days_between(first, last)
    if not days:
        return CostSeries([], [], budget)
    position = {day: i for i, day in enumerate(days)}
    daily = [Decimal(0)] * len(days)
    for day, cost in published:
        if day is None or cost is None:
            continue
        daily[position.get(day, 0 if day < days[0] else len(days) - 1)] += cost
    return CostSeries(days, list(accumulate(daily)), budget)
