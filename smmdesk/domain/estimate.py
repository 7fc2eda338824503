"""Estimate maths exactly as RULES.md defines it: line net, agency fee, VAT; and the forecast figures.

Money is Decimal, rounded half-up to the kopeck at the points RULES.md names and nowhere else:
each line's net, the agency fee, and the VAT. Everything else is an exact sum.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import cached_property

from smmdesk.domain import limits, metrics
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import HUNDRED, ZERO, format_decimal, round_money, round_to
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class VatMode(StrEnum):
    ON_TOP = "on_top"  # the agency adds VAT to the subtotal
    INCLUDED = "included"  # prices already include VAT; it is shown, not added
    NONE = "none"  # the agency is on USN: no VAT


VAT_MODE_LABELS: dict[str, str] = {
    VatMode.ON_TOP: QT_TRANSLATE_NOOP("Estimates", "VAT on top"),
    VatMode.INCLUDED: QT_TRANSLATE_NOOP("Estimates", "VAT included in prices"),
    VatMode.NONE: QT_TRANSLATE_NOOP("Estimates", "no VAT (USN)"),
}


class LineKind(StrEnum):
    PLACEMENT = "placement"
    COST = "cost"


class VersionStatus(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    APPROVED = "approved"
    REJECTED = "rejected"


STATUS_LABELS: dict[str, str] = {
    VersionStatus.DRAFT: QT_TRANSLATE_NOOP("Estimates", "draft"),
    VersionStatus.SENT: QT_TRANSLATE_NOOP("Estimates", "sent to the client"),
    VersionStatus.APPROVED: QT_TRANSLATE_NOOP("Estimates", "approved"),
    VersionStatus.REJECTED: QT_TRANSLATE_NOOP("Estimates", "rejected"),
}


def line_gross(quantity: int, unit_price: Decimal) -> Decimal:
    """quantity × unit price: exact (a whole quantity of kopeck prices has kopecks only)."""
    return Decimal(quantity) * unit_price


def line_net(quantity: int, unit_price: Decimal, discount_pct: Decimal) -> Decimal:
    """round(gross × (1 − discount/100)), per line."""
    return round_money(line_gross(quantity, unit_price) * (1 - discount_pct / HUNDRED))


@dataclass(frozen=True)
class LineAmounts:
    quantity: int
    unit_price: Decimal
    discount_pct: Decimal = ZERO

    @cached_property
    def gross(self) -> Decimal:
        return line_gross(self.quantity, self.unit_price)

    @cached_property
    def net(self) -> Decimal:
        return line_net(self.quantity, self.unit_price, self.discount_pct)


@dataclass(frozen=True)
class Totals:
    gross_total: Decimal
    net_total: Decimal
    agency_fee: Decimal
    subtotal: Decimal  # without VAT
    vat: Decimal
    total: Decimal

    @property
    def discount_total(self) -> Decimal:
        return self.gross_total - self.net_total


def estimate_totals(
    lines: Iterable[LineAmounts], fee_pct: Decimal, vat_mode: VatMode | str, vat_rate: Decimal
) -> Totals:
    """The totals of RULES.md: net_total, agency fee, subtotal, VAT by mode, total."""
    gross_total = ZERO
    net_total = ZERO
    for line in lines:
        gross_total += line.gross
        net_total += line.net
    agency_fee = round_money(net_total * fee_pct / HUNDRED)
    subtotal = net_total + agency_fee
    mode = VatMode(vat_mode)
    if mode is VatMode.ON_TOP:
        vat = round_money(subtotal * vat_rate / HUNDRED)
        total = subtotal + vat
    elif mode is VatMode.INCLUDED:
        total = subtotal
        vat = round_money(total * vat_rate / (HUNDRED + vat_rate))
    else:
        vat = ZERO
        total = subtotal
    return Totals(gross_total, net_total, agency_fee, subtotal, vat, total)


# --- the totals as they are worded ------------------------------------------------------------------

# What each mode's lines are called, the same in the window and in every file (RULES.md). The
# window translates the English source (context "Totals"); client files are in Russian, and a test
# holds the catalogue's Russian to these words.
TOTAL_WORDS_RU: dict[str, str] = {
    QT_TRANSLATE_NOOP("Totals", "Before discounts"): "Сумма без скидки",
    QT_TRANSLATE_NOOP("Totals", "Discount"): "Скидка",
    QT_TRANSLATE_NOOP("Totals", "Placements and costs"): "Итого по размещениям и расходам",
    QT_TRANSLATE_NOOP("Totals", "Agency fee, {rate} %"): "Агентская комиссия, {rate} %",
    QT_TRANSLATE_NOOP("Totals", "Total before VAT"): "Итого без НДС",
    QT_TRANSLATE_NOOP("Totals", "VAT {rate} %"): "НДС {rate} %",
    QT_TRANSLATE_NOOP("Totals", "Total (VAT included)"): "Итого",
    QT_TRANSLATE_NOOP("Totals", "including VAT {rate} %"): "в том числе НДС {rate} %",
    QT_TRANSLATE_NOOP("Totals", "Total (no VAT)"): "Итого",
    QT_TRANSLATE_NOOP("Totals", "VAT not charged (USN)"): "НДС не облагается (УСН)",
    QT_TRANSLATE_NOOP("Totals", "Total to pay"): "Всего к оплате",
}


@dataclass(frozen=True)
class TotalLine:
    """A line under an estimate's lines: its key, its words (English source with `{rate}`), the
    rate it names and its amount (None for a line of words only: VAT not charged)."""

    key: str  # gross, discount, net, fee, subtotal, vat, total
    label: str
    amount: Decimal | None
    rate: Decimal | None = None

    def words(self, translate: Callable[[str, str], str] | None = None, decimal_point: str = ",") -> str:
        """The line's words: Russian by default (client files), or through `translate` (a window)."""
        text = translate("Totals", self.label) if translate else TOTAL_WORDS_RU[self.label]
        return text.format(rate=rate_text(self.rate, decimal_point)) if self.rate is not None else text


