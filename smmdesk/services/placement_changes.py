"""Placements carried out: edits to one or several, checked (a fee never below what was paid), and their
undo."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain import placements as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import ZERO, format_money
from smmdesk.domain.placements import PlacementStatus
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services.placement_payments import _lock_payments, influencer_balance
from smmdesk.storage.models import Payment, Placement
from smmdesk.storage.types import utc_now

EDITABLE = (
    "status", "responsible", "slot_date", "fee", "agreed_on", "payment_due", "published_on", "url", "erid",
    "ad_label", "notes",
)  # fmt: skip


def _clean(placement: Placement, changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    clean: dict[str, Any] = {
        k: (clean_text(v).strip() if isinstance(v, str) else v) for k, v in changes.items()
    }
    if "status" in clean and clean["status"] not in {s.value for s in PlacementStatus}:
        raise ValueError(f"unknown status {clean['status']!r}")
    if clean.get("fee") is not None and clean["fee"] < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The fee cannot be negative."), field="fee")
    limits.money(clean.get("fee"), "fee")
    rules.check_dates(
        clean.get("agreed_on", placement.agreed_on), clean.get("published_on", placement.published_on)
    )
    if clean.get("published_on") and placement.status in rules.WAITING and "status" not in clean:
        clean["status"] = PlacementStatus.PUBLISHED.value  # a date of publication means it appeared
    return clean


def update_placement(session: Session, placement_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Applies the changes; returns the previous values (for undo)."""
    placement = session.get_one(Placement, placement_id)
    clean = _clean(placement, changes)
    if "fee" in clean and clean["fee"] != placement.fee:
        _check_fee_covers_payments(session, placement, clean["fee"])
    before = {k: getattr(placement, k) for k in clean}
    for key, value in clean.items():
        setattr(placement, key, value)
    placement.updated_at = utc_now()
    return before


def _check_fee_covers_payments(session: Session, placement: Placement, fee: Decimal | None) -> None:
    """A fee is never lowered below what was already paid for the placement (its own payments,
    and the influencer's payments within the campaign against all their fees); checked under the
    same campaign lock as a payment, so a payment and a lower fee at once cannot both pass."""
    _lock_payments(session, placement.campaign_id)
    own = sum(session.scalars(select(Payment.amount).where(Payment.placement_id == placement.id)), ZERO)
    fees, paid = ZERO, ZERO
    if placement.account_id is not None:
        fees, paid = influencer_balance(session, placement.campaign_id, placement.account_id)
        if placement.status != PlacementStatus.CANCELLED.value:
            fees = fees - (placement.fee or ZERO) + (fee or ZERO)
    if own > (fee or ZERO) or paid > fees:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The fee cannot be less than what was already paid, {paid}: delete a payment first."
            ),
            field="fee",
            paid=format_money(own if own > (fee or ZERO) else paid),
        )


def update_many(
    session: Session, placement_ids: Sequence[int], changes: dict[str, Any]
) -> list[tuple[int, dict]]:
    return [(pid, update_placement(session, pid, changes)) for pid in placement_ids]


def restore_many(session: Session, previous: list[tuple[int, dict[str, Any]]]) -> None:
    for placement_id, before in previous:
        session.execute(update(Placement).where(Placement.id == placement_id).values(**before))
