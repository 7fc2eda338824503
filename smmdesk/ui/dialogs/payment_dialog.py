"""Recording a payment to a blogger: for one placement, or for all their placements in a campaign."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from smmdesk.domain.money import parse_money
from smmdesk.domain.placements import PAYMENT_KIND_LABELS, PAYMENT_METHODS
from smmdesk.i18n import translate
from smmdesk.ui.dialogs.form_dialog import FormDialog, required_date
from smmdesk.ui.widgets.date_field import DateField


class PaymentDialog(FormDialog):
    """`values()`: paid_on, amount, kind, method, document, notes."""

    def __init__(self, whom: str, left: str, suggested_kind: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("A payment"), parent)
        self.form.addRow(QLabel(whom))
        self.form.addRow(QLabel(self.tr("Left to pay: {left}").format(left=left)))
        self.paid_on = DateField(dt.date.today())
        self.amount = QLineEdit()
        self.amount.setPlaceholderText(self.tr("e.g. 15 000"))
        self.kind = QComboBox()
        for kind, label in PAYMENT_KIND_LABELS.items():
            self.kind.addItem(translate("Placements", label), kind.value)
        self.kind.setCurrentIndex(max(self.kind.findData(suggested_kind), 0))
        self.method = QComboBox()
        self.method.setEditable(True)
        self.method.addItems([translate("Placements", m) for m in PAYMENT_METHODS])
        self.document = QLineEdit()
        self.document.setPlaceholderText(self.tr("e.g. payment order 123 of 05.10"))
        self.notes = QLineEdit()
        for label, widget in (
            (self.tr("Date:"), self.paid_on),
            (self.tr("Amount:"), self.amount),
            (self.tr("Kind:"), self.kind),
            (self.tr("Method:"), self.method),
            (self.tr("Document:"), self.document),
            (self.tr("Note:"), self.notes),
        ):
            self.form.addRow(label, widget)
        self.finish_layout()
        self.amount.setFocus()

    def values(self) -> dict[str, Any]:
        return {
            "paid_on": required_date(self.paid_on, self.tr("the day it was paid")),
            "amount": parse_money(self.amount.text()),
            "kind": self.kind.currentData(),
            "method": self.method.currentText(),
            "document": self.document.text(),
            "notes": self.notes.text(),
        }
