"""Placements: shares of a line's amount, paid or not, overdue, proof and figures that make sense."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smmdesk.domain import metrics_import as mi
from smmdesk.domain import placements as p
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.metrics import Metric

TODAY = dt.date(2026, 11, 26)


def row(**changes: object) -> p.PlacementRow:
    base = dict(
        id=1, campaign_id=1, campaign_name="К", client_name="Кл", estimate_id=1, account_id=1,
        influencer_name="Анна", platform="instagram", handle="anna", format_code="photo_with_product",
        format_title="Фото с продуктом", slot_date=dt.date(2026, 11, 20), status="planned", responsible="",
        fee=D(10000), cost=D(12000), agreed_on=None, payment_due=None, published_on=None, url="", erid="",
        ad_label="", notes="",
    )  # fmt: skip
    base.update(changes)
    return p.PlacementRow(**base)  # type: ignore[arg-type]


def test_a_line_amount_splits_into_publications_to_the_kopeck() -> None:
    assert p.split_amount(D("100.00"), 3) == [D("33.34"), D("33.33"), D("33.33")]
    assert p.split_amount(D("0.02"), 3) == [D("0.01"), D("0.01"), D("0.00")]


@given(st.integers(0, 10**9), st.integers(1, 50))
def test_shares_always_add_up(kopecks: int, parts: int) -> None:
    total = D(kopecks) / 100
    shares = p.split_amount(total, parts)
    assert sum(shares) == total and max(shares) - min(shares) <= D("0.01")


def test_paid_state_and_balance() -> None:
    assert row(paid=D(0)).paid_state == p.PaidState.UNPAID
    assert row(paid=D(4000)).paid_state == p.PaidState.PARTLY and row(paid=D(4000)).balance == D(6000)
    assert row(paid=D(10000)).paid_state == p.PaidState.PAID
    assert row(fee=None).paid_state == p.PaidState.NO_FEE and row(fee=None).balance is None
    assert row(payment_due=dt.date(2026, 11, 1), paid=D(100)).payment_overdue(TODAY)
    assert not row(payment_due=dt.date(2026, 11, 1), paid=D(10000)).payment_overdue(TODAY)


def test_overdue_missing_erid_deviation_and_days_left_to_capture() -> None:
    assert row().overdue(TODAY) and not row(slot_date=TODAY).overdue(TODAY)
    assert not row(status="published").overdue(TODAY) and not row(status="cancelled").overdue(TODAY)
    published = row(status="published", published_on=dt.date(2026, 11, 22))
    assert published.missing_erid and not row(status="published", erid="2Vtzqx1").missing_erid
    assert published.deviation_days == 2
    assert published.capture_days_left(TODAY) == 30 - 4
    story = row(
        status="published", published_on=dt.date(2026, 11, 25), format_code="story", format_title="Сторис"
    )
    assert story.capture_days_left(TODAY) == 3 - 1
    assert row(status="published", published_on=TODAY, metrics=3).capture_days_left(TODAY) is None


def test_impossible_figures_are_refused_and_unlikely_ones_warned() -> None:
    with pytest.raises(ValidationError, match="negative"):
        p.check_figures("instagram", {Metric.LIKES: -1})
    with pytest.raises(ValidationError, match="More likes"):
        p.check_figures("youtube", {Metric.IMPRESSIONS: 100, Metric.LIKES: 101})
    assert p.check_figures("instagram", {Metric.IMPRESSIONS: 100, Metric.LIKES: 101}) == []
    assert p.check_figures("vk", {Metric.IMPRESSIONS: 100, Metric.REACH: 150})  # a warning
    with pytest.raises(ValidationError, match="before the date it was agreed"):
        p.check_dates(dt.date(2026, 11, 10), dt.date(2026, 11, 9))
    p.check_dates(dt.date(2026, 11, 10), dt.date(2026, 11, 10))


def test_links_match_however_written() -> None:
    key = mi.url_key("https://www.instagram.com/p/Cx12ab/?igshid=xyz")
    assert key == mi.url_key("instagram.com/p/Cx12ab") == mi.url_key("http://m.instagram.com/p/Cx12ab/")
    assert mi.url_key("https://www.youtube.com/watch?v=abc123&t=5") == "youtube.com/watch?v=abc123"
    assert mi.url_key("") == ""


def test_a_statistics_table_is_read_as_people_write_it() -> None:
    rows = [
        ["Статистика за ноябрь", "", ""],
        ["Ссылка на публикацию", "Просмотры", "Охват", "Лайки", "Выручка, руб.", "Дата съёма"],
        ["https://vk.com/wall-1_2", "12,5 тыс.", "9 800", "—", "15 000,50", "20.11.2026"],
        ["", "1", "1", "1", "", ""],
        ["https://t.me/chan/5", "1 200", "abc", "-4", "", ""],
    ]
    header = mi.find_header(rows)
    assert header == 1
    mapping = mi.match_columns(rows[header])
    assert set(mapping.values()) == {"url", "impressions", "reach", "likes", "revenue", "date"}
    first, second = mi.parse_rows(rows, header, mapping)
    assert first.values == {Metric.IMPRESSIONS: 12500, Metric.REACH: 9800, Metric.REVENUE: D("15000.50")}
    assert first.captured_on == dt.date(2026, 11, 20) and first.row == 3
    assert second.values == {Metric.IMPRESSIONS: 1200}
    assert second.problems == ["reach: abc", "likes: -4"]
