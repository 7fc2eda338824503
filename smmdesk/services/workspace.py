"""Opening, backing up and restoring the planner's database: the file-level use cases.

The UI reaches storage only through here. Locking the file against a second program is the
caller's job (it needs Qt's QLockFile), done before `open_workspace`.
"""

from __future__ import annotations

import logging
from pathlib import Path

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.session import in_transaction, reading
from smmdesk.storage import backup
from smmdesk.storage.backup import BackupInfo, check_file, daily_backup_due, list_backups
from smmdesk.storage.database import (
    DamagedDatabaseError,
    Database,
    ForeignDatabaseError,
    NewerDatabaseError,
    UpgradeNeededError,
    create_database,
    open_database,
    open_url,
)
from smmdesk.storage.errors import ServerConnectionError
from smmdesk.storage.server import NewerServerError, RoleRefused, SchemaUpgradeNeeded
from smmdesk.storage.tracking import ConcurrentChangeError

log = logging.getLogger("smmdesk.db")

__all__ = [
    "BackupInfo",
    "ConcurrentChangeError",
    "DamagedDatabaseError",
    "Database",
    "ForeignDatabaseError",
    "NewerDatabaseError",
    "NewerServerError",
    "RoleRefused",
    "SchemaUpgradeNeeded",
    "ServerConnectionError",
    "StorageError",
    "UpgradeNeededError",
    "backup_now",
    "check_file",
    "create_database",
    "daily_backup_due",
    "in_transaction",
    "is_server_url",
    "list_backups",
    "open_database",
    "open_url",
    "open_workspace",
    "preserve_replaced",
    "reading",
    "restore",
    "save_copy",
]


def open_workspace(
    location: str | Path,
    *,
    read_only: bool = False,
    keep_backups: int = 10,
    check_in_background: bool = False,
    create: bool = True,
    upgrade_schema: bool = False,
) -> Database:
    """A file path or an engine URL; `sqlite:///path` URLs are files and get the file's protections.
    With `create=False` (and always when read-only) a file that does not exist is refused, not made.

    A server's password, when the URL has none, comes from the keychain (`services.server`) or
    libpq's own `.pgpass`; a server whose schema is older is upgraded only with `upgrade_schema`.
    A server has no file: nothing is created there and `create` does not apply.
    """
    text = str(location)
    if is_server_url(text):
        from smmdesk.services.server import with_password

        return open_url(with_password(text), upgrade=upgrade_schema)
    if "://" in text:
        from sqlalchemy.engine import make_url

        database = make_url(text).database
        if not database:
            raise ValueError("an in-memory SQLite database cannot hold the planner's work")
        text = database
    return open_database(
        Path(text),
        read_only=read_only,
        keep_backups=keep_backups,
        check_in_background=check_in_background,
        create=create,
    )


def is_server_url(location: str | Path) -> bool:
    text = str(location)
    return "://" in text and not text.startswith("sqlite")


def save_copy(db: Database, target: Path) -> None:
    """File → Save a copy: a consistent, complete copy of the open database in a file at `target`,
    for moving the work to another laptop. A file is copied with the backup API (its WAL included);
    a server's data is written into a new file (`services.transfer.copy_server_to_file`). The caller
    makes sure no program has `target` open."""
    target = Path(target).resolve()
    if db.path is None:
        from smmdesk.services.transfer import copy_server_to_file

        copy_server_to_file(db, target, replacing=True)
        return
    if target == db.path:
        raise StorageError(
            QT_TRANSLATE_NOOP("Errors", "A copy cannot be saved over the file itself: choose another name.")
        )
    read_uri = db.url if db.read_only else backup.sqlite_uri(db.path, read_only=True)
    backup.copy_database(db.path, target, replacing=True, source_uri=read_uri)


def preserve_replaced(path: Path, keep: int) -> Path | None:
    """Before a file is replaced (a demo written over it): a sound database is backed up into its
    backups folder, anything else is moved aside under a new name; returns where it is now. The
    caller holds the file's lock."""
    if not path.exists():
        return None
    try:
        sound = path.stat().st_size > 0 and check_file(path) is None
    except OSError:
        sound = False
    if sound:
        return backup.make_backup(path, "replace", keep).path
    return backup.move_aside(path, label="replaced")


def backup_now(db: Database, reason: str, keep: int) -> BackupInfo | None:
    """A verified backup of a file database; server databases are backed up by their administrators."""
    if db.path is None:
        return None
    return backup.make_backup(db.path, reason, keep)


def restore(db_path: Path, chosen: BackupInfo, keep: int, *, current_damaged: bool = False) -> Path | None:
    return backup.restore_backup(db_path, chosen, keep, current_damaged=current_damaged)


def backup_folder(db_path: Path) -> Path:
    return backup.backup_dir(db_path)
