"""A date the rules refuse never looks saved, and a stale "not a date" goes when a date is typed."""

from __future__ import annotations

import datetime as dt

from conftest import type_date

from smmdesk.services import placements as pl
from smmdesk.services.workspace import reading
from smmdesk.ui.core.formatting import format_date

AUTUMN = 5


def _published_placement(main_demo):
    section = main_demo.show_section("placements")
    section.campaign.setCurrentIndex(section.campaign.findData(AUTUMN))
    section.apply_filter()
    for position in range(section.model.rowCount()):
        row = section.model.row_at(position)
        if row.agreed_on and row.published_on:
            section.table.selectRow(position)
            return section, row
    raise AssertionError("no published placement")


def test_an_agreement_later_than_the_publication_is_refused_and_does_not_look_saved(main_demo, qtbot) -> None:
    section, row = _published_placement(main_demo)
    agreed = section.detail.fields["agreed_on"]
    later = row.published_on + dt.timedelta(days=30)
    type_date(agreed.widget, format_date(later))
    assert "раньше даты согласования" in agreed.error.text() and agreed.error.isVisible()
    assert reading(main_demo.workspace.db, pl.get_row, row.id).agreed_on == row.agreed_on
    assert agreed.widget.value() == row.agreed_on  # the value is still the stored one
    assert agreed.widget.line.styleSheet()  # and the refused text is red, not shown as saved
    assert not main_demo.act_undo.isEnabled()
    # Typing the same refused date again tries again (and is refused again), it is not "unchanged".
    type_date(agreed.widget, format_date(later))
    assert "раньше даты согласования" in agreed.error.text()
    # A date the rules accept is saved; the red and the message go.
    earlier = row.published_on - dt.timedelta(days=1)
    type_date(agreed.widget, format_date(earlier))
    assert reading(main_demo.workspace.db, pl.get_row, row.id).agreed_on == earlier
    assert not agreed.error.isVisible() and not agreed.widget.line.styleSheet()


def test_a_valid_date_after_a_text_that_was_not_one_clears_the_message(main_demo, qtbot) -> None:
    section, row = _published_placement(main_demo)
    agreed = section.detail.fields["agreed_on"]
    type_date(agreed.widget, "abc")
    assert "Это не дата: abc" in agreed.error.text()
    type_date(agreed.widget, format_date(row.agreed_on))  # the stored date itself: nothing to save
    assert agreed.error.text() == "" and not agreed.error.isVisible()
    assert not agreed.widget.line.styleSheet()
    assert agreed.widget.line.text() == format_date(row.agreed_on)
