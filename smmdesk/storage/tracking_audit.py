"""The audit log's entries, and Core INSERT, UPDATE and DELETE statements checked and audited as the
ORM's changes are (their rows read first, locked on a server; cascades followed)."""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

from sqlalchemy import insert, inspect, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import ORMExecuteState, Session

from smmdesk.storage.models import AuditEntry, Base
from smmdesk.storage.tracking_state import (
    NOT_AUDITED,
    ConcurrentChangeError,
    Key,
    Tracker,
    Transaction,
    _key,
    _text,
    check_lengths,
)
from smmdesk.storage.types import utc_now

# A session flag: the Core UPDATEs it runs erase personal data, and their audit entries keep no values.
ERASING = "erasing_personal_data"


@lru_cache(maxsize=1)
def _personal_columns() -> dict[str, frozenset[str]]:
    """Table → the columns of personal data its model names (`__personal__`)."""
    return {
        str(getattr(mapper.local_table, "name", "")): frozenset(getattr(mapper.class_, "__personal__", ()))
        for mapper in Base.registry.mappers
        if getattr(mapper.class_, "__personal__", None)
    }


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
    """An audit entry; a change of personal data names the field, never the values (so that erasing
    a person's data leaves none of it in the log)."""
    if name and name in _personal_columns().get(table, ()):
        old = new = None
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
    erasing = bool(state.session.info.get(ERASING))
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
                    if erasing:  # values erased on purpose stay out of the log
                        old = new = None
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
