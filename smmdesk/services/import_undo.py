"""An import as one step of the one history (DESIGN.md): undo takes back what it added and puts back
what it changed; redo brings the same rows back with the same ids, so that the edits made after the
import, and undone before it, still apply when they are redone.

The people an import touched are brought to a snapshot of their rows (person, accounts, terms, price
history, tag links), in chunks small enough for any database's limit on query parameters. An undo or
redo is a change like any other: a row it changes gets a new version and its author (the tracking
hooks of `storage.tracking` write them); a row it brings back comes with the version it had. A step
is refused, as every undo is, when someone else has changed one of the people's rows since the
import (or its last undo or redo) left it: taking the import back would lose their change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, insert, or_, select, update
from sqlalchemy.orm import Session

from smmdesk.storage.models import Account, Base, InfluencerTag, Tag
from smmdesk.storage.tracking import ConcurrentChangeError

CHUNK = 5000
# Parents before children: rows are inserted in this order and deleted in the reverse one.
OWNED = ("influencer", "account", "terms", "price_change", "influencer_tag")
KEYS = {
    "influencer": ("id",),
    "account": ("id",),
    "terms": ("id",),
    "price_change": ("id",),
    "influencer_tag": ("influencer_id", "tag_id"),
}
Rows = dict[str, dict[tuple[Any, ...], tuple[Any, ...]]]  # table → key → the row, in column order
# Who changed a row last, when, and its version: what a change writes, never what it puts back.
BOOKKEEPING = frozenset({"row_version", "changed_by", "changed_at"})


@dataclass
class ImportChange:
    """What an import did, for undo and redo."""

    people: list[int]  # every person the import added or changed
    before: Rows  # their rows before the import (none for those it added)
    tags: list[tuple[int, str]] = field(default_factory=list)  # the tags it created (id, name)
    after: Rows | None = None  # their rows after it, taken when it is undone (for redo)
    # The versions of the rows the last redo inserted again; None: as the import left them (its new
    # rows are at version 1, created by this user).
    inserted: dict[str, dict[tuple[Any, ...], int]] | None = None


def _owner_filter(table: Table, people: Sequence[int]) -> Any:
    if table.name == "influencer":
        return table.c.id.in_(people)
    if table.name in ("account", "influencer_tag"):
        return table.c.influencer_id.in_(people)
    return table.c.account_id.in_(select(Account.id).where(Account.influencer_id.in_(people)))


def snapshot_rows(session: Session, people: Sequence[int]) -> Rows:
    """Every row the given people own, by table and key."""
    found: Rows = {name: {} for name in OWNED}
    people = list(people)
    for start in range(0, len(people), CHUNK):
        chunk = people[start : start + CHUNK]
        for name in OWNED:
            table = Base.metadata.tables[name]
            keys = [table.columns.keys().index(k) for k in KEYS[name]]
            for row in session.execute(select(table).where(_owner_filter(table, chunk))):
                values = tuple(row)
                found[name][tuple(values[i] for i in keys)] = values
    return found


def _content(columns: Sequence[str], row: tuple[Any, ...]) -> tuple[Any, ...]:
    return tuple(value for column, value in zip(columns, row, strict=True) if column not in BOOKKEEPING)


def contents(rows: Rows) -> Rows:
    """The rows without their bookkeeping (version, last author and time): what a person sees."""
    return {
        name: {key: _content(Base.metadata.tables[name].columns.keys(), row) for key, row in found.items()}
        for name, found in rows.items()
    }


def bring_to(session: Session, people: Sequence[int], wanted: Rows, current: Rows | None = None) -> None:
    """Makes the people's rows exactly `wanted`: rows not in it deleted, changed ones put back,
    missing ones inserted with their ids. `current`: their rows now, when the caller has read them."""
    if current is None:
        current = snapshot_rows(session, people)
    leaving = [key[0] for key in current["influencer"] if key not in wanted["influencer"]]
    for start in range(0, len(leaving), CHUNK):  # a person who goes takes every tag link along
        chunk = leaving[start : start + CHUNK]
        session.execute(delete(InfluencerTag).where(InfluencerTag.influencer_id.in_(chunk)))
    gone_people = set(leaving)
    for name in reversed(OWNED):
        table = Base.metadata.tables[name]
        gone = [key for key in current[name] if key not in wanted[name]]
        if name == "influencer_tag":
            gone = [key for key in gone if key[0] not in gone_people]
            for key in gone:
                session.execute(delete(table).where(_keys_in(table, name, [key])))
            continue
        for start in range(0, len(gone), CHUNK):
            session.execute(delete(table).where(_keys_in(table, name, gone[start : start + CHUNK])))
    for name in OWNED:
        table = Base.metadata.tables[name]
        columns = table.columns.keys()
        changed = [
            row
            for key, row in wanted[name].items()
            if key in current[name] and _content(columns, current[name][key]) != _content(columns, row)
        ]
        for row in changed:
            values = {k: v for k, v in zip(columns, row, strict=True) if k not in BOOKKEEPING}
            session.execute(update(table).where(_keys_in(table, name, [_key(name, values)])).values(**values))
        missing = [
            dict(zip(columns, row, strict=True))
            for key, row in wanted[name].items()
            if key not in current[name]
        ]
        for start in range(0, len(missing), CHUNK):
            session.execute(insert(table), missing[start : start + CHUNK])


def _key(name: str, values: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(values[k] for k in KEYS[name])


def _keys_in(table: Table, name: str, keys: Sequence[tuple[Any, ...]]) -> Any:
    columns = [table.c[k] for k in KEYS[name]]
    if len(columns) == 1:
        return columns[0].in_([key[0] for key in keys])
    return or_(*(and_(*(c == v for c, v in zip(columns, key, strict=True))) for key in keys))


def _refuse_others_changes(session: Session, change: ImportChange, current: Rows) -> None:
    """Every row of the people is as the import, its last undo or redo, or this client since, left
    it; else ConcurrentChangeError naming who changed it (nothing is written)."""
    tracker = session.info.get("tracker")
    if tracker is None:
        return
    for name in OWNED:
        columns = Base.metadata.tables[name].columns.keys()
        if "row_version" not in columns:
            continue
        version, created_by, changed_by, changed_at = (
            columns.index(c) for c in ("row_version", "created_by", "changed_by", "changed_at")
        )
        before = change.before[name]
        inserted = None if change.inserted is None else change.inserted.get(name, {})
        for key, row in current[name].items():
            if row[version] == tracker.written.get((name, ",".join(str(k) for k in key))):
                continue  # this client wrote it last
            if key in before:
                expected = before[key][version]
            elif inserted is None:
                expected = 1 if row[created_by] == tracker.user else None
            else:
                expected = inserted.get(key)
            if row[version] != expected:
                raise ConcurrentChangeError(name, str(key[0]), row[changed_by], row[changed_at])


def take_back(session: Session, change: ImportChange) -> ImportChange:
    """The undo of an import: its rows as they were before it; the tags it made and no one has now
    are removed."""
    current = snapshot_rows(session, change.people)
    _refuse_others_changes(session, change, current)
    change.after = current
    bring_to(session, change.people, change.before, current)
    if change.tags:
        ids = [tag_id for tag_id, _ in change.tags]
        used = set(session.scalars(select(InfluencerTag.tag_id).where(InfluencerTag.tag_id.in_(ids))))
        session.execute(delete(Tag).where(Tag.id.in_([i for i in ids if i not in used])))
    return change


def put_back(session: Session, change: ImportChange) -> ImportChange:
    """The redo of an import: its rows as they were after it, with the same ids."""
    assert change.after is not None, "an import is redone only after it was undone"
    if change.tags:
        ids = [tag_id for tag_id, _ in change.tags]
        present = set(session.scalars(select(Tag.id).where(Tag.id.in_(ids))))
        missing = [{"id": i, "name": n} for i, n in change.tags if i not in present]
        if missing:
            session.execute(insert(Tag), missing)
    current = snapshot_rows(session, change.people)
    _refuse_others_changes(session, change, current)
    change.inserted = _versions_of_missing(change.after, current)
    bring_to(session, change.people, change.after, current)
    return change


def _versions_of_missing(wanted: Rows, current: Rows) -> dict[str, dict[tuple[Any, ...], int]]:
    """The versions of the rows `bring_to` will insert again (those of `wanted` not in `current`)."""
    found: dict[str, dict[tuple[Any, ...], int]] = {}
    for name in OWNED:
        columns = Base.metadata.tables[name].columns.keys()
        if "row_version" in columns:
            at = columns.index("row_version")
            found[name] = {key: row[at] for key, row in wanted[name].items() if key not in current[name]}
    return found
