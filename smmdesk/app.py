"""Composition root: QApplication, translations, logging, excepthook, the database, the main window."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from smmdesk import locations
from smmdesk.i18n import install_translations, resolve_language
from smmdesk.logs import setup_logging
from smmdesk.resources import resource_path
from smmdesk.ui.core import demo as demo_copies
from smmdesk.ui.core.errors import install_excepthook
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.windows.main_window import MainWindow

log = logging.getLogger("smmdesk.ui")


class _AfterFirstPaint(QObject):
    """Runs a callback once the window has painted for the first time."""

    def __init__(self, window: QObject, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._callback = callback
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._callback)
        return False


def create_application(language: str | None = None) -> tuple[QApplication, UserSettings]:
    locations.set_identity()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    settings = UserSettings()
    install_translations(resolve_language(language or settings.language))
    style = resource_path("styles", "app.qss")
    if style.exists():
        app.setStyleSheet(style.read_text("utf-8"))
    icon = resource_path("icons", "smmdesk.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app, settings


def run_gui(
    db: str | None = None, *, demo: bool = False, language: str | None = None, quit_after_paint: bool = False
) -> int:
    app, settings = create_application(language)
    setup_logging(locations.log_dir())
    install_excepthook()
    log.info("smmdesk starting")

    workspace = Workspace(settings)
    if demo:
        location: str = str(demo_copies.make_copy())
    else:
        location = db or settings.engine_url or str(locations.default_database())
    window = MainWindow(workspace, settings)

    def open_database() -> None:
        # After the first paint: the window appears at once, and any question about the file
        # (damaged, locked, too new) is asked over it rather than before anything is shown.
        if quit_after_paint:
            print(f"painted_at={time.time():.6f}", flush=True)
        preview = getattr(window.current_section(), "preview", None)
        if callable(preview) and preview(location):
            window.repaint()
            if quit_after_paint:
                print(f"first_screen_at={time.time():.6f}", flush=True)
        if not workspace.open(location, window):
            workspace.bus.reset.emit()  # nothing is open: nothing from the file stays on screen
        if quit_after_paint:
            window.repaint()
            print(f"opened_at={time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)

    _AfterFirstPaint(window, open_database)
    window.show()
    code = app.exec()
    workspace.close()
    demo_copies.remove_all()
    return code
