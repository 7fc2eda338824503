"""A strategy as it stands on a day: every KPI's current value, progress and status, each goal's
progress, the board of checkpoints, the load and staffing plan, the motivation budget. All of it
computed by the domain's rules from what is stored and what the program measures; nothing of it is
typed or stored."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.strategy import control, kpis, load, motivation
from smmdesk.domain.strategy.control import Board, Checkpoint
from smmdesk.domain.strategy.kpis import CheckIn, Kpi, KpiState
from smmdesk.domain.strategy.load import StaffingPlan
from smmdesk.domain.strategy.motivation import MonthBudget
from smmdesk.domain.strategy.versions import StrategyVersion
from smmdesk.services import strategy_figures as sf
from smmdesk.services.strategy import StrategyInfo, strategy_info
from smmdesk.services.strategy_rows import load_inputs, plain, read_version, role_rates
from smmdesk.storage.models import StrategyCheckIn, StrategyPayment
from smmdesk.storage.models import StrategyVersion as VersionRow


@dataclass(frozen=True)
class PaymentRow:
    id: int
    agreement_key: int
    executor_key: int
    paid_on: dt.date
    amount: Decimal
    note: str


@dataclass(frozen=True)
class StrategyState:
    """One version of a strategy on `day`, with everything computed from it."""

    info: StrategyInfo
    version_id: int
    version: StrategyVersion
    day: dt.date
    kpis: dict[int, KpiState]  # by KPI key
    goals: dict[int, Decimal | None]  # by goal key: progress shown (one decimal), None while unknown
    check_ins: dict[int, list[CheckIn]]  # by KPI key, oldest first
    board: Board
    staffing: StaffingPlan
    budget: list[MonthBudget]
    payments: list[PaymentRow]
    rates: dict[str, Decimal]  # the contractor rates set per role

    @property
    def kpi_by_key(self) -> dict[int, Kpi]:
        return {k.id: k for k in self.version.kpis}

    @property
    def passed(self) -> frozenset[int]:
        return control.passed_ids(self.version.checkpoints)


def check_ins(session: Session, strategy_id: int) -> dict[int, list[CheckIn]]:
    found: dict[int, list[CheckIn]] = defaultdict(list)
    rows = session.execute(
        select(StrategyCheckIn.kpi_key, StrategyCheckIn.day, StrategyCheckIn.value, StrategyCheckIn.source)
        .where(StrategyCheckIn.strategy_id == strategy_id)
        .order_by(StrategyCheckIn.day, StrategyCheckIn.id)
    )
    for key, day, value, source in rows:
        found[key].append(CheckIn(day, plain(value) or Decimal(0), source))
    return dict(found)


def values_on(
    session: Session, version: StrategyVersion, ins: Mapping[int, list[CheckIn]], day: dt.date
) -> dict[int, Decimal | None]:
    """Each KPI's value on `day` by key: its linked figure as it stood then, or its latest check-in."""
    links = [k.link for k in version.kpis if k.link is not None]
    linked = sf.figures(session, links, day) if links else {}
    return {k.id: kpis.current_value(k, day, ins.get(k.id, ()), linked) for k in version.kpis}


def checkpoint_values(
    session: Session, version: StrategyVersion, ins: Mapping[int, list[CheckIn]]
) -> Callable[[Checkpoint], Mapping[int, Decimal | None]]:
    """For each checkpoint, the KPIs' values on its date: a bar is judged by what stood by then."""
    cache: dict[dt.date, dict[int, Decimal | None]] = {}

    def on(checkpoint: Checkpoint) -> Mapping[int, Decimal | None]:
        if checkpoint.day not in cache:
            cache[checkpoint.day] = values_on(session, version, ins, checkpoint.day)
        return cache[checkpoint.day]

    return on


def payments_of(session: Session, strategy_id: int) -> list[PaymentRow]:
    rows = session.scalars(
        select(StrategyPayment)
        .where(StrategyPayment.strategy_id == strategy_id)
        .order_by(StrategyPayment.paid_on, StrategyPayment.id)
    )
    return [PaymentRow(p.id, p.agreement_key, p.executor_key, p.paid_on, p.amount, p.note) for p in rows]


def staffing(session: Session, version_id: int, version: StrategyVersion | None = None) -> StaffingPlan:
    """The load by role and ISO week over the strategy's period, against its people's capacity."""
    row = session.get_one(VersionRow, version_id)
    info = strategy_info(session, row.strategy_id)
    tasks, executors = (version.tasks, version.executors) if version else load_inputs(session, version_id)
    return load.staffing_plan(
        tasks,
        executors,
        info.period_from,
        info.period_to,
        role_rates(session, version_id),
        info.country,
    )


def strategy_state(session: Session, version_id: int, day: dt.date | None = None) -> StrategyState:
    """The version on `day` (today by default)."""
    day = day or dt.date.today()
    row = session.get_one(VersionRow, version_id)
    info = strategy_info(session, row.strategy_id)
    version = read_version(session, version_id)
    ins = check_ins(session, info.id)
    now = values_on(session, version, ins, day)
    states = {
        k.id: kpis.kpi_state(k, day, ins.get(k.id, ()), {k.link: now[k.id]} if k.link else {})
        for k in version.kpis
    }
    raw = {k.id: kpis.progress(k, now[k.id]) for k in version.kpis}
    goals = {
        key: kpis.shown(value) for key, value in kpis.goal_progress(version.goals, version.kpis, raw).items()
    }
    kpi_map = {k.id: k for k in version.kpis}
    board = control.board(version.checkpoints, day, kpi_map, checkpoint_values(session, version, ins))
    rates = role_rates(session, version_id)
    plan = load.staffing_plan(
        version.tasks, version.executors, info.period_from, info.period_to, rates, info.country
    )
    budget = motivation.motivation_budget(
        version.agreements, control.passed_ids(version.checkpoints), control.days_of(version.checkpoints)
    )
    return StrategyState(
        info,
        version_id,
        version,
        day,
        states,
        goals,
        ins,
        board,
        plan,
        budget,
        payments_of(session, info.id),
        rates,
    )
