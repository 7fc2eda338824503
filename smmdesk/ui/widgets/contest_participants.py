"""The «Участники» tab: entries pasted or imported (read in the background), each shown as it was
given beside its normalized form, set aside with a reason, and the list frozen for the draw."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smmdesk.domain import contests as rules
from smmdesk.i18n import translate
from smmdesk.services import contests as svc
from smmdesk.services.session import in_transaction
from smmdesk.ui.core import ask, background
from smmdesk.ui.core.formatting import format_datetime, format_int
from smmdesk.ui.models.table_model import ColumnSpec, RowTableModel, apply_widths

if TYPE_CHECKING:
    from smmdesk.ui.windows.contests import ContestsWindow

ENTITY = "contests"
SET_ASIDE = QColor("#eeeeee")


class ParticipantsTab(QWidget):
    def __init__(self, section: ContestsWindow) -> None:
        super().__init__(section)
        self.section = section
        self.rows: list[svc.ParticipantRow] = []
        self.search = QLineEdit()
        self.search.setObjectName("participantSearch")
        self.search.setPlaceholderText(self.tr("Find a participant"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.filter())
        self.model: RowTableModel[svc.ParticipantRow] = RowTableModel(
            [
                ColumnSpec("handle", self.tr("Participant"), lambda p: p.handle, width=220),
                ColumnSpec("raw", self.tr("As given"), lambda p: p.raw, width=300),
                ColumnSpec("ineligible", self.tr("Set aside because"), lambda p: p.ineligible, width=220),
            ],
            self,
        )
        self.model.background = lambda p: SET_ASIDE if p.ineligible else None
        self.table = section.table_view(self.model, "contestParticipants")
        apply_widths(self.table, self.model.columns)
        self.summary = QLabel()
        self.summary.setObjectName("contestPeopleSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
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
        self.buttons = (
            self.paste_button,
            self.import_button,
            self.aside_button,
            self.back_button,
            self.freeze_button,
        )
        row = QHBoxLayout()
        for button in self.buttons:
            row.addWidget(button)
        row.addStretch(1)
        return row

    def fill(self, info: svc.ContestInfo, people: list[svc.ParticipantRow], writable: bool) -> None:
        self.rows = people
        self.filter()
        summary = self.tr("Entries {total}, eligible {eligible}, set aside {aside}.").format(
            total=format_int(info.participants),
            eligible=format_int(info.eligible),
            aside=format_int(info.participants - info.eligible),
        )
        if info.frozen_at is not None:
            summary += " " + self.tr("The list is frozen since {when}.").format(
                when=format_datetime(info.frozen_at)
            )
        self.summary.setText(summary)
        for button in self.buttons:
            button.setEnabled(writable and info.frozen_at is None)

    def filter(self) -> None:
        words = self.search.text().casefold().split()
        view = [
            i for i, p in enumerate(self.rows) if all(w in p.handle or w in p.raw.casefold() for w in words)
        ]
        self.model.set_rows(self.rows, view)

    def _edit(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> Any:
        info = self.section.info
        assert info is not None
        done = self.section.edit(text, do, undo, ENTITY, [info.id])
        return done.value if done else None

    def _report(self, added: svc.Added | None) -> None:
        if added is None:
            return
        lines = [
            self.tr("Added: {added}; already in the list or repeated: {repeats}.").format(
                added=len(added.added), repeats=added.repeats
            )
        ]
        if added.rejected:
            lines.append(
                self.tr("Not a handle or a profile link ({count}):").format(count=len(added.rejected))
            )
            lines += [
                self.tr("line {line}: {text}").format(line=n, text=text[:80])
                for n, text in added.rejected[:10]
            ]
        ask.inform(self.section, self.tr("Participants"), "\n".join(lines))

    def paste_list(self, text: str | None = None) -> None:
        db, info = self.section.db, self.section.info
        if db is None or info is None:
            return
        prompt = self.tr("One handle or profile link per line:")
        given = (
            text
            if text is not None
            else ask.text(self.section, self.tr("Paste a list"), prompt, multiline=True)
        )
        if not given:
            return
        self._report(
            self._edit(
                self.tr("Add participants to {title}").format(title=info.title),
                lambda: in_transaction(db, svc.paste_entries, info.id, given),
                lambda done: in_transaction(db, svc.remove_added, info.id, done),
            )
        )

    def import_list(self, path: str | None = None) -> None:
        """A file of entries: read and added in the background (a comment export can be large)."""
        db, info = self.section.db, self.section.info
        if db is None or info is None:
            return
        chosen = path or ask.open_file(
            self.section, self.tr("Import participants"), "", self.tr("Tables and lists (*.csv *.xlsx *.txt)")
        )
        if not chosen:
            return
        source, contest_id = Path(chosen), info.id
        background.edit(
            self.section,
            self.section.ws,
            self.tr("Reading {name}…").format(name=source.name),
            self.tr("Import participants from {name}").format(name=source.name),
            lambda report, cancelled: svc.read_entries(source),
            lambda parsed: in_transaction(db, svc.add_entries, contest_id, parsed),
            lambda done: in_transaction(db, svc.remove_added, contest_id, done),
            ENTITY,
            [contest_id],
            self._report,
        )

    def set_aside(self, reason: str | None = None) -> None:
        db, info = self.section.db, self.section.info
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if db is None or info is None or not rows:
            return
        ids = [self.model.row_at(r).id for r in rows]
        if reason is None:
            choices = [translate("Contests", r) for r in rules.INELIGIBLE_REASONS]
            reason = ask.text(self.section, self.tr("Set aside"), self.tr("Why cannot they win?"), choices)
            if not reason or not reason.strip():
                return
        chosen = reason
        self._edit(
            self.tr("Set aside {count} participants").format(count=len(ids))
            if chosen
            else self.tr("Let {count} participants back in").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_ineligible, info.id, ids, chosen),
            lambda previous: in_transaction(db, svc.restore_ineligible, info.id, previous),
        )

    def freeze(self) -> None:
        db, info = self.section.db, self.section.info
        if db is None or info is None:
            return
        question = self.tr(
            "After freezing, no one can be added or set aside. The draw uses this list. Freeze it?"
        )
        if not ask.confirm(self.section, self.tr("Freeze the list"), question):
            return
        self._edit(
            self.tr("Freeze the list of {title}").format(title=info.title),
            lambda: in_transaction(db, svc.freeze, info.id),
            lambda previous: in_transaction(db, svc.unfreeze, info.id, previous),
        )
