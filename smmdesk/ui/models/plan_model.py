"""The plan grid: a row per influencer (or platform), a column per day; placements dragged to a day.

Not on the generic table model (table_model.py) on purpose: that model's columns are fields of a
row, declared once; here the columns are the days on screen (a month or a week, changing as the
planner pages), and colour, tooltip, drag and drop belong to a (row, day) cell, not to a row.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QLocale,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from smmdesk.domain.plan import Plan, PlanEntry, short_label
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_day, format_money
from smmdesk.ui.core.labels import format_label

Index = QModelIndex | QPersistentModelIndex
MIME = "application/x-smmdesk-placements"
Move = Callable[[list[tuple[int, str]], dt.date], bool]

_CONFLICT = QColor("#f8cbad")
_BOOKED = QColor("#e2efda")
_OUTSIDE = QColor("#e7e7e7")
_WEEKEND = QColor("#f6f6f6")


class PlanModel(QAbstractTableModel):
    def __init__(self, move: Move, parent: Any = None) -> None:
        super().__init__(parent)
        self.move = move
        self.plan: Plan | None = None
        self.days: list[dt.date] = []
        self.format_short: dict[int, str] = {}
        self.editable = True

    def set_plan(self, plan: Plan | None, days: Sequence[dt.date]) -> None:
        self.beginResetModel()
        self.plan = plan
        self.days = list(days)
        self.endResetModel()

    def entries(self, index: Index) -> list[PlanEntry]:
        if self.plan is None or not index.isValid():
            return []
        key = self.plan.rows[index.row()][0]
        return self.plan.cells.get((key, self.days[index.column()]), [])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.days)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.days):
            day = self.days[section]
            return f"{format_day(day)}\n{QLocale().dayName(day.isoweekday(), QLocale.FormatType.ShortFormat)}"
        if (
            orientation == Qt.Orientation.Vertical
            and self.plan is not None
            and 0 <= section < len(self.plan.rows)
        ):
            return self.plan.rows[section][1]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.plan is None or not index.isValid():
            return None
        entries = self.entries(index)
        day = self.days[index.column()]
        key = self.plan.rows[index.row()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return short_label(entries, self.format_short) if entries else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            if entries:
                return _CONFLICT if self.plan.conflict(key, day) else _BOOKED
            if not self.plan.in_period(day):
                return _OUTSIDE
            return _WEEKEND if day.weekday() >= 5 else None
        if role == Qt.ItemDataRole.ToolTipRole and entries:
            return "\n".join(self._describe(entry) for entry in entries)
        return None

    def _describe(self, entry: PlanEntry) -> str:
        line = entry.line
        what = f"{format_label(line.format_title)} × {line.quantity}, {format_money(line.net)}"
        text = f"{line.influencer_name} @{line.handle}: {what}"
        if (
            self.plan is not None
            and line.planned_date
            and (line.account_id or 0, line.planned_date) in self.plan.double_booked
        ):
            text += " — " + translate("Estimates", "two placements of one account on one day")
        if self.plan is not None and line.planned_date and not self.plan.in_period(line.planned_date):
            text += " — " + translate("Estimates", "the date is outside the campaign's period")
        return text

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDropEnabled
            if self.entries(index):
                flags |= Qt.ItemFlag.ItemIsDragEnabled
        return flags

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[Index]) -> QMimeData:
        moved = [(e.estimate_id, e.line.line_key) for index in indexes[:1] for e in self.entries(index)]
        data = QMimeData()
        data.setData(MIME, QByteArray(json.dumps(moved).encode("utf-8")))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Dropping placements on a day gives them that date (their row stays theirs)."""
        if not self.editable or not data.hasFormat(MIME):
            return False
        target = parent if parent.isValid() else self.index(max(row, 0), max(column, 0))
        if not target.isValid():
            return False
        moved = [(int(e), str(k)) for e, k in json.loads(bytes(data.data(MIME).data()).decode("utf-8"))]
        return bool(moved) and self.move(moved, self.days[target.column()])
