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
    "0006_team",
    "0007_reputation",
    "0008_strategy",
    "0009_folded_names",
    "0010_reviews",
    "0011_reputation_speed",
    "0012_wave_score_groups",
    "0013_consent_withdrawn",
)
HEAD_REVISION = SCHEMA_REVISIONS[-1]
# The setting that records which program version last upgraded the schema: an older client that
# finds a schema it does not know names that version.
WRITTEN_BY = "schema.written_by"


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
    with engine.connect() as conn:
        return connection_revision(conn)


def connection_revision(conn: Connection) -> str | None:
    from sqlalchemy import inspect, text

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
    """Runs the pending migrations in one transaction (DDL is transactional on both engines).

    On a server the transaction first takes an advisory lock, so two clients never migrate at
    once: the second waits, then finds the schema already upgraded and does nothing.
    """
    from alembic import command
    from sqlalchemy import text

    from smmdesk.version import __version__

    with engine.begin() as conn:
        server = conn.dialect.name == "postgresql"
        if server:
            from smmdesk.storage.server import UPGRADE_LOCK, apply_grants, before_upgrade

            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": UPGRADE_LOCK})
            if target == "head" and connection_revision(conn) == HEAD_REVISION:
                log.info("schema already upgraded by another client")
                return
            before_upgrade(conn)
        command.upgrade(alembic_config(conn), target)
        if server:
            apply_grants(conn)
        if conn.dialect.name == "sqlite":
            problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if problems:
                raise RuntimeError(f"foreign keys broken by the migration: {problems[:5]}")
        record_version(conn, __version__)
    log.info("database upgraded to %s", target)


def record_version(conn: Connection, version: str) -> None:
    from sqlalchemy import text

    conn.execute(text("DELETE FROM setting WHERE key = :k"), {"k": WRITTEN_BY})
    conn.execute(text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {"k": WRITTEN_BY, "v": version})


def script_revisions() -> list[str]:
    """The chain as Alembic's script directory has it, base first (for the consistency test)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]
