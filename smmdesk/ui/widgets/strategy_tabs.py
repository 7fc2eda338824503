"""The plan's tabs of the Стратегия section, each filled from one `StrategyState`: goals and KPIs,
the plan with its initiatives and RACI, people and load (motivation, control and the versions are
in `strategy_run_tabs`). The section (ui/windows/strategy.py) owns the edits; the tabs show them
and hold the buttons that ask for them."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

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

from smmdesk.domain.strategy.kpis import STATUS_LABELS
from smmdesk.domain.strategy.people import EXECUTOR_KIND_LABELS, role_label
from smmdesk.domain.strategy.plan import INITIATIVE_LABELS, TASK_STATUS_LABELS
from smmdesk.services.strategy_state import StrategyState
from smmdesk.ui.core.formatting import format_date, format_decimal, format_figure, format_money
from smmdesk.ui.models.strategy_models import GoalTreeModel, HeatMapModel, RaciModel, progress_text, word
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.column_fit import fit_columns
from smmdesk.ui.windows.section import Section


def number(value: Any) -> str:
    return format_figure(value)


def hours(value: Any) -> str:
    """Hours of the load and the staffing plan: to one decimal, as the load by week shows them."""
    return format_decimal(value, 1)


def whole(value: Any) -> str:
    """A count of people, grouped: «1 785»."""
    return format_decimal(Decimal(value), 0)


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
        fit_columns(self.tree, 0)  # the goal's title takes the rest
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
        self.kpi_table = Section.table_view(self.kpis, "kpiTable", single=True)
        fit_columns(self.kpi_table, self.kpis.column_index("metric"))
        self.check_in_button = button(self.tr("Record a value…"), "checkInButton")
        self.goal_button = button(self.tr("Add a goal…"), "addGoalButton")
        self.kpi_button = button(self.tr("Add a KPI…"), "addKpiButton")
        self.checkpoint_button = button(self.tr("Add a checkpoint…"), "addCheckpointButton")
        self.edit_goal_button = button(self.tr("Change the goal…"), "editGoalButton")
        self.delete_goal_button = button(self.tr("Delete the goal"), "deleteGoalButton")
        self.edit_kpi_button = button(self.tr("Change the KPI…"), "editKpiButton")
        self.delete_kpi_button = button(self.tr("Delete the KPI"), "deleteKpiButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.tree, 2)
        layout.addWidget(buttons(self.goal_button, self.edit_goal_button, self.delete_goal_button))
        layout.addWidget(self.kpi_table, 2)
        layout.addWidget(buttons(self.kpi_button, self.edit_kpi_button, self.delete_kpi_button,
                                 self.check_in_button, self.checkpoint_button))  # fmt: skip

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        self.tree_model.set_state(state)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.kpis.set_rows(list(state.kpis.values()) if state else [])
        self.check_in_button.setEnabled(writable and state is not None)
        editable = writable and state is not None and not state.info.latest.frozen
        for add in (self.goal_button, self.kpi_button, self.checkpoint_button, self.edit_goal_button,
                    self.delete_goal_button, self.edit_kpi_button, self.delete_kpi_button):  # fmt: skip
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
        self.task_table = Section.table_view(self.tasks, "taskTable", single=True)
        fit_columns(self.task_table, self.tasks.column_index("title"))
        self.raci = RaciModel(self)
        self.raci_table = QTableView()
        self.raci_table.setObjectName("raciTable")
        self.raci_table.setModel(self.raci)
        fit_columns(self.raci_table)  # the tasks' titles are its row headers: the people share the width
        self.initiatives: RowTableModel[Any] = RowTableModel([
            ColumnSpec("title", self.tr("Initiative"), lambda i: i.title),
            ColumnSpec("kind", self.tr("Kind"), lambda i: word("Strategy", INITIATIVE_LABELS[i.kind])),
            ColumnSpec("record", self.tr("Record"),
                       lambda i: "" if i.record_id is None else f"№{i.record_id}"),
            ColumnSpec("goal", self.tr("Goal"), lambda i: self.goals.get(i.goal_id, "")),
        ], self)  # fmt: skip
        self.goals: dict[int | None, str] = {}
        self.initiative_table = Section.table_view(self.initiatives, "initiativeTable", single=True)
        fit_columns(self.initiative_table, self.initiatives.column_index("title"))
        self.done_button = button(self.tr("Mark done"), "taskDoneButton")
        self.import_button = button(self.tr("Import tasks…"), "importTasksButton")
        self.add_task_button = button(self.tr("Add a task…"), "addTaskButton")
        self.edit_task_button = button(self.tr("Change…"), "editTaskButton")
        self.delete_task_button = button(self.tr("Delete"), "deleteTaskButton")
        self.add_initiative_button = button(self.tr("Add an initiative…"), "addInitiativeButton")
        self.edit_initiative_button = button(self.tr("Change…"), "editInitiativeButton")
        self.delete_initiative_button = button(self.tr("Delete"), "deleteInitiativeButton")
        self.raci_button = button(self.tr("Change the task's RACI…"), "editRaciButton")
        self.views = QTabWidget()
        self.views.setObjectName("planViews")
        task_buttons = buttons(self.add_task_button, self.edit_task_button, self.delete_task_button,
                               self.done_button, self.import_button)  # fmt: skip
        self.views.addTab(page(self.task_table, task_buttons), self.tr("Tasks"))
        self.views.addTab(page(self.raci_table, buttons(self.raci_button)), self.tr("RACI"))
        initiative_buttons = buttons(
            self.add_initiative_button, self.edit_initiative_button, self.delete_initiative_button
        )
        self.views.addTab(page(self.initiative_table, initiative_buttons), self.tr("Initiatives"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        self.people = {e.id: e.name for e in state.version.executors} if state else {}
        self.tasks.set_rows(sorted(state.version.tasks, key=lambda t: (t.start, t.id)) if state else [])
        self.raci.set_state(state)
        self.goals = {g.id: g.title for g in state.version.goals} if state else {}
        self.initiatives.set_rows(list(state.version.initiatives) if state else [])
        self.done_button.setEnabled(writable and state is not None)
        editable = writable and state is not None and not state.info.latest.frozen
        for edit in (self.add_task_button, self.edit_task_button, self.delete_task_button, self.raci_button,
                     self.add_initiative_button, self.edit_initiative_button,
                     self.delete_initiative_button):  # fmt: skip
            edit.setEnabled(editable)

    def selected_task(self) -> Any:
        rows = self.task_table.selectionModel().selectedRows()
        return self.tasks.row_at(rows[0].row()) if rows else None

    def selected_initiative(self) -> Any:
        rows = self.initiative_table.selectionModel().selectedRows()
        return self.initiatives.row_at(rows[0].row()) if rows else None

    def selected_raci_task(self) -> Any:
        index = self.raci_table.currentIndex()
        return self.raci.tasks[index.row()] if index.isValid() else None


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
        self.people_table = Section.table_view(self.people, "peopleTable", single=True)
        fit_columns(self.people_table, self.people.column_index("name"))
        self.heat = HeatMapModel(self)
        self.heat_table = QTableView()
        self.heat_table.setObjectName("heatMap")
        self.heat_table.setModel(self.heat)
        fit_columns(self.heat_table)  # the weeks share the width
        self.short: RowTableModel[Any] = RowTableModel([
            ColumnSpec("role", self.tr("Role short"), lambda s: word("Strategy", role_label(s.role))),
            ColumnSpec("weeks", self.tr("Weeks"), lambda s: s.weeks, str, RIGHT),
            ColumnSpec("hours", self.tr("Hours short"), lambda s: s.hours, hours, RIGHT),
            ColumnSpec("people", self.tr("People at most"), lambda s: s.people, whole, RIGHT),
            ColumnSpec("cost", self.tr("Cost of contractors"), lambda s: s.cost,
                       lambda v: "—" if v is None else format_money(v), RIGHT),
        ], self)  # fmt: skip
        self.short_table = Section.table_view(self.short, "shortTable")
        fit_columns(self.short_table, self.short.column_index("role"))
        self.views = QTabWidget()
        self.views.setObjectName("peopleViews")
        self.import_button = button(self.tr("Import people…"), "importPeopleButton")
        self.add_button = button(self.tr("Add a person…"), "addPersonButton")
        self.edit_button = button(self.tr("Change…"), "editPersonButton")
        self.delete_button = button(self.tr("Delete"), "deletePersonButton")
        people_buttons = buttons(self.add_button, self.edit_button, self.delete_button, self.import_button)
        self.views.addTab(page(self.people_table, people_buttons), self.tr("People"))
        self.heat_legend = QLabel(
            self.tr("Each cell: the role's load as % of its capacity that week; red where it is short.")
        )
        self.heat_legend.setObjectName("heatLegend")
        self.heat_legend.setWordWrap(True)
        self.views.addTab(page(self.heat_legend, self.heat_table, stretch=1), self.tr("Load by week"))
        self.views.addTab(self.short_table, self.tr("Who is missing"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def fill(self, state: StrategyState | None, writable: bool = False) -> None:
        self.people.set_rows(list(state.version.executors) if state else [])
        editable = writable and state is not None and not state.info.latest.frozen
        for edit in (self.add_button, self.edit_button, self.delete_button):
            edit.setEnabled(editable)
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

    def selected_person(self) -> Any:
        rows = self.people_table.selectionModel().selectedRows()
        return self.people.row_at(rows[0].row()) if rows else None
