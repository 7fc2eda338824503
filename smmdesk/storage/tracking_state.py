"""What the tracking hooks keep: a transaction's versions, audit rows and changed ids, the tracker's
versions seen and written, the refusal of a record changed by someone else, and the length checks."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import String, inspect
from sqlalchemy.orm import Session

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, text_limit_error

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
