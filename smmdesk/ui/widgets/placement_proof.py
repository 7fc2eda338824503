"""The «Скриншоты» tab of a placement: pictures kept inside the database as proof, shown as
thumbnails and opened in the system's viewer."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from smmdesk.domain.errors import SmmError
from smmdesk.io.atomic import write_bytes_atomically
from smmdesk.services import publications as pub
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask, background, tasks
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.widgets.form import save

if TYPE_CHECKING:
    from smmdesk.ui.widgets.placement_detail import PlacementDetail

ENTITY = "placements"
PICTURES = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


class ProofTab(QWidget):
    def __init__(self, detail: PlacementDetail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.shots = QListWidget()
        self.shots.setObjectName("screenshots")
        self.shots.setViewMode(QListWidget.ViewMode.IconMode)
        self.shots.setIconSize(QSize(160, 160))
        self.shots.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shots.setSpacing(8)
        self.shots.itemDoubleClicked.connect(
            lambda item: self.open_screenshot(item.data(Qt.ItemDataRole.UserRole))
        )
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(lambda: self.add_screenshots())
        show = QPushButton(self.tr("Open"))
        show.clicked.connect(self._open_current)
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_screenshot)
        self.buttons = (add, remove)
        row = QHBoxLayout()
        for button in (add, show, remove):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.shots, 1)
        layout.addLayout(row)

    def fill(self, shots: list[pub.ScreenshotInfo], writable: bool) -> None:
        self.shots.clear()
        for shot in shots:
            pixmap = QPixmap()
            pixmap.loadFromData(shot.thumbnail)
            item = QListWidgetItem(QIcon(pixmap), f"{shot.file_name}\n{shot.width}×{shot.height}")
            item.setData(Qt.ItemDataRole.UserRole, shot.id)
            item.setToolTip(shot.file_name)
            self.shots.addItem(item)
        for button in self.buttons:
            button.setEnabled(writable)

    def _open_current(self) -> None:
        item = self.shots.currentItem()
        if item is not None:
            self.open_screenshot(item.data(Qt.ItemDataRole.UserRole))

    def add_screenshots(self, paths: list[str] | None = None) -> None:
        detail = self.detail
        db, row = detail.ws.db, detail.row
        if db is None or row is None:
            return
        if paths is None:
            chosen = ask.open_file(
                detail, self.tr("Screenshots"), "", self.tr("Pictures ({patterns})").format(patterns=PICTURES)
            )
            paths = [chosen] if chosen else []
        files = [Path(p) for p in paths]
        if not files:
            return
        placement_id = row.id
        failures: list[SmmError] = []

        def prepare(
            report: background.Report, cancelled: background.IsCancelled
        ) -> list[pub.PreparedScreenshot]:
            # Off the UI thread: each file's size is checked before it is read, then it is decoded.
            prepared = []
            for done, path in enumerate(files):
                if cancelled():
                    raise tasks.Cancelled()
                try:
                    prepared.append(pub.prepare_screenshot(path))
                except SmmError as exc:
                    failures.append(exc)
                report(done + 1, len(files))
            if not prepared and failures:
                raise failures.pop(0)  # nothing to add: shown as the refusal it is, no empty undo step
            return prepared

        def add(prepared: list[pub.PreparedScreenshot]) -> list[int]:
            return in_transaction(db, _add_all, placement_id, prepared)

        def remove(ids: list[int]) -> None:
            in_transaction(db, _remove_all, ids)

        def done(_: list[int]) -> None:
            for exc in failures:
                show_error(detail, exc)

        background.edit(
            detail,
            detail.ws,
            self.tr("Reading {name}…").format(name=", ".join(p.name for p in files)),
            self.tr("Add a screenshot"),
            prepare,
            add,
            remove,
            ENTITY,
            [placement_id],
            done,
        )

    def open_screenshot(self, shot_id: int) -> Path | None:
        """Writes the picture to a temporary file and opens it in the system's viewer."""
        db = self.detail.ws.db
        if db is None or shot_id is None:
            return None
        name, data = reading(db, pub.screenshot_data, shot_id)
        return open_picture(self.detail, name, data)

    def delete_screenshot(self) -> None:
        detail = self.detail
        db, item = detail.ws.db, self.shots.currentItem()
        if db is None or item is None or detail.row is None:
            return
        shot_id = item.data(Qt.ItemDataRole.UserRole)
        save(
            detail.ws,
            detail,
            self.tr("Delete a screenshot"),
            lambda: in_transaction(db, pub.delete_screenshot, shot_id),
            lambda snapshot: in_transaction(db, pub.restore_screenshot, snapshot),
            ENTITY,
            [detail.row.id],
        )


def open_picture(parent: QWidget, name: str, data: bytes) -> Path | None:
    """Writes a kept picture to a temporary file and opens it in the system's viewer."""
    path = Path(tempfile.mkdtemp(prefix="smmdesk-")) / Path(name).name
    try:
        write_bytes_atomically(path, data)
    except SmmError as exc:
        show_error(parent, exc)
        return None
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path


def _add_all(session: Any, placement_id: int, prepared: list[pub.PreparedScreenshot]) -> list[int]:
    return [pub.add_screenshot(session, placement_id, p.file_name, p.data, p.info) for p in prepared]


def _remove_all(session: Any, ids: list[int]) -> None:
    for shot_id in ids:
        pub.remove_screenshot(session, shot_id)
