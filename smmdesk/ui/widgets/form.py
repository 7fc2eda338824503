"""The form helper: "edit a field, validate, show the error beside it", written once.

A `Form` lays out a record's fields in a QFormLayout. Each field commits on its own when the
planner moves on (Enter, Tab, a choice, a date picked): its text is parsed (a value that does not
parse is explained under the field and nothing is saved), compared with what was shown, and a
changed value goes to the owner's `commit(key, value, field)` — usually `Section.edit(...,
shown_in=field)`, whose refusal by the rules is explained under the same field.

    form = Form(QFormLayout(page), self._commit)
    form.line("city", self.tr("City:"))
    form.line("er", self.tr("ER, %:"), parse=parse_percent, show=plain_decimal)
    form.date("starts_on", self.tr("Entries from:"))
    ...
    form.show(record.values)        # after loading; errors cleared
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.i18n import error_text
from smmdesk.ui.widgets.date_field import DateField

Commit = Callable[[str, Any, "Field"], None]


class FocusOut(QObject):
    """Calls back when the widget loses focus: a text is committed when the planner moves on."""

    def __init__(self, target: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(target)
        self.callback = callback
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.callback()
        return False


class Field:
    """One editable field: how to read and show its widget, the value shown, the label for its error."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self.widget = widget
        self.get = get
        self._show = show
        self.shown: Any = None
        # (who, when) when the stored value changed while the planner was typing here: the text
        # was typed against the value before, so saving it is refused as over any other change.
        self.overtaken: tuple[str, Any] | None = None
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

    def show(self, value: Any) -> None:
        self.shown = value
        self.overtaken = None
        self._show(value)

    def fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def refuse(self, message: str) -> None:
        """The value was refused by the rules: explained under the field, which never looks saved."""
        self.fail(message)
        if isinstance(self.widget, DateField):
            self.widget.refuse(self.shown)

    def clear(self) -> None:
        self.error.clear()
        self.error.hide()

    def typed(self) -> bool:
        """Whether the widget holds something other than the value shown (the planner's typing)."""
        try:
            return not same(self.get(), self.shown)
        except (ValidationError, ValueError, ArithmeticError):
            return True

    def focused(self) -> bool:
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self.widget or self.widget.isAncestorOf(focus))


class ProgramUndo(QObject):
    """Ctrl+Z / Ctrl+Shift+Z in a field with nothing typed goes to the program's history (the
    saved change), not to the line edit's own typing history, which would only bring back the text
    just saved and save it again on leaving."""

    def __init__(self, target: QWidget, field: Field) -> None:
        super().__init__(target)
        self.field = field
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.matches(QKeySequence.StandardKey.Undo):
            name = "actUndo"
        elif event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() in _REDO_KEYS:
            name = "actRedo"
        else:
            return False
        if self.field.typed():
            return False
        action = self.field.widget.window().findChild(QAction, name)
        if action is not None and action.isEnabled():
            action.trigger()
        return True


_REDO_KEYS = {
    QKeyCombination(Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z),
    QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y),
}


class Done:
    """How an edit went: truthy when it was saved; `value` is what the service returned, `error`
    what refused it."""

    def __init__(self, ok: bool, value: Any = None, error: BaseException | None = None) -> None:
        self.ok = ok
        self.value = value
        self.error = error

    def __bool__(self) -> bool:
        return self.ok

    @property
    def conflict(self) -> bool:
        """Refused because another planner changed the record since it was shown (on a server)."""
        from smmdesk.services.workspace import ConcurrentChangeError

        return isinstance(self.error, ConcurrentChangeError)


def save(
    ws: Any,
    parent: QWidget,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[Any], Any],
    entity: str,
    ids: Any = None,
    shown_in: Field | QLabel | None = None,
) -> Done:
    """One undoable edit. A value the rules refuse is explained in `shown_in` (the field it came
    from, or a message label) or in a dialog; nothing is saved then."""
    from smmdesk.domain.errors import SmmError
    from smmdesk.ui.core.errors import show_error

    try:
        value = ws.edit(text, do, undo, entity, ids)
    except ValidationError as exc:
        if isinstance(shown_in, Field):
            shown_in.refuse(error_text(exc))
        elif isinstance(shown_in, QLabel):
            shown_in.setText(error_text(exc))
        else:
            show_error(parent, exc)
        return Done(False)
    except SmmError as exc:
        show_error(parent, exc)
        return Done(False, error=exc)
    if shown_in is not None:
        shown_in.clear()
    return Done(True, value)


def same(a: Any, b: Any) -> bool:
    """Equal, an empty text counting as no value."""
    return a == b or (a in ("", None) and b in ("", None))


def add_row(form: QFormLayout, label: str, field: Field, shown: QWidget | None = None) -> None:
    """A form row of the field's widget (or `shown`, a widget around it) with its error under it;
    the error takes no room until there is one."""
    box = QWidget()
    box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(shown or field.widget)
    column.addWidget(field.error)
    form.addRow(label, box)


