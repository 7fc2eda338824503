"""What happens while a strategy runs: check-ins (a KPI's value typed on a day with its source),
checkpoints ticked and judged, the checkpoints due evaluated (`strategy check`), and motivation
payments. These belong to the strategy, by the key of the KPI, checkpoint or agreement, so they go
on in a version the client approved and follow the items into the next version.

Every change returns what undo needs: the id it made, or the state it replaced.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_money, round_to
from smmdesk.domain.strategy import control, motivation
from smmdesk.domain.strategy.control import ChecklistBar, Checkpoint, KpiBar, Result, Verdict
from smmdesk.domain.strategy.motivation import AgreementKind
from smmdesk.domain.strategy.period import Period
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services.strategy import latest_version
from smmdesk.services.strategy_rows import keys_text, read_version, today
from smmdesk.services.strategy_state import check_ins, checkpoint_values
from smmdesk.storage.models import (
    Strategy,
    StrategyAgreement,
    StrategyCheckIn,
    StrategyCheckpoint,
    StrategyCheckResult,
    StrategyKpi,
    StrategyPayment,
    StrategyVersion,
)
from smmdesk.storage.server import require_manager

AUTO, PLANNER = "auto", "planner"


def _strategy(session: Session, strategy_id: int) -> Strategy:
    # Locked on a server: two planners judging or paying at once are taken one after the other.
    strategy = session.get(Strategy, strategy_id, with_for_update=True)
    if strategy is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no strategy number {id}."), id=strategy_id
        )
    return strategy


def _known(session: Session, strategy_id: int, model: Any, key: int, what: str) -> Any:
    """The item with this key in the strategy's latest version (None when it is not there)."""
    version = latest_version(session, strategy_id)
    found = session.scalar(select(model).where(model.version_id == version, model.key == key))
    if found is None:
        from smmdesk.services.strategy_items import MISSING

        raise ValidationError(MISSING[what], field=what)
    return found


# --- check-ins -----------------------------------------------------------------------------------------


def add_check_in(
    session: Session, strategy_id: int, kpi_key: int, day: dt.date, value: Decimal, source: str = ""
) -> int:
    """A value of a KPI followed by check-ins (the community's followers on a day); returns its id."""
    strategy = _strategy(session, strategy_id)
    kpi = _known(session, strategy_id, StrategyKpi, kpi_key, "kpi")
    Period(strategy.period_from, strategy.period_to).check(day, "day")
    if kpi.figure:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "«{metric}» follows a figure the program measures; its value is not typed in."
            ),
            field="value",
            metric=kpi.metric,
        )
    limits.kpi_figure(value, "value")
    row = StrategyCheckIn(
        strategy_id=strategy_id,
        kpi_key=kpi_key,
        day=day,
        value=round_to(Decimal(value), 4),
        source=clean_text(source).strip(),
    )
    session.add(row)
    session.flush()
    return row.id


def remove_check_in(session: Session, check_in_id: int) -> dict[str, Any]:
    """Removes a check-in; returns its row (to put back)."""
    columns = list(StrategyCheckIn.__table__.columns)
    found = (
        session.execute(select(*columns).where(StrategyCheckIn.id == check_in_id)).mappings().one_or_none()
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "That check-in is gone (another planner removed it).")
        )
    session.execute(delete(StrategyCheckIn).where(StrategyCheckIn.id == check_in_id))
    return dict(found)


def restore_check_in(session: Session, row: dict[str, Any]) -> None:
    session.execute(insert(StrategyCheckIn), [row])


@dataclass(frozen=True)
class CheckInRow:
    id: int
    kpi_key: int
    day: dt.date
    value: Decimal
    source: str


def check_in_rows(session: Session, strategy_id: int, kpi_key: int) -> list[CheckInRow]:
    from smmdesk.services.strategy_rows import plain

    rows = session.scalars(
        select(StrategyCheckIn)
        .where(StrategyCheckIn.strategy_id == strategy_id, StrategyCheckIn.kpi_key == kpi_key)
        .order_by(StrategyCheckIn.day, StrategyCheckIn.id)
    )
    return [CheckInRow(r.id, r.kpi_key, r.day, plain(r.value) or Decimal(0), r.source) for r in rows]


# --- checkpoint results --------------------------------------------------------------------------------

# A result's state, as undo puts it back: None when there was no row.
ResultState = dict[str, Any] | None
RESULT_FIELDS = ("ticks", "result", "decided_on", "evidence", "decision", "judged", "value")


