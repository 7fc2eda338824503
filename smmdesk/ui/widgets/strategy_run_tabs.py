"""The running tabs of the Стратегия section, each filled from one `StrategyState`: motivation
(agreements, payments, the budget by month), control (the board of checkpoints and every
checkpoint with its bar and result) and the history of versions. The section owns the edits; the
tabs show them and hold the buttons that ask for them."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from smmdesk.domain.strategy.control import RESULT_LABELS, ChecklistBar, Checkpoint, KpiBar, Verdict
from smmdesk.domain.strategy.motivation import AGREEMENT_LABELS
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.strategy_state import StrategyState
from smmdesk.ui.core.formatting import format_date, format_money, format_month
from smmdesk.ui.models.strategy_models import word
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.column_fit import fit_columns
from smmdesk.ui.widgets.strategy_tabs import button, buttons, number, page
from smmdesk.ui.windows.section import Section


class MotivationTab(QWidget):
    """Each person's agreements, and the motivation budget month by month."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names: dict[int, str] = {}
        self.agreements: RowTableModel[Any] = RowTableModel([
            ColumnSpec("who", self.tr("Who"), lambda a: self.names.get(a.executor_id, "")),
            ColumnSpec("kind", self.tr("Agreement"), lambda a: word("Strategy", AGREEMENT_LABELS[a.kind])),
            ColumnSpec("amount", self.tr("Amount"), lambda a: a.amount, format_money, RIGHT),
            ColumnSpec("due", self.tr("From / due"), lambda a: a.start, format_date),
            ColumnSpec("about", self.tr("What for"), lambda a: a.description),
        ], self)  # fmt: skip
        self.agreement_table = Section.table_view(self.agreements, "agreementTable", single=True)
        fit_columns(self.agreement_table, self.agreements.column_index("about"))
        self.budget: RowTableModel[Any] = RowTableModel([
            ColumnSpec("month", self.tr("Month"), lambda b: b.month, format_month),
            ColumnSpec("due", self.tr("Money due"), lambda b: b.money_due, format_money, RIGHT),
            ColumnSpec("possible", self.tr("Bonuses not yet earned"), lambda b: b.bonuses_possible,
                       format_money,
                       RIGHT),
            ColumnSpec("barter", self.tr("Barter"), lambda b: b.barter, format_money, RIGHT),
        ], self)  # fmt: skip
        self.budget_table = Section.table_view(self.budget, "budgetTable")
        fit_columns(self.budget_table)
        self.payments: RowTableModel[Any] = RowTableModel([
            ColumnSpec("day", self.tr("Paid on"), lambda p: p.paid_on, format_date),
            ColumnSpec("who", self.tr("Who"), lambda p: self.names.get(p.executor_key, "")),
            ColumnSpec("amount", self.tr("Amount"), lambda p: p.amount, format_money, RIGHT),
            ColumnSpec("note", self.tr("Note"), lambda p: p.note),
        ], self)  # fmt: skip
        self.payment_table = Section.table_view(self.payments, "strategyPaymentTable")
        fit_columns(self.payment_table, self.payments.column_index("note"))
        self.add_button = button(self.tr("Add an agreement…"), "addAgreementButton")
        self.edit_button = button(self.tr("Change…"), "editAgreementButton")
        self.delete_button = button(self.tr("Delete"), "deleteAgreementButton")
        self.pay_button = button(self.tr("Record a payment…"), "strategyPayButton")
        self.views = QTabWidget()
        self.views.setObjectName("motivationViews")
        self.views.addTab(self.budget_table, self.tr("Budget by month"))
        self.views.addTab(self.payment_table, self.tr("Payments"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.agreement_table, 3)
        layout.addWidget(buttons(self.add_button, self.edit_button, self.delete_button, self.pay_button))
        layout.addWidget(self.views, 2)

    def fill(self, state: StrategyState | None, writable: bool = False) -> None:
        self.names = {e.id: e.name for e in state.version.executors} if state else {}
        self.agreements.set_rows(list(state.version.agreements) if state else [])
        self.budget.set_rows(state.budget if state else [])
        self.payments.set_rows(list(state.payments) if state else [])
        editable = writable and state is not None and not state.info.latest.frozen
        for edit in (self.add_button, self.edit_button, self.delete_button):
            edit.setEnabled(editable)
        self.pay_button.setEnabled(writable and state is not None and bool(state.version.agreements))

    def selected_agreement(self) -> Any:
        rows = self.agreement_table.selectionModel().selectedRows()
        return self.agreements.row_at(rows[0].row()) if rows else None


@dataclass(frozen=True)
class BoardRow:
    column: str  # due, failed, coming
    checkpoint: Checkpoint
    verdict: Verdict | None


class ControlTab(QWidget):
    """The board: checkpoints due, failed (or partly) and coming, with the check button."""

    COLUMNS: ClassVar[dict[str, str]] = {
        "due": QT_TRANSLATE_NOOP("StrategyWindow", "due"),
        "failed": QT_TRANSLATE_NOOP("StrategyWindow", "failed or partly"),
        "coming": QT_TRANSLATE_NOOP("StrategyWindow", "coming"),
    }

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: dict[int, str] = {}
        self.board: RowTableModel[Any] = RowTableModel([
            ColumnSpec("where", self.tr("On the board"),
                       lambda r: word("StrategyWindow", self.COLUMNS[r.column])),
            ColumnSpec("day", self.tr("Date"), lambda r: r.checkpoint.day, format_date),
            ColumnSpec("title", self.tr("Checkpoint"), lambda r: r.checkpoint.title),
            ColumnSpec("result", self.tr("Result"),
                       lambda r: word("Strategy", RESULT_LABELS[r.verdict.result]) if r.verdict else ""),
            ColumnSpec("decision", self.tr("Decision"), lambda r: r.verdict.decision if r.verdict else ""),
        ], self)  # fmt: skip
        self.board_table = Section.table_view(self.board, "boardTable", single=True)
        fit_columns(self.board_table, self.board.column_index("title"))
        self.check_button = button(self.tr("Check the checkpoints due"), "checkButton")
        self.decide_button = button(self.tr("Decide on the failed one…"), "decideButton")
        self.summary = QLabel()
        self.summary.setObjectName("boardSummary")
        self.summary.setWordWrap(True)
        self.points: RowTableModel[Any] = RowTableModel([
            ColumnSpec("day", self.tr("Date"), lambda c: c.day, format_date),
            ColumnSpec("title", self.tr("Checkpoint"), lambda c: c.title),
            ColumnSpec("bar", self.tr("Bar"), self.bar_text),
            ColumnSpec("result", self.tr("Result"),
                       lambda c: word("Strategy", RESULT_LABELS[c.verdict.result]) if c.verdict else ""),
            # The program's own evidence is kept as its source words; a planner's is theirs.
            ColumnSpec(
                "evidence",
                self.tr("Evidence"),
                lambda c: word("Strategy", c.verdict.evidence) if c.verdict else "",
            ),
        ], self)  # fmt: skip
        self.point_table = Section.table_view(self.points, "checkpointTable", single=True)
        fit_columns(self.point_table, self.points.column_index("title"))
        self.add_checklist_button = button(self.tr("Add a checklist…"), "addChecklistButton")
        self.add_judgement_button = button(self.tr("Add a judgement…"), "addJudgementButton")
        self.edit_button = button(self.tr("Change…"), "editCheckpointButton")
        self.delete_button = button(self.tr("Delete"), "deleteCheckpointButton")
        self.ticks_button = button(self.tr("Tick the checklist…"), "ticksButton")
        self.verdict_button = button(self.tr("Record the verdict…"), "verdictButton")
        self.views = QTabWidget()
        self.views.setObjectName("controlViews")
        board_buttons = buttons(self.check_button, self.decide_button)
        board = page(self.summary, self.board_table, board_buttons, stretch=1)
        self.views.addTab(board, self.tr("Board"))
        point_buttons = buttons(self.add_checklist_button, self.add_judgement_button, self.edit_button,
                                self.delete_button, self.ticks_button, self.verdict_button)  # fmt: skip
        self.views.addTab(page(self.point_table, point_buttons), self.tr("Checkpoints"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.views)

    def bar_text(self, checkpoint: Checkpoint) -> str:
        bar = checkpoint.bar
        if isinstance(bar, KpiBar):
            metric = self.metrics.get(bar.kpi_id, "")
            threshold = number(bar.threshold)
            return self.tr("{metric}: no worse than {threshold}").format(metric=metric, threshold=threshold)
        if isinstance(bar, ChecklistBar):
            done, count = len(bar.done), len(bar.items)
            return self.tr("checklist, {done} of {count} done").format(done=done, count=count)
        return bar.question

    def fill(self, state: StrategyState | None, writable: bool) -> None:
        rows: list[BoardRow] = []
        if state is not None:
            rows += [BoardRow("due", c, None) for c in state.board.due]
            rows += [BoardRow("failed", c, v) for c, v in state.board.failed]
            rows += [BoardRow("coming", c, None) for c in state.board.coming]
            self.summary.setText(
                self.tr("Due: {due}; failed or partly: {failed}; coming in two weeks: {coming}").format(
                    due=len(state.board.due), failed=len(state.board.failed), coming=len(state.board.coming)
                )
            )
        else:
            self.summary.setText("")
        self.board.set_rows(rows)
        self.metrics = {k.id: k.metric for k in state.version.kpis} if state else {}
        self.points.set_rows(sorted(state.version.checkpoints, key=lambda c: (c.day, c.id)) if state else [])
        for run in (self.check_button, self.decide_button, self.ticks_button, self.verdict_button):
            run.setEnabled(writable and state is not None)
        editable = writable and state is not None and not state.info.latest.frozen
        for edit in (self.add_checklist_button, self.add_judgement_button, self.edit_button,
                     self.delete_button):  # fmt: skip
            edit.setEnabled(editable)

    def selected_checkpoint(self) -> Checkpoint | None:
        rows = self.point_table.selectionModel().selectedRows()
        return self.points.row_at(rows[0].row()) if rows else None

    def selected_failed(self) -> tuple[Checkpoint, Verdict] | None:
        rows = self.board_table.selectionModel().selectedRows()
        row = self.board.row_at(rows[0].row()) if rows else None
        return (row.checkpoint, row.verdict) if row is not None and row.verdict is not None else None


class HistoryTab(QWidget):
    """Each version with its reason, its approval and what it changed; re-plan and approve."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history: RowTableModel[Any] = RowTableModel([
            ColumnSpec("number", self.tr("Version"), lambda e: e.version.number, str, RIGHT),
            ColumnSpec("reason", self.tr("Why"), lambda e: e.version.reason),
            ColumnSpec("approved", self.tr("Approved"), lambda e: (
                f"{format_date(e.version.approved_on)}, {e.version.approved_by}"
                if e.version.frozen else "")),
            ColumnSpec("changes", self.tr("What it changed"), lambda e: "; ".join(
                c.render(word) for c in e.changes)),  # its words (Goal, target…) translated too
        ], self)  # fmt: skip
        self.history_table = Section.table_view(self.history, "historyTable")
        fit_columns(self.history_table, self.history.column_index("changes"))
        self.history_table.setWordWrap(True)
        self.replan_button = button(self.tr("Re-plan…"), "replanButton")
        self.approve_button = button(self.tr("The client approved…"), "approveButton")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(buttons(self.replan_button, self.approve_button))

    def fill(self, entries: list[Any], writable: bool) -> None:
        self.history.set_rows(entries)
        self.history_table.resizeRowsToContents()
        latest = entries[-1].version if entries else None
        self.replan_button.setEnabled(writable and latest is not None)
        self.approve_button.setEnabled(writable and latest is not None and not latest.frozen)
