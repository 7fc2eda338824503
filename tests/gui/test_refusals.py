"""Refuse, never clamp: a value out of range typed into a cell or a field is refused with its message,
and nothing changes what was typed into something else."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit

from smmdesk.services import estimates as est
from smmdesk.services.settings import read_agency_settings
from smmdesk.services.workspace import reading


@pytest.fixture
def editor(main_demo):
    section = main_demo.show_section("estimates")
    assert section.select("estimate", 4)  # a draft
    return section.editor


def type_into_cell(editor, qtbot, key: str, text: str) -> None:
    index = editor.model.index(0, editor.model.column_index(key))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    (line,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    line.selectAll()
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop


@pytest.mark.parametrize(
    ("key", "typed", "message"),
    [
        ("discount_pct", "150", "от 0 до 100"),
        ("quantity", "0", "не меньше 1"),
        ("quantity", "1,5", "целое число: 1,5"),
        ("unit_price", "-100", "не может быть отрицательной"),
        ("unit_price", "100,505", "не больше двух знаков"),
    ],
)
def test_a_typed_cell_out_of_range_is_refused_with_its_message(editor, qtbot, key, typed, message) -> None:
    line = editor.version.lines[0]
    type_into_cell(editor, qtbot, key, typed)
    assert message in editor.message.text().lower()
    saved = reading(editor.ws.db, est.load_version, editor.version.version_id).lines[0]
    assert saved == line  # nothing was saved, not even something close to what was typed
    assert not editor.ws.undo.stack.canUndo()


def test_a_discount_of_150_is_not_saved_as_15(editor, qtbot) -> None:
    type_into_cell(editor, qtbot, "discount_pct", "150")
    assert editor.version.lines[0].discount_pct != D(15)
    type_into_cell(editor, qtbot, "discount_pct", "15")
    assert editor.version.lines[0].discount_pct == D(15) and editor.message.text() == ""


def test_an_agency_fee_over_100_is_refused(editor) -> None:
    before = editor.version.agency_fee_pct
    editor.fee.setFocus()
    editor.fee.selectAll()
    QTest.keyClicks(editor.fee, "150")
    QTest.keyClick(editor.fee, Qt.Key.Key_Return)
    assert "от 0 до 100" in editor.message.text()
    assert editor.fee.text() == "150"  # what was typed stays to be corrected
    assert reading(editor.ws.db, est.load_version, editor.version.version_id).agency_fee_pct == before
    editor.fee.selectAll()
    QTest.keyClicks(editor.fee, "12,5")
    QTest.keyClick(editor.fee, Qt.Key.Key_Return)
    assert editor.version.agency_fee_pct == D("12.5") and editor.message.text() == ""


def test_the_preferences_refuse_a_vat_of_150_and_1000_backups(main_window, qtbot, monkeypatch) -> None:
    from smmdesk.ui.dialogs import settings_dialog

    seen: dict[str, str] = {}

    def type_and_accept(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.vat.clear()
        QTest.keyClicks(dialog.vat, "150")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen["vat"] = dialog.agency_error.text()
        dialog.vat.setText("20")
        dialog.backups.setText("1000")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        seen["backups"] = dialog.agency_error.text()
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", type_and_accept)
    main_window.act_settings.trigger()
    assert seen["vat"].startswith("Ставка НДС: ") and "от 0 до 100" in seen["vat"]
    assert "1000" in seen["backups"]
    assert read_agency_settings(main_window.workspace.db).vat_rate == D(22)
    assert main_window.settings.backups_kept == 10


def test_the_comparison_writes_one_minus_the_money_formatters(editor, monkeypatch, answers) -> None:
    from smmdesk.ui.core.formatting import format_money
    from smmdesk.ui.dialogs import compare_dialog

    editor.send_button.click()  # frozen: the deletion goes to a new draft, compared with this one
    removed = editor.version.lines[0]
    editor.table.selectRow(0)
    editor.delete_selected()
    assert editor.version.number == 2
    seen: list[list[str]] = []

    def look(dialog: compare_dialog.CompareDialog) -> int:
        table = dialog.table
        for r in range(table.rowCount()):
            seen.append([table.item(r, c).text() for c in range(table.columnCount())])
        return 0

    monkeypatch.setattr(compare_dialog.CompareDialog, "exec", look)
    editor.compare_button.click()
    (row,) = [r for r in seen if r[0] == "удалена"]
    assert row[-1] == format_money(-removed.net) and "\u2212" not in row[-1]


def test_a_discount_out_of_range_is_flagged_while_typing_and_never_previewed(editor, qtbot) -> None:
    import dataclasses

    view = editor.version
    saved_totals = editor.totals.text()
    index = editor.model.index(0, editor.model.column_index("discount_pct"))
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    (box,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    box.selectAll()
    QTest.keyClicks(box, "15")  # a discount the rules take: previewed
    fifteen = dataclasses.replace(
        view, lines=(dataclasses.replace(view.lines[0], discount_pct=D(15)), *view.lines[1:])
    ).totals.total
    from smmdesk.ui.core.formatting import format_money

    assert format_money(fifteen) in editor.totals.text() and editor.message.text() == ""
    QTest.keyClicks(box, "0")  # 150: flagged, and the totals go back to what is saved
    assert "от 0 до 100" in editor.message.text()
    assert editor.totals.text() == saved_totals
    QTest.keyClick(box, Qt.Key.Key_Backspace)  # 15 again
    assert editor.message.text() == "" and format_money(fifteen) in editor.totals.text()
