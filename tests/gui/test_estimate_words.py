"""The estimate editor says what the client's files say: the VAT words of RULES.md for each mode,
and every amount in the estimate's own currency (a USD estimate shows no ₽ anywhere)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from smmdesk.io.estimate_content import totals_of

DRAFT = 4  # the demo's Valentine's estimate, a draft
WORDS = {
    "on_top": ["Итого без НДС", "НДС 22 %", "Всего к оплате"],
    "included": ["Итого", "в том числе НДС 22 %", "Всего к оплате"],
    "none": ["Итого", "НДС не облагается (УСН)", "Всего к оплате"],
}


@pytest.fixture
def editor(main_demo):
    section = main_demo.show_section("estimates")
    assert section.select("estimate", DRAFT)
    return section.editor


def labels(editor) -> list[str]:
    """The totals' words as the window shows them, top to bottom."""
    return [
        re.sub("<[^>]+>", "", cell)
        for cell in re.findall(r"<td align=right>(.*?)</td>", editor.totals.text())
    ][::2]


@pytest.mark.parametrize("mode", ["on_top", "included", "none"])
def test_the_window_words_the_totals_as_the_files_do(editor, mode: str) -> None:
    editor.vat_mode.setCurrentIndex(editor.vat_mode.findData(mode))
    editor.vat_mode.activated.emit(editor.vat_mode.currentIndex())
    assert editor.version.vat_mode == mode
    shown = labels(editor)
    assert shown[-3:] == WORDS[mode]
    assert shown == [line.words() for line in totals_of(editor.version)]  # the files' words, one source
    if mode == "included":
        assert not any("без НДС" in label for label in shown)


def test_a_usd_estimate_shows_dollars_in_every_cell_total_and_forecast(editor, qtbot) -> None:
    editor.currency.setCurrentText("USD")
    editor.currency.activated.emit(editor.currency.currentIndex())
    assert editor.version.currency == "USD"
    model = editor.model
    cells = [
        model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or ""
        for r in range(model.rowCount())
        for c in range(model.columnCount())
    ]
    money = [cell for cell in cells if cell.endswith("$")]
    assert money and not any("₽" in cell for cell in cells)
    for text in (editor.totals.text(), editor.forecast.text(), editor.subheading.text()):
        assert "₽" not in text
    assert "$" in editor.totals.text() and "$" in editor.forecast.text()
    price = editor.model.column_index("unit_price")
    assert editor.table.itemDelegateForColumn(price).suffix.endswith("$")  # typed in dollars too
    editor.internal.setChecked(True)
    assert "₽" not in editor.inside.text()


def test_a_price_is_typed_beside_the_estimates_currency(editor, qtbot) -> None:
    from decimal import Decimal

    from PySide6.QtWidgets import QLabel, QLineEdit

    editor.currency.setCurrentText("USD")
    editor.currency.activated.emit(editor.currency.currentIndex())
    index = editor.model.index(0, editor.model.column_index("unit_price"))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    (box,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    unit = box.findChild(QLabel, "unit")
    assert unit is not None and unit.text() == "$" and unit.isVisible()
    assert unit.geometry().left() > box.width() // 2  # at the right end, beside the number
    box.selectAll()
    qtbot.keyClicks(box, "1 500 $")  # typed with its currency: read as the number
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.version.lines[0].unit_price == Decimal("1500"))
