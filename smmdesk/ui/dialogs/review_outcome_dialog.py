"""What came back of one request, typed in by hand: a wave's requests listed (customer, channel,
short link, delivered, clicked, review) and, for the chosen one, delivered, clicked and the review
left (a platform of the campaign's, stars 1–5, its link, its date). «Записать» saves through
`save(request_id, outcome)`, one undoable step; a refusal is shown under the field it names, the
dialog stays open and the table shows what was recorded."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, ClassVar

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QTableView, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import CHANNEL_LABELS, PLATFORM_LABELS, Channel, ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.i18n import translate
from smmdesk.services.reviews.requests import Outcome, RequestRow, WaveInfo
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.dialogs.item_dialog import NOT_A_NUMBER, ItemDialog
from smmdesk.ui.models.table_model import CENTER, ColumnSpec, RowTableModel

Load = Callable[[int], Sequence[RequestRow]]


class ReviewOutcomeDialog(ItemDialog):
    """`load(wave_id)` lists a wave's requests; `save(values)` records the chosen one's outcome."""

    ALIASES: ClassVar[dict[str, str]] = {"review_day": "day"}

    def __init__(
        self, waves: Sequence[WaveInfo], platforms: Sequence[ReviewPlatform], today: dt.date, load: Load,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(self.tr("What came back"), parent)
        self.setObjectName("reviewOutcomeDialog")
        self.load, self.today = load, today
        self.wave = QComboBox()
        self.wave.setObjectName("outcomeWave")
        for wave in waves:
            text = self.tr("Wave {number} of {day}: {count} requests").format(
                number=wave.number, day=format_date(wave.prepared_on), count=wave.requests
            )
            self.wave.addItem(text, wave.id)
        self.wave.currentIndexChanged.connect(lambda _: self.show_wave())
        self.model: RowTableModel[RequestRow] = RowTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("outcomeRequests")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setMinimumSize(720, 200)  # every column readable
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_request())
        self.form.addRow(self.tr("Wave:"), self.wave)
        self.form.addRow(self.table)
        self._fields(platforms)
        self.finish_layout()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        self.show_wave()

    def _columns(self) -> list[ColumnSpec[RequestRow]]:
        yes = self.tr("yes")
        return [
            ColumnSpec("customer", self.tr("Customer"), lambda r: r.customer or self.tr("(erased)")),
            ColumnSpec("channel", self.tr("Channel"), lambda r: channel_label(r.channel)),
            ColumnSpec("link", self.tr("Short link"), lambda r: r.link),
            ColumnSpec(
                "delivered", self.tr("Delivered"), lambda r: yes if r.outcome.delivered else "—", align=CENTER
            ),
            ColumnSpec(
                "clicked", self.tr("Clicked"), lambda r: yes if r.outcome.clicked else "—", align=CENTER
            ),
            ColumnSpec("review", self.tr("Review"), lambda r: self.review_text(r.outcome.review)),
        ]

    def _fields(self, platforms: Sequence[ReviewPlatform]) -> None:
        self.chosen = QLabel()
        self.chosen.setObjectName("outcomeChosen")
        self.form.addRow(self.chosen)
        self.delivered = self.flag("delivered", self.tr("Delivered"))
        self.clicked = self.flag("clicked", self.tr("Clicked the link"))
        self.left = self.flag("left", self.tr("Left a review"))
        public = [(p, translate("Reviews", PLATFORM_LABELS[p])) for p in platforms]
        self.platform = self.choice("platform", self.tr("Platform:"), public)
        self.stars = QLineEdit()
        self.field("stars", self.tr("Stars (1–5):"), self.stars, lambda: _stars(self.stars.text()))
        self.link = self.line("link", self.tr("Link to the review:"))
        self.day = self.date("day", self.tr("Left on:"), self.today)
        self.left.toggled.connect(lambda _: self._review_fields())

    def _review_fields(self) -> None:
        on = self.left.isChecked() and self.left.isEnabled()
        for widget in (self.platform, self.stars, self.link, self.day):
            widget.setEnabled(on)

    def review_text(self, review: ReviewLeft | None) -> str:
        if review is None:
            return "—"
        where = translate("Reviews", PLATFORM_LABELS[review.platform])
        stars = f", {review.stars}★" if review.stars is not None else ""
        return f"{where}{stars}, {format_date(review.day)}"

    # --- showing -----------------------------------------------------------------------------------------

    def show_wave(self, keep: int | None = None) -> None:
        ident = self.wave.currentData()
        rows = list(self.load(ident)) if ident is not None else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        at = next((i for i, r in enumerate(rows) if r.id == keep), 0)
        if rows:
            self.table.selectRow(at)
        self.show_request()

    def current(self) -> RequestRow | None:
        index = self.table.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def chosen_name(self) -> str:
        row = self.current()
        return row.customer if row is not None else ""

    def show_request(self) -> None:
        row = self.current()
        for field in self.fields.values():
            field.clear()
        self.chosen.setText(self.tr("Request to {customer}").format(customer=row.customer) if row else "")
        for widget in (self.delivered, self.clicked):
            widget.setEnabled(row is not None)
        self.left.setEnabled(row is not None and self.platform.count() > 0)  # a survey has no review
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(row is not None)
        outcome = row.outcome if row is not None else Outcome(False, False, None)
        review = outcome.review
        self.delivered.setChecked(outcome.delivered)
        self.clicked.setChecked(outcome.clicked)
        self.left.setChecked(review is not None)
        if review is not None:
            self.platform.setCurrentIndex(max(self.platform.findData(review.platform), 0))
        self.stars.setText(str(review.stars) if review is not None and review.stars is not None else "")
        self.link.setText(review.link if review is not None else "")
        self.day.set_value(review.day if review is not None else self.today)
        self._review_fields()

    # --- recording ---------------------------------------------------------------------------------------

    def outcome(self, values: dict[str, Any]) -> Outcome:
        review = None
        if values["left"]:
            platform = ReviewPlatform(values["platform"])
            review = ReviewLeft(platform, values["stars"], values["day"], values["link"])
        return Outcome(values["delivered"], values["clicked"], review)

    def values(self) -> dict[str, Any]:
        values = super().values()
        row = self.current()
        values["request"] = row.id if row is not None else None
        return values

    def done(self, result: int) -> None:
        """«Записать» keeps the dialog open on the recorded request; «Закрыть» closes it."""
        if result == self.DialogCode.Accepted:
            row = self.current()
            self.show_wave(keep=row.id if row is not None else None)
            return
        super().done(result)


def channel_label(code: str) -> str:
    return translate("Reviews", CHANNEL_LABELS[Channel(code)])


def _stars(text: str) -> int | None:
    typed = text.strip()
    if not typed:
        return None
    if not typed.isdigit():
        raise ValidationError(NOT_A_NUMBER, text=typed)
    return int(typed)
