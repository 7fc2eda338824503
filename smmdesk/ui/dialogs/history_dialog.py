"""A record's history: who did what and when, each changed field with its old and new value."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableView, QVBoxLayout, QWidget

from smmdesk.ui.core.formatting import format_datetime
from smmdesk.ui.models.table_model import ColumnSpec, RowTableModel


def _action(entry: Any) -> str:
    titles = {
        "create": QCoreApplication.translate("History", "created"),
        "update": QCoreApplication.translate("History", "changed"),
        "delete": QCoreApplication.translate("History", "deleted"),
    }
    return titles.get(entry.action, entry.action)


class HistoryDialog(QDialog):
    """Read-only; the entries come from the audit log, newest first."""

    def __init__(
        self,
        title: str,
        entries: Sequence[Any],
        parent: QWidget | None = None,
        field_title: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("HistoryDialog")
        self.setWindowTitle(self.tr("History: {title}").format(title=title))
        self.model: RowTableModel[Any] = RowTableModel(
            [
                ColumnSpec("at", self.tr("When"), lambda e: e.at, format_datetime),
                ColumnSpec("user", self.tr("Who"), lambda e: e.user),
                ColumnSpec("action", self.tr("What"), _action),
                ColumnSpec("field", self.tr("Field"), lambda e: field_title(e.field) if e.field else ""),
                ColumnSpec("old", self.tr("Was"), lambda e: e.old),
                ColumnSpec("new", self.tr("Became"), lambda e: e.new),
            ],
            self,
        )
        self.model.set_rows(list(entries))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.table.resizeColumnsToContents()
        empty = QLabel(self.tr("No changes are recorded yet."))
        empty.setVisible(not entries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(empty)
        layout.addWidget(buttons)
        self.resize(820, 420)
