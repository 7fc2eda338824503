"""Who changed what, and refusing to save over someone else's change: the hooks every session has.

- Each edited record (`models.base.Tracked`) carries `row_version`, SQLAlchemy's version counter.
  A write transaction compares the version of each record it changes with the version this client
  last read (or, for an undo, the version it last wrote itself): a record someone else has changed
  since is refused with `ConcurrentChangeError`, naming who changed it and when. Core UPDATE and
  DELETE statements are checked the same way (their rows are read first, locked on a server).
- Every change is written to `audit_log` in the same transaction: who, when, the record, and for
  an update each field's old and new value.
- Texts longer than their column are refused with a message (`domain.text.text_limit_error`) on
  every engine, not only where PostgreSQL enforces `VARCHAR(n)`.
- On a server, the tables and ids a transaction changed are announced with `pg_notify` as it
  commits (delivered only if it commits), for the other planners' windows.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import String, event, insert, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, text_limit_error
from smmdesk.storage.models import AuditEntry, Base, Tracked
from smmdesk.storage.types import utc_now

CHANNEL = "smmdesk_changes"
NOT_AUDITED = {"row_version", "created_by", "changed_by", "changed_at", "updated_at", "title_key", "name_key"}
# pg_notify payloads are limited to 8000 bytes; past this many ids a table is announced whole.
MAX_NOTIFIED_IDS = 500
MAX_PAYLOAD_BYTES = 7000

Key = tuple[str, str]  # (table, primary key as text)


class ConcurrentChangeError(StorageError):
    """Someone else changed the record after this client read it; nothing was saved."""

    def __init__(self, table: str, row_id: str, who: str = "", when: dt.datetime | None = None) -> None:
        self.table, self.row_id, self.who, self.when = table, row_id, who, when
        if who and when is not None:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{who} changed this record at {when}, after you opened it; your change was not "
                    "saved. The record is shown again as it is now: make the change again if it is "
                    "still needed.",
                ),
                who=who,
                when=when.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this record at the same moment; your change was not saved. "
                    "The record is shown again as it is now: make the change again if it is still needed.",
                )
            )


@dataclass
class Transaction:
    """What one write transaction changed, collected by the hooks."""

    changes: dict[str, set[str] | None] = field(default_factory=dict)
    versions: dict[Key, int] = field(default_factory=dict)
    audit: list[dict[str, Any]] = field(default_factory=list)
    # Records deleted (their cascaded children too): once committed, their ids may come back as
    # other rows (SQLite reuses the highest id), which must not be held to the old versions.
    deleted: set[Key] = field(default_factory=set)

    def changed(self, table: str, row_id: Any) -> None:
        ids = self.changes.setdefault(table, set())
        if ids is not None:
            if row_id is None:
                self.changes[table] = None
            else:
                ids.add(str(row_id))


@dataclass
class Tracker:
    """One database's memory: the versions this client last read, and its user."""

    user: str = ""
    client: str = ""
    notify: bool = False
    seen: dict[Key, int] = field(default_factory=dict)
    local: threading.local = field(default_factory=threading.local)

    # The versions this client's own commits left: an undo expects these, so that a record
    # someone else has changed since is refused even after this client has reloaded it.
    written: dict[Key, int] = field(default_factory=dict)

    @contextmanager
    def undoing(self) -> Iterator[None]:
        """Inside: this thread's transactions expect the versions this client last wrote (an undo
        or redo puts back what it itself did; anything changed since by another is refused)."""
        previous = getattr(self.local, "own", False)
        self.local.own = True
        try:
            yield
        finally:
            self.local.own = previous

    def expected(self, key: Key) -> int | None:
        if getattr(self.local, "own", False) and key in self.written:
            return self.written[key]
        return self.seen.get(key)


def _key(obj: Any) -> Key:
    state = inspect(obj)
    identity = state.identity or state.mapper.primary_key_from_instance(obj)
    return state.mapper.local_table.name, ",".join(str(v) for v in identity)


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(value)} bytes>"
    if isinstance(value, dt.datetime | dt.date | Decimal):
        return value.isoformat() if not isinstance(value, Decimal) else str(value)
    return str(value)[:2000]


