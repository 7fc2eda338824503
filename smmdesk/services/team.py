"""Working as a team: what another planner's change means for the open windows, and the history of
a record (who did what, when, old → new)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from smmdesk.storage.database import Database
from smmdesk.storage.listen import ChangeListener, RemoteChange
from smmdesk.storage.models import (
    Account,
    AuditEntry,
    EstimateLine,
    EstimateVersion,
    Payment,
    PublicationMetric,
    Screenshot,
    Terms,
)

__all__ = ["HistoryEntry", "RemoteChange", "bus_changes", "history", "influencer_history", "listen"]

# The windows' names for what changed ("influencers", "estimates", …) by table, with how to find
# the ids they know from the ids of the table's rows (None: the table's own ids).
_DIRECT = {
    "influencer": "influencers", "estimate": "estimates", "placement": "placements", "contest": "contests",
    "client": "clients", "campaign": "campaigns", "format": "formats", "platform": "platforms",
    "kpi_target": "kpis", "setting": "settings", "tag": "influencers",
}  # fmt: skip
_WHOLE = {
    "contest_prize": "contests", "contest_participant": "contests", "contest_draw": "contests",
    "contest_disqualification": "contests", "influencer_tag": "influencers", "saved_view": "views",
    "import_mapping": "mappings", "price_change": "influencers",
}  # fmt: skip


def _ints(ids: Sequence[str]) -> list[int]:
    return [int(i) for i in ids if str(i).isdigit()]


def bus_changes(session: Session, change: RemoteChange) -> list[tuple[str, list[int] | None]]:
    """What the windows should reload for another planner's change: (entity, ids or None)."""
    table, ids = change.table, change.ids
    if table in _WHOLE:
        return [(_WHOLE[table], None)]
    if ids is None:
        entity = _DIRECT.get(table) or {
            "account": "influencers", "terms": "influencers", "estimate_version": "estimates",
            "estimate_line": "estimates", "payment": "placements", "screenshot": "placements",
            "publication_metric": "placements",
        }.get(table)  # fmt: skip
        return [(entity, None)] if entity else []
    numbers = _ints(ids)
    if table in _DIRECT:
        return [(_DIRECT[table], numbers if table != "tag" else None)]
    parents: dict[str, tuple[str, object]] = {
        "account": ("influencers", select(Account.influencer_id).where(Account.id.in_(numbers))),
        "terms": (
            "influencers",
            select(Account.influencer_id)
            .join(Terms, Terms.account_id == Account.id)
            .where(Terms.id.in_(numbers)),
        ),
        "estimate_version": (
            "estimates", select(EstimateVersion.estimate_id).where(EstimateVersion.id.in_(numbers))
        ),
        "estimate_line": (
            "estimates",
            select(EstimateVersion.estimate_id)
            .join(EstimateLine, EstimateLine.version_id == EstimateVersion.id)
            .where(EstimateLine.id.in_(numbers)),
        ),
        "payment": ("placements", select(Payment.placement_id).where(Payment.id.in_(numbers))),
        "screenshot": ("placements", select(Screenshot.placement_id).where(Screenshot.id.in_(numbers))),
        "publication_metric": (
            "placements", select(PublicationMetric.placement_id).where(PublicationMetric.id.in_(numbers))
        ),
    }  # fmt: skip
    if table not in parents:
        return []
    entity, query = parents[table]
    found = sorted({i for i in session.scalars(query) if i is not None})  # type: ignore[call-overload]
    # A deleted row has no parent left to find: reload the kind.
    return [(entity, found or None)]


def listen(db: Database, callback: Callable[[RemoteChange], None]) -> ChangeListener | None:
    """Starts listening for other planners' changes on a server (None for a file: one program)."""
    if not db.on_server:
        return None
    return ChangeListener(db.engine, db.tracker.client, callback).start()


@dataclass(frozen=True)
class HistoryEntry:
    at: dt.datetime
    user: str
    table: str
    row_id: str
    action: str
    field: str
    old: str | None
    new: str | None


def history(session: Session, records: Sequence[tuple[str, str | int]]) -> list[HistoryEntry]:
    """The audit log of some records, newest first."""
    if not records:
        return []
    condition = or_(
        *((AuditEntry.table_name == table) & (AuditEntry.row_id == str(row_id)) for table, row_id in records)
    )
    rows = session.scalars(select(AuditEntry).where(condition).order_by(AuditEntry.id.desc()).limit(2000))
    return [
        HistoryEntry(r.at, r.user_name, r.table_name, r.row_id, r.action, r.field, r.old, r.new) for r in rows
    ]


def influencer_history(session: Session, influencer_id: int) -> list[HistoryEntry]:
    """A person's history with that of their accounts and terms."""
    accounts = list(session.scalars(select(Account.id).where(Account.influencer_id == influencer_id)))
    terms = list(session.scalars(select(Terms.id).where(Terms.account_id.in_(accounts)))) if accounts else []
    records: list[tuple[str, str | int]] = [("influencer", influencer_id)]
    records += [("account", a) for a in accounts] + [("terms", t) for t in terms]
    return history(session, records)
