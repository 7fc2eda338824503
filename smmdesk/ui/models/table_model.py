"""One generic table model driven by column specs; each entity declares only its columns.

Rows are immutable snapshots; the model shows them through `view`, a list of row indices that
the window's filter and sort produce in plain Python (a proxy model costs far more at 100k rows).
`data()` does constant work: an index lookup, the column's accessor and formatter.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

R = TypeVar("R")
SortRole = Qt.ItemDataRole.UserRole + 1
RowRole = Qt.ItemDataRole.UserRole + 2

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ColumnSpec(Generic[R]):
    """A column: its key, title, raw value, how the value is shown, alignment and sort key."""

    key: str
    title: str
    value: Callable[[R], Any]
    display: Callable[[Any], str] = lambda v: "" if v is None else str(v)
    align: Qt.AlignmentFlag = LEFT
    sort_key: Callable[[R], Any] | None = None  # default: the raw value; None sorts last
    visible: bool = True  # shown by default
    tooltip: Callable[[R], str] | None = None
    foreground: Callable[[R], Any] | None = None
    # The sort keys of all rows at once (much faster than key_of row by row at 100,000 rows).
    keys: Callable[[Sequence[R]], list[Any]] | None = None
    # An editable column: `edit(row, value)` saves the value typed into the cell (True when
    # taken); `edit_value(row)` is what the cell's editor starts from.
    edit: Callable[[R, Any], bool] | None = None
    edit_value: Callable[[R], Any] | None = None
    editable: Callable[[R], bool] | None = None  # which rows may edit it (default: every row)
    header_tip: str = ""  # the full title, when `title` is abbreviated to fit
    width: int = 0  # the column's first width in pixels (0: the view's default)

    def key_of(self, row: R) -> Any:
        if self.sort_key is not None:
            return self.sort_key(row)
        value = self.value(row)
        if isinstance(value, str):
            return value.casefold() or None
        return value


def ordered(indices: Sequence[int], keys: Sequence[Any], descending: bool) -> list[int]:
    """Indices sorted by their keys; blanks (None) always last, whichever the direction."""
    if None not in keys:
        result = sorted(indices, key=keys.__getitem__, reverse=descending)
        return result
    present = [i for i in indices if keys[i] is not None]
    absent = [i for i in indices if keys[i] is None]
    present.sort(key=keys.__getitem__, reverse=descending)
    return present + absent


def attribute_keys(attribute: str) -> Callable[[Sequence[Any]], list[Any]]:
    """Sort keys straight from an attribute: numbers as they are, text case-folded, blanks as None."""
    get = attrgetter(attribute)

    def compute(rows: Sequence[Any]) -> list[Any]:
        values = list(map(get, rows))
        if values and isinstance(next((v for v in values if v is not None), None), str):
            folded = {v: (v.casefold() or None) for v in set(values)}
            return list(map(folded.__getitem__, values))
        return values

    return compute


class RowTableModel(QAbstractTableModel, Generic[R]):
    """Shows `rows[view[i]]` in row i; sorting and filtering replace `view`."""

    def __init__(self, columns: Sequence[ColumnSpec[R]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns: list[ColumnSpec[R]] = list(columns)
        self.rows: Sequence[R] = []
        self.view: list[int] = []
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.AscendingOrder
        self.background: Callable[[R], Any] | None = None  # a row's colour (overdue, a problem…)
        self.font: Callable[[R], Any] | None = None  # a row's font (a group's bold heading)
        self.editable = True

    # --- contents ----------------------------------------------------------------------------

    def set_columns(self, columns: Sequence[ColumnSpec[R]]) -> None:
        self.beginResetModel()
        self.columns = list(columns)
        self.endResetModel()

    def set_rows(self, rows: Sequence[R], view: list[int] | None = None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.view = list(range(len(rows))) if view is None else view
        self.endResetModel()

    def update_rows(self, rows: Sequence[R], identity: Callable[[R], Any]) -> None:
        """New snapshots of the rows: when they are the same rows in the same places, only the changed
        ones are repainted (the selection and an open editor stay); otherwise the model is reset."""
        old = self.rows
        if (
            len(old) == len(rows)
            and self.view == list(range(len(old)))
            and all(identity(a) == identity(b) for a, b in zip(old, rows, strict=True))
        ):
            self.rows = rows
            changed = [i for i, (a, b) in enumerate(zip(old, rows, strict=True)) if a is not b and a != b]
            if changed:
                self.dataChanged.emit(
                    self.index(changed[0], 0), self.index(changed[-1], self.columnCount() - 1)
                )
            return
        self.set_rows(rows)

    def set_view(self, view: list[int]) -> None:
        self.beginResetModel()
        self.view = view
        self.endResetModel()

    def row_at(self, view_row: int) -> R:
        return self.rows[self.view[view_row]]

    def column_index(self, key: str) -> int:
        for i, column in enumerate(self.columns):
            if column.key == key:
                return i
        raise KeyError(key)

    def rows_changed(self, row_indices: Sequence[int]) -> None:
        """Rows whose snapshots were replaced in place: repaint just those."""
        wanted = set(row_indices)
        changed = [pos for pos, i in enumerate(self.view) if i in wanted]
        if changed:
            last = self.columnCount() - 1
            self.dataChanged.emit(self.index(min(changed), 0), self.index(max(changed), last))

    # --- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.view)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[self.view[index.row()]]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.display(column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(column.align)
        if role == SortRole:
            return column.key_of(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.BackgroundRole and self.background is not None:
            return self.background(row)
        if role == Qt.ItemDataRole.FontRole and self.font is not None:
            return self.font(row)
        if role == Qt.ItemDataRole.EditRole:
            return column.edit_value(row) if column.edit_value is not None else column.value(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title
            if role == Qt.ItemDataRole.TextAlignmentRole:
                # A long title wraps onto a second line of the header rather than being cut.
                return int(column.align) | int(Qt.TextFlag.TextWordWrap.value)
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.header_tip or column.title
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        column = self.columns[index.column()]
        if self.editable and column.edit is not None:
            if column.editable is None or column.editable(self.rows[self.view[index.row()]]):
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        column = self.columns[index.column()] if index.isValid() else None
        if role != Qt.ItemDataRole.EditRole or column is None or column.edit is None or not self.editable:
            return False
        row = self.rows[self.view[index.row()]]
        if column.editable is not None and not column.editable(row):
            return False
        return column.edit(row, value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.sort_column, self.sort_order = column, order
        if not 0 <= column < len(self.columns):
            return
        spec = self.columns[column]
        keys = self.sort_keys(spec)
        self.relayout(ordered(self.view, keys, order == Qt.SortOrder.DescendingOrder))

    def relayout(self, view: list[int]) -> None:
        """Replaces the view with a reordering of it, keeping the selection on the same rows."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_rows = [self.view[index.row()] if index.row() < len(self.view) else -1 for index in persistent]
        self.view = view
        if persistent:
            wanted = set(old_rows)
            if len(wanted) <= 16:  # the current row and a small selection: look them up directly
                members = set(view) if len(view) < len(self.rows) else None
                position = {i: view.index(i) for i in wanted if i >= 0 and (members is None or i in members)}
            else:
                position = {i: p for p, i in enumerate(view)}
            moved = [
                self.index(position[i], index.column()) if i in position else QModelIndex()
                for index, i in zip(persistent, old_rows, strict=True)
            ]
            self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    def sort_keys(self, spec: ColumnSpec[R]) -> Sequence[Any]:
        """Sort keys of every row for a column; subclasses cache them."""
        return [spec.key_of(row) for row in self.rows]


def apply_widths(view: Any, columns: Sequence[ColumnSpec[Any]]) -> None:
    """Gives a view's columns the first widths their specs ask for."""
    for index, column in enumerate(columns):
        if column.width:
            view.setColumnWidth(index, column.width)
