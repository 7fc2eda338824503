"""The main window: section navigation, menus, status bar; remembers its geometry and layout.

Every shortcut is registered once, here: Ctrl+N (a new record) and Del go to the current
section's `new_record` and `delete_selected`, Ctrl+F to its search. A shortcut on two actions is
"ambiguous" to Qt and does nothing, so sections register none of their own.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence
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

from smmdesk.resources import resource_path
from smmdesk.ui.core import ask, file_dialog, notify
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.file_questions import read_only_text
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.widgets.tables import readable_titles
from smmdesk.ui.windows.main_menus import FileActions, build_menus
from smmdesk.ui.windows.placeholder import SectionPlaceholder
from smmdesk.ui.windows.sections import SECTIONS, SectionSpec

Shortcut = QKeySequence | QKeySequence.StandardKey | str | None
DEFAULT_SIZE = QSize(1280, 800)


class MainWindow(QMainWindow):
    """Sections on the left, the current one on the right; every edit goes through the workspace."""

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        self.setObjectName("MainWindow")
        self.setMinimumSize(720, 460)
        self.files = FileActions(self)
        self._build_sections()
        self._build_status_bar()
        self._build_actions()
        self.recent_menu = QMenu(self.tr("Open &recent"), self)
        self.menus = build_menus(self)
        file_dialog.remember_in(settings)
        notify.notifier().posted.connect(self._post)
        workspace.opened.connect(self._on_opened)
        workspace.undo.failed.connect(lambda exc: show_error(self, exc))
        workspace.undo.stack.indexChanged.connect(lambda _: self._update_edit_actions())
        workspace.backup_made.connect(lambda _: self._update_status())
        self._restore_layout()
        self._on_opened()
        # The first section is built when first needed (after the window's first paint at start-up),
        # so the window appears before the heavier section code loads.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(0)
        self.nav.blockSignals(False)

    # --- building ------------------------------------------------------------------------------

    def _build_sections(self) -> None:
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
            self.stack.addWidget(QWidget())
        self.nav.currentRowChanged.connect(self._show_section)
        self.splitter = QSplitter()
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_status_bar(self) -> None:
        self.file_label = QLabel()
        self.file_label.setObjectName("fileLabel")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.read_only_label = QLabel()
        self.read_only_label.setObjectName("readOnlyLabel")
        self.statusBar().addWidget(self.read_only_label)
        self.statusBar().addPermanentWidget(self.file_label)

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
        files = self.files
        # Ctrl+N belongs to the sections (a new record); a new database file is rarer.
        self.act_new = self._action(self.tr("&New…"), files.new_file, "Ctrl+Shift+N", "actNew")
        self.act_open = self._action(self.tr("&Open…"), files.open_file, Std.Open, "actOpen")
        self.act_demo = self._action(self.tr("Open the &demo"), files.open_demo, None, "actDemo")
        self.act_backup = self._action(self.tr("&Back up now"), files.backup_now, "Ctrl+Shift+B", "actBackup")
        self.act_restore = self._action(
            self.tr("&Restore from backup…"), files.restore_backup, None, "actRestore"
        )
        self.act_save_copy = self._action(self.tr("Save a &copy…"), files.save_copy, None, "actSaveCopy")
        # One sequence only: on Linux the standard Quit key *is* Ctrl+Q, and the same key twice is ambiguous.
        self.act_quit = self._action(self.tr("&Quit"), self.close, "Ctrl+Q", "actQuit")
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        stack = self.workspace.undo.stack
        self.act_undo = self._stack_action(
            stack.createUndoAction(self, self.tr("&Undo")), [Std.Undo], "actUndo", self.workspace.undo.undo
        )
        self.act_redo = self._stack_action(
            stack.createRedoAction(self, self.tr("&Redo")),
            [Std.Redo, "Ctrl+Shift+Z", "Ctrl+Y"],
            "actRedo",
            self.workspace.undo.redo,
        )
        self.act_new_record = self._action(self.tr("New &record"), self.new_record, "Ctrl+N", "actNewRecord")
        self.act_delete = self._action(self.tr("&Delete"), self.delete_selected, Std.Delete, "actDelete")
        self.act_delete.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.act_find = self._action(self.tr("&Find"), self.focus_search, Std.Find, "actFind")
        self.act_settings = self._action(
            self.tr("&Preferences…"), files.edit_settings, "Ctrl+,", "actSettings"
        )
        self.act_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.act_about = self._action(self.tr("&About smmdesk"), files.about, "F1", "actAbout")
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_section = [
            self._action(
                spec.title,
                lambda _=False, i=index: self.nav.setCurrentRow(i),
                f"Ctrl+{index + 1}",
                f"actSection{index + 1}",
            )
            for index, spec in enumerate(SECTIONS)
        ]

    def _stack_action(self, action: QAction, keys: list[Shortcut], name: str, slot: object) -> QAction:
        unique: list[QKeySequence] = []
        for key in keys:
            sequence = QKeySequence(key)  # type: ignore[arg-type]
            if sequence not in unique:
                unique.append(sequence)
        action.setShortcuts(unique)
        action.setObjectName(name)
        action.triggered.disconnect()
        action.triggered.connect(slot)
        self.addAction(action)
        return action

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
        readable_titles(page)
        requested = getattr(page, "requested", None)
        if requested is not None:
            requested.connect(self._section_asks)
        return page

    def _show_section(self, row: int) -> None:
        if row < 0:
            return
        self.section_widget(SECTIONS[row].key)
        self.stack.setCurrentIndex(row)
        self._update_edit_actions()

    def current_section(self) -> QWidget:
        row = max(self.nav.currentRow(), 0)
        page = self.section_widget(SECTIONS[row].key)
        self.stack.setCurrentIndex(row)
        return page

    def show_section(self, key: str) -> QWidget:
        row = next(i for i, spec in enumerate(SECTIONS) if spec.key == key)
        self.nav.setCurrentRow(row)
        return self.current_section()

    def _section_asks(self, request: str) -> None:
        if request == "demo":
            self.files.open_demo()
        elif request.startswith("show:"):
            self.show_section(request.removeprefix("show:"))

    def new_record(self) -> None:
        make = getattr(self.current_section(), "new_record", None)
        if callable(make) and self.workspace.db is not None and not self.workspace.read_only:
            make()

    def delete_selected(self) -> None:
        delete = getattr(self.current_section(), "delete_selected", None)
        if callable(delete) and not self.workspace.read_only:
            delete()

    def focus_search(self) -> None:
        focus = getattr(self.current_section(), "focus_search", None)
        if callable(focus):
            focus()

    # --- state ---------------------------------------------------------------------------------

    def _post(self, text: str, timeout_ms: int) -> None:
        self.statusBar().showMessage(text, timeout_ms)

    def _on_opened(self) -> None:
        self._update_status()
        for action in (self.act_backup, self.act_restore):
            action.setEnabled(not self.workspace.read_only and self.workspace.path is not None)
        self.act_save_copy.setEnabled(self.workspace.db is not None)  # a file's, or a server's data
        self._update_edit_actions()

    def _update_edit_actions(self) -> None:
        writable = self.workspace.db is not None and not self.workspace.read_only
        self.act_new_record.setEnabled(writable)
        self.act_delete.setEnabled(writable)

    def _update_status(self) -> None:
        db = self.workspace.db
        name = db.display_name if db else ""
        self.file_label.setText(name or self.tr("No file is open"))
        self.file_label.setToolTip(name)
        title = Path(name).name if db and db.path else name
        if self.workspace.read_only:
            reason = db.read_only_reason if db else ""
            if db is not None and db.path is None and db.role == "viewer":
                self.read_only_label.setText(self.tr("Read-only: you are signed in as a viewer"))
            elif reason and self.workspace.lock_holder is None:
                why = read_only_text(reason).format(name=Path(name).name)
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
            self.resize(DEFAULT_SIZE)
        fit_to_screen(self)
        state = self.settings.state("main/state")
        if state is not None:
            self.restoreState(state)
        splitter = self.settings.state("main/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([160, self.width() - 160])

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


def fit_to_screen(window: QWidget, available: QRect | None = None) -> None:
    """Keeps the window inside its screen's available area (a laptop's 1366×768 less the task bar):
    a size remembered from a larger monitor, or the default, shrinks to fit and the window moves in."""
    if available is None:
        screen = window.screen() or QGuiApplication.primaryScreen()
        if screen is None:
            return
        available = screen.availableGeometry()
    frame = window.frameGeometry().size() - window.geometry().size()
    width = min(window.width(), available.width() - frame.width())
    height = min(window.height(), available.height() - frame.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(max(width, window.minimumWidth()), max(height, window.minimumHeight()))
    x = min(max(window.x(), available.left()), available.right() - window.frameGeometry().width() + 1)
    y = min(max(window.y(), available.top()), available.bottom() - window.frameGeometry().height() + 1)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, available.left()), max(y, available.top()))


__all__ = ["MainWindow", "ask", "fit_to_screen"]
