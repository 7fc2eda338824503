"""Reading writes nothing: a read-only database and a backup read by the window or a command are
left byte for byte, with no shared-memory or WAL file beside them afterwards (a backup stays a
single file that any SQLite reads)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import digest
from faults_support import agency_of, smmdesk

from smmdesk.services.workspace import backup_now, list_backups, open_workspace

# Files beside files: a server has none.
pytestmark = pytest.mark.file_only


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def test_a_read_only_database_read_leaves_nothing_beside_it(
    demo_path: Path, tmp_path: Path, user_settings, answers, russian
) -> None:
    from smmdesk.ui.core.workspace import Workspace

    planner = tmp_path / "shared" / "planner.smmdesk"
    planner.parent.mkdir()
    shutil.copyfile(demo_path, planner)
    planner.chmod(0o444)  # the folder stays writable: SQLite could make its files there
    before = digest(planner)
    out = tmp_path / "base.csv"
    exported = smmdesk("--db", str(planner), "export", "influencers", "--out", str(out), home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert _beside(planner) == []
    ws = Workspace(user_settings)
    assert ws.open(planner)
    try:
        assert ws.read_only
        assert _beside(planner) == []  # not even while it is open
    finally:
        ws.close()
    assert _beside(planner) == [] and digest(planner) == before


def test_a_backup_read_stays_one_file_as_it_was(demo_path: Path, user_settings, qtbot, russian) -> None:
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.dialogs.restore_dialog import RestoreDialog

    db = open_workspace(demo_path)
    try:
        made = backup_now(db, "manual", 10)
    finally:
        db.close()
    assert made is not None
    kept = digest(made.path)
    assert agency_of(made.path) == "Агентство «Северный ветер»"  # read as a database, read-only
    assert [b.path for b in list_backups(demo_path)] == [made.path]
    ws = Workspace(user_settings)
    assert ws.open(demo_path, background_backup=False)
    try:
        qtbot.addWidget(RestoreDialog(ws))  # lists the backups, reading each one's identity
    finally:
        ws.close()
    assert sorted(p.name for p in made.path.parent.iterdir()) == [made.path.name]
    assert digest(made.path) == kept
    assert sqlite3.connect(made.path).execute("PRAGMA journal_mode").fetchone() == ("delete",)
