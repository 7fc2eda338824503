"""The brand's named lists of the query library (brand spellings, job-ad exclusions…), which queries
use as `{name}`: added, changed and deleted here, each an undoable step of the window's history; an
entry that does not parse is refused with the list and the entry named."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.services.reputation import library
from smmdesk.services.session import in_transaction, reading

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow


def share_history(dialog: QDialog, section: QWidget) -> None:
    """Ctrl+Z and Ctrl+Y in a dialog beside the window work on the window's one history (the same
    actions as its menu, so each shortcut is still registered once)."""
    window = section.window()
    for name in ("act_undo", "act_redo"):
        action = getattr(window, name, None)
        if action is not None:
            dialog.addAction(action)


class ListsDialog(QDialog):
    """The lists of `client_id`; `list_id` is the one being edited (None: a new list)."""

    def __init__(self, section: ReputationWindow, client_id: int) -> None:
        super().__init__(section)
        self.setWindowTitle(self.tr("Named lists"))
        self.setObjectName("namedListsDialog")
        self.section, self.client_id = section, client_id
        self.list_id: int | None = None
        self.lists = QListWidget()
        self.lists.setObjectName("namedLists")
        self.lists.currentItemChanged.connect(
            lambda item, _: self.open_list(item.data(Qt.ItemDataRole.UserRole) if item else None)
        )
        self.name = QLineEdit()
        self.name.setObjectName("listName")
        self.name.setPlaceholderText(self.tr("Name (queries use it in braces)"))
        self.entries = QPlainTextEdit()
        self.entries.setObjectName("listEntries")
        self.entries.setPlaceholderText(self.tr("One entry a line: a word, a phrase in quotes, a query"))
        self.message = QLabel()
        self.message.setObjectName("listMessage")
        self.message.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New list"))
        self.new_button.clicked.connect(lambda: self.open_list(None))
        self.save_button = QPushButton(self.tr("Save the list"))
        self.save_button.setObjectName("saveList")
        self.save_button.clicked.connect(lambda: self.save())
        self.delete_button = QPushButton(self.tr("Delete the list"))
        self.delete_button.setObjectName("deleteList")
        self.delete_button.clicked.connect(lambda: self.delete())
        self.setLayout(self._layout())
        self.resize(760, 480)
        section.ws.bus.changed.connect(self._changed)
        share_history(self, section)
        self.reload()

    def _layout(self) -> QVBoxLayout:
        left = QVBoxLayout()
        left.addWidget(self.lists, 1)
        left.addWidget(self.new_button)
        right = QVBoxLayout()
        right.addWidget(self.name)
        right.addWidget(self.entries, 1)
        right.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        right.addLayout(buttons)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 2)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout()
        layout.addLayout(columns, 1)
        layout.addWidget(close)
        return layout

    def _changed(self, entity: str, _ids: Any) -> None:
        if entity == "reputation" and self.isVisible():
            self.reload()

    def reload(self) -> None:
        """The brand's lists by name; the one being edited stays chosen while it exists."""
        db = self.section.db
        found = reading(db, library.lists, self.client_id) if db is not None else []
        self.lists.blockSignals(True)
        self.lists.clear()
        for info in found:
            item = QListWidgetItem(f"{{{info.name}}} · {len(info.entries)}")
            item.setData(Qt.ItemDataRole.UserRole, info.id)
            self.lists.addItem(item)
            if info.id == self.list_id:
                self.lists.setCurrentItem(item)
        self.lists.blockSignals(False)
        writable = self.section.writable
        for button in (self.new_button, self.save_button):
            button.setEnabled(writable)
        if self.list_id is not None and all(info.id != self.list_id for info in found):
            self.open_list(None)
        self.delete_button.setEnabled(writable and self.list_id is not None)

    def open_list(self, list_id: int | None) -> None:
        db = self.section.db
        info = next(
            (i for i in (reading(db, library.lists, self.client_id) if db else []) if i.id == list_id), None
        )
        self.list_id = info.id if info else None
        self.name.setText(info.name if info else "")
        self.entries.setPlainText("\n".join(info.entries) if info else "")
        self.message.clear()
        self.delete_button.setEnabled(self.section.writable and info is not None)
        if info is None:
            self.lists.clearSelection()
            self.name.setFocus()

    def save(self) -> bool:
        """The list as typed (a new one, or the one chosen changed)."""
        db, client, ident = self.section.db, self.client_id, self.list_id
        name, entries = self.name.text(), self.entries.toPlainText().splitlines()
        made: list[int] = []

        def do() -> tuple[int, Any]:
            if made:  # the redo of an added list: back with the id the later steps know
                again = library.ListInfo(made[0], name, tuple(entries))
                return in_transaction(db, library.restore_list, client, again), None
            result = in_transaction(db, library.save_list, client, name, entries, ident)
            if ident is None:
                made.append(result[0])
            return result

        def undo(result: tuple[int, Any]) -> None:
            list_id, old = result
            if old is None:
                in_transaction(db, library.delete_list, list_id)
            else:
                in_transaction(db, library.save_list, client, old.name, old.entries, list_id)

        done = self.section.edit(
            self.tr("Save the list {name}").format(name=name.strip()),
            do,
            undo,
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.list_id = done.value[0]
            self.message.setText(self.tr("Saved."))
            self.reload()
        return bool(done)

    def delete(self) -> bool:
        db, client, ident = self.section.db, self.client_id, self.list_id
        info = next((i for i in reading(db, library.lists, client) if i.id == ident), None)
        if db is None or info is None:
            return False

        def do() -> library.ListInfo:
            in_transaction(db, library.delete_list, info.id)
            return info

        def undo(kept: library.ListInfo) -> None:
            in_transaction(db, library.restore_list, client, kept)

        done = self.section.edit(
            self.tr("Delete the list {name}").format(name=info.name),
            do,
            undo,
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.open_list(None)
            self.reload()
        return bool(done)


def open_lists(section: ReputationWindow) -> ListsDialog | None:
    """Shows the brand's lists beside the window (not modal: the library stays usable)."""
    if section.client_id is None:
        return None
    dialog = ListsDialog(section, section.client_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
