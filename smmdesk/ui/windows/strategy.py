"""Стратегия: a strategy per client (or the agency's own brand) and period, chosen at the top, in
seven tabs — goals and KPIs, the plan with initiatives and RACI, people and load, motivation,
control (the board of checkpoints and every checkpoint), coordinate (re-plan with a reason, the
client's approval, the history) and charts. Every figure is computed by the services from what is
stored and what the program measures; every edit is one undoable step (the forms of the items are
in `strategy_edits`, `strategy_run_edits` and `strategy_forms`)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from smmdesk.domain.strategy.plan import TaskStatus
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_import as imp
from smmdesk.services import strategy_items as items
from smmdesk.services.session import in_transaction, reading
from smmdesk.services.strategy_document import export_strategy
from smmdesk.services.strategy_state import StrategyState, strategy_state
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.widgets.strategy_charts import ChartsTab
from smmdesk.ui.widgets.strategy_run_tabs import ControlTab, HistoryTab, MotivationTab
from smmdesk.ui.widgets.strategy_tabs import GoalsTab, PeopleTab, PlanTab
from smmdesk.ui.windows import strategy_edits, strategy_run_edits
from smmdesk.ui.windows import strategy_forms as forms
from smmdesk.ui.windows.section import Section

ENTITY = "strategies"


class StrategySection(Section):
    KEY = "strategy"
    ENTITIES = (ENTITY, "campaigns", "contests", "placements", "clients")

    def build(self) -> None:
        self.state: StrategyState | None = None
        self.day = dt.date.today()
        self.choice = QComboBox()
        self.choice.setObjectName("strategyChoice")
        self.choice.setMinimumContentsLength(30)
        self.choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.choice.currentIndexChanged.connect(lambda _: self.load(self.choice.currentData()))
        self.new_button = QPushButton(self.tr("New strategy…"))
        self.new_button.setObjectName("newStrategyButton")
        self.new_button.clicked.connect(lambda: self.new_strategy())
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setObjectName("exportStrategyButton")
        self.export_button.clicked.connect(lambda: self.export())
        self.facts = QLabel()
        self.facts.setObjectName("strategyFacts")
        top = QWidget()
        bar = QHBoxLayout(top)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.choice)  # as wide as the strategy's name; the facts take the rest
        bar.addWidget(self.facts, 1)
        bar.addWidget(self.export_button)
        bar.addWidget(self.new_button)
        self.goals, self.plan, self.people = GoalsTab(self), PlanTab(self), PeopleTab(self)
        self.motivation, self.control, self.history = MotivationTab(self), ControlTab(self), HistoryTab(self)
        self.charts = ChartsTab(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("strategyTabs")
        for tab, title in (
            (self.goals, self.tr("Goals and KPIs")),
            (self.plan, self.tr("Plan")),
            (self.people, self.tr("People and load")),
            (self.motivation, self.tr("Motivation")),
            (self.control, self.tr("Control")),
            (self.history, self.tr("Versions")),
            (self.charts, self.tr("Charts")),
        ):
            self.tabs.addTab(tab, title)
        self.plan.done_button.clicked.connect(lambda: self.mark_done())
        self.plan.import_button.clicked.connect(lambda: self.import_sheet("tasks"))
        self.people.import_button.clicked.connect(lambda: self.import_sheet("executors"))
        self.control.check_button.clicked.connect(lambda: self.check())
        self.history.replan_button.clicked.connect(lambda: self.replan())
        self.history.approve_button.clicked.connect(lambda: self.approve())
        strategy_edits.connect(self)
        strategy_run_edits.connect(self)
        forms.connect(self)
        layout = QVBoxLayout(self)
        layout.addWidget(top)
        layout.addWidget(self.tabs, 1)

    # --- showing ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db
        current = self.choice.currentData()
        self.choice.blockSignals(True)
        self.choice.clear()
        summaries: list[st.StrategySummary] = []
        if db is not None:
            with db.reading() as session:
                summaries = st.list_strategies(session)
        for s in summaries:
            owner = s.client_name or self.tr("the agency's own brand")
            self.choice.addItem(f"{s.title} — {owner}", s.id)
        self.choice.blockSignals(False)
        self.new_button.setEnabled(self.writable)
        self.select(current)

    def refresh(self, changes: Changes) -> None:
        if ENTITY in changes:
            self.reload()
        else:
            self.load(self.choice.currentData())

    def select(self, strategy_id: int | None) -> None:
        index = self.choice.findData(strategy_id) if strategy_id is not None else -1
        if index < 0 and self.choice.count():
            index = 0
        self.choice.blockSignals(True)
        self.choice.setCurrentIndex(index)
        self.choice.blockSignals(False)
        self.load(self.choice.currentData())

    def load(self, strategy_id: int | None) -> None:
        db = self.db
        entries: list[Any] = []
        self.state = None
        if db is not None and strategy_id is not None:
            with db.reading() as session:
                self.state = strategy_state(session, st.latest_version(session, strategy_id), self.day)
                entries = st.history(session, strategy_id)
        state, writable = self.state, self.writable
        self.tabs.setEnabled(state is not None)
        if state is None:
            self.facts.setText(self.tr("Make a strategy for a client or for the agency's own brand"))
        else:
            latest = state.info.latest
            status = (
                self.tr("approved {day}").format(day=format_date(latest.approved_on))
                if latest.frozen
                else self.tr("draft")
            )
            self.facts.setText(
                self.tr("{start} — {end} · version {number}, {status}").format(
                    start=format_date(state.info.period_from), end=format_date(state.info.period_to),
                    number=latest.number, status=status,
                )
            )  # fmt: skip
        self.goals.fill(state, writable)
        self.plan.fill(state, writable)
        self.people.fill(state, writable)
        self.motivation.fill(state, writable)
        self.control.fill(state, writable)
        self.history.fill(entries, writable)
        self.charts.fill(state)
        self.export_button.setEnabled(state is not None)
        self.people.import_button.setEnabled(writable and state is not None and not state.info.latest.frozen)
        self.plan.import_button.setEnabled(writable and state is not None and not state.info.latest.frozen)

    # --- edits --------------------------------------------------------------------------------------------

    def _step(self, text: str, do: Any, undo: Any) -> Any:
        state = self.state
        return self.edit(text, do, undo, ENTITY, [state.info.id] if state else None)

    def new_record(self) -> bool:
        if not self.writable:
            return False
        self.new_strategy()
        return True

    def new_strategy(self, title: str | None = None) -> int | None:
        """A new strategy: named in a small form with whose it is and its period (this month and
        the two after it proposed); with `title`, the agency's own for those three months."""
        from smmdesk.services import campaigns as camp
        from smmdesk.ui.dialogs.strategy_new_dialog import NewStrategyDialog

        db = self.db
        if db is None:
            return None
        clients = [(c.id, c.name) for c in reading(db, camp.list_clients)]
        dialog = NewStrategyDialog(clients, dt.date.today(), self)
        dialog.save = lambda values: self.ws.edit(
            self.tr("New strategy {title}").format(title=values["title"].strip()),
            lambda: in_transaction(db, st.create_strategy, **values),
            lambda strategy_id: in_transaction(db, st.delete_strategy, strategy_id),
            ENTITY,
        )
        if title is not None:
            dialog.title.setText(title)
            dialog.accept()
        elif not dialog.exec():
            return None
        if dialog.result_value is None:
            return None
        self.reload()
        self.select(dialog.result_value)
        return int(dialog.result_value)

    def replan(self, reason: str | None = None) -> bool:
        db, state = self.db, self.state
        if db is None or state is None:
            return False
        why = reason or ask.text(self, self.tr("Re-plan"), self.tr("Why is the plan changed?"))
        if not why or not why.strip():
            return False
        sid = state.info.id
        return bool(self._step(
            self.tr("Re-plan: {reason}").format(reason=why),
            lambda: in_transaction(db, st.new_version, sid, why),
            lambda version_id: in_transaction(db, st.drop_version, version_id),
        ))  # fmt: skip

    def approve(self, by: str | None = None) -> bool:
        db, state = self.db, self.state
        if db is None or state is None:
            return False
        who = by or ask.text(self, self.tr("The client approved"), self.tr("Who approved it:"))
        if not who or not who.strip():
            return False
        version_id = state.info.latest.id
        return bool(self._step(
            self.tr("Approval of version {number}").format(number=state.info.latest.number),
            lambda: in_transaction(db, st.approve, version_id, who, dt.date.today()),
            lambda _: in_transaction(db, st.withdraw_approval, version_id),
        ))  # fmt: skip

    def check(self) -> bool:
        db, state = self.db, self.state
        if db is None or state is None:
            return False
        sid, day = state.info.id, self.day
        done = self._step(
            self.tr("Check the checkpoints"),
            lambda: in_transaction(db, ctl.check, sid, day),
            lambda run: in_transaction(db, ctl.undo_check, sid, run),
        )
        if done:
            judged = [o for o in done.value.outcomes if o.new]
            self.post(self.tr("Checkpoints judged: {count}").format(count=len(judged)))
        return bool(done)

    def mark_done(self) -> bool:
        db, state = self.db, self.state
        task = self.plan.selected_task()
        if db is None or state is None or task is None:
            return False
        version_id = state.version_id
        return bool(self._step(
            self.tr("Task done: {title}").format(title=task.title),
            lambda: in_transaction(db, items.set_status, version_id, task.id, TaskStatus.DONE),
            lambda previous: in_transaction(db, items.set_status, version_id, task.id, previous),
        ))  # fmt: skip

    # --- files --------------------------------------------------------------------------------------------

    def export(self, path: str | None = None) -> Path | None:
        """The client's document (PDF, XLSX, in Russian) or the calendar (ICS), written in the background."""
        db, state = self.db, self.state
        if db is None or state is None:
            return None
        kinds = "PDF (*.pdf);;Excel (*.xlsx);;iCalendar (*.ics)"
        chosen = path or ask.save_file(self, self.tr("Export the strategy"), state.info.title, kinds)
        if not chosen:
            return None
        # «.xlsx» or «.ics» typed is kept; any other name gets «.pdf» appended, never replaced, and a
        # file of that name already there is replaced only when the planner says so.
        found = ask.export_targets(self, chosen, [".pdf"], [".xlsx", ".ics"])
        if not found:
            return None
        (target,) = found
        sid = state.info.id
        from smmdesk.i18n import translator_for

        russian = translator_for("ru")  # the client's document is in Russian whatever the interface
        self.export_files(
            self.tr("Writing the strategy…"),
            [target],
            lambda paths, report, cancelled: reading(db, export_strategy, sid, paths[0], russian),
            lambda _: self.post(self.tr("The strategy is saved: {path}").format(path=target)),
        )
        return target

    def import_sheet(self, what: str, path: str | None = None) -> bool:
        """Tasks or people from a CSV/XLSX sheet: a preview of what it adds and changes, then one step."""
        db, state = self.db, self.state
        if db is None or state is None:
            return False
        title = self.tr("Import tasks") if what == "tasks" else self.tr("Import people")
        chosen = path or ask.open_file(self, title, "", self.tr("Tables (*.csv *.xlsx)"))
        if not chosen:
            return False
        version_id = state.version_id
        preview_of: Any = imp.preview_tasks if what == "tasks" else imp.preview_executors
        apply: Any = imp.import_tasks if what == "tasks" else imp.import_executors
        try:
            preview = reading(db, preview_of, version_id, Path(chosen))
        except Exception as exc:  # a file that cannot be read: said in words, nothing written
            from smmdesk.i18n import error_text

            ask.warn(self, title, error_text(exc))
            return False
        row = self.tr("row {row}: {reason}")  # each note with the sheet's row it is about
        notes = [
            row.format(row=note.row, reason=note.render(QCoreApplication.translate))
            for note in (*preview.skipped, *preview.warnings)
        ]
        question = self.tr("Add {added}, update {updated}, skip {skipped}?").format(
            added=len(preview.add), updated=len(preview.update), skipped=len(preview.skipped)
        )
        if not ask.confirm(self, title, "\n".join([question, *notes[:12]])):
            return False
        made: list[Any] = []

        def do() -> Any:
            if made:
                return in_transaction(db, imp.redo_import, made[-1])
            change = in_transaction(db, apply, version_id, preview)
            made.append(change)
            return change

        def undo(change: Any) -> None:
            made.append(in_transaction(db, imp.undo_import, change))

        return bool(self._step(title, do, undo))
