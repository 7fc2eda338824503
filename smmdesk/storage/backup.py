"""Rotating backups made with SQLite's backup API, each verified; restore that never destroys.

Backups live in a folder beside the database named after the whole file name
(`acme.smmdesk.backups/`), so two files with one stem (`acme.smmdesk`, `acme.db`) never share
one. Each database carries an identity (a random id in its `setting` table) that its backups
inherit: a restore offers only backups of the file being restored. Folders of the older
`<stem>.backups` layout are still read, by that identity.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import sqlite3
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.atomic import TEMP_MARK, atomic_output
from smmdesk.storage.engine import as_os_error, sqlite_uri

log = logging.getLogger("smmdesk.db")

REASONS = ("open", "daily", "migration", "manual", "restore", "import", "replace")
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:-(?P<n>\d+))?-(?P<reason>[a-z]+)\.sqlite$")
DAILY_INTERVAL = dt.timedelta(hours=24)
# A backup dated later than this ahead of the clock was made by a clock set wrong: it counts last.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
IDENTITY_KEY = "file.identity"
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: dt.datetime  # aware, UTC
    reason: str
    size: int


def backup_dir(db_path: Path) -> Path:
    """The folder of this file's backups: named after the whole file name, never shared."""
    return db_path.parent / f"{db_path.name}.backups"


def legacy_backup_dir(db_path: Path) -> Path:
    """Where earlier versions kept backups (by the stem alone, so two files could share it)."""
    return db_path.parent / f"{db_path.stem}.backups"


