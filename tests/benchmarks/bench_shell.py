"""The shell: launch to the first painted main window, and saving one edit."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from decimal import Decimal
from pathlib import Path

from common import isolated_env, report, samples_ms

ROOT = Path(__file__).resolve().parents[2]

BARE = textwrap.dedent(
    """
    import sys, time
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    class Painted(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print(f"painted_at={time.time():.6f}", flush=True)
                watched.removeEventFilter(self)
                QTimer.singleShot(0, QApplication.quit)
            return False

    app = QApplication(sys.argv)
    window = QMainWindow()
    view = QTableView()
    view.setModel(QStandardItemModel(10, 5))
    window.setCentralWidget(view)
    window.resize(1280, 800)
    window.installEventFilter(Painted(window))
    window.show()
    app.exec()
    """
)


def launch_ms(command: list[str], env: dict[str, str], mark: str) -> float:
    start = time.time()
    out = subprocess.run(
        command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    ).stdout
    stamp = next(line for line in out.splitlines() if line.startswith(mark + "="))
    return (float(stamp.split("=")[1]) - start) * 1000


def median_launch(command: list[str], env: dict[str, str], mark: str = "painted_at", runs: int = 7) -> float:
    launch_ms(command, env, mark)  # warm: files in the page cache, .pyc compiled
    return statistics.median(launch_ms(command, env, mark) for _ in range(runs))


def run() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = isolated_env(home)
        db = home / "planner.smmdesk"
        subprocess.run(
            [sys.executable, "-m", "smmdesk", "demo", str(db)],
            env=env,
            cwd=ROOT,
            check=True,
            capture_output=True,
        )
        bare = median_launch([sys.executable, "-c", BARE], env)
        command = [sys.executable, "-m", "smmdesk", "--db", str(db), "--quit-after-paint"]
        app = median_launch(command, env)
        report(
            "launch to first painted main window (warm)",
            app,
            350,
            floor=bare,
            floor_name="bare QMainWindow + QTableView",
            max_ratio=3,
        )
        opened = median_launch(command, env, "opened_at")
        report(
            "launch to the database open and shown (warm)",
            opened,
            600,
            floor=bare,
            floor_name="bare QMainWindow + QTableView",
        )

        from smmdesk.domain.settings import AgencySettings
        from smmdesk.services.settings import update_agency_settings
        from smmdesk.storage.database import open_database
        from smmdesk.storage.engine import connect_sqlite

        database = open_database(db)
        values = iter(range(10**6))
        edit = samples_ms(
            lambda: update_agency_settings(database, AgencySettings(agency_fee=Decimal(next(values) % 100))),
            200,
            5,
        )
        database.close()
        raw = connect_sqlite(db)
        raw_values = iter(range(10**6))

        def raw_edit() -> None:
            raw.execute("BEGIN")
            raw.execute(
                "INSERT OR REPLACE INTO setting (key, value) VALUES ('agency.agency_fee', ?)",
                (str(next(raw_values) % 100),),
            )
            raw.execute("COMMIT")

        floor = samples_ms(raw_edit, 200, 5)
        raw.close()
        report(
            "save one edit (one transaction, median)",
            statistics.median(edit),
            5,
            floor=statistics.median(floor),
            floor_name="raw sqlite3 upsert, same pragmas",
        )
