"""An account's terms per format and its price history, sized for the detail panel.

The table shows what is compared at a glance (format, price, prepayment, the date agreed); what
is included, the product and exclusivity of the chosen format are edited under it, so nothing
has to be scrolled sideways. Undoing a price change takes its history entry back too.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import influencers as rules
from smmdesk.i18n import translate
from smmdesk.lazy import lazy_module
from smmdesk.services.session import in_transaction
from smmdesk.ui.core.formatting import format_datetime, format_money
from smmdesk.ui.core.labels import format_title
from smmdesk.ui.models.terms_model import TermsLine, TermsModel
from smmdesk.ui.widgets.delegates import DateDelegate, TextDelegate, type_to_edit
from smmdesk.ui.widgets.form import Field, Form, save
from smmdesk.ui.widgets.tables import wrapping_titles

if TYPE_CHECKING:
    from smmdesk.services import influencers as svc
else:
    svc = lazy_module("smmdesk.services.influencers")

ENTITY = "influencers"
IN_TABLE = ("format", "price", "prepayment_pct", "agreed_on")
UNDER_TABLE = ("included", "product", "exclusivity")


class TermsPanel(QGroupBox):
    """The terms of the account the detail panel shows (`show_account`)."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Terms per format"))
        self.ws = workspace
        self.account_id: int | None = None
        self.influencer_id: int | None = None
        self.formats: list[svc.FormatInfo] = []
        self.model = TermsModel(self._commit, self)
        self.model.refused = lambda key, text: self.error.setText(
            self.tr("Not a number: {text}").format(text=text)
        )
        self.table = self._table()
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.row_title = QLabel()
        self.row_title.setObjectName("termsRowTitle")
        self.form = Form(QFormLayout(), self._commit_row, "terms")
        self.form.line("included", self.tr("Included:"), placeholder=self.tr("e.g. 1 photo + 3 stories"))
        self.form.choice(
            "product",
            self.tr("Product:"),
            [(p.value, translate("Influencers", rules.PRODUCT_LABELS[p])) for p in rules.ProductTerms],
        )
        self.form.line(
            "exclusivity", self.tr("Exclusivity:"), placeholder=self.tr("e.g. no other coffee for a month")
        )
        self.history = QListWidget()
        self.history.setObjectName("priceHistory")
        self.history.setWordWrap(True)
        self.history.setMaximumHeight(90)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.error)
        layout.addWidget(self.row_title)
        layout.addLayout(self.form.layout)
        layout.addWidget(QLabel(self.tr("Price history:")))
        layout.addWidget(self.history)

    def _table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("termsTable")
        table.setModel(self.model)
        wrapping_titles(table)
        table.verticalHeader().hide()
        type_to_edit(table)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # The format's name takes what the panel has left; the figures keep narrow columns (their
        # titles wrap), so the table never scrolls sideways in the panel.
        header.setSectionResizeMode(self.model.column_index("format"), QHeaderView.ResizeMode.Stretch)
        for index, column in enumerate(self.model.columns):
            table.setColumnHidden(index, column.key not in IN_TABLE)
        for key, width in (("price", 92), ("prepayment_pct", 78), ("agreed_on", 92)):
            table.setColumnWidth(self.model.column_index(key), width)
        table.setItemDelegateForColumn(self.model.column_index("price"), TextDelegate(parent=self))
        table.setItemDelegateForColumn(self.model.column_index("prepayment_pct"), TextDelegate(parent=self))
        table.setItemDelegateForColumn(self.model.column_index("agreed_on"), DateDelegate(self))
        table.setMinimumHeight(130)
        table.selectionModel().currentRowChanged.connect(lambda current, _: self._show_row(current.row()))
        return table

    def show_account(self, influencer_id: int | None, account: svc.AccountInfo | None) -> None:
        self.influencer_id = influencer_id
        self.account_id = account.id if account else None
        self.table.setEnabled(account is not None)
        terms = {t.format_id: t for t in account.terms} if account else {}
        current = max(self.table.currentIndex().row(), 0)
        self.model.set_lines(
            [TermsLine(f.id, format_title(f.code, f.title), terms.get(f.id)) for f in self.formats]
        )
        self.error.clear()
        if self.model.rowCount():
            self.table.selectRow(min(current, self.model.rowCount() - 1))
        self._show_row(self.table.currentIndex().row())
        self.history.clear()
        titles = {f.id: format_title(f.code, f.title) for f in self.formats}
        for change in account.history if account else ():
            self.history.addItem(
                self.tr("{when}: {format} {old} → {new}").format(
                    when=format_datetime(change.changed_at),
                    format=titles.get(change.format_id, "?"),
                    old=format_money(change.old_price),
                    new=format_money(change.new_price),
                )
            )

    def _show_row(self, row: int) -> None:
        line = self.model.lines[row] if 0 <= row < self.model.rowCount() else None
        self.row_title.setText(self.tr("Terms of “{format}”:").format(format=line.title) if line else "")
        terms = line.terms if line else None
        self.form.show({key: getattr(terms, key, "") if terms else "" for key in UNDER_TABLE})
        self.form.set_enabled(line is not None and not self.model.read_only)

    def _commit_row(self, key: str, value: Any, field: Field) -> None:
        row = self.table.currentIndex().row()
        if 0 <= row < self.model.rowCount():
            self._commit(self.model.lines[row].format_id, key, value, field)

    def _commit(self, format_id: int, key: str, value: Any, field: Field | None = None) -> bool:
        account_id, influencer_id, db = self.account_id, self.influencer_id, self.ws.db
        if account_id is None or influencer_id is None or db is None:
            return False
        changes: dict[str, Any] = {key: value}
        if key == "price" and value is not None:
            changes["price_note"] = ""
        done = save(
            self.ws,
            self,
            self.tr("Change the terms of {format}").format(format=self._format_title(format_id)),
            lambda: in_transaction(db, svc.set_terms, account_id, format_id, changes),
            lambda previous: in_transaction(db, svc.restore_terms, account_id, format_id, previous),
            ENTITY,
            [influencer_id],
            shown_in=field or self.error,
        )
        return bool(done)

    def _format_title(self, format_id: int) -> str:
        return next((format_title(f.code, f.title) for f in self.formats if f.id == format_id), "")
