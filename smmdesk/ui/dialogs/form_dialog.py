"""A small form in a dialog: OK saves through a callback, a refused value is explained in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.i18n import error_text


def date_edit(value: dt.date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    day = value or dt.date.today()
    edit.setDate(QDate(day.year, day.month, day.day))
    return edit


class FormDialog(QDialog):
    """A form whose OK runs `save(values)`; a refused value is explained above the buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.save: Callable[[dict[str, Any]], Any] = lambda values: None
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.result_value = self.save(self.values())
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()
