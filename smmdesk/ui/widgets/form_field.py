"""A form's pieces: an editable field with its error shown under it, committing when focus leaves;
the heading of a detail panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QWidget


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
