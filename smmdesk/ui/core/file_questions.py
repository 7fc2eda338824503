"""Questions and notices about a file that cannot be opened as it is: held by another copy of
smmdesk (on another computer it may be taken over, after a confirmation), or read-only."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from smmdesk.domain.errors import SmmError, os_error
from smmdesk.filelock import DatabaseLock, LockHolder
from smmdesk.i18n import error_text, translate
from smmdesk.ui.core import ask, notify
from smmdesk.ui.core.formatting import format_datetime

log = logging.getLogger("smmdesk.ui")


def take_lock(lock: DatabaseLock, path: Path, parent: QWidget | None) -> LockHolder | None:
    """Takes the file's lock, or says why it cannot be had: another program holds the file (see
    `held_elsewhere`), or the disk refuses the lock file (no space, an I/O error), when the file
    opens read-only. A folder that is merely read-only says nothing here: the file says it when
    it opens. Returns the holder when another program has the file."""
    if lock.acquire() or lock.refused_by_disk:
        return None
    refusal = lock.refusal()
    if refusal is None:
        return held_elsewhere(lock, path, parent)
    say_lock_refused(refusal, parent)
    return None


def own_file(database: Path | None, target: Path) -> str | None:
    """Why `target` may not be written from a save dialog: it is the open database (or one of its
    own files), by any name; None when it may."""
    from smmdesk.services.workspace import refuse_writing_over

    try:
        if database is not None:
            refuse_writing_over(database, target)
    except SmmError as exc:
        return error_text(exc)
    return None


def say_backup_failed(error: BaseException, path: Path | None) -> None:
    """A backup made in the background failed: the planner is told why (backups off, a full disk),
    in the status bar, and the work goes on; what failed is never shown as a traceback."""
    if isinstance(error, OSError):
        error = os_error(error, path)
    if isinstance(error, SmmError):
        notify.post(
            translate("Workspace", "The backup was not made: {why}").format(why=error_text(error)), 30000
        )


def held_elsewhere(lock: DatabaseLock, path: Path, parent: QWidget | None) -> LockHolder | None:
    """Another program holds the file: it opens read-only, unless the holder is on another
    computer and the planner confirms it is no longer running there (then the lock is taken over).
    Returns the holder when the file stays read-only."""
    holder = lock.holder()
    since = format_datetime(holder.since) if holder and holder.since else "—"
    if holder is not None and holder.elsewhere:
        choice = ask.question(
            parent,
            translate("Workspace", "The file is open on another computer"),
            translate(
                "Workspace",
                "{name} was opened in smmdesk on the computer {host} at {since} and is still marked "
                "as open there. If smmdesk is running there, open it here read-only. If it is not "
                "(that computer was switched off or smmdesk crashed), you can take the file over: "
                "changes made there afterwards would be lost.",
            ).format(name=path.name, host=holder.hostname, since=since),
            [translate("Workspace", "Open read-only"), translate("Workspace", "Take it over")],
        )
        if choice == 1 and ask.confirm(
            parent,
            translate("Workspace", "Take the file over"),
            translate(
                "Workspace",
                "Take {name} over from {host}? Only do this when smmdesk is surely not running there.",
            ).format(name=path.name, host=holder.hostname),
        ):
            if lock.take_over():
                log.warning("lock of %s taken over from %s", path, holder.hostname)
                return None
    if lock.held_by_another_name:
        where = translate("Workspace", "under another name of the same file, a hard link")
    elif holder:
        where = translate("Workspace", "process {pid} on {host}, since {since}").format(
            pid=holder.pid, host=holder.hostname, since=since
        )
    else:
        where = "—"
    ask.inform(
        parent,
        translate("Workspace", "The file is already open"),
        translate(
            "Workspace",
            "{name} is open in another copy of smmdesk ({where}). It opens here read-only: "
            "you can look, but changes are made in the other copy.",
        ).format(name=path.name, where=where),
    )
    return holder


def say_lock_refused(refusal: SmmError, parent: QWidget | None) -> None:
    """The lock file beside the database could not be written (no space, an I/O error): no other
    program holds the file, but none may change it without the lock, so it opens read-only."""
    ask.inform(
        parent,
        translate("Workspace", "The file cannot be opened for changes"),
        error_text(refusal)
        + " "
        + translate("Workspace", "It opens read-only: you can look and export, but not change it."),
    )


def say_read_only(path: Path, reason: str, parent: QWidget | None) -> None:
    ask.inform(
        parent,
        translate("Workspace", "The file is read-only"),
        read_only_text(reason).format(name=path.name)
        + " "
        + translate(
            "Workspace",
            "It opens read-only: you can look and export. To work in it, save a copy "
            "(File → Save a copy…) in a folder you can write to and open that.",
        ),
    )


def read_only_text(reason: str) -> str:
    """Why the open file is read-only, in a sentence with {name} in it."""
    if reason == "disk":
        return translate("Workspace", "{name} is on a disk that is read-only.")
    if reason == "folder":
        return translate("Workspace", "The folder holding {name} is read-only.")
    return translate("Workspace", "{name} is a read-only file.")


def read_failed(db: Any, exc: BaseException, parent: QWidget | None) -> None:
    """A read of the open file `db` failed. While the damage check of a large file still runs, the
    failure is the damage it is about to find: its result closes the file and says so in words (one
    message, not two); otherwise the failure is shown as it is."""
    damage = getattr(db, "damage", None)  # a server has no damage check
    checking = db is not None and not db.read_only and damage is None and not db.writable_now
    log.error("reading %s failed: %s", db.display_name if db else "—", exc)
    if db is None or damage is not None or checking:
        return
    from smmdesk.ui.core.errors import show_error

    show_error(parent, exc)
