"""The selected placement: its publication (status, dates, link, ad token) here; payments, screenshots
and figures in their own tabs (placement_payments, placement_proof, placement_figures). Every change
is one undoable step; a refused value is explained next to its field."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from smmdesk.domain import placements as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.placements import PlacementRow
from smmdesk.i18n import translate
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.session import in_transaction
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.core.labels import format_label
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.widgets.form import Field, Form, heading_label, save
from smmdesk.ui.widgets.placement_figures import FiguresTab
from smmdesk.ui.widgets.placement_payments import PaymentsTab, kind_label
from smmdesk.ui.widgets.placement_proof import PICTURES, ProofTab

ENTITY = "placements"
TEXTS = ("url", "erid", "responsible", "ad_label", "notes")
__all__ = ["ENTITY", "PICTURES", "PlacementDetail", "kind_label", "status_label"]


def status_label(status: str) -> str:
    return translate("Placements", rules.STATUS_LABELS.get(rules.PlacementStatus(status), status))


class PlacementDetail(QWidget):
    """Shows `load(placement_id)`; edits reach the tables through the change bus."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementDetail")
        self.ws = workspace
        self.row: PlacementRow | None = None
        self.today: Callable[[], dt.date] = dt.date.today
        self.heading = heading_label(self.tr("Choose a placement in the table"), "detailHeading")
        self.flags = QLabel()
        self.flags.setObjectName("fieldError")
        self.flags.setWordWrap(True)
        self.payments_tab, self.proof, self.figures = PaymentsTab(self), ProofTab(self), FiguresTab(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._publication_tab(), self.tr("Publication"))
        self.tabs.addTab(self.payments_tab, self.tr("Payments"))
        self.tabs.addTab(self.proof, self.tr("Screenshots"))
        self.tabs.addTab(self.figures, self.tr("Figures"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.flags)
        layout.addWidget(self.tabs, 1)
        self.setEnabled(False)

    # What the section and the tests reach by name.
    payments_model = property(lambda self: self.payments_tab.model)
    payments = property(lambda self: self.payments_tab.table)
    shots = property(lambda self: self.proof.shots)
    metric_edits = property(lambda self: self.figures.edits)
    metrics_message = property(lambda self: self.figures.message)
    fee = property(lambda self: self.payments_tab.fee)

    def add_payment(self, whole_campaign: bool) -> None:
        self.payments_tab.add_payment(whole_campaign)

    def add_screenshots(self, paths: list[str] | None = None) -> None:
        self.proof.add_screenshots(paths)

    def save_metrics(self) -> bool:
        return self.figures.save_metrics()

    # --- the publication ---------------------------------------------------------------------------

    def _publication_tab(self) -> QWidget:
        page = self.publication_page = QWidget()
        form = self.form = Form(QFormLayout(page), self._commit, "placement")
        form.choice(
            "status", self.tr("Status:"), [(s.value, status_label(s.value)) for s in rules.PlacementStatus]
        )
        form.line("responsible", self.tr("Responsible:"))
        form.date("slot_date", self.tr("Slot:"))
        form.date("agreed_on", self.tr("Agreed with the blogger:"))
        form.date("published_on", self.tr("Published:"))
        self.deviation = QLabel()
        form.layout.addRow(self.tr("Off the slot by:"), self.deviation)
        url_row = QWidget()
        url_layout = QHBoxLayout(url_row)
        url_layout.setContentsMargins(0, 0, 0, 0)
        self.url = form.line("url", self.tr("Link:"), placeholder="https://…", shown=url_row)
        open_link = QPushButton(self.tr("Open"))
        open_link.clicked.connect(lambda: self.url.text() and QDesktopServices.openUrl(QUrl(self.url.text())))
        url_layout.addWidget(self.url, 1)
        url_layout.addWidget(open_link)
        self.erid = form.line("erid", self.tr("ERID:"), placeholder=self.tr("the ad token, e.g. 2VtzqxKQWP8"))
        form.text("ad_label", self.tr("Ad label:"))
        form.text("notes", self.tr("Notes:"))
        self.fields = form.fields
        return page

    def _commit(self, key: str, value: Any, field: Field) -> None:
        if self.row is None:
            return
        if key == "published_on" and value is not None and value > self.today():
            question = self.tr(
                "The publication date {date} is in the future. Is it really published already?"
            )
            if not ask.confirm(self, self.tr("Published"), question.format(date=format_date(value))):
                field.show(field.shown)
                return
        self.save_changes({key: value}, field)

    def save_changes(self, changes: dict[str, Any], field: Field | None = None) -> bool:
        """Saves changes of the shown placement as one undoable step."""
        if self.row is None:
            return False
        db, placement_id = self.ws.db, self.row.id
        assert db is not None
        return bool(
            save(
                self.ws,
                self,
                self.tr("Change the placement of {name}").format(name=self.row.influencer_name),
                lambda: in_transaction(db, pl.update_many, [placement_id], changes),
                lambda previous: in_transaction(db, pl.restore_many, previous),
                ENTITY,
                [placement_id],
                field,
            )
        )

    # --- showing -----------------------------------------------------------------------------------------

    def load(self, placement_id: int | None) -> None:
        db = self.ws.db
        if placement_id is None or db is None:
            self.row = None
            self.heading.setText(self.tr("Choose a placement in the table"))
            self.flags.clear()
            self.setEnabled(False)
            return
        with db.reading() as session:
            self.row = row = pl.get_row(session, placement_id)
            payments = pl.payments_of(session, placement_id)
            shots = pub.screenshots_of(session, placement_id)
            values = pub.metrics_of(session, placement_id)
        self.setEnabled(True)
        writable = not self.ws.read_only
        self.heading.setText(
            f"{row.influencer_name} (@{row.handle}) — {format_label(row.format_title)}\n"
            f"{row.client_name}, {row.campaign_name}"
        )
        self.form.show({key: getattr(row, key) for key in self.form.fields})
        deviation = row.deviation_days
        self.deviation.setText(
            "—" if deviation is None else self.tr("{days} days").format(days=f"{deviation:+d}")
        )
        self.flags.setText(" ".join(self._problems(row)))
        self.publication_page.setEnabled(writable)
        self.payments_tab.fill(row, payments, writable)
        self.proof.fill(shots, writable)
        self.figures.fill(values)

    def _problems(self, row: PlacementRow) -> list[str]:
        problems = []
        if row.overdue(self.today()):
            problems.append(self.tr("The slot has passed and the publication has not appeared."))
        if row.missing_erid:
            problems.append(self.tr("Published without an ad token (ERID)."))
        if row.payment_overdue(self.today()):
            problems.append(self.tr("The payment is overdue."))
        if row.published_on is not None and row.published_on > self.today():
            problems.append(self.tr("The publication date is in the future."))
        return problems

    def refresh(self, changes: Changes) -> None:
        if self.row is None:
            return
        if changes.touches("estimates") or changes.names(ENTITY, self.row.id) or changes.everything(ENTITY):
            try:
                self.load(self.row.id)
            except ValidationError:  # the placement went away (undo of an approval)
                self.load(None)
