"""One range for each kind of number the program takes in, typed or imported, checked here.

- **money** (prices, fees, payments, prizes, budgets, revenue): 0 to 999 999 999 999,99 ₽. Stored
  as kopecks that is 10^14, so a 64-bit column (9.2 × 10^18) holds the sum of 90,000 of the largest;
  Decimal's 28 digits hold every product the estimate rules make of it.
- **counts** (followers, views, reach, likes, clicks, leads, sales, participants): whole numbers
  from 0 to 10^12, a thousand times the largest audience there is, and sums fit 64 bits too.
- **percentages** (ER, discounts, the agency fee, VAT, prepayment): 0 to 100, two decimals.
- **quantities** (of a placement line, of a prize): 1 to 10,000.
- **KPI targets**: 0 to 10^12, whatever the KPI measures.
- **a strategy's KPI figures** (baseline, target, a check-in, a threshold): −10^12 to 10^12 (an NPS
  or a ROMI may start below zero).
- **hours** (a task's effort): 0 to 100 000; **weights** (of a goal or a KPI): 0,01 to 1 000.

A value outside its range is refused with a message saying the range (`OutOfRange`, which is also
a ValueError for the readers that treat any bad text as "not a number").
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

MONEY_MAX = Decimal("999999999999.99")
COUNT_MAX = 10**12
PERCENT_MAX = Decimal(100)
QUANTITY_MAX = 10_000
# What a 64-bit integer column holds: every stored count and kopeck amount stays below it.
INT64_MAX = 2**63 - 1


class OutOfRange(ValidationError, ValueError):
    """A number outside the range of its kind; the message says the range."""


def _shown(value: Any) -> str:
    text = str(value)
    return text if len(text) <= 40 else text[:39] + "…"


MONEY_RANGE = QT_TRANSLATE_NOOP("Errors", "A sum of money is from 0 to 999 999 999 999,99 ₽, not {value}.")
COUNT_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A count (followers, views, reach…) is a whole number from 0 to 1 000 000 000 000, not {value}."
)
PERCENT_RANGE = QT_TRANSLATE_NOOP("Errors", "A percentage must be between 0 and 100.")
QUANTITY_RANGE = QT_TRANSLATE_NOOP("Errors", "A quantity is from 1 to 10 000, not {value}.")
TARGET_RANGE = QT_TRANSLATE_NOOP("Errors", "A target is from 0 to 1 000 000 000 000, not {value}.")
FIGURE_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "A KPI's figure is from −1 000 000 000 000 to 1 000 000 000 000, not {value}."
)
HOURS_RANGE = QT_TRANSLATE_NOOP("Errors", "Hours are from 0 to 100 000, not {value}.")
WEIGHT_RANGE = QT_TRANSLATE_NOOP("Errors", "A weight is from 0,01 to 1 000, not {value}.")
HOURS_MAX = Decimal(100_000)
WEIGHT_MAX = Decimal(1000)


def refused(message: str, value: Any, field: str) -> OutOfRange:
    """The refusal of `value` (as typed) by one of the ranges above."""
    return OutOfRange(message, field=field, value=_shown(value))


def money(value: Decimal | None, field: str = "amount", typed: str | None = None) -> Decimal | None:
    """A sum of money within 0 … 999 999 999 999,99; None passes."""
    if value is None:
        return None
    if not _finite(value) or not Decimal(0) <= Decimal(value) <= MONEY_MAX:
        raise refused(MONEY_RANGE, typed or value, field)
    return value


def count(value: int | None, field: str = "count", typed: str | None = None) -> int | None:
    """A whole count within 0 … 1 000 000 000 000; None passes."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= COUNT_MAX:
        raise refused(COUNT_RANGE, typed or value, field)
    return value


def percent(value: Decimal | None, field: str = "percent") -> Decimal | None:
    """A percentage within 0 … 100; None passes."""
    if value is None:
        return None
    if not _finite(value) or not Decimal(0) <= Decimal(value) <= PERCENT_MAX:
        raise refused(PERCENT_RANGE, value, field)
    return value


def quantity(value: int, field: str = "quantity") -> int:
    """How many: 1 … 10 000."""
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= QUANTITY_MAX:
        raise refused(QUANTITY_RANGE, value, field)
    return value


def target(value: Decimal | None, field: str = "plan") -> Decimal | None:
    """A KPI's planned figure (a count, a sum, a cost per unit or a percentage): 0 … 10^12."""
    if value is None:
        return None
    if not _finite(value) or not Decimal(0) <= Decimal(value) <= COUNT_MAX:
        raise refused(TARGET_RANGE, value, field)
    return value


def kpi_figure(value: Decimal | None, field: str = "value") -> Decimal | None:
    """A strategy KPI's baseline, target, check-in or threshold: −10^12 … 10^12; None passes."""
    if value is None:
        return None
    if not _finite(value) or not -COUNT_MAX <= Decimal(value) <= COUNT_MAX:
        raise refused(FIGURE_RANGE, value, field)
    return value


def hours(value: Decimal | None, field: str = "effort") -> Decimal | None:
    """A task's effort in hours: 0 … 100 000; None passes."""
    if value is None:
        return None
    if not _finite(value) or not Decimal(0) <= Decimal(value) <= HOURS_MAX:
        raise refused(HOURS_RANGE, value, field)
    return value


def weight(value: Decimal, field: str = "weight") -> Decimal:
    """A goal's or a KPI's weight in its parent's progress: 0,01 … 1 000."""
    if not _finite(value) or not Decimal("0.01") <= Decimal(value) <= WEIGHT_MAX:
        raise refused(WEIGHT_RANGE, value, field)
    return value


# Beyond every range above by far, and within what Decimal computes without Overflow: a number
# written with an exponent past this (1e1000000) is refused before any arithmetic touches it.
MAGNITUDE_MAX = 40


def reasonable(value: Decimal) -> bool:
    """A finite number of a size any range above can compare and round: not NaN or infinity, and
    its exponent within ±40 (zero of any exponent included)."""
    if not value.is_finite():
        return False
    return value.is_zero() or -MAGNITUDE_MAX <= value.adjusted() <= MAGNITUDE_MAX


def _finite(value: Any) -> bool:
    try:
        return Decimal(value).is_finite()
    except (InvalidOperation, TypeError, ValueError):
        return False
