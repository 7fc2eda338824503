"""The base every section of the main window is written on: the plumbing each of them needs, once.

A new section declares its columns, fields and actions; the base does the rest. A whole section
(tests/gui/test_section_base.py writes this one and drives it):

    class MentionsSection(Section):
        KEY = "reputation"                    # its saved layout lives under "reputation/..."
        ENTITIES = ("mentions",)              # the bus entities whose changes it follows

        def build(self) -> None:              # the widgets, once (the constructor calls it)
            self.search_box(self.tr("Find a mention")).textChanged.connect(lambda _: self.reload())
            self.model = RowTableModel([
                ColumnSpec("text", self.tr("Mention"), lambda m: m.text),
                ColumnSpec("when", self.tr("When"), lambda m: m.when, format_date),
            ], self)
            self.table = self.table_view(self.model, "mentionsTable")
            self.form = Form(QFormLayout(panel := QWidget()), self._commit, "mention")
            self.form.line("text", self.tr("Text:"))
            self.form.date("when", self.tr("When:"))
            layout = QVBoxLayout(self)
            layout.addWidget(self.search)
            layout.addWidget(self.splitter("splitter", self.table, panel, sizes=(700, 500)))

        def reload(self) -> None:             # everything from the database (start, another file)
            self.model.set_rows(reading(self.db, svc.mentions, self.search.text()) if self.db else [])

        def refresh(self, changes: Changes) -> None:   # only what `changes` names (default: reload)
            ...

        def _commit(self, key: str, value: Any, field: Field) -> None:   # one field, validated
            mention = ...
            self.edit(self.tr("Change a mention"),
                      lambda: in_transaction(self.db, svc.update_mention, mention.id, {key: value}),
                      lambda old: in_transaction(self.db, svc.update_mention, mention.id, old),
                      "mentions", [mention.id], shown_in=field)   # a refusal is shown under the field

        def new_record(self) -> bool: ...     # Ctrl+N (optional; True when something was made)
        def delete_selected(self) -> bool: ...  # Del (optional)

Then one line in ui/windows/sections.py ("smmdesk.ui.windows.mentions:MentionsSection").

What the base gives:
- change handling: every edit announces what changed on the workspace's bus; a visible section
  gets `refresh(changes)` at once, a hidden one when it is next shown (ten edits elsewhere do not
  rebuild it ten times), and `reload()` after another file was opened or a backup restored;
- layout: splitters (`splitter`) and headers (`keep_state`) are restored on first show and saved
  with the main window, under KEY;
- `focus_search` (the main window's Ctrl+F), `post` (a line in the status bar), `edit` (one
  undoable step; a value the rules refuse is explained in `shown_in` or a dialog), `requested`
  ("demo", "show:<key>": asks the main window), and long work with progress and Cancel
  (`run_in_background`; `export_files`, which keeps the earlier file when cancelled);
- the form helper for "edit a field, validate, show the error beside it" is ui/widgets/form.py,
  the table model driven by column specs ui/models/table_model.py.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from PySide6.QtCore import QByteArray, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.ui.core import background, notify, tasks
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.file_questions import read_failed
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.widgets.form import Done, Field, save


class Section(QWidget):
    """A section of the main window; see the module's docstring for how to write one."""

    # Asks the main window for something beyond the section: "demo" (open the demo database),
    # "show:<key>" (show another section).
    requested = Signal(str)

    KEY: ClassVar[str] = ""
    # The bus entities whose changes this section shows; empty means all of them.
    ENTITIES: ClassVar[tuple[str, ...]] = ()

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(type(self).__name__)
        self.ws = workspace
        self.settings = settings
        self.search: Any = None  # a QLineEdit, or another widget Ctrl+F lands in
        self._states: dict[str, QSplitter | QHeaderView] = {}
        self._defaults: dict[str, Callable[[], None]] = {}
        self._restored = False
        self._pending = Changes()
        self._reload_pending = False
        self.build()
        workspace.bus.changed.connect(self._changed)
        workspace.bus.reset.connect(self._reset)
        self.reload()

    # --- what a section writes --------------------------------------------------------------

    def build(self) -> None:
        """Makes the section's widgets."""

    def reload(self) -> None:
        """Shows everything afresh from the open database."""

    def refresh(self, changes: Changes) -> None:
        """Shows what `changes` names; by default everything is reloaded."""
        self.reload()

    def new_record(self) -> bool:
        """Ctrl+N: makes a new record of what the section holds; False when it has nothing to make."""
        return False

    def delete_selected(self) -> bool:
        """Del: deletes what is selected; False when nothing here can be deleted."""
        return False

    # --- the database -------------------------------------------------------------------------

    @property
    def db(self) -> Any:
        return self.ws.db

    @property
    def writable(self) -> bool:
        return self.ws.db is not None and not self.ws.read_only

    def edit(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any],
        entity: str,
        ids: Any = None,
        *,
        shown_in: Field | QLabel | None = None,
    ) -> Done:
        """One undoable edit (see `form.save`): a refusal is explained in `shown_in` or a dialog."""
        return save(self.ws, self, text, do, undo, entity, ids, shown_in)

    # --- changes ------------------------------------------------------------------------------

    def _changed(self, entity: str, ids: Any) -> None:
        if self.ENTITIES and entity not in self.ENTITIES:
            return
        self._pending.add(entity, ids)
        if self.isVisible():
            self.apply_pending()

    def _reset(self) -> None:
        self._pending.take()
        self._reload_pending = True
        if self.isVisible():
            self.apply_pending()

    def apply_pending(self) -> None:
        """Shows the changes collected while the section was hidden (or just announced)."""
        try:
            if self._reload_pending:
                self._reload_pending = False
                self._pending.take()
                self.reload()
                return
            if self._pending:
                self.refresh(self._pending.take())
        except SmmError as exc:  # a read the file refused (a damaged page of a large one): in words
            read_failed(self.ws.db, exc, self)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            self.restore_layout()
        self.apply_pending()
        super().showEvent(event)

    # --- layout -------------------------------------------------------------------------------

    def keep_state(self, name: str, widget: QSplitter | QHeaderView, default: Callable[[], None]) -> None:
        """Remembers a splitter's or header's layout under `KEY/name`; `default` lays it out at first."""
        self._states[name] = widget
        self._defaults[name] = default
        if self._restored:
            self.restore_state(name)

    def restore_state(self, name: str) -> None:
        widget = self._states[name]
        state = self.settings.state(f"{self.KEY}/{name}")
        if state is None or not widget.restoreState(state):
            self._defaults[name]()

    def restore_layout(self) -> None:
        for name in self._states:
            self.restore_state(name)

    def save_layout(self) -> None:
        """Saves what `keep_state` registered (the main window calls this when it closes)."""
        if not self._restored:
            return  # never shown: nothing was laid out that is worth keeping
        for name, widget in self._states.items():
            state: QByteArray = widget.saveState()
            self.settings.set_state(f"{self.KEY}/{name}", state)

    def splitter(self, name: str, *widgets: QWidget, sizes: Sequence[int], stretch: int = 1) -> QSplitter:
        """A horizontal splitter of `widgets` whose sizes are remembered; `sizes` the first time."""
        splitter = QSplitter()
        splitter.setObjectName(f"{self.KEY}_{name}")
        splitter.setChildrenCollapsible(False)
        for widget in widgets:
            splitter.addWidget(widget)
        splitter.setStretchFactor(stretch, 1)
        self.keep_state(name, splitter, lambda: splitter.setSizes(list(sizes)))
        return splitter

    # --- helpers ------------------------------------------------------------------------------

    def search_box(self, placeholder: str, name: str = "search") -> QLineEdit:
        """The section's search field (Ctrl+F focuses it)."""
        box = QLineEdit()
        box.setObjectName(name)
        box.setPlaceholderText(placeholder)
        box.setClearButtonEnabled(True)
        self.search = box
        return box

    def focus_search(self) -> None:
        if self.search is None:
            return
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if isinstance(self.search, QLineEdit):
            self.search.selectAll()

    @staticmethod
    def table_view(model: Any, name: str, *, rows: bool = True, single: bool = False) -> QTableView:
        """A table as every section shows one: whole rows selected, no row numbers, no wrapping;
        `single` when its buttons act on one record (never on one of several chosen, unsaid)."""
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        if rows:
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if single:
            table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def post(self, text: str, timeout_ms: int = notify.DEFAULT_TIMEOUT_MS) -> None:
        """A line in the status bar."""
        notify.post(text, timeout_ms)

    def run_in_background(
        self, label: str, work: background.Work, done: Callable[[Any], None], **options: Any
    ) -> tasks.Task:
        return background.run(self, label, work, done, **options)

    def export_files(
        self,
        label: str,
        targets: Sequence[Path],
        write: Callable[[list[Path], background.Report, background.IsCancelled], Any],
        done: Callable[[Any], None] | None = None,
    ) -> tasks.Task:
        return background.export(self, label, targets, write, done)
