"""From approval to results in the database: placements, payments, proof, figures, KPIs."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path

import pytest

from smmdesk.domain.errors import ImportFileError, ValidationError
from smmdesk.domain.metrics import Metric, Source
from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services import kpi
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.storage.database import Database

DAY = dt.date(2026, 10, 5)


@pytest.fixture
def approved(db: Database) -> dict:
    """An estimate of two placement lines (quantities 3 and 1) and a cost, sent and approved."""
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Ромашка»")
        campaign = camp.create_campaign(s, client, "Осень", dt.date(2026, 10, 1), dt.date(2026, 10, 31))
        inf.create_influencer(s, "Анна Иванова", "instagram", "anna.style", followers=120_000)
        inf.create_influencer(s, "Пётр Сидоров", "youtube", "petr")
        accounts = list(s.scalars(inf.select(inf.Account.id).order_by(inf.Account.id)))
        estimate = est.create_estimate(s, campaign, "Октябрь", AgencySettings(agency_fee=D("15")))
        version = est.latest_version(s, estimate)
        anna, petr = est.add_placements(s, version, accounts, 1, DAY)
        est.update_line(s, anna, {"quantity": 3, "unit_price": D("100.00"), "contractor_fee": D("30")})
        est.update_line(
            s, petr, {"unit_price": D("50000"), "discount_pct": D("10"), "contractor_fee": D("40000")}
        )
        est.add_cost(s, version, "Продакшн", 1, D("25000"))
        est.send_to_client(s, version)
        change = est.change_workflow(s, version, est.decide, True, "Мария", "ок")
    return {
        "campaign": campaign,
        "estimate": estimate,
        "version": version,
        "change": change,
        "accounts": accounts,
    }


def rows(db: Database, campaign: int | None = None) -> list:
    with db.reading() as s:
        return pl.list_rows(s, campaign)


def test_approval_makes_a_placement_per_publication_and_undo_takes_them_back(db: Database, approved) -> None:
    found = rows(db)
    assert len(found) == 4  # 3 + 1; the production cost is not a placement
    anna = [r for r in found if r.handle == "anna.style"]
    assert [r.cost for r in anna] == [D("100.00"), D("100.00"), D("100.00")]
    assert all(r.fee == D("30") and r.status == "planned" and r.slot_date == DAY for r in anna)
    (petr,) = [r for r in found if r.handle == "petr"]
    assert petr.cost == D("45000.00") and petr.fee == D("40000")
    assert {r.campaign_name for r in found} == {"Осень"} and {r.client_name for r in found} == {
        "ООО «Ромашка»"
    }
    with db.transaction() as s:
        est.undo_workflow(s, approved["version"], approved["change"])
    assert rows(db) == []
    with db.reading() as s:
        assert est.load_version(s, approved["version"]).status == "sent"


def test_a_later_approved_version_adds_cancels_and_updates(db: Database, approved) -> None:
    first = {r.id for r in rows(db)}
    published = next(r for r in rows(db) if r.handle == "anna.style")
    with db.transaction() as s:
        pl.update_placement(
            s, published.id, {"published_on": dt.date(2026, 10, 6), "url": "https://instagram.com/p/1"}
        )
    with db.transaction() as s:
        anna_key = next(
            line.line_key
            for line in est.load_version(s, approved["version"]).lines
            if line.handle == "anna.style"
        )
        petr_key = next(
            line.line_key for line in est.load_version(s, approved["version"]).lines if line.handle == "petr"
        )
        est.in_draft(
            s, approved["estimate"], est.update_line_by_key, anna_key, {"quantity": 2, "unit_price": D("120")}
        )
        est.in_draft(s, approved["estimate"], est.delete_by_keys, [petr_key])
        v2 = est.latest_version(s, approved["estimate"])
        est.send_to_client(s, v2)
        change = est.change_workflow(s, v2, est.decide, True, "Мария")
    after = {r.id: r for r in rows(db)}
    assert set(after) == first  # nothing new: quantity went down, and Пётр's line went away
    assert after[published.id].status == "published" and after[published.id].cost == D("120.00")
    statuses = sorted((r.handle, r.status) for r in after.values())
    assert statuses == [
        ("anna.style", "cancelled"),
        ("anna.style", "planned"),
        ("anna.style", "published"),
        ("petr", "cancelled"),
    ]
    with db.transaction() as s:
        est.undo_workflow(s, v2, change)
    assert sorted(r.status for r in rows(db)) == ["planned", "planned", "planned", "published"]


def test_payments_balance_and_refusals(db: Database, approved) -> None:
    petr = next(r for r in rows(db) if r.handle == "petr")
    with db.transaction() as s:
        first = pl.add_payment(
            s, petr.id, dt.date(2026, 10, 1), D("20000"), "prepayment", "перевод", "п/п 17"
        )
    with pytest.raises(ValidationError, match="more than is left to pay"), db.transaction() as s:
        pl.add_payment(s, petr.id, dt.date(2026, 10, 10), D("20000.01"), "final")
    with pytest.raises(ValidationError, match="more than zero"), db.transaction() as s:
        pl.add_payment(s, petr.id, dt.date(2026, 10, 10), D("0"), "final")
    (now,) = [r for r in rows(db) if r.id == petr.id]
    assert now.paid == D("20000") and now.balance == D("20000") and now.paid_state == "partly"
    with db.reading() as s:
        (payment,) = pl.payments_of(s, petr.id)
        assert (payment.id, payment.document, payment.kind) == (first, "п/п 17", "prepayment")
        assert [p.amount for p in pl.payments_register(s, dt.date(2026, 10, 1), dt.date(2026, 10, 31))] == [
            D("20000")
        ]
        assert pl.payments_register(s, dt.date(2026, 11, 1), dt.date(2026, 11, 30)) == []


def test_one_payment_for_an_influencer_pays_the_earliest_placements_first(db: Database, approved) -> None:
    anna = sorted((r for r in rows(db) if r.handle == "anna.style"), key=lambda r: r.id)
    with db.transaction() as s:
        pl.update_placement(s, anna[0].id, {"slot_date": dt.date(2026, 10, 20)})
        pl.add_influencer_payment(s, approved["campaign"], anna[0].account_id, DAY, D("45"), "prepayment")
    paid = {r.id: r.paid for r in rows(db) if r.handle == "anna.style"}
    assert paid == {anna[1].id: D("30"), anna[2].id: D("15"), anna[0].id: D("0")}
    with db.reading() as s:
        assert pl.influencer_balance(s, approved["campaign"], anna[0].account_id) == (D("90"), D("45"))
        assert len(pl.payments_of(s, anna[0].id)) == 1
    with pytest.raises(ValidationError), db.transaction() as s:
        pl.add_influencer_payment(s, approved["campaign"], anna[0].account_id, DAY, D("45.01"), "final")


def test_publication_dates_and_figures_are_checked(db: Database, approved) -> None:
    petr = next(r for r in rows(db) if r.handle == "petr")
    with pytest.raises(ValidationError, match="before the date it was agreed"), db.transaction() as s:
        pl.update_placement(
            s, petr.id, {"agreed_on": dt.date(2026, 10, 3), "published_on": dt.date(2026, 10, 2)}
        )
    with db.transaction() as s:
        before = pl.update_placement(
            s, petr.id, {"published_on": dt.date(2026, 10, 7), "url": " https://youtu.be/x "}
        )
    (now,) = [r for r in rows(db) if r.id == petr.id]
    assert now.status == "published" and now.url == "https://youtu.be/x" and now.missing_erid
    assert before == {"published_on": None, "url": ""} or before["status"] == "planned"
    day = dt.date(2026, 10, 9)
    with pytest.raises(ValidationError, match="More likes"), db.transaction() as s:
        pub.set_metrics(
            s,
            petr.id,
            {
                Metric.IMPRESSIONS: pub.MetricValue(100, "measured", day),
                Metric.LIKES: pub.MetricValue(500, "measured", day),
            },
        )
    with db.transaction() as s:
        previous, warnings = pub.set_metrics(
            s,
            petr.id,
            {
                Metric.IMPRESSIONS: pub.MetricValue(1000, "measured", day),
                Metric.REACH: pub.MetricValue(1200, "screenshot", day),
            },
        )
    assert previous == {"impressions": None, "reach": None} and warnings  # reach above views: a warning
    with db.reading() as s:
        recorded = pub.metrics_of(s, petr.id)
    assert recorded[Metric.REACH] == pub.MetricValue(1200, "screenshot", day)
    with db.transaction() as s:
        pub.restore_metrics(s, petr.id, previous)
    with db.reading() as s:
        assert pub.metrics_of(s, petr.id) == {}


def png(width: int = 800, height: int = 1600) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (200, 30, 90)).save(out, "PNG")
    return out.getvalue()


def test_screenshots_live_in_the_database_with_thumbnails(db: Database, approved) -> None:
    petr = next(r for r in rows(db) if r.handle == "petr")
    with db.transaction() as s:
        shot = pub.add_screenshot(s, petr.id, "пост.png", png())
    with db.reading() as s:
        (info,) = pub.screenshots_of(s, petr.id)
        name, data = pub.screenshot_data(s, shot)
    assert (info.width, info.height, info.media_type) == (800, 1600, "image/png")
    assert info.thumbnail.startswith(b"\x89PNG") and len(info.thumbnail) < len(data)
    assert name == "пост.png" and data == png()
    for bad in (b"MZ\x90\x00 not a picture", png()[:200]):
        with pytest.raises(ValidationError, match="not a picture"), db.transaction() as s:
            pub.add_screenshot(s, petr.id, "скрин.png", bad)
    assert next(r for r in rows(db) if r.id == petr.id).screenshots == 1


def test_statistics_imported_from_a_table_match_by_link(db: Database, approved, tmp_path: Path) -> None:
    anna, *_ = [r for r in rows(db) if r.handle == "anna.style"]
    petr = next(r for r in rows(db) if r.handle == "petr")
    with db.transaction() as s:
        pl.update_placement(s, anna.id, {"published_on": DAY, "url": "https://www.instagram.com/p/Cx1/"})
        pl.update_placement(s, petr.id, {"published_on": DAY, "url": "https://youtube.com/watch?v=abc"})
    source = tmp_path / "stats.csv"
    source.write_text(
        "Ссылка;Просмотры;Охват;Лайки;Комментарии\n"
        "instagram.com/p/Cx1?igshid=9;12 000;9 000;700;40\n"
        "https://www.youtube.com/watch?v=abc&t=1;500;;900;\n"
        "https://vk.com/wall-1_1;10;10;1;1\n",
        encoding="utf-8",
    )
    with db.reading() as s:
        plan = pub.plan_metric_import(s, pub.open_metrics_file(source))
    assert [pid for pid, _ in plan.matched] == [anna.id]
    assert [r.url for r in plan.unmatched] == ["https://vk.com/wall-1_1"]
    assert len(plan.refused) == 1 and "More likes" in plan.refused[0][1].message  # 900 likes, 500 views
    with db.transaction() as s:
        done = pub.apply_metric_import(s, plan, Source.MEASURED, dt.date(2026, 10, 8))
    with db.reading() as s:
        got = pub.metrics_of(s, anna.id)
    assert got[Metric.IMPRESSIONS] == pub.MetricValue(12000, "measured", dt.date(2026, 10, 8))
    assert got[Metric.COMMENTS].value == 40
    with db.transaction() as s:
        pub.undo_metric_import(s, done)
    with db.reading() as s:
        assert pub.metrics_of(s, anna.id) == {}
    empty = tmp_path / "empty.csv"
    empty.write_text("a;b\n1;2\n", encoding="utf-8")
    with pytest.raises(ImportFileError), db.reading() as s:
        pub.plan_metric_import(s, pub.open_metrics_file(empty))


def test_kpis_of_a_campaign(db: Database, approved) -> None:
    anna, *_ = [r for r in rows(db) if r.handle == "anna.style"]
    petr = next(r for r in rows(db) if r.handle == "petr")
    with db.transaction() as s:
        for placement, views, likes in ((anna, 2000, 100), (petr, 90000, 900)):
            pl.update_placement(s, placement.id, {"published_on": DAY})
            pub.set_metrics(
                s,
                placement.id,
                {
                    Metric.IMPRESSIONS: pub.MetricValue(views, "measured", DAY),
                    Metric.LIKES: pub.MetricValue(likes, "measured", DAY),
                },
            )
        kpi.set_target(s, approved["campaign"], "views", D("100000"))
        kpi.set_target(s, approved["campaign"], "cpm", D("600"))
    with db.reading() as s:
        results = kpi.campaign_results(s, approved["campaign"])
        with_fee = kpi.campaign_results(s, approved["campaign"], with_fee_and_vat=True)
    lines = {k.key: k for k in results.kpis}
    assert lines["views"].fact == 92000 and lines["views"].achieved == D("92")
    # cost 100 + 45 000 over 92 000 views
    assert lines["cpm"].fact.quantize(D("0.01")) == D("490.22") and lines["cpm"].achieved > 100
    assert lines["engagements"].fact == 1000 and lines["engagements"].plan is None
    assert "cpc" not in lines  # no clicks and no target: not shown
    # With the agency fee (15 %) and VAT on top (22 %) every cost is × 1.15 × 1.22 = × 1.403:
    # the estimate's net 70 300,00 becomes 98 630,90 to pay.
    costs = {p.row.handle: p.figures.cost for p in with_fee.publications}
    assert costs == {"anna.style": D("140.30"), "petr": D("63135.00")}
    assert results.fees_total == D("40090")
    assert kpi.m.KPI_BY_KEY["cpm"].lower_is_better
