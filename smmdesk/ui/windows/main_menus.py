"""The main window's menus and what Файл, Настройки and Справка do: files, the demo, a copy of
the open file, backups, preferences, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text, translate
from smmdesk.locations import DB_SUFFIX
from smmdesk.ui.core import ask, background, demo, notify
from smmdesk.ui.core.errors import show_error

if TYPE_CHECKING:
    from smmdesk.ui.windows.main_window import MainWindow


class FileActions(QObject):
    """Файл → Создать, Открыть, Недавние, the demo, Сохранить копию, backups; Настройки; О программе."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _filter(self) -> str:
        return self.tr("smmdesk databases (*{suffix} *.sqlite *.db);;All files (*)").format(suffix=DB_SUFFIX)

    def _folder(self) -> str:
        path = self.window.workspace.path
        return str(path.parent) if path and not demo.is_demo(path) else ""

    def new_file(self) -> None:
        window = self.window
        chosen = ask.save_file(window, self.tr("New database"), self._folder(), self._filter())
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(DB_SUFFIX)
        if path.exists() and path.stat().st_size > 0:
            ask.warn(
                window,
                self.tr("New database"),
                self.tr("{name} already exists; open it with File → Open.").format(name=path.name),
            )
            return
        window.workspace.open(path, window)

    def open_file(self) -> None:
        chosen = ask.open_file(self.window, self.tr("Open database"), self._folder(), self._filter())
        if chosen:
            self.window.workspace.open(chosen, self.window)

    def open_demo(self) -> None:
        """A fresh copy of the demo database (made in the background: it takes a few seconds);
        deleted when the program ends, never among the recent files."""
        window = self.window
        background.run(
            window,
            self.tr("Making the demo base…"),
            lambda report, cancelled: demo.make_copy(),
            lambda path: self._open_made(path),
            cancellable=False,
        )

    def _open_made(self, path: Path) -> None:
        self.window.workspace.open(path, self.window)

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        recent = [p for p in self.window.settings.recent_files if not demo.is_demo(p)]
        if not recent:
            menu.addAction(self.tr("No recent files")).setEnabled(False)
            return
        for path in recent:
            menu.addAction(path).triggered.connect(lambda _=False, p=path: self.open_recent(p))

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            ask.warn(
                self.window, self.tr("Open recent"), self.tr("{path} no longer exists.").format(path=path)
            )
            self.window.settings.remove_recent(path)
            return
        self.window.workspace.open(path, self.window)

    def backup_now(self) -> None:
        try:
            info = self.window.workspace.backup_now()
        except Exception as exc:
            show_error(self.window, exc)
            return
        if info is not None:
            notify.post(self.tr("Backup saved: {name}").format(name=info.path.name))

    def save_copy(self) -> None:
        """A complete copy of the open database in a file to carry elsewhere: a file with the edits
        still in its WAL, or a server's data written into a new file."""
        window = self.window
        folder, stem = window.workspace.copy_place()
        if not stem:
            return
        suggested = str(folder / (stem + self.tr(" (copy)") + DB_SUFFIX))
        chosen = ask.save_file(window, self.tr("Save a copy"), suggested, self._filter())
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(DB_SUFFIX)
        try:
            window.workspace.save_copy(target)
        except SmmError as exc:
            ask.warn(window, self.tr("Save a copy"), error_text(exc))
            return
        notify.post(self.tr("A copy with every edit is saved: {path}").format(path=target))

    def restore_backup(self) -> None:
        from smmdesk.ui.dialogs.restore_dialog import RestoreDialog

        RestoreDialog(self.window.workspace, self.window).exec()

    def edit_settings(self) -> None:
        from smmdesk.ui.dialogs.settings_dialog import SettingsDialog

        SettingsDialog(self.window.workspace, self.window.settings, self.window).exec()

    def about(self) -> None:
        from smmdesk.ui.dialogs.about import about_text

        ask.inform(self.window, self.tr("About smmdesk"), about_text(self.window.workspace))


def build_menus(window: MainWindow) -> dict[str, QMenu]:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.addAction(window.act_new)
    file_menu.addAction(window.act_open)
    window.recent_menu.aboutToShow.connect(lambda: window.files.fill_recent(window.recent_menu))
    file_menu.addMenu(window.recent_menu)
    file_menu.addAction(window.act_demo)
    file_menu.addAction(window.act_save_copy)
    file_menu.addSeparator()
    file_menu.addAction(window.act_backup)
    file_menu.addAction(window.act_restore)
    file_menu.addSeparator()
    file_menu.addAction(window.act_quit)

    edit_menu = bar.addMenu(translate("MainWindow", "&Edit"))
    for action in (
        window.act_undo,
        window.act_redo,
        None,
        window.act_new_record,
        window.act_delete,
        None,
        window.act_find,
    ):
        if action is None:
            edit_menu.addSeparator()
        else:
            edit_menu.addAction(action)

    view_menu = bar.addMenu(translate("MainWindow", "&View"))
    for action in window.act_section:
        view_menu.addAction(action)
    settings_menu = bar.addMenu(translate("MainWindow", "&Settings"))
    settings_menu.addAction(window.act_settings)
    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(window.act_about)
    return {
        "file": file_menu,
        "edit": edit_menu,
        "view": view_menu,
        "settings": settings_menu,
        "help": help_menu,
    }
