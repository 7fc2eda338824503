"""A version of an estimate as the windows and exports see it: immutable lines, totals, flags, diffs."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from smmdesk.domain.estimate import (
    Forecast,
    LineAmounts,
    LineKind,
    Totals,
    VersionStatus,
    estimate_totals,
    line_forecast,
    total_forecast,
)
from smmdesk.domain.money import ZERO
from smmdesk.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class LineView:
    id: int
    line_key: str
    position: int
    kind: str
    account_id: int | None
    format_id: int | None
    format_title: str
    planned_date: dt.date | None
    title: str
    quantity: int
    unit_price: Decimal | None  # None: no price yet (the rate card had none); flagged
    discount_pct: Decimal
    contractor_fee: Decimal | None  # per unit, what the blogger gets (internal)
    influencer_name: str
    platform: str
    handle: str
    tax_status: str
    followers: int | None
    reach: int | None  # per publication
    views: int | None
    notes: str = ""

    @cached_property
    def amounts(self) -> LineAmounts:
        return LineAmounts(self.quantity, self.unit_price or ZERO, self.discount_pct)

    @cached_property
    def gross(self) -> Decimal:
        return self.amounts.gross

    @cached_property
    def net(self) -> Decimal:
        return self.amounts.net

    @cached_property
    def forecast(self) -> Forecast:
        priced = self.unit_price is not None
        return line_forecast(self.quantity, self.net, self.followers, self.reach, self.views, priced)

    @property
    def contractor_total(self) -> Decimal | None:
        return None if self.contractor_fee is None else self.contractor_fee * self.quantity

    @property
    def margin(self) -> Decimal | None:
        """What the agency keeps on the line before its fee: the client's net minus the blogger's fee."""
        paid = self.contractor_total
        return None if paid is None else self.net - paid

    @property
    def is_placement(self) -> bool:
        return self.kind == LineKind.PLACEMENT


@dataclass(frozen=True)
class VersionRef:
    id: int
    number: int
    status: str


@dataclass(frozen=True)
class VersionView:
    estimate_id: int
    version_id: int
    number: int
    status: str
    title: str
    agency_fee_pct: Decimal
    vat_mode: str
    vat_rate: Decimal
    currency: str
    campaign_id: int
    campaign_name: str
    period_from: dt.date
    period_to: dt.date
    budget_limit: Decimal | None
    client_name: str
    client_legal_name: str
    created_at: dt.datetime
    sent_at: dt.datetime | None
    decided_at: dt.datetime | None
    decided_by: str
    decision_comment: str
    lines: tuple[LineView, ...]
    versions: tuple[VersionRef, ...] = ()
    blacklisted_accounts: frozenset[int] = field(default_factory=frozenset)

    @property
    def editable(self) -> bool:
        return self.status == VersionStatus.DRAFT

    @cached_property
    def totals(self) -> Totals:
        return estimate_totals(
            (line.amounts for line in self.lines), self.agency_fee_pct, self.vat_mode, self.vat_rate
        )

    @cached_property
    def forecast(self) -> Forecast:
        return total_forecast([line.forecast for line in self.lines if line.is_placement])

    @property
    def contractor_total(self) -> Decimal:
        """What the bloggers and suppliers get, for the lines whose fee is known."""
        return sum((line.contractor_total or ZERO for line in self.lines), ZERO)

    @property
    def margin(self) -> Decimal:
        """The agency's fee plus its margin on the lines whose contractor's fee is known (before VAT)."""
        known = (line.margin for line in self.lines if line.margin is not None)
        return self.totals.agency_fee + sum(known, ZERO)

    @cached_property
    def flags(self) -> dict[int, list[str]]:
        """Line id → problems to show: no price, a date outside the period, a double booking…"""
        found: dict[int, list[str]] = {}
        booked = Counter(
            (line.account_id, line.planned_date)
            for line in self.lines
            if line.account_id and line.planned_date
        )
        for line in self.lines:
            problems = []
            if line.unit_price is None:
                problems.append(NO_PRICE)
            if line.planned_date is not None and not self.period_from <= line.planned_date <= self.period_to:
                problems.append(OUTSIDE_PERIOD)
            if (
                line.account_id is not None
                and line.planned_date
                and booked[(line.account_id, line.planned_date)] > 1
            ):
                problems.append(SAME_DAY)
            if line.account_id in self.blacklisted_accounts:
                problems.append(BLACKLISTED)
            if problems:
                found[line.id] = problems
        return found

    @property
    def over_budget(self) -> bool:
        return self.budget_limit is not None and self.totals.total > self.budget_limit


NO_PRICE = QT_TRANSLATE_NOOP("Estimates", "no price: the rate card has none; type it in")
OUTSIDE_PERIOD = QT_TRANSLATE_NOOP("Estimates", "the date is outside the campaign's period")
SAME_DAY = QT_TRANSLATE_NOOP("Estimates", "two placements of one account on one day")
BLACKLISTED = QT_TRANSLATE_NOOP("Estimates", "the influencer is now blacklisted")


# --- comparing versions ----------------------------------------------------------------------------------

COMPARED_FIELDS = ("title", "format_title", "planned_date", "quantity", "unit_price", "discount_pct")


@dataclass(frozen=True)
class LineChange:
    before: LineView
    after: LineView
    fields: tuple[str, ...]

    @property
    def net_change(self) -> Decimal:
        return self.after.net - self.before.net


@dataclass(frozen=True)
class Comparison:
    older: VersionView
    newer: VersionView
    added: tuple[LineView, ...]
    removed: tuple[LineView, ...]
    changed: tuple[LineChange, ...]

    @property
    def total_change(self) -> Decimal:
        return self.newer.totals.total - self.older.totals.total

    @property
    def net_change(self) -> Decimal:
        return self.newer.totals.net_total - self.older.totals.net_total


def compare_versions(older: VersionView, newer: VersionView) -> Comparison:
    """Lines are matched by their key, which a line keeps from version to version."""
    before = {line.line_key: line for line in older.lines}
    after = {line.line_key: line for line in newer.lines}
    added = tuple(line for key, line in after.items() if key not in before)
    removed = tuple(line for key, line in before.items() if key not in after)
    changed = []
    for key, new in after.items():
        old = before.get(key)
        if old is None:
            continue
        fields = tuple(name for name in COMPARED_FIELDS if getattr(old, name) != getattr(new, name))
        if fields:
            changed.append(LineChange(old, new, fields))
    return Comparison(older, newer, added, removed, tuple(changed))


def week_start(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())
