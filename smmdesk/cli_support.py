"""What every command shares: the exit codes, a headless Qt application with the log in its file, and the
--db opened (a server, or a file written under its lock or only read), with the refusals in words."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_LOCKED = 0, 1, 2, 3


def _log_to_file() -> None:
    """The log goes to the log file, as the window's does: stderr carries only the messages printed
    for the person, in their language (Python's last-resort handler would print warnings in English)."""
    import logging

    from smmdesk import locations
    from smmdesk.logs import setup_logging

    try:
        setup_logging(locations.log_dir())
    except OSError:
        logging.getLogger("smmdesk").addHandler(logging.NullHandler())  # no log rather than English on stderr


def _ensure_headless_platform() -> None:
    # Headless commands that draw (PDF, charts) need a Qt platform even with no screen.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@contextmanager
def headless_qt(language: str | None, gui: bool = False) -> Iterator[Any]:
    """A Qt application object for translations (and, with gui=True, fonts for PDF output)."""
    from PySide6.QtCore import QCoreApplication

    from smmdesk import locations
    from smmdesk.i18n import install_translations, resolve_language
    from smmdesk.ui.core.settings import UserSettings

    locations.set_identity()
    _log_to_file()
    app = QCoreApplication.instance()
    if app is None:
        if gui:
            _ensure_headless_platform()
            from PySide6.QtGui import QGuiApplication

            app = QGuiApplication([sys.argv[0]])
        else:
            app = QCoreApplication([sys.argv[0]])
    install_translations(resolve_language(language or UserSettings().language))
    yield app


def fail(message: str, code: int = EXIT_FAILED) -> int:
    print(message, file=sys.stderr)
    return code


@contextmanager
def open_database(args: argparse.Namespace, *, write: bool, create: bool = False) -> Iterator[Any]:
    """The --db file (or the default one). A command that writes holds the file's lock against the
    window while it runs; a command that reads only reads, leaving the file to the window (one opened
    meanwhile is writable). Only a command that brings its own records (`create`: an import) makes a
    file that is not there; any other stops with "the file does not exist" and makes nothing. A --db
    server has no file and no lock: the database's own locks keep several planners apart."""
    from smmdesk import locations
    from smmdesk.services.workspace import is_server_url

    if args.db and is_server_url(args.db):
        with _open_server(args.db, upgrade_schema=args.upgrade_schema) as server:
            yield server
        return
    path = Path(args.db) if args.db else locations.default_database()
    for target in _outputs(args):
        from smmdesk.services.workspace import refuse_writing_over

        refuse_writing_over(path, target)
    if write:
        with _open_for_writing(path, create) as db:
            yield db
        return
    db = _open_for_reading(path)
    try:
        yield db
    finally:
        db.close()


def _outputs(args: argparse.Namespace) -> list[Path]:
    """The files a command is asked to write (--out, --report, save-copy's target)."""
    found: list[Path] = []
    for name in ("out", "report", "target"):
        value = getattr(args, name, None)
        found += [Path(v) for v in value] if isinstance(value, list) else [Path(value)] if value else []
    return found


@contextmanager
def _open_server(url: str, *, upgrade_schema: bool) -> Iterator[Any]:
    from smmdesk.i18n import error_text, translate
    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.server import SchemaUpgradeNeeded

    try:
        server = open_workspace(url, upgrade_schema=upgrade_schema)
    except SchemaUpgradeNeeded as exc:
        raise CliError(
            error_text(exc) + "\n" + translate("Cli", "Add --upgrade-schema to upgrade it."), EXIT_FAILED
        ) from exc
    try:
        yield server
    finally:
        server.close()


@contextmanager
def _open_for_writing(path: Path, create: bool) -> Iterator[Any]:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.workspace import open_workspace
    from smmdesk.ui.core.settings import UserSettings

    lock = DatabaseLock(path)
    take_lock(lock, path, read_only_folder=True)  # a read-only folder refuses it: see below
    try:
        db = open_workspace(path, keep_backups=UserSettings().backups_kept, create=create)
        try:
            if db.read_only:
                raise CliError(_read_only_text(path, db.read_only_reason))
            yield db
        finally:
            db.close()
    finally:
        lock.release()


def _open_for_reading(path: Path) -> Any:
    from smmdesk.filelock import DatabaseLock
    from smmdesk.services.workspace import UpgradeNeededError, open_workspace

    try:
        return open_workspace(path, read_only=True)
    except UpgradeNeededError:
        # An older file is upgraded first (which writes), when no window has it open.
        lock = DatabaseLock(path)
        take_lock(lock, path)
        try:
            open_workspace(path, create=False).close()
        finally:
            lock.release()
        return open_workspace(path, read_only=True)


def take_lock(lock: Any, path: Path, *, read_only_folder: bool = False) -> None:
    """Takes the file's lock or stops the command in words: another program holds the file (by this
    name or another), or the disk refuses the lock file (no space, no folder, read-only). With
    `read_only_folder`, a folder that is read-only passes: the file then opens read-only and the
    command says so."""
    from smmdesk.i18n import error_text

    if lock.acquire() or (read_only_folder and lock.refused_by_disk):
        return
    refusal = lock.refusal()
    if refusal is not None:
        raise CliError(error_text(refusal))
    if lock.refused_by_disk:
        raise CliError(_read_only_text(path, "folder"))
    raise CliError(_held_text(lock, path), EXIT_LOCKED)


def _held_text(lock: Any, path: Path) -> str:
    from smmdesk.i18n import translate

    if lock.held_by_another_name:
        return translate(
            "Cli",
            "{name} is open in another copy of smmdesk under another name of the same file (a hard "
            "link); close it there first.",
        ).format(name=path.name)
    holder = lock.holder()
    if holder is None:
        return translate("Cli", "{name} is open in another copy of smmdesk; close it there first.").format(
            name=path.name
        )
    since = holder.since.astimezone().strftime("%d.%m.%Y %H:%M") if holder.since else "?"
    return translate(
        "Cli", "{name} is open in smmdesk on {host} (process {pid}, since {since}); close it there first."
    ).format(name=path.name, host=holder.hostname or "?", pid=holder.pid, since=since)


def _read_only_text(path: Path, reason: str) -> str:
    from smmdesk.i18n import translate

    why = {
        "disk": translate("Cli", "the disk it is on is read-only"),
        "folder": translate("Cli", "its folder is read-only"),
    }.get(reason, translate("Cli", "the file is read-only"))
    return translate("Cli", "{name} cannot be changed: {why}. Nothing was written.").format(
        name=path.name, why=why
    )


class CliError(Exception):
    def __init__(self, message: str, code: int = EXIT_FAILED) -> None:
        super().__init__(message)
        self.code = code
