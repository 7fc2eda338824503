"""Undo and redo on the real main window when a step makes or drops records, and when a step fails:
the redo of an edit that opened a new draft works, and a refused step leaves a live window."""

from __future__ import annotations

from pathlib import Path

from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from smmdesk.services import estimates as est
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading
from smmdesk.ui.core import ask

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _quantity_cell_to(editor, qtbot, row: int, text: str) -> None:
    index = editor.model.index(row, editor.model.column_index("quantity"))
    editor.table.setFocus()
    editor.table.setCurrentIndex(index)
    qtbot.keyClick(editor.table, Qt.Key.Key_F2)
    (line,) = [w for w in editor.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    line.selectAll()
    qtbot.keyClicks(line, text)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.wait(10)


def test_redo_of_an_edit_that_opened_a_new_draft_makes_the_draft_again(main_demo, qtbot, answers) -> None:
    section = main_demo.show_section("estimates")
    assert section.select("estimate", 1)  # version 1 approved: an edit opens draft 2
    editor = section.editor
    first = editor.version.lines[0]
    _quantity_cell_to(editor, qtbot, 0, "7")
    qtbot.waitUntil(lambda: editor.version.number == 2)
    assert editor.version.lines[0].quantity == 7
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: editor.version.number == 1)
    assert editor.version.lines[0].quantity == first.quantity
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: editor.version.number == 2)
    assert answers.texts("warn") == []  # no "someone changed this record"
    assert editor.version.status == "draft" and editor.version.lines[0].quantity == 7
    cell = editor.model.index(0, editor.model.column_index("quantity"))
    assert cell.data() == "7"
    db = main_demo.workspace.db
    stored = reading(db, est.load_version, reading(db, est.latest_version, 1))
    assert stored.number == 2 and stored.lines[0].quantity == 7
    # The redone edit is on the history again: undo takes the draft away once more.
    qtbot.keyClick(editor.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: editor.version.number == 1)
    assert answers.texts("warn") == []


def _irina_moves(location: Path, person: int, city: str) -> None:
    other = open_workspace(location)
    other.tracker.user = "irina"
    try:
        in_transaction(other, svc.update_influencer, person, {"city": city})
    finally:
        other.close()


def test_a_refused_redo_shows_its_message_after_the_step_and_the_window_lives_on(
    main_demo, qtbot, monkeypatch, demo_path
) -> None:
    """A real conflict: irina changes the city between the undo and the redo. The message box runs
    the event loop (as a modal box does); the history is dropped before it, never under the step."""
    stack = main_demo.workspace.undo.stack
    seen: list[tuple[str, int]] = []

    def modal_warning(parent, title, text, details=""):
        seen.append((text, stack.count()))
        qtbot.wait(50)  # the box's own event loop

    monkeypatch.setattr(ask, "warn", modal_warning)
    section = main_demo.show_section("influencers")
    section.table.selectRow(0)
    person = section.model.row_at(0).influencer_id
    city = section.detail.person_fields["city"].widget
    city.setFocus()
    city.selectAll()
    type_text(city, "Калуга")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == 1)
    main_demo.act_undo.trigger()
    _irina_moves(demo_path, person, "Омск")
    main_demo.act_redo.trigger()
    qtbot.waitUntil(lambda: len(seen) == 1)
    text, depth = seen[0]
    assert "irina" in text and "не сохранено" in text
    assert depth == 0  # the history no longer matching the file went before the message
    qtbot.wait(50)
    assert stack.count() == 0 and not main_demo.act_redo.isEnabled()
    assert reading(main_demo.workspace.db, svc.detail, person).values["city"] == "Омск"
    # The window still works: a new edit is saved and undoable.
    qtbot.waitUntil(lambda: city.text() == "Омск")
    city.setFocus()
    city.selectAll()
    type_text(city, "Тверь")
    qtbot.keyClick(city, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: stack.count() == 1)
    assert reading(main_demo.workspace.db, svc.detail, person).values["city"] == "Тверь"
