"""Deleting, archiving and restoring influencers and accounts, with the snapshots undo needs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, fold
from smmdesk.storage.models import Account, Base, Influencer, InfluencerTag, PriceChange, Terms
from smmdesk.storage.types import utc_now

# Tables that belong to an influencer and go with it; any other table that points at an account
# (an estimate's placement line, a publication) is a reason to archive instead of delete.
_OWNED = {"influencer", "account", "terms", "price_change", "influencer_tag"}


@dataclass
class Snapshot:
    """Every row of some influencers, as stored, so a delete can be undone exactly."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def influencer_ids(self) -> list[int]:
        return [row["id"] for row in self.tables.get("influencer", [])]


def referenced_influencers(session: Session, influencer_ids: Sequence[int]) -> set[int]:
    """Those who are used outside the base: their accounts in estimates and placements, or the
    person in a contest."""
    account_table, person_table = Account.__table__, Influencer.__table__
    found: set[int] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is account_table:
                query = (
                    select(Account.influencer_id)
                    .join(table, fk.parent == Account.id)
                    .where(Account.influencer_id.in_(influencer_ids))
                    .distinct()
                )
                found.update(session.scalars(query))
            elif fk.column.table is person_table:
                found.update(
                    session.scalars(select(fk.parent).where(fk.parent.in_(influencer_ids)).distinct())
                )
    return found


def find_by_name(session: Session, name: str) -> int | None:
    """The influencer of that exact name (case aside); the first one when there are namesakes."""
    return session.scalar(
        select(Influencer.id)
        .where(Influencer.name_key == fold(name))
        .order_by(Influencer.id)
        .limit(1)
    )


def snapshot(session: Session, influencer_ids: Sequence[int]) -> Snapshot:
    ids = list(influencer_ids)
    accounts = select(Account.id).where(Account.influencer_id.in_(ids))
    sources = {
        "influencer": select(Influencer.__table__).where(Influencer.id.in_(ids)),
        "influencer_tag": select(InfluencerTag.__table__).where(InfluencerTag.influencer_id.in_(ids)),
        "account": select(Account.__table__).where(Account.influencer_id.in_(ids)),
        "terms": select(Terms.__table__).where(Terms.account_id.in_(accounts)),
        "price_change": select(PriceChange.__table__).where(PriceChange.account_id.in_(accounts)),
    }
    return Snapshot(
        {name: [dict(row._mapping) for row in session.execute(query)] for name, query in sources.items()}
    )


def restore_snapshot(session: Session, snap: Snapshot) -> None:
    """Puts deleted rows back with their ids (the undo of a delete)."""
    for name in ("influencer", "account", "terms", "price_change", "influencer_tag"):
        rows = snap.tables.get(name)
        if rows:
            table = Base.metadata.tables[name]
            session.execute(insert(table), rows)


@dataclass
class DeleteResult:
    deleted: Snapshot
    archived: list[int]


def delete_influencers(session: Session, influencer_ids: Sequence[int]) -> DeleteResult:
    """Deletes the given influencers; those used in estimates are archived instead, never lost."""
    ids = list(dict.fromkeys(influencer_ids))
    keep = referenced_influencers(session, ids)
    archived = [i for i in ids if i in keep]
    doomed = [i for i in ids if i not in keep]
    snap = snapshot(session, doomed)
    if doomed:
        accounts = select(Account.id).where(Account.influencer_id.in_(doomed))
        session.execute(delete(PriceChange).where(PriceChange.account_id.in_(accounts)))
        session.execute(delete(Terms).where(Terms.account_id.in_(accounts)))
        session.execute(delete(Account).where(Account.influencer_id.in_(doomed)))
        session.execute(delete(InfluencerTag).where(InfluencerTag.influencer_id.in_(doomed)))
        session.execute(delete(Influencer).where(Influencer.id.in_(doomed)))
    if archived:
        session.execute(
            update(Influencer).where(Influencer.id.in_(archived)).values(archived=True, updated_at=utc_now())
        )
    return DeleteResult(snap, archived)


def undo_delete(session: Session, result: DeleteResult) -> None:
    restore_snapshot(session, result.deleted)
    if result.archived:
        session.execute(update(Influencer).where(Influencer.id.in_(result.archived)).values(archived=False))


def set_archived(session: Session, influencer_ids: Sequence[int], archived: bool) -> None:
    session.execute(
        update(Influencer).where(Influencer.id.in_(list(influencer_ids))).values(archived=archived)
    )


def influencer_of_account(session: Session, account_id: int) -> int:
    return session.scalar(select(Account.influencer_id).where(Account.id == account_id)) or 0


def delete_account(session: Session, account_id: int) -> Snapshot:
    """Removes one account (with its terms); refused when an estimate uses it."""
    influencer_id = influencer_of_account(session, account_id)
    whole = snapshot(session, [influencer_id])
    account_table = Account.__table__
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is account_table and session.scalar(
                select(func.count()).select_from(table).where(fk.parent == account_id)
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This account is used in an estimate; it cannot be removed.")
                )
    part = Snapshot(
        {
            "account": [r for r in whole.tables["account"] if r["id"] == account_id],
            "terms": [r for r in whole.tables["terms"] if r["account_id"] == account_id],
            "price_change": [r for r in whole.tables["price_change"] if r["account_id"] == account_id],
        }
    )
    session.execute(delete(PriceChange).where(PriceChange.account_id == account_id))
    session.execute(delete(Terms).where(Terms.account_id == account_id))
    session.execute(delete(Account).where(Account.id == account_id))
    return part
