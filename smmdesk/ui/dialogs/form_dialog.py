"""A small form in a dialog: OK saves through a callback, a refused value is explained in place."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import error_text
from smmdesk.ui.widgets.date_field import DateField


def required_date(field: DateField, name: str) -> dt.date:
    """The date typed into a field a form cannot do without; refused when empty or not a date."""
    value = field.typed()
    if value is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the date: {name}"), field="date", name=name)
    return value


class FormDialog(QDialog):
    """A form whose OK runs `save(values)`; a refused value is explained above the buttons."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
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
