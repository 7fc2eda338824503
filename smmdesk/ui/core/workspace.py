"""The open database as the windows see it: the file, its lock, the undo stack and the change bus.

Opening goes through here so that every path (start-up, File → Open, Recent, Restore) gets the
same protections and the same plain-words questions when something is wrong.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from smmdesk.domain.errors import SmmError, StorageError, os_error, os_error_opening
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.filelock import DatabaseLock, LockHolder, real_path
from smmdesk.i18n import error_text
from smmdesk.ui.core import ask, demo, tasks
from smmdesk.ui.core.bus import ChangeBus
from smmdesk.ui.core.file_questions import held_elsewhere, say_read_only
from smmdesk.ui.core.formatting import format_datetime
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.undo import ServiceCommand, UndoController

if TYPE_CHECKING:
    from smmdesk.services import workspace as ws_types
    from smmdesk.ui.core.remote import RemoteChanges

log = logging.getLogger("smmdesk.ui")


def _ws() -> ModuleType:
    """The storage-facing services, imported on first use: SQLAlchemy loads after the first paint."""
    from smmdesk.services import workspace

    return workspace


DAILY_CHECK_MS = 30 * 60 * 1000
# The backup on opening waits until start-up is over, so it does not compete with the first screen.
OPEN_BACKUP_DELAY_MS = 4000


class Workspace(QObject):
    """Holds the current database; `opened` fires after a file (or server) becomes current."""

    opened = Signal()
    backup_made = Signal(object)

    def __init__(self, settings: UserSettings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.bus = ChangeBus(self)
        self.undo = UndoController(self)
        self.db: ws_types.Database | None = None
        self.lock: DatabaseLock | None = None
        self.lock_holder: LockHolder | None = None
        self.remote: RemoteChanges | None = None
        self._daily = QTimer(self)
        self._daily.setInterval(DAILY_CHECK_MS)
        self._daily.timeout.connect(self.backup_if_due)
        self._open_backup = QTimer(self)
        self._open_backup.setSingleShot(True)
        self._open_backup.timeout.connect(lambda: self._backup_in_background("open"))

    # --- opening -------------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.db is not None and self.db.read_only

    @property
    def path(self) -> Path | None:
        return self.db.path if self.db else None

    def open(
        self,
        location: str | Path,
        parent: QWidget | None = None,
        *,
        background_backup: bool = True,
        check_first: bool = False,
    ) -> bool:
        """Opens a file (or engine URL), asking the planner what to do when it cannot be used as is."""
        text = str(location)
        if _ws().is_server_url(text):
            return self._open_server(text, parent, background_backup)
        path = Path(text.removeprefix("sqlite:///")).expanduser().resolve()
        if self.path == path:
            return True
        lock = DatabaseLock(path)
        holder = None
        if not lock.acquire() and not lock.refused_by_disk:
            holder = held_elsewhere(lock, path, parent)
        read_only = holder is not None or not lock.held
        db = self._try(lambda: self._open_file(path, read_only, parent, check_first), parent)
        if db is None:
            lock.release()
            return False
        if db.read_only_reason:
            say_read_only(path, db.read_only_reason, parent)
            lock.release()  # nothing will be written: another copy may open it (read-only) too
        return self._adopt(db, lock if lock.held else None, holder, background_backup and not db.read_only)

    def _open_server(self, url: str, parent: QWidget | None, background_backup: bool) -> bool:
        """A team's server: an older schema is upgraded only after the person agrees; a server that
        cannot be reached is told in words, with the local file offered instead."""
        try:
            db = _ws().open_workspace(url)
        except _ws().SchemaUpgradeNeeded as exc:
            choice = ask.question(
                parent,
                self.tr("Upgrade the server's database?"),
                error_text(exc) + "\n\n" + self.tr("Upgrade it now? Only one planner needs to do this."),
                [self.tr("Upgrade"), self.tr("Do not open")],
            )
            if choice != 0:
                return False
            db = self._try(lambda: _ws().open_workspace(url, upgrade_schema=True), parent)
        except _ws().ServerConnectionError as exc:
            choice = ask.question(
                parent,
                self.tr("The server cannot be used"),
                error_text(exc) + "\n\n" + self.tr("Open the database file on this computer instead?"),
                [self.tr("Open the local file"), self.tr("Cancel")],
            )
            if choice != 0:
                return False
            from smmdesk import locations

            return self.open(str(locations.default_database()), parent, background_backup=background_backup)
        except _ws().StorageError as exc:
            ask.warn(parent, self.tr("The server cannot be used"), error_text(exc))
            return False
        return self._adopt(db, None, None, background_backup)

    def _open_file(
        self, path: Path, read_only: bool, parent: QWidget | None, check_first: bool
    ) -> ws_types.Database | None:
        keep = self.settings.backups_kept
        try:
            return _ws().open_workspace(
                path, read_only=read_only, keep_backups=keep, check_in_background=not check_first
            )
        except _ws().DamagedDatabaseError as damaged:
            if damaged.good_backup is None or read_only:
                ask.warn(
                    parent,
                    self.tr("The file is damaged"),
                    error_text(damaged) + "\n\n" + self.tr("No sound backup was found."),
                )
                return None
            when = format_datetime(damaged.good_backup.created)
            choice = ask.question(
                parent,
                self.tr("The file is damaged"),
                error_text(damaged)
                + "\n\n"
                + self.tr(
                    "The newest sound backup is from {when}. Restore it? The damaged file is kept "
                    "beside it under a new name."
                ).format(when=when),
                [self.tr("Restore the backup"), self.tr("Do not open")],
            )
            if choice != 0:
                return None
            moved = _ws().restore(path, damaged.good_backup, keep, current_damaged=True)
            log.warning("damaged %s moved to %s; backup %s restored", path, moved, damaged.good_backup.path)
            return _ws().open_workspace(path, keep_backups=keep)

    def _try(
        self, opener: Callable[[], ws_types.Database | None], parent: QWidget | None
    ) -> ws_types.Database | None:
        try:
            return opener()
        except _ws().NewerDatabaseError as exc:
            ask.warn(parent, self.tr("A newer file"), error_text(exc))
        except _ws().ForeignDatabaseError as exc:
            ask.warn(parent, self.tr("Not a smmdesk file"), error_text(exc))
        except SmmError as exc:
            ask.warn(parent, self.tr("The file cannot be opened"), error_text(exc))
        except OSError as exc:
            ask.warn(parent, self.tr("The file cannot be opened"), error_text(os_error_opening(exc)))
        return None

    def _adopt(
        self, db: ws_types.Database | None, lock: DatabaseLock | None, holder: LockHolder | None, backup: bool
    ) -> bool:
        if db is None:
            return False
        self.close()
        self.db, self.lock, self.lock_holder = db, lock, holder
        if db.path is not None:
            if not demo.is_demo(db.path):  # a demo copy is deleted at exit: nothing to come back to
                self.settings.last_database = str(db.path)
                self.settings.add_recent(str(db.path))
            if backup:
                self._open_backup.start(OPEN_BACKUP_DELAY_MS)
            self._daily.start()
            tasks.start(lambda report, cancelled: (db, db.wait_checked()), on_done=self._checked)
        if db.on_server:
            from smmdesk.ui.core.remote import RemoteChanges

            self.remote = RemoteChanges(db, self.bus, self)
        log.info("opened %s%s", db.display_name, " (read-only)" if db.read_only else "")
        self.bus.reset.emit()
        self.opened.emit()
        return True

    def _checked(self, result: tuple[ws_types.Database, str | None]) -> None:
        """The background damage check of a large file finished; a damaged file is closed at once."""
        db, problem = result
        if problem is None or db is not self.db or db.path is None:
            return
        path = db.path
        log.error("damaged database %s found after opening: %s", path, problem)
        self.close()
        self.bus.reset.emit()
        self.opened.emit()
        parent = self.parent()
        self.open(path, parent if isinstance(parent, QWidget) else None, check_first=True)

    def close(self) -> None:
        self._daily.stop()
        self._open_backup.stop()
        self.undo.clear()
        if self.remote is not None:
            self.remote.stop()
            self.remote = None
        if self.db is not None:
            tasks.wait_all()
            self.db.close()
            self.db = None
        if self.lock is not None:
            self.lock.release()
            self.lock = None
        self.lock_holder = None

    # --- edits ---------------------------------------------------------------------------------

    def edit(
        self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any], entity: str, ids: Any = None
    ) -> Any:
        """Runs an undoable edit; `undo` receives what `do` returned. Announces that `entity` changed,
        for `ids`: a list, None for all, or a function of `do`'s result."""

        def announce(result: Any) -> None:
            self.bus.notify(entity, ids(result) if callable(ids) else ids)

        return self.undo.run(ServiceCommand(text, *self._versioned(do, undo), announce))

    def _versioned(
        self, do: Callable[[], Any], undo: Callable[[Any], Any], *, ran: bool = False
    ) -> tuple[Callable[[], Any], Callable[[Any], Any]]:
        """The edit's steps: the first expects what this window last read; an undo or redo expects
        what this client last wrote, so a record someone has changed since is refused, and the
        record is reloaded on the bus. With `ran`, the edit itself already ran (every step is an
        undo or a redo)."""
        db = self.db
        if db is None:
            return do, undo
        first = [not ran]

        def step(action: Callable[[], Any]) -> Any:
            try:
                if first[0]:
                    first[0] = False
                    return action()
                with db.undoing():
                    return action()
            except Exception as exc:
                self._reload_refused(exc)
                raise

        return (lambda: step(do)), (lambda result: step(lambda: undo(result)))

    def _reload_refused(self, exc: BaseException) -> None:
        """A change refused because someone else changed the record: the views show it as it is."""
        if not isinstance(exc, _ws().ConcurrentChangeError) or self.db is None:
            return
        from smmdesk.services import team

        change = team.RemoteChange(exc.table, (exc.row_id,) if exc.row_id else None, exc.who)
        try:
            changes = _ws().reading(self.db, team.bus_changes, change) if exc.table else []
        except _ws().StorageError:
            changes = []
        for entity, ids in changes or [("influencers", None)]:
            self.bus.notify(entity, ids)

    def record(
        self,
        text: str,
        result: Any,
        redo: Callable[[], Any],
        undo: Callable[[Any], Any],
        entity: str,
        ids: Any = None,
    ) -> None:
        """Puts an edit that already ran (in the background) on the one history, as one step, and
        announces it as `edit` does; its undo and redo are checked against what this client last
        wrote, as every undo is."""
        redo_step, undo_step = self._versioned(redo, undo, ran=True)

        def announce(done: Any) -> None:
            self.bus.notify(entity, ids(done) if callable(ids) else ids)

        self.undo.record(ServiceCommand(text, redo_step, undo_step, announce), result)

    # --- backups -------------------------------------------------------------------------------

    def backup_now(self) -> ws_types.BackupInfo | None:
        if self.db is None:
            return None
        info = _ws().backup_now(self.db, "manual", self.settings.backups_kept)
        self.backup_made.emit(info)
        return info

    def backup_if_due(self) -> None:
        if self.path is not None and not self.read_only and _ws().daily_backup_due(self.path):
            self._backup_in_background("daily")

    def _backup_in_background(self, reason: str) -> None:
        db, keep = self.db, self.settings.backups_kept
        if db is None:
            return
        tasks.start(
            lambda report, cancelled: _ws().backup_now(db, reason, keep),
            on_done=self._backup_done,
            on_error=self._backup_failed,
        )

    # Bound methods, not lambdas: Qt drops the queued call if the workspace is gone by then.
    def _backup_done(self, info: object) -> None:
        self.backup_made.emit(info)

    def _backup_failed(self, error: BaseException) -> None:
        log.error("background backup failed: %s", error)

    def copy_place(self) -> tuple[Path, str]:
        """Where File → Save a copy suggests writing and the name it starts from: beside the open
        file, or, for a server, in the data folder under the server database's name."""
        if self.db is None:
            return Path(), ""
        if self.db.path is not None:
            return self.db.path.parent, self.db.path.stem
        from smmdesk import locations
        from smmdesk.domain.text import file_name

        return locations.data_dir(), file_name(self.db.engine.url.database or "smmdesk")

    def save_copy(self, target: Path) -> None:
        """File → Save a copy: the whole database at `target`, a file with its latest edits
        included, or a server's data. Refused when another program has `target` open; raises
        SmmError in words."""
        if self.db is None:
            return
        if self.db.path is not None and real_path(target) == self.db.path:
            _ws().save_copy(self.db, target)  # refused there, in words: not over the file itself
        lock = DatabaseLock(target)
        if not lock.acquire():
            raise StorageError(
                QT_TRANSLATE_NOOP(
                    "Errors", "{name} is open in smmdesk; close it there before saving a copy over it."
                ),
                name=target.name,
            )
        try:
            _ws().save_copy(self.db, target)
        finally:
            lock.release()

    def backups(self) -> list[ws_types.BackupInfo]:
        return _ws().list_backups(self.path) if self.path else []

    def restore(self, chosen: ws_types.BackupInfo, parent: QWidget | None = None) -> bool:
        """Replaces the open file with a backup (the current state is backed up first) and reopens it."""
        path = self.path
        if path is None or self.read_only:
            return False
        lock = self.lock
        self.lock = None  # keep the file locked while it is replaced
        self.close()
        try:
            _ws().restore(path, chosen, self.settings.backups_kept)
        except SmmError as exc:
            ask.warn(parent, self.tr("Restore failed"), error_text(exc))
        except OSError as exc:
            ask.warn(parent, self.tr("Restore failed"), error_text(os_error(exc, path)))
        finally:
            if lock is not None:
                lock.release()
        return self.open(path, parent, background_backup=False)
