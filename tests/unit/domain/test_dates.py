"""Dates typed the ways people type them become the date they meant; anything else is refused."""

from __future__ import annotations

import datetime as dt

import pytest

from smmdesk.domain.dates import parse_date
from smmdesk.domain.errors import ValidationError

TODAY = dt.date(2026, 11, 26)


@pytest.mark.parametrize(
    "typed",
    ["01.02.2027", "1.2.27", "01022027", "010227", "1.2.2027", " 01.02.2027 ", "1/2/2027", "2027-02-01",
     "01-02-2027", "1 2 2027", "01.02.27."],
)  # fmt: skip
def test_the_usual_ways_of_typing_the_first_of_february(typed: str) -> None:
    assert parse_date(typed, TODAY) == dt.date(2027, 2, 1)


def test_a_date_without_a_year_is_this_year() -> None:
    assert parse_date("5.3", TODAY) == dt.date(2026, 3, 5)
    assert parse_date("0503", TODAY) == dt.date(2026, 3, 5)


def test_an_empty_text_is_no_date() -> None:
    assert parse_date("", TODAY) is None
    assert parse_date("   ", TODAY) is None


@pytest.mark.parametrize("typed", ["31.02.2027", "32.01.2027", "1.13.2027", "завтра", "1.2.202", "12345"])
def test_what_is_not_a_date_is_refused_with_what_was_typed(typed: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_date(typed, TODAY)
    assert typed.strip() in refused.value.render()
