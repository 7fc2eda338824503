"""Placements read for the window: their rows with what was paid, the metrics and screenshots counted, and
the campaigns that have any."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import ZERO
from smmdesk.domain.placements import PlacementRow, PlacementStatus
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.models import (
    Campaign,
    Client,
    EstimateVersion,
    Format,
    Payment,
    Placement,
    PublicationMetric,
    Screenshot,
)
from smmdesk.storage.tracking import note_seen

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
