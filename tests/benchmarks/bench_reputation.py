"""The Репутация section at 500,000 mentions (issue 14): the import of a 500,000-row CSV end to end
(read, merge, written in one transaction with the full-text index) on a file and on a server, a
search keystroke in the queue, the queue's filters, and the memory with the section open.

Floors measured in the same run: `csv.reader` over the decoded file (the import), FTS5's own MATCH
of the search's words (a keystroke), a bare count of the brand's mentions (a filter), and the
process before the section was opened (memory).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from common import report
from mention_fixtures import big_mentions_csv

ROWS = 500_000
TYPED = "курьер опоздал"
KEYSTROKES = tuple(TYPED[:n] for n in range(1, len(TYPED) + 1))  # the box after each key
NOW = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)


def _import(url: str | Path, path: Path) -> tuple[float, int]:
    from smmdesk.services import campaigns
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(url, upgrade_schema=True) if isinstance(url, str) else open_workspace(url)
    try:
        with db.transaction() as session:
            client = campaigns.create_client(session, "Северный Ветер")
        started = time.perf_counter()
        with db.transaction() as session:
            preview = imp.preview_import(session, client, path, service="Brand Analytics")
            result = imp.apply_import(session, preview)
        elapsed = time.perf_counter() - started
    finally:
        db.close()
    assert result.added == ROWS, result
    return elapsed, client


def _floor(path: Path) -> float:
    text = path.read_bytes().decode("cp1251")
    started = time.perf_counter()
    sum(1 for _ in csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    return time.perf_counter() - started


def _queue_figures(file: Path, client: int) -> None:
    from sqlalchemy import func, select, text

    from smmdesk.domain.reputation.search import fts5_query, parse_search
    from smmdesk.services.reputation.queue import QueueFilter, queue
    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.models import Mention

    db = open_workspace(file)
    try:
        with db.reading() as session:
            queue(session, client, QueueFilter(search="прогрев"), now=NOW)  # caches warm
            typed, bare = [], []
            for _ in range(3):
                for box in KEYSTROKES:
                    started = time.perf_counter()
                    queue(session, client, QueueFilter(search=box), now=NOW)
                    typed.append((time.perf_counter() - started) * 1000)
                    terms = parse_search(box)
                    started = time.perf_counter()
                    session.execute(
                        text("SELECT rowid FROM mention_fts WHERE mention_fts MATCH :q LIMIT 500"),
                        {"q": fts5_query(terms)},
                    ).all()
                    bare.append((time.perf_counter() - started) * 1000)
            filters = [
                QueueFilter(sentiment="negative"),
                QueueFilter(service="Brand Analytics"),
                QueueFilter(overdue=True),
                QueueFilter(status="new", sentiment="negative"),
                QueueFilter(source="reviews"),
                QueueFilter(start=dt.date(2026, 11, 10), end=dt.date(2026, 11, 12)),
            ]
            chosen, counted = [], []
            for _ in range(3):
                for spec in filters:
                    started = time.perf_counter()
                    queue(session, client, spec, now=NOW)
                    chosen.append((time.perf_counter() - started) * 1000)
                    started = time.perf_counter()
                    session.scalar(select(func.count(Mention.id)).where(Mention.client_id == client))
                    counted.append((time.perf_counter() - started) * 1000)
    finally:
        db.close()
    report("reputation: search keystroke, median (500k)", statistics.median(typed), 50,
           floor=statistics.median(bare), floor_name="FTS5 MATCH alone")  # fmt: skip
    report("reputation: queue filter, median (500k)", statistics.median(chosen), 30,
           floor=statistics.median(counted), floor_name="count of the brand's mentions")  # fmt: skip
    report("reputation: queue filter, slowest (500k)", max(chosen), 30 * 3)


def _memory_apart(file: Path, client: int) -> None:
    """The memory figure in a process of its own (this one has held the whole import)."""
    here = Path(__file__).resolve().parent
    code = (
        f"import sys; sys.path[:0] = [{str(here)!r}, {str(here.parents[1])!r}]; "
        f"from pathlib import Path; import bench_reputation as b; b._memory(Path({str(file)!r}), {client})"
    )
    subprocess.run(
        [sys.executable, "-c", code], check=True, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")
    )


def _peak_mb() -> float:
    """The process's peak resident memory. On Linux from /proc (`VmHWM`): `ru_maxrss` of a process
    started from a bigger one reports the parent's peak (it is carried across fork and exec)."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (line,) = (line for line in status.splitlines() if line.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _memory(file: Path, client: int) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.reputation import ReputationWindow

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        settings = UserSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        workspace = Workspace(settings)
        workspace.open(file, background_backup=False)
        app.processEvents()
        before = _peak_mb()
        window = ReputationWindow(workspace, settings)
        window.resize(1366, 698)
        window.show()
        window.choose(client)
        for tab in range(window.tabs.count()):
            window.tabs.setCurrentIndex(tab)
            app.processEvents()
        window.queue.search.setText("курьер")
        window.queue.apply_filter()
        app.processEvents()
        after = _peak_mb()
        window.close()
        workspace.close()
    report("reputation: memory with the section open (500k)", after, 400, unit="MB", floor=before,
           floor_name="the process before it")  # fmt: skip


def run() -> None:
    path = big_mentions_csv(ROWS)
    floor = _floor(path)
    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "big.smmdesk"
        elapsed, client = _import(file, path)
        report("reputation: import 500k-row CSV on a file", elapsed, 30, unit="s", floor=floor,
               floor_name="csv.reader")  # fmt: skip
        _queue_figures(file, client)
        _memory_apart(file, client)
    from pgserver import available, server_database

    if not available():
        print("reputation: no PostgreSQL server to measure the import on")
        return
    with server_database("smmdesk_bench_reputation") as url:
        elapsed, _ = _import(url, path)
    report("reputation: import 500k-row CSV on a server", elapsed, 30, unit="s", floor=floor,
           floor_name="csv.reader")  # fmt: skip
