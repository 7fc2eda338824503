"""A record's fields in a dialog, each with its error under it: OK reads every field (one that does
not parse is explained under itself), then saves through `save(values)`; a value the rules refuse
is explained under the field the rule names (`ValidationError.field`), anything else above the
buttons. Nothing is saved until every field reads and the rules accept them.

    dialog = ItemDialog(self.tr("A task"), parent)
    dialog.line("title", self.tr("Task:"), task.title)
    dialog.number("effort", self.tr("Hours:"), task.effort)
    dialog.choice("goal_id", self.tr("Goal:"), [(None, "—"), *goals], task.goal_id)
    dialog.save = lambda values: ...   # raises ValidationError(field="effort") to refuse
    dialog.exec()
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.domain.money import parse_money
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import error_text
from smmdesk.ui.core.formatting import format_decimal, parse_decimal
from smmdesk.ui.dialogs.form_dialog import FormDialog
from smmdesk.ui.widgets.date_field import DateField
from smmdesk.ui.widgets.form import Field, add_row

NOT_A_NUMBER = QT_TRANSLATE_NOOP("Errors", "Not a number: {text}")
NEEDED = QT_TRANSLATE_NOOP("Errors", "This field cannot be left empty.")


class Refused(Exception):
    """A field did not read; its error is shown under it."""


def plain_number(value: Decimal | None) -> str:
    if value is None:
        return ""
    return format_decimal(value, 0 if value == value.to_integral_value() else 2).replace("\u00a0", " ")


class ItemDialog(FormDialog):
    """Fields by key; `values()` gives each field's value by its key."""

    # A rule's field name → the key of the field that shows its refusal, where they differ.
    ALIASES: ClassVar[Mapping[str, str]] = {}

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.fields: dict[str, Field] = {}
        self.aliases: dict[str, str] = dict(self.ALIASES)

    def field(self, key: str, label: str, widget: QWidget, get: Callable[[], Any]) -> Field:
        widget.setObjectName(f"item_{key}")
        made = self.fields[key] = Field(widget, get, lambda _: None)
        add_row(self.form, label, made)
        return made

    def line(self, key: str, label: str, value: str = "", required: bool = False) -> QLineEdit:
        edit = QLineEdit(value)

        def get() -> str:
            text = edit.text().strip()
            if required and not text:
                raise ValidationError(NEEDED)
            return text

        self.field(key, label, edit, get)
        return edit

    def number(self, key: str, label: str, value: Decimal | None, required: bool = True) -> QLineEdit:
        edit = QLineEdit(plain_number(value))

        def get() -> Decimal | None:
            text = edit.text().strip()
            if not text:
                if required:
                    raise ValidationError(NEEDED)
                return None
            number = parse_decimal(text)
            if number is None:
                raise ValidationError(NOT_A_NUMBER, text=text)
            return number

        self.field(key, label, edit, get)
        return edit

    def whole(self, key: str, label: str, value: int) -> QLineEdit:
        edit = QLineEdit(str(value))

        def get() -> int:
            text = edit.text().strip()
            if not text.isdigit():
                raise ValidationError(NOT_A_NUMBER, text=text)
            return int(text)

        self.field(key, label, edit, get)
        return edit

    def money(self, key: str, label: str, value: Decimal | None) -> QLineEdit:
        edit = QLineEdit(plain_number(value))
        self.field(key, label, edit, lambda: parse_money(edit.text()))
        return edit

    def date(self, key: str, label: str, value: dt.date | None, required: bool = True) -> DateField:
        picker = DateField(value)

        def get() -> dt.date | None:
            day = picker.typed()  # refuses a text that is not a date
            if day is None and required:
                raise ValidationError(NEEDED)
            return day

        self.field(key, label, picker, get)
        return picker

    def choice(
        self, key: str, label: str, choices: Sequence[tuple[Any, str]], value: Any = None
    ) -> QComboBox:
        combo = QComboBox()
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # every choice readable
        for data, text in choices:
            combo.addItem(text, data)
        combo.setCurrentIndex(max(combo.findData(value), 0))
        self.field(key, label, combo, combo.currentData)
        return combo

    def text(
        self, key: str, label: str, value: str = "", height: int = 72, required: bool = False
    ) -> QPlainTextEdit:
        box = QPlainTextEdit(value)
        box.setMaximumHeight(height)
        box.setTabChangesFocus(True)

        def get() -> str:
            typed = box.toPlainText().strip()
            if required and not typed:
                raise ValidationError(NEEDED)
            return typed

        self.field(key, label, box, get)
        return box

    def flag(self, key: str, text: str, value: bool = False) -> QCheckBox:
        """A box to tick, across the form (its text says what it does)."""
        box = QCheckBox(text)
        box.setChecked(value)
        box.setObjectName(f"item_{key}")
        made = self.fields[key] = Field(box, box.isChecked, lambda _: None)
        self.form.addRow(box)
        self.form.addRow(made.error)
        return box

    def checks(
        self, key: str, label: str, choices: Sequence[tuple[Any, str]], chosen: Sequence[Any]
    ) -> QListWidget:
        """A list of items to tick; the value is the tuple of the ticked ones' data, in list order."""
        listing = QListWidget()
        for data, text in choices:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if data in chosen else Qt.CheckState.Unchecked)
            listing.addItem(item)
        listing.setMaximumHeight(max(48, min(len(choices), 6) * 22 + 8))

        def get() -> tuple[Any, ...]:
            return tuple(
                listing.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(listing.count())
                if listing.item(i).checkState() == Qt.CheckState.Checked
            )

        self.field(key, label, listing, get)
        return listing

    def finish_layout(self) -> None:
        super().finish_layout()
        # never narrower than its fields want: a long title in a choice stays readable
        self.form.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)

    # --- reading and saving ---------------------------------------------------------------------

    def values(self) -> dict[str, Any]:
        found: dict[str, Any] = {}
        failed = False
        for key, field in self.fields.items():
            field.clear()
            try:
                found[key] = field.get()
            except ValidationError as exc:
                field.fail(error_text(exc))
                failed = True
        if failed:
            raise Refused
        return found

    def error_of(self, key: str) -> str:
        """The refusal shown under a field ('' when none): what a planner reads there."""
        field = self.fields[key]
        return field.error.text() if not field.error.isHidden() else ""

    def accept(self) -> None:
        self.error.clear()
        try:
            values = self.values()
        except Refused:
            return
        try:
            self.result_value = self.save(values)
        except ValidationError as exc:
            key = self.aliases.get(exc.field or "", exc.field or "")
            if key in self.fields:
                self.fields[key].fail(error_text(exc))
            else:
                self.error.setText(error_text(exc))
            return
        except SmmError as exc:
            self.error.setText(error_text(exc))
            return
        QDialog.accept(self)


def none_choice() -> tuple[None, str]:
    return None, QCoreApplication.translate("ItemDialog", "—")
