"""Contests: the record and its prizes (with their tax), participants imported, pasted and set aside,
the draw anyone can verify, disqualifications, the protocol to publish and its check."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import contests as rules
from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.domain.money import parse_money
from smmdesk.domain.plural import fill
from smmdesk.domain.text import file_name
from smmdesk.i18n import error_text, translate
from smmdesk.services import contest_protocol as cp
from smmdesk.services import contests as svc
from smmdesk.services.campaigns import list_campaigns
from smmdesk.services.influencers import platforms
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date, format_datetime, format_int, format_money
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.delegates import TYPE_TO_EDIT
from smmdesk.ui.widgets.form_field import Field, FocusOut, add_row, edit_with_field, heading_label
from smmdesk.ui.widgets.optional_date import OptionalDate

ENTITY = "contests"
TAXED = QColor("#fff1d6")
SET_ASIDE = QColor("#eeeeee")


def label(labels: dict[Any, str], key: str, enum: type) -> str:
    return translate("Contests", labels[enum(key)])


class ContestsWindow(QWidget):
    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ContestsWindow")
        self.ws = workspace
        self.settings = settings
        self.info: svc.ContestInfo | None = None

        self.list = QListWidget()
        self.list.setObjectName("contestList")
        self.list.currentItemChanged.connect(
            lambda item, _: self.load(item.data(Qt.ItemDataRole.UserRole) if item else None)
        )
        self.new_button = QPushButton(self.tr("New contest…"))
        self.new_button.clicked.connect(lambda: self.new_contest())
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)

        self.heading = heading_label(self.tr("Choose a contest or make a new one"), "contestHeading")
        self.tabs = QTabWidget()
        self.tabs.addTab(self._record_tab(), self.tr("Contest"))
        self.tabs.addTab(self._prizes_tab(), self.tr("Prizes and costs"))
        self.tabs.addTab(self._participants_tab(), self.tr("Participants"))
        self.tabs.addTab(self._draw_tab(), self.tr("Draw"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        self.detail = right
        self.splitter = QSplitter()
        self.splitter.setObjectName("contestsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        state = settings.state("contests/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([300, 1060])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        workspace.bus.changed.connect(self._on_changed)
        workspace.bus.reset.connect(self.refresh)
        self.refresh()

    # --- the record ---------------------------------------------------------------------------------------

    def _record_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}

        def line(
            key: str, text: str, parse: Callable[[str], Any] = str, show: Callable[[Any], str] = str
        ) -> None:
            edit = QLineEdit()
            edit.setObjectName(f"contest_{key}")
            edit.editingFinished.connect(lambda: self._commit(key))
            self._add(
                form,
                key,
                text,
                edit,
                lambda: parse(edit.text().strip()),
                lambda v: edit.setText("" if v is None else show(v)),
            )

        def combo(key: str, text: str, choices: list[tuple[Any, str]]) -> QComboBox:
            box = QComboBox()
            box.setObjectName(f"contest_{key}")
            for value, shown in choices:
                box.addItem(shown, value)
            box.activated.connect(lambda _: self._commit(key))
            self._add(
                form, key, text, box, box.currentData, lambda v: box.setCurrentIndex(max(box.findData(v), 0))
            )
            return box

        def money(text: str) -> Decimal | None:
            return parse_money(text) if text else None

        def count(text: str) -> int | None:
            from smmdesk.domain.humannum import parse_count

            return parse_count(text) if text else None

        line("title", self.tr("Name:"))
        self.platform_box = combo("platform", self.tr("Platform:"), [])
        line("account", self.tr("Account:"), lambda t: t.lstrip("@"))
        combo(
            "mechanics",
            self.tr("Mechanics:"),
            [(m.value, label(rules.MECHANICS_LABELS, m.value, rules.Mechanics)) for m in rules.Mechanics],
        )
        rules_box = QPlainTextEdit()
        rules_box.setObjectName("contest_rules")
        rules_box.setMaximumHeight(110)
        FocusOut(rules_box, lambda: self._commit("rules"))
        self._add(
            form,
            "rules",
            self.tr("Rules:"),
            rules_box,
            lambda: rules_box.toPlainText().strip(),
            lambda v: rules_box.setPlainText(v or ""),
        )
        for key, text in (("starts_on", self.tr("Entries from:")), ("ends_on", self.tr("Entries until:")),
                          ("announce_on", self.tr("Results announced:"))):  # fmt: skip
            date = OptionalDate()
            date.edited.connect(lambda k=key: self._commit(k))
            self._add(form, key, text, date, date.value, date.set_value)
        line("budget", self.tr("Budget, ₽:"), money, lambda v: format_money(v).replace(" ₽", ""))
        line("other_costs", self.tr("Other costs, ₽:"), money, lambda v: format_money(v).replace(" ₽", ""))
        self.campaign_box = combo("campaign_id", self.tr("Campaign:"), [])
        self.influencer_edit = QLineEdit()
        self.influencer_edit.setPlaceholderText(
            self.tr("the blogger's name as in the base, if the contest is theirs")
        )
        self.influencer_edit.editingFinished.connect(self._commit_influencer)
        self._add(form, "influencer_id", self.tr("Blogger:"), self.influencer_edit, self.influencer_edit.text,
                  lambda v: None)  # fmt: skip
        combo(
            "status",
            self.tr("Status:"),
            [
                (s.value, label(rules.STATUS_LABELS, s.value, rules.ContestStatus))
                for s in rules.ContestStatus
            ],
        )
        private = QCheckBox(
            self.tr("Do not publish the list of participants in the protocol (its hash and size only)")
        )
        private.toggled.connect(lambda _: self._commit("list_private"))
        self._add(form, "list_private", "", private, private.isChecked, lambda v: private.setChecked(bool(v)))
        line("new_followers", self.tr("New followers:"), count, lambda v: format_int(v))
        line("reach", self.tr("Reach:"), count, lambda v: format_int(v))
        self.delete_button = QPushButton(self.tr("Delete the contest"))
        self.delete_button.clicked.connect(self.delete_contest)
        form.addRow("", self.delete_button)
        return page

    def _add(self, form: QFormLayout, key: str, text: str, widget: QWidget, get: Callable[[], Any],
             show: Callable[[Any], None]) -> None:  # fmt: skip
        self.fields[key] = Field(widget, get, show)
        add_row(form, text, self.fields[key])

    def _commit(self, key: str) -> None:
        if self.info is None:
            return
        field = self.fields[key]
        try:
            value = field.get()
        except (ValidationError, ValueError) as exc:
            field.fail(error_text(exc) if isinstance(exc, ValidationError) else self.tr("Not a number."))
            return
        if value == self.info.values.get(key) or (
            value in ("", None) and self.info.values.get(key) in ("", None)
        ):
            field.clear()
            return
        self.save({key: value}, field)

    def _commit_influencer(self) -> None:
        from smmdesk.services.influencers import find_by_name

        db, field = self.ws.db, self.fields["influencer_id"]
        if self.info is None or db is None:
            return
        name = self.influencer_edit.text().strip()
        if name == self.info.influencer_name:
            return
        found = reading(db, find_by_name, name) if name else None
        if name and found is None:
            field.fail(self.tr("No one called {name} in the base.").format(name=name))
            return
        self.save({"influencer_id": found}, field)

    def save(self, changes: dict[str, Any], field: Field | None = None) -> bool:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return False
        return edit_with_field(
            self.ws, self, field,
            self.tr("Change the contest {title}").format(title=info.title),
            lambda: in_transaction(db, svc.update_contest, info.id, changes),
            lambda previous: in_transaction(db, svc.restore_contest, info.id, previous),
            ENTITY, [info.id],
        )  # fmt: skip

    # --- prizes -------------------------------------------------------------------------------------------

    def _prizes_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.prizes_model: RowTableModel[rules.Prize] = RowTableModel(
            [
                ColumnSpec(
                    "name",
                    self.tr("Prize"),
                    lambda p: p.name,
                    edit=lambda p, v: self._edit_prize(p, "name", v),
                ),
                ColumnSpec(
                    "quantity",
                    self.tr("Quantity"),
                    lambda p: p.quantity,
                    align=RIGHT,
                    edit=lambda p, v: self._edit_prize(p, "quantity", v),
                ),
                ColumnSpec(
                    "value",
                    self.tr("Value each"),
                    lambda p: p.value,
                    format_money,
                    RIGHT,
                    edit=lambda p, v: self._edit_prize(p, "value", v),
                    edit_value=lambda p: str(p.value).replace(".", ","),
                ),
                ColumnSpec(
                    "sponsor",
                    self.tr("Sponsor"),
                    lambda p: p.sponsor,
                    edit=lambda p, v: self._edit_prize(p, "sponsor", v),
                ),
                ColumnSpec(
                    "tax",
                    self.tr("Personal income tax"),
                    lambda p: p.taxed,
                    lambda taxed: self.tr("due: worth over 4 000 ₽") if taxed else "—",
                ),
            ],
            self,
        )
        self.prizes_model.background = lambda p: TAXED if p.taxed else None
        self.prizes = QTableView()
        self.prizes.setObjectName("contestPrizes")
        self.prizes.setModel(self.prizes_model)
        self.prizes.setEditTriggers(TYPE_TO_EDIT)
        self.prizes.verticalHeader().hide()
        for index, width in enumerate((260, 90, 130, 180, 220)):
            self.prizes.setColumnWidth(index, width)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add a prize"))
        add.clicked.connect(self.add_prize)
        remove = QPushButton(self.tr("Remove the prize"))
        remove.clicked.connect(self.remove_prize)
        self.prize_buttons = (add, remove)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.costs = QLabel()
        self.costs.setObjectName("contestCosts")
        self.costs.setWordWrap(True)
        self.prize_message = QLabel()
        self.prize_message.setObjectName("fieldError")
        hint = QLabel(
            self.tr(
                "A prize worth over 4 000 ₽ a year to one winner is subject to personal income tax (НДФЛ): "
                "the organiser withholds it or tells the winner. Such prizes are highlighted."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(self.prizes, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.prize_message)
        layout.addWidget(self.costs)
        layout.addWidget(hint)
        return page

    def _set_prizes(self, prizes: list[rules.Prize]) -> bool:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return False
        try:
            self.ws.edit(
                self.tr("Prizes of {title}").format(title=info.title),
                lambda: in_transaction(db, svc.set_prizes, info.id, prizes),
                lambda previous: in_transaction(db, svc.set_prizes, info.id, previous),
                ENTITY,
                [info.id],
            )
        except ValidationError as exc:
            self.prize_message.setText(error_text(exc))
            return False
        self.prize_message.clear()
        return True

    def _edit_prize(self, prize: rules.Prize, key: str, typed: Any) -> bool:
        if self.info is None:
            return False
        text = str(typed).strip()
        try:
            value: Any = text
            if key == "quantity":
                value = int(text)
            elif key == "value":
                value = parse_money(text)
        except (ValueError, ValidationError):
            self.prize_message.setText(self.tr("Not a number: {text}").format(text=text))
            return False
        changed = rules.Prize(**{**prize.__dict__, key: value})
        prizes = [changed if p is prize else p for p in self.info.prizes]
        return prizes != self.info.prizes and self._set_prizes(prizes)

    def add_prize(self) -> None:
        if self.info is not None:
            self._set_prizes([*self.info.prizes, rules.Prize(self.tr("Prize"), 1, Decimal(1000))])

    def remove_prize(self) -> None:
        index = self.prizes.currentIndex()
        if self.info is not None and index.isValid():
            doomed = self.prizes_model.row_at(index.row())
            self._set_prizes([p for p in self.info.prizes if p is not doomed])

    # --- participants -------------------------------------------------------------------------------------

    def _participants_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.people_search = QLineEdit()
        self.people_search.setPlaceholderText(self.tr("Find a participant"))
        self.people_search.setClearButtonEnabled(True)
        self.people_search.textChanged.connect(lambda _: self._filter_people())
        self.people_model: RowTableModel[svc.ParticipantRow] = RowTableModel(
            [
                ColumnSpec("handle", self.tr("Participant"), lambda p: p.handle),
                ColumnSpec("raw", self.tr("As given"), lambda p: p.raw),
                ColumnSpec("ineligible", self.tr("Set aside because"), lambda p: p.ineligible),
            ],
            self,
        )
        self.people_model.background = lambda p: SET_ASIDE if p.ineligible else None
        self.people = QTableView()
        self.people.setObjectName("contestParticipants")
        self.people.setModel(self.people_model)
        self.people.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.people.verticalHeader().hide()
        for index, width in enumerate((240, 320, 240)):
            self.people.setColumnWidth(index, width)
        self.people_rows: list[svc.ParticipantRow] = []
        buttons = QHBoxLayout()
        self.paste_button = QPushButton(self.tr("Paste a list…"))
        self.paste_button.clicked.connect(lambda: self.paste_list())
        self.import_button = QPushButton(self.tr("Import a file…"))
        self.import_button.setToolTip(
            self.tr("A comment export (CSV, XLSX) with the author in a column, or a text file")
        )
        self.import_button.clicked.connect(lambda: self.import_list())
        self.aside_button = QPushButton(self.tr("Set aside…"))
        self.aside_button.clicked.connect(lambda: self.set_aside())
        self.back_button = QPushButton(self.tr("Let back in"))
        self.back_button.clicked.connect(lambda: self.set_aside(""))
        self.freeze_button = QPushButton(self.tr("Freeze the list"))
        self.freeze_button.clicked.connect(self.freeze)
        self.list_buttons = (
            self.paste_button,
            self.import_button,
            self.aside_button,
            self.back_button,
            self.freeze_button,
        )
        for button in self.list_buttons:
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.people_summary = QLabel()
        self.people_summary.setObjectName("contestPeopleSummary")
        self.people_summary.setWordWrap(True)
        layout.addWidget(self.people_search)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.people_summary)
        layout.addLayout(buttons)
        return page

    def _filter_people(self) -> None:
        words = self.people_search.text().casefold().split()
        view = [
            i
            for i, p in enumerate(self.people_rows)
            if all(w in p.handle or w in p.raw.casefold() for w in words)
        ]
        self.people_model.set_rows(self.people_rows, view)

    def _list_edit(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> Any:
        info = self.info
        assert info is not None
        try:
            return self.ws.edit(text, do, undo, ENTITY, [info.id])
        except SmmError as exc:
            show_error(self, exc)
            return None

    def _report_added(self, added: svc.Added | None) -> None:
        if added is None:
            return
        lines = [self.tr("Added: {added}; already in the list or repeated: {repeats}.").format(
            added=len(added.added), repeats=added.repeats)]  # fmt: skip
        if added.rejected:
            lines.append(
                self.tr("Not a handle or a profile link ({count}):").format(count=len(added.rejected))
            )
            lines += [
                self.tr("line {line}: {text}").format(line=n, text=text[:80])
                for n, text in added.rejected[:10]
            ]
        ask.inform(self, self.tr("Participants"), "\n".join(lines))

    def paste_list(self, text: str | None = None) -> None:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return
        prompt = self.tr("One handle or profile link per line:")
        given = text if text is not None else ask.text(self, self.tr("Paste a list"), prompt, multiline=True)
        if not given:
            return
        added = self._list_edit(
            self.tr("Add participants to {title}").format(title=info.title),
            lambda: in_transaction(db, svc.paste_entries, info.id, given),
            lambda done: in_transaction(db, svc.remove_added, info.id, done),
        )
        self._report_added(added)

    def import_list(self, path: str | None = None) -> None:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return
        chosen = path or ask.open_file(
            self, self.tr("Import participants"), "", self.tr("Tables and lists (*.csv *.xlsx *.txt)")
        )
        if not chosen:
            return
        added = self._list_edit(
            self.tr("Import participants from {name}").format(name=Path(chosen).name),
            lambda: in_transaction(db, svc.import_entries, info.id, Path(chosen)),
            lambda done: in_transaction(db, svc.remove_added, info.id, done),
        )
        self._report_added(added)

    def set_aside(self, reason: str | None = None) -> None:
        db, info = self.ws.db, self.info
        rows = sorted({index.row() for index in self.people.selectionModel().selectedRows()})
        if db is None or info is None or not rows:
            return
        ids = [self.people_model.row_at(r).id for r in rows]
        if reason is None:
            choices = [translate("Contests", r) for r in rules.INELIGIBLE_REASONS]
            reason = ask.text(self, self.tr("Set aside"), self.tr("Why cannot they win?"), choices)
            if not reason or not reason.strip():
                return
        self._list_edit(
            self.tr("Set aside {count} participants").format(count=len(ids)) if reason
            else self.tr("Let {count} participants back in").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_ineligible, info.id, ids, reason),
            lambda previous: in_transaction(db, svc.restore_ineligible, info.id, previous),
        )  # fmt: skip

    def freeze(self) -> None:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return
        question = self.tr(
            "After freezing, no one can be added or set aside. The draw uses this list. Freeze it?"
        )
        if not ask.confirm(self, self.tr("Freeze the list"), question):
            return
        self._list_edit(
            self.tr("Freeze the list of {title}").format(title=info.title),
            lambda: in_transaction(db, svc.freeze, info.id),
            lambda previous: in_transaction(db, svc.unfreeze, info.id, previous),
        )

    # --- the draw -----------------------------------------------------------------------------------------

    def _draw_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.seed = QLineEdit()
        self.seed.setObjectName("contestSeed")
        self.seed.setPlaceholderText(
            self.tr("announced before the draw, e.g. “28.11.2026 20:00, the closing EUR rate and a phrase”")
        )
        self.redraw_reason = QLineEdit()
        self.redraw_reason.setObjectName("contestRedrawReason")
        self.redraw_reason.setPlaceholderText(self.tr("only for drawing again: why"))
        form.addRow(self.tr("Seed:"), self.seed)
        form.addRow(self.tr("Reason for a new draw:"), self.redraw_reason)
        layout.addLayout(form)
        self.draw_button = QPushButton(self.tr("Draw the winners"))
        self.draw_button.setObjectName("drawButton")
        self.draw_button.clicked.connect(lambda: self.run_draw())
        self.draw_message = QLabel()
        self.draw_message.setObjectName("fieldError")
        self.draw_message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.draw_button)
        top.addWidget(self.draw_message, 1)
        layout.addLayout(top)
        self.draw_facts = QLabel()
        self.draw_facts.setObjectName("drawFacts")
        self.draw_facts.setWordWrap(True)
        self.draw_facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.draw_facts)
        self.winners_model: RowTableModel[tuple[int, str, rules.Prize]] = RowTableModel(
            [
                ColumnSpec("place", self.tr("Place"), lambda w: w[0], align=RIGHT),
                ColumnSpec("winner", self.tr("Winner"), lambda w: w[1]),
                ColumnSpec("prize", self.tr("Prize"), lambda w: w[2].name),
                ColumnSpec(
                    "tax",
                    self.tr("Personal income tax"),
                    lambda w: w[2].taxed,
                    lambda taxed: self.tr("due: worth over 4 000 ₽") if taxed else "—",
                ),
            ],
            self,
        )
        self.winners = QTableView()
        self.winners.setObjectName("contestWinners")
        self.winners.setModel(self.winners_model)
        self.winners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.winners.verticalHeader().hide()
        for index, width in enumerate((60, 260, 260, 220)):
            self.winners.setColumnWidth(index, width)
        layout.addWidget(self.winners, 1)
        self.disqualified = QLabel()
        self.disqualified.setWordWrap(True)
        layout.addWidget(self.disqualified)
        buttons = QHBoxLayout()
        self.disqualify_button = QPushButton(self.tr("Disqualify the winner…"))
        self.disqualify_button.clicked.connect(lambda: self.disqualify())
        xlsx = QPushButton(self.tr("Protocol (XLSX)…"))
        xlsx.clicked.connect(lambda: self.export_protocol(".xlsx"))
        pdf = QPushButton(self.tr("Protocol (PDF)…"))
        pdf.clicked.connect(lambda: self.export_protocol(".pdf"))
        verify = QPushButton(self.tr("Verify a protocol…"))
        verify.setToolTip(self.tr("Recompute a draw from its XLSX protocol, as a participant would"))
        verify.clicked.connect(lambda: self.verify_protocol())
        self.protocol_buttons = (xlsx, pdf)
        for button in (self.disqualify_button, xlsx, pdf, verify):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def run_draw(self) -> bool:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return False
        seed, reason = self.seed.text(), self.redraw_reason.text()
        try:
            self.ws.edit(
                self.tr("Draw {title}").format(title=info.title),
                lambda: in_transaction(db, svc.run_draw, info.id, seed, reason),
                lambda change: in_transaction(db, svc.undo_draw, info.id, change),
                ENTITY,
                [info.id],
            )
        except ValidationError as exc:
            self.draw_message.setText(error_text(exc))
            return False
        self.draw_message.clear()
        self.redraw_reason.clear()
        return True

    def disqualify(self, reason: str | None = None) -> bool:
        db, info = self.ws.db, self.info
        index = self.winners.currentIndex()
        if db is None or info is None or not index.isValid():
            return False
        _, winner, _ = self.winners_model.row_at(index.row())
        if reason is None:
            choices = [translate("Contests", r) for r in rules.INELIGIBLE_REASONS]
            reason = ask.text(
                self, self.tr("Disqualify {winner}").format(winner=winner), self.tr("Why?"), choices
            )
            if not reason:
                return False
        try:
            self.ws.edit(
                self.tr("Disqualify {winner}").format(winner=winner),
                lambda: in_transaction(db, svc.disqualify, info.id, winner, reason),
                lambda done: in_transaction(db, svc.undo_disqualify, info.id, done),
                ENTITY,
                [info.id],
            )
        except ValidationError as exc:
            self.draw_message.setText(error_text(exc))
            return False
        return True

    def export_protocol(self, suffix: str, path: str | None = None) -> Path | None:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return None
        suggested = file_name(f"Протокол — {info.title}") + suffix
        kind = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
        chosen = path or ask.save_file(self, self.tr("The protocol of the draw"), suggested, kind)
        if not chosen:
            return None
        target = Path(chosen).with_suffix(suffix)
        try:
            reading(db, cp.export_protocol, info.id, target)
        except SmmError as exc:
            show_error(self, exc)
            return None
        except OSError as exc:
            ask.warn(self, self.tr("The protocol of the draw"), str(exc))
            return None
        return target

    def verify_protocol(self, path: str | None = None) -> bool:
        chosen = path or ask.open_file(self, self.tr("Verify a protocol"), "", "Excel (*.xlsx)")
        if not chosen:
            return False
        try:
            check = cp.verify_protocol(Path(chosen))
        except SmmError as exc:
            show_error(self, exc)
            return False
        if check.matches:
            ask.inform(
                self,
                self.tr("Verify a protocol"),
                self.tr("The protocol verifies: the draw gives the same winners."),
            )
        else:
            ask.warn(
                self,
                self.tr("Verify a protocol"),
                self.tr("The protocol does not verify:") + "\n" + "\n".join(check.messages(translate)),
            )
        return check.matches

    # --- showing ------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.ws.db
        current = self.info.id if self.info else None
        self.list.blockSignals(True)
        self.list.clear()
        for contest in reading(db, svc.list_contests) if db is not None else []:
            period = " — ".join(format_date(d) for d in (contest.starts_on, contest.ends_on) if d)
            status = label(rules.STATUS_LABELS, contest.status, rules.ContestStatus)
            item = QListWidgetItem(
                f"{contest.title}\n{period}  ·  {status}  ·  {format_int(contest.participants)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, contest.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.new_button.setEnabled(db is not None and not self.ws.read_only)
        if db is not None:
            self.platform_box.clear()
            self.platform_box.addItem("—", "")
            for code, title in reading(db, platforms):
                self.platform_box.addItem(title, code)
            self.campaign_box.clear()
            self.campaign_box.addItem("—", None)
            for campaign in reading(db, list_campaigns):
                self.campaign_box.addItem(f"{campaign.client_name} — {campaign.name}", campaign.id)
        self.select(current)

    def select(self, contest_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == contest_id:
                self.list.setCurrentRow(row)
                self.load(contest_id)
                return
        if self.list.count() and contest_id is None:
            self.list.setCurrentRow(0)
        else:
            self.load(None)

    def load(self, contest_id: int | None) -> None:
        db = self.ws.db
        if contest_id is None or db is None:
            self.info = None
            self.heading.setText(self.tr("Choose a contest or make a new one"))
            self.tabs.setEnabled(False)
            return
        with db.reading() as session:
            self.info = info = svc.load_contest(session, contest_id)
            self.people_rows = svc.participants(session, contest_id)
        self.tabs.setEnabled(True)
        self.heading.setText(info.title)
        for key, field in self.fields.items():
            field.show(info.values.get(key))
            field.clear()
        self.influencer_edit.setText(info.influencer_name)
        self.prizes_model.set_rows(info.prizes)
        costs = info.costs
        budget = info.values["budget"]
        over = budget is not None and costs.total > budget
        over_text = (
            self.tr(" — over the budget of {budget}").format(budget=format_money(budget)) if over else ""
        )
        costs_text = self.tr(
            "Prizes {prizes}; other costs {other}; in all {total}{over}; per eligible participant {each}."
        )
        self.costs.setText(
            costs_text.format(
                prizes=format_money(costs.prizes),
                other=format_money(costs.other),
                total=format_money(costs.total),
                each=format_money(costs.per_participant),
                over=over_text,
            )
        )
        self._filter_people()
        frozen = info.frozen_at is not None
        summary = self.tr("Entries {total}, eligible {eligible}, set aside {aside}.").format(
            total=format_int(info.participants),
            eligible=format_int(info.eligible),
            aside=format_int(info.participants - info.eligible),
        )
        if frozen:
            summary += " " + self.tr("The list is frozen since {when}.").format(
                when=format_datetime(info.frozen_at)
            )
        self.people_summary.setText(summary)
        writable = not self.ws.read_only
        for button in self.list_buttons:
            button.setEnabled(writable and not frozen)
        self.prizes_model.editable = writable and info.draw is None
        for button in self.prize_buttons:
            button.setEnabled(writable and info.draw is None)
        self._show_draw(info, writable)

    def _show_draw(self, info: svc.ContestInfo, writable: bool) -> None:
        draw = info.draw
        self.winners_model.set_rows(svc.winners_with_prizes(info))
        self.draw_button.setText(self.tr("Draw again") if draw else self.tr("Draw the winners"))
        self.draw_button.setEnabled(writable)
        self.redraw_reason.setEnabled(draw is not None)
        self.disqualify_button.setEnabled(writable and draw is not None)
        for button in self.protocol_buttons:
            button.setEnabled(draw is not None)
        if draw is None:
            waiting = self.tr("Not drawn yet. {places} places for {eligible} eligible participants.")
            self.draw_facts.setText(waiting.format(places=info.places, eligible=format_int(info.eligible)))
            self.disqualified.clear()
            return
        self.seed.setText(draw.seed)
        facts = fill(
            self.tr(
                "Drawn {when} from {count:participant|participants}. Seed: «{seed}». List hash (SHA-256): {hash}"  # noqa: E501
            ),
            when=format_datetime(draw.drawn_at),
            count=format_int(draw.participants),
            seed=draw.seed,
            hash=draw.list_hash,
        )
        if draw.redraw_reason:
            facts += "\n" + self.tr("Drawn again: {reason}").format(reason=draw.redraw_reason)
        self.draw_facts.setText(facts)
        self.disqualified.setText(
            "\n".join(
                self.tr("Disqualified: {who} — {why}").format(who=who, why=why)
                for who, why, _ in draw.disqualified
            )
        )

    # --- contests -----------------------------------------------------------------------------------------

    def new_contest(self, title: str | None = None) -> int | None:
        db = self.ws.db
        if db is None:
            return None
        name = title or ask.text(self, self.tr("New contest"), self.tr("Name:"))
        if not name or not name.strip():
            return None
        today = dt.date.today()
        created = self.ws.edit(
            self.tr("New contest {title}").format(title=name),
            lambda: in_transaction(
                db, svc.create_contest, name, starts_on=today, ends_on=today + dt.timedelta(days=14)
            ),
            lambda contest_id: in_transaction(db, svc.delete_contest, contest_id),
            ENTITY,
            None,
        )
        self.select(created)
        return int(created)

    def delete_contest(self) -> None:
        db, info = self.ws.db, self.info
        if db is None or info is None:
            return
        question = self.tr("Delete {title} with its prizes and participants?").format(title=info.title)
        if not ask.confirm(self, self.tr("Delete the contest"), question):
            return
        try:
            self.ws.edit(
                self.tr("Delete the contest {title}").format(title=info.title),
                lambda: in_transaction(db, svc.delete_contest, info.id),
                lambda snapshot: in_transaction(db, svc.restore_deleted, snapshot),
                ENTITY,
                None,
            )
        except SmmError as exc:
            show_error(self, exc)
            return
        self.info = None
        self.refresh()

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity in (ENTITY, "campaigns", "influencers"):
            self.refresh()

    def save_layout(self) -> None:
        self.settings.set_state("contests/splitter", self.splitter.saveState())

    def focus_search(self) -> None:
        self.people_search.setFocus()
