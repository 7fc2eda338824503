"""The main window: section navigation, menus, status bar; remembers its geometry and layout."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text
from smmdesk.locations import DB_SUFFIX
from smmdesk.resources import resource_path
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.windows.placeholder import SectionPlaceholder
from smmdesk.ui.windows.sections import SECTIONS, SectionSpec

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None


class MainWindow(QMainWindow):
    """Sections on the left, the current one on the right; every edit goes through the workspace."""

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setMinimumSize(720, 460)

        self.nav = QListWidget()
        self.nav.setObjectName("sectionList")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        self._pages: dict[str, QWidget] = {}
        for spec in SECTIONS:
            item = QListWidgetItem(QIcon(str(resource_path("icons", f"{spec.key}.svg"))), spec.title)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
            holder = QWidget()
            self.stack.addWidget(holder)
        self.nav.currentRowChanged.connect(self._show_section)

        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.statusBar().addWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.file_label)

        self._build_actions()
        self._build_menus()
        workspace.opened.connect(self._on_opened)
        workspace.undo.failed.connect(lambda exc: show_error(self, exc))
        workspace.backup_made.connect(self._on_backup)
        self._restore_layout()
        self._on_opened()
        # The first section is built when first needed (after the window's first paint at start-up),
        # so the window appears before the heavier section code loads.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)

    # --- building ------------------------------------------------------------------------------

    def _action(self, text: str, slot: object, shortcut: Shortcut = None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        Std = QKeySequence.StandardKey
        # Ctrl+N belongs to the sections (a new record); a new database file is rarer.
        self.act_new = self._action(self.tr("&New…"), self.new_file, "Ctrl+Shift+N", "actNew")
        self.act_open = self._action(self.tr("&Open…"), self.open_file, Std.Open, "actOpen")
        self.act_backup = self._action(self.tr("&Back up now"), self.backup_now, "Ctrl+Shift+B", "actBackup")
        self.act_restore = self._action(
            self.tr("&Restore from backup…"), self.restore_backup, None, "actRestore"
        )
        self.act_save_copy = self._action(self.tr("Save a &copy…"), self.save_copy, None, "actSaveCopy")
        self.act_quit = self._action(self.tr("&Quit"), self.close, Std.Quit, "actQuit")
        self.act_quit.setShortcuts([QKeySequence(Std.Quit), QKeySequence("Ctrl+Q")])
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)

        stack = self.workspace.undo.stack
        self.act_undo = stack.createUndoAction(self, self.tr("&Undo"))
        self.act_undo.setShortcut(QKeySequence(Std.Undo))
        self.act_undo.setObjectName("actUndo")
        self.act_undo.triggered.disconnect()
        self.act_undo.triggered.connect(self.workspace.undo.undo)
        self.act_redo = stack.createRedoAction(self, self.tr("&Redo"))
        # What README says, on every platform: StandardKey.Redo is Ctrl+Y first on some, and Ctrl+Y
        # given twice to one action is "ambiguous" and does nothing.
        self.act_redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.act_redo.setObjectName("actRedo")
        self.act_redo.triggered.disconnect()
        self.act_redo.triggered.connect(self.workspace.undo.redo)
        for action in (self.act_undo, self.act_redo):
            self.addAction(action)
        self.act_find = self._action(self.tr("&Find"), self.focus_search, Std.Find, "actFind")

        self.act_settings = self._action(
            self.tr("&Preferences…"), self.edit_settings, "Ctrl+,", "actSettings"
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_about = self._action(self.tr("&About smmdesk"), self.about, Std.HelpContents, "actAbout")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_section = []
        for index, spec in enumerate(SECTIONS):
            action = self._action(
                spec.title, lambda _=False, i=index: self.nav.setCurrentRow(i), f"Ctrl+{index + 1}"
            )
            self.act_section.append(action)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_new)
        file_menu.addAction(self.act_open)
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addMenu(self.recent_menu)
        file_menu.addAction(self.act_save_copy)
        file_menu.addSeparator()
        file_menu.addAction(self.act_backup)
        file_menu.addAction(self.act_restore)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self.act_find)

        view_menu = bar.addMenu(self.tr("&View"))
        for action in self.act_section:
            view_menu.addAction(action)

        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(self.act_settings)

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.act_about)
        self.menus = {
            "file": file_menu,
            "edit": edit_menu,
            "view": view_menu,
            "settings": settings_menu,
            "help": help_menu,
        }

    # --- sections ------------------------------------------------------------------------------

    def section_widget(self, key: str) -> QWidget:
        """The section's widget, built on first use (so start-up only builds what is shown)."""
        if key not in self._pages:
            index = next(i for i, spec in enumerate(SECTIONS) if spec.key == key)
            page = self._build_section(SECTIONS[index])
            old = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            if old is not None:
                self.stack.removeWidget(old)
                old.deleteLater()
            self._pages[key] = page
        return self._pages[key]

    def _build_section(self, spec: SectionSpec) -> QWidget:
        factory = spec.factory
        if factory is None:
            return SectionPlaceholder(spec.title, spec.description)
        page = factory(self.workspace, self.settings)
        page.setObjectName(f"section_{spec.key}")
        return page

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        self.section_widget(SECTIONS[row].key)
        self.stack.setCurrentIndex(row)

    def current_section(self) -> QWidget:
        row = max(self.nav.currentRow(), 0)
        page = self.section_widget(SECTIONS[row].key)
        self.stack.setCurrentIndex(row)
        return page

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(SECTIONS) if spec.key == key)
        self.nav.setCurrentRow(row)
        return self.current_section()

    def focus_search(self) -> None:
        focus = getattr(self.current_section(), "focus_search", None)
        if callable(focus):
            focus()

    # --- file ----------------------------------------------------------------------------------

    def _file_filter(self) -> str:
        return self.tr("smmdesk databases (*{suffix} *.sqlite *.db);;All files (*)").format(suffix=DB_SUFFIX)

    def _folder(self) -> str:
        path = self.workspace.path
        return str(path.parent) if path else ""

    def new_file(self) -> None:
        chosen = ask.save_file(self, self.tr("New database"), self._folder(), self._file_filter())
        if not chosen:
            return
        path = Path(chosen)
        if not path.suffix:
            path = path.with_suffix(DB_SUFFIX)
        if path.exists() and path.stat().st_size > 0:
            ask.warn(
                self,
                self.tr("New database"),
                self.tr("{name} already exists; open it with File → Open.").format(name=path.name),
            )
            return
        self.workspace.open(path, self)

    def open_file(self) -> None:
        chosen = ask.open_file(self, self.tr("Open database"), self._folder(), self._file_filter())
        if chosen:
            self.workspace.open(chosen, self)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = self.settings.recent_files
        if not recent:
            empty = self.recent_menu.addAction(self.tr("No recent files"))
            empty.setEnabled(False)
            return
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _=False, p=path: self.open_recent(p))

    def open_recent(self, path: str) -> None:
        if not Path(path).exists():
            ask.warn(self, self.tr("Open recent"), self.tr("{path} no longer exists.").format(path=path))
            self.settings.remove_recent(path)
            return
        self.workspace.open(path, self)

    def backup_now(self) -> None:
        try:
            info = self.workspace.backup_now()
        except Exception as exc:
            show_error(self, exc)
            return
        if info is not None:
            self.statusBar().showMessage(self.tr("Backup saved: {name}").format(name=info.path.name), 8000)

    def save_copy(self) -> None:
        """A complete copy of the open database in a file to carry elsewhere: a file with the edits
        still in its WAL, or a server's data written into a new file."""
        folder, stem = self.workspace.copy_place()
        if not stem:
            return
        suggested = str(folder / (stem + self.tr(" (copy)") + DB_SUFFIX))
        chosen = ask.save_file(self, self.tr("Save a copy"), suggested, self._file_filter())
        if not chosen:
            return
        target = Path(chosen)
        if not target.suffix:
            target = target.with_suffix(DB_SUFFIX)
        try:
            self.workspace.save_copy(target)
        except SmmError as exc:
            ask.warn(self, self.tr("Save a copy"), error_text(exc))
            return
        self.statusBar().showMessage(
            self.tr("A copy with every edit is saved: {path}").format(path=target), 8000
        )

    def _on_backup(self, info: object) -> None:
        self._update_status()

    def restore_backup(self) -> None:
        from smmdesk.ui.dialogs.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.workspace, self)
        dialog.exec()

    def edit_settings(self) -> None:
        from smmdesk.ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.workspace, self.settings, self)
        dialog.exec()

    def about(self) -> None:
        from smmdesk.ui.dialogs.about import about_text

        ask.inform(self, self.tr("About smmdesk"), about_text(self.workspace))

    # --- state ---------------------------------------------------------------------------------

    def _on_opened(self) -> None:
        self._update_status()
        read_only = self.workspace.read_only
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(not read_only and self.workspace.path is not None)
        self.act_save_copy.setEnabled(self.workspace.db is not None)

    def _update_status(self) -> None:
        db = self.workspace.db
        name = db.display_name if db else ""
        self.file_label.setText(name or self.tr("No file is open"))
        self.file_label.setToolTip(name)
        title = Path(name).name if db and db.path else name
        if self.workspace.read_only:
            reason = db.read_only_reason if db else ""
            if reason and self.workspace.lock_holder is None:
                why = self.workspace.read_only_text(reason).format(name=Path(name).name)
                self.read_only_label.setText(self.tr("Read-only: {why}").format(why=why))
            else:
                self.read_only_label.setText(
                    self.tr("Read-only: the file is open in another copy of smmdesk")
                )
            title += " — " + self.tr("read-only")
        else:
            self.read_only_label.clear()
        self.setWindowTitle(f"{title} — smmdesk" if title else "smmdesk")

    def _restore_layout(self) -> None:
        geometry = self.settings.state("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        state = self.settings.state("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.state("main/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([190, 1090])

    def save_layout(self) -> None:
        self.settings.set_state("main/geometry", self.saveGeometry())
        self.settings.set_state("main/state", self.saveState())
        self.settings.set_state("main/splitter", self.splitter.saveState())
        for page in self._pages.values():
            save = getattr(page, "save_layout", None)
            if callable(save):
                save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.settings.qsettings.sync()
        super().closeEvent(event)
