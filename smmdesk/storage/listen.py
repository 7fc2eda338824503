"""Others' changes as they commit: PostgreSQL LISTEN on the channel `storage.tracking` notifies.

A thread holds its own connection, waits for notifications and hands each one (table, ids, who)
to a callback; the client's own are left out (its windows were told already). When LISTEN is
not possible (a pooler in transaction mode, a lost connection), it falls back to polling the
audit log every few seconds, and goes back to listening once it can.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import Engine

from smmdesk.storage.models import AuditEntry
from smmdesk.storage.tracking import CHANNEL

log = logging.getLogger("smmdesk.db")

POLL_S = 2.0
WAIT_S = 0.5


@dataclass(frozen=True)
class RemoteChange:
    table: str
    ids: tuple[str, ...] | None  # None: anything in the table may have changed
    user: str


Callback = Callable[[RemoteChange], None]


class ChangeListener:
    """Runs until `stop()`; `callback` is called on the listener's thread."""

    def __init__(self, engine: Engine, client: str, callback: Callback, *, listen: bool = True) -> None:
        self.engine, self.client, self.callback = engine, client, callback
        self.use_listen = listen and engine.dialect.name == "postgresql"
        self.mode = ""
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="smmdesk-changes", daemon=True)
        self._last_audit = 0

    def start(self) -> ChangeListener:
        self._last_audit = self._audit_top()
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                if self.use_listen:
                    self._listen()
                else:
                    self._poll_once()
                    self._stop.wait(POLL_S)
            except Exception as exc:  # a lost server: poll, then try listening again
                log.warning("change listener: %s; polling", exc)
                self.mode = "poll"
                try:
                    self._poll_once()
                except Exception:  # the server is away; try again later
                    pass
                self._stop.wait(POLL_S)

    def _listen(self) -> None:
        raw = self.engine.raw_connection()
        try:
            driver: Any = raw.driver_connection
            assert driver is not None
            driver.autocommit = True
            driver.execute(f"LISTEN {CHANNEL}")
            self.mode = "listen"
            while not self._stop.is_set():
                for note in driver.notifies(timeout=WAIT_S):
                    self._deliver(note.payload)
        finally:
            raw.invalidate()  # a LISTENing connection does not go back to the pool

    def _deliver(self, payload: str) -> None:
        try:
            data = json.loads(payload)
        except ValueError:
            return
        if data.get("c") == self.client:
            return
        ids = data.get("i")
        self.callback(
            RemoteChange(str(data.get("t", "")), tuple(ids) if ids is not None else None, data.get("u", ""))
        )

    def _audit_top(self) -> int:
        try:
            with self.engine.connect() as conn:
                return int(conn.execute(select(func.max(AuditEntry.id))).scalar() or 0)
        except Exception:  # no audit log yet: start from the beginning
            return 0

    def _poll_once(self) -> None:
        """The fallback: what the audit log gained since the last look (one's own changes too)."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(AuditEntry.id, AuditEntry.table_name, AuditEntry.row_id, AuditEntry.user_name)
                .where(AuditEntry.id > self._last_audit)
                .order_by(AuditEntry.id)
            ).all()
        by_table: dict[tuple[str, str], set[str]] = {}
        for ident, table, row_id, user in rows:
            self._last_audit = max(self._last_audit, ident)
            by_table.setdefault((table, user), set()).add(row_id)
        for (table, user), ids in by_table.items():
            self.callback(RemoteChange(table, tuple(sorted(ids)), user))
