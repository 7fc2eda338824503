"""The change bus: after a service commits, one signal says which records changed; views refresh that."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class ChangeBus(QObject):
    """`changed(entity, ids)`: ids is a list of ids or None for "reload everything of this kind"."""

    changed = Signal(str, object)
    # The whole database was replaced (another file opened, a backup restored).
    reset = Signal()

    def notify(self, entity: str, ids: list[int] | None = None) -> None:
        self.changed.emit(entity, ids)
