"""The estimate maths of RULES.md, its worked example to the kopeck, and the forecast ratios."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate import (
    Forecast,
    LineAmounts,
    VatMode,
    estimate_totals,
    line_forecast,
    line_net,
    total_forecast,
    valid_discount,
    valid_quantity,
)

WORKED = [
    LineAmounts(2, D("15000.00"), D("0")),
    LineAmounts(1, D("120000.00"), D("10")),
    LineAmounts(3, D("7333.33"), D("5")),
    LineAmounts(1, D("25000.00"), D("0")),
]


def test_the_worked_example_of_rules_md() -> None:
    assert [line.gross for line in WORKED] == [D("30000.00"), D("120000.00"), D("21999.99"), D("25000.00")]
    assert [line.net for line in WORKED] == [D("30000.00"), D("108000.00"), D("20899.99"), D("25000.00")]
    totals = estimate_totals(WORKED, D("15"), VatMode.ON_TOP, D("22"))
    assert totals.net_total == D("183899.99")
    assert totals.agency_fee == D("27585.00")
    assert totals.subtotal == D("211484.99")
    assert totals.vat == D("46526.70")
    assert totals.total == D("258011.69")
    assert totals.discount_total == D("13100.00")


def test_vat_included_and_none() -> None:
    included = estimate_totals(WORKED, D("15"), VatMode.INCLUDED, D("22"))
    assert included.total == D("211484.99")
    assert included.vat == D("38136.64")  # 211484.99 × 22 / 122 = 38136.6375… → half up
    none = estimate_totals(WORKED, D("15"), VatMode.NONE, D("22"))
    assert (none.vat, none.total) == (D("0.00"), D("211484.99"))


def test_rounding_is_per_line_half_up() -> None:
    assert line_net(1, D("0.05"), D("50")) == D("0.03")  # 0.025 → 0.03
    assert line_net(3, D("7333.33"), D("5")) == D("20899.99")  # 20899.9905 → 20899.99


@given(
    st.lists(
        st.tuples(
            st.integers(1, 50),
            st.decimals(min_value=0, max_value=1_000_000, places=2, allow_nan=False, allow_infinity=False),
            st.decimals(min_value=0, max_value=100, places=2, allow_nan=False, allow_infinity=False),
        ),
        max_size=30,
    ),
    st.decimals(min_value=0, max_value=50, places=2, allow_nan=False, allow_infinity=False),
)
def test_totals_are_whole_kopecks_and_add_up(lines, fee) -> None:  # type: ignore[no-untyped-def]
    amounts = [LineAmounts(q, p, d) for q, p, d in lines]
    totals = estimate_totals(amounts, fee, VatMode.ON_TOP, D("22"))
    for value in (totals.net_total, totals.agency_fee, totals.vat, totals.total):
        assert value == value.quantize(D("0.01"))
    assert totals.total == totals.net_total + totals.agency_fee + totals.vat
    assert totals.net_total <= totals.gross_total


def test_bad_quantities_and_discounts_are_refused() -> None:
    with pytest.raises(ValidationError):
        valid_quantity(0)
    with pytest.raises(ValidationError):
        valid_discount(D("100.5"))
    assert valid_discount(D("12.5")) == D("12.50")


def test_forecast_uses_ratios_of_sums_and_dash_for_unknown() -> None:
    a = line_forecast(2, D("30000"), 100_000, 20_000, 40_000)
    b = line_forecast(1, D("10000"), 50_000, None, None)
    assert (a.reach, a.views) == (40_000, 80_000)
    assert a.cpm == D("375") and a.cpv == D("0.375")
    assert b.cpm is None and b.cpv is None
    total = total_forecast([a, b])
    assert total.views == 80_000 and total.reach == 40_000 and total.followers == 150_000
    assert total.cpm == D("375")  # the line without views is out of the ratio, not counted as zero
    assert Forecast(None, None, 0, D("1")).cpm is None


def test_a_line_without_a_price_adds_its_views_to_the_plan_but_not_to_a_ratio() -> None:
    """A draft: 10 000 ₽ for 20 000 views, and a line of 80 000 views not priced yet. CPM is
    10 000 / 20 000 × 1000 = 500 ₽ (over the lines that have both), not 10 000 / 100 000 × 1000."""
    priced = line_forecast(1, D("10000"), None, 15_000, 20_000)
    unpriced = line_forecast(2, D("0"), None, 30_000, 40_000, priced=False)
    assert unpriced.cpm is None and unpriced.cost == 0
    total = total_forecast([priced, unpriced])
    assert total.views == 100_000 and total.reach == 75_000  # the plan's views are all there
    assert total.cpm == D("500") and total.cpv == D("0.5")
