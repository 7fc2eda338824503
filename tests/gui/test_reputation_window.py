"""The Репутация section in a planner's hands: Ctrl+7 opens it, an export is imported after its
preview and undone with Ctrl+Z, the queue runs by deadline with the overdue in red, filters and the
search box narrow it, a mention's workflow and reply are kept, the query editor shows an error at its
position and the compiled text, the tester counts, the service matrix ranks and takes a score."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import finish_background
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smmdesk.services import campaigns
from smmdesk.services.session import in_transaction

SAMPLES = Path(__file__).resolve().parents[2].parent / "shared" / "samples"


def press(window, key: Qt.Key) -> None:
    """Ctrl and the key where the keyboard focus is (the window when nothing inside has it)."""
    QTest.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


@pytest.fixture
def section(main_window, qtbot, answers):  # type: ignore[no-untyped-def]
    in_transaction(main_window.workspace.db, campaigns.create_client, "Северный Ветер")
    main_window.workspace.bus.notify("clients", None)
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    QApplication.processEvents()
    press(main_window, Qt.Key.Key_7)
    assert main_window.nav.currentRow() == 6
    section = main_window.current_section()
    assert type(section).__name__ == "ReputationWindow"
    section.previews = [import_file(section, qtbot, SAMPLES / name)[0] for name in (
        "mentions_youscan.xlsx", "mentions_brandanalytics.csv"
    )]  # fmt: skip
    return section


def import_file(section, qtbot, path: Path) -> tuple[str, dict[str, str]]:  # type: ignore[no-untyped-def]
    """An export imported through the window's dialog, clicked through: what the dialog said (the
    counts) and the columns as it matched them (the header → the field chosen)."""
    dialog = section.import_mentions(str(path))
    assert dialog is not None and dialog.isVisible()
    columns = {
        dialog.columns.item(row, 0).text(): dialog.columns.cellWidget(row, 2).currentText()
        for row in range(dialog.columns.rowCount())
    }
    said = dialog.summary.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    back_to_the_window(section, qtbot)
    return said, columns


def back_to_the_window(section, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The dialog closed: the main window is the active one again, as the planner sees it."""
    window = section.window()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    section.tabs.setFocus()


