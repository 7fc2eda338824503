"""Small forms of the estimates section: client, campaign, an estimate's name, a cost line, the
client's decision."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from smmdesk.domain.money import parse_money
from smmdesk.ui.core.formatting import parse_whole
from smmdesk.ui.dialogs.form_dialog import FormDialog, required_date
from smmdesk.ui.widgets.date_field import DateField


class ClientDialog(FormDialog):
    FIELDS = ("name", "legal_name", "inn", "contact_person", "email", "phone")

    def __init__(self, current: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Client") if current else self.tr("New client"), parent)
        labels = (
            self.tr("Name:"),
            self.tr("Legal name:"),
            self.tr("INN:"),
            self.tr("Contact person:"),
            self.tr("E-mail:"),
            self.tr("Phone:"),
        )
        self.edits: dict[str, QLineEdit] = {}
        for key, label in zip(self.FIELDS, labels, strict=True):
            edit = QLineEdit(getattr(current, key, "") if current else "")
            edit.setObjectName(f"client_{key}")
            self.edits[key] = edit
            self.form.addRow(label, edit)
        self.notes = QPlainTextEdit(getattr(current, "notes", "") if current else "")
        self.notes.setMaximumHeight(70)
        self.form.addRow(self.tr("Notes:"), self.notes)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {**{k: e.text().strip() for k, e in self.edits.items()}, "notes": self.notes.toPlainText()}


class CampaignDialog(FormDialog):
    def __init__(
        self, clients: list[tuple[int, str]], current: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Campaign") if current else self.tr("New campaign"), parent)
        self.client = QComboBox()
        for client_id, name in clients:
            self.client.addItem(name, client_id)
        if current is not None:
            self.client.setCurrentIndex(max(self.client.findData(current.client_id), 0))
        self.name = QLineEdit(current.name if current else "")
        self.name.setObjectName("campaign_name")
        today = dt.date.today()
        self.start = DateField(current.period_from if current else today)
        self.end = DateField(current.period_to if current else today + dt.timedelta(days=30))
        self.goal = QLineEdit(current.goal if current else "")
        self.budget = QLineEdit(
            "" if current is None or current.budget_limit is None else str(current.budget_limit)
        )
        self.budget.setPlaceholderText(self.tr("e.g. 500 000"))
        self.brief = QPlainTextEdit(current.brief if current else "")
        self.brief.setMaximumHeight(90)
        self.form.addRow(self.tr("Client:"), self.client)
        self.form.addRow(self.tr("Name:"), self.name)
        self.form.addRow(self.tr("From:"), self.start)
        self.form.addRow(self.tr("To:"), self.end)
        self.form.addRow(self.tr("Goal:"), self.goal)
        self.form.addRow(self.tr("Budget limit:"), self.budget)
        self.form.addRow(self.tr("Brief:"), self.brief)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        text = self.budget.text().strip()
        return {
            "client_id": self.client.currentData(),
            "name": self.name.text(),
            "period_from": required_date(self.start, self.tr("the campaign's first day")),
            "period_to": required_date(self.end, self.tr("the campaign's last day")),
            "goal": self.goal.text().strip(),
            "brief": self.brief.toPlainText(),
            "budget_limit": parse_money(text) if text else None,
        }


class EstimateNameDialog(FormDialog):
    """The estimate's name as the tree and the client's files show it; the text is selected, so that
    typing replaces the name a new estimate was given."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Estimate"), parent)
        self.title = QLineEdit(title)
        self.title.setObjectName("estimate_title")
        self.title.selectAll()
        self.form.addRow(self.tr("Name:"), self.title)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {"title": self.title.text()}


class CostDialog(FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Another cost"), parent)
        self.title = QLineEdit()
        self.title.setObjectName("cost_title")
        self.title.setPlaceholderText(self.tr("e.g. production, product, delivery"))
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("cost_quantity")
        self.price = QLineEdit()
        self.price.setObjectName("cost_price")
        self.price.setPlaceholderText(self.tr("e.g. 25 000"))
        self.form.addRow(self.tr("What for:"), self.title)
        self.form.addRow(self.tr("Quantity:"), self.quantity)
        self.form.addRow(self.tr("Unit price:"), self.price)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        from smmdesk.domain.errors import ValidationError
        from smmdesk.domain.text import QT_TRANSLATE_NOOP

        text = self.price.text().strip()
        try:
            quantity = parse_whole(self.quantity.text())
        except ValueError:
            quantity = None
        if quantity is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The quantity is a whole number: {text}"),
                text=self.quantity.text(),
            )
        return {
            "title": self.title.text(),
            "quantity": quantity,
            "unit_price": parse_money(text) if text else None,
        }


class DecisionDialog(FormDialog):
    def __init__(self, approved: bool, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("The client approved") if approved else self.tr("The client rejected"), parent
        )
        self.approved = approved
        self.who = QLineEdit()
        self.who.setObjectName("decision_who")
        self.who.setPlaceholderText(self.tr("name and role on the client's side"))
        self.when = DateField(dt.date.today())
        self.when.setObjectName("decision_when")
        self.comment = QPlainTextEdit()
        self.comment.setMaximumHeight(90)
        self.form.addRow(self.tr("Who:"), self.who)
        self.form.addRow(self.tr("When:"), self.when)
        self.form.addRow(self.tr("Comment:"), self.comment)
        self.finish_layout()

    def values(self) -> dict[str, Any]:
        return {
            "approved": self.approved,
            "who": self.who.text(),
            "when": required_date(self.when, self.tr("when the client decided")),
            "comment": self.comment.toPlainText(),
        }
