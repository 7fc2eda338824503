"""The estimates section driven as a planner does: lines, totals, versions, approval, comparison, plan."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from conftest import finish_background
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from smmdesk.domain.estimate_view import compare_versions
from smmdesk.services import estimates as est
from smmdesk.services.workspace import reading


@pytest.fixture
def estimates(main_demo):
    section = main_demo.show_section("estimates")
    return section


def open_estimate(section, estimate_id: int):
    assert section.select("estimate", estimate_id)
    return section.editor


def test_models_pass_the_model_tester(estimates, qtmodeltester) -> None:
    editor = open_estimate(estimates, 2)
    qtmodeltester.check(editor.model)
    editor.grouping.setCurrentIndex(editor.grouping.findData("platform"))
    editor.model.set_grouping("platform")
    qtmodeltester.check(editor.model)


def test_the_tree_holds_clients_campaigns_and_estimates(estimates) -> None:
    top = [estimates.tree.topLevelItem(i).text(0) for i in range(estimates.tree.topLevelItemCount())]
    assert top == ["Бренд «СеверЭко»", "Кофейня «Зерно»", "ООО «Ромашка»"]
    type_into = estimates.search
    type_into.setText("кофейн")
    assert [estimates.tree.topLevelItem(i).text(0) for i in range(estimates.tree.topLevelItemCount())] == [
        "Кофейня «Зерно»"
    ]


def test_an_estimate_shows_its_lines_totals_and_forecast(estimates) -> None:
    editor = open_estimate(estimates, 1)
    view = editor.version
    assert view is not None and view.status == "approved"
    assert editor.model.rowCount() == len(view.lines)
    assert "Всего к оплате" in editor.totals.text()
    assert "согласована" in editor.status.text()
    assert "Прогноз" in editor.forecast.text()
    assert editor.model.index(0, editor.model.column_index("net")).data().endswith("₽")


def cell_editor(editor, index) -> QLineEdit:
    """Opens the cell's editor as a planner does (the current cell, then F2) and returns it."""
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    (line,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    return line


def type_into_cell(editor, qtbot, row: int, key: str, text: str) -> None:
    line = cell_editor(editor, editor.model.index(row, editor.model.column_index(key)))
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the delegate commits on the next turn of the event loop
    qtbot.wait(10)


def test_editing_a_quantity_updates_totals_and_undoes(estimates, qtbot) -> None:
    editor = open_estimate(estimates, 4)  # a draft
    before = editor.version.totals.total
    first = editor.version.lines[0]
    line = cell_editor(editor, editor.model.index(0, editor.model.column_index("quantity")))
    line.selectAll()
    qtbot.keyClicks(line, str(first.quantity + 2))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.version.lines[0].quantity == first.quantity + 2)
    assert editor.version.totals.total > before
    assert editor.version.number == 1 and editor.version.status == "draft"
    editor.ws.undo.undo()
    assert editor.version.lines[0].quantity == first.quantity
    assert editor.version.totals.total == before


def test_a_price_typed_the_russian_way_previews_the_totals_then_commits(estimates, qtbot) -> None:
    import dataclasses

    from smmdesk.ui.core.formatting import format_money

    editor = open_estimate(estimates, 4)
    view = editor.version
    line = view.lines[0]
    index = editor.model.index(0, editor.model.column_index("unit_price"))

    def type_price(text: str):
        box = cell_editor(editor, index)
        box.selectAll()
        qtbot.keyClicks(box, text)
        return box

    expected = dataclasses.replace(
        view, lines=(dataclasses.replace(line, unit_price=D("12500.50")), *view.lines[1:])
    ).totals.total
    box = type_price("12 500,50")
    assert format_money(expected) in editor.totals.text()  # before anything is saved
    assert reading(editor.ws.db, est.load_version, view.version_id).lines[0].unit_price == line.unit_price
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert format_money(view.totals.total) in editor.totals.text()  # left uncommitted: back as it was

    box = type_price("12500.5")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.version.lines[0].unit_price == D("12500.50"))
    assert editor.version.totals.total == expected
    assert format_money(expected) in editor.totals.text()


