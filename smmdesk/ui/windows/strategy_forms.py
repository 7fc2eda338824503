"""Adding to a strategy from its section: a goal (under the goal chosen in the tree), a KPI of the
chosen goal — followed by a figure the program measures or by values typed in — and a checkpoint
on the chosen KPI. Each is asked field by field, checked by the services' rules (a refusal says
why) and added as one undoable step."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from smmdesk.domain.dates import parse_date
from smmdesk.domain.strategy.control import KpiBar
from smmdesk.domain.strategy.goals import GOAL_KIND_LABELS, GoalKind
from smmdesk.domain.strategy.kpis import FIGURES, Direction, FigureLink
from smmdesk.services import strategy_figures as sf
from smmdesk.services import strategy_items as items
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.formatting import parse_decimal

if TYPE_CHECKING:
    from smmdesk.ui.windows.strategy import StrategySection


def _remove(db: Any, version_id: int, kind: str) -> Any:
    return lambda key: in_transaction(db, items.delete_items, version_id, kind, [key])


def chosen_goal(section: StrategySection) -> int | None:
    index = section.goals.tree.currentIndex()
    if not index.isValid():
        return None
    value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
    return int(value) if value is not None else None


def add_goal(section: StrategySection) -> bool:
    db, state = section.db, section.state
    if db is None or state is None:
        return False
    title = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New goal"),
        QCoreApplication.translate("StrategySection", "Goal:"),
    )
    if not title or not title.strip():
        return False
    kinds = {QCoreApplication.translate("Strategy", GOAL_KIND_LABELS[k]): k for k in GoalKind}
    kind = kinds.get(
        ask.text(
            section,
            QCoreApplication.translate("StrategySection", "New goal"),
            QCoreApplication.translate("StrategySection", "Kind of goal:"),
            list(kinds),
        )
        or ""
    )
    owner = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New goal"),
        QCoreApplication.translate("StrategySection", "Owner (the one accountable for it):"),
    )
    if kind is None or not owner:
        return False
    info, version_id, parent = state.info, state.version_id, chosen_goal(section)
    return bool(section._step(
        QCoreApplication.translate("StrategySection", "New goal {title}").format(title=title),
        lambda: in_transaction(db, items.add, version_id, "goal", title=title, kind=kind, owner=owner,
                               start=info.period_from, end=info.period_to, parent_id=parent),
        _remove(db, version_id, "goal"),
    ))  # fmt: skip


def _link(section: StrategySection) -> tuple[bool, FigureLink | None]:
    """(chosen, link): the figure a KPI follows and its record, or None for values typed in."""
    state, db = section.state, section.db
    assert state is not None
    typed = QCoreApplication.translate("StrategySection", "values typed in (check-ins)")
    figures = {
        QCoreApplication.translate("Strategy", d.label): key
        for key, d in FIGURES.items()
        if sf.has_records(sf.ORIGIN_KIND[d.origin])
    }
    answer = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New KPI"),
        QCoreApplication.translate("StrategySection", "Followed by:"),
        [typed, *figures],
    )
    if not answer:
        return False, None
    if answer not in figures:
        return True, None
    figure = figures[answer]
    kind = sf.ORIGIN_KIND[FIGURES[figure].origin]
    found = reading(db, sf.records, kind, state.info.client_id)
    records = {f"{r.title} (№{r.id})": r.id for r in found}
    if not records:
        ask.warn(
            section,
            QCoreApplication.translate("StrategySection", "New KPI"),
            QCoreApplication.translate(
                "StrategySection", "The client has nothing of that kind to follow yet."
            ),
        )
        return False, None
    record = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New KPI"),
        QCoreApplication.translate("StrategySection", "Of:"),
        list(records),
    )
    if not record or record not in records:
        return False, None
    return True, FigureLink(figure, records[record])


def add_kpi(section: StrategySection) -> bool:
    db, state, goal = section.db, section.state, chosen_goal(section)
    if db is None or state is None:
        return False
    if goal is None:
        ask.inform(
            section,
            QCoreApplication.translate("StrategySection", "New KPI"),
            QCoreApplication.translate(
                "StrategySection", "Choose the goal the KPI measures in the tree first."
            ),
        )
        return False
    metric = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New KPI"),
        QCoreApplication.translate("StrategySection", "What is measured:"),
    )
    if not metric or not metric.strip():
        return False
    chosen, link = _link(section)
    if not chosen:
        return False
    baseline = parse_decimal(
        ask.text(
            section,
            QCoreApplication.translate("StrategySection", "New KPI"),
            QCoreApplication.translate("StrategySection", "Baseline (where it starts):"),
        )
        or ""
    )
    target = parse_decimal(
        ask.text(
            section,
            QCoreApplication.translate("StrategySection", "New KPI"),
            QCoreApplication.translate("StrategySection", "Target:"),
        )
        or ""
    )
    if baseline is None or target is None:
        return False
    info, version_id = state.info, state.version_id
    unit = FIGURES[link.figure].unit if link else ""
    direction = FIGURES[link.figure].direction if link else Direction.RAISE  # a cost or a share: lower
    return bool(section._step(
        QCoreApplication.translate("StrategySection", "New KPI {metric}").format(metric=metric),
        lambda: in_transaction(db, items.add, version_id, "kpi", goal_id=goal, metric=metric, unit=unit,
                               baseline=baseline, target=target, start=info.period_from,
                               due=info.period_to, link=link, direction=direction),
        _remove(db, version_id, "kpi"),
    ))  # fmt: skip


def add_checkpoint(section: StrategySection) -> bool:
    db, state = section.db, section.state
    kpi_state = section.goals.selected_kpi()
    if db is None or state is None:
        return False
    if kpi_state is None:
        ask.inform(
            section,
            QCoreApplication.translate("StrategySection", "New checkpoint"),
            QCoreApplication.translate("StrategySection", "Choose the KPI to check in the KPI table first."),
        )
        return False
    title = ask.text(
        section,
        QCoreApplication.translate("StrategySection", "New checkpoint"),
        QCoreApplication.translate("StrategySection", "What is checked:"),
    )
    day = parse_date(
        ask.text(
            section,
            QCoreApplication.translate("StrategySection", "New checkpoint"),
            QCoreApplication.translate("StrategySection", "On (dd.mm.yyyy):"),
        )
        or ""
    )
    label = QCoreApplication.translate("StrategySection", "{metric} at least (or at most, for a cost):")
    heading = QCoreApplication.translate("StrategySection", "New checkpoint")
    bar = parse_decimal(ask.text(section, heading, label.format(metric=kpi_state.kpi.metric)) or "")
    if not title or day is None or bar is None:
        return False
    version_id, kpi = state.version_id, kpi_state.kpi.id
    return bool(section._step(
        QCoreApplication.translate("StrategySection", "New checkpoint {title}").format(title=title),
        lambda: in_transaction(db, items.add, version_id, "checkpoint", title=title, day=day,
                               bar=KpiBar(kpi, bar), goal_id=kpi_state.kpi.goal_id),
        _remove(db, version_id, "checkpoint"),
    ))  # fmt: skip
