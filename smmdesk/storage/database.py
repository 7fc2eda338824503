"""Opening a database safely: checked before any write, migrated after a backup, refused when too new."""

from __future__ import annotations

import getpass
import logging
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage import backup, errors, migrate, tracking
from smmdesk.storage.engine import connect_sqlite, create_sqlite_engine

log = logging.getLogger("smmdesk.db")


class DamagedDatabaseError(StorageError):
    """The file failed `quick_check` or is not a database at all; nothing was written to it."""

    def __init__(self, path: Path, problem: str, good_backup: backup.BackupInfo | None) -> None:
        self.path = path
        self.problem = problem
        self.good_backup = good_backup
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {name} is damaged and was not changed. SQLite reports: {problem}",
            ),
            name=path.name,
            problem=problem,
        )


class NewerDatabaseError(StorageError):
    """The file was written by a newer smmdesk; this one leaves it untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {name} was made by a newer version of smmdesk (schema {revision}). "
                "Install the newer version to open it; the file was not changed.",
            ),
            name=path.name,
            revision=revision,
        )


class ForeignDatabaseError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is a database of some other program; it was not changed."
            ),
            name=path.name,
        )


def computer_user() -> str:
    """Who works on a file: the computer's user name (on a server, the server role)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


@dataclass
class Database:
    """An open database: its engine, its session factory and what kind of access we have.

    `user` is who the records and the audit log name; `role` is what the program lets them do
    (viewer, planner, manager: on a file, always manager).
    """

    engine: Engine
    path: Path | None
    url: str
    read_only: bool = False
    migrated_from: str | None = None
    user: str = field(default_factory=computer_user)
    role: str = "manager"
    sessions: sessionmaker[Session] = field(init=False)
    tracker: tracking.Tracker = field(init=False)
    # The damage check of a large file runs while its first screen is read; writing waits for it.
    _checked: threading.Event = field(init=False)
    damage: str | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.tracker = tracking.Tracker(
            user=self.user, client=uuid.uuid4().hex[:12], notify=self.engine.dialect.name == "postgresql"
        )
        self.sessions = sessionmaker(
            self.engine,
            expire_on_commit=False,
            info={"user": self.user, "role": self.role, "tracker": self.tracker},
        )
        tracking.install(self.sessions, self.tracker)
        tracker = self.tracker

        @event.listens_for(self.engine, "checkout")
        def name_the_user(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            record.info["smmdesk_user"] = tracker.user

        self._checked = threading.Event()
        self._checked.set()

    @property
    def on_server(self) -> bool:
        return self.path is None

    def undoing(self) -> Any:
        """See `tracking.Tracker.undoing`: an undo expects the versions this client last wrote."""
        return self.tracker.undoing()

    def check_in_background(self) -> None:
        """Runs `quick_check` on a thread; the first write waits for it and is refused if it failed."""
        assert self.path is not None
        self._checked.clear()
        path = self.path

        def run() -> None:
            try:
                self.damage = backup.check_file(path)
            finally:
                self._checked.set()

        threading.Thread(target=run, name="smmdesk-quick-check", daemon=True).start()

    def wait_checked(self, timeout: float | None = None) -> str | None:
        """Waits for the damage check; returns what it found (None: the file is sound)."""
        self._checked.wait(timeout)
        return self.damage

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One user action: everything inside commits together or not at all."""
        if self.read_only:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The file is open read-only; the change was not saved.")
            )
        problem = self.wait_checked()
        if problem is not None:
            assert self.path is not None
            raise DamagedDatabaseError(self.path, problem, None)
        try:
            with self.sessions.begin() as session:
                yield session
        except (DBAPIError, StaleDataError) as exc:
            raise errors.in_words(exc, self) from exc

    @contextmanager
    def reading(self) -> Iterator[Session]:
        try:
            with self.sessions(info={"reading": True}) as session:
                yield session
        except DBAPIError as exc:
            raise errors.in_words(exc, self) from exc

    @property
    def display_name(self) -> str:
        return str(self.path) if self.path else errors.url_without_password(self.engine.url)

    def close(self) -> None:
        self.engine.dispose()


def _file_revision(path: Path) -> str | None:
    connection = sqlite3.connect(backup.sqlite_uri(path, read_only=True), uri=True)
    try:
        return migrate.sqlite_revision(connection)
    except LookupError:
        raise ForeignDatabaseError(path) from None
    finally:
        connection.close()


def create_database(path: Path) -> None:
    """A new, empty file at the current schema."""
    if path.exists() and path.stat().st_size > 0:
        raise FileExistsError(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    connect_sqlite(path).close()
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()


# Files up to this size are checked before they open; larger ones while the first screen loads.
CHECK_FIRST_BYTES = 16 * 1024 * 1024


def open_database(
    path: Path,
    *,
    read_only: bool = False,
    keep_backups: int = 10,
    create: bool = True,
    check_in_background: bool = False,
) -> Database:
    """Checks, backs up when a migration is due, migrates, and returns the open database.

    Order matters: the damage check reads only; nothing is written to a file that fails it,
    that this program cannot read, or that a newer program made. With `check_in_background`,
    a large file at the current schema opens at once and its check finishes on a thread before
    the first write (`Database.transaction` waits for it).
    """
    path = path.resolve()
    if not path.exists() or path.stat().st_size == 0:
        if read_only or not create:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."), name=path.name)
        create_database(path)
    try:
        revision = _file_revision(path)
    except sqlite3.DatabaseError:
        revision, check_in_background = "", False  # unreadable: the check below says why
    defer = (
        check_in_background and revision == migrate.HEAD_REVISION and path.stat().st_size > CHECK_FIRST_BYTES
    )
    if not defer:
        problem = backup.check_file(path)
        if problem is not None:
            log.error("damaged database %s: %s", path, problem)
            raise DamagedDatabaseError(path, problem, backup.newest_good_backup(path))
    if revision is not None and revision not in migrate.SCHEMA_REVISIONS:
        raise NewerDatabaseError(path, revision)
    migrated_from = None
    if revision != migrate.HEAD_REVISION:
        if read_only:
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The file {name} needs an upgrade, which a read-only copy cannot do."
                ),
                name=path.name,
            )
        backup.make_backup(path, "migration", keep_backups)
        engine = create_sqlite_engine(path, foreign_keys=False)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        migrated_from = revision
    engine = create_sqlite_engine(path, read_only=read_only)
    database = Database(engine, path, backup.sqlite_uri(path, read_only=read_only), read_only, migrated_from)
    if defer:
        database.check_in_background()
    return database


def open_url(url: str, *, upgrade: bool = False) -> Database:
    """A server database (see `storage.server`): its own administrators back it up."""
    from smmdesk.storage import server

    return server.open_server(url, upgrade=upgrade)
