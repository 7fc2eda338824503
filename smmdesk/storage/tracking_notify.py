"""A server's announcements of what a transaction changed (pg_notify, sent as it commits); what a
column query showed noted as seen, and Core inserts in bulk noted as a table changed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from smmdesk.storage.tracking_state import CHANNEL, MAX_NOTIFIED_IDS, MAX_PAYLOAD_BYTES, Tracker, Transaction


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