def _result_row(session: Session, strategy_id: int, checkpoint_key: int) -> StrategyCheckResult | None:
    return session.scalar(
        select(StrategyCheckResult).where(
            StrategyCheckResult.strategy_id == strategy_id,
            StrategyCheckResult.checkpoint_key == checkpoint_key,
        )
    )


def _state(row: StrategyCheckResult | None) -> ResultState:
    return None if row is None else {name: getattr(row, name) for name in RESULT_FIELDS}


def put_result(session: Session, strategy_id: int, checkpoint_key: int, state: ResultState) -> ResultState:
    """Sets a checkpoint's ticks and verdict to `state` (None: none recorded); returns the one before."""
    row = _result_row(session, strategy_id, checkpoint_key)
    previous = _state(row)
    if state is None:
        if row is not None:
            session.delete(row)
    else:
        if row is None:
            row = StrategyCheckResult(strategy_id=strategy_id, checkpoint_key=checkpoint_key)
            session.add(row)
        for name, value in state.items():
            setattr(row, name, value)
    session.flush()
    return previous


def set_ticks(session: Session, strategy_id: int, checkpoint_key: int, done: frozenset[int]) -> ResultState:
    """The checklist items ticked (their indices); returns the state before."""
    _strategy(session, strategy_id)
    checkpoint = _known(session, strategy_id, StrategyCheckpoint, checkpoint_key, "checkpoint")
    items = [line for line in checkpoint.items.split("\n") if line.strip()]
    if checkpoint.bar != "checklist" or any(not 0 <= i < len(items) for i in done):
        raise ValueError("ticks are for the items of a checklist")
    state = _state(_result_row(session, strategy_id, checkpoint_key)) or _empty()
    return put_result(session, strategy_id, checkpoint_key, {**state, "ticks": keys_text(sorted(done))})


def _empty() -> dict[str, Any]:
    return {
        "ticks": "",
        "result": None,
        "decided_on": None,
        "evidence": "",
        "decision": "",
        "judged": "",
        "value": None,
    }


def record_verdict(
    session: Session,
    strategy_id: int,
    checkpoint_key: int,
    result: Result,
    day: dt.date,
    evidence: str,
    decision: str = "",
) -> ResultState:
    """The planner's verdict (any bar): taken only with its evidence; returns the state before."""
    _strategy(session, strategy_id)
    _known(session, strategy_id, StrategyCheckpoint, checkpoint_key, "checkpoint")
    verdict = control.judgement(result, day, clean_text(evidence), clean_text(decision))
    state = _state(_result_row(session, strategy_id, checkpoint_key)) or _empty()
    return put_result(
        session,
        strategy_id,
        checkpoint_key,
        {
            **state,
            "result": verdict.result.value,
            "decided_on": verdict.decided_on,
            "evidence": verdict.evidence,
            "decision": verdict.decision,
            "judged": PLANNER,
            "value": None,
        },
    )


def record_decision(session: Session, strategy_id: int, checkpoint_key: int, decision: str) -> ResultState:
    """What follows a verdict (go on, re-plan, change the goal); returns the state before."""
    _strategy(session, strategy_id)
    state = _state(_result_row(session, strategy_id, checkpoint_key))
    if state is None or not state["result"]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A decision follows a result: judge the checkpoint first."),
            field="decision",
        )
    return put_result(
        session, strategy_id, checkpoint_key, {**state, "decision": clean_text(decision).strip()}
    )


@dataclass(frozen=True)
class CheckOutcome:
    """A checkpoint looked at by `check`: its verdict (None: it waits), the figure judged, and
    whether this check made the verdict (False: recorded before)."""

    checkpoint: Checkpoint
    verdict: Verdict | None
    value: Decimal | None
    new: bool


@dataclass(frozen=True)
class CheckRun:
    outcomes: tuple[CheckOutcome, ...]
    previous: tuple[tuple[int, ResultState], ...]  # for undo: each judged checkpoint's state before


