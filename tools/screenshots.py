"""Renders the README's screenshots from a fresh demo database, offscreen: `make screenshots`."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from PySide6.QtCore import QSettings, QStandardPaths

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
        window.resize(1280, 760)
        window.show()
        for key, name in SHOTS:
            window.show_section(key)
            prepare = PREPARE.get(key)
            if prepare:
                prepare(window)
            app.processEvents()
            window.grab().save(str(OUT / f"{name}.png"))
            print(OUT / f"{name}.png")
        workspace.close()
    return 0


SHOTS = [("influencers", "main-window")]
PREPARE: dict[str, object] = {}

if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
