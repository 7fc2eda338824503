"""Every documented shortcut, pressed on the real main window, does what README says.

A shortcut registered twice is "ambiguous" to Qt: it does nothing and Qt warns. The suite fails on
any Qt warning (qt_log_level_fail), so each press below also proves the key is registered once.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from serverdb import ON_SERVER

from smmdesk.services import estimates as est
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import reading
from smmdesk.ui.windows.sections import SECTIONS

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def press(window, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """The key pressed where the keyboard focus is (the window when nothing inside has it)."""
    target = QApplication.focusWidget() or window
    QTest.keyClick(target, key, modifiers)
    QApplication.processEvents()


@pytest.fixture
def window(main_demo, qtbot):
    main_demo.activateWindow()
    qtbot.waitExposed(main_demo)
    return main_demo


def test_every_shortcut_is_registered_once(window) -> None:
    seen: dict[str, str] = {}
    for action in window.findChildren(type(window.act_undo)):
        for sequence in action.shortcuts():
            text = sequence.toString()
            assert text not in seen, f"{text}: {seen.get(text)} and {action.objectName()}"
            seen[text] = action.objectName()
    documented = [
        "Ctrl+N",
        "Ctrl+Shift+N",
        "Ctrl+O",
        "Ctrl+Shift+B",
        "Ctrl+Q",
        "Ctrl+Z",
        "Ctrl+Shift+Z",
        "Ctrl+Y",
        "Ctrl+F",
        "Ctrl+,",
        "F1",
        "Del",
        *[f"Ctrl+{n}" for n in range(1, 9)],
    ]
    assert set(documented) <= {QKeySequence(s).toString() for s in seen}


# Keys README names that belong to a widget, not to the window's actions, each pressed in a test of
# its own: the date field's calendar, a table's Enter.
SECTION_TITLES_LAST = "Стратегия"
WIDGET_KEYS = {
    "Alt+↓": "tests/gui/test_date_field.py",
    "Enter": "test_enter_on_a_row_goes_to_its_detail",
    "F2": "tests/gui/test_undo_failures.py (F2 opens the cell it edits)",
}


def test_every_key_readme_names_is_a_key_of_the_program(window) -> None:
    """README is read, not copied: a key it names that the window does not have (Ctrl+N for a new
    file, where the code has Ctrl+Shift+N) fails here."""
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text("utf-8")
    named = set(re.findall(r"`((?:Ctrl|Alt|Shift)\+[^`]+|F\d+|Del|Enter|Esc)`", readme))
    ranges = re.findall(r"`Ctrl\+(\d)` … `Ctrl\+(\d)`", readme)
    for first, last in ranges:
        named |= {f"Ctrl+{n}" for n in range(int(first), int(last) + 1)}
    assert ranges == [("1", str(len(SECTIONS)))]  # one key per section, all of them
    registered = {
        sequence.toString()
        for action in window.findChildren(type(window.act_undo))
        for sequence in action.shortcuts()
    }
    missing = {key for key in named - set(WIDGET_KEYS) if QKeySequence(key).toString() not in registered}
    assert missing == set(), f"README names keys the window does not have: {sorted(missing)}"
    # "Создать (`Ctrl+Shift+N`…": the key README gives a menu command is that command's key.
    by_text = {
        action.text().replace("&", "").rstrip("…").lower(): action
        for action in window.findChildren(type(window.act_undo))
        if action.text()
    }
    paired = re.findall(
        r"([А-Яа-яЁё][А-Яа-яЁё ]*?)…?\*{0,2} \(`((?:Ctrl|Alt|Shift)\+[^`]+|F\d+|Del)`", readme
    )
    checked = []
    for name, key in paired:
        if name == SECTION_TITLES_LAST:
            continue  # "…, Стратегия (`Ctrl+1` … `Ctrl+8`)": the range, checked above
        action = next((a for text, a in by_text.items() if text.endswith(name.lower())), None)
        if action is None:
            continue  # a section's button, not a menu command
        keys = {sequence.toString() for sequence in action.shortcuts()}
        assert QKeySequence(key).toString() in keys, f"README: {name} is {key}; the program: {sorted(keys)}"
        checked.append(action.objectName())
    assert {"actNew", "actOpen", "actBackup", "actQuit", "actUndo", "actNewRecord", "actFind"} <= set(checked)


def test_ctrl_digits_switch_sections(window) -> None:
    for index in reversed(range(len(SECTIONS))):
        press(window, getattr(Qt.Key, f"Key_{index + 1}"), CTRL)
        assert window.nav.currentRow() == index


def test_ctrl_f_goes_to_the_sections_search(window) -> None:
    for key in ("influencers", "estimates", "placements", "contests"):
        section = window.show_section(key)
        window.nav.setFocus()
        press(window, Qt.Key.Key_F, CTRL)
        assert QApplication.focusWidget() is section.search, key


def test_ctrl_n_makes_a_new_record_in_the_section(window, monkeypatch, answers) -> None:
    from smmdesk.ui.dialogs.new_influencer import NewAccountDialog

    opened = []
    monkeypatch.setattr(NewAccountDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    window.show_section("influencers").table.setFocus()
    press(window, Qt.Key.Key_N, CTRL)
    assert opened == ["Новый блогер"]
    contests = window.show_section("contests")
    before = contests.list.count()
    answers.queue("text", "Летний розыгрыш")
    press(window, Qt.Key.Key_N, CTRL)
    assert contests.list.count() == before + 1 and contests.info.title == "Летний розыгрыш"
    estimates = window.show_section("estimates")
    estimates.select("campaign", 4)
    count = len(reading(window.workspace.db, est.list_estimates, 4))
    estimates.tree.setFocus()
    press(window, Qt.Key.Key_N, CTRL)
    assert len(reading(window.workspace.db, est.list_estimates, 4)) == count + 1


def test_delete_deletes_the_selection_and_ctrl_z_brings_it_back(window, answers) -> None:
    influencers = window.show_section("influencers")
    influencers.table.selectRow(5)
    person = influencers.model.row_at(5).influencer_id
    influencers.table.setFocus()
    answers.queue("confirm", True)
    press(window, Qt.Key.Key_Delete)
    assert "Удалить блогеров (1" in answers.texts("confirm")[-1]
    assert person not in {influencers.model.rows[i].influencer_id for i in influencers.model.view}
    press(window, Qt.Key.Key_Z, CTRL)
    assert person in {influencers.model.rows[i].influencer_id for i in influencers.model.view}
    press(window, Qt.Key.Key_Z, CTRL | SHIFT)
    assert person not in {influencers.model.rows[i].influencer_id for i in influencers.model.view}
    press(window, Qt.Key.Key_Z, CTRL)
    press(window, Qt.Key.Key_Y, CTRL)
    assert person not in {influencers.model.rows[i].influencer_id for i in influencers.model.view}


def test_delete_in_a_text_field_deletes_a_character_not_a_record(window, answers) -> None:
    influencers = window.show_section("influencers")
    influencers.table.selectRow(0)
    count = len(influencers.model.rows)
    influencers.search.setFocus()
    influencers.search.setText("анна")
    influencers.search.setCursorPosition(0)
    press(window, Qt.Key.Key_Delete)
    assert influencers.search.text() == "нна" and not answers.texts("confirm")
    assert len(influencers.model.rows) == count


def test_delete_removes_estimate_lines_when_the_table_has_focus(window) -> None:
    estimates = window.show_section("estimates")
    estimates.select("estimate", 4)
    editor = estimates.editor
    count = len(editor.version.lines)
    editor.table.selectRow(0)
    editor.table.setFocus()
    press(window, Qt.Key.Key_Delete)
    assert len(editor.version.lines) == count - 1
    press(window, Qt.Key.Key_Z, CTRL)
    assert len(editor.version.lines) == count


def test_enter_on_a_row_goes_to_its_detail(window) -> None:
    influencers = window.show_section("influencers")
    influencers.table.selectRow(3)
    influencers.table.setFocus()
    press(window, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is influencers.detail.person_fields["name"].widget


def test_file_and_help_shortcuts(window, answers, monkeypatch) -> None:
    from smmdesk.ui.dialogs import restore_dialog, settings_dialog

    window.nav.setFocus()
    press(window, Qt.Key.Key_N, CTRL | SHIFT)
    assert answers.texts("save_file") == ["Новая база"]
    press(window, Qt.Key.Key_O, CTRL)
    assert answers.texts("open_file") == ["Открыть базу"]
    press(window, Qt.Key.Key_B, CTRL | SHIFT)
    if ON_SERVER:  # a server's backups are its administrators' (pg_dump): the action is off there
        assert not window.act_backup.isEnabled() and not window.act_restore.isEnabled()
    else:
        assert "Резервная копия сохранена" in window.statusBar().currentMessage()
    shown = []
    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", lambda dialog: shown.append("settings") or 0)
    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", lambda dialog: shown.append("restore") or 0)
    press(window, Qt.Key.Key_Comma, CTRL)
    assert shown == ["settings"]
    press(window, Qt.Key.Key_F1)
    from smmdesk.version import __version__

    assert any(__version__ in t for t in answers.texts("inform"))
    press(window, Qt.Key.Key_Q, CTRL)
    assert not window.isVisible()


def test_an_undo_is_seen_in_every_section(window, qtbot) -> None:
    influencers = window.show_section("influencers")
    influencers.table.selectRow(0)
    row = influencers.model.row_at(0)
    city = influencers.detail.person_fields["city"].widget
    qtbot.waitUntil(city.isVisible)  # the panel's forms are made, then shown, on the first row
    city.setFocus()
    city.selectAll()
    QTest.keyClicks(city, "Tula")
    press(window, Qt.Key.Key_Return)
    assert reading(window.workspace.db, svc.detail, row.influencer_id).values["city"] == "Tula"
    window.nav.setFocus()
    press(window, Qt.Key.Key_Z, CTRL)
    assert influencers.model.row_at(0).city == row.city
    assert city.text() == row.city


def test_ctrl_n_on_a_selected_estimate_makes_one_named_apart_and_selects_it(window) -> None:
    estimates = window.show_section("estimates")
    assert estimates.select("estimate", 1)
    campaign_id = estimates.editor.version.campaign_id
    before = {e.title for e in reading(window.workspace.db, est.list_estimates, campaign_id)}
    estimates.tree.setFocus()
    press(window, Qt.Key.Key_N, CTRL)
    after = reading(window.workspace.db, est.list_estimates, campaign_id)
    (made,) = [e for e in after if e.title not in before]
    assert made.title == f"Смета {len(after)}" and len({e.title for e in after}) == len(after)
    current = estimates.tree.currentItem()
    assert current.text(0).startswith(made.title) and estimates.editor.version.estimate_id == made.id
    press(window, Qt.Key.Key_N, CTRL)  # and the next one is named apart again
    titles = [e.title for e in reading(window.workspace.db, est.list_estimates, campaign_id)]
    assert len(set(titles)) == len(titles) == len(after) + 1


def _open_editor(view):
    from PySide6.QtWidgets import QLineEdit

    return [w for w in view.viewport().findChildren(QLineEdit) if w.isVisible()]


def test_enter_edits_a_cell_of_the_estimate_and_of_the_kpi_plan(window, qtbot) -> None:
    estimates = window.show_section("estimates")
    assert estimates.select("estimate", 4)  # a draft
    editor = estimates.editor
    quantity = editor.model.index(0, editor.model.column_index("quantity"))
    editor.table.setFocus()
    editor.table.setCurrentIndex(quantity)
    press(window, Qt.Key.Key_Return)
    (line,) = _open_editor(editor.table)
    line.selectAll()
    QTest.keyClicks(line, "9")
    QTest.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.version.lines[0].quantity == 9)
    assert _open_editor(editor.table) == []  # Enter in the editor commits and closes it
    kpis = window.show_section("kpis")
    kpis.campaign.setCurrentIndex(kpis.campaign.findData(5))
    kpis.show_campaign()
    kpis.table.setFocus()
    kpis.table.setCurrentIndex(kpis.model.index(0, 1))  # «План»
    press(window, Qt.Key.Key_Enter)
    assert len(_open_editor(kpis.table)) == 1
