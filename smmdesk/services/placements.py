"""Use cases of placements after approval: made from the approved version, carried out, paid for.

Approving a version makes a placement per publication (a line of quantity 3 gives three); a later
approved version adds the new ones, cancels those no longer in it that have not appeared yet, and
brings the amounts and dates of the waiting ones up to date. Each change returns what undo needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, aliased

from smmdesk.domain import limits
from smmdesk.domain import placements as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate import LineAmounts, LineKind
from smmdesk.domain.money import ZERO, format_money
from smmdesk.domain.placements import PlacementRow, PlacementStatus
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.storage.models import (
    Campaign,
    Client,
    Estimate,
    EstimateLine,
    EstimateVersion,
    Format,
    Payment,
    Placement,
    PublicationMetric,
    Screenshot,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.tracking import note_seen
from smmdesk.storage.types import utc_now

EDITABLE = (
    "status", "responsible", "slot_date", "fee", "agreed_on", "payment_due", "published_on", "url", "erid",
    "ad_label", "notes",
)  # fmt: skip
SYNCED = (
    "version_id",
    "format_id",
    "format_title",
    "slot_date",
    "fee",
    "cost",
    "reach_forecast",
    "views_forecast",
)


# --- made from the approved version -----------------------------------------------------------------


@dataclass
class SyncChange:
    """What approving a version did to the placements: undo deletes the new, restores the rest."""

    created: list[int] = field(default_factory=list)
    changed: list[tuple[int, dict[str, Any]]] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.created or self.changed)


def sync_from_version(session: Session, version_id: int) -> SyncChange:
    version = session.get_one(EstimateVersion, version_id)
    estimate = session.get_one(Estimate, version.estimate_id)
    titles = dict(session.execute(select(Format.id, Format.title)).all())
    wanted: dict[tuple[str, int], dict[str, Any]] = {}
    lines = session.scalars(
        select(EstimateLine)
        .where(EstimateLine.version_id == version_id, EstimateLine.kind == LineKind.PLACEMENT.value)
        .order_by(EstimateLine.position)
    )
    for line in lines:
        net = LineAmounts(line.quantity, line.unit_price or ZERO, line.discount_pct).net
        for sequence, cost in enumerate(rules.split_amount(net, line.quantity), start=1):
            wanted[(line.line_key, sequence)] = {
                "version_id": version_id, "format_id": line.format_id,
                "format_title": titles.get(line.format_id or 0, ""), "slot_date": line.planned_date,
                "fee": line.contractor_fee, "cost": cost, "reach_forecast": line.reach,
                "views_forecast": line.views, "account_id": line.account_id,
                "influencer_name": line.influencer_name, "platform": line.platform, "handle": line.handle,
            }  # fmt: skip
    change = SyncChange()
    existing = session.scalars(select(Placement).where(Placement.estimate_id == estimate.id)).all()
    lines_of: dict[int, set[str]] = {}
    for placement in existing:
        values = wanted.pop((placement.line_key, placement.sequence), None)
        waiting = placement.status in rules.WAITING
        if values is None:
            if waiting:
                change.changed.append(
                    (placement.id, {"status": placement.status, "version_id": placement.version_id})
                )
                placement.status = PlacementStatus.CANCELLED.value
                placement.version_id = version_id  # cancelled by this version, which does not hold it
            continue
        keys = SYNCED if waiting else ("version_id", "cost")
        before = {k: getattr(placement, k) for k in keys if getattr(placement, k) != values[k]}
        if placement.status == PlacementStatus.CANCELLED and not _cancelled_by_hand(
            session, placement, lines_of
        ):
            before["status"] = placement.status  # an approval cancelled it; it is back in the estimate
            placement.status = PlacementStatus.PLANNED.value
        if before:
            change.changed.append((placement.id, before))
            for key in before:
                if key != "status":
                    setattr(placement, key, values[key])
    new = [
        Placement(
            campaign_id=estimate.campaign_id,
            estimate_id=estimate.id,
            line_key=key,
            sequence=sequence,
            responsible=session.info.get("user", ""),  # the one who approved, until someone is named
            **values,
        )
        for (key, sequence), values in wanted.items()
    ]
    session.add_all(new)
    session.flush()
    change.created = [p.id for p in new]
    return change


def _cancelled_by_hand(session: Session, placement: Placement, lines_of: dict[int, set[str]]) -> bool:
    """A placement the planner cancelled is still in the version it last came from; one an approval
    cancelled carries that version, which no longer holds its line."""
    version = placement.version_id
    if version not in lines_of:
        lines_of[version] = set(
            session.scalars(select(EstimateLine.line_key).where(EstimateLine.version_id == version))
        )
    return placement.line_key in lines_of[version]


def revert_sync(session: Session, change: SyncChange) -> None:
    if change.created:
        session.execute(delete(Placement).where(Placement.id.in_(change.created)))
    for placement_id, before in change.changed:
        session.execute(update(Placement).where(Placement.id == placement_id).values(**before))


# --- reading ---------------------------------------------------------------------------------------


ROW_COLUMNS = (
    Placement.id,
    Placement.campaign_id,
    Campaign.name,
    Client.name,
    Placement.estimate_id,
    Placement.account_id,
    Placement.influencer_name,
    Placement.platform,
    Placement.handle,
    Format.code,
    Placement.format_title,
    Placement.slot_date,
    Placement.status,
    Placement.responsible,
    Placement.fee,
    Placement.cost,
    Placement.agreed_on,
    Placement.payment_due,
    Placement.published_on,
    Placement.url,
    Placement.erid,
    Placement.ad_label,
    Placement.notes,
    EstimateVersion.currency,
    Placement.row_version,  # not a field: what this window saw (storage.tracking.note_seen)
)  # fmt: skip  (in the order of PlacementRow's fields; the currency goes last, by its name)


def _row_query() -> Any:
    """Columns rather than ORM objects: thousands of rows come back several times faster."""
    return (
        select(*ROW_COLUMNS)
        .join(Campaign, Campaign.id == Placement.campaign_id)
        .join(Client, Client.id == Campaign.client_id)
        .outerjoin(Format, Format.id == Placement.format_id)
        .outerjoin(EstimateVersion, EstimateVersion.id == Placement.version_id)
    )


def _paid(session: Session, placement_ids: Iterable[int] | None) -> dict[int, Decimal]:
    """What was paid per placement: its own payments, plus the influencer's payments within the
    campaign given to their placements in slot order (the earliest is paid first)."""
    paid: dict[int, Decimal] = {
        pid: total
        for pid, total in session.execute(
            select(Payment.placement_id, func.sum(Payment.amount))
            .where(Payment.placement_id.is_not(None))
            .group_by(Payment.placement_id)
        ).all()
        if pid is not None
    }
    pools: dict[tuple[int, int | None], Decimal] = {}
    for campaign_id, account_id, amount in session.execute(
        select(Payment.campaign_id, Payment.account_id, Payment.amount).where(
            Payment.placement_id.is_(None), Payment.account_id.is_not(None)
        )
    ).all():
        pools[(campaign_id, account_id)] = pools.get((campaign_id, account_id), ZERO) + amount
    for (campaign_id, account_id), pool in pools.items():
        owed = session.execute(
            select(Placement.id, Placement.fee)
            .where(Placement.campaign_id == campaign_id, Placement.account_id == account_id)
            .where(Placement.status != PlacementStatus.CANCELLED.value)
            .order_by(Placement.slot_date, Placement.id)
        ).all()
        for placement_id, fee in owed:
            given = min(max((fee or ZERO) - paid.get(placement_id, ZERO), ZERO), pool)
            if given:
                paid[placement_id] = paid.get(placement_id, ZERO) + given
                pool -= given
    if placement_ids is None:
        return paid
    wanted = set(placement_ids)
    return {k: v for k, v in paid.items() if k in wanted}


def _counts(session: Session, model: Any, ids: Iterable[int] | None) -> dict[int, int]:
    query = select(model.placement_id, func.count()).group_by(model.placement_id)
    if ids is not None:
        query = query.where(model.placement_id.in_(list(ids)))
    return dict(session.execute(query).all())


def _rows(session: Session, query: Any, ids: Sequence[int] | None = None) -> list[PlacementRow]:
    found = session.execute(query).all()
    placement_ids = [row[0] for row in found] if ids is not None else None
    paid = _paid(session, placement_ids)
    metrics = _counts(session, PublicationMetric, placement_ids)
    shots = _counts(session, Screenshot, placement_ids)
    rows = []
    for found_row in found:
        *values, version = found_row
        values[9] = values[9] or ""  # the format's code; a format deleted from the list has none
        pid = values[0]
        note_seen(session, "placement", pid, version)
        values[-1:-1] = [paid.get(pid, ZERO), metrics.get(pid, 0), shots.get(pid, 0)]
        values[-1] = values[-1] or "RUB"  # the currency, the last of PlacementRow's fields
        rows.append(PlacementRow(*values))
    return rows


def list_rows(session: Session, campaign_id: int | None = None) -> list[PlacementRow]:
    """Every placement (or a campaign's), in slot order."""
    query = _row_query().order_by(Placement.slot_date, Placement.influencer_name, Placement.id)
    if campaign_id is not None:
        query = query.where(Placement.campaign_id == campaign_id)
    return _rows(session, query)


def rows_by_ids(session: Session, ids: Sequence[int]) -> list[PlacementRow]:
    return _rows(session, _row_query().where(Placement.id.in_(list(ids))), ids)


def get_row(session: Session, placement_id: int) -> PlacementRow:
    rows = rows_by_ids(session, [placement_id])
    if not rows:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The placement is no longer there."))
    return rows[0]


def campaigns_with_placements(session: Session) -> list[tuple[int, str]]:
    return [
        (cid, f"{client} — {name}")
        for cid, name, client in session.execute(
            select(Campaign.id, Campaign.name, Client.name)
            .join(Client, Client.id == Campaign.client_id)
            .where(Campaign.id.in_(select(Placement.campaign_id)))
            .order_by(Campaign.period_from.desc(), Campaign.name)
        ).all()
    ]


# --- carrying out ----------------------------------------------------------------------------------


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


# --- payments ------------------------------------------------------------------------------------


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
