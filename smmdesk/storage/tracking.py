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

It lives in four modules; this one installs the hooks and gives its callers the public names of the rest:
- `tracking_state`: what a transaction and the tracker keep, the refusal, the length checks
- `tracking_audit`: the audit entries, Core statements checked and audited
- `tracking_notify`: the server's announcements, versions noted outside the ORM
"""

# ruff: noqa: F401 - the names of tracking_state and tracking_notify imported here are ones this module
# gives its callers

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from smmdesk.storage.models import AuditEntry, Base, Tracked
from smmdesk.storage.tracking_audit import _core_change, _core_insert, _entry, _note_deleted, _write_audit
from smmdesk.storage.tracking_notify import _announce, note_bulk_insert, note_seen
from smmdesk.storage.tracking_state import (
    CHANNEL,
    MAX_NOTIFIED_IDS,
    MAX_PAYLOAD_BYTES,
    NOT_AUDITED,
    ConcurrentChangeError,
    Key,
    Tracker,
    Transaction,
    _check_object_lengths,
    _key,
    _transaction,
    check_lengths,
)
from smmdesk.storage.types import utc_now


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
