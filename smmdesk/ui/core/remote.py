"""Other planners' changes into this window's change bus: the listener's thread hands each change
to the UI thread, which asks the services what it means for the windows and tells the bus."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from smmdesk.ui.core.bus import ChangeBus

log = logging.getLogger("smmdesk.ui")


class RemoteChanges(QObject):
    """Started for a server database; `arrived` crosses from the listener's thread (queued)."""

    arrived = Signal(object)

    def __init__(self, db: Any, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        from smmdesk.services import team

        self.db, self.bus = db, bus
        self.arrived.connect(self._announce)
        self.listener = team.listen(db, self.arrived.emit)

    def _announce(self, change: Any) -> None:
        from smmdesk.services import team
        from smmdesk.services.workspace import reading

        try:
            changes = reading(self.db, team.bus_changes, change)
        except Exception as exc:  # the server went away meanwhile: the next change will tell
            log.warning("cannot read what %s changed: %s", change.user, exc)
            return
        for entity, ids in changes:
            self.bus.notify(entity, ids)

    def stop(self) -> None:
        if self.listener is not None:
            self.listener.stop()
            self.listener = None
