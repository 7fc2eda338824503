"""The one date field of the program: typed as people type dates, picked in a calendar, cleared with Delete.

`01.02.2027`, `1.2.27` and `01022027` all give the first of February 2027 (smmdesk.domain.dates);
an empty field's calendar opens on the current month. A text that is not a date is kept as typed,
the field turns red and `refused` says why; the value stays what it was.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from smmdesk.domain.dates import parse_date
from smmdesk.domain.errors import ValidationError
from smmdesk.i18n import error_text
from smmdesk.ui.core.formatting import format_date, to_date

_REFUSED_STYLE = "QLineEdit { border: 1px solid #b00020; }"


class DateField(QWidget):
    """`value()` is a date or None; `edited` when the planner typed, picked or cleared a date."""

    edited = Signal()
    refused = Signal(str)
    # A date was read from the text (before `edited`): an earlier "not a date" no longer holds.
    valid = Signal()

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.line = QLineEdit()
        self.line.setObjectName("dateText")
        self.line.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.line.editingFinished.connect(self._typed)
        self.line.installEventFilter(self)
        self.button = QToolButton()
        self.button.setObjectName("dateCalendar")
        self.button.setText("▾")
        self.button.setToolTip(self.tr("Choose in the calendar"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self.open_calendar)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("dateCalendarPopup")
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.popup = QMenu(self)
        holder = QWidgetAction(self.popup)
        holder.setDefaultWidget(self.calendar)
        self.popup.addAction(holder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        # As wide as a date needs: a form's column or a filter row does not stretch it out.
        self.setMaximumWidth(self.line.fontMetrics().horizontalAdvance("00.00.00000") + 52)
        self._value: dt.date | None = None
        # Enter commits the date and moves to the next field, never accepting the dialog around
        # it; in a table's cell the delegate takes Enter instead (commit and close the editor).
        self.moves_on = True
        self.set_value(value)

    # --- the value ----------------------------------------------------------------------------

    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Shows `value` (from the database): no `edited`."""
        self._value = value
        self.line.setText(format_date(value))
        self.line.setStyleSheet("")

    def typed(self) -> dt.date | None:
        """The date in the text as it is now; ValidationError when it is not a date."""
        return parse_date(self.line.text())

    def clear(self) -> None:
        self.line.clear()
        self._accept(None)

    def refuse(self, stored: dt.date | None) -> None:
        """The date typed was refused by the rules: the value goes back to `stored`, the text stays
        red, so the field never looks saved and typing the same date again tries again."""
        self._value = stored
        self.line.setStyleSheet(_REFUSED_STYLE)

    # --- the planner's input -----------------------------------------------------------------

    def _typed(self) -> None:
        try:
            value = self.typed()
        except ValidationError as exc:
            self.line.setStyleSheet(_REFUSED_STYLE)
            self.refused.emit(error_text(exc))
            return
        self._accept(value)

    def _accept(self, value: dt.date | None) -> None:
        changed = value != self._value
        self.set_value(value)
        self.valid.emit()
        if changed:
            self.edited.emit()

    def _picked(self, day: QDate) -> None:
        self.popup.close()
        self._accept(to_date(day))

    def open_calendar(self) -> None:
        """The calendar on the field's date, or on the current month when it is empty."""
        shown = self._value or dt.date.today()
        self.calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.calendar.setCurrentPage(shown.year, shown.month)
        if self.isVisible():
            self.popup.popup(self.mapToGlobal(QPoint(0, self.height())))

    def _move_on(self) -> None:
        """To the next field that takes Tab, past this field's own parts (as Tab would go; a field
        with a focus proxy, as another date field, counts as its proxy)."""
        window = self.window()
        if window is self:
            return  # a field on its own: nowhere to go
        widget = self.nextInFocusChain()
        while widget is not None and widget is not self:
            target = widget.focusProxy() or widget
            own = self.isAncestorOf(widget) or target is self.line or target.window() is not window
            takes_tab = bool(target.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if not own and takes_tab and target.isVisible() and target.isEnabled():
                target.setFocus(Qt.FocusReason.TabFocusReason)
                return
            widget = widget.nextInFocusChain()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Delete and not event.modifiers():
                if event.type() == QEvent.Type.ShortcutOverride:
                    event.accept()  # Delete belongs to the field, not to the window's Delete
                    return True
                if event.type() == QEvent.Type.KeyPress:
                    self.clear()
                    return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.moves_on:
                if event.type() == QEvent.Type.KeyPress:
                    self._typed()
                    if not self.line.styleSheet():  # a refused text keeps the cursor to be corrected
                        self._move_on()
                    return True
            if event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier:
                if event.type() == QEvent.Type.KeyPress:
                    self.open_calendar()
                    return True
        return super().eventFilter(watched, event)
