"""Schema versions: which revision a file is at, whether this program knows it, and upgrading.

Alembic is imported only when a file actually needs a migration, so opening an up-to-date file
stays fast. `SCHEMA_REVISIONS` lists the chain in order; a test checks it against Alembic's.
"""

from __future__ import annotations

import logging
import sqlite3
from typing import Any

from sqlalchemy.engine import Connection, Engine

from smmdesk.resources import migrations_dir

log = logging.getLogger("smmdesk.db")

SCHEMA_REVISIONS: tuple[str, ...] = (
    "0001_shell",
    "0002_influencers",
    "0003_estimates",
    "0004_placements",
    "0005_contests",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]


class MissingRevision(Exception):
    """The file has our tables but its table of schema versions is empty: it is damaged."""


def sqlite_revision(connection: sqlite3.Connection) -> str | None:
    """The file's revision, None for an empty file; raises LookupError for a file that is not ours
    and MissingRevision for one of ours whose version was lost."""
    tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if "alembic_version" not in tables:
        if tables:
            raise LookupError("no alembic_version table")
        return None
    row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    if row is None or not row[0]:
        raise MissingRevision()
    return str(row[0])


def engine_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def alembic_config(connection: Connection | None = None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    return config


def upgrade(engine: Engine, target: str = "head") -> None:
    """Runs the pending migrations in one transaction (SQLite DDL is transactional)."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(conn), target)
        if conn.dialect.name == "sqlite":
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken by the migration: {problems[:5]}")
    log.info("database upgraded to %s", target)


def script_revisions() -> list[str]:
    """The chain as Alembic's script directory has it, base first (for the consistency test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
