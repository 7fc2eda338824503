"""The strategy's own views as Qt models: the goal tree with progress, the RACI matrix (tasks ×
people) and the load heat-map (roles × ISO weeks), each read from a `StrategyState`."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel

from smmdesk.domain.strategy.goals import GOAL_KIND_LABELS, children_of
from smmdesk.domain.strategy.load import StaffingPlan, week_label
from smmdesk.domain.strategy.people import role_label
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.strategy_state import StrategyState
from smmdesk.ui.core.formatting import format_decimal, format_money

Index = QModelIndex | QPersistentModelIndex
# The heat-map's colours: within capacity, nearly full, over it.
CALM, BUSY, OVER = QColor("#dff0d8"), QColor("#fcf1c9"), QColor("#f6c6c1")
HEADERS = (
    QT_TRANSLATE_NOOP("StrategyWindow", "Goal"),
    QT_TRANSLATE_NOOP("StrategyWindow", "Kind"),
    QT_TRANSLATE_NOOP("StrategyWindow", "Owner"),
    QT_TRANSLATE_NOOP("StrategyWindow", "Progress"),
)
TIP = QT_TRANSLATE_NOOP(
    "StrategyWindow", "Load {load} h of {capacity} h; short {gap} h, {people} people, {cost}"
)


def word(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def progress_text(value: Any) -> str:
    return "—" if value is None else f"{format_decimal(value, 1)} %"


class GoalTreeModel(QStandardItemModel):
    """Goals under their parents: title, kind, owner, progress."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.set_state(None)

    def set_state(self, state: StrategyState | None) -> None:
        self.clear()
        self.setHorizontalHeaderLabels(
            [word("StrategyWindow", text) for text in HEADERS]
        )  # fmt: skip
        if state is None:
            return
        children = children_of(state.version.goals)

        def add(parent: QStandardItem, parent_id: int | None) -> None:
            for goal in sorted(children.get(parent_id, []), key=lambda g: g.id):
                kind = word("Strategy", GOAL_KIND_LABELS[goal.kind])
                shown = progress_text(state.goals.get(goal.id))
                row = [QStandardItem(goal.title), QStandardItem(kind), QStandardItem(goal.owner),
                       QStandardItem(shown)]  # fmt: skip
                row[3].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                for item in row:
                    item.setEditable(False)
                row[0].setData(goal.id, Qt.ItemDataRole.UserRole)
                parent.appendRow(row)
                add(row[0], goal.id)

        add(self.invisibleRootItem(), None)


class RaciModel(QAbstractTableModel):
    """Tasks down, people across, each cell the person's letters for the task (R, A, C, I)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.tasks: list[Any] = []
        self.people: list[Any] = []

    def set_state(self, state: StrategyState | None) -> None:
        self.beginResetModel()
        self.tasks = sorted(state.version.tasks, key=lambda t: (t.start, t.id)) if state else []
        self.people = list(state.version.executors) if state else []
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tasks[index.row()].raci.letters(self.people[index.column()].id)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.people[section].name if 0 <= section < len(self.people) else None
        return self.tasks[section].title if 0 <= section < len(self.tasks) else None


class HeatMapModel(QAbstractTableModel):
    """Roles down, ISO weeks across; each cell the load as a share of capacity, coloured by it."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.plan: StaffingPlan | None = None

    def set_plan(self, plan: StaffingPlan | None) -> None:
        self.beginResetModel()
        self.plan = plan
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.plan is None else len(self.plan.roles)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.plan is None or not self.plan.roles:
            return 0  # no role, no row to colour: no weeks across either
        return len(self.plan.weeks)

    def cell(self, row: int, column: int) -> Any:
        assert self.plan is not None
        return self.plan.rows[row * len(self.plan.weeks) + column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.plan is None:
            return None
        cell = self.cell(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if cell.utilisation is None:
                return "—" if cell.load else ""
            return format_decimal(cell.utilisation, 0)
        if role == Qt.ItemDataRole.BackgroundRole:
            if cell.gap > 0:
                return QBrush(OVER)
            if cell.utilisation is not None and cell.utilisation >= 80:
                return QBrush(BUSY)
            return QBrush(CALM) if cell.load else None
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = word(
                "StrategyWindow", "Load {load} h of {capacity} h; short {gap} h, {people} people, {cost}"
            )
            return tip.format(load=format_decimal(cell.load, 1), capacity=format_decimal(cell.capacity, 1),
                              gap=format_decimal(cell.gap, 1), people=format_decimal(Decimal(cell.people), 0),
                              cost="—" if cell.cost is None else format_money(cell.cost))  # fmt: skip
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole or self.plan is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return week_label(self.plan.weeks[section])[5:] if 0 <= section < len(self.plan.weeks) else None
        return (
            word("Strategy", role_label(self.plan.roles[section]))
            if 0 <= section < len(self.plan.roles)
            else None
        )
