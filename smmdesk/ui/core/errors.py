"""The second tier of errors: anything unexpected reaches a dialog with details to copy and the log path."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text, translate
from smmdesk.logs import current_log_path
from smmdesk.ui.core import ask

log = logging.getLogger("smmdesk.ui")


def show_error(parent: QWidget | None, error: BaseException, title: str = "") -> None:
    """An expected failure (SmmError) in plain words; anything else as an unexpected error."""
    if isinstance(error, SmmError):
        ask.warn(parent, title or translate("ErrorDialog", "smmdesk"), error_text(error))
    else:
        show_unexpected(type(error), error, error.__traceback__)


def show_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", details)
    if QApplication.instance() is None:
        if sys.stderr is not None:  # a window program on Windows has none; the log has the details
            sys.stderr.write(details)
        return
    log_path = current_log_path()
    text = translate(
        "ErrorDialog",
        "Something went wrong that smmdesk did not expect. Everything saved before this moment is "
        "still in the database.",
    )
    info = translate(
        "ErrorDialog",
        "The details are below; please copy them into your message to support. Log file: {path}",
    ).format(path=log_path or "—")
    box = QMessageBox(QMessageBox.Icon.Critical, translate("ErrorDialog", "Unexpected error"), text)
    box.setInformativeText(info)
    box.setDetailedText(details)
    ask.show_box(box)


def install_excepthook() -> None:
    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        if isinstance(error, SmmError):
            log.warning("unhandled expected error: %s", error)
            show_error(QApplication.activeWindow(), error)
            return
        show_unexpected(kind, error, tb)

    sys.excepthook = hook
