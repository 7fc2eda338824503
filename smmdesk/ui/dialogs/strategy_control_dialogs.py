"""The forms of a strategy's motivation and control: a person's agreement, a payment under one, a
checkpoint of any bar (a KPI and its threshold, a checklist, a judgement), the ticks of a
checklist, the planner's verdict with its evidence, the decision on a failed checkpoint (which
may re-plan), and a KPI's value typed in. Each gives its fields by the names the services take;
the section saves them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar

from PySide6.QtWidgets import QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy import control
from smmdesk.domain.strategy.control import (
    RESULT_LABELS,
    ChecklistBar,
    Checkpoint,
    JudgementBar,
    KpiBar,
    Result,
)
from smmdesk.domain.strategy.kpis import Kpi
from smmdesk.domain.strategy.motivation import AGREEMENT_LABELS, Agreement, AgreementKind
from smmdesk.domain.strategy.versions import StrategyVersion
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_money
from smmdesk.ui.dialogs.item_dialog import ItemDialog, none_choice
from smmdesk.ui.dialogs.strategy_plan_dialogs import goal_choices, labelled
from smmdesk.ui.widgets.date_field import DateField

BAR_KINDS = {
    "kpi": QT_TRANSLATE_NOOP("CheckpointDialog", "a KPI at or beyond a threshold"),
    "checklist": QT_TRANSLATE_NOOP("CheckpointDialog", "a checklist"),
    "judgement": QT_TRANSLATE_NOOP("CheckpointDialog", "the planner's judgement with evidence"),
}
NO_THRESHOLD = QT_TRANSLATE_NOOP("Errors", "Give the threshold the KPI is to reach.")


class AgreementDialog(ItemDialog):
    ALIASES: ClassVar[Mapping[str, str]] = {
        "executor": "executor_id",
        "kpi": "kpi_id",
        "checkpoint": "checkpoint_id",
    }

    def __init__(self, version: StrategyVersion, agreement: Agreement, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("An agreement"), parent)
        people = [(e.id, e.name) for e in version.executors]
        self.choice("executor_id", self.tr("Who:"), people, agreement.executor_id)
        kinds = labelled(AGREEMENT_LABELS)
        self.kind = self.choice("kind", self.tr("Agreement:"), kinds, agreement.kind.value)
        self.money("amount", self.tr("Amount, ₽ (a month, a piece, an hour, the bonus):"), agreement.amount)
        self.number("quantity", self.tr("Pieces or hours:"), agreement.quantity)
        start = self.date("start", self.tr("First month, or due on:"), agreement.start)
        self.date("end", self.tr("Last month (a monthly fee):"), agreement.end, required=False)
        self.whole("pay_day", self.tr("Paid on day of the month:"), agreement.pay_day)
        kpis = [none_choice(), *((k.id, k.metric) for k in version.kpis)]
        self.choice("kpi_id", self.tr("Bonus for the KPI:"), kpis, agreement.kpi_id)
        self.number("threshold", self.tr("At the threshold:"), agreement.threshold, required=False)
        points = [none_choice(), *((c.id, c.title) for c in version.checkpoints)]
        judged = self.choice(
            "checkpoint_id", self.tr("Judged at the checkpoint:"), points, agreement.checkpoint_id
        )
        self.line("description", self.tr("What for:"), agreement.description)
        self.finish_layout()
        days = control.days_of(version.checkpoints)
        judged.currentIndexChanged.connect(lambda _: self._propose_day(start, days.get(judged.currentData())))

    def _propose_day(self, start: DateField, day: dt.date | None) -> None:
        """A bonus falls on the day of the checkpoint that judges it: the form proposes that day."""
        if day is not None and self.kind.currentData() == AgreementKind.KPI_BONUS.value:
            start.set_value(day)


def agreement_title(agreement: Agreement, names: Mapping[int, str]) -> str:
    kind = translate("Strategy", AGREEMENT_LABELS[agreement.kind])
    return f"{names.get(agreement.executor_id, '')}: {kind}, {format_money(agreement.amount)}"


class PaymentDialog(ItemDialog):
    """`values()`: agreement (its key), day, amount, note — as `record_payment` takes them."""

    def __init__(
        self, version: StrategyVersion, chosen: Agreement | None, day: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("A motivation payment"), parent)
        names = {e.id: e.name for e in version.executors}
        paid = [a for a in version.agreements if a.kind is not AgreementKind.NON_MONETARY]
        choices = [(a.id, agreement_title(a, names)) for a in paid]
        self.choice("agreement", self.tr("Under the agreement:"), choices, chosen.id if chosen else None)
        self.date("day", self.tr("Paid on:"), day)
        self.money("amount", self.tr("Amount, ₽:"), None)
        self.line("note", self.tr("Note:"))
        self.finish_layout()


class CheckpointDialog(ItemDialog):
    """`checkpoint_fields(values)`: the checkpoint the fields describe (its bar of the kind chosen)."""

    ALIASES: ClassVar[Mapping[str, str]] = {"kpi": "kpi_id", "goal": "goal_id", "task": "task_id"}

    def __init__(
        self, version: StrategyVersion, checkpoint: Checkpoint, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("A checkpoint"), parent)
        bar = checkpoint.bar
        kind = "kpi" if isinstance(bar, KpiBar) else "judgement"
        kind = "checklist" if isinstance(bar, ChecklistBar) else kind
        self.line("title", self.tr("What is checked:"), checkpoint.title)
        self.date("day", self.tr("On:"), checkpoint.day)
        bars = [(key, self.tr(text)) for key, text in BAR_KINDS.items()]
        self.choice("bar_kind", self.tr("The bar:"), bars, kind)
        kpis = [(k.id, k.metric) for k in version.kpis]
        self.choice("kpi_id", self.tr("KPI:"), kpis, bar.kpi_id if isinstance(bar, KpiBar) else None)
        threshold = bar.threshold if isinstance(bar, KpiBar) else None
        self.number("threshold", self.tr("Threshold:"), threshold, required=False)
        listed = "\n".join(bar.items) if isinstance(bar, ChecklistBar) else ""
        self.text("items", self.tr("Checklist, an item a line:"), listed)
        question = bar.question if isinstance(bar, JudgementBar) else ""
        self.line("question", self.tr("What is judged:"), question)
        tasks = [none_choice(), *((t.id, t.title) for t in version.tasks)]
        self.choice("task_id", self.tr("Task checked:"), tasks, checkpoint.task_id)
        self.choice("goal_id", self.tr("Goal:"), goal_choices(version), checkpoint.goal_id)
        self.ticked = bar.done if isinstance(bar, ChecklistBar) else frozenset()
        self.finish_layout()

    @staticmethod
    def checkpoint_fields(values: Mapping[str, Any], done: frozenset[int] = frozenset()) -> dict[str, Any]:
        """The checkpoint's fields (title, day, bar, task_id, goal_id) from the dialog's values."""
        bar: KpiBar | ChecklistBar | JudgementBar
        if values["bar_kind"] == "kpi":
            if values["threshold"] is None:
                raise ValidationError(NO_THRESHOLD, field="threshold")
            bar = KpiBar(values["kpi_id"], values["threshold"])
        elif values["bar_kind"] == "checklist":
            lines = tuple(line.strip() for line in values["items"].splitlines() if line.strip())
            bar = ChecklistBar(lines, frozenset(i for i in done if i < len(lines)))
        else:
            bar = JudgementBar(values["question"])
        keep = ("title", "day", "task_id", "goal_id")
        return {"bar": bar, **{key: values[key] for key in keep}}


class TicksDialog(ItemDialog):
    """The items of a checklist, ticked as done; `values()["done"]` their indices."""

    def __init__(self, checkpoint: Checkpoint, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Checklist of «{title}»").format(title=checkpoint.title), parent)
        assert isinstance(checkpoint.bar, ChecklistBar)
        choices = list(enumerate(checkpoint.bar.items))
        self.checks("done", self.tr("Done:"), choices, sorted(checkpoint.bar.done))
        self.finish_layout()


class VerdictDialog(ItemDialog):
    """The planner's verdict: result, day, evidence (required), decision."""

    def __init__(self, checkpoint: Checkpoint, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Verdict on «{title}»").format(title=checkpoint.title), parent)
        before = checkpoint.verdict
        results = [(r.value, translate("Strategy", label)) for r, label in RESULT_LABELS.items()]
        self.choice("result", self.tr("Result:"), results, before.result.value if before else None)
        self.date("day", self.tr("Decided on:"), day)
        evidence = before.evidence if before else ""
        self.text("evidence", self.tr("Evidence (a link, a file, what was seen):"), evidence)
        self.line("decision", self.tr("Decision:"), before.decision if before else "")
        self.finish_layout()

    @staticmethod
    def result_of(values: Mapping[str, Any]) -> Result:
        return Result(values["result"])


class DecisionDialog(ItemDialog):
    """What follows a failed (or partly passed) checkpoint; `replan` makes a new version for it."""

    def __init__(self, checkpoint: Checkpoint, decision: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Decision on «{title}»").format(title=checkpoint.title), parent)
        self.text(
            "decision", self.tr("Decision (go on, re-plan, change the goal…):"), decision, required=True
        )
        self.flag("replan", self.tr("Re-plan: a new version of the strategy, this decision its reason"))
        self.finish_layout()


def new_agreement(executor_id: int, start: dt.date, end: dt.date) -> Agreement:
    return Agreement(0, executor_id, AgreementKind.MONTHLY, Decimal(0), start, end)


class CheckInDialog(ItemDialog):
    """A value of a KPI followed by check-ins: the day it was read, the value and where it was read
    (`values()`: day, value, source — as `add_check_in` takes them)."""

    def __init__(self, kpi: Kpi, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A value of «{metric}»").format(metric=kpi.metric), parent)
        self.date("day", self.tr("On:"), day)
        unit = f", {kpi.unit}" if kpi.unit else ""
        self.number("value", self.tr("Value{unit}:").format(unit=unit), None)
        self.line("source", self.tr("Read from (a page, a report):"))
        self.finish_layout()


def new_checkpoint(day: dt.date, kind: str, kpi: Kpi | None = None) -> Checkpoint:
    """A new checkpoint's defaults: a checklist, a judgement, or a bar on `kpi` (its target by its due
    date)."""
    if kind == "kpi" and kpi is not None:
        return Checkpoint(0, "", kpi.due, KpiBar(kpi.id, kpi.target), goal_id=kpi.goal_id)
    bar = ChecklistBar(()) if kind == "checklist" else JudgementBar("")
    return Checkpoint(0, "", day, bar)
