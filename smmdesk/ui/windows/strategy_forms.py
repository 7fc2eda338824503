"""The goals tab's own forms: a checkpoint that is a bar on the chosen KPI (the checkpoint form of
the control tab, its KPI and the KPI's target by its due date proposed) and a value typed in for a
KPI followed by check-ins (its day, value and where it was read). Each is one form of all its
fields, checked by the services' rules (a refusal is explained under its field, the form kept
open), saved as one undoable step; and the goals tab's buttons to their forms."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt

from smmdesk.services import strategy_control as ctl
from smmdesk.services.session import in_transaction
from smmdesk.ui.dialogs import strategy_control_dialogs as cd
from smmdesk.ui.windows.strategy_edits import ENTITY, _choose_first, _ready, open_form, save_item

if TYPE_CHECKING:
    from smmdesk.ui.windows.strategy import StrategySection


def chosen_goal(section: StrategySection) -> int | None:
    index = section.goals.tree.currentIndex()
    if not index.isValid():
        return None
    value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
    return int(value) if value is not None else None


def kpi_checkpoint_form(section: StrategySection) -> bool:
    """A new checkpoint on the KPI chosen in its table: the KPI at or beyond a threshold by a day."""
    state, chosen = section.state, section.goals.selected_kpi()
    if not _ready(section) or state is None:
        return False
    if chosen is None:
        return _choose_first(section, "kpi")
    dialog = cd.CheckpointDialog(state.version, cd.new_checkpoint(section.day, "kpi", chosen.kpi), section)
    text = QCoreApplication.translate("StrategySection", "The checkpoint {title}")
    fields = cd.CheckpointDialog.checkpoint_fields
    return open_form(dialog, lambda v: save_item(section, "checkpoint", None, fields(v), text))


def check_in_form(section: StrategySection) -> bool:
    """A value of the KPI chosen in its table, on a day of the strategy's period, with its source."""
    db, state, chosen = section.db, section.state, section.goals.selected_kpi()
    if db is None or state is None or not section.writable:
        return False
    if chosen is None:
        return _choose_first(section, "kpi")
    sid, kpi = state.info.id, chosen.kpi

    def save(values: dict[str, Any]) -> Any:
        day, value, source = values["day"], values["value"], values["source"]
        return section.ws.edit(
            QCoreApplication.translate("StrategySection", "A value of {metric}").format(metric=kpi.metric),
            lambda: in_transaction(db, ctl.add_check_in, sid, kpi.id, day, value, source),
            lambda check_in: in_transaction(db, ctl.remove_check_in, check_in),
            ENTITY,
            [sid],
        )

    return open_form(cd.CheckInDialog(kpi, section.day, section), save)


def connect(section: StrategySection) -> None:
    """The goals tab's checkpoint and value buttons to their forms (its goal and KPI buttons are
    `strategy_edits`')."""
    section.goals.checkpoint_button.clicked.connect(lambda: kpi_checkpoint_form(section))
    section.goals.check_in_button.clicked.connect(lambda: check_in_form(section))