def sidecar_files(db_path: Path) -> list[Path]:
    """The database and the files SQLite keeps beside it (WAL, shared memory, rollback journal)."""
    return [db_path] + [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def check_file(path: Path, *, full: bool = False, immutable: bool = False) -> str | None:
    """None when the file is a sound SQLite database, else the problem in SQLite's words.

    Opens read-only: checking a file never writes to it. A file that cannot be opened or read
    because of the disk (permissions, an I/O error) raises the OSError instead: that is not damage.
    """
    try:
        connection = sqlite3.connect(sqlite_uri(path, read_only=True, immutable=immutable), uri=True)
    except sqlite3.Error as exc:
        _raise_if_machine(exc, path)
        return str(exc)
    try:
        pragma = "integrity_check" if full else "quick_check"
        rows = connection.execute(f"PRAGMA {pragma}").fetchall()
        result = "; ".join(str(row[0]) for row in rows[:5])
        return None if result == "ok" else result
    except sqlite3.Error as exc:
        _raise_if_machine(exc, path)
        return str(exc)
    finally:
        connection.close()


def _raise_if_machine(exc: sqlite3.Error, path: Path) -> None:
    problem = as_os_error(exc, path)
    if problem is not None and problem.errno is not None:
        raise problem from exc


# --- the file's identity -----------------------------------------------------------------------------


def file_identity(path: Path) -> str | None:
    """The identity recorded in a database (or a backup of it); None when it has none or is unreadable."""
    try:
        connection = sqlite3.connect(sqlite_uri(path, read_only=True), uri=True)
    except sqlite3.Error:
        return None
    try:
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (IDENTITY_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    finally:
        connection.close()
    return str(row[0]) if row and row[0] else None


def ensure_identity(path: Path) -> str:
    """Records an identity in the database when it has none yet; returns it. Writes to the file."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        connection.execute(
            "INSERT OR IGNORE INTO setting (key, value) VALUES (?, ?)", (IDENTITY_KEY, uuid.uuid4().hex)
        )
        row = connection.execute("SELECT value FROM setting WHERE key = ?", (IDENTITY_KEY,)).fetchone()
    finally:
        connection.close()
    return str(row[0])


def adopt_identity(path: Path, identity: str) -> None:
    """Gives a database the identity of the file it replaces at the same place (a demo written over
    a file with --force): the backups of the file replaced stay offered for restoring it."""
    connection = sqlite3.connect(path, isolation_level=None, timeout=5)
    try:
        connection.execute(
            "INSERT INTO setting (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (IDENTITY_KEY, identity),
        )
    finally:
        connection.close()


def _has_namesake(db_path: Path) -> bool:
    """Another database file beside this one with the same stem (`acme.db` beside `acme.smmdesk`)."""
    try:
        siblings = [p for p in db_path.parent.iterdir() if p.stem == db_path.stem and p.name != db_path.name]
    except OSError:
        return False
    for sibling in siblings:
        try:
            with sibling.open("rb") as handle:
                if sibling.is_file() and handle.read(16) == SQLITE_HEADER:
                    return True
        except OSError:
            continue
    return False


# --- listing -----------------------------------------------------------------------------------------


def _named_backups(folder: Path, stem: str) -> list[BackupInfo]:
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if not match or match["stem"] != stem or not entry.is_file():
            continue
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S").replace(tzinfo=dt.UTC)
        found.append(BackupInfo(entry, created, match["reason"], entry.stat().st_size))
    return found


def ranked(backups: list[BackupInfo], now: dt.datetime | None = None) -> list[BackupInfo]:
    """Newest first; a backup dated in the future (a clock set wrong) after every real one."""
    horizon = (now or dt.datetime.now(dt.UTC)) + FUTURE_TOLERANCE
    return sorted(backups, key=lambda b: (b.created <= horizon, b.created, b.path.name), reverse=True)


def list_backups(db_path: Path, now: dt.datetime | None = None) -> list[BackupInfo]:
    """This database's backups, newest first: those in its own folder that carry its identity (or
    none, made before identities were recorded), and those of the older shared folder that carry
    its identity, or none when no other file could have made them."""
    identity = file_identity(db_path) if db_path.exists() else None
    mine = []
    for info in _named_backups(backup_dir(db_path), db_path.stem):
        theirs = file_identity(info.path)
        if theirs is None or identity is None or theirs == identity:
            mine.append(info)
    legacy = legacy_backup_dir(db_path)
    if legacy != backup_dir(db_path):
        shared = _has_namesake(db_path)
        for info in _named_backups(legacy, db_path.stem):
            theirs = file_identity(info.path)
            if (theirs is not None and theirs == identity) or (theirs is None and not shared):
                mine.append(info)
    return ranked(mine, now)


def newest_good_backup(db_path: Path) -> BackupInfo | None:
    for backup in list_backups(db_path):
        if check_file(backup.path) is None:
            return backup
    return None


def remove_leftovers(db_path: Path) -> list[Path]:
    """Deletes what killed backups and restores left behind (their temporary files); the caller
    holds the file's lock, so no other program is writing them."""
    removed = []
    for folder in {backup_dir(db_path), legacy_backup_dir(db_path)}:
        if not folder.is_dir():
            continue
        for entry in folder.iterdir():
            if TEMP_MARK in entry.name or entry.name.endswith(".part"):
                entry.unlink(missing_ok=True)
                removed.append(entry)
    staged = db_path.with_name(db_path.name + ".restoring")
    for entry in (staged, *(p for p in db_path.parent.glob(f".{staged.name}{TEMP_MARK}*"))):
        if entry.exists():
            entry.unlink()
            removed.append(entry)
    for entry in removed:
        log.warning("removed %s, left by an interrupted backup", entry)
    return removed


# --- making and rotating --------------------------------------------------------------------------------


def file_mode(path: Path) -> int | None:
    """A file's permission bits (0o600 for a private one); None when there is no file."""
    try:
        return stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return None


def is_read_only_file(path: Path) -> bool:
    """A file nobody may write to: no write bit set (which binds even an administrator, who
    ignores permissions, by the program's own rule) or not writable for this user."""
    mode = file_mode(path)
    return mode is not None and (not mode & 0o222 or not os.access(path, os.W_OK))


def refuse_read_only_target(target: Path) -> None:
    """A read-only file is never replaced: raises StorageError in words."""
    if is_read_only_file(target):
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is a read-only file, so it was not replaced: nothing was written."
            ),
            name=target.name,
        )


def copy_database(
    source: Path,
    target: Path,
    *,
    replacing: bool = False,
    source_uri: str | None = None,
    mode: int | None = None,
) -> None:
    """Copies a live database consistently through the backup API, verified, through the atomic
    writer: a copy killed or refused midway leaves no file at `target` and the earlier one intact.

    With `replacing`, a database already at `target` (which no program has open) is replaced,
    and its WAL and journal go with it: they would otherwise be replayed onto the copy; a
    read-only file there is refused. `source_uri` says how to read the source (an open database's
    own URI, read-only). The copy gets `mode`, else the source's permission bits: a private
    database (0600) has private backups and copies."""
    if replacing:
        refuse_read_only_target(target)
    with atomic_output(target, check=lambda p: check_file(p, full=True)) as temp:
        _backup_api_copy(source, source_uri or sqlite_uri(source, read_only=True), temp, target)
        kept = mode if mode is not None else file_mode(source)
        if kept is not None:
            os.chmod(temp, kept)
        if replacing:
            for stale in sidecar_files(target)[1:]:
                stale.unlink(missing_ok=True)
    for stale in sidecar_files(temp)[1:]:
        stale.unlink(missing_ok=True)  # the check's read-only look leaves them beside the temporary file