def test_bad_values_are_refused_with_a_message(estimates) -> None:
    editor = open_estimate(estimates, 4)
    line = editor.version.lines[0]
    assert not editor.model.setData(editor.model.index(0, editor.model.column_index("quantity")), 0)
    assert "не меньше 1" in editor.message.text()
    assert not editor.model.setData(editor.model.index(0, editor.model.column_index("discount_pct")), "150")
    assert "от 0 до 100" in editor.message.text()
    assert not editor.model.setData(editor.model.index(0, editor.model.column_index("unit_price")), "дорого")
    assert "не число" in editor.message.text()
    assert editor.version.lines[0] == line
    assert not editor.ws.undo.stack.canUndo()


def test_a_change_to_a_sent_version_makes_a_new_draft(estimates, answers) -> None:
    editor = open_estimate(estimates, 1)  # approved, version 1 only
    old = editor.version
    assert editor.model.setData(editor.model.index(0, editor.model.column_index("discount_pct")), "7,5")
    (message,) = answers.texts("inform")
    assert "новую версию" in message or "новый черновик" in message
    now = editor.version
    assert now.number == 2 and now.status == "draft"
    assert now.lines[0].discount_pct == D("7.50")
    kept = reading(editor.ws.db, est.load_version, old.version_id)
    assert kept.lines == old.lines and kept.status == "approved"
    diff = compare_versions(kept, now)
    assert len(diff.changed) == 1 and diff.changed[0].fields == ("discount_pct",)
    editor.ws.undo.undo()  # the whole new version goes
    assert [v.number for v in reading(editor.ws.db, est.load_version, old.version_id).versions] == [1]


def test_send_approve_and_compare(estimates, monkeypatch, answers) -> None:
    from smmdesk.ui.dialogs import compare_dialog, estimate_dialogs

    editor = open_estimate(estimates, 4)
    editor.send_button.click()
    assert editor.version.status == "sent" and "отправлена клиенту" in editor.status.text()
    assert not editor.send_button.isEnabled() and editor.approve_button.isEnabled()

    def approve(dialog: estimate_dialogs.DecisionDialog) -> int:
        dialog.who.setText("Мария Белова, бренд-менеджер")
        dialog.comment.setPlainText("Ок, запускаем")
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.DecisionDialog, "exec", approve)
    editor.approve_button.click()
    assert editor.version.status == "approved"
    assert "Мария Белова" in editor.status.text() and "Ок, запускаем" in editor.status.text()
    editor.model.setData(editor.model.index(0, editor.model.column_index("quantity")), 5)
    assert editor.version.number == 2
    seen = {}

    def look(dialog: compare_dialog.CompareDialog) -> int:
        seen["summary"] = dialog.summary.text()
        seen["rows"] = dialog.table.rowCount()
        seen["what"] = dialog.table.item(0, 0).text()
        return 0

    monkeypatch.setattr(compare_dialog.CompareDialog, "exec", look)
    editor.compare_button.click()
    assert seen["rows"] == 1 and seen["what"] == "изменена"
    assert "Версия 1" in seen["summary"] and "Версия 2" in seen["summary"]


def test_grouping_and_the_internal_view(estimates) -> None:
    editor = open_estimate(estimates, 2)
    editor.model.set_grouping("platform")
    groups = [editor.model.rows[r] for r in range(editor.model.rowCount()) if editor.model.line_at(r) is None]
    assert groups and sum(g.count for g in groups) == len(editor.version.lines)
    margin = editor.model.column_index("margin")
    assert editor.table.isColumnHidden(margin)
    editor.internal.setChecked(True)
    assert not editor.table.isColumnHidden(margin)
    assert "агентство оставляет" in editor.inside.text()


def test_add_a_cost_then_delete_it(estimates, monkeypatch) -> None:
    from smmdesk.ui.dialogs import estimate_dialogs

    editor = open_estimate(estimates, 4)
    count = len(editor.version.lines)

    def fill(dialog: estimate_dialogs.CostDialog) -> int:
        dialog.title.setText("Продукт для розыгрыша")
        dialog.quantity.setText("2")
        dialog.price.setText("3 500")
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.CostDialog, "exec", fill)
    editor.add_cost()
    assert len(editor.version.lines) == count + 1
    last = editor.version.lines[-1]
    assert (last.title, last.quantity, last.unit_price, last.net) == (
        "Продукт для розыгрыша",
        2,
        D("3500.00"),
        D("7000.00"),
    )
    editor.table.selectRow(editor.model.row_of_key(last.line_key))
    editor.delete_selected()
    assert len(editor.version.lines) == count


