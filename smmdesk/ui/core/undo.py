"""Undoable edits: each QUndoCommand runs a service in its own transaction and announces the change.

Every window pushes its edits through `UndoController.run`, which executes the edit first and
puts it on the one shared QUndoStack only when it succeeded; a refused edit leaves no trace.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

log = logging.getLogger("smmdesk.ui")


class ServiceCommand(QUndoCommand):
    """An edit as two steps, each committing its own transaction.

    `do` runs for the first time and for every redo; its result is kept and handed to `undo`
    (the previous values, the id it created, the snapshot of what it deleted). `announce` gets
    the latest `do` result after either step, to tell the bus what changed.
    """

    def __init__(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        announce: Callable[[Any], None] | None = None,
    ) -> None:
        super().__init__(text)
        self._do = do
        self._undo = undo
        self._announce = announce
        self._first = True
        self.result: Any = None
        # Set by the controller: an exception from undo/redo is handed here rather than raised
        # through Qt's C++ call of the override, where it would only be printed.
        self.on_failure: Callable[[BaseException], None] | None = None

    def execute(self) -> Any:
        self.result = self._do()
        self._notify()
        return self.result

    def adopt(self, result: Any) -> None:
        """The first `do` already ran elsewhere (in the background): take its result as this step's."""
        self.result = result
        self._notify()

    def redo(self) -> None:
        if self._first:
            # QUndoStack.push calls redo(); the controller already executed the step.
            self._first = False
            return
        self._guarded(self._redo_step)

    def _redo_step(self) -> None:
        self.result = self._do()
        self._notify()

    def undo(self) -> None:
        self._guarded(self._undo_step)

    def _undo_step(self) -> None:
        self._undo(self.result)
        self._notify()

    def _guarded(self, step: Callable[[], None]) -> None:
        if self.on_failure is None:
            step()
            return
        try:
            step()
        except Exception as exc:
            self.on_failure(exc)

    def _notify(self) -> None:
        if self._announce is not None:
            self._announce(self.result)


class UndoController(QObject):
    """Owns the one QUndoStack; reports failures of undo/redo instead of leaving a half state."""

    failed = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._stepping = False
        self._failure: BaseException | None = None

    def run(self, command: ServiceCommand) -> Any:
        """Executes the edit; on success it becomes undoable. Exceptions propagate to the caller."""
        result = command.execute()
        command.on_failure = self._failed_step
        self.stack.push(command)
        return result

    def record(self, command: ServiceCommand, result: Any) -> None:
        """Puts on the history an edit that already ran elsewhere (in the background, as an import
        does): its result is what undo receives, the change is announced, and pushing it does not
        run it again."""
        command.adopt(result)
        command.on_failure = self._failed_step
        self.stack.push(command)

    def undo(self) -> None:
        self._guard(self.stack.undo)

    def redo(self) -> None:
        self._guard(self.stack.redo)

    def _guard(self, step: Callable[[], None]) -> None:
        if self._stepping:
            return  # a second Ctrl+Z from a message's event loop while a step still runs
        self._stepping = True
        try:
            step()
        except Exception as exc:
            self._failed_step(exc)
        finally:
            self._stepping = False
        self._settle()

    def _failed_step(self, exc: BaseException) -> None:
        # The stack index already moved; what is in the file is now the truth, so the history
        # that no longer matches it is dropped rather than replayed wrongly. Neither the clear nor
        # the message (a modal box runs the event loop) may happen while the stack is still inside
        # the failed command: clearing deletes the command under its own running step.
        log.error("undo/redo failed: %s", exc, exc_info=exc)
        self._failure = exc
        if not self._stepping:
            # A step the stack started itself, not through undo()/redo(): settle once it returned.
            QTimer.singleShot(0, self, self._settle)

    def _settle(self) -> None:
        """After a failed step has returned: the history goes, then the failure is reported."""
        exc, self._failure = self._failure, None
        if exc is None:
            return
        self.stack.clear()
        self.failed.emit(exc)

    def clear(self) -> None:
        self.stack.clear()
