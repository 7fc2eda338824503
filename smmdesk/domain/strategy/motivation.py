"""Executors' agreements and the motivation budget per month.

An agreement is a monthly fixed fee, a price per piece, an hourly rate, a bonus tied to a KPI and
its threshold, barter or product, or non-monetary. Each gives payments with amounts and due
dates; a bonus falls on its checkpoint's day and is due only when the checkpoint passed, until then
it is a possible payment.
Barter is counted at the product's value beside the money; non-monetary motivation costs nothing.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import ZERO, round_money
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class AgreementKind(StrEnum):
    MONTHLY = "monthly"
    PER_PIECE = "per_piece"
    HOURLY = "hourly"
    KPI_BONUS = "kpi_bonus"
    BARTER = "barter"  # barter or product, at its value
    NON_MONETARY = "non_monetary"


AGREEMENT_LABELS: dict[AgreementKind, str] = {
    AgreementKind.MONTHLY: QT_TRANSLATE_NOOP("Strategy", "monthly fixed"),
    AgreementKind.PER_PIECE: QT_TRANSLATE_NOOP("Strategy", "per piece"),
    AgreementKind.HOURLY: QT_TRANSLATE_NOOP("Strategy", "hourly"),
    AgreementKind.KPI_BONUS: QT_TRANSLATE_NOOP("Strategy", "bonus for a KPI"),
    AgreementKind.BARTER: QT_TRANSLATE_NOOP("Strategy", "barter or product"),
    AgreementKind.NON_MONETARY: QT_TRANSLATE_NOOP("Strategy", "non-monetary"),
}


@dataclass(frozen=True)
class Agreement:
    id: int
    executor_id: int
    kind: AgreementKind
    amount: Decimal  # the fee a month, the price of a piece, the hourly rate, the bonus, the product's value
    start: dt.date  # monthly: the first month; others: the due date
    end: dt.date | None = None  # monthly: the last month
    pay_day: int = 5  # monthly: the day of the month it is paid
    quantity: Decimal = Decimal(1)  # pieces, or hours
    kpi_id: int | None = None  # a bonus: the KPI and its threshold …
    threshold: Decimal | None = None
    checkpoint_id: int | None = None  # … judged at this checkpoint
    description: str = ""

    @property
    def monetary(self) -> bool:
        return self.kind not in (AgreementKind.BARTER, AgreementKind.NON_MONETARY)


def validate_agreement(agreement: Agreement) -> None:
    if agreement.amount < 0 or agreement.quantity < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Amounts and quantities cannot be negative."), field="amount"
        )
    if agreement.kind is AgreementKind.MONTHLY and (agreement.end is None or agreement.end < agreement.start):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A monthly fee needs its last month, not before the first."),
            field="end",
        )
    if agreement.end is not None and agreement.end < agreement.start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The agreement ends on {end}, before it starts on {start}."),
            field="end",
            end=f"{agreement.end:%d.%m.%Y}",
            start=f"{agreement.start:%d.%m.%Y}",
        )
    if agreement.kind is AgreementKind.KPI_BONUS and (
        agreement.kpi_id is None or agreement.threshold is None or agreement.checkpoint_id is None
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A bonus is tied to a KPI, its threshold and the checkpoint that judges it."
            ),
            field="kpi",
        )
    if agreement.kind is AgreementKind.NON_MONETARY and not agreement.description.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say what the non-monetary motivation is."), field="description"
        )


@dataclass(frozen=True)
class Payment:
    agreement_id: int
    executor_id: int
    kind: AgreementKind
    day: dt.date
    amount: Decimal  # to the kopeck
    due: bool  # False: a bonus whose checkpoint has not passed (yet)


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def payments(
    agreement: Agreement,
    passed_checkpoints: frozenset[int] = frozenset(),
    checkpoint_days: Mapping[int, dt.date] | None = None,
) -> list[Payment]:
    """The payments an agreement gives, with their due dates; none for a non-monetary one. A bonus
    falls on its checkpoint's day (of `checkpoint_days`), or on its own day when that is later: it
    is not paid before the checkpoint judges it."""

    def pay(day: dt.date, amount: Decimal, due: bool = True) -> Payment:
        return Payment(agreement.id, agreement.executor_id, agreement.kind, day, round_money(amount), due)

    kind = agreement.kind
    if kind is AgreementKind.NON_MONETARY:
        return []
    if kind is AgreementKind.MONTHLY:
        assert agreement.end is not None
        return [
            pay(dt.date(y, m, min(agreement.pay_day, calendar.monthrange(y, m)[1])), agreement.amount)
            for y, m in _months(agreement.start, agreement.end)
        ]
    if kind in (AgreementKind.PER_PIECE, AgreementKind.HOURLY):
        return [pay(agreement.start, agreement.amount * agreement.quantity)]
    if kind is AgreementKind.KPI_BONUS:
        judged = (checkpoint_days or {}).get(agreement.checkpoint_id or 0)
        day = agreement.start if judged is None else max(agreement.start, judged)
        return [pay(day, agreement.amount, agreement.checkpoint_id in passed_checkpoints)]
    return [pay(agreement.start, agreement.amount)]  # barter: the product's value


@dataclass(frozen=True)
class MonthBudget:
    month: str  # '2026-12'
    money_due: Decimal  # fees, pieces, hours and bonuses whose checkpoint passed
    bonuses_possible: Decimal  # bonuses not (yet) earned
    barter: Decimal  # products given, at their value

    @property
    def total(self) -> Decimal:
        """What the month may cost at most: money due, possible bonuses and barter."""
        return self.money_due + self.bonuses_possible + self.barter


def motivation_budget(
    agreements: Iterable[Agreement],
    passed_checkpoints: frozenset[int] = frozenset(),
    checkpoint_days: Mapping[int, dt.date] | None = None,
) -> list[MonthBudget]:
    """The motivation budget month by month (a bonus in its checkpoint's month, as `payments`)."""
    sums: dict[str, list[Decimal]] = defaultdict(lambda: [ZERO, ZERO, ZERO])
    for agreement in agreements:
        for payment in payments(agreement, passed_checkpoints, checkpoint_days):
            month = f"{payment.day.year}-{payment.day.month:02d}"
            if payment.kind is AgreementKind.BARTER:
                sums[month][2] += payment.amount
            elif payment.due:
                sums[month][0] += payment.amount
            else:
                sums[month][1] += payment.amount
    return [MonthBudget(month, *values) for month, values in sorted(sums.items())]
