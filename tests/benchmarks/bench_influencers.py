"""The influencer base at 100,000: first screen, filter keystroke, sort, scroll, import, memory."""

from __future__ import annotations

import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench_shell import median_launch
from common import isolated_env, percentile, report
from fixtures import big_csv, big_database

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run() -> None:
    database = big_database()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        env = isolated_env(home)
        copy = home / "big.smmdesk"
        shutil.copyfile(database, copy)
        from bench_shell import BARE

        bare = median_launch([sys.executable, "-c", BARE], env, runs=5)
        command = [sys.executable, "-m", "smmdesk", "--db", str(copy), "--quit-after-paint"]
        # The first page, read by an indexed query before the database layer is even loaded.
        first = median_launch(command, env, "first_screen_at", runs=5)
        report(
            "launch to first painted influencer screen (100k)",
            first,
            400,
            floor=bare,
            floor_name="bare QMainWindow + QTableView",
        )
        opened = median_launch(command, env, "opened_at", runs=5)
        report(
            "launch to the base open and its first page shown",
            opened,
            800,
            floor=bare,
            floor_name="bare window",
        )
        # In a process of its own: the memory figure is the window's, not what making the base cost.
        subprocess.run(
            [sys.executable, "-c", WINDOW_FIGURES.format(here=str(HERE), root=str(ROOT), path=str(copy))],
            env=dict(env, PYTHONPATH=str(ROOT)),
            check=True,
        )
    import_figure()


WINDOW_FIGURES = (
    "import sys; sys.path[:0] = [{here!r}, {root!r}]; import bench_influencers; "
    "bench_influencers.window_figures(__import__('pathlib').Path({path!r}))"
)


def window_figures(path: Path) -> None:
    from PySide6.QtCore import QSettings, Qt
    from PySide6.QtWidgets import QApplication

    from smmdesk.i18n import install_translations
    from smmdesk.ui.core.settings import UserSettings
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.influencers import InfluencersWindow

    app = QApplication.instance() or QApplication([])
    install_translations("ru")
    before = rss_mb()
    settings = UserSettings(QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat))
    workspace = Workspace(settings)
    workspace.open(path, background_backup=False)
    window = InfluencersWindow(workspace, settings)
    window.resize(1366, 768)
    window.show()
    deadline = time.time() + 60
    while window.loading and time.time() < deadline:
        app.processEvents()
    rows = len(window.model.rows)
    viewport = window.table.viewport()
    app.processEvents()

    def timed(action) -> float:  # type: ignore[no-untyped-def]
        start = time.perf_counter()
        action()
        viewport.repaint()
        return (time.perf_counter() - start) * 1000

    keystrokes = []
    for word in ("анна", "москва", "blog", "кузнецова", "красота"):
        for i in range(1, len(word) + 1):
            keystrokes.append(timed(lambda w=word[:i]: window.search.setText(w)))
        keystrokes.append(timed(lambda: window.search.setText("")))
    texts = [row.search_text() for row in window.model.rows]
    floor = statistics.median(
        timed(lambda: [i for i in range(len(texts)) if "анна" in texts[i]]) for _ in range(5)
    )
    report(
        f"filter keystroke to repaint, median ({rows} rows)",
        statistics.median(keystrokes),
        30,
        floor=floor,
        floor_name="scan of the search texts + repaint",
    )
    report("filter keystroke to repaint, 95th percentile", percentile(keystrokes, 95), 60)

    header_sorts = []
    for key in ("followers", "er", "city", "name", "price:photo_with_product"):
        column = window.model.column_index(key)
        window.table.horizontalHeader().setSectionHidden(column, False)
        window.model.table._sort_keys.clear()
        for order in (Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder):
            header_sorts.append(timed(lambda c=column, o=order: window.table.sortByColumn(c, o)))
    ints = [row.followers or 0 for row in window.model.rows]
    sort_floor = statistics.median(
        timed(lambda: sorted(range(len(ints)), key=ints.__getitem__)) for _ in range(3)
    )
    report(
        "sort by a column (cold keys), median",
        statistics.median(header_sorts),
        100,
        floor=sort_floor,
        floor_name="sorted() of the same number of ints",
    )
    report("sort by a column, worst", max(header_sorts), 100)

    bar = window.table.verticalScrollBar()
    rng = random.Random(1)
    frames = [timed(lambda: bar.setValue(rng.randrange(bar.maximum() or 1))) for _ in range(60)]
    paint_only = statistics.median(timed(lambda: None) for _ in range(20))
    report(
        "scroll frame (jump and repaint), median",
        statistics.median(frames),
        16,
        floor=paint_only,
        floor_name="repaint without scrolling",
    )
    report(
        "memory after loading (RSS, MB)",
        rss_mb(),
        300,
        unit="MB",
        floor=before,
        floor_name="process before opening the base",
    )
    workspace.close()


