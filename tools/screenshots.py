"""Renders the README's screenshots from a fresh demo database, offscreen: `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SAMPLES = ROOT.parent / "shared" / "samples"


def main() -> int:
    from PySide6.QtCore import QSettings, QStandardPaths
    from PySide6.QtWidgets import QApplication

    QStandardPaths.setTestModeEnabled(True)
    from smmdesk.app import create_application
    from smmdesk.services.demo import write_demo
    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    app, _ = create_application("ru")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.smmdesk"
        write_demo(db)
        settings = UserSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        workspace = Workspace(settings)
        window = MainWindow(workspace, settings)
        workspace.open(db, window, background_backup=False)
        window.resize(1366, 800)
        window.show()
        for name, prepare in SHOTS:
            widget = prepare(window) or window
            for _ in range(3):
                app.processEvents()
            widget.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
            if widget is not window:
                widget.close()
        workspace.close()
        QApplication.processEvents()
    return 0


def influencers(window: Any) -> None:
    section = window.show_section("influencers")
    section.table.selectRow(2)


def import_preview(window: Any) -> Any:
    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    sample = SAMPLES / "influencers_planner.xlsx"
    dialog = ImportDialog(window.workspace, sample, window)
    dialog.resize(1100, 560)
    dialog.show()
    dialog.next_button.click()
    from PySide6.QtWidgets import QApplication

    from smmdesk.ui.core import tasks

    tasks.wait_all()
    while dialog.stack.currentIndex() != 1:
        QApplication.processEvents()
    dialog.tabs.setCurrentIndex(2)
    return dialog


SHOTS: list[tuple[str, Callable[[Any], Any]]] = [
    ("influencers", influencers),
    ("import-preview", import_preview),
]

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