def rate_text(rate: Decimal, decimal_point: str = ",") -> str:
    """A percentage as a label names it: 22 → "22", 7.5 → "7,5"."""
    text = format_decimal(round_to(rate, 2), 2, decimal_point=decimal_point)
    return text.rstrip("0").rstrip(decimal_point)


def total_lines(
    totals: Totals, fee_pct: Decimal, vat_mode: VatMode | str, vat_rate: Decimal
) -> list[TotalLine]:
    """The totals block of RULES.md, worded by the VAT mode."""
    lines = [
        TotalLine("gross", "Before discounts", totals.gross_total),
        TotalLine("discount", "Discount", totals.discount_total),
        TotalLine("net", "Placements and costs", totals.net_total),
        TotalLine("fee", "Agency fee, {rate} %", totals.agency_fee, fee_pct),
    ]
    mode = VatMode(vat_mode)
    if mode is VatMode.ON_TOP:
        lines += [
            TotalLine("subtotal", "Total before VAT", totals.subtotal),
            TotalLine("vat", "VAT {rate} %", totals.vat, vat_rate),
        ]
    elif mode is VatMode.INCLUDED:
        lines += [
            TotalLine("subtotal", "Total (VAT included)", totals.subtotal),
            TotalLine("vat", "including VAT {rate} %", totals.vat, vat_rate),
        ]
    else:
        lines += [
            TotalLine("subtotal", "Total (no VAT)", totals.subtotal),
            TotalLine("vat", "VAT not charged (USN)", None),
        ]
    return [*lines, TotalLine("total", "Total to pay", totals.total)]



# --- what a campaign's costs are ----------------------------------------------------------------------

MIXED = "mixed"  # a campaign whose estimates have different VAT modes

