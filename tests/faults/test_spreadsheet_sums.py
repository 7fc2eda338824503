"""An estimate's sums stay where every spreadsheet holds them to the kopeck: a line and the total
are at most 9 999 999 999 999,99 (15 digits; a double holds roubles to the kopeck only below 2^46,
and Excel reads 15 digits). One kopeck more is refused in words and nothing is stored; at the cap,
LibreOffice recalculating the exported file shows the program's total to the kopeck."""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP
from decimal import Decimal as D
from pathlib import Path

import pytest
from rendering import needs_libreoffice, raw_cells

from smmdesk.domain import estimate as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.settings import AgencySettings
from smmdesk.i18n import error_text
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.estimate_export import export_version

PRICE_MAX = D("999999999999.99")  # the largest unit price (limits.MONEY_MAX)


def test_the_cap_is_below_2_53_kopecks_and_every_sum_under_it_survives_a_double() -> None:
    assert rules.TOTAL_MAX * 100 < 2**53
    for kopecks in (10**15 - 1, 10**15 - 2, 7 * 10**14 + 1, 123_456_789_012_345):
        roubles = D(kopecks) / 100
        assert D(repr(float(roubles))).quantize(D("0.01"), ROUND_HALF_UP) == roubles
        assert len(str(kopecks)) <= 15  # what Excel reads of a number


@pytest.fixture
def version(db) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Большой бюджет»")
        campaign = camp.create_campaign(s, client, "Кампания", dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        estimate = est.create_estimate(s, campaign, "Смета", AgencySettings(agency_fee=D("0")))
        version = est.latest_version(s, estimate)
        est.update_settings(s, version, {"vat_mode": "none"})
        est.add_cost(s, version, "Девять", 9, PRICE_MAX)  # 8 999 999 999 999,91
        est.add_cost(s, version, "Одна", 1, PRICE_MAX)  # … 9 999 999 999 999,90
    return version


def _total(db, version: int) -> D:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        return est.load_version(s, version).totals.total


def test_an_estimate_reaches_the_cap_and_one_kopeck_more_is_refused(db, version: int, russian) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as s:
        est.add_cost(s, version, "Копейки", 9, D("0.01"))
    assert _total(db, version) == D("9999999999999.99") == rules.TOTAL_MAX
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        est.add_cost(s, version, "Ещё копейка", 1, D("0.01"))
    said = error_text(caught.value)
    assert "Смета обошлась бы в 10\u00a0000\u00a0000\u00a0000\u00a0000,00" in said
    assert "не больше 9 999 999 999 999,99" in said
    assert _total(db, version) == rules.TOTAL_MAX  # nothing stored
    with db.reading() as s:
        assert [line.title for line in est.load_version(s, version).lines][-1] == "Копейки"


@pytest.mark.parametrize(
    "change",
    [
        {"agency_fee_pct": D("0.01")},  # the fee pushes the total past the cap
        {"vat_mode": "on_top"},  # so does VAT on top
    ],
)
def test_a_fee_or_vat_that_would_pass_the_cap_is_refused(db, version: int, change: dict) -> None:  # type: ignore[no-untyped-def]
    before = _total(db, version)
    with pytest.raises(ValidationError, match="estimate's total"), db.transaction() as s:
        est.update_settings(s, version, change)
    assert _total(db, version) == before


def test_a_single_line_past_the_cap_is_refused(db, version: int) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as s:
        first = est.load_version(s, version).lines[0].id
    with pytest.raises(
        ValidationError, match="This line would come to 10\u00a0999\u00a0999\u00a0999\u00a0999,89"
    ):
        with db.transaction() as s:
            est.update_line(s, first, {"quantity": 11})
    with db.reading() as s:
        assert est.load_version(s, version).lines[0].quantity == 9


@needs_libreoffice
def test_libreoffice_recalculates_a_total_at_the_cap_to_the_kopeck(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    # Fee 15 % and VAT 22 % on top, odd kopecks and a discount: every rounding point is exercised.
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Большой бюджет»")
        campaign = camp.create_campaign(s, client, "Кампания", dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        estimate = est.create_estimate(s, campaign, "Смета", AgencySettings(agency_fee=D("15")))
        version = est.latest_version(s, estimate)
        est.add_cost(s, version, "Семь", 7, PRICE_MAX)
        line = est.add_cost(s, version, "Скидка", 1, D("123456789012.37"))
        est.update_line(s, line, {"discount_pct": D("3.5")})

    # The total computed a second way, in whole kopecks with half-up division.
    def half_up(numerator: int, denominator: int) -> int:
        return (2 * numerator + denominator) // (2 * denominator)

    net = 7 * 99999999999999 + half_up(12345678901237 * 9650, 10000)
    fee = half_up(net * 15, 100)
    vat = half_up((net + fee) * 22, 100)
    expected = D(net + fee + vat) / 100
    assert expected > D("9.9e12")  # near the cap, 16 digits would not do
    assert _total(db, version) == expected
    path = tmp_path / "smeta.xlsx"
    with db.reading() as s:
        export_version(s, version, path, made_on=dt.date(2026, 11, 26))
    rows = raw_cells(path, tmp_path)
    last = next(row for row in rows if len(row) > 10 and row[1] == "Всего к оплате")
    assert D(last[10].replace(",", ".")) == expected
