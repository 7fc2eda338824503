"""Tables that fit a laptop's screen: column titles that wrap instead of being cut, and leading
columns (№ and whose line it is) that stay in view when the table is scrolled right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

MAX_TITLE_LINES = 3


class WrappingHeader(QHeaderView):
    """A horizontal header whose titles wrap onto as many lines (up to three) as their width needs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        self.sectionResized.connect(self._relayout)

    def _relayout(self, *_: Any) -> None:
        count = self.count()
        if count:
            # Tells the header its titles may need another height; it caches its size otherwise.
            self.headerDataChanged(Qt.Orientation.Horizontal, 0, count - 1)

    def title_height(self, logical: int) -> int:
        model = self.model()
        if model is None:
            return 0
        text = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
        width = max(self.sectionSize(logical) - 10, 10)
        metrics = self.fontMetrics()
        bounds = metrics.boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap.value), text)
        return min(bounds.height(), metrics.lineSpacing() * MAX_TITLE_LINES)

    def sectionSizeFromContents(self, logical: int) -> QSize:
        size = super().sectionSizeFromContents(logical)
        size.setHeight(max(size.height(), self.title_height(logical) + 8))
        return size


def wrapping_titles(table: QTableView) -> WrappingHeader:
    """Gives `table` a header whose titles wrap; returns it."""
    header = WrappingHeader(table)
    table.setHorizontalHeader(header)
    table.setProperty("readableTitles", True)
    ReadableTitles(table)
    return header


