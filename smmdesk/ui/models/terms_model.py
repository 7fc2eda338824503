"""The terms of one account: a row per format, edited in place; each change goes to a callback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from smmdesk.domain import influencers as rules
from smmdesk.i18n import translate
from smmdesk.services.influencers import TermsInfo
from smmdesk.ui.core.formatting import format_date, format_money, format_percent, parse_decimal
from smmdesk.ui.models.table_model import LEFT, RIGHT

Index = QModelIndex | QPersistentModelIndex
Commit = Callable[[int, str, Any], bool]


@dataclass(frozen=True)
class TermsLine:
    format_id: int
    title: str
    terms: TermsInfo | None


COLUMNS = ("format", "price", "included", "prepayment_pct", "product", "exclusivity", "agreed_on")


class TermsModel(QAbstractTableModel):
    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__(parent)
        self.lines: list[TermsLine] = []
        self.commit = commit
        self.refused: Callable[[str, str], None] = lambda key, text: None
        self.read_only = False
        self.titles = [
            translate("TermsModel", "Format"),
            translate("TermsModel", "Price"),
            translate("TermsModel", "What is included"),
            translate("TermsModel", "Prepayment, %"),
            translate("TermsModel", "Product"),
            translate("TermsModel", "Exclusivity"),
            translate("TermsModel", "Agreed on"),
        ]

    def set_lines(self, lines: Sequence[TermsLine]) -> None:
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(COLUMNS)
        ):
            return self.titles[section]
        return None

    def _raw(self, line: TermsLine, key: str) -> Any:
        if key == "format":
            return line.title
        return None if line.terms is None else getattr(line.terms, key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        line = self.lines[index.row()]
        key = COLUMNS[index.column()]
        value = self._raw(line, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "price":
                return "" if value is None else format(value, "f")
            if key == "prepayment_pct":
                return "" if value is None else format(value.normalize(), "f")
            return value
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "price":
                if value is None:
                    return line.terms.price_note if line.terms else ""
                return format_money(value)
            if key == "prepayment_pct":
                return "" if value is None else format_percent(value)
            if key == "product":
                return (
                    QCoreApplication.translate("Influencers", rules.PRODUCT_LABELS.get(value or "", ""))
                    if value
                    else ""
                )
            if key == "agreed_on":
                return format_date(value)
            return value or ""
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if key in ("price", "prepayment_pct") else LEFT)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid() and index.column() > 0 and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or index.column() == 0:
            return False
        line = self.lines[index.row()]
        key = COLUMNS[index.column()]
        parsed = self._parse(key, value)
        if parsed is _INVALID:
            self.refused(key, str(value))
            return False
        if parsed == self._raw(line, key):
            return False
        return self.commit(line.format_id, key, parsed)

    @staticmethod
    def _parse(key: str, value: Any) -> Any:
        if key in ("price", "prepayment_pct"):
            if isinstance(value, Decimal) or value is None:
                return value
            text = str(value).strip()
            if not text:
                return None
            number = parse_decimal(text.replace("₽", "").replace("%", ""))
            return _INVALID if number is None else number
        if key == "agreed_on":
            return value if isinstance(value, dt.date) or value is None else _INVALID
        return "" if value is None else str(value)


_INVALID = object()
