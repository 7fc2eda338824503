"""A strategy per client (or the agency's own brand) and period, and its versions.

The plan lives in versions: each version has its own goals, KPIs, initiatives, tasks (with their
RACI), executors, roles and agreements, and checkpoints. An item keeps its `key` from version to
version (a new version copies the rows with their keys), so two versions are compared item by
item and what was measured against a KPI or decided at a checkpoint follows it into the next.

What happened is the strategy's, not a version's: check-ins (a KPI's value typed on a day),
checkpoint results (ticks, verdict, evidence, decision) and motivation payments, each by the
item's key. A version approved by the client is frozen; those records go on being added.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, validates

from smmdesk.domain.text import fold
from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import MoneyType, ScaledType, Timestamp

HOURS = ScaledType(2)  # hours and weights: hundredths
FIGURE = ScaledType(4)  # a KPI's figures: ten-thousandths


class Strategy(Tracked, Base):
    __tablename__ = "strategy"
    __folded__: ClassVar[dict[str, str]] = {"title_key": "title"}

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int | None] = mapped_column(ForeignKey("client.id"), nullable=True, index=True)
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    country: Mapped[str] = mapped_column(String(8), default="RU")  # the production calendar
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]

    @validates("title")
    def _fold_title(self, key: str, value: str) -> str:
        self.title_key = fold(value)
        return value


class StrategyVersion(Tracked, Base):
    """A version of the plan: the first has no reason; each re-plan says why it was made."""

    __tablename__ = "strategy_version"
    __table_args__ = (UniqueConstraint("strategy_id", "number", name="uq_strategy_version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    approved_by: Mapped[str] = mapped_column(String(200), default="")
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # set: frozen
    approval_comment: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]


def _version_column() -> Mapped[int]:
    return mapped_column(ForeignKey("strategy_version.id", ondelete="CASCADE"))


class StrategyGoal(Tracked, Base):
    __tablename__ = "strategy_goal"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_goal_key"),)
    __folded__: ClassVar[dict[str, str]] = {"title_key": "title"}

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), default="")  # folded: a sheet names goals by title
    kind: Mapped[str] = mapped_column(String(20))
    owner: Mapped[str] = mapped_column(String(200))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date] = mapped_column(Date)
    weight: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(1))
    parent_key: Mapped[int | None] = mapped_column(Integer, nullable=True)

    @validates("title")
    def _fold_title(self, key: str, value: str) -> str:
        self.title_key = fold(value)
        return value


class StrategyKpi(Tracked, Base):
    """A goal's KPI; `figure` and `record_id` name what the program measures it by (a campaign's
    reach…), or both are empty and check-ins give its value."""

    __tablename__ = "strategy_kpi"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_kpi_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    goal_key: Mapped[int] = mapped_column(Integer)
    metric: Mapped[str] = mapped_column(String(300))
    unit: Mapped[str] = mapped_column(String(20), default="")
    baseline: Mapped[Decimal] = mapped_column(FIGURE)
    target: Mapped[Decimal] = mapped_column(FIGURE)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    direction: Mapped[str] = mapped_column(String(10), default="raise")
    figure: Mapped[str | None] = mapped_column(String(60), nullable=True)
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    weight: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(1))


class StrategyInitiative(Tracked, Base):
    """A campaign, a contest, a content pillar, a reputation programme or a review campaign, by its
    kind and the id of its record (a content pillar may have none)."""

    __tablename__ = "strategy_initiative"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_initiative_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    goal_key: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StrategyTask(Tracked, Base):
    """A task with its acceptance bar and its RACI: executor keys, comma-separated, and the one
    accountable (empty while a task read from a sheet waits for its RACI)."""

    __tablename__ = "strategy_task"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_task_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    role: Mapped[str] = mapped_column(String(100))
    starts_on: Mapped[dt.date] = mapped_column(Date)
    due_on: Mapped[dt.date] = mapped_column(Date)
    effort: Mapped[Decimal] = mapped_column(HOURS)
    goal_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    initiative_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    acceptance: Mapped[str] = mapped_column(Text, default="")
    responsible: Mapped[str] = mapped_column(String(1000), default="")
    accountable: Mapped[int | None] = mapped_column(Integer, nullable=True)
    consulted: Mapped[str] = mapped_column(String(1000), default="")
    informed: Mapped[str] = mapped_column(String(1000), default="")


class StrategyExecutor(Tracked, Base):
    """An employee, contractor, freelancer or a blogger of the base, with a role, weekly hours and
    an hourly rate (the agency's own figure: never in a client's file)."""

    __tablename__ = "strategy_executor"
    __table_args__ = (
        UniqueConstraint("version_id", "key", name="uq_strategy_executor_key"),
        UniqueConstraint("version_id", "name_key", name="uq_strategy_executor_name"),
    )
    __folded__: ClassVar[dict[str, str]] = {"name_key": "name"}

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")  # folded: one "Анна" however written
    kind: Mapped[str] = mapped_column(String(20), default="employee")
    role: Mapped[str] = mapped_column(String(100))
    weekly_hours: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    hourly_rate: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    influencer_id: Mapped[int | None] = mapped_column(ForeignKey("influencer.id"), nullable=True, index=True)

    @validates("name")
    def _fold_name(self, key: str, value: str) -> str:
        self.name_key = fold(value)
        return value


class StrategyRole(Tracked, Base):
    """A role of the version: one the planner added (its code is its title), or a built-in one with
    the rate a contractor is bought at (empty: the mean of its executors' rates)."""

    __tablename__ = "strategy_role"
    __table_args__ = (UniqueConstraint("version_id", "code_key", name="uq_strategy_role_code"),)
    __folded__: ClassVar[dict[str, str]] = {"code_key": "code"}

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    code: Mapped[str] = mapped_column(String(100))
    code_key: Mapped[str] = mapped_column(String(100), default="")
    rate: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)

    @validates("code")
    def _fold_code(self, key: str, value: str) -> str:
        self.code_key = fold(value)
        return value


