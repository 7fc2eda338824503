"""Columns sized to what they hold, across the whole width a table or tree has.

Each column gets the width of its widest text (the header's title on one line included); the text
column (a task's, a checkpoint's title, what a version changed) takes the rest of the view, and a
table without one (the RACI matrix, the load by week) shares the rest among its columns. When the
texts are wider than the view, every column but the text column still reads whole, the text column
keeps at least `MIN_TEXT_PX` and the view scrolls sideways. The sizes follow the model (a reset,
rows added or changed) and the view's width; a planner may still drag a column until they change.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

MIN_TEXT_PX = 160
MEASURED_ROWS = 100  # rows measured beyond those in view: 2,000 tasks fit in ~50 ms (bench_strategy_columns)


def _header(view: QAbstractItemView) -> QHeaderView:
    return view.header() if isinstance(view, QTreeView) else view.horizontalHeader()  # type: ignore[attr-defined]


class ColumnFit(QObject):
    """Keeps `view`'s columns fitted; `text` names the column (by model column) taking the rest,
    or None to share it among them all."""

    def __init__(self, view: QTableView | QTreeView, text: int | None) -> None:
        super().__init__(view)
        self.view, self.text = view, text
        self.pending = QTimer(self, singleShot=True, interval=0)
        self.pending.timeout.connect(self.fit)
        header = _header(view)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setResizeContentsPrecision(MEASURED_ROWS)
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.dataChanged, model.headerDataChanged, model.columnsInserted,
                       model.columnsRemoved):  # fmt: skip
            signal.connect(self.pending.start)
        if isinstance(view, QTreeView):
            view.expanded.connect(self.pending.start)
            view.collapsed.connect(self.pending.start)
        self.pending.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.pending.start()
        return False

    def widths(self) -> list[int]:
        """Each column's need: its widest text shown, or its title on one line."""
        header = _header(self.view)
        return [
            0 if header.isSectionHidden(c) else max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
            for c in range(header.count())
        ]

    def fit(self) -> None:
        header = _header(self.view)
        needs = self.widths()
        room = self.view.viewport().width()
        shown = [c for c in range(len(needs)) if not header.isSectionHidden(c)]
        if not shown or room <= 0:
            return
        sizes = spread(needs, shown, room, self.text)
        for column in shown:
            if header.sectionSize(column) != sizes[column]:
                header.resizeSection(column, sizes[column])


def spread(needs: Sequence[int], shown: Sequence[int], room: int, text: int | None) -> list[int]:
    """The columns' widths: each its need, the rest of `room` to the text column (or shared out)."""
    sizes = list(needs)
    rest = room - sum(needs[c] for c in shown)
    if text is not None and text in shown:
        sizes[text] = max(needs[text] + rest, min(needs[text], MIN_TEXT_PX))
    elif rest > 0:
        share, extra = divmod(rest, len(shown))
        for index, column in enumerate(shown):
            sizes[column] += share + (1 if index < extra else 0)
    return sizes


def fit_columns(view: QTableView | QTreeView, text: int | None = None) -> ColumnFit:
    """Sizes `view`'s columns to their texts, column `text` (None: all of them) taking the rest."""
    return ColumnFit(view, text)
