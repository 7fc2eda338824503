"""Placements across campaigns: what to publish when, what is late, what is paid, what is proven;
a grid to type figures quickly, the publications whose statistics are still to be captured, and
the register of payments for a period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import placements as rules
from smmdesk.domain.placements import PlacementRow
from smmdesk.services import placements as pl
from smmdesk.services.influencers import platforms
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_date, format_int, format_money, format_percent
from smmdesk.ui.core.labels import format_label, platform_titles
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths
from smmdesk.ui.widgets.date_field import DateField
from smmdesk.ui.widgets.placement_detail import ENTITY, PlacementDetail, status_label
from smmdesk.ui.widgets.tables import wrapping_titles
from smmdesk.ui.windows.section import Section

OVERDUE = QColor("#fde2e2")  # the slot has passed and nothing appeared
PAY_LATE = QColor("#ece4f7")  # a payment is overdue
NO_ERID = QColor("#fff1d6")  # published without the ad token
# Special views of the status filter.
LATE, NO_ERID_KEY, UNPAID = "!overdue", "!no_erid", "!unpaid"
PAID_ORDER = [rules.PaidState.UNPAID, rules.PaidState.PARTLY, rules.PaidState.PAID, rules.PaidState.NO_FEE]


class PlacementsWindow(Section):
    KEY = "placements"
    ENTITIES = (ENTITY, "estimates", "influencers", "platforms")

    def build(self) -> None:
        self.today: Callable[[], dt.date] = dt.date.today
        self.rows: list[PlacementRow] = []
        self.platform_titles: dict[str, str] = {}
        self.model: RowTableModel[PlacementRow] = RowTableModel(self._columns(), self)
        self.model.background = self._background
        self.table = self.table_view(self.model, "placementsTable")
        wrapping_titles(self.table)
        self.table.setSortingEnabled(True)
        self.table.setSelectionMode(self.table.SelectionMode.ExtendedSelection)
        apply_widths(self.table, self.model.columns)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.detail = PlacementDetail(self.ws)
        self.detail.today = lambda: self.today()
        self.summary = QLabel()
        self.summary.setObjectName("placementsSummary")
        self.summary.setWordWrap(True)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self._legend())
        left_layout.addLayout(self._bulk_row())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("placementsTabs")
        self.tabs.addTab(
            self.splitter("splitter", left, self.detail, sizes=(800, 520), stretch=0), self.tr("Placements")
        )
        self._other_tabs()
        layout = QVBoxLayout(self)
        layout.addLayout(self._filters_row())
        layout.addWidget(self.tabs, 1)

    def _filters_row(self) -> QHBoxLayout:
        self.campaign = QComboBox()
        self.campaign.setObjectName("placementsCampaign")
        self.campaign.setMinimumWidth(220)
        self.campaign.activated.connect(lambda _: self.apply_filter())
        self.search_box(self.tr("Influencer or account"), "placementsSearch").textChanged.connect(
            lambda _: self.apply_filter()
        )
        self.status = QComboBox()
        self.status.setObjectName("placementsStatus")
        for label, key in (
            (self.tr("all statuses"), ""),
            (self.tr("overdue"), LATE),
            (self.tr("published without ERID"), NO_ERID_KEY),
            (self.tr("not paid in full"), UNPAID),
        ):
            self.status.addItem(label, key)
        for status in rules.PlacementStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.activated.connect(lambda _: self.apply_filter())
        self.period = QCheckBox(self.tr("Slots from"))
        self.period.toggled.connect(lambda _: self.apply_filter())
        today = dt.date.today()
        self.date_from, self.date_to = DateField(today.replace(day=1)), DateField(today)
        for field in (self.date_from, self.date_to):
            field.edited.connect(self._period_changed)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Campaign:")))
        row.addWidget(self.campaign)
        assert self.search is not None
        row.addWidget(self.search, 1)
        for widget in (self.status, self.period, self.date_from, QLabel(self.tr("to")), self.date_to):
            row.addWidget(widget)
        return row

    def _bulk_row(self) -> QHBoxLayout:
        self.bulk_status = QComboBox()
        for status in rules.PlacementStatus:
            self.bulk_status.addItem(status_label(status.value), status.value)
        self.bulk_button = QPushButton(self.tr("Set for the selected"))
        self.bulk_button.clicked.connect(self.set_status_of_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Status:")))
        row.addWidget(self.bulk_status)
        row.addWidget(self.bulk_button)
        return row

    def _legend(self) -> QLabel:
        legend = QLabel(
            self.tr(
                "<span style='background:#fde2e2'>&nbsp;slot passed&nbsp;</span> "
                "<span style='background:#fff1d6'>&nbsp;no ERID&nbsp;</span> "
                "<span style='background:#ece4f7'>&nbsp;payment overdue&nbsp;</span>"
            )
        )
        legend.setWordWrap(True)
        return legend

    def _other_tabs(self) -> None:
        from smmdesk.ui.widgets.capture_list import CaptureList
        from smmdesk.ui.widgets.metrics_grid import MetricsGrid
        from smmdesk.ui.widgets.payments_register import PaymentsRegister

        self.metrics = MetricsGrid(self.ws)
        self.capture = CaptureList(self)
        self.capture_model = self.capture.model
        self.register = PaymentsRegister(self.ws)
        self.tabs.addTab(self.metrics, self.tr("Figures"))
        self.tabs.addTab(self.capture, self.tr("To capture"))
        self.tabs.addTab(self.register, self.tr("Payments register"))

    # --- columns ------------------------------------------------------------------------------------

    def _columns(self) -> list[ColumnSpec[PlacementRow]]:
        return [
            ColumnSpec("slot_date", self.tr("Slot"), lambda r: r.slot_date, format_date, width=88),
            ColumnSpec(
                "influencer_name",
                self.tr("Influencer"),
                lambda r: f"{r.influencer_name} (@{r.handle})",
                width=190,
            ),
            # In view beside the table's detail panel on a laptop (1280×720): paid in part or in full.
            ColumnSpec(
                "paid_state",
                self.tr("Payment"),
                self.paid_text,
                width=110,
                tooltip=self._paid_tip,
                sort_key=lambda r: (PAID_ORDER.index(rules.PaidState(r.paid_state)), r.paid),
            ),
            ColumnSpec(
                "campaign",
                self.tr("Campaign"),
                lambda r: r.campaign_name,
                tooltip=lambda r: r.client_name,
                width=160,
            ),
            ColumnSpec(
                "platform",
                self.tr("Platform"),
                lambda r: self.platform_titles.get(r.platform, r.platform),
                width=90,
            ),
            ColumnSpec("format", self.tr("Format"), lambda r: format_label(r.format_title), width=140),
            ColumnSpec("status", self.tr("Status"), lambda r: status_label(r.status), width=150),
            ColumnSpec("responsible", self.tr("Responsible"), lambda r: r.responsible, width=110),
            ColumnSpec("fee", self.tr("Fee"), lambda r: format_money(r.fee, r.currency), align=RIGHT,
                       sort_key=lambda r: r.fee, width=100),
            ColumnSpec(
                "balance", self.tr("Left to pay"), lambda r: format_money(r.balance, r.currency),
                align=RIGHT, sort_key=lambda r: r.balance, width=100,
            ),
            ColumnSpec("published_on", self.tr("Published"), lambda r: r.published_on, format_date, width=88),
            ColumnSpec(
                "erid", "ERID", lambda r: r.erid or ("—" if r.status in rules.APPEARED else ""), width=90
            ),
            ColumnSpec(
                "metrics",
                self.tr("Figures"),
                lambda r: r.metrics,
                lambda v: format_int(v) if v else "",
                RIGHT,
                width=70,
            ),
            ColumnSpec(
                "screenshots",
                self.tr("Proof"),
                lambda r: r.screenshots,
                lambda v: str(v) if v else "",
                RIGHT,
                width=60,
            ),
        ]

    def paid_text(self, row: PlacementRow) -> str:
        """Says at a glance whether the blogger is paid: in full, a part (and how much of it), or not."""
        state = rules.PaidState(row.paid_state)
        if state == rules.PaidState.PARTLY and row.fee:
            return self.tr("part, {share}").format(share=format_percent(row.paid * 100 / row.fee, 0))
        return {
            rules.PaidState.PAID: self.tr("in full"),
            rules.PaidState.PARTLY: self.tr("part"),
            rules.PaidState.UNPAID: self.tr("not paid"),
            rules.PaidState.NO_FEE: self.tr("no fee"),
        }[state]

    def _paid_tip(self, row: PlacementRow) -> str:
        return self.tr("Paid {paid} of {fee}").format(
            paid=format_money(row.paid, row.currency), fee=format_money(row.fee, row.currency)
        )

    def _background(self, row: PlacementRow) -> QColor | None:
        if row.overdue(self.today()):
            return OVERDUE
        if row.missing_erid:
            return NO_ERID
        if row.payment_overdue(self.today()):
            return PAY_LATE
        return None

    # --- loading and filtering --------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db
        self.rows = reading(db, pl.list_rows) if db is not None else []
        self.platform_titles = platform_titles(reading(db, platforms)) if db is not None else {}
        current = self.campaign.currentData()
        self.campaign.clear()
        self.campaign.addItem(self.tr("all campaigns"), None)
        for campaign_id, label in reading(db, pl.campaigns_with_placements) if db is not None else []:
            self.campaign.addItem(label, campaign_id)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.bulk_button.setEnabled(self.writable)
        self.apply_filter()

    def refresh(self, changes: Changes) -> None:
        ids = changes.ids(ENTITY)
        if ids and not changes.touches("estimates", "influencers", "platforms") and self.db is not None:
            self._replace(ids)
        else:
            self.reload()
        self.detail.refresh(changes)

    def _replace(self, ids: set[int]) -> None:
        """The named placements' rows, read again; the others stay as they are."""
        assert self.db is not None
        fresh = {row.id: row for row in reading(self.db, pl.rows_by_ids, sorted(ids))}
        if len(fresh) != len(ids) or not ids <= {row.id for row in self.rows}:
            self.reload()  # a placement came or went: read them all
            return
        self.rows = [fresh.get(row.id, row) for row in self.rows]
        self.apply_filter()

    def matching(self) -> list[int]:
        """Indices of the rows the filters let through."""
        campaign, status = self.campaign.currentData(), self.status.currentData()
        assert self.search is not None
        words = self.search.text().casefold().split()
        today = self.today()
        first, last = self.date_from.value() or dt.date.min, self.date_to.value() or dt.date.max
        tests: list[Callable[[PlacementRow], bool]] = []
        if campaign is not None:
            tests.append(lambda r: r.campaign_id == campaign)
        if words:
            tests.append(lambda r: all(w in f"{r.influencer_name} {r.handle}".casefold() for w in words))
        if status == LATE:
            tests.append(lambda r: r.overdue(today) or r.payment_overdue(today))
        elif status == NO_ERID_KEY:
            tests.append(lambda r: r.missing_erid)
        elif status == UNPAID:
            tests.append(lambda r: r.paid_state in (rules.PaidState.UNPAID, rules.PaidState.PARTLY))
        elif status:
            tests.append(lambda r: r.status == status)
        if self.period.isChecked():
            tests.append(lambda r: r.slot_date is not None and first <= r.slot_date <= last)
        return [i for i, row in enumerate(self.rows) if all(test(row) for test in tests)]

    def _period_changed(self) -> None:
        if self.period.isChecked():
            self.apply_filter()

    def apply_filter(self) -> None:
        current = self.detail.row.id if self.detail.row else None
        view = self.matching()
        self.model.set_rows(self.rows, view)
        if self.model.sort_column >= 0:
            self.model.sort(self.model.sort_column, self.model.sort_order)
        shown = [self.rows[i] for i in view]
        today = self.today()
        captured = self.capture.show_rows(shown, today)
        self.metrics.show_rows([r for r in shown if r.status in rules.APPEARED])
        self.tabs.setTabText(
            2, self.tr("To capture ({count})").format(count=captured) if captured else self.tr("To capture")
        )
        summary = rules.summarize(shown, today)
        self.summary.setText(
            self.tr(
                "Placements: {count}; slot passed: {late}; without ERID: {no_erid}; payments overdue: "
                "{pay_late}; left to pay: {owed}"
            ).format(
                count=summary.count,
                late=summary.late,
                no_erid=summary.without_erid,
                pay_late=summary.payments_overdue,
                owed="; ".join(format_money(v, c) for c, v in summary.left_to_pay.items()) or "—",
            )
        )
        if current is not None and not self.select(current):
            self.detail.load(None)

    def select(self, placement_id: int) -> bool:
        """Shows the placement in the first tab; False when the filters hide it."""
        for position, index in enumerate(self.model.view):
            if self.rows[index].id == placement_id:
                self.tabs.setCurrentIndex(0)
                self.table.selectRow(position)
                self.table.scrollTo(self.model.index(position, 0))
                self.detail.load(placement_id)
                return True
        return False

    def _show(self, view_row: int) -> None:
        if 0 <= view_row < self.model.rowCount():
            self.detail.load(self.model.row_at(view_row).id)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r).id for r in rows]

    def set_status_of_selected(self) -> None:
        db, ids = self.db, self.selected_ids()
        if db is None or not ids:
            return
        status = self.bulk_status.currentData()
        self.edit(
            self.tr("Set the status of {count} placements").format(count=len(ids)),
            lambda: in_transaction(db, pl.update_many, ids, {"status": status}),
            lambda previous: in_transaction(db, pl.restore_many, previous),
            ENTITY,
            ids,
        )