def check(session: Session, strategy_id: int, day: dt.date) -> CheckRun:
    """Evaluates the checkpoints due by `day` of the latest version: a KPI bar from the figure as it
    stood on the checkpoint's date, a checklist from its ticks; a judgement waits for the planner.
    The verdicts made are recorded (judged "auto"); one recorded before is kept."""
    _strategy(session, strategy_id)
    version_id = latest_version(session, strategy_id)
    version = read_version(session, version_id)
    kpis = {k.id: k for k in version.kpis}
    values = checkpoint_values(session, version, check_ins(session, strategy_id))
    outcomes, previous = [], []
    for checkpoint in sorted(version.checkpoints, key=lambda c: (c.day, c.id)):
        if checkpoint.day > day:
            continue
        bar = checkpoint.bar
        figure = values(checkpoint).get(bar.kpi_id) if isinstance(bar, KpiBar) else None
        if checkpoint.verdict is not None:
            outcomes.append(CheckOutcome(checkpoint, checkpoint.verdict, figure, False))
            continue
        verdict = control.evaluate(checkpoint, day, kpis, values)
        if verdict is not None:
            state = _state(_result_row(session, strategy_id, checkpoint.id)) or _empty()
            ticks = keys_text(sorted(bar.done)) if isinstance(bar, ChecklistBar) else state["ticks"]
            before = put_result(
                session,
                strategy_id,
                checkpoint.id,
                {
                    **state,
                    "ticks": ticks,
                    "result": verdict.result.value,
                    "decided_on": verdict.decided_on,
                    "evidence": verdict.evidence,
                    "judged": AUTO,
                    "value": figure,
                },
            )
            previous.append((checkpoint.id, before))
        outcomes.append(CheckOutcome(checkpoint, verdict, figure, verdict is not None))
    return CheckRun(tuple(outcomes), tuple(previous))


def undo_check(session: Session, strategy_id: int, run: CheckRun) -> None:
    for key, state in run.previous:
        put_result(session, strategy_id, key, state)


# --- payments ------------------------------------------------------------------------------------------


def record_payment(
    session: Session, strategy_id: int, agreement_key: int, day: dt.date, amount: Decimal, note: str = ""
) -> int:
    """Money paid under an agreement; a bonus only once its checkpoint passed. Returns its id. A
    payment is money already paid: its day is not after today and lies in the strategy's period."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record a payment"))
    strategy = _strategy(session, strategy_id)
    agreement = _known(session, strategy_id, StrategyAgreement, agreement_key, "agreement")
    now = today()
    if day > now:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A payment records money already paid: its day {day} is after today, {today}."
            ),
            field="day",
            day=f"{day:%d.%m.%Y}",
            today=f"{now:%d.%m.%Y}",
        )
    Period(strategy.period_from, strategy.period_to).check(day, "day")
    limits.money(amount, "amount")
    if amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A payment is above zero."), field="amount")
    kind = AgreementKind(agreement.kind)
    if kind is AgreementKind.NON_MONETARY:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A non-monetary motivation is not paid in money."), field="agreement"
        )
    if kind is AgreementKind.KPI_BONUS:
        version = read_version(session, agreement.version_id)
        if agreement.checkpoint_key not in control.passed_ids(version.checkpoints):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The bonus falls due only when its checkpoint has passed; it has not (yet)."
                ),
                field="agreement",
            )
    row = StrategyPayment(
        strategy_id=strategy_id,
        agreement_key=agreement_key,
        executor_key=agreement.executor_key,
        paid_on=day,
        amount=round_money(Decimal(amount)),
        note=clean_text(note).strip(),
    )
    session.add(row)
    session.flush()
    return row.id


def remove_payment(session: Session, payment_id: int) -> dict[str, Any]:
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record a payment"))
    columns = list(StrategyPayment.__table__.columns)
    found = session.execute(select(*columns).where(StrategyPayment.id == payment_id)).mappings().one_or_none()
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "That payment is gone (another planner removed it).")
        )
    session.execute(delete(StrategyPayment).where(StrategyPayment.id == payment_id))
    return dict(found)


def restore_payment(session: Session, row: dict[str, Any]) -> None:
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record a payment"))
    session.execute(insert(StrategyPayment), [row])


def due_payments(session: Session, version_id: int) -> list[motivation.Payment]:
    """Every payment the agreements give, with whether it is due (a bonus: its checkpoint passed)."""
    version = read_version(session, version_id)
    passed = control.passed_ids(version.checkpoints)
    days = control.days_of(version.checkpoints)
    return [p for a in version.agreements for p in motivation.payments(a, passed, days)]


def version_of(session: Session, version_id: int) -> StrategyVersion:
    return session.get_one(StrategyVersion, version_id)
