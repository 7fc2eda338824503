"""Payments of placements: read for a placement and the register, added (to a placement or an influencer
within a campaign, under the campaign lock), deleted and restored."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session, aliased

from smmdesk.domain import limits
from smmdesk.domain import placements as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import ZERO, format_money
from smmdesk.domain.placements import PlacementStatus
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.placement_rows import _paid
from smmdesk.storage.models import Campaign, EstimateVersion, Payment, Placement
from smmdesk.storage.server import require_manager


@dataclass(frozen=True)
class PaymentRow:
    id: int
    campaign_id: int
    campaign_name: str
    placement_id: int | None
    payee: str
    what: str  # the placement paid for, or "all placements in the campaign"
    paid_on: dt.date
    amount: Decimal
    kind: str
    method: str
    document: str
    notes: str
    currency: str = "RUB"  # of the estimate its placement was approved in


def _payment_rows(session: Session, query: Any) -> list[PaymentRow]:
    rows = []
    for pay, campaign, fmt, slot, currency in session.execute(query).all():
        what = f"{fmt}, {slot:%d.%m.%Y}" if fmt and slot else (fmt or "")
        values = (pay.paid_on, pay.amount, pay.kind, pay.method, pay.document, pay.notes)
        rows.append(
            PaymentRow(pay.id, pay.campaign_id, campaign, pay.placement_id, pay.payee, what, *values,
                       currency=currency or "RUB")
        )
    return rows


def _payments_query() -> Any:
    """Payments with their campaign, what they paid for and their currency: that of the placement's
    approved version, or (a payment to an influencer for all their placements in a campaign) that
    of the influencer's placements there."""
    pooled = aliased(Placement)
    pooled_version = aliased(EstimateVersion)
    pooled_currency = (
        select(pooled_version.currency)
        .join(pooled, pooled.version_id == pooled_version.id)
        .where(pooled.campaign_id == Payment.campaign_id, pooled.account_id == Payment.account_id)
        .limit(1)
        .scalar_subquery()
    )
    return (
        select(
            Payment, Campaign.name, Placement.format_title, Placement.slot_date,
            func.coalesce(EstimateVersion.currency, pooled_currency),
        )
        .join(Campaign, Campaign.id == Payment.campaign_id)
        .outerjoin(Placement, Placement.id == Payment.placement_id)
        .outerjoin(EstimateVersion, EstimateVersion.id == Placement.version_id)
        .order_by(Payment.paid_on, Payment.id)
    )


def payments_of(session: Session, placement_id: int) -> list[PaymentRow]:
    """The placement's own payments and the influencer's payments within its campaign."""
    placement = session.get_one(Placement, placement_id)
    own = Payment.placement_id == placement_id
    pooled = (
        (Payment.placement_id.is_(None))
        & (Payment.campaign_id == placement.campaign_id)
        & (Payment.account_id == placement.account_id)
    )
    return _payment_rows(session, _payments_query().where(own | pooled))


def payments_register(session: Session, date_from: dt.date, date_to: dt.date) -> list[PaymentRow]:
    return _payment_rows(session, _payments_query().where(Payment.paid_on.between(date_from, date_to)))


def _valid_payment(amount: Decimal, kind: str) -> None:
    if amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A payment is more than zero."), field="amount")
    limits.money(amount, "amount")
    if kind not in {k.value for k in rules.PaymentKind}:
        raise ValueError(f"unknown payment kind {kind!r}")


def _lock_payments(session: Session, campaign_id: int) -> None:
    """Payments of a campaign are recorded one at a time on a server (its row locked), so two
    planners paying at once never pay more than the fee between them."""
    session.get_one(Campaign, campaign_id, with_for_update=True, populate_existing=True)


def add_payment(
    session: Session,
    placement_id: int,
    paid_on: dt.date,
    amount: Decimal,
    kind: str,
    method: str = "",
    document: str = "",
    notes: str = "",
) -> int:
    """A payment for one placement; more than is left of its fee is refused."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record a payment"))
    _valid_payment(amount, kind)
    campaign_id = session.get_one(Placement, placement_id).campaign_id
    _lock_payments(session, campaign_id)
    placement = session.get_one(Placement, placement_id, populate_existing=True)  # its fee as of the lock
    if placement.fee is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "No fee is agreed for this placement: type the fee first."),
            field="amount",
        )
    left = placement.fee - _paid(session, [placement_id]).get(placement_id, ZERO)
    if amount > left:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The payment {amount} is more than is left to pay, {left}."),
            field="amount",
            amount=format_money(amount),
            left=format_money(left),
        )
    row = Payment(
        campaign_id=placement.campaign_id, placement_id=placement_id, account_id=placement.account_id,
        payee=placement.influencer_name, paid_on=paid_on, amount=amount, kind=kind, method=method.strip(),
        document=document.strip(), notes=notes.strip(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def influencer_balance(session: Session, campaign_id: int, account_id: int) -> tuple[Decimal, Decimal]:
    """(the fees of the influencer's placements in the campaign, what was paid for them)."""
    ids_fees = session.execute(
        select(Placement.id, Placement.fee).where(
            Placement.campaign_id == campaign_id,
            Placement.account_id == account_id,
            Placement.status != PlacementStatus.CANCELLED.value,
        )
    ).all()
    paid = _paid(session, [pid for pid, _ in ids_fees])
    return sum((fee or ZERO for _, fee in ids_fees), ZERO), sum(paid.values(), ZERO)


def add_influencer_payment(
    session: Session,
    campaign_id: int,
    account_id: int,
    paid_on: dt.date,
    amount: Decimal,
    kind: str,
    method: str = "",
    document: str = "",
    notes: str = "",
) -> int:
    """One payment for all of an influencer's placements in a campaign (an invoice for the month)."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record a payment"))
    _valid_payment(amount, kind)
    _lock_payments(session, campaign_id)
    fees, paid = influencer_balance(session, campaign_id, account_id)
    if amount > fees - paid:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The payment {amount} is more than is left to pay, {left}."),
            field="amount",
            amount=format_money(amount),
            left=format_money(fees - paid),
        )
    payee = session.scalar(
        select(Placement.influencer_name).where(
            Placement.campaign_id == campaign_id, Placement.account_id == account_id
        )
    )
    row = Payment(
        campaign_id=campaign_id, placement_id=None, account_id=account_id, payee=payee or "", paid_on=paid_on,
        amount=amount, kind=kind, method=method.strip(), document=document.strip(), notes=notes.strip(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def delete_payment(session: Session, payment_id: int) -> dict[str, Any]:
    row = session.get_one(Payment, payment_id)
    snapshot = {c.key: getattr(row, c.key) for c in Payment.__table__.columns}
    session.delete(row)
    return snapshot


def restore_payment(session: Session, snapshot: dict[str, Any]) -> None:
    session.add(Payment(**snapshot))


def remove_payment(session: Session, payment_id: int) -> None:
    """Undo of adding a payment."""
    session.execute(delete(Payment).where(Payment.id == payment_id))
