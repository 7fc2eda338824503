"""One way to tell the planner something in passing: a line in the status bar, from anywhere in the UI.

Sections post «Выгружено 42 блогера» with `post(text)` instead of looking for the main window's
status bar; the main window listens. A message posted while no window listens is kept as `last`.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal

log = logging.getLogger("smmdesk.ui")
DEFAULT_TIMEOUT_MS = 8000


class Notifier(QObject):
    """`posted(text, timeout_ms)`: shown by whoever listens (the main window's status bar)."""

    posted = Signal(str, int)

    def __init__(self) -> None:
        super().__init__()
        self.last = ""


_notifier: Notifier | None = None


def notifier() -> Notifier:
    global _notifier
    if _notifier is None:
        _notifier = Notifier()
    return _notifier


def post(text: str, timeout_ms: int = DEFAULT_TIMEOUT_MS) -> None:
    """Shows `text` in the status bar for a while; call from the UI thread."""
    log.info("message: %s", text)
    hub = notifier()
    hub.last = text
    hub.posted.emit(text, timeout_ms)
