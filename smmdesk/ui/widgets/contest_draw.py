"""The «Розыгрыш» tab: the phrase announced in advance, the draw anyone can verify, the winners and
their tax, disqualifications, and the protocol to publish (written in the background) and checked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smmdesk.domain import contests as rules
from smmdesk.domain.errors import SmmError
from smmdesk.domain.plural import fill
from smmdesk.domain.protocol import DEFAULT_TIME_ZONE
from smmdesk.domain.text import file_name
from smmdesk.i18n import translate
from smmdesk.services import contest_protocol as cp
from smmdesk.services import contests as svc
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date, format_int, format_zoned
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths

if TYPE_CHECKING:
    from smmdesk.ui.windows.contests import ContestsWindow

ENTITY = "contests"
Winner = tuple[int, str, rules.Prize]


class DrawTab(QWidget):
    def __init__(self, section: ContestsWindow) -> None:
        super().__init__(section)
        self.section = section
        self.today: Callable[[], dt.date] = dt.date.today
        self.seed = QLineEdit()
        self.seed.setObjectName("contestSeed")
        self.seed.setPlaceholderText(self.tr("e.g. “28.11.2026 20:00, the closing EUR rate and a phrase”"))
        seed_hint = QLabel(
            self.tr(
                "Announce this phrase before the draw (a date and time, an exchange rate, any words): the "
                "winners follow from it and the frozen list, so anyone can repeat the draw and check it."
            )
        )
        seed_hint.setObjectName("seedHint")
        seed_hint.setWordWrap(True)
        self.redraw_reason = QLineEdit()
        self.redraw_reason.setObjectName("contestRedrawReason")
        self.redraw_reason.setPlaceholderText(self.tr("only for drawing again: why"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Draw phrase:"), self.seed)
        form.addRow(self.tr("Reason for a new draw:"), self.redraw_reason)
        self.draw_button = QPushButton(self.tr("Draw the winners"))
        self.draw_button.setObjectName("drawButton")
        self.draw_button.clicked.connect(lambda: self.run_draw())
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.draw_button)
        top.addWidget(self.message, 1)
        self.facts = QLabel()
        self.facts.setObjectName("drawFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.model: RowTableModel[Winner] = RowTableModel(self._columns(), self)
        self.winners = section.table_view(self.model, "contestWinners")
        apply_widths(self.winners, self.model.columns)
        self.disqualified = QLabel()
        self.disqualified.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(seed_hint)
        layout.addLayout(top)
        layout.addWidget(self.facts)
        layout.addWidget(self.winners, 1)
        layout.addWidget(self.disqualified)
        layout.addLayout(self._buttons())

    def _columns(self) -> list[ColumnSpec[Winner]]:
        return [
            ColumnSpec("place", self.tr("Place"), lambda w: w[0], align=RIGHT, width=60),
            ColumnSpec("winner", self.tr("Winner"), lambda w: w[1], width=240),
            ColumnSpec("prize", self.tr("Prize"), lambda w: w[2].name, width=240),
            ColumnSpec(
                "tax",
                self.tr("Personal income tax"),
                lambda w: w[2].taxed,
                lambda taxed: self.tr("due: worth over 4 000 ₽") if taxed else "—",
                width=200,
            ),
        ]

    def _buttons(self) -> QHBoxLayout:
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
        row = QHBoxLayout()
        for button in (self.disqualify_button, xlsx, pdf, verify):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def fill(self, info: svc.ContestInfo, writable: bool, zone: str = DEFAULT_TIME_ZONE) -> None:
        """Shows the draw in force; its moment in the contests' zone, named, as the protocol has it."""
        draw = info.draw
        self.model.set_rows(svc.winners_with_prizes(info))
        self.draw_button.setText(self.tr("Draw again") if draw else self.tr("Draw the winners"))
        self.draw_button.setEnabled(writable)
        self.redraw_reason.setEnabled(draw is not None)
        self.disqualify_button.setEnabled(writable and draw is not None)
        for button in self.protocol_buttons:
            button.setEnabled(draw is not None)
        if draw is None:
            waiting = self.tr("Not drawn yet. {places} places for {eligible} eligible participants.")
            self.facts.setText(waiting.format(places=info.places, eligible=format_int(info.eligible)))
            self.disqualified.clear()
            return
        self.seed.setText(draw.seed)
        facts = self.tr(
            "Drawn {when} from {count:participant|participants}. Draw phrase: «{seed}». List hash (SHA-256): {hash}"  # noqa: E501
        )
        text = fill(
            facts,
            when=format_zoned(draw.drawn_at, zone),
            count=format_int(draw.participants),
            seed=draw.seed,
            hash=draw.list_hash,
        )
        if draw.redraw_reason:
            text += "\n" + self.tr("Drawn again: {reason}").format(reason=draw.redraw_reason)
        self.facts.setText(text)
        self.disqualified.setText(
            "\n".join(
                self.tr("Disqualified: {who} — {why}").format(who=who, why=why)
                for who, why, _ in draw.disqualified
            )
        )

    # --- drawing ----------------------------------------------------------------------------------

    def _entries_open(self, info: svc.ContestInfo) -> bool:
        """Asks before drawing while the entries are still open; True when the planner says wait."""
        ends = info.values.get("ends_on")
        if ends is None or ends < self.today() or info.draw is not None:
            return False
        question = self.tr(
            "Entries are open until {date}: people may still join. Draw now and freeze the list as it is?"
        ).format(date=format_date(ends))
        return not ask.confirm(self.section, self.tr("Draw the winners"), question)

    def run_draw(self) -> bool:
        section = self.section
        db, info = section.db, section.info
        if db is None or info is None or self._entries_open(info):
            return False
        seed, reason = self.seed.text(), self.redraw_reason.text()
        done = section.edit(
            self.tr("Draw {title}").format(title=info.title),
            lambda: in_transaction(db, svc.run_draw, info.id, seed, reason),
            lambda change: in_transaction(db, svc.undo_draw, info.id, change),
            ENTITY,
            [info.id],
            shown_in=self.message,
        )
        if done:
            self.redraw_reason.clear()
        return bool(done)

    def disqualify(self, reason: str | None = None) -> bool:
        section = self.section
        db, info, index = section.db, section.info, self.winners.currentIndex()
        if db is None or info is None or not index.isValid():
            return False
        _, winner, _ = self.model.row_at(index.row())
        if reason is None:
            choices = [translate("Contests", r) for r in rules.INELIGIBLE_REASONS]
            reason = ask.text(
                section, self.tr("Disqualify {winner}").format(winner=winner), self.tr("Why?"), choices
            )
            if not reason:
                return False
        why = reason
        return bool(
            section.edit(
                self.tr("Disqualify {winner}").format(winner=winner),
                lambda: in_transaction(db, svc.disqualify, info.id, winner, why),
                lambda done: in_transaction(db, svc.undo_disqualify, info.id, done),
                ENTITY,
                [info.id],
                shown_in=self.message,
            )
        )

    # --- the protocol -------------------------------------------------------------------------------

    def export_protocol(self, suffix: str, path: str | None = None) -> Path | None:
        """Writes the protocol in the background; returns the file it will be (None when cancelled)."""
        section = self.section
        db, info = section.db, section.info
        if db is None or info is None:
            return None
        suggested = file_name(f"Протокол — {info.title}") + suffix
        kind = "Excel (*.xlsx)" if suffix == ".xlsx" else "PDF (*.pdf)"
        chosen = path or ask.save_file(section, self.tr("The protocol of the draw"), suggested, kind)
        if not chosen:
            return None
        found = ask.export_targets(section, chosen, [suffix])
        if not found:
            return None
        (target,), contest_id = found, info.id
        section.export_files(
            self.tr("Writing the protocol…"),
            [target],
            lambda paths, report, cancelled: reading(db, cp.export_protocol, contest_id, paths[0]),
            lambda _: section.post(self.tr("The protocol is saved: {path}").format(path=target)),
        )
        return target

    def verify_protocol(self, path: str | None = None) -> bool:
        section = self.section
        chosen = path or ask.open_file(section, self.tr("Verify a protocol"), "", "Excel (*.xlsx)")
        if not chosen:
            return False
        try:
            check = cp.verify_protocol(Path(chosen))
        except SmmError as exc:
            show_error(section, exc)
            return False
        title = self.tr("Verify a protocol")
        if check.matches:
            ask.inform(section, title, self.tr("The protocol verifies: the draw gives the same winners."))
        else:
            found = "\n".join(check.messages(translate))
            ask.warn(section, title, self.tr("The protocol does not verify:") + "\n" + found)
        return check.matches
