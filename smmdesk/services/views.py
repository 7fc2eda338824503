"""Saved views of table windows: a named filter + sort + columns, kept in the database."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from smmdesk.storage.models import SavedView


def list_views(session: Session, window: str) -> dict[str, str]:
    rows = session.scalars(select(SavedView).where(SavedView.window == window).order_by(SavedView.name))
    return {row.name: row.payload for row in rows}


def save_view(session: Session, window: str, name: str, payload: str) -> str | None:
    """Saves (or replaces) a view; returns the payload it replaced, for undo."""
    row = session.scalar(select(SavedView).where(SavedView.window == window, SavedView.name == name))
    if row is None:
        session.add(SavedView(window=window, name=name, payload=payload))
        return None
    previous, row.payload = row.payload, payload
    return previous


def restore_view(session: Session, window: str, name: str, previous: str | None) -> None:
    if previous is None:
        session.execute(delete(SavedView).where(SavedView.window == window, SavedView.name == name))
    else:
        save_view(session, window, name, previous)
