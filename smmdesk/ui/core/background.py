"""Long work with a progress dialog and Cancel, so the window never freezes.

`run` does any work off the UI thread; `export` writes files there (through the atomic writer,
whose files replace the earlier ones only when all of them are written, so Cancel or a failure
leaves every earlier file as it was); `edit` runs the first step of an undoable edit there and
puts it on the undo stack when it succeeds.

The dialog appears only when the work takes longer than `SHOW_AFTER_MS`; while it is up the
window is modal to the planner but its event loop keeps running.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from smmdesk.io.atomic import replaced_together
from smmdesk.ui.core import notify, tasks
from smmdesk.ui.core.errors import show_error

log = logging.getLogger("smmdesk.ui")
SHOW_AFTER_MS = 300
Report = tasks.Report
IsCancelled = tasks.IsCancelled
Work = Callable[[Report, IsCancelled], Any]


class Progress(QProgressDialog):
    """The progress of one piece of work; Cancel asks the work to stop."""

    def __init__(self, parent: QWidget | None, label: str, cancellable: bool) -> None:
        super().__init__(
            label, QCoreApplication.translate("Background", "Cancel") if cancellable else "", 0, 0, parent
        )
        self.setObjectName("progressDialog")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.setMinimumDuration(24 * 3600 * 1000)  # shown by our timer, not by Qt's guess
        self.setMinimumWidth(360)
        if not cancellable:
            self.setCancelButton(None)
        self.hide()

    def step(self, done: int, total: int) -> None:
        if total > 0 and self.maximum() != total:
            self.setMaximum(total)
        if total > 0:
            self.setValue(min(done, total))


def run(
    parent: QWidget | None,
    label: str,
    work: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    *,
    cancellable: bool = True,
    on_cancel: Callable[[], None] | None = None,
    keep_late_result: bool = False,
    end_on_cancel: bool = False,
) -> tasks.Task:
    """Runs `work(report, cancelled)` off the UI thread; `on_done(result)` runs on it afterwards.

    A refusal (SmmError) or anything unexpected is shown as every error is; Cancel ends quietly
    with a line in the status bar (or `on_cancel`). Work that finished although Cancel was pressed
    is dropped, unless `keep_late_result` (a commit that went through is not pretended away).
    `end_on_cancel` (work that writes nothing): Cancel closes the progress and runs `on_cancel` at
    once; the work is asked to stop and whatever it returns later is dropped.
    """
    progress = Progress(parent, label, cancellable)
    timer = QTimer(progress)
    timer.setSingleShot(True)
    timer.timeout.connect(progress.show)
    timer.start(SHOW_AFTER_MS)

    def close() -> None:
        if not shiboken6.isValid(progress):
            return  # the window it was shown over is closed, and the progress with it
        timer.stop()
        progress.hide()
        progress.deleteLater()

    def finished(result: Any) -> None:
        close()
        if task.cancelled and not keep_late_result:
            cancelled()
            return
        on_done(result)

    def cancelled() -> None:
        if on_cancel is not None:
            on_cancel()
        else:
            notify.post(QCoreApplication.translate("Background", "Cancelled: nothing was changed."))

    def failed(error: BaseException) -> None:
        close()
        if isinstance(error, tasks.Cancelled) or task.cancelled:
            cancelled()
        elif on_error is not None:
            on_error(error)
        else:
            show_error(parent, error)

    def cancel_now() -> None:
        if task.cancelled:
            return
        task.cancel()
        timer.stop()
        progress.hide()
        cancelled()

    def finished_or_dropped(result: Any) -> None:
        if end_on_cancel and task.cancelled:
            close()  # said at Cancel already
        else:
            finished(result)

    def failed_or_dropped(error: BaseException) -> None:
        if end_on_cancel and task.cancelled:
            close()
        else:
            failed(error)

    task = tasks.start(work, finished_or_dropped, failed_or_dropped)
    task.signals.progress.connect(progress.step)
    progress.canceled.connect(cancel_now if end_on_cancel else task.cancel)
    return task


def export(
    parent: QWidget | None,
    label: str,
    targets: Sequence[Path],
    write: Callable[[list[Path], Report, IsCancelled], Any],
    on_done: Callable[[Any], None] | None = None,
) -> tasks.Task:
    """Writes `targets` off the UI thread. Every writer goes through the atomic writer; here its
    files replace the earlier ones together, once all are written and checked, so Cancel or a
    failure at any point leaves every earlier file as it was."""

    def work(report: Report, cancelled: IsCancelled) -> Any:
        with replaced_together():
            result = write(list(targets), report, cancelled)
            if cancelled():
                raise tasks.Cancelled()
        return result

    def done(result: Any) -> None:
        if on_done is not None:
            on_done(result)

    def cancelled() -> None:
        notify.post(QCoreApplication.translate("Background", "Cancelled: no file was written."))

    return run(parent, label, work, done, on_cancel=cancelled, keep_late_result=True)


def edit(
    parent: QWidget | None,
    ws: Any,
    label: str,
    text: str,
    prepare: Callable[[Report, IsCancelled], Any],
    do: Callable[[Any], Any],
    undo: Callable[[Any], Any],
    entity: str,
    ids: Any = None,
    on_done: Callable[[Any], None] | None = None,
) -> tasks.Task:
    """An undoable edit whose first run is long: `prepare` (reading a file, say) and the first `do`
    run off the UI thread; redo later runs `do` with what `prepare` returned."""
    prepared: list[Any] = []

    def work(report: Report, cancelled: IsCancelled) -> Any:
        prepared.append(prepare(report, cancelled))
        if cancelled():
            raise tasks.Cancelled()
        return do(prepared[0])

    def done(result: Any) -> None:
        ws.record(text, result, lambda: do(prepared[0]), undo, entity, ids)
        if on_done is not None:
            on_done(result)

    return run(parent, label, work, done, keep_late_result=True)
