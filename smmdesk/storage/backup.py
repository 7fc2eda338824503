"""Rotating backups made with SQLite's backup API, each verified; restore that never destroys.

Backups live in a folder beside the database (`<name>.backups/`), named by UTC time and reason,
so the planner can see and copy them. A damaged file is moved aside, never overwritten.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.engine import sqlite_uri

log = logging.getLogger("smmdesk.db")

REASONS = ("open", "daily", "migration", "manual", "restore", "import")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite$")
DAILY_INTERVAL = dt.timedelta(hours=24)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # aware, UTC
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / f"{db_path.stem}.backups"


def sidecar_files(db_path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it (WAL, shared memory, rollback journal)."""
    return [db_path] + [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def check_file(path: Path, *, full: bool = False) -> str | None:
    """None when the file is a sound SQLite database, else the problem in SQLite's words.

    Opens read-only: checking a file never writes to it.
    """
    try:
        connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        result = "; ".join(str(row[0]) for row in rows[:5])
        return None if result == "ok" else result
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        connection.close()


def list_backups(db_path: Path) -> list[BackupInfo]:
    """This database's backups, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != db_path.stem or not entry.is_file():
            continue
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        found.append(BackupInfo(entry, created, match["reason"], entry.stat().st_size))
    found.sort(key=lambda b: (b.created, b.path.name), reverse=True)
    return found


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    for backup in list_backups(db_path):
        if check_file(backup.path) is None:
            return backup
    return None


def _copy_database(source: Path, target: Path) -> None:
    """Copies a live database consistently through the backup API, then verifies the copy."""
    tmp = target.with_name(target.name + ".part")
    tmp.unlink(missing_ok=True)
    src = sqlite3.connect(sqlite_uri(source, read_only=True), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            # A backup is a single file: no WAL beside it, readable by any SQLite.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    problem = check_file(tmp, full=True)
    if problem is not None:
        tmp.unlink(missing_ok=True)
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The copy of {name} failed its integrity check: {problem}"),
            name=source.name,
            problem=problem,
        )
    os.replace(tmp, target)


def make_backup(db_path: Path, reason: str, keep: int, now: dt.datetime | None = None) -> BackupInfo:
    """A verified copy of the database in its backups folder; older copies rotated away."""
    if reason not in REASONS:
        raise ValueError(reason)
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = backup_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{stamp}-{counter}-{reason}.sqlite"
    _copy_database(db_path, target)
    info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)
    log.info("backup %s made (%s)", target.name, reason)
    rotate(db_path, keep)
    return info


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Keeps the `keep` newest backups and, for the `keep` most recent days, each day's newest.

    Opening the file ten times in one afternoon must not push yesterday's backup out.
    """
    backups = list_backups(db_path)
    retained = {b.path for b in backups[: max(keep, 1)]}
    days: dict[dt.date, BackupInfo] = {}
    for backup in backups:
        days.setdefault(backup.created.date(), backup)
    for day in sorted(days, reverse=True)[: max(keep, 1)]:
        retained.add(days[day].path)
    removed = [b.path for b in backups if b.path not in retained]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(db_path)
    return not backups or now - backups[0].created >= DAILY_INTERVAL


def move_aside(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Renames a damaged database (and its WAL and journal) out of the way, keeping every byte."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    moved = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    for source in sidecar_files(db_path):
        if source.exists():
            os.replace(source, moved.with_name(moved.name + source.name[len(db_path.name) :]))
    return moved


def restore_backup(
    db_path: Path, backup: BackupInfo, keep: int, *, current_damaged: bool = False
) -> Path | None:
    """Puts a backup in place of the database; the caller has closed every connection to it.

    A sound current file is itself backed up first; a damaged one is moved aside. Returns the
    path where the damaged file now is, if any.
    """
    problem = check_file(backup.path, full=True)
    if problem is not None:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The backup {name} is damaged and cannot be restored: {problem}"),
            name=backup.path.name,
            problem=problem,
        )
    # Staged first: backing up the current file rotates, and may remove the backup being restored.
    staged = db_path.with_name(db_path.name + ".restoring")
    _copy_database(backup.path, staged)
    moved: Path | None = None
    if db_path.exists():
        if current_damaged or check_file(db_path) is not None:
            moved = move_aside(db_path)
        else:
            make_backup(db_path, "restore", keep)
    for stale in sidecar_files(db_path)[1:]:
        # A WAL left from the file being replaced would be replayed onto the restored one.
        stale.unlink(missing_ok=True)
    os.replace(staged, db_path)
    log.info("restored %s from %s", db_path, backup.path.name)
    return moved
