"""The forms of a strategy's plan: a goal, a KPI, an initiative linked by its kind to a record, a
task, a person, and a task's RACI. Each shows an item (or a new one's defaults) from the version
it belongs to; its `values()` are the item's fields as the domain names them (enumerations by their
value), which the section saves."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.goals import GOAL_KIND_LABELS, Goal, GoalKind
from smmdesk.domain.strategy.kpis import FIGURES, Direction, FigureLink, Kpi
from smmdesk.domain.strategy.people import EXECUTOR_KIND_LABELS, ROLES, Executor, ExecutorKind, role_label
from smmdesk.domain.strategy.plan import (
    INITIATIVE_LABELS,
    TASK_STATUS_LABELS,
    Initiative,
    InitiativeKind,
    Raci,
    Task,
)
from smmdesk.domain.strategy.versions import StrategyVersion
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import translate
from smmdesk.ui.dialogs.item_dialog import ItemDialog, none_choice

NO_RECORD_CHOSEN = QT_TRANSLATE_NOOP("Errors", "Choose the campaign, contest or brand the figure is of.")


def labelled(labels: Mapping[Any, str]) -> list[tuple[Any, str]]:
    """(value, its label in the planner's language) for a domain enum's labels."""
    return [(value.value, translate("Strategy", label)) for value, label in labels.items()]


def role_box(dialog: ItemDialog, label: str, code: str, used: Sequence[str]) -> QComboBox:
    """The role: one of the usual ones or the version's, or a title typed for a role of its own."""
    combo = QComboBox()
    combo.setEditable(True)
    for role in [*ROLES, *sorted(set(used) - set(ROLES))]:
        combo.addItem(translate("Strategy", role_label(role)), role)
    index = combo.findData(code)
    if index >= 0:
        combo.setCurrentIndex(index)
    else:
        combo.setEditText(code)

    def get() -> str:
        index = combo.currentIndex()
        typed = combo.currentText().strip()
        return str(combo.itemData(index)) if index >= 0 and combo.itemText(index) == typed else typed

    dialog.field("role", label, combo, get)
    return combo


def show_records(combo: QComboBox, records: Sequence[tuple[int, str]], chosen: int | None) -> None:
    """The records to link to (number, title) after «—», the chosen one current."""
    combo.clear()
    nothing, text = none_choice()
    combo.addItem(text, nothing)
    for number, title in records:
        label = QCoreApplication.translate("KpiDialog", "{title} (№{number})")
        combo.addItem(label.format(title=title, number=number), number)
    combo.setCurrentIndex(max(combo.findData(chosen), 0))


def goal_choices(version: StrategyVersion, leave_out: int | None = None) -> list[tuple[Any, str]]:
    return [none_choice(), *((g.id, g.title) for g in version.goals if g.id != leave_out)]


class GoalDialog(ItemDialog):
    ALIASES: ClassVar[Mapping[str, str]] = {"parent": "parent_id"}

    def __init__(self, version: StrategyVersion, goal: Goal, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A goal"), parent)
        self.line("title", self.tr("Goal:"), goal.title)
        self.choice("kind", self.tr("Kind:"), labelled(GOAL_KIND_LABELS), goal.kind.value)
        self.line("owner", self.tr("Owner (the one accountable):"), goal.owner)
        self.date("start", self.tr("From:"), goal.start)
        self.date("end", self.tr("To:"), goal.end)
        self.number("weight", self.tr("Weight:"), goal.weight)
        self.choice("parent_id", self.tr("Under the goal:"), goal_choices(version, goal.id), goal.parent_id)
        self.finish_layout()


class KpiDialog(ItemDialog):
    """A KPI added or changed: what is measured and where its figure comes from — a figure the
    program measures of one of `sources`' records (by figure, the records it can be of: number,
    title) or values typed in — its unit, baseline, target, period, direction, weight and goal.
    Choosing a figure proposes its unit and the way it is wanted to go (a cost lower)."""

    ALIASES: ClassVar[Mapping[str, str]] = {"goal": "goal_id", "link": "record"}

    def __init__(
        self,
        version: StrategyVersion,
        kpi: Kpi,
        sources: Mapping[str, Sequence[tuple[int, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("A KPI"), parent)
        self.sources = dict(sources)
        link = kpi.link
        if link is not None and link.figure not in self.sources:
            self.sources[link.figure] = ()
        self.line("metric", self.tr("What is measured:"), kpi.metric)
        followed: list[tuple[str | None, str]] = [(None, self.tr("values typed in (check-ins)"))]
        followed += [(key, translate("Strategy", FIGURES[key].label)) for key in self.sources]
        self.figure = self.choice("figure", self.tr("Followed by:"), followed, link.figure if link else None)
        self.record = self.choice("record", self.tr("Of:"), [none_choice()])
        self.fields["record"].get = self.chosen_record
        self.unit = self.line("unit", self.tr("Unit:"), kpi.unit)
        self.number("baseline", self.tr("Baseline:"), kpi.baseline)
        self.number("target", self.tr("Target:"), kpi.target)
        self.date("start", self.tr("From:"), kpi.start)
        self.date("due", self.tr("Due:"), kpi.due)
        directions = [
            (Direction.RAISE.value, self.tr("raise it")),
            (Direction.LOWER.value, self.tr("lower it")),
        ]
        self.direction = self.choice("direction", self.tr("Direction:"), directions, kpi.direction.value)
        self.number("weight", self.tr("Weight:"), kpi.weight)
        goals = [(g.id, g.title) for g in version.goals]
        self.choice("goal_id", self.tr("Goal:"), goals, kpi.goal_id)
        self.show_records(link.record_id if link else None)
        self.figure.currentIndexChanged.connect(lambda _: self.figure_chosen())
        self.finish_layout()

    def show_records(self, chosen: int | None) -> None:
        figure = self.figure.currentData()
        known = self.sources.get(figure, ()) if figure is not None else ()
        show_records(self.record, known, chosen)
        if chosen is not None and self.record.findData(chosen) < 0:
            self.record.addItem(f"№{chosen}", chosen)
            self.record.setCurrentIndex(self.record.count() - 1)
        elif chosen is None and len(known) == 1:
            self.record.setCurrentIndex(1)  # the one record there is
        self.record.setEnabled(figure is not None)

    def figure_chosen(self) -> None:
        """A figure proposes its unit and direction; the record list becomes that figure's."""
        figure = self.figure.currentData()
        self.show_records(None)
        if figure is not None:
            self.unit.setText(FIGURES[figure].unit)
            self.direction.setCurrentIndex(self.direction.findData(FIGURES[figure].direction.value))

    def chosen_record(self) -> int | None:
        """The record the figure is of; refused when a figure is chosen without one."""
        record = self.record.currentData()
        if record is None and self.figure.currentData() is not None:
            raise ValidationError(NO_RECORD_CHOSEN)
        return None if record is None else int(record)

    def values(self) -> dict[str, Any]:
        """The KPI's fields; the figure and its record become its `link` (None: values typed in)."""
        found = super().values()
        figure, record = found.pop("figure"), found.pop("record")
        found["link"] = None if figure is None else FigureLink(figure, record)
        return found


class InitiativeDialog(ItemDialog):
    """`records`: by kind, the records of it the strategy's client has (number, title)."""

    ALIASES: ClassVar[Mapping[str, str]] = {"goal": "goal_id", "record": "record_id"}

    def __init__(
        self,
        version: StrategyVersion,
        initiative: Initiative,
        records: Mapping[InitiativeKind, Sequence[tuple[int, str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("An initiative"), parent)
        self.records = records
        self.line("title", self.tr("Initiative:"), initiative.title)
        self.kind = self.choice("kind", self.tr("Kind:"), labelled(INITIATIVE_LABELS), initiative.kind.value)
        self.record = self.choice("record_id", self.tr("Linked to:"), [none_choice()])
        self.choice("goal_id", self.tr("Goal:"), goal_choices(version), initiative.goal_id)
        self.kind.currentIndexChanged.connect(lambda _: self.show_records(None))
        self.show_records(initiative.record_id)
        self.finish_layout()

    def show_records(self, chosen: int | None) -> None:
        show_records(self.record, self.records.get(InitiativeKind(self.kind.currentData()), ()), chosen)


class TaskDialog(ItemDialog):
    ALIASES: ClassVar[Mapping[str, str]] = {"goal": "goal_id", "initiative": "initiative_id"}

    def __init__(self, version: StrategyVersion, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A task"), parent)
        self.line("title", self.tr("Task:"), task.title)
        role_box(self, self.tr("Role:"), task.role, [e.role for e in version.executors])
        self.date("start", self.tr("Start:"), task.start)
        self.date("due", self.tr("Due:"), task.due)
        self.number("effort", self.tr("Effort, hours:"), task.effort)
        self.choice("goal_id", self.tr("Goal:"), goal_choices(version), task.goal_id)
        initiatives = [none_choice(), *((i.id, i.title) for i in version.initiatives)]
        self.choice("initiative_id", self.tr("Initiative:"), initiatives, task.initiative_id)
        self.choice("status", self.tr("Status:"), labelled(TASK_STATUS_LABELS), task.status.value)
        self.line("acceptance", self.tr("Acceptance bar:"), task.acceptance)
        self.finish_layout()


class ExecutorDialog(ItemDialog):
    def __init__(self, version: StrategyVersion, executor: Executor, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A person"), parent)
        self.line("name", self.tr("Name:"), executor.name)
        self.choice("kind", self.tr("Kind:"), labelled(EXECUTOR_KIND_LABELS), executor.kind.value)
        role_box(self, self.tr("Role:"), executor.role, [e.role for e in version.executors])
        self.number("weekly_hours", self.tr("Hours a week:"), executor.weekly_hours)
        self.number("hourly_rate", self.tr("Rate, ₽ an hour:"), executor.hourly_rate, required=False)
        self.finish_layout()


class RaciDialog(ItemDialog):
    """Who is responsible, the one accountable, who is consulted and who informed, of the plan's people."""

    ALIASES: ClassVar[Mapping[str, str]] = {"executor": "responsible"}

    def __init__(self, version: StrategyVersion, task: Task, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("RACI of «{title}»").format(title=task.title), parent)
        people = [(e.id, e.name) for e in version.executors]
        raci = task.raci
        self.checks("responsible", self.tr("Responsible (does it):"), people, raci.responsible)
        self.choice("accountable", self.tr("Accountable (exactly one):"), [none_choice(), *people],
                    raci.accountable[0] if raci.accountable else None)  # fmt: skip
        self.checks("consulted", self.tr("Consulted:"), people, raci.consulted)
        self.checks("informed", self.tr("Informed:"), people, raci.informed)
        self.finish_layout()

    @staticmethod
    def raci(values: Mapping[str, Any]) -> Raci:
        accountable = values["accountable"]
        return Raci(
            responsible=values["responsible"],
            accountable=() if accountable is None else (accountable,),
            consulted=values["consulted"],
            informed=values["informed"],
        )


def new_goal(start: dt.date, end: dt.date, parent_id: int | None) -> Goal:
    return Goal(0, "", GoalKind.AWARENESS, "", start, end, Decimal(1), parent_id)


def new_kpi(goal_id: int, start: dt.date, due: dt.date) -> Kpi:
    return Kpi(0, goal_id, "", "", Decimal(0), Decimal(0), start, due)


def new_task(start: dt.date, goal_id: int | None = None) -> Task:
    return Task(0, "", "", start, start, Decimal(0), goal_id)


def new_executor() -> Executor:
    return Executor(0, "", ExecutorKind.EMPLOYEE, "", Decimal(40))


def new_initiative(goal_id: int | None = None) -> Initiative:
    return Initiative(0, "", InitiativeKind.CAMPAIGN, None, goal_id)