def _transaction(session: Session) -> Transaction:
    tx = session.info.get("smmdesk_tx")
    if tx is None:
        tx = session.info["smmdesk_tx"] = Transaction()
    return tx


def check_lengths(table: Any, values: Any) -> None:
    """Refuses a text longer than its column holds (the column's key names the field)."""
    for name, value in values.items():
        column = table.c.get(name) if isinstance(name, str) else name
        if column is None or not isinstance(value, str):
            continue
        length = getattr(column.type, "length", None)
        if isinstance(column.type, String) and length and len(value) > length:
            raise text_limit_error(column.key, length, len(value))


def _check_object_lengths(obj: Any) -> None:
    state = inspect(obj)
    values = {}
    for attr in state.mapper.column_attrs:
        if attr.key in state.dict:
            values[attr.columns[0].name] = state.dict[attr.key]
    check_lengths(state.mapper.local_table, values)


def install(sessions: sessionmaker[Session], tracker: Tracker) -> None:
    """Hooks the tracker into every session `sessions` makes."""

    @event.listens_for(sessions, "after_begin")
    def after_begin(session: Session, transaction: Any, connection: Connection) -> None:
        connection.info["smmdesk_bulk"] = _transaction(session)

    @event.listens_for(sessions, "loaded_as_persistent")
    def loaded(session: Session, obj: Any) -> None:
        if session.info.get("reading") and isinstance(obj, Tracked):
            tracker.seen[_key(obj)] = obj.row_version

    @event.listens_for(sessions, "before_flush")
    def before_flush(session: Session, context: Any, instances: Any) -> None:
        for obj in session.new:
            _check_object_lengths(obj)
        _note_deleted(session, _transaction(session))
        for obj in list(session.dirty) + list(session.deleted):
            if obj in session.dirty and not session.is_modified(obj):
                continue
            if obj in session.dirty:
                _check_object_lengths(obj)
            if isinstance(obj, Tracked):
                key = _key(obj)
                own = _transaction(session).versions.get(key)
                expected = own if own is not None else tracker.expected(key)
                if expected is not None and obj.row_version != expected:
                    raise ConcurrentChangeError(key[0], key[1], obj.changed_by, obj.changed_at)

    @event.listens_for(sessions, "after_flush")
    def after_flush(session: Session, context: Any) -> None:
        tx = _transaction(session)
        now, user = utc_now(), tracker.user
        for obj in session.new:
            if isinstance(obj, AuditEntry):
                continue
            table, row_id = _key(obj)
            tx.changed(table, row_id)
            if isinstance(obj, Tracked):
                tx.versions[(table, row_id)] = obj.row_version
                tx.audit.append(_entry(now, user, table, row_id, "create"))
        for obj in session.dirty:
            if not isinstance(obj, Base) or not session.is_modified(obj):
                continue
            table, row_id = _key(obj)
            state = inspect(obj)
            fields = []
            for attr in state.mapper.column_attrs:
                history = state.attrs[attr.key].history
                if attr.key in NOT_AUDITED or not history.has_changes():
                    continue
                old = history.deleted[0] if history.deleted else None
                new = history.added[0] if history.added else None
                fields.append(_entry(now, user, table, row_id, "update", attr.key, old, new))
            if fields:
                tx.changed(table, row_id)
                tx.audit.extend(fields)
            if isinstance(obj, Tracked):
                tx.versions[(table, row_id)] = obj.row_version
        for obj in session.deleted:
            table, row_id = _key(obj)
            tx.changed(table, row_id)
            tx.audit.append(_entry(now, user, table, row_id, "delete"))
        _write_audit(session.connection(), tx)
        _announce(session.connection(), tracker, tx)

    @event.listens_for(sessions, "do_orm_execute")
    def on_execute(state: ORMExecuteState) -> None:
        if state.is_select or not (state.is_update or state.is_delete or state.is_insert):
            return
        statement = state.statement
        table = getattr(statement, "table", None)
        if table is None or table.name == AuditEntry.__tablename__:
            return
        tx = _transaction(state.session)
        if state.is_insert:
            _core_insert(state, table, tx, tracker)
        else:
            _core_change(state, table, tx, tracker)

    @event.listens_for(sessions, "before_commit")
    def before_commit(session: Session) -> None:
        tx = session.info.get("smmdesk_tx")
        if tx is None:
            return
        connection = session.connection()
        _write_audit(connection, tx)
        _announce(connection, tracker, tx)

    @event.listens_for(sessions, "after_commit")
    def after_commit(session: Session) -> None:
        tx = session.info.pop("smmdesk_tx", None)
        if tx is None:
            return
        for key in tx.deleted:
            tracker.seen.pop(key, None)
            tracker.written.pop(key, None)
        tracker.seen.update(tx.versions)
        tracker.written.update(tx.versions)

    @event.listens_for(sessions, "after_soft_rollback")
    def after_rollback(session: Session, previous: Any) -> None:
        session.info.pop("smmdesk_tx", None)


