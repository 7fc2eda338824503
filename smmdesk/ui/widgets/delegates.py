"""Cell editors for editable tables: a choice from a list, the program's date field, a typed text.

Numbers are typed as text and handed to the model as typed: no spin box rounds or clamps them.
The model parses the text and the service refuses what the rules refuse, with its message.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.ui.widgets.date_field import DateField

EditRole = Qt.ItemDataRole.EditRole
# A cell is edited by typing into it, as in a spreadsheet, or by F2 or a double click.
TYPE_TO_EDIT = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
Index = QModelIndex | QPersistentModelIndex


class EnterEdits(QObject):
    """Enter (and Return) starts editing the current cell where it can be edited, on every system
    (Qt's own "edit key" is F2 on Linux and Windows; Enter there only activates the row)."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers() & ~KEYPAD:
            return False
        view = self.view
        index = view.currentIndex()
        editing = view.state() == QAbstractItemView.State.EditingState
        if editing or not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        return bool(view.edit(index, QAbstractItemView.EditTrigger.EditKeyPressed, event))


KEYPAD = Qt.KeyboardModifier.KeypadModifier


def type_to_edit(view: QAbstractItemView) -> None:
    """A table edited as a spreadsheet: typing, F2, a double click or Enter opens the cell."""
    view.setEditTriggers(TYPE_TO_EDIT)
    for each in (view, getattr(view, "pinned", None)):
        if isinstance(each, QAbstractItemView):
            EnterEdits(each)
Preview = Callable[[Index, str], None]  # a text being typed, before it is committed


class ChoiceDelegate(QStyledItemDelegate):
    """Edits a cell by choosing one of (value, label) pairs; the model gets the value."""

    def __init__(self, choices: Sequence[tuple[Any, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        combo = QComboBox(parent)
        for value, label in self.choices:
            combo.addItem(label, value)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(EditRole)), 0))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), EditRole)


class DateDelegate(QStyledItemDelegate):
    """The program's date field in a cell; a text that is not a date goes to the model as typed,
    which refuses it with its message."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = DateField(parent=parent)
        editor.moves_on = False  # Enter is the delegate's: commit and close the cell's editor
        editor.setAutoFillBackground(True)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, DateField)
        value = index.data(EditRole)
        editor.set_value(value if isinstance(value, dt.date) else None)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, DateField)
        try:
            value: Any = editor.typed()
        except ValidationError:
            value = editor.line.text()
        model.setData(index, value, EditRole)


class UnitLineEdit(QLineEdit):
    """A line edit with its unit (₽, $) shown at its right end, outside the text that is typed."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit = QLabel(unit, self)
        self.unit.setObjectName("unit")
        self.unit.setEnabled(False)  # drawn as a hint, not as part of the value
        self.setTextMargins(0, 0, self.unit.sizeHint().width() + 4, 0)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        hint = self.unit.sizeHint()
        self.unit.move(self.width() - hint.width() - 4, (self.height() - hint.height()) // 2)


class TextDelegate(QStyledItemDelegate):
    """A typed text (a number, a price, a percentage); `preview` sees it as it is typed, so totals
    can follow before the cell is committed. A `suffix` (the estimate's currency) is shown beside
    what is typed; typed after the number too, it is taken off before the model reads it."""

    def __init__(
        self,
        *,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignRight,
        preview: Preview | None = None,
        suffix: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.align = align
        self.preview = preview
        self.suffix = suffix

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = UnitLineEdit(self.suffix, parent) if self.suffix else QLineEdit(parent)
        editor.setAlignment(self.align | Qt.AlignmentFlag.AlignVCenter)
        preview = self.preview
        if preview is not None:
            persistent = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text: preview(persistent, self.typed(text)))
        return editor

    def typed(self, text: str) -> str:
        """What was typed without the unit: "1 500 $" is read as "1 500"."""
        unit = self.suffix.strip()
        stripped = text.strip()
        return stripped[: -len(unit)].rstrip() if unit and stripped.endswith(unit) else text

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        value = index.data(EditRole)
        editor.setText("" if value is None else str(value))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, self.typed(editor.text()), EditRole)
