"""The database file before it opens: its schema's revision read, why it cannot be written to, what is
not a regular file refused, and a new empty file made."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage import backup, migrate
from smmdesk.storage.database_errors import DamagedDatabaseError, ForeignDatabaseError
from smmdesk.storage.engine import connect_sqlite, create_sqlite_engine, sqlite_uri


def _file_revision(path: Path, immutable: bool) -> str | None:
    connection = sqlite3.connect(sqlite_uri(path, read_only=True, immutable=immutable), uri=True)
    try:
        return migrate.sqlite_revision(connection)
    except migrate.MissingRevision:
        raise DamagedDatabaseError(
            path, "the table of schema versions is empty", backup.newest_good_backup(path)
        ) from None
    except LookupError:
        raise ForeignDatabaseError(path) from None
    finally:
        connection.close()


def read_only_reason(path: Path) -> str:
    """Why the file cannot be written to: "disk", "folder" or "file"; "" when it can.

    The folder matters as much as the file: SQLite writes its journal beside the database."""
    try:
        if os.statvfs(path.parent).f_flag & os.ST_RDONLY:
            return "disk"
    except (OSError, AttributeError):  # Windows has no statvfs
        pass
    if not os.access(path.parent, os.W_OK):
        return "folder"
    if backup.is_read_only_file(path):
        return "file"
    return ""


def _needs_immutable(path: Path, reason: str) -> bool:
    """A file nobody may write to, with no WAL beside it, is read as immutable: in a folder nobody
    can write to SQLite cannot create its shared memory, and beside a read-only file it would leave
    its shared memory and WAL behind after reading. Safe, as nobody can be writing to it without
    a WAL beside it."""
    wal = path.with_name(path.name + "-wal")
    return reason in ("disk", "folder", "file") and not (wal.exists() and wal.stat().st_size > 0)


def prepare_for_writing(path: Path) -> None:
    """What opening a sound file for writing does before anything else: clears what an interrupted
    backup left, and records the file's identity (its backups carry it)."""
    backup.remove_leftovers(path)
    backup.ensure_identity(path)


class NotADatabaseFileError(StorageError):
    """The path names a folder, a device, a pipe or a socket: nothing is opened, made or removed."""

    def __init__(self, path: Path, kind: str) -> None:
        self.path = path
        self.kind = kind  # "folder" or "special"
        message = (
            QT_TRANSLATE_NOOP("Errors", "{name} is a folder, not a database file; nothing was changed.")
            if kind == "folder"
            else QT_TRANSLATE_NOOP(
                "Errors",
                "{name} is not a regular file (a device, a pipe or a socket), so it cannot hold a "
                "database; nothing was changed.",
            )
        )
        super().__init__(message, name=path.name or str(path))


def refuse_non_file(path: Path) -> None:
    """Raises NotADatabaseFileError when something other than a regular file is at `path` (through
    symlinks); nothing there, or a regular file, passes. Reading a pipe would block, writing to a
    device would send the database into it, and replacing either would destroy it."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError:
        return  # unreadable: whoever opens it says why
    if stat.S_ISDIR(mode):
        raise NotADatabaseFileError(path, "folder")
    if not stat.S_ISREG(mode):
        raise NotADatabaseFileError(path, "special")


def create_database(path: Path) -> None:
    """A new, empty file at the current schema."""
    refuse_non_file(path)
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connect_sqlite(path).close()
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