def test_an_import_is_previewed_and_undone_in_one_step(main_window, section, qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    said = section.previews[-1]
    assert said.startswith("Будет добавлено 80,")  # the counts, with the columns as matched
    queue = section.queue
    qtmodeltester.check(queue.model)
    assert queue.count.text() == "Упоминаний: 260"
    press(main_window, Qt.Key.Key_Z)
    section.queue.apply_filter()
    assert queue.count.text() == "Упоминаний: 180"
    press(main_window, Qt.Key.Key_Y)
    section.queue.apply_filter()
    assert queue.count.text() == "Упоминаний: 260"
    dialog = section.import_mentions(str(SAMPLES / "mentions_youscan.xlsx"))
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # declined: nothing
    back_to_the_window(section, qtbot)
    assert queue.count.text() == "Упоминаний: 260"


def test_the_queue_by_deadline_overdue_in_red_filters_and_search(section, qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = section.queue
    rows = [queue.model.row_at(i) for i in range(queue.model.rowCount())]
    dated = [r.deadline for r in rows if r.deadline is not None]
    assert dated == sorted(dated) and dated  # by deadline, the earliest first
    late = queue.model.index(0, queue.model.column_index("late"))
    assert late.data().startswith("опоздание")
    assert late.data(Qt.ItemDataRole.ForegroundRole).name() == "#c0392b"
    queue.sentiment.setCurrentIndex(queue.sentiment.findData("negative"))
    queue.sentiment.activated.emit(queue.sentiment.currentIndex())
    assert queue.count.text() == "Упоминаний: 85"
    queue.search.insert("курьер")  # typed (QTest types ASCII only)
    qtbot.waitUntil(lambda: queue.count.text() != "Упоминаний: 85")
    shown = [queue.model.row_at(i) for i in range(queue.model.rowCount())]
    assert shown and all("урьер" in r.text.lower() for r in shown)
    queue.overdue.click()
    assert all(r.late is not None for r in (queue.model.row_at(i) for i in range(queue.model.rowCount())))


def test_a_mentions_workflow_and_a_reply_from_the_playbook(section, qtbot) -> None:  # type: ignore[no-untyped-def]
    queue = section.queue
    queue.table.selectRow(0)
    mention = queue.current
    assert mention is not None and queue.text.text() == mention.text
    category = queue.form["category"].widget
    category.setCurrentIndex(category.findData("delivery"))
    category.activated.emit(category.currentIndex())
    assert queue.current.category.value == "delivery"
    status = queue.form["status"].widget
    status.setCurrentIndex(status.findData("closed"))  # a jump the workflow refuses
    status.activated.emit(status.currentIndex())
    assert queue.current.status.value == "new" and queue.form["status"].error.text()
    queue.replies.template.setCurrentIndex(queue.replies.template.findData("delivery"))
    queue.replies.template.activated.emit(queue.replies.template.currentIndex())
    assert queue.replies.make_reply() is None and "заполните" in queue.replies.reply_message.text()
    for name, edit in queue.replies.variable_edits.items():
        edit.setText({"customer_name": "Ирина", "order_id": "1234"}.get(name, "готово"))
    text = queue.replies.make_reply()
    assert text is not None and text.startswith("Ирина") and queue.replies.reply.toPlainText() == text
    qtbot.mouseClick(queue.replies.record_button, Qt.MouseButton.LeftButton)
    assert queue.current is not None and len(queue.current.replies) == 1
    assert queue.current.replies[0].text == text


def test_the_query_editor_the_tester_and_the_compiled_text(section, qtbot) -> None:  # type: ignore[no-untyped-def]
    section.tabs.setCurrentWidget(section.library)
    tab = section.library
    tab.editor.insertPlainText("доставка AND (курьер")
    assert "14" in tab.message.text() and tab.editor.textCursor().position() in (14, 15)
    tab.editor.setPlainText('"Северный Ветер" AND курьер')
    tab.service.setCurrentText("Talkwalker")
    tab.service.activated.emit(tab.service.currentIndex())
    assert "курьера" in tab.compiled.toPlainText()  # Talkwalker has the forms written out
    qtbot.mouseClick(tab.test_button, Qt.MouseButton.LeftButton)
    assert tab.result.text().startswith("Находит") and tab.found.count() > 0
    tab.name.setText("Курьеры")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert tab.list.count() == 1 and tab.query_id is not None
    assert "vkusvill" in tab.show_forms("вкусвилл")


def test_the_service_matrix_ranks_and_takes_a_score(section) -> None:  # type: ignore[no-untyped-def]
    section.tabs.setCurrentWidget(section.choice)
    tab = section.choice
    rows = [tab.model.row_at(i) for i in range(tab.model.rowCount())]
    youscan = next(r for r in rows if r.placement.service == "YouScan")
    assert youscan.found == 180 and youscan.delay is not None
    last = [r for r in rows if r.placement.rank is not None][-1].placement.service
    for criterion in list(rows[0].scores):
        assert tab.set_score(last, criterion, "5")
    first = tab.model.row_at(0)
    assert first.placement.service == last and first.scores[criterion][1] == "оценка планировщика"
    assert tab.choose(last) and last in tab.chosen.text()


def test_the_files_of_the_section(section, qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    for kind, name in (("report", "отчёт.pdf"), ("plan", "план.xlsx"), ("mentions", "упоминания.csv")):
        target = section.write_file(kind, str(tmp_path / name))
        finish_background(qtbot)
        assert target is not None and target.stat().st_size > 0
    assert (tmp_path / "отчёт.pdf").read_bytes().startswith(b"%PDF")
    assert len((tmp_path / "упоминания.csv").read_text("utf-8-sig").splitlines()) == 261


def test_the_report_and_the_plan_are_written_in_the_language_chosen(
    section, qtbot, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    assert [a.text() for a in section.report_button.menu().actions()] == ["Русский…", "English…"]
    assert [a.text() for a in section.plan_button.menu().actions()] == ["Русский…", "English…"]
    for button, name in ((section.report_button, "report.xlsx"), (section.plan_button, "plan.xlsx")):
        answers.queue("save_file", str(tmp_path / name))
        english = button.menu().actions()[1]
        english.trigger()  # as the menu's item is clicked
        finish_background(qtbot)
    book = openpyxl.load_workbook(tmp_path / "report.xlsx")
    first = [c for row in book.worksheets[0].iter_rows(values_only=True) for c in row if c]
    assert "Reputation of the brand «Северный Ветер»" in first and "Total" in first and "Итого" not in first
    plan = openpyxl.load_workbook(tmp_path / "plan.xlsx")
    assert [s.title for s in plan.worksheets] == ["Service choice", "Queries", "SLA", "Escalation", "Replies"]


def test_the_mentions_export_is_written_in_the_language_chosen(section, qtbot, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import csv

    import openpyxl

    menu = section.export_button.menu()
    assert [a.text() for a in menu.actions()] == ["Русский…", "English…"]
    answers.queue("save_file", str(tmp_path / "mentions.csv"))
    menu.actions()[1].trigger()  # as the menu's item is clicked
    finish_background(qtbot)
    answers.queue("save_file", str(tmp_path / "упоминания.xlsx"))
    menu.actions()[0].trigger()
    finish_background(qtbot)
    english = list(csv.reader((tmp_path / "mentions.csv").read_text("utf-8-sig").splitlines(), delimiter=";"))
    book = openpyxl.load_workbook(tmp_path / "упоминания.xlsx", read_only=True)
    russian = [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]
    assert english[0][6:11] == ["Kind of source", "Sentiment", "Category", "Severity", "Status"]
    assert russian[0][6:11] == ["Тип источника", "Тональность", "Категория", "Серьёзность", "Статус"]
    assert len(english) == len(russian) == 261
    assert {r[10] for r in english[1:]} >= {"New"} and "Новое" in {r[10] for r in russian[1:]}
    assert {r[7] for r in english[1:]} == {"Positive", "Negative", "Neutral", "Unknown"}
