"""Cells as planners type them: dates with or without a time and a zone, yes/no, hours and rates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from smmdesk.domain.cell_values import parse_day, parse_decimal, parse_moment, parse_yes_no


@pytest.mark.parametrize(
    ("text", "moment"),
    [
        ("01.12.2026", dt.datetime(2026, 12, 1)),
        ("2026-12-01 14:30", dt.datetime(2026, 12, 1, 14, 30)),
        ("01.12.2026 14:30:05", dt.datetime(2026, 12, 1, 14, 30, 5)),
        ("2026-12-01T11:30:00Z", dt.datetime(2026, 12, 1, 11, 30, tzinfo=dt.UTC)),
        ("2026-12-01T14:30:00+03:00", dt.datetime(2026, 12, 1, 11, 30, tzinfo=dt.UTC)),
        ("", None),
    ],
)
def test_moments(text: str, moment: dt.datetime | None) -> None:
    assert parse_moment(text) == moment


def test_a_day_and_what_is_no_date() -> None:
    assert parse_day("2026-12-31 23:59") == dt.date(2026, 12, 31)
    for bad in ("31.02.2026", "вчера", "12/31/2026 x"):
        with pytest.raises(ValueError):
            parse_day(bad)


def test_yes_and_no_in_both_languages() -> None:
    assert [parse_yes_no(t) for t in ("Да", "yes", "1", "+", "согласен", "")] == [True] * 5 + [None]
    assert [parse_yes_no(t) for t in ("нет", "No", "0", "-", "отказ")] == [False] * 5
    with pytest.raises(ValueError):
        parse_yes_no("может быть")


def test_hours_and_rates() -> None:
    assert parse_decimal("12,5 ч") == Decimal("12.5")
    assert parse_decimal("40 часов") == Decimal(40)
    assert parse_decimal("1 500 руб.") == Decimal(1500)
    assert parse_decimal("—") is None
    with pytest.raises(ValueError):
        parse_decimal("-3")
