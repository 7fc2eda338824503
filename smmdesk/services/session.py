"""One user action, one transaction: the two ways a window runs a use case on the open database.

Kept apart from services/workspace.py (opening files, backups), so that a window can name them
without loading the database layer before it is needed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from smmdesk.storage.database import Database

T = TypeVar("T")


def in_transaction(db: Database, action: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Runs one use case (a function taking a Session first) as one transaction: one user action."""
    with db.transaction() as session:
        return action(session, *args, **kwargs)


def reading(db: Database, query: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Runs a read-only use case in its own session."""
    with db.reading() as session:
        return query(session, *args, **kwargs)
