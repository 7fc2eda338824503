"""The «Призы и расходы» tab: prizes edited in place (those over 4 000 ₽ flagged for the personal
income tax), their cost, the cost per eligible participant and the budget."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from smmdesk.domain import contests as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import parse_money
from smmdesk.services import contests as svc
from smmdesk.services.session import in_transaction
from smmdesk.ui.core.formatting import format_int, format_money, parse_whole
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths
from smmdesk.ui.widgets.delegates import type_to_edit

if TYPE_CHECKING:
    from smmdesk.ui.windows.contests import ContestsWindow

ENTITY = "contests"
TAXED = QColor("#fff1d6")


class PrizesTab(QWidget):
    def __init__(self, section: ContestsWindow) -> None:
        super().__init__(section)
        self.section = section
        self.model: RowTableModel[rules.Prize] = RowTableModel(self._columns(), self)
        self.model.background = lambda p: TAXED if p.taxed else None
        self.table = QTableView()
        self.table.setObjectName("contestPrizes")
        self.table.setModel(self.model)
        type_to_edit(self.table)
        self.table.verticalHeader().hide()
        apply_widths(self.table, self.model.columns)
        self.add_button = QPushButton(self.tr("Add a prize"))
        self.add_button.clicked.connect(self.add_prize)
        self.remove_button = QPushButton(self.tr("Remove the prize"))
        self.remove_button.clicked.connect(self.remove_prize)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.costs = QLabel()
        self.costs.setObjectName("contestCosts")
        self.costs.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "A prize worth over {limit} a year to one winner is subject to personal income tax "
                "(NDFL): the organiser withholds it or tells the winner. Such prizes are highlighted."
            ).format(limit=f"{format_int(int(rules.TAX_FREE_LIMIT))}\u00a0₽")  # the language's grouping
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        layout.addWidget(self.costs)
        layout.addWidget(hint)

    def _columns(self) -> list[ColumnSpec[rules.Prize]]:
        def taxed(value: bool) -> str:
            return self.tr("due: worth over 4 000 ₽") if value else "—"

        def editing(key: str) -> dict[str, Any]:
            return {"edit": lambda p, v: self.edit_prize(p, key, v)}

        return [
            ColumnSpec("name", self.tr("Prize"), lambda p: p.name, width=240, **editing("name")),
            ColumnSpec(
                "quantity",
                self.tr("Quantity"),
                lambda p: p.quantity,
                align=RIGHT,
                width=80,
                **editing("quantity"),
            ),
            ColumnSpec(
                "value",
                self.tr("Value each"),
                lambda p: p.value,
                format_money,
                RIGHT,
                width=120,
                edit_value=lambda p: str(p.value).replace(".", ","),
                **editing("value"),
            ),
            ColumnSpec("sponsor", self.tr("Sponsor"), lambda p: p.sponsor, width=160, **editing("sponsor")),
            ColumnSpec("tax", self.tr("Personal income tax"), lambda p: p.taxed, taxed, width=200),
        ]

    def fill(self, info: svc.ContestInfo, writable: bool) -> None:
        self.model.set_rows(info.prizes)
        self.model.editable = writable and info.draw is None
        for button in (self.add_button, self.remove_button):
            button.setEnabled(writable and info.draw is None)
        costs, budget = info.costs, info.values["budget"]
        over = budget is not None and costs.total > budget
        over_text = (
            self.tr(" — over the budget of {budget}").format(budget=format_money(budget)) if over else ""
        )
        text = self.tr(
            "Prizes {prizes}; other costs {other}; in all {total}{over}; per eligible participant {each}."
        )
        self.costs.setText(
            text.format(
                prizes=format_money(costs.prizes),
                other=format_money(costs.other),
                total=format_money(costs.total),
                each=format_money(costs.per_participant),
                over=over_text,
            )
        )

    def _set_prizes(self, prizes: list[rules.Prize]) -> bool:
        section = self.section
        db, info = section.db, section.info
        if db is None or info is None:
            return False
        return bool(
            section.edit(
                self.tr("Prizes of {title}").format(title=info.title),
                lambda: in_transaction(db, svc.set_prizes, info.id, prizes),
                lambda previous: in_transaction(db, svc.set_prizes, info.id, previous),
                ENTITY,
                [info.id],
                shown_in=self.message,
            )
        )

    def edit_prize(self, prize: rules.Prize, key: str, typed: Any) -> bool:
        info = self.section.info
        if info is None:
            return False
        text = str(typed).strip()
        try:
            value: Any = text
            if key == "quantity":
                value = parse_whole(text)
            elif key == "value":
                value = parse_money(text)
        except (ValueError, ValidationError):
            self.message.setText(self.tr("Not a number: {text}").format(text=text))
            return False
        if value is None:
            self.message.setText(self.tr("Not a number: {text}").format(text=text))
            return False
        changed = rules.Prize(**{**prize.__dict__, key: value})
        prizes = [changed if p is prize else p for p in info.prizes]
        return prizes != info.prizes and self._set_prizes(prizes)

    def add_prize(self) -> None:
        info = self.section.info
        if info is not None:
            self._set_prizes([*info.prizes, rules.Prize(self.tr("Prize"), 1, Decimal(1000))])

    def remove_prize(self) -> None:
        index, info = self.table.currentIndex(), self.section.info
        if info is not None and index.isValid():
            doomed = self.model.row_at(index.row())
            self._set_prizes([p for p in info.prizes if p is not doomed])
