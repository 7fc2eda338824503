"""Cell editors for editable tables: a choice from a list, a date with a calendar, a Russian number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QDate, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from smmdesk.ui.core.formatting import format_decimal, parse_decimal

EditRole = Qt.ItemDataRole.EditRole
# A cell is edited by typing into it, as in a spreadsheet, or by F2 or a double click.
TYPE_TO_EDIT = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
)
Index = QModelIndex | QPersistentModelIndex


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
    """A date with a calendar popup; clearing is done with Delete on the cell."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QDateEdit(parent)
        editor.setCalendarPopup(True)
        editor.setDisplayFormat("dd.MM.yyyy")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        value = index.data(EditRole)
        day = value if isinstance(value, dt.date) else dt.date.today()
        editor.setDate(QDate(day.year, day.month, day.day))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QDateEdit)
        model.setData(index, editor.date().toPython(), EditRole)


Preview = Callable[[Index, Any], None]  # a value being typed, before it is committed


class DecimalSpinBox(QDoubleSpinBox):
    """A spin box that takes a number typed either way — `12 500,50` or `12500.5` — and shows it
    the Russian way."""

    def __init__(self, parent: QWidget | None = None, decimals: int = 2) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)
        self.setGroupSeparatorShown(True)
        self.typed = False  # whether the user typed anything (an empty value shows as 0)
        self.lineEdit().textEdited.connect(lambda _: setattr(self, "typed", True))

    def _number_text(self, text: str) -> str:
        return text.removeprefix(self.prefix()).removesuffix(self.suffix()).strip()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        number = self._number_text(text)
        if number in ("", "-", ",", "."):
            return QValidator.State.Intermediate, text, pos
        value = parse_decimal(number)
        if value is None:
            return QValidator.State.Invalid, text, pos
        if not self.minimum() <= value <= self.maximum():
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Acceptable, text, pos

    def valueFromText(self, text: str) -> float:
        value = parse_decimal(self._number_text(text))
        return float(value) if value is not None else self.value()

    def textFromValue(self, value: float) -> str:
        return format_decimal(Decimal(f"{value:.{self.decimals()}f}"), self.decimals())

    def decimal(self) -> Decimal:
        return Decimal(f"{self.value():.{self.decimals()}f}")


class NumberDelegate(QStyledItemDelegate):
    """A whole number (a spin box) or a decimal (a `DecimalSpinBox`) in a range, with a suffix;
    `preview` sees each value as it is typed, so totals can follow before the cell is committed."""

    def __init__(
        self,
        minimum: float,
        maximum: float,
        *,
        decimals: int = 0,
        suffix: str = "",
        preview: Preview | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.minimum, self.maximum, self.decimals, self.suffix = minimum, maximum, decimals, suffix
        self.preview = preview

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box: QSpinBox | DecimalSpinBox
        if self.decimals:
            box = DecimalSpinBox(parent, self.decimals)
            box.setRange(self.minimum, self.maximum)
        else:
            box = QSpinBox(parent)
            box.setRange(int(self.minimum), int(self.maximum))
        box.setSuffix(self.suffix)
        box.setButtonSymbols(
            QSpinBox.ButtonSymbols.NoButtons if self.decimals else QSpinBox.ButtonSymbols.UpDownArrows
        )
        box.setAlignment(Qt.AlignmentFlag.AlignRight)
        preview = self.preview
        if preview is not None:
            persistent = QPersistentModelIndex(index)
            box.valueChanged.connect(lambda _: preview(persistent, self._value(box)))
        return box

    def _value(self, box: QWidget) -> Any:
        return box.decimal() if isinstance(box, DecimalSpinBox) else box.value()  # type: ignore[attr-defined]

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(EditRole)
        editor.blockSignals(True)
        if isinstance(editor, DecimalSpinBox):
            number = parse_decimal(str(value)) if value not in (None, "") else None
            editor.setValue(float(number) if number is not None else 0.0)
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value) if value not in (None, "") else int(self.minimum))
        editor.blockSignals(False)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, DecimalSpinBox) and not editor.typed:
            return  # nothing typed: an empty price stays empty rather than becoming 0
        model.setData(index, self._value(editor), EditRole)
