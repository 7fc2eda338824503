"""Backups: made with the backup API, verified, rotated, listed, restored without destroying anything."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from smmdesk.domain.errors import StorageError
from smmdesk.domain.settings import AgencySettings
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.storage import backup
from smmdesk.storage.database import open_database

pytestmark = pytest.mark.file_only  # backups, the lock, damage and WAL belong to a file


def at(day: int, hour: int = 12) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, 0, tzinfo=dt.UTC)


def test_a_backup_of_an_open_database_is_complete_and_verified(db_path: Path) -> None:
    db = open_database(db_path)
    update_agency_settings(db, AgencySettings(agency_name="До копии"))
    info = backup.make_backup(db_path, "manual", keep=5)  # the database stays open, WAL and all
    update_agency_settings(db, AgencySettings(agency_name="После копии"))
    db.close()
    assert info.path.parent == db_path.parent / "planner.smmdesk.backups"
    assert backup.check_file(info.path, full=True) is None
    copy = open_database(info.path, read_only=True)
    try:
        assert read_agency_settings(copy).agency_name == "До копии"
    finally:
        copy.close()
    listed = backup.list_backups(db_path)
    assert [(b.path, b.reason) for b in listed] == [(info.path, "manual")]


def test_rotation_keeps_the_newest_and_one_per_recent_day(db_path: Path) -> None:
    open_database(db_path).close()
    for day in (20, 21, 22):
        backup.make_backup(db_path, "daily", keep=3, now=at(day))
    for hour in range(8, 18):
        backup.make_backup(db_path, "open", keep=3, now=at(23, hour))
    kept = backup.list_backups(db_path)
    # The three newest of the 23rd, plus the newest of each of the three most recent days.
    assert [(b.created.day, b.created.hour) for b in kept] == [
        (23, 17),
        (23, 16),
        (23, 15),
        (22, 12),
        (21, 12),
    ]


def test_daily_backup_is_due_after_a_day(db_path: Path) -> None:
    open_database(db_path).close()
    assert backup.daily_backup_due(db_path, now=at(20))
    backup.make_backup(db_path, "open", keep=5, now=at(20, 9))
    assert not backup.daily_backup_due(db_path, now=at(20, 20))
    assert backup.daily_backup_due(db_path, now=at(21, 9))


def test_restore_round_trip_backs_up_the_current_state_first(db_path: Path) -> None:
    db = open_database(db_path)
    update_agency_settings(db, AgencySettings(agency_name="Вторник"))
    tuesday = backup.make_backup(db_path, "manual", keep=5, now=at(24))
    update_agency_settings(db, AgencySettings(agency_name="Среда"))
    db.close()

    moved = backup.restore_backup(db_path, tuesday, keep=5)
    assert moved is None
    db = open_database(db_path)
    try:
        assert read_agency_settings(db).agency_name == "Вторник"
    finally:
        db.close()
    before_restore = [b for b in backup.list_backups(db_path) if b.reason == "restore"]
    assert len(before_restore) == 1
    wednesday = open_database(before_restore[0].path, read_only=True)
    try:
        assert read_agency_settings(wednesday).agency_name == "Среда"
    finally:
        wednesday.close()


def test_restoring_over_a_damaged_file_moves_it_aside(db_path: Path) -> None:
    db = open_database(db_path)
    good = backup.make_backup(db_path, "manual", keep=5)
    db.close()
    damaged_bytes = b"not a database any more" * 100
    db_path.write_bytes(damaged_bytes)
    moved = backup.restore_backup(db_path, good, keep=5, current_damaged=True)
    assert moved is not None and moved.read_bytes() == damaged_bytes
    assert backup.check_file(db_path) is None


def test_a_damaged_backup_is_not_restored(db_path: Path) -> None:
    db = open_database(db_path)
    info = backup.make_backup(db_path, "manual", keep=5)
    db.close()
    info.path.write_bytes(b"garbage" * 1000)
    before = db_path.read_bytes()
    with pytest.raises(StorageError):
        backup.restore_backup(db_path, info, keep=5)
    assert db_path.read_bytes() == before
    assert backup.newest_good_backup(db_path) is None


def test_a_backup_is_a_single_self_contained_file(db_path: Path) -> None:
    open_database(db_path).close()
    info = backup.make_backup(db_path, "manual", keep=5)
    with sqlite3.connect(info.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert not Path(str(info.path) + "-wal").exists()
