"""The lines of an estimate version on the generic table model, edited in place, optionally grouped.

Group rows (platform, influencer, format or week) are read-only headings with the group's net;
line rows edit through `commit(line_key, field, value)`, which returns False when refused. What a
planner types goes to the service as typed (a quantity of 0, a discount of 150): the rules refuse.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from smmdesk.domain.estimate_view import LineView, VersionView, week_start
from smmdesk.domain.money import ZERO
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import (
    format_date,
    format_decimal,
    format_int,
    format_money,
    parse_decimal,
    parse_whole,
)
from smmdesk.ui.core.labels import format_label, platform_label
from smmdesk.ui.models.influencer_model import tax_label
from smmdesk.ui.models.table_model import LEFT, RIGHT, ColumnSpec, RowTableModel

Commit = Callable[[str, str, Any], bool]
LineRole = Qt.ItemDataRole.UserRole + 3
GROUPINGS = ("platform", "influencer", "format", "week")
# Shown only in the internal view, never to the client.
INTERNAL = ("contractor_fee", "margin", "tax_status")
FROZEN = 2  # № and whose line it is stay in view when the table is scrolled right

_FLAG_BACKGROUND = QColor("#fde8e8")
_GROUP_BACKGROUND = QColor("#eef2f7")
_BOLD = QFont()
_BOLD.setBold(True)
_MONEY_FIELDS = ("unit_price", "contractor_fee", "discount_pct")


@dataclass(frozen=True)
class GroupRow:
    label: str
    count: int
    net: Decimal


Row = LineView | GroupRow


def _identity(item: Row) -> str:
    return item.line_key if isinstance(item, LineView) else "group:" + item.label


class EstimateLinesModel(RowTableModel[Row]):
    """The version's lines (and group headings) as rows; `set_version` shows a version."""

    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__([], parent)
        self.commit = commit
        self.refused: Callable[[str], None] = lambda text: None
        self.version: VersionView | None = None
        self.grouping = ""
        self.editable = False
        self.platform_titles: dict[str, str] = {}
        self.format_titles: dict[int, str] = {}
        self.numbers: dict[str, int] = {}
        self.background = self._background
        self.font = lambda item: _BOLD if isinstance(item, GroupRow) else None
        self.columns = self._columns()

    # --- columns --------------------------------------------------------------------------------

    def _columns(self) -> list[ColumnSpec[Row]]:
        def line(
            key: str,
            title: str,
            shown: Callable[[LineView], str],
            align: Any = LEFT,
            width: int = 90,
            tip: str = "",
            **edit: Any,
        ) -> ColumnSpec[Row]:
            def value(item: Row) -> str:
                return shown(item) if isinstance(item, LineView) else self._group_text(item, key)

            return ColumnSpec(
                key, title, value, align=align, width=width, header_tip=tip, tooltip=self._flags_text, **edit
            )

        def editing(key: str, field: str, kinds: str = "all") -> dict[str, Any]:
            return {
                "edit": lambda item, typed: self._commit(item, key, typed),
                "edit_value": lambda item: self._edit_value(item, key),
                "editable": lambda item: (
                    isinstance(item, LineView)
                    and (kinds == "all" or (kinds == "placement") == item.is_placement)
                ),
            }

        def money_or_blank(value: Decimal | None) -> str:
            return "" if value is None else format_money(value, self.currency)

        return [
            line("n", "№", lambda ln: str(self.numbers.get(ln.line_key, "")), RIGHT, 30),
            line(
                "title",
                translate("EstimateLinesModel", "Influencer / cost"),
                lambda ln: ln.influencer_name if ln.is_placement else ln.title,
                width=126,
                **editing("title", "title", "cost"),
            ),
            line(
                "platform",
                translate("EstimateLinesModel", "Platform"),
                lambda ln: self.platform_titles.get(ln.platform, ln.platform),
                width=72,
            ),
            line("handle", translate("EstimateLinesModel", "Account"), lambda ln: ln.handle, width=76),
            line(
                "format",
                translate("EstimateLinesModel", "Format"),
                self._format_text,
                width=80,
                **editing("format", "format_id", "placement"),
            ),
            line(
                "date",
                translate("EstimateLinesModel", "Date"),
                lambda ln: format_date(ln.planned_date),
                width=80,
                **editing("date", "planned_date"),
            ),
            line(
                "quantity",
                translate("EstimateLinesModel", "Qty"),
                lambda ln: str(ln.quantity),
                RIGHT,
                48,
                translate("EstimateLinesModel", "Quantity"),
                **editing("quantity", "quantity"),
            ),
            line(
                "unit_price",
                translate("EstimateLinesModel", "Unit price"),
                self._price_text,
                RIGHT,
                88,
                **editing("unit_price", "unit_price"),
            ),
            line(
                "gross",
                translate("EstimateLinesModel", "Amount"),
                lambda ln: self._amount(ln, ln.gross),
                RIGHT,
                88,
                translate("EstimateLinesModel", "Amount before discount"),
            ),
            line(
                "discount_pct",
                translate("EstimateLinesModel", "Discount, %"),
                lambda ln: format_decimal(ln.discount_pct, 2) if ln.discount_pct else "",
                RIGHT,
                58,
                **editing("discount_pct", "discount_pct"),
            ),
            line(
                "net",
                translate("EstimateLinesModel", "Total"),
                lambda ln: self._amount(ln, ln.net),
                RIGHT,
                96,
                translate("EstimateLinesModel", "Total after discount"),
            ),
            line(
                "followers",
                translate("EstimateLinesModel", "Followers"),
                lambda ln: _count(ln.followers),
                RIGHT,
                96,
            ),
            line(
                "reach",
                translate("EstimateLinesModel", "Reach"),
                lambda ln: _count(ln.forecast.reach),
                RIGHT,
                90,
                translate("EstimateLinesModel", "Forecast reach"),
            ),
            line(
                "views",
                translate("EstimateLinesModel", "Views"),
                lambda ln: _count(ln.forecast.views),
                RIGHT,
                90,
                translate("EstimateLinesModel", "Forecast views"),
            ),
            line(
                "cpm",
                "CPM",
                lambda ln: self._amount(ln, ln.forecast.cpm) if ln.is_placement else "",
                RIGHT,
                90,
                translate("EstimateLinesModel", "Cost per thousand views"),
            ),
            line(
                "cpv",
                "CPV",
                lambda ln: self._amount(ln, ln.forecast.cpv) if ln.is_placement else "",
                RIGHT,
                76,
                translate("EstimateLinesModel", "Cost per view"),
            ),
            line(
                "contractor_fee",
                translate("EstimateLinesModel", "Blogger's fee"),
                lambda ln: money_or_blank(ln.contractor_fee),
                RIGHT,
                110,
                **editing("contractor_fee", "contractor_fee"),
            ),
            line(
                "margin",
                translate("EstimateLinesModel", "Margin"),
                lambda ln: money_or_blank(ln.margin),
                RIGHT,
                100,
            ),
            line(
                "tax_status",
                translate("EstimateLinesModel", "Tax status"),
                lambda ln: tax_label(ln.tax_status),
                width=150,
            ),
            line(
                "flags",
                translate("EstimateLinesModel", "Check"),
                lambda ln: "⚠" if self._flagged(ln) else "",
                width=60,
                tip=translate("EstimateLinesModel", "A line to check: the reason is in its tooltip"),
            ),
        ]

    def _format_text(self, line: LineView) -> str:
        if not line.is_placement:
            return ""
        return self.format_titles.get(line.format_id or 0) or format_label(line.format_title)

    @property
    def currency(self) -> str:
        """The estimate's own currency: every amount in the table is in it."""
        return self.version.currency if self.version is not None else "RUB"

    def _amount(self, line: LineView, value: Decimal | None) -> str:
        """An amount of a priced line in the estimate's currency; a dash when the line has no price."""
        return format_money(value if line.unit_price is not None else None, self.currency)

    def _price_text(self, line: LineView) -> str:
        return (
            format_money(line.unit_price, self.currency)
            if line.unit_price is not None
            else translate("EstimateLinesModel", "no price")
        )

    def _group_text(self, item: GroupRow, key: str) -> str:
        if key == "title":
            return f"{item.label} ({item.count})"
        return format_money(item.net, self.currency) if key == "net" else ""

    def _flagged(self, line: LineView) -> bool:
        return self.version is not None and line.id in self.version.flags

    def _flags_text(self, item: Row) -> str:
        if not isinstance(item, LineView) or not self._flagged(item) or self.version is None:
            return ""
        return "\n".join(translate("Estimates", flag) for flag in self.version.flags[item.id])

    def _background(self, item: Row) -> QColor | None:
        if isinstance(item, GroupRow):
            return _GROUP_BACKGROUND
        return _FLAG_BACKGROUND if self._flagged(item) else None

    # --- contents ---------------------------------------------------------------------------------

    def set_version(self, version: VersionView | None, editable: bool) -> None:
        was_editable = self.editable
        self.version = version
        self.editable = editable
        self.update_rows(self._arrange(), _identity)
        if editable != was_editable and self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))

    def set_grouping(self, grouping: str) -> None:
        self.grouping = grouping
        self.set_rows(self._arrange())

    def _arrange(self) -> list[Row]:
        if self.version is None:
            return []
        lines = list(self.version.lines)
        self.numbers = {line.line_key: n for n, line in enumerate(lines, start=1)}
        if self.grouping not in GROUPINGS:
            return list(lines)
        groups: dict[str, list[LineView]] = {}
        for line in lines:
            groups.setdefault(self._group_key(line), []).append(line)
        arranged: list[Row] = []
        other = translate("EstimateLinesModel", "Other costs")
        for label in sorted(groups, key=lambda g: (g in ("—", other), g.casefold())):
            members = groups[label]
            arranged.append(GroupRow(label, len(members), sum((m.net for m in members), ZERO)))
            arranged.extend(members)
        return arranged

    def _group_key(self, line: LineView) -> str:
        if self.grouping == "platform":
            other = translate("EstimateLinesModel", "Other costs")
            return self.platform_titles.get(line.platform, platform_label(line.platform)) or other
        if self.grouping == "influencer":
            return line.influencer_name or line.title
        if self.grouping == "format":
            return self._format_text(line) or "—"
        return format_date(week_start(line.planned_date)) if line.planned_date else "—"

    def line_at(self, row: int) -> LineView | None:
        item = self.rows[row] if 0 <= row < len(self.rows) else None
        return item if isinstance(item, LineView) else None

    def row_of_key(self, key: str) -> int:
        for row, item in enumerate(self.rows):
            if isinstance(item, LineView) and item.line_key == key:
                return row
        return -1

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == LineRole and index.isValid():
            return self.line_at(index.row())
        return super().data(index, role)

    # --- editing ----------------------------------------------------------------------------------

    @staticmethod
    def _edit_value(item: Row, key: str) -> Any:
        if not isinstance(item, LineView):
            return None
        if key == "format":
            return item.format_id
        if key == "date":
            return item.planned_date
        if key in _MONEY_FIELDS:
            value = getattr(item, key)
            return "" if value is None else format_decimal(value, 2).replace("\u00a0", "")
        return getattr(item, key)

    def _commit(self, item: Row, key: str, typed: Any) -> bool:
        if not isinstance(item, LineView):
            return False
        field, parsed = self._parse(key, typed)
        if field is None:
            refusal = _REFUSALS.get(key, _REFUSALS["number"])
            self.refused(translate("EstimateLinesModel", refusal).format(text=typed))
            return False
        return parsed != getattr(item, field) and self.commit(item.line_key, field, parsed)

    @staticmethod
    def _parse(key: str, value: Any) -> tuple[str | None, Any]:
        if key in _MONEY_FIELDS:
            text = str(value).replace("₽", "").replace("%", "").strip()
            if not text:
                return key, (Decimal(0) if key == "discount_pct" else None)
            number = parse_decimal(text)
            return (key, number) if number is not None else (None, None)
        if key == "quantity":
            with contextlib.suppress(ValueError):
                return (key, whole) if (whole := parse_whole(str(value))) is not None else (None, None)
            return None, None
        if key == "format":
            return "format_id", value
        if key == "date":
            return ("planned_date", value) if isinstance(value, dt.date) or value is None else (None, None)
        return key, str(value).strip()


_REFUSALS = {"date": QT_TRANSLATE_NOOP("EstimateLinesModel", "Not a date: {text}"),
             "quantity": QT_TRANSLATE_NOOP("EstimateLinesModel", "A quantity is a whole number: {text}"),
             "number": QT_TRANSLATE_NOOP("EstimateLinesModel", "Not a number: {text}")}


def _count(value: int | None) -> str:
    return format_int(value) if value is not None else ""
