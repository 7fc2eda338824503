"""A mention's complaints to the platform with their evidence, beside the queue: each complaint
(filed when, why) and its screenshots, kept inside the database as the placements keep theirs; a
screenshot is attached to the chosen complaint (the latest when none is chosen) as one undoable
step, read and checked off the UI thread, and opened in the system's viewer."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.services import publications as pub
from smmdesk.services.reputation import mentions as work
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask, background
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.widgets.placement_proof import PICTURES, open_picture

if TYPE_CHECKING:
    from smmdesk.ui.widgets.reputation_queue import QueueTab

COMPLAINT, SHOT = "complaint", "shot"


class ComplaintsPanel(QWidget):
    def __init__(self, queue: QueueTab) -> None:
        super().__init__()
        self.queue = queue
        self.section = queue.section
        self.current: work.MentionDetail | None = None
        self.title = QLabel(self.tr("Complaints to the platform"))
        self.items = QListWidget()
        self.items.setObjectName("complaintEvidence")
        self.items.setWordWrap(True)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.items.setMaximumHeight(110)
        self.items.itemDoubleClicked.connect(lambda item: self._open_item(item))
        self.attach_button = QPushButton(self.tr("Attach a screenshot…"))
        self.attach_button.setObjectName("attachScreenshot")
        self.attach_button.clicked.connect(lambda: self.attach())
        self.open_button = QPushButton(self.tr("Open the screenshot"))
        self.open_button.setObjectName("openScreenshot")
        self.open_button.clicked.connect(lambda: self._open_item(self.items.currentItem()))
        buttons = QHBoxLayout()
        buttons.addWidget(self.attach_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.items)
        layout.addLayout(buttons)

    def show_for(self, mention: work.MentionDetail | None, enabled: bool) -> None:
        """The mention's complaints and screenshots; hidden while it has none."""
        self.current = mention
        self.items.clear()
        complaints = mention.complaints if mention is not None else ()
        for complaint in complaints:
            item = QListWidgetItem(
                self.tr("Complaint of {date}: {reason}").format(
                    date=format_date(complaint.filed), reason=complaint.reason
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, (COMPLAINT, complaint.id))
            self.items.addItem(item)
            for shot_id, name in complaint.screenshots:
                shot = QListWidgetItem(f"    🖼 {name}")
                shot.setData(Qt.ItemDataRole.UserRole, (SHOT, shot_id))
                shot.setToolTip(self.tr("Double-click to open"))
                self.items.addItem(shot)
        self.setVisible(bool(complaints))
        self.attach_button.setEnabled(enabled and bool(complaints))

    def chosen_complaint(self) -> int | None:
        """The complaint chosen in the list (or the one a chosen screenshot belongs to), else the latest."""
        row = self.items.currentRow()
        for index in range(row, -1, -1):
            kind, ident = self.items.item(index).data(Qt.ItemDataRole.UserRole)
            if kind == COMPLAINT:
                return int(ident)
        complaints = self.current.complaints if self.current is not None else ()
        return complaints[-1].id if complaints else None

    def attach(self, path: str | None = None) -> None:
        db, mention, complaint = self.section.db, self.current, self.chosen_complaint()
        if db is None or mention is None or complaint is None:
            return
        chosen = path or ask.open_file(
            self, self.tr("Screenshot"), "", self.tr("Pictures ({patterns})").format(patterns=PICTURES)
        )
        if not chosen:
            return
        file = Path(chosen)
        mention_id = mention.id

        def prepare(_report: Any, _cancelled: Any) -> pub.PreparedScreenshot:
            return pub.prepare_screenshot(file)  # its size checked before it is read, then decoded

        def add(prepared: pub.PreparedScreenshot) -> int:
            return in_transaction(
                db, work.add_evidence_screenshot, complaint, prepared.file_name, prepared.data, prepared.info
            )

        background.edit(
            self,
            self.section.ws,
            self.tr("Reading {name}…").format(name=file.name),
            self.tr("Attach a screenshot to a complaint"),
            prepare,
            add,
            lambda shot_id: in_transaction(db, work.remove_evidence_screenshot, shot_id),
            "mentions",
            [mention_id],
            lambda _: self.queue.show_mention(mention_id),
        )

    def _open_item(self, item: QListWidgetItem | None) -> Path | None:
        if item is None:
            return None
        kind, ident = item.data(Qt.ItemDataRole.UserRole)
        return self.open_screenshot(ident) if kind == SHOT else None

    def open_screenshot(self, shot_id: int) -> Path | None:
        """Opens the kept picture in the system's viewer (from a temporary copy)."""
        db = self.section.db
        if db is None:
            return None
        name, data = reading(db, work.screenshot_data, shot_id)
        return open_picture(self, name, data)
