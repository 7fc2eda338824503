"""A date that may be empty: a calendar field showing "—" when there is no date, and a button that
clears it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QDateEdit, QHBoxLayout, QToolButton, QWidget

EMPTY = QDate(2000, 1, 1)  # the minimum stands for "no date" and shows as "—"


class OptionalDate(QWidget):
    """`value()` is a date or None; `edited` is emitted when the planner picks or clears a date."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("dd.MM.yyyy")
        self.edit.setMinimumDate(EMPTY)
        self.edit.setSpecialValueText("—")
        self.edit.setDate(EMPTY)
        self.edit.editingFinished.connect(self._announce)
        self.edit.dateChanged.connect(self._changed)
        self.clear_button = QToolButton()
        self.clear_button.setText("×")
        self.clear_button.setToolTip(self.tr("No date"))
        self.clear_button.clicked.connect(self.clear)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.clear_button)
        self._shown: dt.date | None = None

    def value(self) -> dt.date | None:
        date = self.edit.date()
        return None if date <= EMPTY else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self._shown = value
        self.edit.blockSignals(True)
        self.edit.setDate(QDate(value.year, value.month, value.day) if value else EMPTY)
        self.edit.blockSignals(False)
        if value is None:
            # The calendar opens on this month rather than on the year 2000 (without picking a day).
            today = QDate.currentDate()
            self.edit.calendarWidget().setCurrentPage(today.year(), today.month())

    def clear(self) -> None:
        self.edit.setDate(EMPTY)
        self._announce()

    def _changed(self, *_: object) -> None:
        # Typing waits for editingFinished; a pick in the calendar popup (the field itself has no
        # focus then) counts at once.
        if not self.edit.hasFocus():
            self._announce()

    def _announce(self) -> None:
        if self.value() != self._shown:
            self._shown = self.value()
            self.edited.emit()