# The note on a report's (and the KPI window's) costs, worded as RULES.md words each VAT mode: in
# "included" mode the VAT is in the cost («в том числе НДС»), in "none" there is none to speak of.
COST_NOTES: dict[tuple[str, bool], str] = {
    (VatMode.ON_TOP, False): QT_TRANSLATE_NOOP(
        "Costs", "Costs are the placements' net, without the agency fee and VAT."
    ),
    (VatMode.ON_TOP, True): QT_TRANSLATE_NOOP(
        "Costs", "Costs include the agency fee and VAT (the total to pay)."
    ),
    (VatMode.INCLUDED, False): QT_TRANSLATE_NOOP(
        "Costs", "Costs are the placements' net, without the agency fee; VAT is included in them."
    ),
    (VatMode.INCLUDED, True): QT_TRANSLATE_NOOP(
        "Costs", "Costs include the agency fee; VAT is included in them (the total to pay)."
    ),
    (VatMode.NONE, False): QT_TRANSLATE_NOOP(
        "Costs", "Costs are the placements' net, without the agency fee; VAT not charged (USN)."
    ),
    (VatMode.NONE, True): QT_TRANSLATE_NOOP(
        "Costs", "Costs include the agency fee (the total to pay); VAT not charged (USN)."
    ),
    (MIXED, False): QT_TRANSLATE_NOOP(
        "Costs",
        "Costs are the placements' net, without the agency fee; VAT as each estimate has it: not "
        "added where it goes on top, included where the prices hold it, none under USN.",
    ),
    (MIXED, True): QT_TRANSLATE_NOOP(
        "Costs", "Costs include the agency fee and each estimate's VAT where it has one (the total to pay)."
    ),
}
COST_NOTES_RU: dict[str, str] = {
    COST_NOTES[VatMode.ON_TOP, False]: "Стоимость указана без агентской комиссии и НДС (стоимость "
    "размещений по смете).",
    COST_NOTES[VatMode.ON_TOP, True]: "Стоимость указана с агентской комиссией и НДС (всего к оплате по "
    "смете).",
    COST_NOTES[VatMode.INCLUDED, False]: "Стоимость указана без агентской комиссии, в том числе НДС "
    "(стоимость размещений по смете).",
    COST_NOTES[VatMode.INCLUDED, True]: "Стоимость указана с агентской комиссией, в том числе НДС (всего "
    "к оплате по смете).",
    COST_NOTES[VatMode.NONE, False]: "Стоимость указана без агентской комиссии; НДС не облагается (УСН).",
    COST_NOTES[VatMode.NONE, True]: "Стоимость указана с агентской комиссией (всего к оплате по смете); "
    "НДС не облагается (УСН).",
    COST_NOTES[MIXED, False]: "Стоимость указана без агентской комиссии; НДС — как в каждой смете: "
    "начисляемый сверху не включён, в ценах — включён, при УСН не облагается.",
    COST_NOTES[MIXED, True]: "Стоимость указана с агентской комиссией и НДС каждой сметы, где он есть "
    "(всего к оплате по сметам).",
}

# What the cost set against a campaign's budget is: the total to pay, as the estimate checks it.
BUDGET_BASIS: dict[str, str] = {
    VatMode.ON_TOP: QT_TRANSLATE_NOOP("Costs", "with the agency fee and VAT"),
    VatMode.INCLUDED: QT_TRANSLATE_NOOP("Costs", "with the agency fee, VAT included"),
    VatMode.NONE: QT_TRANSLATE_NOOP("Costs", "with the agency fee, VAT not charged (USN)"),
    MIXED: QT_TRANSLATE_NOOP("Costs", "with the agency fee and each estimate's VAT"),
}
BUDGET_BASIS_RU: dict[str, str] = {
    BUDGET_BASIS[VatMode.ON_TOP]: "с агентской комиссией и НДС",
    BUDGET_BASIS[VatMode.INCLUDED]: "с агентской комиссией, в том числе НДС",
    BUDGET_BASIS[VatMode.NONE]: "с агентской комиссией, НДС не облагается (УСН)",
    BUDGET_BASIS[MIXED]: "с агентской комиссией и НДС каждой сметы",
}


def campaign_vat_mode(modes: Iterable[str]) -> str:
    """The one VAT mode of a campaign's estimates, MIXED when they differ (on top when it has none)."""
    found = set(modes)
    if not found:
        return VatMode.ON_TOP
    return VatMode(found.pop()) if len(found) == 1 else MIXED


def cost_note(modes: Iterable[str], with_fee_and_vat: bool) -> str:
    """What the costs are, by the VAT mode of the estimates they come from (English source; context
    "Costs"; `COST_NOTES_RU` has the client files' Russian)."""
    return COST_NOTES[campaign_vat_mode(modes), with_fee_and_vat]


def budget_basis(modes: Iterable[str]) -> str:
    """The basis of the cost against the budget: the total to pay, worded by the VAT mode."""
    return BUDGET_BASIS[campaign_vat_mode(modes)]

# --- forecast ------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Forecast:
    followers: int | None
    reach: int | None
    views: int | None
    cost: Decimal
    # The views the cost is over: those of the lines that have both a price and views (a line
    # without a price adds its views to the plan's total, never to a ratio's denominator).
    priced_views: int | None = None

    @property
    def cpm(self) -> Decimal | None:
        """Cost per thousand views (views stand for impressions where the platform reports views)."""
        return metrics.cpm(self.cost, self.priced_views)

    @property
    def cpv(self) -> Decimal | None:
        return metrics.cpv(self.cost, self.priced_views)


