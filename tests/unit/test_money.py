"""Money: kopecks in storage, half-up rounding, Russian formatting."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_money, from_kopecks, parse_money, round_money, to_kopecks


def test_rounding_is_half_up_to_the_kopeck() -> None:
    assert round_money(Decimal("20899.985")) == Decimal("20899.99")
    assert round_money(Decimal("0.005")) == Decimal("0.01")
    assert round_money(Decimal("-0.005")) == Decimal("-0.01")
    assert round_money(Decimal("46526.6978")) == Decimal("46526.70")


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_kopecks_round_trip_exactly(kopecks: int) -> None:
    assert to_kopecks(from_kopecks(kopecks)) == kopecks


def test_fractions_of_a_kopeck_are_refused_by_storage() -> None:
    with pytest.raises(ValueError):
        to_kopecks(Decimal("1.005"))


def test_format_is_russian_with_non_breaking_spaces() -> None:
    assert format_money(Decimal("258011.69")) == "258\u00a0011,69\u00a0₽"
    assert format_money(Decimal("-1234567.5")) == "-1\u00a0234\u00a0567,50\u00a0₽"
    assert format_money(Decimal("0"), "USD") == "0,00\u00a0$"
    assert format_money(None) == "—"
    assert format_money(Decimal("5"), "GBP") == "5,00\u00a0GBP"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15 000,50", "15000.50"),
        ("15000.5", "15000.50"),
        ("15\u00a0000 ₽", "15000.00"),
        ("30000 руб.", "30000.00"),
    ],
)
def test_parse_money_reads_what_people_type(text: str, value: str) -> None:
    assert parse_money(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,005", "NaN", "Infinity"])
def test_parse_money_refuses_nonsense(text: str) -> None:
    with pytest.raises(ValidationError):
        parse_money(text)