def _backup_api_copy(source: Path, uri: str, temp: Path, target: Path) -> None:
    src = sqlite3.connect(uri, uri=True)
    try:
        dst = sqlite3.connect(temp)
        try:
            src.backup(dst)
            # A backup is a single file: no WAL beside it, readable by any SQLite.
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    except sqlite3.Error as exc:
        machine = as_os_error(exc, target)
        if machine is not None:
            raise machine from exc
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "The copy of {name} failed: {problem}"),
            name=source.name,
            problem=str(exc),
        ) from exc
    finally:
        src.close()


class BackupsOffError(StorageError):
    """Something other than a folder is where the backups go: no backup can be made until it is
    moved; the database and that thing are left exactly as they are."""

    def __init__(self, db_path: Path) -> None:
        self.path = db_path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Backups of {name} are off: {folder} beside it is a file, not a folder. Rename or move "
                "that file to turn them back on. Nothing was lost; the work goes on without backups.",
            ),
            name=db_path.name,
            folder=backup_dir(db_path).name,
        )


def _backups_folder(db_path: Path) -> Path:
    """The backups folder, made when missing; BackupsOffError when a file (or anything else) has
    its name."""
    folder = backup_dir(db_path)
    if os.path.lexists(folder) and not folder.is_dir():
        raise BackupsOffError(db_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise BackupsOffError(db_path) from None
    return folder


def make_backup(db_path: Path, reason: str, keep: int, now: dt.datetime | None = None) -> BackupInfo:
    """A verified copy of the database in its backups folder; older copies rotated away."""
    if reason not in REASONS:
        raise ValueError(reason)
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    folder = _backups_folder(db_path)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = folder / f"{db_path.stem}-{stamp}-{reason}.sqlite"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{db_path.stem}-{stamp}-{counter}-{reason}.sqlite"
    copy_database(db_path, target)
    info = BackupInfo(target, now.replace(microsecond=0), reason, target.stat().st_size)
    log.info("backup %s made (%s)", target.name, reason)
    rotate(db_path, keep)
    return info


def rotate(db_path: Path, keep: int) -> list[Path]:
    """Keeps the `keep` newest backups and, for the `keep` most recent days, each day's newest.

    Opening the file ten times in one afternoon must not push yesterday's backup out. Only this
    file's backups are counted and removed; a backup dated in the future counts as the oldest.
    """
    now = dt.datetime.now(dt.UTC)
    backups = list_backups(db_path, now)
    retained = {b.path for b in backups[: max(keep, 1)]}
    days: dict[dt.date, BackupInfo] = {}
    for backup in backups:
        if backup.created <= now + FUTURE_TOLERANCE:
            days.setdefault(backup.created.date(), backup)
    for day in sorted(days, reverse=True)[: max(keep, 1)]:
        retained.add(days[day].path)
    removed = [b.path for b in backups if b.path not in retained]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def daily_backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """A day has passed since the newest real backup (one dated in the future does not count)."""
    now = now or dt.datetime.now(dt.UTC)
    real = [b for b in list_backups(db_path, now) if b.created <= now + FUTURE_TOLERANCE]
    return not real or now - real[0].created >= DAILY_INTERVAL


# --- replacing and restoring --------------------------------------------------------------------------


def move_aside(db_path: Path, now: dt.datetime | None = None, label: str = "damaged") -> Path:
    """Renames a database (and its WAL and journal) out of the way, keeping every byte."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%d-%H%M%S")
    moved = db_path.with_name(f"{db_path.stem}.{label}-{stamp}{db_path.suffix}")
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
    # The restored file keeps the permissions of the file it replaces.
    staged = db_path.with_name(db_path.name + ".restoring")
    copy_database(backup.path, staged, mode=file_mode(db_path))
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
