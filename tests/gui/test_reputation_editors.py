"""The Репутация section's editors in a planner's hands: the brand's SLA table and working hours, the
escalation ladder, the query library's named lists, the service choice's weights, a complaint's
screenshots, and the column mapping of a mentions import — each typed or clicked on the real
widgets, each refusal shown, each change one step that Ctrl+Z takes back."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from conftest import finish_background, type_text
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from test_reputation_window import back_to_the_window, press, section  # noqa: F401  (section: the brand with two imports)

from smmdesk.domain.reputation.choice import Criterion
from smmdesk.services.reputation import brands, choice
from smmdesk.services.reputation.queue import QueueFilter, queue
from smmdesk.services.session import reading


@pytest.fixture
def brand(section):  # type: ignore[no-untyped-def]  # noqa: F811
    """The Репутация window showing a brand with YouScan's and Brand Analytics' samples imported."""
    return section


def deadlines(window) -> dict[int, tuple[str, dt.datetime | None]]:  # type: ignore[no-untyped-def]
    page = reading(window.db, queue, window.client_id, QueueFilter(), limit=None)
    return {row.id: (row.severity, row.deadline) for row in page.rows}


def type_into_cell(table, qtbot, row: int, column: int, text: str) -> None:  # type: ignore[no-untyped-def]
    index = table.model().index(row, column)
    table.setCurrentIndex(index)
    table.edit(index)
    (line,) = [w for w in table.viewport().findChildren(QLineEdit) if w.isVisible()]
    line.selectAll()
    QTest.keyClick(line, Qt.Key.Key_Delete)
    QTest.keyClicks(line, text)
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(20)  # the delegate commits on the next turn of the event loop


def test_the_sla_table_moves_the_deadlines_and_refuses_what_is_not_hours(main_window, brand, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brand
    window.tabs.setCurrentWidget(window.rules)
    tab = window.rules
    model = tab.model
    social = model.column_index("social")
    assert model.index(2, social).data() == "4"  # S3 in social networks: RULES.md's 4 hours
    before = deadlines(window)
    type_into_cell(tab.table, qtbot, 2, social, "2")
    assert model.index(2, social).data() == "2"
    after = deadlines(window)
    moved = {ident for ident in before if before[ident][1] != after[ident][1]}
    assert moved and all(before[i][0] == "S3" for i in moved)
    assert all(before[i][1] - after[i][1] == dt.timedelta(hours=2) for i in moved)  # type: ignore[operator]
    type_into_cell(tab.table, qtbot, 2, social, "two")
    assert "«two»" in tab.message.text() and model.index(2, social).data() == "2"
    type_into_cell(tab.table, qtbot, 2, social, "0")
    assert "0" in tab.message.text() and model.index(2, social).data() == "2"
    press(main_window, Qt.Key.Key_Z)
    assert model.index(2, social).data() == "4" and deadlines(window) == before


def test_working_hours_on_and_off_move_the_deadlines(main_window, brand, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brand
    window.tabs.setCurrentWidget(window.rules)
    tab = window.rules
    before = deadlines(window)
    qtbot.mouseClick(tab.working, Qt.MouseButton.LeftButton)
    assert tab.working.isChecked() and reading(window.db, brands.load_brand, window.client_id).working_hours
    after = deadlines(window)
    assert any(after[i][1] > before[i][1] for i in before if before[i][1] is not None)  # type: ignore[operator]
    press(main_window, Qt.Key.Key_Z)
    assert not tab.working.isChecked() and deadlines(window) == before


def test_the_escalation_ladder_takes_an_approver_and_a_backup(main_window, brand, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brand
    window.tabs.setCurrentWidget(window.rules)
    tab = window.rules
    approver, backup = tab.approvers[brands.Level.L2]
    approver.setFocus()
    QTest.keyClicks(approver, "Irina")
    QTest.keyClick(approver, Qt.Key.Key_Return)
    assert "L2" in tab.message.text()  # the backup is still to type: nothing saved yet
    assert reading(window.db, brands.load_brand, window.client_id).rung(brands.Level.L2) is None
    backup.setFocus()
    QTest.keyClicks(backup, "irina")
    QTest.keyClick(backup, Qt.Key.Key_Return)
    assert "Irina" in tab.message.text()  # the backup must be someone else
    assert reading(window.db, brands.load_brand, window.client_id).rung(brands.Level.L2) is None
    backup.selectAll()
    QTest.keyClicks(backup, "Oleg")
    QTest.keyClick(backup, Qt.Key.Key_Return)
    rung = reading(window.db, brands.load_brand, window.client_id).rung(brands.Level.L2)
    assert rung is not None and (rung.approver, rung.backup) == ("Irina", "Oleg") and not tab.message.text()
    main_window.activateWindow()
    window.tabs.setFocus()
    press(main_window, Qt.Key.Key_Z)
    assert reading(window.db, brands.load_brand, window.client_id).rung(brands.Level.L2) is None
    assert approver.text() == "" and backup.text() == ""


def dialog_named(main_window, name: str):  # type: ignore[no-untyped-def]
    (dialog,) = [w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()]
    return dialog


def undo_in(dialog) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Z pressed in the dialog: the window's history takes the last step back."""
    dialog.activateWindow()
    dialog.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def redo_in(dialog) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Y pressed in the dialog: the window's history takes the step again."""
    dialog.activateWindow()
    dialog.setFocus()
    QTest.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def test_named_lists_are_added_refused_changed_and_deleted(main_window, brand, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brand
    window.tabs.setCurrentWidget(window.library)
    qtbot.mouseClick(window.library.lists_button, Qt.MouseButton.LeftButton)
    dialog = dialog_named(main_window, "namedListsDialog")
    dialog.name.setFocus()
    type_text(dialog.name, "вакансии")
    dialog.entries.setFocus()
    type_text(dialog.entries, "вакансия")
    QTest.keyClick(dialog.entries, Qt.Key.Key_Return)
    type_text(dialog.entries, "(курьер")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    refusal = dialog.message.text()
    assert "{вакансии}" in refusal and "«(курьер»" in refusal and "не закрыта" in refusal
    assert dialog.lists.count() == 0  # refused: nothing saved
    for _ in range(len("(курьер")):
        QTest.keyClick(dialog.entries, Qt.Key.Key_Backspace)
    type_text(dialog.entries, '"работа курьером"')
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.lists.count() == 1 and dialog.lists.item(0).text() == "{вакансии} · 2"
    tab = window.library
    tab.editor.setPlainText("доставка NOT {вакансии}")
    tab.service.setCurrentText("Brandwatch")
    tab.service.activated.emit(tab.service.currentIndex())
    assert "работа курьером" in tab.compiled.toPlainText()  # the list is resolved into the query
    dialog.lists.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert dialog.lists.count() == 0
    undo_in(dialog)
    assert dialog.lists.count() == 1 and dialog.lists.item(0).text() == "{вакансии} · 2"
    undo_in(dialog)
    assert dialog.lists.count() == 0  # the list's adding undone too
    redo_in(dialog)
    assert dialog.lists.count() == 1  # added again, with the id its deleting knows
    redo_in(dialog)
    assert dialog.lists.count() == 0
    dialog.close()


def test_the_weights_are_the_planners_with_their_source_and_date(main_window, brand, qtbot) -> None:  # type: ignore[no-untyped-def]
    window = brand
    window.tabs.setCurrentWidget(window.choice)
    qtbot.mouseClick(window.choice.weights_button, Qt.MouseButton.LeftButton)
    dialog = dialog_named(main_window, "weightsDialog")
    model = dialog.model
    speed = next(i for i in range(model.rowCount()) if model.row_at(i).criterion.value == "speed")
    default = model.row_at(speed).weight
    column = model.column_index("weight")
    type_into_cell(dialog.table, qtbot, speed, column, "150")
    assert "от 0 до 100" in dialog.message.text() and model.row_at(speed).weight == default
    type_into_cell(dialog.table, qtbot, speed, column, "60")
    row = model.row_at(speed)
    assert (row.weight, row.own, row.on_date) == (60, True, dt.date.today())
    assert row.source == "оценка планировщика"
    weights = reading(window.db, choice.choice, window.client_id).weights
    assert weights[Criterion.SPEED].value == 60  # the ranking takes it
    type_into_cell(dialog.table, qtbot, speed, model.column_index("source"), "trial 2026")
    assert model.row_at(speed).source == "trial 2026" and model.row_at(speed).weight == 60
    type_into_cell(dialog.table, qtbot, speed, column, "")
    assert model.row_at(speed).weight == default and not model.row_at(speed).own
    undo_in(dialog)
    assert model.row_at(speed).weight == 60 and model.row_at(speed).source == "trial 2026"
    dialog.close()


def picture(path: Path, size: tuple[int, int]) -> Path:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, (200, 40, 40)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    return path


def test_a_complaints_screenshot_is_attached_opened_refused_and_undone(
    main_window, brand, qtbot, answers, monkeypatch, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    queue = brand.queue
    queue.table.selectRow(0)
    panel = queue.complaints
    assert not panel.isVisibleTo(queue)  # no complaint yet: nothing to attach to
    answers.queue("text", "Отзыв написан конкурентом")
    qtbot.mouseClick(queue.replies.complaint_button, Qt.MouseButton.LeftButton)
    assert panel.isVisibleTo(queue) and "конкурентом" in panel.items.item(0).text()
    shot = picture(tmp_path / "отзыв.png", (640, 400))
    answers.queue("open_file", str(shot))
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert panel.items.count() == 2 and "отзыв.png" in panel.items.item(1).text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    panel.items.setCurrentRow(1)
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1 and Path(opened[0]).read_bytes() == shot.read_bytes()
    bad = tmp_path / "скрин.png"
    bad.write_bytes(b"MZ\x90\x00 not a picture at all")
    answers.queue("open_file", str(bad))
    qtbot.mouseClick(panel.attach_button, Qt.MouseButton.LeftButton)
    finish_background(qtbot)
    assert panel.items.count() == 2
    assert any("не изображение" in text for text in answers.texts("box") + answers.texts("warn"))
    main_window.activateWindow()
    queue.table.setFocus()
    qtbot.wait(200)  # the refused read's progress window goes on the next turns of the event loop
    press(main_window, Qt.Key.Key_Z)
    assert panel.items.count() == 1  # the screenshot taken back, the complaint kept


def test_a_mentions_export_is_matched_by_hand_saved_and_imported(
    main_window, brand, qtbot, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    window = brand
    export = tmp_path / "выгрузка.csv"
    export.write_text(
        "Когда;Где;Что сказали\n"
        "01.11.2026 10:00;https://vk.com/wall-1_901;Курьер опоздал на два часа\n"
        "01.11.2026 11:30;https://vk.com/wall-1_902;Привезли не тот заказ\n"
        "вчера;https://vk.com/wall-1_903;Время не прочитать\n",
        "utf-8",
    )
    before = window.queue.count.text()
    dialog = window.import_mentions(str(export))
    assert dialog is not None and dialog.columns.rowCount() == 3
    assert [dialog.columns.cellWidget(r, 2).currentText() for r in range(3)] == ["—", "—", "—"]
    assert "выберите их в сопоставлении" in dialog.summary.text() and not dialog.import_button.isEnabled()
    for column, field in ((0, "published"), (1, "link"), (2, "text")):
        combo = dialog.columns.cellWidget(column, 2)
        combo.setCurrentIndex(combo.findData(field))
        combo.activated.emit(combo.currentIndex())  # as a choice clicked in the box
    assert dialog.summary.text().startswith("Будет добавлено 3,")
    assert any("Строка 4" in dialog.skipped.item(i).text() for i in range(dialog.skipped.count()))
    dialog.header_row.setFocus()
    dialog.header_row.selectAll()
    QTest.keyClicks(dialog.header_row, "99")
    QTest.keyClick(dialog.header_row, Qt.Key.Key_Return)
    assert "«99»" in dialog.summary.text() and dialog.header_row.value() == 1  # refused, nothing moved
    assert dialog.isVisible()  # Enter in a field never imports
    answers.queue("text", "Моя выгрузка")
    qtbot.mouseClick(dialog.save_mapping_button, Qt.MouseButton.LeftButton)
    assert dialog.mapping_choice.currentText() == "Моя выгрузка"
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    back_to_the_window(window, qtbot)
    window.queue.apply_filter()
    assert window.queue.count.text() != before
    again = window.import_mentions(str(export))  # the same file again: the saved mapping is offered
    choice_box = again.mapping_choice
    choice_box.setCurrentIndex(choice_box.findText("Моя выгрузка"))
    choice_box.activated.emit(choice_box.currentIndex())
    assert [again.columns.cellWidget(r, 2).currentData() for r in range(3)] == ["published", "link", "text"]
    assert again.summary.text().startswith("Будет добавлено 0, как раньше 3,")
    qtbot.mouseClick(again.cancel_button, Qt.MouseButton.LeftButton)
    back_to_the_window(window, qtbot)
    press(main_window, Qt.Key.Key_Z)
    window.queue.apply_filter()
    assert window.queue.count.text() == before