def _entry(
    at: dt.datetime,
    user: str,
    table: str,
    row_id: str,
    action: str,
    name: str = "",
    old: Any = None,
    new: Any = None,
) -> dict[str, Any]:
    return {
        "at": at,
        "user_name": user,
        "table_name": table,
        "row_id": row_id,
        "action": action,
        "field": name,
        "old": _text(old),
        "new": _text(new),
    }


def _write_audit(connection: Connection, tx: Transaction) -> None:
    if tx.audit:
        rows, tx.audit = tx.audit, []
        connection.execute(insert(AuditEntry), rows)


def _statement_values(statement: Any) -> dict[str, Any]:
    values = {}
    for column, value in (getattr(statement, "_values", None) or {}).items():
        name = getattr(column, "key", column)
        values[str(name)] = getattr(value, "value", value)
    return values


def _core_insert(state: ORMExecuteState, table: Any, tx: Transaction, tracker: Tracker) -> None:
    params = state.parameters
    rows = params if isinstance(params, list) else [params] if params else []
    if not rows:
        rows = [_statement_values(state.statement)]
    pk = [c.name for c in table.primary_key.columns]
    now = utc_now()
    for row in rows:
        check_lengths(table, row)
        if len(pk) == 1 and pk[0] in row:
            row_id = str(row[pk[0]])
            tx.changed(table.name, row_id)
            if "row_version" in table.c:
                tx.audit.append(_entry(now, tracker.user, table.name, row_id, "create"))
        else:
            tx.changed(table.name, None)


def _core_change(state: ORMExecuteState, table: Any, tx: Transaction, tracker: Tracker) -> None:
    """An UPDATE or DELETE by criteria: its rows are read first (locked on a server), checked
    against what this client expects, and their changes logged."""
    statement: Any = state.statement
    values = _statement_values(statement)
    check_lengths(table, values)
    pk = list(table.primary_key.columns)
    if len(pk) != 1:
        tx.changed(table.name, None)
        return
    tracked = "row_version" in table.c
    audited = [table.c[name] for name in values if name in table.c and name not in NOT_AUDITED]
    columns = [pk[0], *audited]
    if tracked:
        columns += [table.c.row_version, table.c.changed_by, table.c.changed_at]
    query = select(*columns)
    if statement.whereclause is not None:
        query = query.where(statement.whereclause)
    connection = state.session.connection()
    if connection.dialect.name == "postgresql":
        query = query.with_for_update()
    now = utc_now()
    deleted: list[Any] = []
    for row in connection.execute(query).mappings():
        row_id = str(row[pk[0].name])
        key = (table.name, row_id)
        if tracked:
            own = tx.versions.get(key)
            expected = own if own is not None else tracker.expected(key)
            if expected is not None and row["row_version"] != expected:
                raise ConcurrentChangeError(table.name, row_id, row["changed_by"], row["changed_at"])
        tx.changed(table.name, row_id)
        if state.is_delete:
            if tracked:
                tx.audit.append(_entry(now, tracker.user, table.name, row_id, "delete"))
            deleted.append(row[pk[0].name])
            continue
        if tracked:
            tx.versions[key] = row["row_version"] + 1
            _expire_version(state.session, table, row[pk[0].name])
            for column in audited:
                old, new = row[column.name], values[column.key]
                if _text(old) != _text(new):
                    tx.audit.append(
                        _entry(now, tracker.user, table.name, row_id, "update", column.key, old, new)
                    )
    if deleted:
        tx.deleted.update((table.name, str(ident)) for ident in deleted)
        _cascaded(connection, table, deleted, tx.deleted)


