"""Contests: the list on the left; on the right the chosen contest in four tabs, each in its own
module — the record (contest_record), prizes and costs (contest_prizes), participants
(contest_participants) and the draw with its protocol (contest_draw)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import contests as rules
from smmdesk.services import contests as svc
from smmdesk.services.contest_protocol import time_zone
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_date, format_int
from smmdesk.ui.widgets.contest_draw import DrawTab
from smmdesk.ui.widgets.contest_participants import ParticipantsTab
from smmdesk.ui.widgets.contest_prizes import PrizesTab
from smmdesk.ui.widgets.contest_record import RecordTab, label
from smmdesk.ui.widgets.form import Field, heading_label
from smmdesk.ui.windows.section import Section

ENTITY = "contests"


class ContestsWindow(Section):
    KEY = "contests"
    ENTITIES = (ENTITY, "campaigns", "influencers", "platforms")

    def build(self) -> None:
        self.info: svc.ContestInfo | None = None
        self.list = QListWidget()
        self.list.setObjectName("contestList")
        # A long title or status wraps inside the list rather than hiding behind a sideways scroll.
        self.list.setWordWrap(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
        self.record, self.prizes, self.people, self.draw = (
            RecordTab(self),
            PrizesTab(self),
            ParticipantsTab(self),
            DrawTab(self),
        )
        self.search = self.people.search
        self.tabs = QTabWidget()
        for tab, title in (
            (self.record, self.tr("Contest")),
            (self.prizes, self.tr("Prizes and costs")),
            (self.people, self.tr("Participants")),
            (self.draw, self.tr("Draw")),
        ):
            self.tabs.addTab(tab, title)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.tabs, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter("splitter", left, right, sizes=(280, 1060)))

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.people)
        super().focus_search()

    # --- showing ------------------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db
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
        self.new_button.setEnabled(self.writable)
        self.record.refill_choices()
        self.select(current)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("campaigns", "influencers", "platforms"):
            self.record.refill_choices()
        if ENTITY in changes:
            self.reload()
        elif self.info is not None:
            self.load(self.info.id)

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
        db = self.db
        if contest_id is None or db is None:
            self.info = None
            self.heading.setText(self.tr("Choose a contest or make a new one"))
            self.tabs.setEnabled(False)
            return
        with db.reading() as session:
            self.info = info = svc.load_contest(session, contest_id)
            people = svc.participants(session, contest_id)
            zone = time_zone(session)
        self.tabs.setEnabled(True)
        self.heading.setText(info.title)
        self.record.fill(info)
        self.prizes.fill(info, self.writable)
        self.people.fill(info, people, self.writable)
        self.draw.fill(info, self.writable, zone)

    # --- contests -----------------------------------------------------------------------------------------

    def save(self, changes: dict[str, Any], field: Field | None = None) -> bool:
        db, info = self.db, self.info
        if db is None or info is None:
            return False
        return bool(
            self.edit(
                self.tr("Change the contest {title}").format(title=info.title),
                lambda: in_transaction(db, svc.update_contest, info.id, changes),
                lambda previous: in_transaction(db, svc.restore_contest, info.id, previous),
                ENTITY,
                [info.id],
                shown_in=field,
            )
        )

    def new_record(self) -> bool:
        if not self.writable:
            return False
        self.new_contest()
        return True

    def new_contest(self, title: str | None = None) -> int | None:
        db = self.db
        if db is None:
            return None
        name = title or ask.text(self, self.tr("New contest"), self.tr("Name:"))
        if not name or not name.strip():
            return None
        today = dt.date.today()
        done = self.edit(
            self.tr("New contest {title}").format(title=name),
            lambda: in_transaction(
                db, svc.create_contest, name, starts_on=today, ends_on=today + dt.timedelta(days=14)
            ),
            lambda contest_id: in_transaction(db, svc.delete_contest, contest_id),
            ENTITY,
        )
        if not done:
            return None
        self.select(done.value)
        return int(done.value)

    def delete_contest(self) -> None:
        db, info = self.db, self.info
        if db is None or info is None:
            return
        question = self.tr("Delete {title} with its prizes and participants?").format(title=info.title)
        if not ask.confirm(self, self.tr("Delete the contest"), question):
            return
        done = self.edit(
            self.tr("Delete the contest {title}").format(title=info.title),
            lambda: in_transaction(db, svc.delete_contest, info.id),
            lambda snapshot: in_transaction(db, svc.restore_deleted, snapshot),
            ENTITY,
        )
        if done:
            self.info = None
            self.reload()