def test_export_from_the_editor(estimates, answers, tmp_path: Path, qtbot) -> None:
    editor = open_estimate(estimates, 2)
    target = tmp_path / "смета"
    answers.queue("save_file", str(target))
    editor.export("xlsx")
    finish_background(qtbot)
    assert (tmp_path / "смета.xlsx").stat().st_size > 3000


def test_add_to_an_estimate_from_the_influencer_window(main_demo, monkeypatch, answers) -> None:
    from smmdesk.ui.dialogs import add_to_estimate

    influencers = main_demo.show_section("influencers")
    influencers.table.selectRow(0)
    accounts = [row.account_id for row in influencers.selected_rows()]

    def choose(dialog: add_to_estimate.AddToEstimateDialog) -> int:
        dialog.estimate.setCurrentIndex(dialog.estimate.findData(4))
        dialog.format.setCurrentIndex(dialog.format.findData(2))
        dialog.accept()
        return 1

    monkeypatch.setattr(add_to_estimate.AddToEstimateDialog, "exec", choose)
    before = reading(
        main_demo.workspace.db, est.load_version, reading(main_demo.workspace.db, est.latest_version, 4)
    )
    influencers.add_to_estimate()
    after = reading(main_demo.workspace.db, est.load_version, before.version_id)
    added = after.lines[-1]
    assert len(after.lines) == len(before.lines) + 1
    assert added.account_id == accounts[0] and added.format_id == 2
    assert added.planned_date == dt.date(2027, 2, 1)  # the campaign's first day


def test_new_client_campaign_and_estimate(estimates, monkeypatch) -> None:
    from smmdesk.ui.dialogs import estimate_dialogs

    def client(dialog: estimate_dialogs.ClientDialog) -> int:
        dialog.edits["name"].setText("Студия «Луч»")
        dialog.edits["inn"].setText("123")
        dialog.accept()
        assert "10 или 12 цифр" in dialog.error.text()
        dialog.edits["inn"].setText("7707083893")
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.ClientDialog, "exec", client)
    estimates.new_client()
    assert estimates.current()[0] == "client"

    def campaign(dialog: estimate_dialogs.CampaignDialog) -> int:
        dialog.name.setText("Открытие студии")
        dialog.budget.setText("150 000")
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.CampaignDialog, "exec", campaign)
    estimates.new_campaign()
    assert estimates.current()[0] == "campaign"
    estimates.new_estimate()
    kind, estimate_id = estimates.current()
    assert kind == "estimate" and estimates.editor.estimate_id == estimate_id
    assert estimates.editor.version.campaign_name == "Открытие студии"
    assert estimates.editor.version.agency_fee_pct == D("15.00") and estimates.editor.version.vat_rate == D(
        "22.00"
    )


def test_the_plan_moves_a_placement_by_drag_and_flags_conflicts(
    main_demo, qtmodeltester, tmp_path, answers, qtbot
) -> None:
    from openpyxl import load_workbook

    plan = main_demo.show_section("plan")
    plan.campaigns.setCurrentIndex(plan.campaigns.findData(4))
    plan.show_campaign(4)
    qtmodeltester.check(plan.model)
    model = plan.model
    source = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if model.entries(model.index(r, c))
    )
    line = model.entries(source)[0].line
    target_column = (source.column() + 3) % model.columnCount()
    target = model.index(source.row(), target_column)
    assert model.dropMimeData(model.mimeData([source]), Qt.DropAction.CopyAction, -1, -1, target)
    moved_to = plan.model.days[target_column]
    version = reading(main_demo.workspace.db, est.latest_version, 4)

    def planned_date() -> dt.date | None:
        lines = reading(main_demo.workspace.db, est.load_version, version).lines
        (now,) = [each for each in lines if each.line_key == line.line_key]
        return now.planned_date

    assert planned_date() == moved_to
    main_demo.workspace.undo.undo()
    assert planned_date() == line.planned_date
    # A second placement of the same account on the same day is a double booking, painted red.
    assert "Двойные" not in plan.notes.text()
    estimates = main_demo.show_section("estimates")
    editor = open_estimate(estimates, 4)
    editor.table.selectRow(editor.model.row_of_key(line.line_key))
    editor.duplicate_button.click()
    main_demo.show_section("plan")
    (cell,) = [
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        if any(e.line.line_key == line.line_key for e in model.entries(model.index(r, c)))
    ]
    assert len(model.entries(cell)) == 2
    assert cell.data(Qt.ItemDataRole.BackgroundRole).name() == "#f8cbad"
    assert "Двойные бронирования: 1" in plan.notes.text()
    main_demo.workspace.undo.undo()  # the duplicate goes
    plan.rows_by.setCurrentIndex(plan.rows_by.findData("platform"))
    plan.reload()
    assert all(label in ("Instagram", "VK", "Telegram", "YouTube", "TikTok", "Дзен", "RuTube", "OK")
               for _, label in plan.plan.rows)  # fmt: skip
    # The file is in the language chosen at export, whatever the interface's (Russian here).
    answers.queue("save_file", str(tmp_path / "план"), str(tmp_path / "plan"))
    russian = plan.export("ru")
    finish_background(qtbot)  # written in the background
    english = plan.export("en")
    finish_background(qtbot)
    ru, en = load_workbook(russian).active, load_workbook(english).active
    assert (
        ru.title == "План" and ru["A1"].value.startswith("План размещений:") and ru["A4"].value == "Площадка"
    )
    assert (
        en.title == "Plan" and en["A1"].value.startswith("Placement plan:") and en["A4"].value == "Platform"
    )
    assert en["B4"].value.split("\n")[1] in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    shown = {c.value for row in en.iter_rows(min_row=5) for c in row[1:] if c.value}
    assert any(text.startswith(("Photo", "Video")) for text in shown)  # built-in formats in English
    assert not any(text.startswith(("Фото", "Видео")) for text in shown)
    assert {c.value for row in ru.iter_rows(min_row=5, max_col=1) for c in row if c.value} >= {"Instagram"}


