"""Long work off the UI thread: a QRunnable whose result or error comes back as a queued signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger("smmdesk.ui")
Report = Callable[[int, int], None]  # report(done, total): how far the work is
IsCancelled = Callable[[], bool]


class Cancelled(Exception):
    """Raised inside a task when the planner pressed Cancel."""


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """Runs `work(report, is_cancelled)`; `report(done, total)` drives a progress bar."""

    def __init__(self, work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()
        self._cancelled = False
        self.setAutoDelete(False)

    def cancel(self) -> None:
        self._cancelled = True

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def run(self) -> None:
        try:
            result = self.work(self.signals.progress.emit, lambda: self._cancelled)
        except BaseException as exc:
            if not isinstance(exc, Cancelled):
                log.exception("background task failed")
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            # The program is closing and the receiver is gone; nobody is waiting for the result.
            log.info("background task finished after its window closed")


_running: set[Task] = set()


def start(
    work: Callable[[Callable[[int, int], None], Callable[[], bool]], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Task:
    task = Task(work)
    _running.add(task)

    def finish(_: Any = None) -> None:
        _running.discard(task)

    if on_done is not None:
        task.signals.finished.connect(on_done)
    if on_error is not None:
        task.signals.failed.connect(on_error)
    task.signals.finished.connect(finish)
    task.signals.failed.connect(finish)
    QThreadPool.globalInstance().start(task)
    return task


def wait_all(timeout_ms: int = 30000) -> bool:
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
