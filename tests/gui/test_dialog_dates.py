"""Enter in a dialog's date field commits the date and moves on; it never accepts the dialog."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from conftest import type_text
from PySide6.QtCore import Qt

from smmdesk.ui.dialogs.estimate_dialogs import CampaignDialog


def test_enter_in_the_campaigns_dates_moves_on_and_the_typed_budget_is_kept(qtbot, russian) -> None:
    dialog = CampaignDialog([(1, "ООО «Ромашка»")])
    qtbot.addWidget(dialog)
    saved: list[dict] = []
    dialog.save = lambda values: saved.append(values) or 7
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    type_text(dialog.name, "Весна")
    for field, text in ((dialog.start, "1.3.27"), (dialog.end, "31032027")):
        field.line.setFocus()
        field.line.selectAll()
        qtbot.keyClicks(field.line, text)
        qtbot.keyClick(field.line, Qt.Key.Key_Return)
        assert dialog.isVisible() and saved == []  # not accepted
        assert dialog.focusWidget() is not field.line  # moved on to the next field
    assert (dialog.start.value(), dialog.end.value()) == (dt.date(2027, 3, 1), dt.date(2027, 3, 31))
    dialog.budget.setFocus()
    qtbot.keyClicks(dialog.budget, "300 000")
    qtbot.keyClick(dialog.budget, Qt.Key.Key_Return)  # Enter outside a date field is OK
    assert not dialog.isVisible() and dialog.result() == 1
    assert saved[0]["budget_limit"] == D(300000) and saved[0]["period_to"] == dt.date(2027, 3, 31)


def test_enter_on_a_text_that_is_not_a_date_keeps_the_dialog_and_the_cursor(qtbot, russian) -> None:
    dialog = CampaignDialog([(1, "ООО «Ромашка»")])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    dialog.start.line.setFocus()
    dialog.start.line.selectAll()
    qtbot.keyClicks(dialog.start.line, "abc")
    qtbot.keyClick(dialog.start.line, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.focusWidget() is dialog.start.line
    assert dialog.start.line.styleSheet()
