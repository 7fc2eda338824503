"""Motivation and control from the Стратегия section: agreements added, changed and deleted; a
payment recorded under one; checkpoints of every bar added, changed and deleted; a checklist
ticked, a judgement's verdict recorded with its evidence, and the decision on a failed checkpoint —
which may re-plan, making a new version with the decision as its reason. Each save is one undoable
step; a refusal by the rules is explained under the field it names."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from smmdesk.domain.strategy.control import ChecklistBar, Checkpoint
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services.session import in_transaction
from smmdesk.ui.dialogs import strategy_control_dialogs as cd
from smmdesk.ui.windows.strategy_edits import (
    ENTITY,
    _choose_first,
    _ready,
    delete_chosen,
    delete_item,
    open_form,
    save_item,
)

if TYPE_CHECKING:
    from smmdesk.ui.windows.strategy import StrategySection


def _step(section: StrategySection, text: str, do: Any, undo: Any) -> Any:
    """One undoable step whose refusal is raised to the dialog that asked for it."""
    state = section.state
    assert state is not None
    return section.ws.edit(text, do, undo, ENTITY, [state.info.id])


# --- motivation -------------------------------------------------------------------------------------------


def agreement_form(section: StrategySection, new: bool) -> bool:
    state = section.state
    if not _ready(section) or state is None:
        return False
    if new:
        people = state.version.executors
        if not people:
            return _choose_first(section, "person")
        chosen = section.people.selected_person() or people[0]
        agreement = cd.new_agreement(chosen.id, state.info.period_from, state.info.period_to)
    else:
        agreement = section.motivation.selected_agreement()
        if agreement is None:
            return _choose_first(section, "agreement")
    key = None if new else agreement.id
    dialog = cd.AgreementDialog(state.version, agreement, section)
    return open_form(
        dialog,
        lambda v: save_item(
            section, "agreement", key, v, QCoreApplication.translate("StrategySection", "An agreement")
        ),
    )


def delete_agreement(section: StrategySection) -> bool:
    agreement = section.motivation.selected_agreement()
    if agreement is None:
        return _choose_first(section, "agreement")
    names = {e.id: e.name for e in section.state.version.executors} if section.state else {}
    return delete_item(section, "agreement", agreement.id, cd.agreement_title(agreement, names))


def payment_form(section: StrategySection) -> bool:
    db, state = section.db, section.state
    if db is None or state is None or not section.writable:
        return False
    sid = state.info.id

    def save(values: dict[str, Any]) -> Any:
        key, day, amount, note = values["agreement"], values["day"], values["amount"], values["note"]
        return _step(
            section,
            QCoreApplication.translate("StrategySection", "A motivation payment"),
            lambda: in_transaction(db, ctl.record_payment, sid, key, day, amount, note),
            lambda payment: in_transaction(db, ctl.remove_payment, payment),
        )

    chosen = section.motivation.selected_agreement()
    return open_form(cd.PaymentDialog(state.version, chosen, section.day, section), save)


# --- checkpoints ------------------------------------------------------------------------------------------


def checkpoint_form(section: StrategySection, new: bool, kind: str = "checklist") -> bool:
    state = section.state
    if not _ready(section) or state is None:
        return False
    checkpoint = cd.new_checkpoint(section.day, kind) if new else section.control.selected_checkpoint()
    if checkpoint is None:
        return _choose_first(section, "checkpoint")
    key = None if new else checkpoint.id
    dialog = cd.CheckpointDialog(state.version, checkpoint, section)
    done = dialog.ticked
    text = QCoreApplication.translate("StrategySection", "The checkpoint {title}")
    fields = cd.CheckpointDialog.checkpoint_fields
    return open_form(dialog, lambda v: save_item(section, "checkpoint", key, fields(v, done), text))


def _result_step(section: StrategySection, checkpoint: Checkpoint, text: str, action: Any, *args: Any) -> Any:
    db, state = section.db, section.state
    assert db is not None and state is not None
    sid, key = state.info.id, checkpoint.id
    return _step(
        section,
        text,
        lambda: in_transaction(db, action, sid, key, *args),
        lambda before: in_transaction(db, ctl.put_result, sid, key, before),
    )


def ticks_form(section: StrategySection) -> bool:
    checkpoint = section.control.selected_checkpoint()
    if section.state is None or not section.writable:
        return False
    if checkpoint is None or not isinstance(checkpoint.bar, ChecklistBar):
        return _choose_first(section, "checklist")
    text = QCoreApplication.translate("StrategySection", "The checklist of {title}").format(
        title=checkpoint.title
    )
    return open_form(cd.TicksDialog(checkpoint, section), lambda v: _result_step(
        section, checkpoint, text, ctl.set_ticks, frozenset(v["done"])))  # fmt: skip


def verdict_form(section: StrategySection) -> bool:
    checkpoint = section.control.selected_checkpoint()
    if section.state is None or not section.writable:
        return False
    if checkpoint is None:
        return _choose_first(section, "checkpoint")
    text = QCoreApplication.translate("StrategySection", "The verdict on {title}").format(
        title=checkpoint.title
    )
    return open_form(cd.VerdictDialog(checkpoint, section.day, section), lambda v: _result_step(
        section, checkpoint, text, ctl.record_verdict, cd.VerdictDialog.result_of(v), v["day"],
        v["evidence"], v["decision"]))  # fmt: skip


def decision_form(section: StrategySection) -> bool:
    """The decision on a failed (or partly passed) checkpoint of the board; a verdict judged from
    its figure but not recorded yet is recorded first, as «Check» does."""
    db, state = section.db, section.state
    failed = section.control.selected_failed()
    if db is None or state is None or not section.writable:
        return False
    if failed is None:
        return _choose_first(section, "failed")
    checkpoint, verdict = failed
    sid, day, title = state.info.id, section.day, checkpoint.title

    def decide(session: Any, decision: str, replan: bool) -> tuple[Any, Any, int | None]:
        run = ctl.check(session, sid, day) if checkpoint.verdict is None else None
        before = ctl.record_decision(session, sid, checkpoint.id, decision)
        reason = QCoreApplication.translate("StrategySection", "«{title}»: {decision}").format(
            title=title, decision=decision
        )
        return run, before, st.new_version(session, sid, reason) if replan else None

    def take_back(session: Any, made: tuple[Any, Any, int | None]) -> None:
        run, before, version = made
        if version is not None:
            st.drop_version(session, version)
        ctl.put_result(session, sid, checkpoint.id, before)
        if run is not None:
            ctl.undo_check(session, sid, run)

    def save(values: dict[str, Any]) -> Any:
        decision, replan = values["decision"], values["replan"]
        return _step(
            section,
            QCoreApplication.translate("StrategySection", "The decision on {title}").format(title=title),
            lambda: in_transaction(db, decide, decision, replan),
            lambda made: in_transaction(db, take_back, made),
        )

    return open_form(cd.DecisionDialog(checkpoint, verdict.decision, section), save)


def connect(section: StrategySection) -> None:
    """Motivation's and control's buttons to their forms."""
    motivation, control = section.motivation, section.control
    for button, action in (
        (motivation.add_button, lambda: agreement_form(section, True)),
        (motivation.edit_button, lambda: agreement_form(section, False)),
        (motivation.delete_button, lambda: delete_agreement(section)),
        (motivation.pay_button, lambda: payment_form(section)),
        (control.add_checklist_button, lambda: checkpoint_form(section, True, "checklist")),
        (control.add_judgement_button, lambda: checkpoint_form(section, True, "judgement")),
        (control.edit_button, lambda: checkpoint_form(section, False)),
        (control.delete_button, lambda: delete_chosen(section, "checkpoint", control.selected_checkpoint())),
        (control.ticks_button, lambda: ticks_form(section)),
        (control.verdict_button, lambda: verdict_form(section)),
        (control.decide_button, lambda: decision_form(section)),
    ):
        button.clicked.connect(action)