def _note_deleted(session: Session, tx: Transaction) -> None:
    """The records this flush deletes, and the rows the database deletes with them."""
    by_table: dict[Any, list[Any]] = {}
    for obj in session.deleted:
        state = inspect(obj)
        if state.identity is not None and len(state.identity) == 1:
            tx.deleted.add(_key(obj))
            by_table.setdefault(state.mapper.local_table, []).append(state.identity[0])
    for table, ids in by_table.items():
        _cascaded(session.connection(), table, ids, tx.deleted)


def _cascaded(connection: Connection, table: Any, ids: list[Any], into: set[Key]) -> None:
    """Adds to `into` the rows that `ON DELETE CASCADE` removes with `ids` of `table`, all levels."""
    for child in Base.metadata.sorted_tables:
        pk = list(child.primary_key.columns)
        if len(pk) != 1:
            continue
        for fk in child.foreign_keys:
            if fk.ondelete != "CASCADE" or fk.column.table.name != table.name:
                continue
            found: list[Any] = []
            for start in range(0, len(ids), 500):
                chunk = ids[start : start + 500]
                found += connection.execute(select(pk[0]).where(fk.parent.in_(chunk))).scalars().all()
            if found:
                into.update((child.name, str(ident)) for ident in found)
                _cascaded(connection, child, found, into)


def _expire_version(session: Session, table: Any, ident: Any) -> None:
    """An object of this row already in the session holds the version before the Core UPDATE;
    expired, the ORM reads the new one before its own UPDATE instead of refusing itself."""
    for mapper in Base.registry.mappers:
        if mapper.local_table is table:
            obj = session.identity_map.get(session.identity_key(mapper.class_, ident))
            if obj is not None:
                session.expire(obj, ["row_version"])


def _announce(connection: Connection, tracker: Tracker, tx: Transaction) -> None:
    """What changed so far, sent with pg_notify: the server delivers it only when (and if) the
    transaction commits. Called after each flush and before the commit, so every change goes."""
    if not tracker.notify or not tx.changes:
        return
    for payload in _payloads(tracker, tx):
        connection.execute(
            text("SELECT pg_notify(:channel, :payload)"), {"channel": CHANNEL, "payload": payload}
        )
    tx.changes = {}


def _payloads(tracker: Tracker, tx: Transaction) -> Iterator[str]:
    for table, ids in tx.changes.items():
        listed = sorted(ids) if ids is not None and len(ids) <= MAX_NOTIFIED_IDS else None
        payload = json.dumps(
            {"c": tracker.client, "u": tracker.user, "t": table, "i": listed}, ensure_ascii=False
        )
        if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
            payload = json.dumps(
                {"c": tracker.client, "u": tracker.user, "t": table, "i": None}, ensure_ascii=False
            )
        yield payload


def note_seen(session: Session, table: str, ident: Any, version: int) -> None:
    """A record a window was shown through a column query (no ORM object): what this client saw,
    so that saving over someone else's later change is refused as for an ORM read."""
    tracker = session.info.get("tracker")
    if tracker is not None and session.info.get("reading"):
        tracker.seen[(table, str(ident))] = version


def note_bulk_insert(connection: Connection, table: str) -> None:
    """Core inserts straight to the driver (large imports) are announced as "the table changed"."""
    tx = connection.info.get("smmdesk_bulk")
    if isinstance(tx, Transaction):
        tx.changed(table, None)