class Form:
    """Fields of one record; each commits through `commit(key, value, field)` when it changed."""

    def __init__(self, layout: QFormLayout, commit: Commit, prefix: str = "field") -> None:
        self.layout = layout
        self.commit = commit
        self.prefix = prefix
        self.fields: dict[str, Field] = {}
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def __getitem__(self, key: str) -> Field:
        return self.fields[key]

    def add(
        self,
        key: str,
        label: str,
        widget: QWidget,
        get: Callable[[], Any],
        show: Callable[[Any], None],
        shown: QWidget | None = None,
    ) -> Field:
        widget.setObjectName(f"{self.prefix}_{key}")
        field = self.fields[key] = Field(widget, get, show)
        add_row(self.layout, label, field, shown)
        return field

    def line(
        self,
        key: str,
        label: str,
        parse: Callable[[str], Any] = str.strip,
        show: Callable[[Any], str] | None = None,
        placeholder: str = "",
        shown: QWidget | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(lambda: self.commit_field(key))
        field = self.add(
            key,
            label,
            edit,
            lambda: parse(edit.text()),
            lambda v: edit.setText("" if v is None else (show(v) if show else str(v))),
            shown,
        )
        ProgramUndo(edit, field)
        return edit

    def text(self, key: str, label: str, height: int = 64) -> QPlainTextEdit:
        box = QPlainTextEdit()
        box.setMaximumHeight(height)
        FocusOut(box, lambda: self.commit_field(key))
        self.add(key, label, box, lambda: box.toPlainText().strip(), lambda v: box.setPlainText(v or ""))
        return box

    def choice(self, key: str, label: str, choices: Sequence[tuple[Any, str]]) -> QComboBox:
        combo = QComboBox()
        set_choices(combo, choices)
        combo.activated.connect(lambda _: self.commit_field(key))
        self.add(
            key, label, combo, combo.currentData, lambda v: combo.setCurrentIndex(max(combo.findData(v), 0))
        )
        return combo

    def date(self, key: str, label: str) -> DateField:
        field_widget = DateField()
        field = self.add(key, label, field_widget, field_widget.value, field_widget.set_value)
        field_widget.edited.connect(lambda: self.commit_field(key))
        field_widget.refused.connect(field.fail)
        field_widget.valid.connect(field.clear)
        return field_widget

    def check(self, key: str, text: str, label: str = "") -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(lambda _: self.commit_field(key))
        self.add(key, label, box, box.isChecked, lambda v: _set_checked(box, bool(v)))
        return box

    # --- showing and committing ---------------------------------------------------------------

    def show(
        self, values: Mapping[str, Any], *, keep_typed: bool = True, changed: tuple[str, Any] = ("", None)
    ) -> None:
        """Shows a record (errors cleared); a field being typed into keeps its typing, unless
        `keep_typed` is False (the record changed under it: what is stored is shown). A field that
        only has the focus, its text the value last shown, shows the new value (after an undo). A
        kept field whose stored value changed meanwhile remembers who changed it and when
        (`changed`, the record's last change): saving what was typed is then refused."""
        for key, field in self.fields.items():
            if key in values and keep_typed and field.focused() and field.typed():
                if not same(values[key], field.shown):
                    field.overtaken = changed
                field.shown = values[key]
            elif key in values:
                field.show(values[key])
            field.clear()

    def _refuse_overtaken(self, field: Field) -> None:
        """Someone else changed the field while it was typed into: nothing is saved, their value
        is shown, and the planner is told who and when (as for any change saved over)."""
        from smmdesk.services.workspace import ConcurrentChangeError
        from smmdesk.ui.core.errors import show_error

        who, when = field.overtaken or ("", None)
        field.show(field.shown)
        show_error(field.widget, ConcurrentChangeError("", "", who, when))

    def commit_field(self, key: str) -> None:
        field = self.fields[key]
        try:
            value = field.get()
        except ValidationError as exc:
            field.fail(error_text(exc))
            return
        except (ValueError, ArithmeticError):
            field.fail(QCoreApplication.translate("Form", "Not a number."))
            return
        if same(value, field.shown):
            field.clear()
            field.overtaken = None
            return
        if field.overtaken is not None:
            self._refuse_overtaken(field)
            return
        self.commit(key, value, field)

    def set_enabled(self, enabled: bool) -> None:
        for field in self.fields.values():
            field.widget.setEnabled(enabled)


def set_choices(combo: QComboBox, choices: Sequence[tuple[Any, str]]) -> None:
    """Replaces a combo box's choices, keeping the chosen value when it is still there."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for value, text in choices:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)


def _set_checked(box: QCheckBox, on: bool) -> None:
    box.blockSignals(True)
    box.setChecked(on)
    box.blockSignals(False)


def heading_label(text: str, name: str) -> QLabel:
    """The large bold title of a panel (what is being edited), wrapped when long."""
    label = QLabel(text)
    label.setObjectName(name)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label
