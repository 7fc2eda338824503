"""Editing a strategy's plan from its section: goals, KPIs, initiatives, tasks and people added,
changed and deleted through their forms, and a task's RACI from the RACI tab. Each save is one
undoable step (a change's undo puts the previous values back, a delete's undo the rows it took); a
refusal by the rules is explained under the field it names and nothing is saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from smmdesk.domain.strategy.kpis import FIGURES
from smmdesk.domain.strategy.plan import InitiativeKind
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import strategy_figures as sf
from smmdesk.services import strategy_items as items
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.dialogs import strategy_plan_dialogs as pd
from smmdesk.ui.dialogs.item_dialog import ItemDialog

if TYPE_CHECKING:
    from smmdesk.ui.windows.strategy import StrategySection

ENTITY = "strategies"
# What to choose before a form can open, by what the form is for.
CHOOSE = {
    "goal": QT_TRANSLATE_NOOP("StrategySection", "Choose the goal in the tree first."),
    "kpi": QT_TRANSLATE_NOOP("StrategySection", "Choose the KPI in the KPI table first."),
    "task": QT_TRANSLATE_NOOP("StrategySection", "Choose the task in the table first."),
    "initiative": QT_TRANSLATE_NOOP("StrategySection", "Choose the initiative in the table first."),
    "executor": QT_TRANSLATE_NOOP("StrategySection", "Choose the person in the table first."),
    "raci": QT_TRANSLATE_NOOP("StrategySection", "Choose the task's row in the RACI matrix first."),
    "agreement": QT_TRANSLATE_NOOP("StrategySection", "Choose the agreement in the table first."),
    "checkpoint": QT_TRANSLATE_NOOP("StrategySection", "Choose the checkpoint in the list first."),
    "checklist": QT_TRANSLATE_NOOP("StrategySection", "Choose a checkpoint with a checklist first."),
    "failed": QT_TRANSLATE_NOOP("StrategySection", "Choose a failed checkpoint on the board first."),
    "person": QT_TRANSLATE_NOOP("StrategySection", "Add the person to the plan first."),
}


def save_item(section: StrategySection, kind: str, key: int | None, values: dict[str, Any], text: str) -> Any:
    """Adds the item (key None) or changes the fields that differ, as one undoable step named by
    `text` (filled from the values); a refusal is raised (the dialog shows it under its field)."""
    text = text.format(**values)
    db, state = section.db, section.state
    assert db is not None and state is not None
    version_id, ids = state.version_id, [state.info.id]
    if key is None:
        return section.ws.edit(
            text,
            lambda: in_transaction(db, items.add, version_id, kind, **values),
            lambda made: in_transaction(db, items.delete_items, version_id, kind, [made]),
            ENTITY,
            ids,
        )
    current = reading(db, items.item, version_id, kind, key)
    changes = {name: value for name, value in values.items() if getattr(current, name) != value}
    if not changes:
        return None
    return section.ws.edit(
        text,
        lambda: in_transaction(db, items.update, version_id, kind, key, changes),
        lambda previous: in_transaction(db, items.update, version_id, kind, key, previous),
        ENTITY,
        ids,
    )


def open_form(dialog: ItemDialog, save: Callable[[dict[str, Any]], Any]) -> bool:
    dialog.save = save
    return bool(dialog.exec())


def delete_item(section: StrategySection, kind: str, key: int, title: str) -> bool:
    """Deletes an item after the planner confirms; one held by others is refused in words."""
    db, state = section.db, section.state
    if db is None or state is None:
        return False
    if not ask.confirm(
        section,
        QCoreApplication.translate("StrategySection", "Delete"),
        QCoreApplication.translate("StrategySection", "Delete «{title}»?").format(title=title),
    ):
        return False
    version_id = state.version_id
    return bool(section._step(
        QCoreApplication.translate("StrategySection", "Delete «{title}»").format(title=title),
        lambda: in_transaction(db, items.delete_items, version_id, kind, [key]),
        lambda removed: in_transaction(db, items.restore, removed),
    ))  # fmt: skip


def _ready(section: StrategySection) -> bool:
    state = section.state
    return section.db is not None and state is not None and not state.info.latest.frozen


# --- goals and KPIs ---------------------------------------------------------------------------------------


def goal_form(section: StrategySection, new: bool) -> bool:
    state = section.state
    if not _ready(section) or state is None:
        return False
    from smmdesk.ui.windows.strategy_forms import chosen_goal

    chosen = chosen_goal(section)
    goals = {g.id: g for g in state.version.goals}
    if new:
        goal = pd.new_goal(state.info.period_from, state.info.period_to, chosen)
    elif chosen in goals:
        goal = goals[chosen]
    else:
        return _choose_first(section, "goal")
    key = None if new else goal.id
    dialog = pd.GoalDialog(state.version, goal, section)
    text = QCoreApplication.translate("StrategySection", "The goal {title}")
    return open_form(dialog, lambda v: save_item(section, "goal", key, v, text))


def delete_goal(section: StrategySection) -> bool:
    from smmdesk.ui.windows.strategy_forms import chosen_goal

    state, chosen = section.state, chosen_goal(section)
    goal = next((g for g in state.version.goals if g.id == chosen), None) if state else None
    return delete_chosen(section, "goal", goal)


def kpi_sources(section: StrategySection) -> dict[str, list[tuple[int, str]]]:
    """By figure the program measures (where records of its kind are known), the client's records it
    can be of: number, title."""
    db, state = section.db, section.state
    assert db is not None and state is not None
    by_kind: dict[InitiativeKind, list[tuple[int, str]]] = {}
    sources = {}
    for key, figure in FIGURES.items():
        kind = sf.ORIGIN_KIND[figure.origin]
        if not sf.has_records(kind):
            continue
        if kind not in by_kind:
            by_kind[kind] = [(r.id, r.title) for r in reading(db, sf.records, kind, state.info.client_id)]
        sources[key] = by_kind[kind]
    return sources


def kpi_form(section: StrategySection, new: bool) -> bool:
    """A new KPI of the goal chosen in the tree (or the first goal), or the KPI chosen in its table."""
    from smmdesk.ui.windows.strategy_forms import chosen_goal

    state = section.state
    if not _ready(section) or state is None:
        return False
    if new:
        goals = [g.id for g in state.version.goals]
        if not goals:
            return _choose_first(section, "goal")
        goal = chosen_goal(section)
        kpi = pd.new_kpi(goal if goal in goals else goals[0], state.info.period_from, state.info.period_to)
    else:
        chosen = section.goals.selected_kpi()
        if chosen is None:
            return _choose_first(section, "kpi")
        kpi = chosen.kpi
    key = None if new else kpi.id
    dialog = pd.KpiDialog(state.version, kpi, kpi_sources(section), section)
    text = QCoreApplication.translate("StrategySection", "The KPI {metric}")
    return open_form(dialog, lambda v: save_item(section, "kpi", key, v, text))


# --- the plan and its people ------------------------------------------------------------------------------


def task_form(section: StrategySection, new: bool) -> bool:
    state = section.state
    if not _ready(section) or state is None:
        return False
    task = pd.new_task(max(section.day, state.info.period_from)) if new else section.plan.selected_task()
    if task is None:
        return _choose_first(section, "task")
    key = None if new else task.id
    dialog = pd.TaskDialog(state.version, task, section)
    text = QCoreApplication.translate("StrategySection", "The task {title}")
    return open_form(dialog, lambda v: save_item(section, "task", key, v, text))


def initiative_form(section: StrategySection, new: bool) -> bool:
    db, state = section.db, section.state
    if not _ready(section) or db is None or state is None:
        return False
    initiative = pd.new_initiative() if new else section.plan.selected_initiative()
    if initiative is None:
        return _choose_first(section, "initiative")
    client = state.info.client_id
    records = {
        kind: [(r.id, r.title) for r in reading(db, sf.records, kind, client)]
        for kind in InitiativeKind
        if sf.has_records(kind)
    }
    key = None if new else initiative.id
    dialog = pd.InitiativeDialog(state.version, initiative, records, section)
    text = QCoreApplication.translate("StrategySection", "The initiative {title}")
    return open_form(dialog, lambda v: save_item(section, "initiative", key, v, text))


def executor_form(section: StrategySection, new: bool) -> bool:
    state = section.state
    if not _ready(section) or state is None:
        return False
    executor = pd.new_executor() if new else section.people.selected_person()
    if executor is None:
        return _choose_first(section, "executor")
    key = None if new else executor.id
    dialog = pd.ExecutorDialog(state.version, executor, section)
    text = QCoreApplication.translate("StrategySection", "The person {name}")
    return open_form(dialog, lambda v: save_item(section, "executor", key, v, text))


def raci_form(section: StrategySection) -> bool:
    db, state = section.db, section.state
    if not _ready(section) or db is None or state is None:
        return False
    task = section.plan.selected_raci_task()
    if task is None:
        return _choose_first(section, "raci")
    version_id = state.version_id

    def save(values: dict[str, Any]) -> Any:
        raci = pd.RaciDialog.raci(values)
        return section.ws.edit(
            QCoreApplication.translate("StrategySection", "RACI of {title}").format(title=task.title),
            lambda: in_transaction(db, items.set_raci, version_id, task.id, raci),
            lambda previous: in_transaction(db, items.set_raci, version_id, task.id, previous),
            ENTITY,
            [state.info.id],
        )

    return open_form(pd.RaciDialog(state.version, task, section), save)


def _choose_first(section: StrategySection, what: str) -> bool:
    text = QCoreApplication.translate("StrategySection", CHOOSE[what])
    ask.inform(section, QCoreApplication.translate("StrategySection", "Nothing chosen"), text)
    return False


def delete_chosen(section: StrategySection, kind: str, item: Any) -> bool:
    """Deletes the item chosen in its table (None: the planner is told to choose it first)."""
    if item is None:
        return _choose_first(section, kind)
    title = getattr(item, "title", None) or getattr(item, "name", None) or getattr(item, "metric", "")
    return delete_item(section, kind, item.id, str(title))


def kpi_of(chosen: Any) -> Any:
    return None if chosen is None else chosen.kpi


def connect(section: StrategySection) -> None:
    """The plan's buttons to their forms."""
    goals, plan, people = section.goals, section.plan, section.people
    for button, action in (
        (goals.edit_goal_button, lambda: goal_form(section, False)),
        (goals.delete_goal_button, lambda: delete_goal(section)),
        (goals.goal_button, lambda: goal_form(section, True)),
        (goals.kpi_button, lambda: kpi_form(section, True)),
        (goals.edit_kpi_button, lambda: kpi_form(section, False)),
        (goals.delete_kpi_button, lambda: delete_chosen(section, "kpi", kpi_of(goals.selected_kpi()))),
        (plan.add_task_button, lambda: task_form(section, True)),
        (plan.edit_task_button, lambda: task_form(section, False)),
        (plan.delete_task_button, lambda: delete_chosen(section, "task", plan.selected_task())),
        (plan.add_initiative_button, lambda: initiative_form(section, True)),
        (plan.edit_initiative_button, lambda: initiative_form(section, False)),
        (
            plan.delete_initiative_button,
            lambda: delete_chosen(section, "initiative", plan.selected_initiative()),
        ),
        (plan.raci_button, lambda: raci_form(section)),
        (people.add_button, lambda: executor_form(section, True)),
        (people.edit_button, lambda: executor_form(section, False)),
        (people.delete_button, lambda: delete_chosen(section, "executor", people.selected_person())),
    ):
        button.clicked.connect(action)