def test_from_the_base_takes_the_planner_to_the_influencers(main_demo, qtbot) -> None:
    from smmdesk.ui.core import notify

    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 4)
    qtbot.mouseClick(estimates.editor.add_button, Qt.MouseButton.LeftButton)
    assert main_demo.nav.currentRow() == 0  # Блогеры
    assert "Добавить в смету" in notify.notifier().last
    assert "Добавить в смету" in main_demo.statusBar().currentMessage()


def test_a_new_estimate_is_named_in_its_form_and_renamed_by_a_double_click(main_demo, answers, qtbot) -> None:
    """Ctrl+N proposes a name, selected so that typing replaces it; a name the campaign has already
    is refused in the form; Esc makes nothing; a double-click renames, Ctrl+Z gives the old name."""
    from PySide6.QtTest import QTest

    estimates = main_demo.show_section("estimates")
    main_demo.show()
    estimates.select("campaign", 4)
    titles = lambda: [e.title for e in reading(main_demo.workspace.db, est.list_estimates, 4)]  # noqa: E731
    before = titles()
    seen: dict[str, str] = {}

    def typed(name: str):
        def fill(dialog) -> None:
            seen["proposed"], seen["selected"] = dialog.title.text(), dialog.title.selectedText()
            dialog.title.insert(name)  # what is typed over the selection replaces it

        return fill

    def refused(dialog) -> None:
        dialog.title.setText(before[0])
        dialog.accept()
        seen["error"] = dialog.error.text()

    answers.queue("form", typed("Смета на март"), refused, False)
    estimates.tree.setFocus()
    QTest.keyClick(main_demo, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen["proposed"] == seen["selected"] and seen["proposed"] not in before
    assert titles() == [*before, "Смета на март"]
    assert estimates.tree.currentItem().text(0).startswith("Смета на март")
    estimates.select("campaign", 4)
    estimates.new_estimate()  # the same name as another estimate of the campaign: refused in place
    assert f"«{before[0]}»" in seen["error"] and titles() == [*before, "Смета на март"]
    estimates.select("campaign", 4)
    estimates.new_estimate()  # Esc
    assert titles() == [*before, "Смета на март"]

    answers.queue("form", lambda dialog: dialog.title.setText("  Смета   на апрель "))
    made = next(
        e.id for e in reading(main_demo.workspace.db, est.list_estimates, 4) if e.title == "Смета на март"
    )
    assert estimates.select("estimate", made)
    estimates.edit_item(estimates.tree.currentItem())
    assert titles() == [*before, "Смета на апрель"] and estimates.current() == ("estimate", made)
    assert estimates.editor.heading.text().startswith("Смета на апрель")
    main_demo.workspace.undo.undo()
    assert titles() == [*before, "Смета на март"]
