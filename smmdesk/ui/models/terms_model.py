"""The terms of one account on the generic table model: a row per format, edited in place.

Each change goes to `commit(format_id, key, value)`; a text that is not a number or a date is
refused through `refused(key, text)` and nothing is saved.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from smmdesk.domain import influencers as rules
from smmdesk.i18n import translate
from smmdesk.ui.core.formatting import format_date, format_money, format_percent, parse_decimal
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel

if TYPE_CHECKING:
    from smmdesk.services.influencers import TermsInfo

Commit = Callable[[int, str, Any], bool]
_INVALID = object()


@dataclass(frozen=True)
class TermsLine:
    format_id: int
    title: str
    terms: TermsInfo | None


def _raw(line: TermsLine, key: str) -> Any:
    return None if line.terms is None else getattr(line.terms, key)


class TermsModel(RowTableModel[TermsLine]):
    def __init__(self, commit: Commit, parent: Any = None) -> None:
        super().__init__([], parent)
        self.commit = commit
        self.refused: Callable[[str, str], None] = lambda key, text: None
        self.columns = self._columns()

    @property
    def lines(self) -> Sequence[TermsLine]:
        return self.rows

    @property
    def read_only(self) -> bool:
        return not self.editable

    @read_only.setter
    def read_only(self, value: bool) -> None:
        self.editable = not value

    def set_lines(self, lines: Sequence[TermsLine]) -> None:
        """The account's terms again: the same formats are updated in place, so an editor being
        committed (whose save reloads the account) is not deleted under the view by a reset."""
        self.update_rows(list(lines), lambda line: line.format_id)

    def _columns(self) -> list[ColumnSpec[TermsLine]]:
        def editable(
            key: str,
            title: str,
            shown: Callable[[TermsLine], str],
            edit_value: Callable[[Any], Any],
            align: Any = None,
            width: int = 0,
        ) -> ColumnSpec[TermsLine]:
            extra = {"align": align} if align is not None else {}
            return ColumnSpec(
                key,
                title,
                shown,
                width=width,
                edit=lambda line, typed: self._edit(line, key, typed),
                edit_value=lambda line: edit_value(_raw(line, key)),
                **extra,
            )

        def price(line: TermsLine) -> str:
            value = _raw(line, "price")
            if value is None:
                return line.terms.price_note if line.terms else ""
            return format_money(value)

        def product(line: TermsLine) -> str:
            value = _raw(line, "product")
            return (
                QCoreApplication.translate("Influencers", rules.PRODUCT_LABELS.get(value, ""))
                if value
                else ""
            )

        return [
            ColumnSpec("format", translate("TermsModel", "Format"), lambda line: line.title, width=130),
            editable(
                "price",
                translate("TermsModel", "Price"),
                price,
                lambda v: "" if v is None else format(v, "f"),
                RIGHT,
                100,
            ),
            editable(
                "included",
                translate("TermsModel", "What is included"),
                lambda line: _raw(line, "included") or "",
                lambda v: v or "",
                width=150,
            ),
            editable(
                "prepayment_pct",
                translate("TermsModel", "Prepayment, %"),
                lambda line: (
                    ""
                    if _raw(line, "prepayment_pct") is None
                    else format_percent(_raw(line, "prepayment_pct"))
                ),
                lambda v: "" if v is None else format(v.normalize(), "f"),
                RIGHT,
                90,
            ),
            editable("product", translate("TermsModel", "Product"), product, lambda v: v, width=120),
            editable(
                "exclusivity",
                translate("TermsModel", "Exclusivity"),
                lambda line: _raw(line, "exclusivity") or "",
                lambda v: v or "",
                width=110,
            ),
            editable(
                "agreed_on",
                translate("TermsModel", "Agreed on"),
                lambda line: format_date(_raw(line, "agreed_on")),
                lambda v: v,
                width=100,
            ),
        ]

    def _edit(self, line: TermsLine, key: str, typed: Any) -> bool:
        parsed = self._parse(key, typed)
        if parsed is _INVALID:
            self.refused(key, str(typed))
            return False
        if parsed == _raw(line, key):
            return False
        return self.commit(line.format_id, key, parsed)

    @staticmethod
    def _parse(key: str, value: Any) -> Any:
        if key in ("price", "prepayment_pct"):
            if isinstance(value, Decimal) or value is None:
                return value
            text = str(value).strip()
            if not text:
                return None
            number = parse_decimal(text.replace("₽", "").replace("%", ""))
            return _INVALID if number is None else number
        if key == "agreed_on":
            return value if isinstance(value, dt.date) or value is None else _INVALID
        return "" if value is None else str(value)