def line_forecast(
    quantity: int,
    net: Decimal,
    followers: int | None,
    reach: int | None,
    views: int | None,
    priced: bool = True,
) -> Forecast:
    """A line of `quantity` publications: reach and views add up per publication; followers do not.
    A line without a price has no cost to divide."""
    total_views = None if views is None else views * quantity
    return Forecast(
        followers,
        None if reach is None else reach * quantity,
        total_views,
        net if priced else ZERO,
        total_views if priced else None,
    )


def total_forecast(forecasts: Sequence[Forecast]) -> Forecast:
    """Ratios of sums over the lines that have both figures (RULES.md), never an average of ratios;
    unknown figures are left out of the sums."""

    def total(values: Iterable[int | None]) -> int | None:
        known = [v for v in values if v is not None]
        return sum(known) if known else None

    both = [f for f in forecasts if f.priced_views]
    return Forecast(
        total(f.followers for f in forecasts),
        total(f.reach for f in forecasts),
        total(f.views for f in forecasts),
        sum((f.cost for f in both), ZERO),
        total(f.priced_views for f in both),
    )


# --- validation ---------------------------------------------------------------------------------------


def valid_quantity(value: int) -> int:
    if value < 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The quantity must be at least 1."), field="quantity"
        )
    return limits.quantity(value, "quantity")


def valid_discount(value: Decimal) -> Decimal:
    if not value.is_finite() or not ZERO <= value <= HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A discount is from 0 to 100 %."), field="discount_pct"
        )
    return round_to(value, 2)


# A spreadsheet holds a number as a double. Past 2^53 kopecks no double tells two kopecks apart; and
# the file holds roubles, not kopecks, which a double keeps to the kopeck only below 2^46 roubles
# (7,0 × 10^13), while Excel reads no more than 15 significant digits of a number at all. So a line
# and an estimate stay within 15 digits, 9 999 999 999 999,99 (10^15 − 1 kopecks, below 2^53):
# every program reading the file gets the sum to the kopeck.
EXACT_KOPECKS_MAX = 10**15 - 1
TOTAL_MAX = Decimal(EXACT_KOPECKS_MAX) / 100  # 9 999 999 999 999,99
LINE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "This line would come to {amount}: a line of an estimate is at most 9 999 999 999 999,99, the "
    "largest sum every spreadsheet holds to the kopeck.",
)
TOTAL_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Errors",
    "The estimate would come to {amount}: an estimate's total is at most 9 999 999 999 999,99, the "
    "largest sum every spreadsheet holds to the kopeck. Split it into several estimates.",
)


def check_total_size(
    lines: Sequence[LineAmounts], fee_pct: Decimal, vat_mode: VatMode | str, vat_rate: Decimal
) -> Totals:
    """The totals, refused (ValidationError) when a line's sum or the estimate's total passes
    TOTAL_MAX; the sum before discounts counts as a total, since the file shows it too."""
    for line in lines:
        if line.gross > TOTAL_MAX:
            raise ValidationError(LINE_TOO_LARGE, field="quantity", amount=format_decimal(line.gross))
    totals = estimate_totals(lines, fee_pct, vat_mode, vat_rate)
    largest = max(totals.gross_total, totals.total)
    if largest > TOTAL_MAX:
        raise ValidationError(TOTAL_TOO_LARGE, amount=format_decimal(largest))
    return totals


def valid_unit_price(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A price cannot be negative."), field="unit_price")
    limits.money(value, "unit_price")
    if value != round_money(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A price has at most two decimals."), field="unit_price"
        )
    return value


def valid_rate(value: Decimal, field: str) -> Decimal:
    if not value.is_finite() or not ZERO <= value <= HUNDRED:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A percentage must be between 0 and 100."), field=field
        )
    return round_to(value, 2)


def decision_time(day: dt.date | None, now: dt.datetime) -> dt.datetime:
    """When the client decided: now (UTC) for today or no date; noon of an earlier day otherwise.
    A decision cannot be dated in the future."""
    local_now = now.astimezone()
    if day is None or day == local_now.date():
        return now
    if day > local_now.date():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The client's decision cannot be dated in the future."), field="when"
        )
    noon = dt.datetime.combine(day, dt.time(12, 0)).astimezone()
    return noon.astimezone(dt.UTC)
