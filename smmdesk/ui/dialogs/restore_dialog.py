"""File → Restore from backup: the backups with their dates; the chosen one replaces the file."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.workspace import BackupInfo
from smmdesk.ui.core import ask
from smmdesk.ui.core.formatting import format_datetime, format_decimal
from smmdesk.ui.core.workspace import Workspace

REASON_LABELS = {
    "open": QT_TRANSLATE_NOOP("RestoreDialog", "on opening"),
    "daily": QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    "migration": QT_TRANSLATE_NOOP("RestoreDialog", "before an upgrade"),
    "manual": QT_TRANSLATE_NOOP("RestoreDialog", "made by hand"),
    "restore": QT_TRANSLATE_NOOP("RestoreDialog", "before a restore"),
    "import": QT_TRANSLATE_NOOP("RestoreDialog", "before an import"),
    "replace": QT_TRANSLATE_NOOP("RestoreDialog", "before a demo base replaced the file"),
}


def reason_label(reason: str) -> str:
    """Why a backup was made, in words; a reason this version does not know (a newer one made it)
    is a backup all the same."""
    label = REASON_LABELS.get(reason, QT_TRANSLATE_NOOP("RestoreDialog", "a backup"))
    return QCoreApplication.translate("RestoreDialog", label)


class RestoreDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestoreDialog")
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(640, 380)
        self.workspace = workspace
        self.backups = workspace.backups()
        intro = QLabel(
            self.tr(
                "Choose a backup to put in place of the current file. The current state is backed up "
                "first, so this can be undone by restoring that copy."
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Made"), self.tr("Why"), self.tr("Size, MB")])
        for backup in self.backups:
            size = format_decimal(Decimal(backup.size) / 1_048_576, 2)
            item = QTreeWidgetItem([format_datetime(backup.created), reason_label(backup.reason), size])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setToolTip(0, str(backup.path))
            self.table.addTopLevelItem(item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(self.backups))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.table.itemDoubleClicked.connect(lambda *_: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        if not self.backups:
            layout.addWidget(QLabel(self.tr("There are no backups of this file yet.")))
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)

    def chosen(self) -> BackupInfo | None:
        item = self.table.currentItem()
        row = self.table.indexOfTopLevelItem(item) if item else -1
        return self.backups[row] if 0 <= row < len(self.backups) else None

    def accept(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            return
        text = self.tr("Replace the current file with the backup made {when}?").format(
            when=format_datetime(chosen.created)
        )
        if not ask.confirm(self, self.windowTitle(), text):
            return
        if self.workspace.restore(chosen, self):
            super().accept()
