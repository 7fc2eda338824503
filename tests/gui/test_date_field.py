"""The one date field: typed as people type dates, a calendar on today's month when empty, Delete
clears; and it is the only date widget the program uses."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import type_date
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from smmdesk.ui.widgets.date_field import DateField


@pytest.fixture
def field(qtbot, russian):
    created = DateField()
    qtbot.addWidget(created)
    created.show()
    return created


@pytest.mark.parametrize("typed", ["01.02.2027", "1.2.27", "01022027"])
def test_typed_the_usual_ways_it_is_the_same_date(field, qtbot, typed) -> None:
    with qtbot.waitSignal(field.edited):
        type_date(field, typed)
    assert field.value() == dt.date(2027, 2, 1)
    assert field.line.text() == "01.02.2027"  # shown back in the one format of the language


def test_an_empty_field_opens_its_calendar_on_this_month(field) -> None:
    assert field.value() is None and field.line.text() == ""
    field.open_calendar()
    today = dt.date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    field.set_value(dt.date(2027, 2, 1))
    field.open_calendar()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (2027, 2)
    field.popup.close()


def test_a_day_picked_in_the_calendar_is_the_value(field, qtbot) -> None:
    from PySide6.QtCore import QDate

    field.open_calendar()
    with qtbot.waitSignal(field.edited):
        field.calendar.clicked.emit(QDate(2027, 3, 8))
    assert field.value() == dt.date(2027, 3, 8) and field.line.text() == "08.03.2027"


def test_delete_clears_the_date(field, qtbot) -> None:
    field.set_value(dt.date(2027, 2, 1))
    field.line.setFocus()
    with qtbot.waitSignal(field.edited):
        QTest.keyClick(field.line, Qt.Key.Key_Delete)
    assert field.value() is None and field.line.text() == ""


def test_what_is_not_a_date_is_refused_and_kept_as_typed(field, qtbot) -> None:
    field.set_value(dt.date(2027, 2, 1))
    with qtbot.waitSignal(field.refused) as refused:
        type_date(field, "31.02.2027")
    assert "не дата" in refused.args[0]
    assert field.value() == dt.date(2027, 2, 1) and field.line.text() == "31.02.2027"


def test_in_english_dates_have_the_english_format(qtbot) -> None:
    created = DateField(dt.date(2027, 2, 1))
    qtbot.addWidget(created)
    created.show()
    assert created.line.text() == "01/02/2027"
    type_date(created, "8.3.27")
    assert created.value() == dt.date(2027, 3, 8) and created.line.text() == "08/03/2027"


def test_the_placement_form_takes_a_typed_date(main_demo, qtbot) -> None:
    placements = main_demo.show_section("placements")
    placements.table.selectRow(0)
    detail = placements.detail
    slot = detail.fields["slot_date"].widget
    type_date(slot, "3.3.27")
    assert detail.row.slot_date == dt.date(2027, 3, 3)
    main_demo.workspace.undo.undo()
    assert detail.row.slot_date != dt.date(2027, 3, 3)


def test_alt_down_opens_the_calendar(field, qtbot) -> None:
    field.line.setFocus()
    QTest.keyClick(field.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(field.popup.isVisible, timeout=2000)
    today = dt.date.today()
    assert (field.calendar.yearShown(), field.calendar.monthShown()) == (today.year, today.month)
    field.popup.close()
