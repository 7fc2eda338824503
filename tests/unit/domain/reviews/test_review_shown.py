"""How a campaign's figures read in the tab and its charts alike, and a rating typed as a page shows it."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smmdesk.domain.reviews.shown import figure_text, parse_rating, period_text


def test_a_figure_has_one_decimal_rounded_half_up_and_no_zero_after_a_whole_number() -> None:
    assert figure_text(Decimal("16.65")) == "16,7"  # half up, not to even
    assert figure_text(Decimal("0")) == "0" and figure_text(0.0, "en") == "0"
    assert figure_text(Decimal("-66.666")) == "\u221266,7" and figure_text(Decimal("4.5"), "en") == "4.5"
    assert figure_text(None) == "—"


def test_a_month_is_named_in_the_interfaces_language() -> None:
    assert period_text("2026-11") == "ноябрь 2026" and period_text("2026-11", "en") == "November 2026"
    assert period_text("2026-W49") == "2026-W49"  # a week is left as written


@pytest.mark.parametrize("typed", ["4,6", "4.6", "4,6 из 5", "4.6/5", " 4,6  из 5 ", "4,6 ★", "4.6 out of 5"])
def test_a_rating_is_read_as_its_page_writes_it(typed: str) -> None:
    assert parse_rating(typed) == Decimal("4.6")


@pytest.mark.parametrize("typed", ["хорошо", "4,6 из 10", "", "4,6,1"])
def test_anything_else_is_not_a_rating(typed: str) -> None:
    with pytest.raises(ValueError):
        parse_rating(typed)
