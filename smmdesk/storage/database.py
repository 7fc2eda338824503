"""Opening a database safely: checked before any write, migrated after a backup, refused when too new.

This module opens it (`Database`, `open_database`, `open_url`) and gives its callers the public names
of the parts:
- `database_errors`: why a file is refused (damaged, newer, needing an upgrade, foreign)
- `database_files`: the file before it opens (its revision, read-only reasons, a non-file refused, a new file)
"""

# ruff: noqa: F401 - the names of database_errors and database_files imported here are ones this module
# gives its callers; `backup` stays a name of this module (tests patch `database.backup`)

from __future__ import annotations

import getpass
import logging
import os
import sqlite3
import stat
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

from smmdesk.domain.errors import SmmError, StorageError, os_error, os_error_opening
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage import backup, errors, migrate, tracking
from smmdesk.storage.database_errors import (
    DamagedDatabaseError,
    ForeignDatabaseError,
    NewerDatabaseError,
    UpgradeNeededError,
)
from smmdesk.storage.database_files import (
    NotADatabaseFileError,
    _file_revision,
    _needs_immutable,
    create_database,
    prepare_for_writing,
    read_only_reason,
    refuse_non_file,
)
from smmdesk.storage.engine import (
    as_os_error,
    checkpoint,
    create_sqlite_engine,
    sqlite_uri,
)

log = logging.getLogger("smmdesk.db")


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
    # Why a file opened read-only when it was asked for writing: "file", "folder" or "disk".
    read_only_reason: str = ""
    user: str = field(default_factory=computer_user)
    role: str = "manager"
    sessions: sessionmaker[Session] = field(init=False)
    tracker: tracking.Tracker = field(init=False)
    # The damage check of a large file runs while its first screen is read; writing waits for it.
    _checked: threading.Event = field(init=False)
    damage: str | None = field(init=False, default=None)
    _fault: SmmError | None = field(init=False, default=None)  # the disk's refusal met by the check
    # While a deferred check runs, `engine` reads through read-only connections (kept per thread by
    # the pool); writing then goes through this engine of its own, made once the check has passed.
    _writer: Engine | None = field(init=False, default=None)
    _writer_sessions: sessionmaker[Session] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        self.tracker = tracking.Tracker(
            user=self.user, client=uuid.uuid4().hex[:12], notify=self.engine.dialect.name == "postgresql"
        )
        self.sessions = self._tracked_sessions(self.engine)
        self._checked = threading.Event()
        self._checked.set()

    def _tracked_sessions(self, engine: Engine) -> sessionmaker[Session]:
        """The session factory over `engine` with the tracking hooks (versions checked, the audit
        written, changes announced), the user and the role: every engine of this database gets it,
        the writer of a file still being checked included."""
        sessions = sessionmaker(
            engine,
            expire_on_commit=False,
            info={"user": self.user, "role": self.role, "tracker": self.tracker},
        )
        tracking.install(sessions, self.tracker)
        tracker = self.tracker

        @event.listens_for(engine, "checkout")
        def name_the_user(dbapi_connection: Any, record: Any, proxy: Any) -> None:
            record.info["smmdesk_user"] = tracker.user

        return sessions

    @property
    def on_server(self) -> bool:
        return self.path is None

    def undoing(self) -> Any:
        """See `tracking.Tracker.undoing`: an undo expects the versions this client last wrote."""
        return self.tracker.undoing()

    @property
    def writable_now(self) -> bool:
        """Whether the file may be written: never before the damage check has passed."""
        return not self.read_only and self._checked.is_set() and self.damage is None

    def check_in_background(self) -> None:
        """Runs `quick_check` on a thread; the first write waits for it and is refused if it failed.

        Until it passes, every connection is read-only: the file is not written to (not even its
        journal mode) before it is known to be sound. The engine given was made read-only."""
        assert self.path is not None
        self._checked.clear()
        path = self.path
        self._writer = create_sqlite_engine(path)  # no connection until the first write
        self._writer_sessions = self._tracked_sessions(self._writer)

        def run() -> None:
            try:
                self.damage = backup.check_file(path)
                if self.damage is None:
                    prepare_for_writing(path)
            except OSError as exc:
                self._fault = os_error_opening(exc, path)
                self.damage = str(self._fault)
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
        if self.read_only and self.path is None and self.role == "viewer":
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "You are signed in as a viewer: the server is read-only for you; the change was "
                    "not saved. A manager can give you the planner's role.",
                )
            )
        if self.read_only:
            raise StorageError(
                QT_TRANSLATE_NOOP("Errors", "The file is open read-only; the change was not saved.")
            )
        problem = self.wait_checked()
        if self._fault is not None:
            raise self._fault
        if problem is not None:
            assert self.path is not None
            raise DamagedDatabaseError(self.path, problem, None)
        try:
            with (self._writer_sessions or self.sessions).begin() as session:
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
        """Closes every connection; a file open for writing is checkpointed first, so that the file
        alone (without its WAL) holds every edit when it is copied elsewhere."""
        if self.path is not None and self.writable_now:
            try:
                checkpoint(self._writer or self.engine)
            except Exception as exc:  # closing must never fail; SQLite checkpoints on the last close
                log.warning("checkpoint of %s on close failed: %s", self.path, exc)
        self.engine.dispose()
        if self._writer is not None:
            self._writer.dispose()


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
    try:
        return _open(path, read_only, keep_backups, create, check_in_background)
    except SmmError:
        raise
    except OSError as exc:
        log.error("opening %s failed: %s", path, exc)
        raise os_error_opening(exc, path) from exc
    except Exception as exc:  # sqlite3's and SQLAlchemy's errors: the disk's doing is told in words
        machine = as_os_error(exc, path)
        if machine is None:
            raise
        log.error("opening %s failed: %s", path, exc)
        raise os_error_opening(machine, path) from exc


