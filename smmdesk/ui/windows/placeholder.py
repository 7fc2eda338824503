"""A section that is not built yet says what it will hold, instead of being blank."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class SectionPlaceholder(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        heading = QLabel(title)
        heading.setObjectName("sectionTitle")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        status = QLabel(self.tr("This section is being built. It will hold:"))
        status.setObjectName("placeholderStatus")
        body = QLabel(description)
        body.setObjectName("placeholderText")
        body.setWordWrap(True)
        body.setTextFormat(Qt.TextFormat.PlainText)
        body.setMaximumWidth(720)
        for widget in (heading, status, body):
            layout.addWidget(widget)
        layout.addStretch(1)
