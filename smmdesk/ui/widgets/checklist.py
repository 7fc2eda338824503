"""A tool button whose menu is a list of checkable choices: a multi-select filter in one click."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget


class ChecklistButton(QToolButton):
    """`changed` fires with the set of checked values; none checked means "all"."""

    changed = Signal(frozenset)

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = label
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self._actions: dict[str, QAction] = {}
        self._update_text()

    def set_choices(self, choices: Iterable[tuple[str, str]]) -> None:
        """(value, label) pairs; the checked values that still exist stay checked."""
        checked = self.checked()
        self.menu_.clear()
        self._actions.clear()
        clear = self.menu_.addAction(self.tr("Show all"))
        clear.triggered.connect(self.clear)
        self.menu_.addSeparator()
        for value, label in choices:
            action = self.menu_.addAction(label)
            action.setCheckable(True)
            action.setChecked(value in checked)
            action.toggled.connect(self._toggled)
            self._actions[value] = action
        self._update_text()

    def choices(self) -> list[str]:
        """The values offered, in their order."""
        return list(self._actions)

    def checked(self) -> frozenset[str]:
        return frozenset(value for value, action in self._actions.items() if action.isChecked())

    def set_checked(self, values: Iterable[str]) -> None:
        wanted = set(values)
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in wanted)
            action.blockSignals(False)
        self._update_text()

    def action(self, value: str) -> QAction:
        return self._actions[value]

    def clear(self) -> None:
        if self.checked():
            self.set_checked(())
            self.changed.emit(frozenset())

    def _toggled(self, _: bool) -> None:
        self._update_text()
        self.changed.emit(self.checked())

    def _update_text(self) -> None:
        checked = [a.text() for a in self._actions.values() if a.isChecked()]
        if not checked:
            self.setText(self.tr("{label}: all").format(label=self.label))
        elif len(checked) == 1:
            self.setText(f"{self.label}: {checked[0]}")
        else:
            self.setText(self.tr("{label}: {count}").format(label=self.label, count=len(checked)))