def import_figure() -> None:
    from smmdesk.services import influencer_import as imp
    from smmdesk.storage.database import open_database

    csv_path = big_csv()
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "import.smmdesk"
        db = open_database(target)
        start = time.perf_counter()
        table = imp.open_file(csv_path)
        with db.transaction() as session:
            plan = imp.plan_import(session, table)
            result = imp.apply_import(session, plan)
        total = time.perf_counter() - start
        db.close()
        floor_path = Path(tmp) / "floor.smmdesk"
        open_database(floor_path).close()
        floor = raw_insert_floor(floor_path, plan)
    report(
        f"import of a {result.added}-row CSV, end to end",
        total * 1000,
        5000,
        floor=floor * 1000,
        floor_name="raw sqlite3.executemany of the same rows",
    )


def raw_insert_floor(path: Path, plan) -> float:  # type: ignore[no-untyped-def]
    """The same people, accounts and terms written with nothing but sqlite3.executemany."""
    now = "2026-11-26 00:00:00.000000"
    accounts = [p.incoming for p in plan.accounts]
    codes = {"photo_with_product": 1, "photo_at_event": 2, "video_with_product": 3, "video_at_event": 4}
    people = [
        (
            i + 1,
            a.values.get("name", ""),
            a.values.get("city", ""),
            a.values.get("topics", ""),
            a.values.get("status", "new"),
            "",
            a.values.get("tax_status", ""),
            a.values.get("phone", ""),
            a.values.get("email", ""),
            "",
            "",
            "",
            a.values.get("notes", ""),
            0,
            now,
            now,
        )
        for i, a in enumerate(accounts)
    ]
    account_rows = [
        (
            i + 1,
            i + 1,
            a.platform,
            a.handle,
            a.values.get("url", ""),
            a.values.get("followers"),
            int(a.values["er"] * 100) if a.values.get("er") is not None else None,
            None,
            None,
            now,
            now,
        )
        for i, a in enumerate(accounts)
    ]
    terms = [
        (i + 1, codes[c], int(p * 100), "", "", "", "", now)
        for i, a in enumerate(accounts)
        for c, p in a.prices.items()
        if c in codes
    ]
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    start = time.perf_counter()
    connection.execute("BEGIN")
    connection.executemany(
        "INSERT INTO influencer (id, name, city, topics, status, blacklist_reason, tax_status, phone, email, "
        "messenger, audience_geo, audience_age, notes, archived, created_at, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        people,
    )
    connection.executemany(
        "INSERT INTO account (id, influencer_id, platform, handle, url, followers, er, avg_reach, avg_views, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        account_rows,
    )
    connection.executemany(
        "INSERT INTO terms (account_id, format_id, price, price_note, included, product, exclusivity, "
        "updated_at) "
        "VALUES (?,?,?,?,?,?,?,?)",
        terms,
    )
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - start
    connection.close()
    return elapsed
