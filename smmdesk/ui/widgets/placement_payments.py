"""The «Оплата» tab of a placement: the blogger's fee and pay-by date, the payments made, and one
payment for all of a blogger's placements in the campaign."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from smmdesk.domain import placements as rules
from smmdesk.domain.money import currency_symbol, parse_money
from smmdesk.domain.placements import PlacementRow
from smmdesk.i18n import translate
from smmdesk.services import placements as pl
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.formatting import format_date, format_decimal, format_money
from smmdesk.ui.core.labels import format_label
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form import Field, Form, save

if TYPE_CHECKING:
    from smmdesk.ui.widgets.placement_detail import PlacementDetail

ENTITY = "placements"


def kind_label(kind: str) -> str:
    return translate("Placements", rules.PAYMENT_KIND_LABELS[rules.PaymentKind(kind)])


def _money(text: str) -> Decimal | None:
    text = text.strip()
    return parse_money(text) if text else None


class PaymentsTab(QWidget):
    def __init__(self, detail: PlacementDetail) -> None:
        super().__init__(detail)
        self.detail = detail
        self.form = Form(QFormLayout(), self._commit, "payment")
        self.fee = self.form.line(
            "fee",
            self.tr("Fee, {symbol}:").format(symbol=currency_symbol("RUB")),
            _money,
            lambda v: format_decimal(v, 2),
            placeholder=self.tr("what the blogger gets for this publication"),
        )
        self.form.date("payment_due", self.tr("Pay by:"))
        self.balance = QLabel()
        self.balance.setObjectName("paymentBalance")
        self.balance.setWordWrap(True)
        self.model: RowTableModel[pl.PaymentRow] = RowTableModel(
            [
                ColumnSpec("paid_on", self.tr("Date"), lambda p: p.paid_on, format_date),
                ColumnSpec("amount", self.tr("Amount"), lambda p: format_money(p.amount, p.currency),
                           align=RIGHT, sort_key=lambda p: p.amount),
                ColumnSpec("kind", self.tr("Kind"), lambda p: kind_label(p.kind)),
                ColumnSpec("method", self.tr("Method"), lambda p: p.method),
                ColumnSpec("document", self.tr("Document"), lambda p: p.document),
                ColumnSpec("what", self.tr("For"), lambda p: p.what or self.tr("all in the campaign")),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("placementPayments")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.balance)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._buttons())

    def _buttons(self) -> QHBoxLayout:
        self.pay_button = QPushButton(self.tr("Payment…"))
        self.pay_button.clicked.connect(lambda: self.add_payment(False))
        self.pay_all_button = QPushButton(self.tr("For all of the blogger's placements…"))
        self.pay_all_button.setToolTip(
            self.tr("One payment for all of this blogger's placements in the campaign")
        )
        self.pay_all_button.clicked.connect(lambda: self.add_payment(True))
        self.unpay_button = QPushButton(self.tr("Delete the payment"))
        self.unpay_button.clicked.connect(self.delete_payment)
        row = QHBoxLayout()
        for button in (self.pay_button, self.pay_all_button, self.unpay_button):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def fill(self, row: PlacementRow, payments: list[pl.PaymentRow], writable: bool) -> None:
        self.form.show({"fee": row.fee, "payment_due": row.payment_due})
        box = self.fee.parentWidget()  # the form's row around the fee and its error
        fee_label = self.form.layout.labelForField(box) if box is not None else None
        if isinstance(fee_label, QLabel):  # the fee in its estimate's currency
            fee_label.setText(self.tr("Fee, {symbol}:").format(symbol=currency_symbol(row.currency)))
        state = translate("Placements", rules.PAID_LABELS[row.paid_state])
        self.balance.setText(
            self.tr("Paid {paid} of {fee}; left {left} — {state}.").format(
                paid=format_money(row.paid, row.currency),
                fee=format_money(row.fee, row.currency),
                left=format_money(row.balance, row.currency),
                state=state,
            )
        )
        self.model.set_rows(payments)
        self.form.set_enabled(writable)
        for button in (self.pay_button, self.pay_all_button, self.unpay_button):
            button.setEnabled(writable)

    def _commit(self, key: str, value: Any, field: Field) -> None:
        self.detail.save_changes({key: value}, field)

    def add_payment(self, whole_campaign: bool) -> None:
        from smmdesk.ui.dialogs.payment_dialog import PaymentDialog

        detail = self.detail
        row, db = detail.row, detail.ws.db
        if row is None or db is None or (whole_campaign and row.account_id is None):
            return
        if whole_campaign:
            fees, paid = reading(db, pl.influencer_balance, row.campaign_id, row.account_id)
            whom = self.tr("{name}: all placements in {campaign}").format(
                name=row.influencer_name, campaign=row.campaign_name
            )
            left = fees - paid
        else:
            whom = f"{row.influencer_name}: {format_label(row.format_title)}, {format_date(row.slot_date)}"
            left = row.balance or Decimal(0)
        kind = rules.PaymentKind.FINAL if row.paid else rules.PaymentKind.PREPAYMENT
        dialog = PaymentDialog(whom, format_money(left, row.currency), kind.value, detail)
        action: Callable[..., int] = pl.add_influencer_payment if whole_campaign else pl.add_payment
        args: tuple[Any, ...] = (row.campaign_id, row.account_id) if whole_campaign else (row.id,)
        dialog.save = lambda values: detail.ws.edit(
            self.tr("A payment to {name}").format(name=row.influencer_name),
            lambda: in_transaction(db, action, *args, **values),
            lambda payment_id: in_transaction(db, pl.remove_payment, payment_id),
            ENTITY,
            None,
        )
        dialog.exec()

    def delete_payment(self) -> None:
        detail = self.detail
        db, index = detail.ws.db, self.table.currentIndex()
        if db is None or not index.isValid() or detail.row is None:
            return
        payment = self.model.row_at(index.row())
        question = self.tr("Delete the payment of {amount} of {date}?").format(
            amount=format_money(payment.amount, payment.currency), date=format_date(payment.paid_on)
        )
        if not ask.confirm(detail, self.tr("Delete the payment"), question):
            return
        save(
            detail.ws,
            detail,
            self.tr("Delete a payment"),
            lambda: in_transaction(db, pl.delete_payment, payment.id),
            lambda snapshot: in_transaction(db, pl.restore_payment, snapshot),
            ENTITY,
            None,
        )
