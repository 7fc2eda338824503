"""The tabs of the Стратегия section, each filled from one `StrategyState`: goals and KPIs, the
plan with its RACI and timeline, people and load, motivation, control, and the history of
versions. The section (ui/windows/strategy.py) owns the edits; the tabs show and ask."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.strategy.control import RESULT_LABELS, Checkpoint, Verdict
from smmdesk.domain.strategy.kpis import STATUS_LABELS
from smmdesk.domain.strategy.motivation import AGREEMENT_LABELS
from smmdesk.domain.strategy.people import EXECUTOR_KIND_LABELS, role_label
from smmdesk.domain.strategy.plan import TASK_STATUS_LABELS
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.strategy_state import StrategyState
from smmdesk.ui.core.formatting import format_date, format_decimal, format_money
from smmdesk.ui.models.strategy_models import GoalTreeModel, HeatMapModel, RaciModel, progress_text, word
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.windows.section import Section


def number(value: Any) -> str:
    if value is None:
        return "—"
    return format_decimal(value, 0 if value == value.to_integral_value() else 2)


def page(*widgets: QWidget, stretch: int = 0) -> QWidget:
    widget = QWidget()
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(4, 4, 4, 4)
    for index, child in enumerate(widgets):
        layout.addWidget(child, 1 if index == stretch else 0)
    return widget


def buttons(*items: QPushButton) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        layout.addWidget(item)
    layout.addStretch(1)
    return row


def button(text: str, name: str) -> QPushButton:
    made = QPushButton(text)
    made.setObjectName(name)
    return made


class GoalsTab(QWidget):
    """The goal tree with each goal's progress; the KPIs with current value, progress and status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree_model = GoalTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("goalTree")
        self.tree.setModel(self.tree_model)
        self.kpis: RowTableModel[Any] = RowTableModel([
            ColumnSpec("metric", self.tr("KPI"), lambda s: s.kpi.metric),
            ColumnSpec("baseline", self.tr("Baseline"), lambda s: s.kpi.baseline, number, RIGHT),
            ColumnSpec("target", self.tr("Target"), lambda s: s.kpi.target, number, RIGHT),
            ColumnSpec("due", self.tr("Due"), lambda s: s.kpi.due, format_date),
            ColumnSpec("current", self.tr("Now"), lambda s: s.current, number, RIGHT),
            ColumnSpec("progress", self.tr("Progress"), lambda s: s.progress, progress_text, RIGHT),
            ColumnSpec("expected", self.tr("Expected"), lambda s: s.expected, progress_text, RIGHT),
            ColumnSpec("status", self.tr("Status"), lambda s: word("Strategy", STATUS_LABELS[s.status])),
        ], self)  # fmt: skip
        self.kpi_table = Section.table_view(self.kpis, "kpiTable")
        self.check_in_button = button(self.tr("Record a value…"), "checkInButton")
        self.goal_button = button(self.tr("Add a goal…"), "addGoalButton")
        self.kpi_button = button(self.tr("Add a KPI…"), "addKpiButton")
        self.checkpoint_button = button(self.tr("Add a checkpoint…"), "addCheckpointButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 2)
        layout.addWidget(self.kpi_table, 2)
        layout.addWidget(
            buttons(self.goal_button, self.kpi_button, self.check_in_button, self.checkpoint_button)
        )

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        self.tree_model.set_state(state)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.kpis.set_rows(list(state.kpis.values()) if state else [])
        self.check_in_button.setEnabled(writable and state is not None)
        editable = writable and state is not None and not state.info.latest.frozen
        for add in (self.goal_button, self.kpi_button, self.checkpoint_button):
            add.setEnabled(editable)

    def selected_kpi(self) -> Any:
        rows = self.kpi_table.selectionModel().selectedRows()
        return self.kpis.row_at(rows[0].row()) if rows else None


class PlanTab(QWidget):
    """Tasks with role, dates, hours, status and their R and A; the RACI matrix."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: dict[int, str] = {}
        self.tasks: RowTableModel[Any] = RowTableModel([
            ColumnSpec("title", self.tr("Task"), lambda t: t.title),
            ColumnSpec("role", self.tr("Role"), lambda t: word("Strategy", role_label(t.role))),
            ColumnSpec("start", self.tr("Start"), lambda t: t.start, format_date),
            ColumnSpec("due", self.tr("Due"), lambda t: t.due, format_date),
            ColumnSpec("effort", self.tr("Hours"), lambda t: t.effort, number, RIGHT),
            ColumnSpec("status", self.tr("Status"), lambda t: word("Strategy", TASK_STATUS_LABELS[t.status])),
            ColumnSpec("accountable", self.tr("Accountable"),
                       lambda t: ", ".join(self.people.get(k, "") for k in t.raci.accountable)),
        ], self)  # fmt: skip
        self.task_table = Section.table_view(self.tasks, "taskTable")
        self.raci = RaciModel(self)
        self.raci_table = QTableView()
        self.raci_table.setObjectName("raciTable")
        self.raci_table.setModel(self.raci)
        self.done_button = button(self.tr("Mark done"), "taskDoneButton")
        self.import_button = button(self.tr("Import tasks…"), "importTasksButton")
        self.views = QTabWidget()
        self.views.setObjectName("planViews")
        self.views.addTab(
            page(self.task_table, buttons(self.done_button, self.import_button)), self.tr("Tasks")
        )
        self.views.addTab(self.raci_table, self.tr("RACI"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        self.people = {e.id: e.name for e in state.version.executors} if state else {}
        self.tasks.set_rows(sorted(state.version.tasks, key=lambda t: (t.start, t.id)) if state else [])
        self.raci.set_state(state)
        self.done_button.setEnabled(writable and state is not None)

    def selected_task(self) -> Any:
        rows = self.task_table.selectionModel().selectedRows()
        return self.tasks.row_at(rows[0].row()) if rows else None


@dataclass(frozen=True)
class Shortage:
    role: str
    weeks: int
    hours: Any
    people: int
    cost: Any


class PeopleTab(QWidget):
    """The people with role, hours and rate; the heat-map of load by role and ISO week; the roles short."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.people: RowTableModel[Any] = RowTableModel([
            ColumnSpec("name", self.tr("Name"), lambda e: e.name),
            ColumnSpec("kind", self.tr("Kind"), lambda e: word("Strategy", EXECUTOR_KIND_LABELS[e.kind])),
            ColumnSpec("role", self.tr("Role"), lambda e: word("Strategy", role_label(e.role))),
            ColumnSpec("hours", self.tr("Hours a week"), lambda e: e.weekly_hours, number, RIGHT),
            ColumnSpec("rate", self.tr("Rate, ₽/h"), lambda e: e.hourly_rate, number, RIGHT),
        ], self)  # fmt: skip
        self.people_table = Section.table_view(self.people, "peopleTable")
        self.heat = HeatMapModel(self)
        self.heat_table = QTableView()
        self.heat_table.setObjectName("heatMap")
        self.heat_table.setModel(self.heat)
        self.heat_table.horizontalHeader().setDefaultSectionSize(34)
        self.short: RowTableModel[Any] = RowTableModel([
            ColumnSpec("role", self.tr("Role short"), lambda s: word("Strategy", role_label(s.role))),
            ColumnSpec("weeks", self.tr("Weeks"), lambda s: s.weeks, str, RIGHT),
            ColumnSpec("hours", self.tr("Hours short"), lambda s: s.hours, number, RIGHT),
            ColumnSpec("people", self.tr("People at most"), lambda s: s.people, str, RIGHT),
            ColumnSpec("cost", self.tr("Cost of contractors"), lambda s: s.cost,
                       lambda v: "—" if v is None else format_money(v), RIGHT),
        ], self)  # fmt: skip
        self.short_table = Section.table_view(self.short, "shortTable")
        self.views = QTabWidget()
        self.views.setObjectName("peopleViews")
        self.import_button = button(self.tr("Import people…"), "importPeopleButton")
        self.views.addTab(page(self.people_table, buttons(self.import_button)), self.tr("People"))
        self.views.addTab(self.heat_table, self.tr("Load by week"))
        self.views.addTab(self.short_table, self.tr("Who is missing"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def fill(self, state: StrategyState | None) -> None:
        self.people.set_rows(list(state.version.executors) if state else [])
        self.heat.set_plan(state.staffing if state else None)
        shortages = []
        if state is not None:
            for role in state.staffing.roles:
                rows = [r for r in state.staffing.short() if r.role == role]
                if rows:
                    costs = [r.cost for r in rows]
                    known = [c for c in costs if c is not None]
                    cost = sum(known, Decimal(0)) if len(known) == len(costs) else None
                    hours, most = sum(r.gap for r in rows), max(r.people for r in rows)
                    shortages.append(Shortage(role, len(rows), hours, most, cost))
        self.short.set_rows(shortages)


class MotivationTab(QWidget):
    """Each person's agreements, and the motivation budget month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.agreements: RowTableModel[Any] = RowTableModel([
            ColumnSpec("who", self.tr("Who"), lambda a: self.names.get(a.executor_id, "")),
            ColumnSpec("kind", self.tr("Agreement"), lambda a: word("Strategy", AGREEMENT_LABELS[a.kind])),
            ColumnSpec("amount", self.tr("Amount"), lambda a: a.amount, format_money, RIGHT),
            ColumnSpec("due", self.tr("From / due"), lambda a: a.start, format_date),
            ColumnSpec("about", self.tr("What for"), lambda a: a.description),
        ], self)  # fmt: skip
        self.agreement_table = Section.table_view(self.agreements, "agreementTable")
        self.budget: RowTableModel[Any] = RowTableModel([
            ColumnSpec("month", self.tr("Month"), lambda b: b.month),
            ColumnSpec("due", self.tr("Money due"), lambda b: b.money_due, format_money, RIGHT),
            ColumnSpec("possible", self.tr("Bonuses not yet earned"), lambda b: b.bonuses_possible,
                       format_money,
                       RIGHT),
            ColumnSpec("barter", self.tr("Barter"), lambda b: b.barter, format_money, RIGHT),
        ], self)  # fmt: skip
        self.budget_table = Section.table_view(self.budget, "budgetTable")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.agreement_table, 3)
        layout.addWidget(self.budget_table, 2)

    def fill(self, state: StrategyState | None) -> None:
        self.names = {e.id: e.name for e in state.version.executors} if state else {}
        self.agreements.set_rows(list(state.version.agreements) if state else [])
        self.budget.set_rows(state.budget if state else [])


@dataclass(frozen=True)
class BoardRow:
    column: str  # due, failed, coming
    checkpoint: Checkpoint
    verdict: Verdict | None


class ControlTab(QWidget):
    """The board: checkpoints due, failed (or partly) and coming, with the check button."""

    COLUMNS: ClassVar[dict[str, str]] = {
        "due": QT_TRANSLATE_NOOP("StrategyWindow", "due"),
        "failed": QT_TRANSLATE_NOOP("StrategyWindow", "failed or partly"),
        "coming": QT_TRANSLATE_NOOP("StrategyWindow", "coming"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.board: RowTableModel[Any] = RowTableModel([
            ColumnSpec("where", self.tr("On the board"),
                       lambda r: word("StrategyWindow", self.COLUMNS[r.column])),
            ColumnSpec("day", self.tr("Date"), lambda r: r.checkpoint.day, format_date),
            ColumnSpec("title", self.tr("Checkpoint"), lambda r: r.checkpoint.title),
            ColumnSpec("result", self.tr("Result"),
                       lambda r: word("Strategy", RESULT_LABELS[r.verdict.result]) if r.verdict else ""),
            ColumnSpec("decision", self.tr("Decision"), lambda r: r.verdict.decision if r.verdict else ""),
        ], self)  # fmt: skip
        self.board_table = Section.table_view(self.board, "boardTable")
        self.check_button = button(self.tr("Check the checkpoints due"), "checkButton")
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.summary)
        layout.addWidget(self.board_table, 1)
        layout.addWidget(buttons(self.check_button))

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        rows: list[BoardRow] = []
        if state is not None:
            rows += [BoardRow("due", c, None) for c in state.board.due]
            rows += [BoardRow("failed", c, v) for c, v in state.board.failed]
            rows += [BoardRow("coming", c, None) for c in state.board.coming]
            self.summary.setText(
                self.tr("Due: {due}; failed or partly: {failed}; coming in two weeks: {coming}").format(
                    due=len(state.board.due), failed=len(state.board.failed), coming=len(state.board.coming)
                )
            )
        else:
            self.summary.setText("")
        self.board.set_rows(rows)
        self.check_button.setEnabled(writable and state is not None)


class HistoryTab(QWidget):
    """Each version with its reason, its approval and what it changed; re-plan and approve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: RowTableModel[Any] = RowTableModel([
            ColumnSpec("number", self.tr("Version"), lambda e: e.version.number, str, RIGHT),
            ColumnSpec("reason", self.tr("Why"), lambda e: e.version.reason),
            ColumnSpec("approved", self.tr("Approved"), lambda e: (
                f"{format_date(e.version.approved_on)}, {e.version.approved_by}"
                if e.version.frozen else "")),
            ColumnSpec("changes", self.tr("What it changed"), lambda e: "; ".join(
                word("Strategy", c.text).format(**dict(c.params)) for c in e.changes)),
        ], self)  # fmt: skip
        self.history_table = Section.table_view(self.history, "historyTable")
        self.history_table.setWordWrap(True)
        self.replan_button = button(self.tr("Re-plan…"), "replanButton")
        self.approve_button = button(self.tr("The client approved…"), "approveButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(buttons(self.replan_button, self.approve_button))

    def fill(self, entries: list[Any], writable: bool) -> None:
        self.history.set_rows(entries)
        self.history_table.resizeRowsToContents()
        latest = entries[-1].version if entries else None
        self.replan_button.setEnabled(writable and latest is not None)
        self.approve_button.setEnabled(writable and latest is not None and not latest.frozen)
