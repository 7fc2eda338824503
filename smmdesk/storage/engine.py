"""Engines for SQLite files, with the connection pragmas of DESIGN.md (servers: `storage.server`)."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger("smmdesk.db")

BUSY_TIMEOUT_MS = 5000

# SQLite's primary result codes that mean the machine refused, not that the file is damaged.
_MACHINE_CODES = {
    13: errno.ENOSPC,  # SQLITE_FULL
    10: errno.EIO,  # SQLITE_IOERR
    8: errno.EACCES,  # SQLITE_READONLY
    14: errno.EACCES,  # SQLITE_CANTOPEN
    3: errno.EACCES,  # SQLITE_PERM
}


def as_os_error(exc: BaseException, path: Path | str | None = None) -> OSError | None:
    """An sqlite3 error that is the disk's doing (full, read-only, unreadable) as the OSError it
    stands for, so it is told in those words; None for anything else (damage, a bug)."""
    inner = getattr(exc, "orig", None)  # SQLAlchemy wraps the driver's error
    if isinstance(inner, BaseException):
        exc = inner
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        text = str(exc).lower()
        guessed = next((c for c, words in _MACHINE_WORDS.items() if words in text), None)
        if guessed is None:
            return None
        code = guessed
    number = _MACHINE_CODES.get(code & 0xFF)
    if number is None:
        return None
    if number == errno.EACCES and path is not None and _read_only_disk(Path(path)):
        number = errno.EROFS
    return OSError(number, os.strerror(number), str(path) if path is not None else None)


_MACHINE_WORDS = {
    13: "database or disk is full",
    10: "disk i/o error",
    8: "readonly database",
    14: "unable to open database file",
}


def _read_only_disk(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # Windows has no statvfs
        return False


def sqlite_uri(path: Path, *, read_only: bool, immutable: bool = False) -> str:
    """The file's URI; `immutable` reads a file in a folder nobody can write to (where SQLite cannot
    make the shared-memory file a WAL database needs even to be read)."""
    uri = path.resolve().as_uri()
    if immutable:
        return uri + "?mode=ro&immutable=1"
    return uri + ("?mode=ro" if read_only else "")


def connect_sqlite(
    path: Path,
    *,
    read_only: bool = False,
    foreign_keys: bool = True,
    immutable: bool = False,
    set_journal: bool = True,
) -> sqlite3.Connection:
    """A raw connection with the project's pragmas; BEGIN is issued explicitly by the caller.
    Without `set_journal` the file's journal mode is left as it is: a connection that only reads
    never writes to the file (a backup read stays a single file, with no WAL made beside it)."""
    connection = sqlite3.connect(
        sqlite_uri(path, read_only=read_only, immutable=immutable),
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    if not read_only and set_journal:
        mode = cursor.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            # Some file systems (network shares) refuse WAL; a rollback journal is still safe.
            log.warning("WAL refused for %s (got %s); using DELETE journal", path, mode)
            cursor.execute("PRAGMA journal_mode=DELETE")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()
    return connection


def _explicit_begin(engine: Engine) -> None:
    # pysqlite's own transaction handling starts transactions late and silently; with
    # isolation_level=None we emit BEGIN ourselves, so each Session.begin() is one real transaction.
    @event.listens_for(engine, "begin")
    def do_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


def create_sqlite_engine(
    path: Path,
    *,
    read_only: bool = False,
    foreign_keys: bool = True,
    immutable: bool = False,
    set_journal: bool = True,
) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_sqlite(
            path,
            read_only=read_only,
            foreign_keys=foreign_keys,
            immutable=immutable and read_only,
            set_journal=set_journal,
        ),
    )
    _explicit_begin(engine)
    return engine


def checkpoint(engine: Engine) -> None:
    """Moves everything in the WAL into the database file and empties the WAL: the file alone is
    then complete (copied to another laptop, it holds the latest edits)."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def journal_mode(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