class FrozenColumnsTable(QTableView):
    """A table whose first `frozen` columns stay in view when it is scrolled right.

    A second view over the same model and selection shows those columns on top of the table's
    left edge (Qt's "frozen column" pattern); scrolling, row heights and column widths follow.
    """

    def __init__(self, frozen: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen = frozen
        wrapping_titles(self)
        self.pinned = QTableView(self)
        self.pinned.setObjectName("frozenColumns")
        self.pinned.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pinned.verticalHeader().hide()
        wrapping_titles(self.pinned)
        self.pinned.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.pinned.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pinned.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.pinned.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.pinned.setStyleSheet(
            "QTableView#frozenColumns { border: none; border-right: 1px solid #c5ccd6; }"
        )
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.viewport().stackUnder(self.pinned)
        self.horizontalHeader().sectionResized.connect(self._column_resized)
        self.verticalHeader().sectionResized.connect(lambda row, _, size: self.pinned.setRowHeight(row, size))
        self.verticalScrollBar().valueChanged.connect(self.pinned.verticalScrollBar().setValue)
        self.pinned.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.pinned.doubleClicked.connect(self.doubleClicked.emit)

    def setModel(self, model: Any) -> None:
        super().setModel(model)
        self.pinned.setModel(model)
        self.pinned.setSelectionModel(self.selectionModel())
        model.modelReset.connect(self._sync)
        model.layoutChanged.connect(self._sync)
        model.columnsInserted.connect(self._sync)
        self._sync()

    def setItemDelegateForColumn(self, column: int, delegate: Any) -> None:
        # A delegate belongs to one view (its commitData goes to every view it is set on), so the
        # frozen view gets it only for the columns it shows.
        super().setItemDelegateForColumn(column, delegate)
        if column < self.frozen:
            self.pinned.setItemDelegateForColumn(column, delegate)

    def setEditTriggers(self, triggers: Any) -> None:
        super().setEditTriggers(triggers)
        self.pinned.setEditTriggers(triggers)

    def setSelectionBehavior(self, behavior: Any) -> None:
        super().setSelectionBehavior(behavior)
        self.pinned.setSelectionBehavior(behavior)

    def setSelectionMode(self, mode: Any) -> None:
        super().setSelectionMode(mode)
        self.pinned.setSelectionMode(mode)

    def setColumnHidden(self, column: int, hide: bool) -> None:
        super().setColumnHidden(column, hide)
        self._sync()

    def _sync(self, *_: Any) -> None:
        model = self.model()
        if model is None:
            return
        for column in range(model.columnCount()):
            self.pinned.setColumnHidden(column, column >= self.frozen or self.isColumnHidden(column))
            self.pinned.setColumnWidth(column, self.columnWidth(column))
        self.pinned.setAlternatingRowColors(self.alternatingRowColors())
        self.pinned.verticalHeader().setDefaultSectionSize(self.verticalHeader().defaultSectionSize())
        self._place()

    def _column_resized(self, column: int, _: int, size: int) -> None:
        if column < self.frozen:
            self.pinned.setColumnWidth(column, size)
            self._place()

    def pinned_width(self) -> int:
        return sum(self.columnWidth(c) for c in range(self.frozen) if not self.isColumnHidden(c))

    def _place(self) -> None:
        frame = self.frameWidth()
        self.pinned.setGeometry(
            self.verticalHeader().width() + frame,
            frame,
            self.pinned_width(),
            self.viewport().height() + self.horizontalHeader().height(),
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        if hasattr(self, "pinned"):
            self.pinned.horizontalHeader().setFixedHeight(self.horizontalHeader().height())
            self._place()

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Keyboard moves to the right never leave the current cell hidden under the frozen columns."""
        current = super().moveCursor(action, modifiers)
        if (
            action == QAbstractItemView.CursorAction.MoveLeft
            and current.column() >= self.frozen
            and self.visualRect(current).topLeft().x() < self.pinned_width()
        ):
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() + self.visualRect(current).topLeft().x() - self.pinned_width())
        return current

    def scrollTo(
        self,
        index: QModelIndex | QPersistentModelIndex,
        hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible,
    ) -> None:
        """A cell of a frozen column is always in view sideways: only scroll to its row."""
        bar = self.horizontalScrollBar()
        kept = bar.value()
        super().scrollTo(index, hint)
        if index.column() < self.frozen:
            bar.setValue(kept)


class ReadableTitles(QObject):
    """Keeps every column title of a table readable: titles wrap at word boundaries, a column is
    never narrower than its longest title word, and the header is as tall as its longest title.
    It lives on the header and refits it when the header is shown, resized or laid out: events
    reach a header only while it exists (a signal of its own can come while it is being taken
    apart, and fitting it then crashed the process), and nothing of it waits in the event loop."""

    def __init__(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        super().__init__(header)
        self.header = header
        header.setDefaultAlignment(header.defaultAlignment() | Qt.TextFlag.TextWordWrap)
        self._fitting = False
        header.installEventFilter(self)  # shown or resized: its columns are there to fit
        self.refit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.refit()
        return False

    def refit(self, *_: Any) -> None:
        """Widens each column to its longest title word and makes the header tall enough."""
        if self._fitting:  # its own resizing says the sections changed again
            return
        self._fitting = True
        try:
            self._fit()
        finally:
            self._fitting = False

    def _fit(self) -> None:
        header = self.header
        model = header.model()
        if model is None:
            return
        metrics = header.fontMetrics()
        tallest = 0
        for logical in range(header.count()):
            title = str(model.headerData(logical, Qt.Orientation.Horizontal) or "")
            if header.isSectionHidden(logical) or not title.strip():
                continue
            margins = header.sectionSizeFromContents(logical).width() - metrics.horizontalAdvance(title)
            widest = max(metrics.horizontalAdvance(word) for word in title.split()) + margins
            if header.sectionSize(logical) < widest:
                header.resizeSection(logical, widest)
            width = max(header.sectionSize(logical) - margins, 1)
            flags = int(Qt.TextFlag.TextWordWrap.value)
            tallest = max(tallest, metrics.boundingRect(QRect(0, 0, width, 10_000), flags, title).height())
        if tallest and header.minimumHeight() < tallest + 8:
            header.setMinimumHeight(tallest + 8)


def readable_titles(root: QWidget) -> None:
    """Gives every table under `root` (once each) titles that wrap instead of being cut."""
    for table in root.findChildren(QTableView):
        if table.property("readableTitles") is None:
            table.setProperty("readableTitles", True)
            ReadableTitles(table)
