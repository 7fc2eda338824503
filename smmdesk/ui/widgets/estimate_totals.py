"""Under the estimate's lines: the totals (VAT words per mode, as RULES.md names them), the forecast,
and — in the internal view — what the bloggers get and what the agency keeps."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from smmdesk.domain.estimate import total_lines, valid_discount, valid_quantity, valid_unit_price
from smmdesk.domain.estimate_view import LineView, VersionView
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_int, format_money

# The rules a line's value is held to when saved (services.estimate_lines), checked while typing too.
LINE_RULES: dict[str, Callable[[Any], Any]] = {
    "quantity": valid_quantity,
    "discount_pct": valid_discount,
    "unit_price": valid_unit_price,
    "contractor_fee": valid_unit_price,
}


def with_typed(view: VersionView, line: LineView, field: str, value: Any) -> VersionView:
    """The version as it would be with a value still being typed into a line, for a preview of its
    totals; a value out of the rules' range raises their ValidationError (never previewed)."""
    value = LINE_RULES[field](value) if field in LINE_RULES else value
    changed = dataclasses.replace(line, **{field: value})
    return dataclasses.replace(
        view, lines=tuple(changed if each.line_key == line.line_key else each for each in view.lines)
    )


class TotalsPanel(QWidget):
    """`fill(view, internal)` writes the version's figures; a preview passes a version not saved yet."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.totals = QLabel()
        self.totals.setObjectName("estimateTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.forecast = QLabel()
        self.forecast.setObjectName("estimateForecast")
        self.forecast.setWordWrap(True)
        self.inside = QLabel()
        self.inside.setObjectName("estimateInternal")
        self.inside.setWordWrap(True)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.forecast, 0, 0)
        grid.addWidget(self.inside, 1, 0)
        grid.addWidget(self.totals, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight)
        grid.setColumnStretch(0, 1)

    @staticmethod
    def _lines(view: VersionView) -> list[tuple[str, Decimal | None, bool]]:
        """The totals block worded as the client's files word it (RULES.md, one source)."""
        point = QLocale().decimalPoint()
        worded = total_lines(view.totals, view.agency_fee_pct, view.vat_mode, view.vat_rate)
        return [(line.words(translate, point), line.amount, line.key == "total") for line in worded]

    def fill(self, view: VersionView, internal: bool) -> None:
        def row(label: str, value: str, bold: bool) -> str:
            if bold:
                label, value = f"<b>{label}</b>", f"<b>{value}</b>"
            return f"<tr><td align=right>{label}</td><td align=right>&nbsp;&nbsp;{value}</td></tr>"

        cells = "".join(
            row(label, "" if value is None else format_money(value, view.currency), bold)
            for label, value, bold in self._lines(view)
        )
        if view.over_budget and view.budget_limit is not None:
            over = format_money(view.totals.total - view.budget_limit, view.currency)
            warning = self.tr("Over the budget by {amount}").format(amount=over)
            cells += f"<tr><td colspan=2 align=right style='color:#b00020'>{warning}</td></tr>"
        self.totals.setText(f"<table>{cells}</table>")
        f = view.forecast
        self.forecast.setText(
            self.tr(
                "Forecast: followers {followers}, reach {reach}, views {views}; CPM {cpm}, CPV {cpv}."
            ).format(
                followers=format_int(f.followers),
                reach=format_int(f.reach),
                views=format_int(f.views),
                cpm=format_money(f.cpm, view.currency),
                cpv=format_money(f.cpv, view.currency),
            )
        )
        problems = (
            self.tr("Lines to check: {count} (shown in red).").format(count=len(view.flags))
            if view.flags
            else ""
        )
        inside = (
            self.tr("Bloggers and suppliers get {paid}; the agency keeps {margin} before VAT.").format(
                paid=format_money(view.contractor_total, view.currency),
                margin=format_money(view.margin, view.currency),
            )
            if internal
            else ""
        )
        self.inside.setText(" ".join(part for part in (inside, problems) if part))
