"""Undoable edits: each QUndoCommand runs a service in its own transaction and announces the change.

Every window pushes its edits through `UndoController.run`, which executes the edit first and
puts it on the one shared QUndoStack only when it succeeded; a refused edit leaves no trace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

log = logging.getLogger("smmdesk.ui")

Step = Callable[[], Any]


class ServiceCommand(QUndoCommand):
    """An edit as two steps: `do` (also used for redo) and `undo`; each commits its own transaction.

    `announce` is called after either step with what `do` or `undo` returned, to notify the bus.
    """

    def __init__(
        self, text: str, do: Step, undo: Step, announce: Callable[[Any], None] | None = None
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._announce = announce
        self._first = True
        self.result: Any = None

    def execute(self) -> Any:
        self.result = self._do()
        self._notify(self.result)
        return self.result

    def redo(self) -> None:
        if self._first:
            # QUndoStack.push calls redo(); the controller already executed the step.
            self._first = False
            return
        self._notify(self._do())

    def undo(self) -> None:
        self._notify(self._undo())

    def _notify(self, result: Any) -> None:
        if self._announce is not None:
            self._announce(result)


class UndoController(QObject):
    """Owns the one QUndoStack; reports failures of undo/redo instead of leaving a half state."""

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)

    def run(self, command: ServiceCommand) -> Any:
        """Executes the edit; on success it becomes undoable. Exceptions propagate to the caller."""
        result = command.execute()
        self.stack.push(command)
        return result

    def undo(self) -> None:
        self._guard(self.stack.undo)

    def redo(self) -> None:
        self._guard(self.stack.redo)

    def _guard(self, step: Callable[[], None]) -> None:
        try:
            step()
        except Exception as exc:
            # The stack index already moved; what is in the file is now the truth, so the history
            # that no longer matches it is dropped rather than replayed wrongly.
            log.exception("undo/redo failed")
            self.stack.clear()
            self.failed.emit(exc)

    def clear(self) -> None:
        self.stack.clear()
