"""The weights of the service choice's criteria for a brand: the defaults the brand's parameters
shift, or the planner's, each with its source and date. A weight typed into the table is the
planner's (dated today); emptied, the default comes back; a source typed is kept with the weight.
Every change is an undoable step of the window's history and ranks the services again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from smmdesk.domain.reputation.choice import CRITERION_LABELS, DEFAULT_WEIGHT_SOURCE, Criterion
from smmdesk.services.reputation import choice
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_date, format_decimal
from smmdesk.ui.dialogs.reputation_lists import share_history
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


@dataclass(frozen=True)
class WeightRow:
    criterion: Criterion
    weight: Decimal
    source: str
    on_date: dt.date | None
    own: bool  # the planner's, not the default


class WeightsDialog(QDialog):
    def __init__(self, section: ReputationWindow, client_id: int) -> None:
        super().__init__(section)
        self.setWindowTitle(self.tr("Weights of the criteria"))
        self.setObjectName("weightsDialog")
        self.section, self.client_id = section, client_id
        self.model: RowTableModel[WeightRow] = RowTableModel(self._columns(), self)
        self.table = section.table_view(self.model, "weightsTable")
        apply_widths(self.table, self.model.columns)
        self.total = QLabel()
        self.total.setObjectName("weightsTotal")
        self.message = QLabel()
        self.message.setObjectName("weightsMessage")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr("An emptied weight takes the default again; the ranking uses the weights' shares.")
        )
        hint.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (hint, self.table, self.total, self.message, close):
            layout.addWidget(widget)
        self.resize(900, 420)
        section.ws.bus.changed.connect(self._changed)
        share_history(self, section)
        self.reload()

    def _columns(self) -> list[ColumnSpec[WeightRow]]:
        return [
            ColumnSpec(
                "criterion",
                self.tr("Criterion"),
                lambda r: _tr("Reputation", CRITERION_LABELS[r.criterion]),
                width=250,
            ),
            ColumnSpec(
                "weight",
                self.tr("Weight"),
                lambda r: r.weight,
                lambda v: format_decimal(v, 2),
                align=RIGHT,
                edit=lambda row, text: self.set_weight(row.criterion, str(text)),
                edit_value=lambda row: format_decimal(row.weight, 2) if row.own else "",
                width=70,
            ),
            ColumnSpec(
                "source",
                self.tr("Source"),
                lambda r: r.source,
                edit=lambda row, text: self.set_weight(
                    row.criterion, format_decimal(row.weight, 2), str(text)
                ),
                edit_value=lambda row: row.source if row.own else "",
                editable=lambda row: row.own,
                width=420,
            ),
            ColumnSpec("date", self.tr("Date"), lambda r: r.on_date, format_date, width=90),
        ]

    def _changed(self, entity: str, _ids: Any) -> None:
        if entity == "reputation" and self.isVisible():
            self.reload()

    def reload(self) -> None:
        db = self.section.db
        found = reading(db, choice.weights, self.client_id) if db is not None else {}
        rows = [
            WeightRow(
                criterion,
                Decimal(str(sourced.value)),
                _tr("Reputation", sourced.source)
                if sourced.source == DEFAULT_WEIGHT_SOURCE
                else sourced.source,
                sourced.date,
                sourced.source != DEFAULT_WEIGHT_SOURCE,
            )
            for criterion, sourced in found.items()
        ]
        self.model.update_rows(rows, lambda row: row.criterion)
        self.model.editable = self.section.writable
        total = sum((row.weight for row in rows), Decimal(0))
        self.total.setText(self.tr("Sum of the weights: {total}").format(total=format_decimal(total, 2)))

    def set_weight(self, criterion: Criterion, typed: str, source: str | None = None) -> bool:
        """The planner's weight (empty: the default again), with `source` or the one it had."""
        db, client = self.section.db, self.client_id
        text = typed.strip()
        current = next(r for r in self.model.rows if r.criterion is criterion)
        origin = (
            source
            if source is not None
            else (current.source if current.own else self.tr("the planner's estimate"))
        )
        today = dt.date.today()

        def do() -> Any:
            if not text:
                return in_transaction(db, choice.clear_weight, client, criterion)
            return in_transaction(db, choice.set_weight, client, criterion, text, origin, today)

        def undo(old: Any) -> None:
            if old is None:
                in_transaction(db, choice.clear_weight, client, criterion)
            else:
                in_transaction(db, choice.set_weight, client, criterion, old[0], old[1], old[2])

        done = self.section.edit(
            self.tr("Weight of {criterion}").format(criterion=_tr("Reputation", CRITERION_LABELS[criterion])),
            do,
            undo,
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.message.clear()
            self.reload()
        return bool(done)


def open_weights(section: ReputationWindow) -> WeightsDialog | None:
    """Shows the brand's weights beside the window (not modal: the matrix follows each change)."""
    if section.client_id is None:
        return None
    dialog = WeightsDialog(section, section.client_id)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
