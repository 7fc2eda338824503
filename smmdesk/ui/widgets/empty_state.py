"""What a section shows when there is nothing in it yet: a line on what it is for and what to do next."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from smmdesk.ui.widgets.form import heading_label


class EmptyState(QWidget):
    """A heading, a few lines of explanation and the buttons for the first steps."""

    def __init__(
        self,
        title: str,
        text: str,
        steps: Sequence[tuple[str, str, Callable[[], object]]],
        parent: QWidget | None = None,
    ) -> None:
        """`steps`: (object name, button text, what it does)."""
        super().__init__(parent)
        self.setObjectName("emptyState")
        heading = heading_label(title, "emptyTitle")
        body = QLabel(text)
        body.setObjectName("emptyText")
        body.setWordWrap(True)
        body.setMaximumWidth(640)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for name, label, action in steps:
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, act=action: act())
            buttons.addWidget(button)
            self.buttons[name] = button
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(1)
        layout.setAlignment(Qt.AlignmentFlag.AlignTop)
