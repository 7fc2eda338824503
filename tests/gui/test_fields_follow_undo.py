"""A field the cursor is still in shows the file after an undo or redo, and Ctrl+Z typed in it
goes to the program's history when nothing is typed there."""

from __future__ import annotations

from conftest import type_text
from PySide6.QtCore import Qt

from smmdesk.services import influencers as svc
from smmdesk.services.workspace import reading

CTRL = Qt.KeyboardModifier.ControlModifier


def _city(main_demo):
    section = main_demo.show_section("influencers")
    section.table.selectRow(0)
    person = section.model.row_at(0).influencer_id
    return section, person, section.detail.person_fields["city"].widget


def _stored_city(main_demo, person: int) -> str:
    return reading(main_demo.workspace.db, svc.detail, person).values["city"]


def _type_city(qtbot, city, text: str) -> None:
    city.setFocus()
    city.selectAll()
    type_text(city, text)
    qtbot.keyClick(city, Qt.Key.Key_Return)


def test_the_menus_undo_shows_the_stored_value_in_the_focused_field(main_demo, qtbot) -> None:
    section, person, city = _city(main_demo)
    before = _stored_city(main_demo, person)
    _type_city(qtbot, city, "Тверь")
    assert _stored_city(main_demo, person) == "Тверь" and city.hasFocus()
    main_demo.act_undo.trigger()
    assert _stored_city(main_demo, person) == before
    qtbot.waitUntil(lambda: city.text() == before)
    section.table.setFocus()  # leaving the field saves nothing again
    qtbot.wait(50)
    assert _stored_city(main_demo, person) == before
    assert main_demo.act_redo.isEnabled() and not main_demo.act_undo.isEnabled()
    city.setFocus()
    main_demo.act_redo.trigger()
    qtbot.waitUntil(lambda: city.text() == "Тверь")
    assert _stored_city(main_demo, person) == "Тверь"


def test_ctrl_z_in_a_field_with_nothing_typed_undoes_the_saved_change(main_demo, qtbot) -> None:
    section, person, city = _city(main_demo)
    before = _stored_city(main_demo, person)
    _type_city(qtbot, city, "Омск")
    assert _stored_city(main_demo, person) == "Омск"
    qtbot.keyClick(city, Qt.Key.Key_Z, CTRL)
    assert _stored_city(main_demo, person) == before
    qtbot.waitUntil(lambda: city.text() == before)
    section.table.setFocus()
    qtbot.wait(50)
    assert _stored_city(main_demo, person) == before
    assert not main_demo.act_undo.isEnabled()


def test_ctrl_z_while_typing_still_undoes_the_typing(main_demo, qtbot) -> None:
    _section, person, city = _city(main_demo)
    before = _stored_city(main_demo, person)
    city.setFocus()
    city.end(False)
    type_text(city, "ск")
    qtbot.keyClick(city, Qt.Key.Key_Z, CTRL)
    assert city.text() != before + "ск"  # the line edit's own typing history
    assert _stored_city(main_demo, person) == before and not main_demo.act_redo.isEnabled()
