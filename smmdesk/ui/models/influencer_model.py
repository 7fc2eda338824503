"""The influencer table: one row per account; columns declared here, filtering and sorting in Python."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor

from smmdesk.domain import influencers as rules
from smmdesk.domain.influencer_table import FilterSpec, InfluencerRow, InfluencerTable
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_datetime, format_decimal, format_int, format_money
from smmdesk.ui.core.labels import format_title
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, attribute_keys, ordered

__all__ = ["InfluencerModel", "build_columns", "format_title", "status_label", "tax_label"]


def status_label(status: str) -> str:
    return QCoreApplication.translate("Influencers", rules.STATUS_LABELS.get(status, status))


def tax_label(tax: str) -> str:
    return QCoreApplication.translate("Influencers", rules.TAX_LABELS.get(tax, tax)) if tax else ""


_STATUS_COLORS = {
    rules.RelationStatus.AGREED: QColor("#1b6e2e"),
    rules.RelationStatus.WORKING: QColor("#1b4f8a"),
    rules.RelationStatus.BLACKLIST: QColor("#a11a1a"),
}
_MUTED = QColor("#7a8594")
_STATUS_ORDER = {status.value: i for i, status in enumerate(rules.RelationStatus)}


def _er(hundredths: int | None) -> str:
    return "" if hundredths is None else format_decimal(Decimal(hundredths) / 100, 2)


def _kopecks(value: int | None) -> str:
    return "" if value is None else format_money(Decimal(value) / 100)


def _column(
    key: str, title: str, display: Any = None, align: Any = None, **options: Any
) -> ColumnSpec[InfluencerRow]:
    """A column showing one attribute of the row, with its sort keys computed for all rows at once."""
    extra = {"display": display} if display is not None else {}
    if align is not None:
        extra["align"] = align
    return ColumnSpec(key, title, attrgetter(key), keys=attribute_keys(key), **extra, **options)


def build_columns(
    formats: Sequence[str], format_titles: dict[str, str], platform_titles: dict[str, str]
) -> list[ColumnSpec[InfluencerRow]]:
    """The columns, built again when the formats change; keys are stable for saved views."""

    def platform_keys(rows: Sequence[InfluencerRow]) -> list[Any]:
        folded = {code: title.casefold() for code, title in platform_titles.items()}
        return [folded.get(row.platform, row.platform) or None for row in rows]

    columns: list[ColumnSpec[InfluencerRow]] = [
        _column(
            "name", translate("InfluencerModel", "Name"), foreground=lambda r: _MUTED if r.archived else None
        ),
        ColumnSpec(
            "platform",
            translate("InfluencerModel", "Platform"),
            lambda r: platform_titles.get(r.platform, r.platform),
            keys=platform_keys,
        ),
        _column("handle", translate("InfluencerModel", "Account"), tooltip=lambda r: r.url),
        _column("followers", translate("InfluencerModel", "Followers"), format_int_blank, RIGHT),
        _column("er", translate("InfluencerModel", "ER, %"), _er, RIGHT),
        _column("avg_reach", translate("InfluencerModel", "Reach"), format_int_blank, RIGHT, visible=False),
        _column("avg_views", translate("InfluencerModel", "Views"), format_int_blank, RIGHT, visible=False),
        _column("city", translate("InfluencerModel", "City")),
        _column("topics", translate("InfluencerModel", "Topics")),
        ColumnSpec("tags", translate("InfluencerModel", "Tags"), lambda r: ", ".join(r.tags)),
        ColumnSpec(
            "status",
            translate("InfluencerModel", "Status"),
            attrgetter("status"),
            status_label,
            sort_key=lambda r: _STATUS_ORDER.get(r.status),
            foreground=lambda r: _STATUS_COLORS.get(r.status),  # type: ignore[call-overload]
            keys=lambda rows: [_STATUS_ORDER.get(r.status) for r in rows],
        ),
        _column("tax_status", translate("InfluencerModel", "Tax status"), tax_label, visible=False),
        _column("phone", translate("InfluencerModel", "Phone"), visible=False),
        _column("email", translate("InfluencerModel", "E-mail"), visible=False),
        _column("messenger", translate("InfluencerModel", "Messenger"), visible=False),
    ]
    for position, code in enumerate(formats):
        columns.append(
            ColumnSpec(
                "price:" + code,
                format_title(code, format_titles.get(code, code)),
                _price_getter(position),
                lambda v: v if isinstance(v, str) else _kopecks(v),
                RIGHT,
                sort_key=_price_getter(position, numeric=True),
                foreground=_note_color(position),
                keys=_price_keys(position),
            )
        )
    columns += [
        ColumnSpec(
            "notes",
            translate("InfluencerModel", "Notes"),
            lambda r: r.notes.replace("\n", " "),
            visible=False,
        ),
        _column("url", translate("InfluencerModel", "Link"), visible=False),
        _column("updated_at", translate("InfluencerModel", "Changed"), _stored_time, visible=False),
    ]
    return columns


def _stored_time(text: str) -> str:
    if not text:
        return ""
    return format_datetime(dt.datetime.fromisoformat(text).replace(tzinfo=dt.UTC))


def format_int_blank(value: int | None) -> str:
    return "" if value is None else format_int(value)


def _price_getter(position: int, numeric: bool = False) -> Any:
    def price(row: InfluencerRow) -> Any:
        value = row.prices[position]
        if value is None and not numeric and row.price_notes:
            return row.price_notes[position] or None
        return value

    return price


def _price_keys(position: int) -> Callable[[Sequence[InfluencerRow]], list[Any]]:
    def compute(rows: Sequence[InfluencerRow]) -> list[Any]:
        return [row.prices[position] for row in rows]

    return compute


def _note_color(position: int) -> Any:
    def color(row: InfluencerRow) -> Any:
        return _MUTED if row.prices[position] is None else None

    return color


class InfluencerModel(RowTableModel[InfluencerRow]):
    """Holds the InfluencerTable; `apply` filters, `sort` orders, both keep each other's result."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__([], parent)
        self.table = InfluencerTable([], ())
        self.spec = FilterSpec()
        self._order: list[int] | None = None  # every row, in the current sort order

    def load(self, table: InfluencerTable, columns: list[ColumnSpec[InfluencerRow]]) -> None:
        self.table = table
        self._order = None
        self.beginResetModel()
        self.columns = columns
        self.rows = table.rows
        self.view = table.matching(self.spec)
        self.endResetModel()
        if 0 <= self.sort_column < len(self.columns):
            self.sort(self.sort_column, self.sort_order)

    def apply(self, spec: FilterSpec) -> None:
        """Shows the rows the spec lets through, in the current sort order."""
        candidates: Sequence[int] | None = self._order
        previous = self.spec
        narrower = spec.text.lower().startswith(previous.text.lower()) and FilterSpec(
            **{**spec.__dict__, "text": ""}
        ) == FilterSpec(**{**previous.__dict__, "text": ""})
        if narrower and previous.text:
            candidates = self.view  # typing one more letter only narrows what is shown
        self.spec = spec
        self.set_view(self.table.matching(spec, candidates))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not 0 <= column < len(self.columns):
            return
        keys = self.sort_keys(self.columns[column])
        self._order = ordered(range(len(self.rows)), keys, order == Qt.SortOrder.DescendingOrder)
        if len(self.view) == len(self.rows):
            self.relayout(list(self._order))
        else:
            shown = set(self.view)
            self.relayout([i for i in self._order if i in shown])

    def sort_keys(self, spec: ColumnSpec[InfluencerRow]) -> Sequence[Any]:
        return self.table.sort_keys(spec.key, spec.key_of, spec.keys)

    def replace(self, influencer_ids: Sequence[int], fresh: Sequence[InfluencerRow]) -> None:
        """After an edit: rows changed in place are repainted where they are; otherwise re-filter."""
        positions = self.table.replace_influencers(influencer_ids, fresh)
        if positions is not None:
            self.rows = self.table.rows
            # Changed rows stay where they are (no jumping while editing), but a row that no longer
            # passes the filter (archived, a status filtered out) leaves the view.
            still = set(self.table.matching(self.spec, positions))
            shown = set(self.view)
            if any(p in still and p not in shown for p in positions):
                # A row that passes the filter again (an undo, a status set back) comes back in its
                # place in the sort order.
                self.relayout(self.table.matching(self.spec, self._order))
            else:
                dropped = {p for p in positions if p in shown and p not in still}
                if dropped:
                    self.relayout([i for i in self.view if i not in dropped])
            self.rows_changed(positions)
            return
        self.rows = self.table.rows
        self._order = None
        self.beginResetModel()
        self.view = self.table.matching(self.spec)
        self.endResetModel()
        if 0 <= self.sort_column < len(self.columns):
            self.sort(self.sort_column, self.sort_order)

    def selected_rows(self, view_rows: Sequence[int]) -> list[InfluencerRow]:
        return [self.row_at(r) for r in view_rows if 0 <= r < len(self.view)]
