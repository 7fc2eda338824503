"""The register of payments to bloggers for a period, on screen and exported to XLSX."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.placements import by_currency
from smmdesk.domain.text import file_name
from smmdesk.services import placements as pl
from smmdesk.services.session import reading
from smmdesk.ui.core import ask, background, notify
from smmdesk.ui.core.formatting import format_date, format_money
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.date_field import DateField
from smmdesk.ui.widgets.placement_detail import kind_label


class PaymentsRegister(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PaymentsRegister")
        self.ws = workspace
        first, last = current_month(dt.date.today())
        self.date_from = DateField(first)
        self.date_to = DateField(last)
        for field in (self.date_from, self.date_to):
            field.edited.connect(self.reload)
        self.export_button = QPushButton(self.tr("Export to XLSX…"))
        self.export_button.clicked.connect(lambda: self.export())
        self.total = QLabel()
        self.total.setObjectName("registerTotal")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Paid from")))
        top.addWidget(self.date_from)
        top.addWidget(QLabel(self.tr("to")))
        top.addWidget(self.date_to)
        top.addWidget(self.total, 1)
        top.addWidget(self.export_button)
        self.model: RowTableModel[pl.PaymentRow] = RowTableModel(
            [
                ColumnSpec("paid_on", self.tr("Date"), lambda p: p.paid_on, format_date),
                ColumnSpec("campaign", self.tr("Campaign"), lambda p: p.campaign_name),
                ColumnSpec("payee", self.tr("Payee"), lambda p: p.payee),
                ColumnSpec("what", self.tr("For"), lambda p: p.what or self.tr("all in the campaign")),
                ColumnSpec("kind", self.tr("Kind"), lambda p: kind_label(p.kind)),
                ColumnSpec("method", self.tr("Method"), lambda p: p.method),
                ColumnSpec("document", self.tr("Document"), lambda p: p.document),
                ColumnSpec("amount", self.tr("Amount"), lambda p: format_money(p.amount, p.currency),
                           align=RIGHT, sort_key=lambda p: p.amount),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("paymentsRegister")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        for index, width in enumerate((90, 200, 180, 200, 150, 120, 130, 120)):
            self.table.setColumnWidth(index, width)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        workspace.bus.changed.connect(self._on_changed)
        workspace.bus.reset.connect(self.reload)
        self.reload()

    def _on_changed(self, entity: str, _: object) -> None:
        if entity == "placements":
            self.reload()

    def period(self) -> tuple[dt.date, dt.date]:
        first, last = current_month(dt.date.today())
        return self.date_from.value() or first, self.date_to.value() or last

    def reload(self) -> None:
        db = self.ws.db
        rows = reading(db, pl.payments_register, *self.period()) if db is not None else []
        self.model.set_rows(rows)
        totals = by_currency((p.currency, p.amount) for p in rows)  # never added across currencies
        self.total.setText(
            self.tr("Payments: {count}, in all {total}").format(
                count=len(rows), total="; ".join(format_money(v, c) for c, v in totals.items()) or "—"
            )
        )

    def export(self, path: str | None = None) -> Path | None:
        """The register for the period to XLSX, written in the background; returns the file it will be."""
        from smmdesk.services.report import export_payments_register

        db = self.ws.db
        if db is None:
            return None
        first, last = self.period()
        suggested = file_name(f"Реестр платежей {first:%d.%m.%Y}—{last:%d.%m.%Y}") + ".xlsx"
        chosen = path or ask.save_file(
            self, self.tr("Export the payments register"), suggested, "Excel (*.xlsx)"
        )
        if not chosen:
            return None
        found = ask.export_targets(self, chosen, [".xlsx"])
        if not found:
            return None
        (target,) = found
        background.export(
            self,
            self.tr("Exporting the payments register…"),
            [target],
            lambda paths, report, cancelled: reading(db, export_payments_register, first, last, paths[0]),
            lambda _: notify.post(self.tr("Exported: {path}").format(path=target)),
        )
        return target


def current_month(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and the last day of `day`'s month."""
    first = day.replace(day=1)
    following = (first + dt.timedelta(days=32)).replace(day=1)
    return first, following - dt.timedelta(days=1)
