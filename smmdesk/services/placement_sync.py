"""Placements made from the approved version: a placement per publication, the waiting ones brought up to
date by a later approved version, and the undo of it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import placements as rules
from smmdesk.domain.estimate import LineAmounts, LineKind
from smmdesk.domain.money import ZERO
from smmdesk.domain.placements import PlacementStatus
from smmdesk.storage.models import Estimate, EstimateLine, EstimateVersion, Format, Placement

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
