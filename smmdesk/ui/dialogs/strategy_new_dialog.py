"""A new strategy: its title, whose it is (a client, or the agency's own brand) and its period."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from smmdesk.ui.dialogs.form_dialog import FormDialog, required_date
from smmdesk.ui.widgets.date_field import DateField


class NewStrategyDialog(FormDialog):
    """Proposes this month and the two after it; the client's records are what its KPIs and
    initiatives can be linked to, so the choice is made here."""

    def __init__(
        self, clients: Sequence[tuple[int, str]], today: dt.date, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("New strategy"), parent)
        self.title = QLineEdit()
        self.title.setObjectName("strategy_title")
        self.client = QComboBox()
        self.client.setObjectName("strategy_client")
        self.client.addItem(self.tr("the agency's own brand"), None)
        for client_id, name in clients:
            self.client.addItem(name, client_id)
        first = today.replace(day=1)
        last = (first + dt.timedelta(days=95)).replace(day=1) - dt.timedelta(days=1)  # three months
        self.start, self.end = DateField(first), DateField(last)
        self.form.addRow(self.tr("Title:"), self.title)
        self.form.addRow(self.tr("Whose:"), self.client)
        self.form.addRow(self.tr("From:"), self.start)
        self.form.addRow(self.tr("To:"), self.end)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "client_id": self.client.currentData(),
            "period_from": required_date(self.start, self.tr("the strategy's first day")),
            "period_to": required_date(self.end, self.tr("the strategy's last day")),
        }
