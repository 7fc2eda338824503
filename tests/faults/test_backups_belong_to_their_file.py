"""Backups that can be trusted: two files with one stem never share a backups folder or each other's
backups, a backup dated in the future neither stops the daily backups nor outranks real ones, and the
command-line import backs up first, as the window's import does."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest
from faults_support import agency_of, smmdesk
from PySide6.QtCore import Qt

from smmdesk.domain.settings import AgencySettings
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.services.workspace import open_workspace
from smmdesk.storage import backup
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.dialogs.restore_dialog import RestoreDialog

# Backups are a file's (a server's are its administrators').
pytestmark = pytest.mark.file_only


def _file(path: Path, agency: str) -> Path:
    db = open_workspace(path)
    try:
        update_agency_settings(db, AgencySettings(agency_name=agency))
    finally:
        db.close()
    return path


def test_two_files_with_one_stem_keep_their_backups_apart(
    tmp_path: Path, qtbot, user_settings, answers, russian
) -> None:
    ours, theirs = _file(tmp_path / "acme.smmdesk", "Наше"), _file(tmp_path / "acme.db", "Чужое")
    for path in (ours, theirs, ours):
        backup.make_backup(path, "manual", keep=10)
    assert {p.name for p in tmp_path.iterdir() if p.is_dir()} == {"acme.smmdesk.backups", "acme.db.backups"}
    assert len(backup.list_backups(ours)) == 2 and len(backup.list_backups(theirs)) == 1
    assert {agency_of(b.path) for b in backup.list_backups(ours)} == {"Наше"}

    ws = Workspace(user_settings)
    assert ws.open(ours)
    try:
        update_agency_settings(ws.db, AgencySettings(agency_name="Наше, позже"))
        dialog = RestoreDialog(ws)
        qtbot.addWidget(dialog)
        shown = [dialog.table.topLevelItem(i).toolTip(0) for i in range(dialog.table.topLevelItemCount())]
        assert sorted(shown) == sorted(str(b.path) for b in backup.list_backups(ours))
        answers.queue("confirm", True)
        dialog.accept()
        assert read_agency_settings(ws.db).agency_name == "Наше"
    finally:
        ws.close()
    assert agency_of(theirs) == "Чужое"


def _legacy_copy(source: Path, folder: Path, stamp: str, *, keep_identity: bool) -> Path:
    """A backup as an earlier version made it: in `<stem>.backups`, perhaps without an identity."""
    folder.mkdir(exist_ok=True)
    target = folder / f"{source.stem}-{stamp}-manual.sqlite"
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        if not keep_identity:
            dst.execute("DELETE FROM setting WHERE key = 'file.identity'")
    return target


def test_the_older_shared_folder_offers_each_file_only_its_own(tmp_path: Path) -> None:
    ours, theirs = _file(tmp_path / "acme.smmdesk", "Наше"), _file(tmp_path / "acme.db", "Чужое")
    shared = tmp_path / "acme.backups"
    mine = _legacy_copy(ours, shared, "20261101-100000", keep_identity=True)
    other = _legacy_copy(theirs, shared, "20261102-100000", keep_identity=True)
    nobodys = _legacy_copy(theirs, shared, "20261103-100000", keep_identity=False)
    assert [b.path for b in backup.list_backups(ours)] == [mine]
    assert [b.path for b in backup.list_backups(theirs)] == [other]
    # Without an identity a backup there could be either file's: offered only where no namesake exists.
    theirs.unlink()
    assert [b.path for b in backup.list_backups(ours)] == [nobodys, mine]


def test_a_backup_dated_in_the_future_neither_stops_daily_backups_nor_outranks_real_ones(
    db_path: Path,
) -> None:
    _file(db_path, "Часы")
    now = dt.datetime.now(dt.UTC)
    future = backup.make_backup(db_path, "daily", keep=3, now=now + dt.timedelta(days=400))
    real = [backup.make_backup(db_path, "daily", keep=3, now=now - dt.timedelta(days=d)) for d in (3, 2)]
    listed = backup.list_backups(db_path)
    assert [b.path for b in listed] == [real[1].path, real[0].path, future.path]
    assert backup.newest_good_backup(db_path) == real[1]
    assert backup.daily_backup_due(db_path)  # the newest real one is two days old
    for days in (1, 0):
        backup.make_backup(db_path, "daily", keep=3, now=now - dt.timedelta(days=days))
    kept = backup.list_backups(db_path)
    assert future.path not in [b.path for b in kept]  # rotated away as the oldest, not kept as the newest
    assert len(kept) == 3 and not backup.daily_backup_due(db_path)


def test_the_command_line_import_backs_up_first(demo_path: Path, tmp_path: Path) -> None:
    from conftest import SAMPLES

    db_path = tmp_path / "planner.smmdesk"
    shutil.copyfile(demo_path, db_path)
    with sqlite3.connect(db_path) as conn:
        before = conn.execute("SELECT count(*) FROM account").fetchone()[0]
    listing = str(SAMPLES / "influencers_agency_cp1251.csv")
    result = smmdesk("--db", str(db_path), "import", "influencers", listing, home=tmp_path)
    assert result.returncode == 0, result.stderr
    (made,) = backup.list_backups(db_path)
    assert made.reason == "import"
    with sqlite3.connect(made.path) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] == before
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM account").fetchone()[0] > before


def test_the_file_a_forced_demo_replaced_is_offered_back_in_words(
    tmp_path: Path, qtbot, user_settings, answers, russian
) -> None:
    planner = _file(tmp_path / "planner.smmdesk", "Агентство, которое заменили")
    replaced = smmdesk("--lang", "ru", "demo", str(planner), "--force", "--influencers", "5", home=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert agency_of(planner) == "Агентство «Северный ветер»"
    ws = Workspace(user_settings)
    assert ws.open(planner, background_backup=False)
    try:
        dialog = RestoreDialog(ws)
        qtbot.addWidget(dialog)
        rows = [dialog.table.topLevelItem(i).text(1) for i in range(dialog.table.topLevelItemCount())]
        assert rows == ["до замены файла демо-базой"]
        answers.queue("confirm", True)
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
        assert read_agency_settings(ws.db).agency_name == "Агентство, которое заменили"
    finally:
        ws.close()


def test_every_reason_a_backup_is_made_for_has_words() -> None:
    from smmdesk.ui.dialogs.restore_dialog import REASON_LABELS

    assert set(REASON_LABELS) == set(backup.REASONS)
