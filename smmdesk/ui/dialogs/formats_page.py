"""Settings → Formats and platforms: the planner's own formats (story, reels, …) and platforms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text
from smmdesk.services import influencers as svc
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.influencer_model import format_title


class FormatsPage(QWidget):
    """Each change is saved at once and can be undone (Ctrl+Z) like any other edit."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ws = workspace
        self.formats = QListWidget()
        self.formats.setObjectName("formatsList")
        self.platforms = QListWidget()
        self.platforms.setObjectName("platformsList")
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)

        formats_box = QGroupBox(self.tr("Formats of placement"))
        formats_layout = QVBoxLayout(formats_box)
        formats_layout.addWidget(
            QLabel(
                self.tr("The four built-in formats are always there; add your own, rename or retire them.")
            )
        )
        formats_layout.addWidget(self.formats)
        buttons = QHBoxLayout()
        self.add_format_button = QPushButton(self.tr("Add…"))
        self.rename_format_button = QPushButton(self.tr("Rename…"))
        self.archive_format_button = QPushButton(self.tr("Retire / bring back"))
        for button in (self.add_format_button, self.rename_format_button, self.archive_format_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        formats_layout.addLayout(buttons)
        self.add_format_button.clicked.connect(self.add_format)
        self.rename_format_button.clicked.connect(self.rename_format)
        self.archive_format_button.clicked.connect(self.toggle_format)

        platforms_box = QGroupBox(self.tr("Platforms"))
        platforms_layout = QVBoxLayout(platforms_box)
        platforms_layout.addWidget(self.platforms)
        self.add_platform_button = QPushButton(self.tr("Add a platform…"))
        self.add_platform_button.clicked.connect(self.add_platform)
        platforms_layout.addWidget(self.add_platform_button, 0, Qt.AlignmentFlag.AlignLeft)

        layout = QVBoxLayout(self)
        layout.addWidget(formats_box, 2)
        layout.addWidget(platforms_box, 1)
        layout.addWidget(self.error)
        self.setEnabled(workspace.db is not None and not workspace.read_only)
        self.refresh()

    def refresh(self) -> None:
        db = self.ws.db
        self.formats.clear()
        self.platforms.clear()
        if db is None:
            return
        for info in reading(db, svc.formats, include_archived=True):
            text = format_title(info.code, info.title)
            if info.archived:
                text += "  " + self.tr("(retired)")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, info)
            self.formats.addItem(item)
        for _, title in reading(db, svc.platforms):
            self.platforms.addItem(title)

    def _selected_format(self) -> svc.FormatInfo | None:
        item = self.formats.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _edit(self, text: str, do: object, undo: object, entity: str) -> None:
        try:
            self.ws.edit(text, do, undo, entity)  # type: ignore[arg-type]
        except SmmError as exc:
            self.error.setText(error_text(exc))
            return
        self.error.clear()
        self.refresh()

    def add_format(self) -> None:
        db = self.ws.db
        title = ask.text(self, self.tr("New format"), self.tr("Name (e.g. Reels, Integration, Live):"))
        if title is None or db is None:
            return
        self._edit(
            self.tr("Add the format {title}").format(title=title.strip()),
            lambda: in_transaction(db, svc.add_format, title),
            lambda format_id: in_transaction(db, svc.update_format, format_id, archived=True),
            "formats",
        )

    def rename_format(self) -> None:
        db, chosen = self.ws.db, self._selected_format()
        if db is None or chosen is None:
            return
        title = ask.text(self, self.tr("Rename the format"), self.tr("New name:"), current=chosen.title)
        if title is None:
            return
        self._edit(
            self.tr("Rename the format {title}").format(title=chosen.title),
            lambda: in_transaction(db, svc.update_format, chosen.id, title=title),
            lambda old: in_transaction(db, svc.update_format, chosen.id, title=old["title"]),
            "formats",
        )

    def toggle_format(self) -> None:
        db, chosen = self.ws.db, self._selected_format()
        if db is None or chosen is None:
            return
        self._edit(
            self.tr("Retire or bring back the format {title}").format(
                title=format_title(chosen.code, chosen.title)
            ),
            lambda: in_transaction(db, svc.update_format, chosen.id, archived=not chosen.archived),
            lambda old: in_transaction(db, svc.update_format, chosen.id, archived=old["archived"]),
            "formats",
        )

    def add_platform(self) -> None:
        db = self.ws.db
        title = ask.text(self, self.tr("New platform"), self.tr("Name of the platform:"))
        if title is None or db is None:
            return
        self._edit(
            self.tr("Add the platform {title}").format(title=title.strip()),
            lambda: in_transaction(db, svc.add_platform, title),
            lambda code: in_transaction(db, svc.remove_platform, code),
            "platforms",
        )
