"""Estimates in the database: lines from the rate card, versions frozen once sent, comparison."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate_view import NO_PRICE, OUTSIDE_PERIOD, SAME_DAY, compare_versions
from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.storage.database import Database

PERIOD = (dt.date(2026, 12, 1), dt.date(2026, 12, 31))


@pytest.fixture
def setup(db: Database):
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Ромашка»", inn="7701234567", email="pr@romashka.ru")
        campaign = camp.create_campaign(s, client, "Новогодняя коллекция", *PERIOD, budget_limit=D("500000"))
        anna = inf.create_influencer(s, "Анна Иванова", "instagram", "anna.style", followers=120_000)
        account = s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == "anna.style"))
        inf.update_account(s, account, {"avg_reach": 30_000, "avg_views": 45_000})
        inf.set_terms(s, account, 1, {"price": D("15000")})
        petr = inf.create_influencer(s, "Пётр Сидоров", "telegram", "petr_news")
        blocked = inf.create_influencer(s, "Чёрный Список", "vk", "bad_one", status="blacklist")
        estimate = est.create_estimate(s, campaign, "Смета декабрь", AgencySettings(agency_fee=D("15")))
    ids = {}
    with db.reading() as s:
        for handle in ("anna.style", "petr_news", "bad_one"):
            ids[handle] = s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == handle))
    return {"estimate": estimate, "campaign": campaign, "accounts": ids, "people": (anna, petr, blocked)}


def version_of(db: Database, estimate: int):
    with db.reading() as s:
        return est.load_version(s, est.latest_version(s, estimate))


def test_the_worked_example_as_an_estimate(db: Database, setup) -> None:
    with db.transaction() as s:
        version = est.latest_version(s, setup["estimate"])
        (a,) = est.add_placements(s, version, [setup["accounts"]["anna.style"]], 1, dt.date(2026, 12, 5))
        est.update_line(s, a, {"quantity": 2})
        (b,) = est.add_placements(s, version, [setup["accounts"]["petr_news"]], 1, dt.date(2026, 12, 6))
        est.update_line(s, b, {"unit_price": D("120000"), "discount_pct": D("10")})
        c = est.add_cost(s, version, "Telegram, пост", 3, D("7333.33"))
        est.update_line(s, c, {"discount_pct": D("5")})
        est.add_cost(s, version, "Продакшн (съёмка)", 1, D("25000"))
    view = version_of(db, setup["estimate"])
    assert view.totals.total == D("258011.69")
    assert view.totals.vat == D("46526.70")
    assert [line.net for line in view.lines] == [D("30000.00"), D("108000.00"), D("20899.99"), D("25000.00")]
    anna = view.lines[0]
    assert (anna.influencer_name, anna.platform, anna.handle, anna.followers) == (
        "Анна Иванова",
        "instagram",
        "anna.style",
        120_000,
    )
    assert anna.forecast.reach == 60_000 and anna.forecast.views == 90_000
    assert anna.margin == D("0.00")
    assert view.lines[1].margin is None  # no fee known for the blogger: not counted
    assert view.lines[2].margin == D("20899.99") - D("21999.99")  # a cost passes through at cost
    assert view.margin == D("27585.00") - D("1100.00")


def test_a_price_missing_from_the_terms_is_flagged_and_blocks_sending(db: Database, setup) -> None:
    with db.transaction() as s:
        version = est.latest_version(s, setup["estimate"])
        est.add_placements(s, version, [setup["accounts"]["petr_news"]], 1, dt.date(2027, 1, 5))
    view = version_of(db, setup["estimate"])
    (line,) = view.lines
    assert line.unit_price is None
    assert view.flags[line.id] == [NO_PRICE, OUTSIDE_PERIOD]
    with pytest.raises(ValidationError, match="no price"), db.transaction() as s:
        est.send_to_client(s, view.version_id)


def test_blacklisted_and_bad_values_are_refused(db: Database, setup) -> None:
    with db.transaction() as s:
        version = est.latest_version(s, setup["estimate"])
        (line,) = est.add_placements(s, version, [setup["accounts"]["anna.style"]], 1, None)
    with pytest.raises(ValidationError, match="Чёрный Список"), db.transaction() as s:
        est.add_placements(s, version, [setup["accounts"]["bad_one"]], 1, None)
    for changes in ({"quantity": 0}, {"discount_pct": D("101")}, {"unit_price": D("-1")}):
        with pytest.raises(ValidationError), db.transaction() as s:
            est.update_line(s, line, changes)
    with db.reading() as s:
        (kept,) = est.load_version(s, version).lines
    assert (kept.quantity, kept.discount_pct, kept.unit_price) == (1, D("0.00"), D("15000.00"))


def test_two_placements_of_one_account_on_one_day_are_flagged(db: Database, setup) -> None:
    day = dt.date(2026, 12, 10)
    with db.transaction() as s:
        version = est.latest_version(s, setup["estimate"])
        est.add_placements(s, version, [setup["accounts"]["anna.style"]] * 2, 1, day)
    view = version_of(db, setup["estimate"])
    assert all(SAME_DAY in view.flags[line.id] for line in view.lines)


def test_sending_freezes_and_a_change_makes_the_next_draft(db: Database, setup) -> None:
    with db.transaction() as s:
        v1 = est.latest_version(s, setup["estimate"])
        (line,) = est.add_placements(s, v1, [setup["accounts"]["anna.style"]], 1, dt.date(2026, 12, 5))
        est.add_cost(s, v1, "Доставка", 1, D("1500"))
        est.send_to_client(s, v1)
    with pytest.raises(ValidationError, match="frozen"), db.transaction() as s:
        est.update_line(s, line, {"quantity": 3})
    with db.transaction() as s:
        est.decide(s, v1, approved=True, who="Мария, бренд-менеджер", comment="Согласовано")
        v2, made = est.editable_version(s, setup["estimate"])
        assert made and v2 != v1
        new_lines = est.load_version(s, v2).lines
        est.update_line(s, new_lines[0].id, {"quantity": 3})
        est.delete_lines(s, [new_lines[1].id])
        est.add_cost(s, v2, "Продакшн", 1, D("20000"))
    with db.reading() as s:
        first, second = est.load_version(s, v1), est.load_version(s, v2)
    assert first.status == "approved" and first.decided_by == "Мария, бренд-менеджер"
    assert first.lines[0].quantity == 1 and len(first.lines) == 2  # the old version stays as it was
    diff = compare_versions(first, second)
    assert [line.title for line in diff.added] == ["Продакшн"]
    assert [line.title for line in diff.removed] == ["Доставка"]
    (change,) = diff.changed
    assert change.fields == ("quantity",) and change.net_change == D("30000.00")
    assert diff.net_change == D("30000.00") - D("1500.00") + D("20000.00")
    assert diff.total_change == second.totals.total - first.totals.total


def test_an_account_in_an_estimate_is_archived_not_deleted(db: Database, setup) -> None:
    anna, petr, _ = setup["people"]
    with db.transaction() as s:
        version = est.latest_version(s, setup["estimate"])
        est.add_placements(s, version, [setup["accounts"]["anna.style"]], 1, None)
        result = inf.delete_influencers(s, [anna, petr])
    assert result.archived == [anna]
    assert result.deleted.influencer_ids == [petr]
    with db.reading() as s:
        assert s.get(inf.Influencer, anna).archived
    with pytest.raises(ValidationError, match="used in an estimate"), db.transaction() as s:
        inf.delete_account(s, setup["accounts"]["anna.style"])


def test_campaign_and_client_validation(db: Database, setup) -> None:
    with pytest.raises(ValidationError, match="INN"), db.transaction() as s:
        camp.create_client(s, "Кто-то", inn="123")
    with pytest.raises(ValidationError, match="ends before"), db.transaction() as s:
        camp.update_campaign(s, setup["campaign"], {"period_to": dt.date(2026, 11, 1)})
    with db.reading() as s:
        (found,) = camp.list_campaigns(s, "ромаш")
    assert found.name == "Новогодняя коллекция" and found.estimates == 1
