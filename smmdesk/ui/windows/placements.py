"""Placements across campaigns: what to publish when, what is late, what is paid, what is proven;
a grid to type figures quickly, the publications whose statistics are still to be captured, and
the register of payments for a period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import placements as rules
from smmdesk.domain.placements import PlacementRow
from smmdesk.i18n import translate
from smmdesk.services import placements as pl
from smmdesk.services.influencers import platforms
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core.formatting import format_date, format_int, format_money, to_date
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.dialogs.form_dialog import date_edit
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.placement_detail import ENTITY, PlacementDetail, status_label

OVERDUE = QColor("#fde2e2")  # the slot has passed and nothing appeared
PAY_LATE = QColor("#ece4f7")  # a payment is overdue
NO_ERID = QColor("#fff1d6")  # published without the ad token
# Special views of the status filter.
LATE, NO_ERID_KEY, UNPAID = "!overdue", "!no_erid", "!unpaid"


def placement_table() -> QTableView:
    table = QTableView()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return table


class PlacementsWindow(QWidget):
    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementsWindow")
        self.ws = workspace
        self.settings = settings
        self.today: Callable[[], dt.date] = dt.date.today
        self.rows: list[PlacementRow] = []
        self.platform_titles: dict[str, str] = {}

        self.campaign = QComboBox()
        self.campaign.setObjectName("placementsCampaign")
        self.campaign.setMinimumWidth(280)
        self.campaign.activated.connect(lambda _: self.apply_filter())
        self.search = QLineEdit()
        self.search.setObjectName("placementsSearch")
        self.search.setPlaceholderText(self.tr("Influencer or account"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _: self.apply_filter())
        self.status = QComboBox()
        self.status.setObjectName("placementsStatus")
        self.status.addItem(self.tr("all statuses"), "")
        self.status.addItem(self.tr("overdue"), LATE)
        self.status.addItem(self.tr("published without ERID"), NO_ERID_KEY)
        self.status.addItem(self.tr("not paid in full"), UNPAID)
        for status in rules.PlacementStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.activated.connect(lambda _: self.apply_filter())
        self.period = QCheckBox(self.tr("Slots from"))
        self.period.toggled.connect(lambda _: self.apply_filter())
        today = dt.date.today()
        self.date_from = date_edit(today.replace(day=1))
        self.date_to = date_edit(today)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(self._period_changed)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Campaign:")))
        filters.addWidget(self.campaign)
        filters.addWidget(self.search, 1)
        filters.addWidget(self.status)
        filters.addWidget(self.period)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.date_to)

        self.model: RowTableModel[PlacementRow] = RowTableModel(self._columns(), self)
        self.model.background = self._background
        self.table = placement_table()
        self.table.setObjectName("placementsTable")
        self.table.setModel(self.model)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for index, width in enumerate((84, 190, 170, 90, 150, 160, 120, 100, 100, 84, 84, 60, 70)):
            self.table.setColumnWidth(index, width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self._show(current.row()))
        self.detail = PlacementDetail(workspace)
        self.detail.today = lambda: self.today()
        bulk = QHBoxLayout()
        self.bulk_status = QComboBox()
        for status in rules.PlacementStatus:
            self.bulk_status.addItem(status_label(status.value), status.value)
        self.bulk_button = QPushButton(self.tr("Set for the selected"))
        self.bulk_button.clicked.connect(self.set_status_of_selected)
        self.summary = QLabel()
        self.summary.setObjectName("placementsSummary")
        legend = QLabel(
            self.tr(
                "<span style='background:#fde2e2'>&nbsp;slot passed&nbsp;</span> "
                "<span style='background:#fff1d6'>&nbsp;no ERID&nbsp;</span> "
                "<span style='background:#ece4f7'>&nbsp;payment overdue&nbsp;</span>"
            )
        )
        bulk.addWidget(legend)
        bulk.addStretch(1)
        bulk.addWidget(QLabel(self.tr("Status:")))
        bulk.addWidget(self.bulk_status)
        bulk.addWidget(self.bulk_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.summary)
        left_layout.addLayout(bulk)
        self.splitter = QSplitter()
        self.splitter.setObjectName("placementsSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        state = settings.state("placements/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([820, 520])

        from smmdesk.ui.widgets.metrics_grid import MetricsGrid
        from smmdesk.ui.widgets.payments_register import PaymentsRegister

        self.metrics = MetricsGrid(workspace)
        self.capture_model: RowTableModel[PlacementRow] = RowTableModel(self._capture_columns(), self)
        self.capture_model.background = lambda r: (
            OVERDUE if (r.capture_days_left(self.today()) or 0) < 0 else None
        )
        self.capture = placement_table()
        self.capture.setObjectName("toCapture")
        self.capture.setModel(self.capture_model)
        self.capture.doubleClicked.connect(
            lambda index: self.select(self.capture_model.row_at(index.row()).id)
        )
        capture_page = QWidget()
        capture_layout = QVBoxLayout(capture_page)
        hint = QLabel(
            self.tr(
                "Published, with no figures recorded yet. Stories' statistics vanish within days: "
                "capture them first. A double click opens the placement."
            )
        )
        hint.setWordWrap(True)
        capture_layout.addWidget(hint)
        capture_layout.addWidget(self.capture, 1)
        self.register = PaymentsRegister(workspace)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("placementsTabs")
        self.tabs.addTab(self.splitter, self.tr("Placements"))
        self.tabs.addTab(self.metrics, self.tr("Figures"))
        self.tabs.addTab(capture_page, self.tr("To capture"))
        self.tabs.addTab(self.register, self.tr("Payments register"))
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.tabs, 1)
        workspace.bus.changed.connect(self._on_changed)
        workspace.bus.reset.connect(self.reload)
        self.reload()

    # --- columns ------------------------------------------------------------------------------------

    def _columns(self) -> list[ColumnSpec[PlacementRow]]:
        return [
            ColumnSpec("slot_date", self.tr("Slot"), lambda r: r.slot_date, format_date),
            ColumnSpec(
                "influencer_name", self.tr("Influencer"), lambda r: f"{r.influencer_name} (@{r.handle})"
            ),
            ColumnSpec(
                "campaign", self.tr("Campaign"), lambda r: r.campaign_name, tooltip=lambda r: r.client_name
            ),
            ColumnSpec(
                "platform", self.tr("Platform"), lambda r: self.platform_titles.get(r.platform, r.platform)
            ),
            ColumnSpec("format", self.tr("Format"), lambda r: r.format_title),
            ColumnSpec("status", self.tr("Status"), lambda r: status_label(r.status)),
            ColumnSpec("responsible", self.tr("Responsible"), lambda r: r.responsible),
            ColumnSpec("fee", self.tr("Fee"), lambda r: format_money(r.fee, r.currency), align=RIGHT,
                       sort_key=lambda r: r.fee),
            ColumnSpec("balance", self.tr("Left to pay"), lambda r: format_money(r.balance, r.currency),
                       align=RIGHT, sort_key=lambda r: r.balance),
            ColumnSpec(
                "paid_state",
                self.tr("Paid"),
                lambda r: translate("Placements", rules.PAID_LABELS[r.paid_state]),
            ),
            ColumnSpec("published_on", self.tr("Published"), lambda r: r.published_on, format_date),
            ColumnSpec("erid", "ERID", lambda r: r.erid or ("—" if r.status in rules.APPEARED else "")),
            ColumnSpec(
                "metrics",
                self.tr("Figures"),
                lambda r: r.metrics,
                lambda v: format_int(v) if v else "",
                RIGHT,
            ),
            ColumnSpec(
                "screenshots", self.tr("Proof"), lambda r: r.screenshots, lambda v: str(v) if v else "", RIGHT
            ),
        ]

    def _capture_columns(self) -> list[ColumnSpec[PlacementRow]]:

        def left(days: int | None) -> str:
            if days is None:
                return ""
            return (
                self.tr("{days} days overdue").format(days=-days)
                if days < 0
                else self.tr("{days} days").format(days=days)
            )

        return [
            ColumnSpec(
                "days_left", self.tr("Days left"), lambda r: r.capture_days_left(self.today()), left, RIGHT
            ),
            ColumnSpec(
                "influencer_name", self.tr("Influencer"), lambda r: f"{r.influencer_name} (@{r.handle})"
            ),
            ColumnSpec(
                "platform", self.tr("Platform"), lambda r: self.platform_titles.get(r.platform, r.platform)
            ),
            ColumnSpec("format", self.tr("Format"), lambda r: r.format_title),
            ColumnSpec("published_on", self.tr("Published"), lambda r: r.published_on, format_date),
            ColumnSpec("campaign", self.tr("Campaign"), lambda r: r.campaign_name),
            ColumnSpec("url", self.tr("Link"), lambda r: r.url),
        ]

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
        db = self.ws.db
        self.rows = reading(db, pl.list_rows) if db is not None else []
        self.platform_titles = dict(reading(db, platforms)) if db is not None else {}
        current = self.campaign.currentData()
        self.campaign.clear()
        self.campaign.addItem(self.tr("all campaigns"), None)
        for campaign_id, label in reading(db, pl.campaigns_with_placements) if db is not None else []:
            self.campaign.addItem(label, campaign_id)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.bulk_button.setEnabled(not self.ws.read_only)
        self.apply_filter()

    def matching(self) -> list[int]:
        """Indices of the rows the filters let through."""
        campaign, status = self.campaign.currentData(), self.status.currentData()
        words = self.search.text().casefold().split()
        today = self.today()
        first, last = to_date(self.date_from.date()), to_date(self.date_to.date())
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

    def _period_changed(self, *_: object) -> None:
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
        capture = sorted(
            (r for r in shown if r.capture_days_left(today) is not None),
            key=lambda r: r.capture_days_left(today) or 0,
        )
        self.capture_model.set_rows(capture)
        self.metrics.show_rows([r for r in shown if r.status in rules.APPEARED])
        self.tabs.setTabText(
            2,
            self.tr("To capture ({count})").format(count=len(capture)) if capture else self.tr("To capture"),
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
        db, ids = self.ws.db, self.selected_ids()
        if db is None or not ids:
            return
        status = self.bulk_status.currentData()
        self.ws.edit(
            self.tr("Set the status of {count} placements").format(count=len(ids)),
            lambda: in_transaction(db, pl.update_many, ids, {"status": status}),
            lambda previous: in_transaction(db, pl.restore_many, previous),
            ENTITY,
            ids,
        )

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity in (ENTITY, "estimates", "influencers"):
            self.reload()

    def save_layout(self) -> None:
        self.settings.set_state("placements/splitter", self.splitter.saveState())

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