class StrategyAgreement(Tracked, Base):
    """An executor's motivation: monthly, per piece, hourly, a KPI bonus, barter, non-monetary."""

    __tablename__ = "strategy_agreement"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_agreement_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    executor_key: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    amount: Mapped[Decimal] = mapped_column(MoneyType)
    starts_on: Mapped[dt.date] = mapped_column(Date)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    pay_day: Mapped[int] = mapped_column(Integer, default=5)
    quantity: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(1))
    kpi_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    threshold: Mapped[Decimal | None] = mapped_column(FIGURE, nullable=True)
    checkpoint_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    description: Mapped[str] = mapped_column(Text, default="")


class StrategyCheckpoint(Tracked, Base):
    """A date, what is checked and its bar: a KPI at or beyond a threshold, a checklist (one item a
    line), or a judgement (the question)."""

    __tablename__ = "strategy_checkpoint"
    __table_args__ = (UniqueConstraint("version_id", "key", name="uq_strategy_checkpoint_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = _version_column()
    key: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(300))
    day: Mapped[dt.date] = mapped_column(Date)
    bar: Mapped[str] = mapped_column(String(20))  # kpi, checklist, judgement
    kpi_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    threshold: Mapped[Decimal | None] = mapped_column(FIGURE, nullable=True)
    items: Mapped[str] = mapped_column(Text, default="")
    question: Mapped[str] = mapped_column(Text, default="")
    task_key: Mapped[int | None] = mapped_column(Integer, nullable=True)
    goal_key: Mapped[int | None] = mapped_column(Integer, nullable=True)


class StrategyCheckIn(Tracked, Base):
    """A KPI's value typed by the planner on a day, with where it was read."""

    __tablename__ = "strategy_check_in"
    __table_args__ = (Index("ix_strategy_check_in_kpi", "strategy_id", "kpi_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"))
    kpi_key: Mapped[int] = mapped_column(Integer)
    day: Mapped[dt.date] = mapped_column(Date)
    value: Mapped[Decimal] = mapped_column(FIGURE)
    source: Mapped[str] = mapped_column(String(300), default="")


class StrategyCheckResult(Tracked, Base):
    """A checkpoint's ticks and verdict: the result, when, the evidence, the decision that follows,
    and the figure it was judged from ("auto": judged from the linked figure)."""

    __tablename__ = "strategy_check_result"
    __table_args__ = (
        UniqueConstraint("strategy_id", "checkpoint_key", name="uq_strategy_check_result_checkpoint"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"))
    checkpoint_key: Mapped[int] = mapped_column(Integer)
    ticks: Mapped[str] = mapped_column(String(500), default="")  # indices of the items done, "0,2"
    result: Mapped[str | None] = mapped_column(String(10), nullable=True)
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    evidence: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    judged: Mapped[str] = mapped_column(String(10), default="")  # "auto" or "planner"
    value: Mapped[Decimal | None] = mapped_column(FIGURE, nullable=True)


class StrategyPayment(Tracked, Base):
    """Money paid to an executor under an agreement."""

    __tablename__ = "strategy_payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    strategy_id: Mapped[int] = mapped_column(ForeignKey("strategy.id", ondelete="CASCADE"), index=True)
    agreement_key: Mapped[int] = mapped_column(Integer)
    executor_key: Mapped[int] = mapped_column(Integer)
    paid_on: Mapped[dt.date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MoneyType)
    note: Mapped[str] = mapped_column(String(500), default="")


# The tables a version owns, parents first: a new version copies them, deleting one removes them.
VERSION_TABLES = (
    StrategyGoal,
    StrategyKpi,
    StrategyInitiative,
    StrategyExecutor,
    StrategyRole,
    StrategyTask,
    StrategyAgreement,
    StrategyCheckpoint,
)
