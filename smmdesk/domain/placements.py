"""Placements after approval: statuses, what counts as overdue, paid or missing, and the checks on
publication dates and metrics."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.metrics import Figures, Metric
from smmdesk.domain.money import KOPECK, ZERO
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class PlacementStatus(StrEnum):
    PLANNED = "planned"
    AGREED = "agreed"  # agreed with the blogger
    CONTENT_REVIEW = "content_review"  # content sent for the client's approval
    PUBLISHED = "published"
    LATE = "late"
    MISSED = "missed"
    REMOVED = "removed"  # published, then taken down
    CANCELLED = "cancelled"


STATUS_LABELS: dict[PlacementStatus, str] = {
    PlacementStatus.PLANNED: QT_TRANSLATE_NOOP("Placements", "planned"),
    PlacementStatus.AGREED: QT_TRANSLATE_NOOP("Placements", "agreed with the blogger"),
    PlacementStatus.CONTENT_REVIEW: QT_TRANSLATE_NOOP("Placements", "content on approval"),
    PlacementStatus.PUBLISHED: QT_TRANSLATE_NOOP("Placements", "published"),
    PlacementStatus.LATE: QT_TRANSLATE_NOOP("Placements", "late"),
    PlacementStatus.MISSED: QT_TRANSLATE_NOOP("Placements", "missed"),
    PlacementStatus.REMOVED: QT_TRANSLATE_NOOP("Placements", "removed"),
    PlacementStatus.CANCELLED: QT_TRANSLATE_NOOP("Placements", "cancelled"),
}
WAITING = frozenset({PlacementStatus.PLANNED, PlacementStatus.AGREED, PlacementStatus.CONTENT_REVIEW})
APPEARED = frozenset({PlacementStatus.PUBLISHED, PlacementStatus.REMOVED, PlacementStatus.LATE})


class PaymentKind(StrEnum):
    PREPAYMENT = "prepayment"
    FINAL = "final"


PAYMENT_KIND_LABELS: dict[PaymentKind, str] = {
    PaymentKind.PREPAYMENT: QT_TRANSLATE_NOOP("Placements", "prepayment"),
    PaymentKind.FINAL: QT_TRANSLATE_NOOP("Placements", "final payment"),
}
PAYMENT_METHODS = (  # suggestions; any text is accepted
    QT_TRANSLATE_NOOP("Placements", "bank transfer"),
    QT_TRANSLATE_NOOP("Placements", "card"),
    QT_TRANSLATE_NOOP("Placements", "SBP"),
    QT_TRANSLATE_NOOP("Placements", "cash"),
)


class PaidState(StrEnum):
    NO_FEE = "no_fee"  # nothing agreed to pay (barter, or the fee is not typed in)
    UNPAID = "unpaid"
    PARTLY = "partly"
    PAID = "paid"


PAID_LABELS: dict[PaidState, str] = {
    PaidState.NO_FEE: QT_TRANSLATE_NOOP("Placements", "no fee"),
    PaidState.UNPAID: QT_TRANSLATE_NOOP("Placements", "not paid"),
    PaidState.PARTLY: QT_TRANSLATE_NOOP("Placements", "partly paid"),
    PaidState.PAID: QT_TRANSLATE_NOOP("Placements", "paid"),
}


def paid_state(fee: Decimal | None, paid: Decimal) -> PaidState:
    if not fee:
        return PaidState.NO_FEE
    if paid <= 0:
        return PaidState.UNPAID
    return PaidState.PAID if paid >= fee else PaidState.PARTLY


def split_amount(total: Decimal, parts: int) -> list[Decimal]:
    """`total` in `parts` whole-kopeck shares that add up to it exactly (the first ones get the
    odd kopecks): 100,00 in three is 33,34 + 33,33 + 33,33."""
    if parts < 1:
        return []
    kopecks = int(total / KOPECK)
    share, odd = divmod(kopecks, parts)
    return [(Decimal(share + (1 if i < odd else 0)) * KOPECK) for i in range(parts)]


# Statistics of stories vanish within days; other publications keep theirs longer, but a report
# wants them captured within a month.
STORY_WORDS = ("stor", "сторис", "истори")
STORY_DAYS = 3
POST_DAYS = 30


def capture_window(format_code: str, format_title: str) -> int:
    text = f"{format_code} {format_title}".casefold()
    return STORY_DAYS if any(word in text for word in STORY_WORDS) else POST_DAYS


@dataclass(frozen=True)
class PlacementRow:
    """A placement as the windows show it: the record, what was paid, how many metrics and proofs."""

    id: int
    campaign_id: int
    campaign_name: str
    client_name: str
    estimate_id: int
    account_id: int | None
    influencer_name: str
    platform: str
    handle: str
    format_code: str
    format_title: str
    slot_date: dt.date | None
    status: str
    responsible: str
    fee: Decimal | None
    cost: Decimal
    agreed_on: dt.date | None
    payment_due: dt.date | None
    published_on: dt.date | None
    url: str
    erid: str
    ad_label: str
    notes: str
    paid: Decimal = ZERO
    metrics: int = 0  # how many of the figures are recorded
    screenshots: int = 0
    currency: str = "RUB"  # of the estimate version it was approved in: its fee and payments too

    @property
    def balance(self) -> Decimal | None:
        return None if self.fee is None else self.fee - self.paid

    @property
    def paid_state(self) -> PaidState:
        return paid_state(self.fee, self.paid)

    def overdue(self, today: dt.date) -> bool:
        """The slot has passed and the publication has not appeared."""
        return self.status in WAITING and self.slot_date is not None and self.slot_date < today

    def payment_overdue(self, today: dt.date) -> bool:
        return (
            self.payment_due is not None
            and self.payment_due < today
            and self.paid_state in (PaidState.UNPAID, PaidState.PARTLY)
        )

    @property
    def missing_erid(self) -> bool:
        """A publication that appeared without its ad-marking token: a legal risk to fix first."""
        return self.status in APPEARED and not self.erid.strip()

    @property
    def deviation_days(self) -> int | None:
        """How many days the publication came after (+) or before (−) its slot."""
        if self.published_on is None or self.slot_date is None:
            return None
        return (self.published_on - self.slot_date).days

    def capture_days_left(self, today: dt.date) -> int | None:
        """Days left to capture the statistics of a publication that has none; None when not due."""
        if self.published_on is None or self.metrics or self.status not in APPEARED:
            return None
        return capture_window(self.format_code, self.format_title) - (today - self.published_on).days


@dataclass(frozen=True)
class Summary:
    """The line under the placements table: what needs attention among the rows shown."""

    count: int
    late: int  # the slot passed and nothing appeared
    without_erid: int
    payments_overdue: int
    left_to_pay: dict[str, Decimal]  # by currency: the fees not yet paid, cancelled placements aside


def summarize(rows: list[PlacementRow], today: dt.date) -> Summary:
    return Summary(
        len(rows),
        sum(1 for r in rows if r.overdue(today)),
        sum(1 for r in rows if r.missing_erid),
        sum(1 for r in rows if r.payment_overdue(today)),
        by_currency((r.currency, r.balance) for r in rows if r.status != PlacementStatus.CANCELLED),
    )


def by_currency(amounts: Iterable[tuple[str, Decimal | None]]) -> dict[str, Decimal]:
    """Sums kept apart by currency (never added across them), roubles first, then by code."""
    totals: dict[str, Decimal] = {}
    for currency, amount in amounts:
        totals[currency] = totals.get(currency, ZERO) + (amount or ZERO)
    return dict(sorted(totals.items(), key=lambda item: (item[0] != "RUB", item[0])))


# --- checks --------------------------------------------------------------------------------------------

# Platforms where every like comes from a view: more likes than views is a typing mistake.
LIKES_WITHIN_VIEWS = frozenset({"youtube", "tiktok", "rutube", "dzen", "vk", "telegram"})


def check_dates(agreed_on: dt.date | None, published_on: dt.date | None) -> None:
    if agreed_on is not None and published_on is not None and published_on < agreed_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The publication date {published} is before the date it was agreed, {agreed}."
            ),
            field="published_on",
            published=published_on.strftime("%d.%m.%Y"),
            agreed=agreed_on.strftime("%d.%m.%Y"),
        )


def check_figures(platform: str, values: dict[Metric, int | Decimal | None]) -> list[str]:
    """Refuses impossible figures (raises); returns warnings for unlikely ones to show."""
    for metric, value in values.items():
        if value is not None and value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A figure cannot be negative: {value}."),
                field=metric.value,
                value=str(value),
            )
        if metric is Metric.REVENUE:
            limits.money(value, metric.value)  # type: ignore[arg-type]
        else:
            limits.count(value, metric.value)  # type: ignore[arg-type]
    views, likes, reach = values.get(Metric.IMPRESSIONS), values.get(Metric.LIKES), values.get(Metric.REACH)
    if platform in LIKES_WITHIN_VIEWS and views is not None and likes is not None and likes > views:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "More likes ({likes}) than views ({views}): this platform counts a like only from a view.",
            ),
            field="likes",
            likes=str(likes),
            views=str(views),
        )
    warnings = []
    if views is not None and reach is not None and reach > views:
        warnings.append(QT_TRANSLATE_NOOP("Placements", "Reach is greater than views: check the figures."))
    return warnings


def figures_of(cost: Decimal | None, values: dict[str, int | Decimal]) -> Figures:
    """A publication's figures from its recorded metrics (keys as in `Metric`)."""
    get = values.get
    return Figures(
        cost, get("impressions"), get("reach"), get("likes"), get("comments"), get("shares"),  # type: ignore[arg-type]
        get("saves"), get("clicks"), get("leads"), get("sales"), get("revenue"), get("followers"),  # type: ignore[arg-type]
    )  # fmt: skip
