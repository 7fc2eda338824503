"""A form's pieces: an editable field with its error shown under it, committing when focus leaves;
the heading of a detail panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget


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
    """One editable field: how to read and show its widget, and the label for its errors."""

    def __init__(self, widget: QWidget, get: Callable[[], Any], show: Callable[[Any], None]) -> None:
        self.widget = widget
        self.get = get
        self.show = show
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()

    def fail(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()

    def clear(self) -> None:
        self.error.clear()
        self.error.hide()


def edit_with_field(
    ws: Any,
    parent: QWidget,
    field: Field | None,
    text: str,
    do: Callable[[], Any],
    undo: Callable[[Any], Any],
    entity: str,
    ids: Any,
) -> bool:
    """Runs an undoable edit; a refused value is explained under `field` (or in a dialog), and the
    field's error is cleared when the edit goes through. False when refused."""
    from smmdesk.domain.errors import SmmError, ValidationError
    from smmdesk.i18n import error_text
    from smmdesk.ui.core.errors import show_error

    try:
        ws.edit(text, do, undo, entity, ids)
    except ValidationError as exc:
        if field is None:
            show_error(parent, exc)
        else:
            field.fail(error_text(exc))
        return False
    except SmmError as exc:
        show_error(parent, exc)
        return False
    if field is not None:
        field.clear()
    return True


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
