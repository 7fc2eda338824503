"""Moving the work between a file and a server: a server's data saved into a new local file, and
a local file uploaded to an empty server, so that one planner becomes a team without retyping.

Every row of every table is copied as stored (ids, versions, authors and the audit log
included), in the order of the foreign keys, in one transaction on the receiving side: a
failure leaves the receiving database as it was. The file side is read through SQLite's own
connection, so an open file is read consistently.
"""

from __future__ import annotations

import logging
import uuid
from pathlib import Path

from sqlalchemy import delete, func, select, text, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.orm import Session

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.atomic import atomic_output
from smmdesk.storage.backup import IDENTITY_KEY, check_file, sidecar_files
from smmdesk.storage.database import Database, create_database, open_database, open_url
from smmdesk.storage.engine import as_os_error, create_sqlite_engine
from smmdesk.storage.models import Base, Format, Setting

log = logging.getLogger("smmdesk.db")

# Rows a new database already has (seeded reference data and the schema's own setting).
SEEDED = {"platform", "format", "setting", "audit_log"}
BATCH = 500


def require_empty(session: Session) -> None:
    """Refuses a database that already holds a planner's work."""
    for table in Base.metadata.sorted_tables:
        if table.name in SEEDED:
            continue
        if session.execute(select(func.count()).select_from(table)).scalar():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database already holds a planner's work ({table}); smmdesk puts a file or "
                    "the demo only into an empty one, so nothing there is overwritten.",
                ),
                table=table.name,
            )
    if session.execute(select(func.count()).select_from(Format).where(Format.builtin.is_(False))).scalar():
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database already holds a planner's work ({table}); smmdesk puts a file or "
                "the demo only into an empty one, so nothing there is overwritten.",
            ),
            table="format",
        )


def _copy(source: Engine, target: Engine) -> dict[str, int]:
    counts: dict[str, int] = {}
    with source.connect() as reader, target.begin() as writer:
        for table in reversed(Base.metadata.sorted_tables):
            if table.name in SEEDED:
                writer.execute(delete(table))
        for table in Base.metadata.sorted_tables:
            rows = reader.execute(select(table)).mappings()
            copied = 0
            while batch := rows.fetchmany(BATCH):
                writer.execute(table.insert(), [dict(row) for row in batch])
                copied += len(batch)
            counts[table.name] = copied
        # The copy is a database of its own: its backups are never taken for the source's.
        settings = Base.metadata.tables[Setting.__tablename__]
        writer.execute(update(settings).where(settings.c.key == IDENTITY_KEY).values(value=uuid.uuid4().hex))
        if writer.dialect.name == "postgresql":
            repair_sequences(writer)
    return counts


def repair_sequences(conn: Connection) -> None:
    """Each serial id's sequence past the largest id copied (explicit ids leave it behind)."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.c:
            continue
        sequence = conn.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"), {"t": table.name}).scalar()
        if sequence:
            conn.execute(
                text(f"SELECT setval(:s, COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"),
                {"s": sequence},
            )


def copy_server_to_file(source: Database, target: Path, *, replacing: bool = False) -> dict[str, int]:
    """Writes the open database's data (a server's, typically) into a new file at `target`.

    Built beside the target and renamed into place when complete and sound (the atomic writer): a
    copy that fails or is killed leaves no file, or the earlier one as it was. An existing file is
    refused unless `replacing` (File → Save a copy, whose dialog has asked; no program has it open).
    """
    target = target.resolve()
    if not replacing and target.exists() and target.stat().st_size > 0:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "{name} already exists; choose a new file name."), name=target.name
        )
    with atomic_output(target, check=lambda p: check_file(p, full=True)) as temp:
        try:
            create_database(temp)
            engine = create_sqlite_engine(temp)
            try:
                counts = _copy(source.engine, engine)
            finally:
                engine.dispose()
        except Exception as exc:  # the disk's refusal (full, read-only) is told as the writer's
            machine = as_os_error(exc, target)
            if machine is None:
                raise
            raise machine from exc
        for stale in sidecar_files(target)[1:]:
            stale.unlink(missing_ok=True)  # a WAL of the file replaced must not be replayed onto the copy
    for stale in sidecar_files(temp)[1:]:
        stale.unlink(missing_ok=True)
    log.info("copied %s into %s: %s", source.display_name, target, counts)
    return counts


def upload_file_to_server(source: Path, url: str) -> dict[str, int]:
    """Copies a local file's whole work into an empty server database (upgraded first if new)."""
    from smmdesk.services.server import with_password

    file_db = open_database(source, read_only=True)
    try:
        server = open_url(with_password(url), upgrade=True)
        try:
            with server.reading() as session:
                require_empty(session)
            counts = _copy(file_db.engine, server.engine)
        finally:
            server.close()
    finally:
        file_db.close()
    log.info("uploaded %s to %s: %s", source, server.display_name, counts)
    return counts
