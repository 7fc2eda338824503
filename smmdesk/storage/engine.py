"""Engines for SQLite files, with the connection pragmas of DESIGN.md (servers: `storage.server`)."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine

log = logging.getLogger("smmdesk.db")

BUSY_TIMEOUT_MS = 5000


def sqlite_uri(path: Path, *, read_only: bool) -> str:
    uri = path.resolve().as_uri()
    return uri + ("?mode=ro" if read_only else "")


def connect_sqlite(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> sqlite3.Connection:
    """A raw connection with the project's pragmas; BEGIN is issued explicitly by the caller."""
    connection = sqlite3.connect(
        sqlite_uri(path, read_only=read_only),
        uri=True,
        check_same_thread=False,
        isolation_level=None,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )
    cursor = connection.cursor()
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cursor.execute(f"PRAGMA foreign_keys={'ON' if foreign_keys else 'OFF'}")
    if not read_only:
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


def create_sqlite_engine(path: Path, *, read_only: bool = False, foreign_keys: bool = True) -> Engine:
    engine = create_engine(
        "sqlite+pysqlite://",
        creator=lambda: connect_sqlite(path, read_only=read_only, foreign_keys=foreign_keys),
    )
    _explicit_begin(engine)
    return engine


def journal_mode(engine: Engine) -> str:
    with engine.connect() as conn:
        return str(conn.exec_driver_sql("PRAGMA journal_mode").scalar()).lower()
