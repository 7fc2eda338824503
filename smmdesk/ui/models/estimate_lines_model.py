"""The lines of an estimate version, edited in place, optionally grouped with subtotals.

Group rows (platform, influencer, format or week) are read-only headers with the group's net;
line rows edit through `commit(line_key, field, value)`, which returns False when refused.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from smmdesk.domain.estimate_view import LineView, VersionView, week_start
from smmdesk.domain.money import ZERO
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_date, format_decimal, format_int, format_money, parse_decimal
from smmdesk.ui.models.influencer_model import tax_label
from smmdesk.ui.models.table_model import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[str, str, Any], bool]
LineRole = Qt.ItemDataRole.UserRole + 3


@dataclass(frozen=True)
class GroupRow:
    label: str
    count: int
    net: Decimal


@dataclass(frozen=True)
class LineColumn:
    key: str
    title: str
    align: Qt.AlignmentFlag = LEFT
    editable: str = ""  # "" never; "all", "placement" or "cost": which lines may edit it
    internal: bool = False  # shown only in the internal view, never to the client
    width: int = 90


def columns() -> list[LineColumn]:
    return [
        LineColumn("n", "№", RIGHT, width=36),
        LineColumn("title", translate("EstimateLinesModel", "Influencer / cost"), editable="cost", width=190),
        LineColumn("platform", translate("EstimateLinesModel", "Platform"), width=90),
        LineColumn("handle", translate("EstimateLinesModel", "Account"), width=120),
        LineColumn("format", translate("EstimateLinesModel", "Format"), editable="placement", width=150),
        LineColumn("date", translate("EstimateLinesModel", "Date"), editable="all", width=90),
        LineColumn("quantity", translate("EstimateLinesModel", "Qty"), RIGHT, editable="all", width=50),
        LineColumn(
            "unit_price", translate("EstimateLinesModel", "Unit price"), RIGHT, editable="all", width=110
        ),
        LineColumn("gross", translate("EstimateLinesModel", "Amount"), RIGHT, width=110),
        LineColumn(
            "discount_pct", translate("EstimateLinesModel", "Discount, %"), RIGHT, editable="all", width=75
        ),
        LineColumn("net", translate("EstimateLinesModel", "Total"), RIGHT, width=115),
        LineColumn("followers", translate("EstimateLinesModel", "Followers"), RIGHT, width=90),
        LineColumn("reach", translate("EstimateLinesModel", "Reach"), RIGHT, width=90),
        LineColumn("views", translate("EstimateLinesModel", "Views"), RIGHT, width=90),
        LineColumn("cpm", "CPM", RIGHT, width=90),
        LineColumn("cpv", "CPV", RIGHT, width=70),
        LineColumn(
            "contractor_fee",
            translate("EstimateLinesModel", "Blogger's fee"),
            RIGHT,
            "all",
            internal=True,
            width=110,
        ),
        LineColumn("margin", translate("EstimateLinesModel", "Margin"), RIGHT, internal=True, width=100),
        LineColumn("tax_status", translate("EstimateLinesModel", "Tax status"), internal=True, width=150),
        LineColumn("flags", translate("EstimateLinesModel", "Check"), width=60),
    ]


GROUPINGS = ("platform", "influencer", "format", "week")

_FLAG_BACKGROUND = QColor("#fde8e8")
_GROUP_BACKGROUND = QColor("#eef2f7")
_BOLD = QFont()
_BOLD.setBold(True)


def _row_identity(item: LineView | GroupRow) -> str:
    return item.line_key if isinstance(item, LineView) else "group:" + item.label


class EstimateLinesModel(QAbstractTableModel):
    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self.commit = commit
        self.refused: Callable[[str], None] = lambda text: None
        self.columns = columns()
        self.version: VersionView | None = None
        self.rows: list[LineView | GroupRow] = []
        self.grouping = ""
        self.editable = False
        self.platform_titles: dict[str, str] = {}
        self.format_titles: dict[int, str] = {}
        self.numbers: dict[str, int] = {}

    # --- contents ---------------------------------------------------------------------------------

    def set_version(self, version: VersionView | None, editable: bool) -> None:
        old_rows, old_editable = self.rows, self.editable
        self.version = version
        self.editable = editable
        rows = self._arrange()
        if old_rows and [_row_identity(item) for item in rows] == [_row_identity(item) for item in old_rows]:
            # The same lines in the same places: repaint the changed rows, keeping the selection and
            # the open editor.
            self.rows = rows
            pairs = enumerate(zip(old_rows, rows, strict=True))
            changed = [r for r, (a, b) in pairs if a is not b and a != b]
            if editable != old_editable:
                changed = list(range(len(rows)))
            if changed:
                last = len(self.columns) - 1
                self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], last))
            return
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def set_grouping(self, grouping: str) -> None:
        self.beginResetModel()
        self.grouping = grouping
        self.rows = self._arrange()
        self.endResetModel()

    def _arrange(self) -> list[LineView | GroupRow]:
        if self.version is None:
            return []
        lines = list(self.version.lines)
        self.numbers = {line.line_key: n for n, line in enumerate(lines, start=1)}
        if self.grouping not in GROUPINGS:
            return list(lines)
        key = self._group_key
        groups: dict[str, list[LineView]] = {}
        for line in lines:
            groups.setdefault(key(line), []).append(line)
        arranged: list[LineView | GroupRow] = []
        for label in sorted(
            groups, key=lambda g: (g in ("—", translate("EstimateLinesModel", "Other costs")), g.casefold())
        ):
            members = groups[label]
            arranged.append(GroupRow(label, len(members), sum((m.net for m in members), ZERO)))
            arranged.extend(members)
        return arranged

    def _group_key(self, line: LineView) -> str:
        if self.grouping == "platform":
            other = translate("EstimateLinesModel", "Other costs")
            return self.platform_titles.get(line.platform, line.platform) or other
        if self.grouping == "influencer":
            return line.influencer_name or line.title
        if self.grouping == "format":
            return self.format_titles.get(line.format_id or 0, line.format_title) or "—"
        return format_date(week_start(line.planned_date)) if line.planned_date else "—"

    def line_at(self, row: int) -> LineView | None:
        item = self.rows[row] if 0 <= row < len(self.rows) else None
        return item if isinstance(item, LineView) else None

    def row_of_key(self, key: str) -> int:
        for row, item in enumerate(self.rows):
            if isinstance(item, LineView) and item.line_key == key:
                return row
        return -1

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt's model interface ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.columns[section].title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(self.columns[section].align)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.version is None:
            return None
        item = self.rows[index.row()]
        column = self.columns[index.column()]
        if isinstance(item, GroupRow):
            return self._group_data(item, column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column.key, index.row())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(item, column.key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == Qt.ItemDataRole.BackgroundRole and item.id in self.version.flags:
            return _FLAG_BACKGROUND
        if role == Qt.ItemDataRole.ToolTipRole and item.id in self.version.flags:
            return "\n".join(translate("Estimates", flag) for flag in self.version.flags[item.id])
        if role == LineRole:
            return item
        return None

    def _group_data(self, item: GroupRow, column: LineColumn, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if column.key == "title":
                return f"{item.label} ({item.count})"
            if column.key == "net":
                return format_money(item.net, self.currency)
        if role == Qt.ItemDataRole.FontRole:
            return _BOLD
        if role == Qt.ItemDataRole.BackgroundRole:
            return _GROUP_BACKGROUND
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        return None

    @property
    def currency(self) -> str:
        """The estimate's own currency: every amount in the table is in it."""
        return self.version.currency if self.version is not None else "RUB"

    def _display(self, line: LineView, key: str, row: int) -> str:
        forecast = line.forecast
        currency = self.currency
        priced = line.unit_price is not None
        if key == "n":
            return str(self.numbers.get(line.line_key, ""))
        if key == "title":
            return line.influencer_name if line.is_placement else line.title
        if key == "platform":
            return self.platform_titles.get(line.platform, line.platform)
        if key == "handle":
            return line.handle
        if key == "format":
            return self.format_titles.get(line.format_id or 0, line.format_title) if line.is_placement else ""
        if key == "date":
            return format_date(line.planned_date)
        if key == "quantity":
            return str(line.quantity)
        if key == "unit_price":
            return (
                format_money(line.unit_price, currency)
                if priced
                else translate("EstimateLinesModel", "no price")
            )
        if key == "gross":
            return format_money(line.gross if priced else None, currency)
        if key == "discount_pct":
            return format_decimal(line.discount_pct, 2) if line.discount_pct else ""
        if key == "net":
            return format_money(line.net if priced else None, currency)
        if key == "followers":
            return format_int(line.followers) if line.followers is not None else ""
        if key == "reach":
            return format_int(forecast.reach) if forecast.reach is not None else ""
        if key == "views":
            return format_int(forecast.views) if forecast.views is not None else ""
        if key == "cpm":
            return format_money(forecast.cpm if priced else None, currency) if line.is_placement else ""
        if key == "cpv":
            return format_money(forecast.cpv if priced else None, currency) if line.is_placement else ""
        if key == "contractor_fee":
            return format_money(line.contractor_fee, currency) if line.contractor_fee is not None else ""
        if key == "margin":
            return format_money(line.margin, currency) if line.margin is not None else ""
        if key == "tax_status":
            return tax_label(line.tax_status)
        if key == "flags":
            return "⚠" if self.version and line.id in self.version.flags else ""
        return ""

    @staticmethod
    def _edit_value(line: LineView, key: str) -> Any:
        if key == "title":
            return line.title
        if key == "format":
            return line.format_id
        if key == "date":
            return line.planned_date
        if key == "quantity":
            return line.quantity
        if key in ("unit_price", "contractor_fee", "discount_pct"):
            value = getattr(line, key)
            return "" if value is None else format_decimal(value, 2).replace("\u00a0", "")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        line = self.line_at(index.row())
        column = self.columns[index.column()]
        if line is None or not self.editable or not column.editable:
            return base
        if column.editable == "all" or column.editable == ("placement" if line.is_placement else "cost"):
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.line_at(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or line is None:
            return False
        key = self.columns[index.column()].key
        field, parsed = self._parse(key, value)
        if field is None:
            self.refused(translate("EstimateLinesModel", "Not a number: {text}").format(text=value))
            return False
        current = self._edit_value(line, key)
        if field in ("unit_price", "contractor_fee", "discount_pct"):
            current = getattr(line, field)
        if parsed == current:
            return False
        return self.commit(line.line_key, field, parsed)

    @staticmethod
    def _parse(key: str, value: Any) -> tuple[str | None, Any]:
        if key in ("unit_price", "contractor_fee", "discount_pct"):
            text = str(value).replace("₽", "").replace("%", "").strip()
            if not text:
                return key, (Decimal(0) if key == "discount_pct" else None)
            number = parse_decimal(text)
            return (key, number) if number is not None else (None, None)
        if key == "quantity":
            try:
                return key, int(value)
            except (TypeError, ValueError):
                return None, None
        if key == "format":
            return "format_id", value
        if key == "date":
            return "planned_date", value if isinstance(value, dt.date) or value is None else None
        return key, value