def _open(
    path: Path, read_only: bool, keep_backups: int, create: bool, check_in_background: bool
) -> Database:
    refuse_non_file(path)
    if not path.exists() or path.stat().st_size == 0:
        if read_only or not create:
            raise StorageError(QT_TRANSLATE_NOOP("Errors", "The file {name} does not exist."), name=path.name)
        _create(path)
    reason = read_only_reason(path)
    if reason:
        log.warning("%s is read-only (%s); opened read-only", path, reason)
        read_only = True
    immutable = _needs_immutable(path, reason)
    try:
        revision = _file_revision(path, immutable)
    except sqlite3.DatabaseError as exc:
        if as_os_error(exc, path) is not None:
            raise
        revision, check_in_background = "", False  # unreadable: the check below says why
    defer = (
        check_in_background and revision == migrate.HEAD_REVISION and path.stat().st_size > CHECK_FIRST_BYTES
    )
    if not defer:
        problem = backup.check_file(path, immutable=immutable)
        if problem is not None:
            log.error("damaged database %s: %s", path, problem)
            raise DamagedDatabaseError(path, problem, backup.newest_good_backup(path))
    if revision is not None and revision not in migrate.SCHEMA_REVISIONS:
        raise NewerDatabaseError(path, revision)
    if not read_only and not defer:
        prepare_for_writing(path)
    migrated_from = None
    if revision != migrate.HEAD_REVISION:
        if read_only:
            raise UpgradeNeededError(path)
        backup.make_backup(path, "migration", keep_backups)
        engine = create_sqlite_engine(path, foreign_keys=False)
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        migrated_from = revision
    # A file opened read-only by choice (another program holds it, a command only reads) is read
    # through ordinary connections that never write: SQLite then removes the WAL files it makes
    # when the last one closes. A file the disk refuses to write, or one still being checked, is
    # read through read-only connections.
    engine = create_sqlite_engine(
        path, read_only=defer or bool(reason), immutable=immutable, set_journal=not read_only
    )
    uri = sqlite_uri(path, read_only=read_only, immutable=immutable)
    opened = Database(engine, path, uri, read_only, migrated_from, reason)
    if defer:
        opened.check_in_background()
    return opened


def _create(path: Path) -> None:
    """A new file; a disk that refuses it (read-only, full) is told in words and leaves nothing
    it made. What was there before (an empty file the planner made) is never removed."""
    there_before = {part for part in backup.sidecar_files(path) if os.path.lexists(part)}
    try:
        create_database(path)
    except Exception as exc:
        machine = exc if isinstance(exc, OSError) else as_os_error(exc, path)
        if machine is None:
            raise
        for part in backup.sidecar_files(path):
            if part in there_before:
                continue
            try:
                if stat.S_ISREG(os.lstat(part).st_mode):
                    part.unlink()
            except OSError:
                pass
        raise os_error(machine, path) from exc


def open_url(url: str, *, upgrade: bool = False) -> Database:
    """A server database (see `storage.server`): its own administrators back it up."""
    from smmdesk.storage import server

    return server.open_server(url, upgrade=upgrade)
