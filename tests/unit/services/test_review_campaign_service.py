"""Review campaigns on a file and on a server: a campaign kept and read back, its customers imported
as the other imports are (encodings, preview, hostile files refused, all or nothing, undo and redo),
survey answers with NPS and CSAT computed by hand and detractors in the mentions queue."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from review_setup import ANSWERS, CUSTOMERS, PHONES, coffee_campaign, write_customers, write_survey
from sqlalchemy import func, select

from smmdesk.domain.errors import ImportFileError, SmmError, ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.rules import BrandRule, RuleBroken
from smmdesk.services import campaigns as clients
from smmdesk.services.reputation.queue import queue
from smmdesk.services.reviews import campaigns, customers, surveys
from smmdesk.storage.models import ReviewAnswer, ReviewCustomer


def brand(db) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return clients.create_client(session, "Кофейня «Зерно»")


def new_campaign(db, client: int, **changes) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return campaigns.create_campaign(session, client, coffee_campaign(**changes))


def import_customers(db, campaign: int, path: Path) -> customers.CustomerImportResult:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        preview = customers.preview_customers(session, campaign, path)
        return customers.apply_customers(session, preview)


def stored_customers(db, campaign: int) -> dict[str, tuple[str, bool, bool]]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.execute(
            select(
                ReviewCustomer.name, ReviewCustomer.phone, ReviewCustomer.consent, ReviewCustomer.staff
            ).where(ReviewCustomer.campaign_id == campaign)
        )
        return {r.name: (r.phone, r.consent, r.staff) for r in rows}


def test_a_campaign_is_kept_and_read_back_as_it_was_set(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    ident = new_campaign(db, client)
    with db.reading() as session:
        info = campaigns.campaign_info(session, ident)
    assert info.campaign == coffee_campaign()
    assert info.client_id == client and len(info.secret) == 16


def test_an_incentive_for_a_public_review_is_refused_and_allowed_for_a_survey(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        campaigns.create_campaign(session, client, coffee_campaign(incentive="скидка 10 % за отзыв"))
    assert refused.value.rule is BrandRule.INCENTIVE
    assert "скидка 10 % за отзыв" in refused.value.render()
    survey = new_campaign(db, client, platforms=(ReviewPlatform.SURVEY,), incentive="скидка 10 % за ответ")
    with pytest.raises(RuleBroken) as edited, db.transaction() as session:
        changed = coffee_campaign(
            platforms=(ReviewPlatform.SURVEY, ReviewPlatform.OTZOVIK), incentive="скидка"
        )
        campaigns.update_campaign(session, survey, changed)
    assert edited.value.rule is BrandRule.INCENTIVE
    with db.reading() as session:
        assert campaigns.campaign_info(session, survey).campaign.platforms == (ReviewPlatform.SURVEY,)


@pytest.mark.parametrize(
    ("subject", "named"),
    [
        ("заказ {order}, за отзыв — сертификат на 500 ₽", "сертификат"),
        ("заказ {order}; −10 % на следующий заказ", "10 %"),
        ("заказ {order}, а за отзыв — скидочку", "скидочку"),
        ("заказ {order}; за отзыв вернём 300 рублей", "вернём 300 рублей"),
        ("заказ {order}, чашка кофе за наш счёт", "за наш счёт"),
        ("order {order}; a 500 ₽ certificate for your review", "500 ₽"),
    ],
)
def test_an_offer_in_the_invitation_is_refused_at_creation_and_at_edit(db, subject: str, named: str) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    offered = replace(coffee_campaign().invitation, subject=subject)
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        campaigns.create_campaign(session, client, coffee_campaign(invitation=offered))
    assert refused.value.rule is BrandRule.INCENTIVE and f"({named})" in refused.value.render()
    ident = new_campaign(db, client)
    with pytest.raises(RuleBroken) as edited, db.transaction() as session:
        campaigns.update_campaign(session, ident, coffee_campaign(invitation=offered))
    assert edited.value.rule is BrandRule.INCENTIVE
    with db.reading() as session:
        assert campaigns.campaign_info(session, ident).campaign == coffee_campaign()
        assert len(campaigns.campaigns_of(session, client)) == 1


def test_a_campaign_for_a_client_that_is_not_there_is_refused_in_words(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        campaigns.create_campaign(session, 999, coffee_campaign())
    assert "999" in refused.value.render()


def test_customers_of_a_windows_1251_file_are_imported_normalised(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    result = import_customers(db, campaign, write_customers(tmp_path / "crm.csv"))
    assert (result.added, result.updated, result.same, result.skipped) == (5, 0, 0, 1)
    kept = stored_customers(db, campaign)
    assert {name: phone for name, (phone, _, _) in kept.items()} == PHONES
    assert kept["Вера Кассирова"][2] is True and kept["Глеб Молчанов"][1] is False
    again = import_customers(db, campaign, write_customers(tmp_path / "crm.csv"))
    assert (again.added, again.updated, again.same) == (0, 0, 5)


def test_a_later_export_updates_a_customer_and_a_no_to_consent_stays_a_no(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    import_customers(db, campaign, write_customers(tmp_path / "crm.csv"))
    later = [("Анна Петрова", "+7 916 123 45 67", "", "A-9", "04.12.2026", "нет", "")]
    result = import_customers(db, campaign, write_customers(tmp_path / "later.csv", later, "utf-8"))
    assert (result.added, result.updated) == (0, 1)
    assert stored_customers(db, campaign)["Анна Петрова"][1] is False


def test_an_import_is_taken_back_and_brought_back_as_one_step(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    result = import_customers(db, campaign, write_customers(tmp_path / "crm.csv"))
    before = stored_customers(db, campaign)
    with db.transaction() as session:
        customers.undo_customers(session, result.change)
    assert stored_customers(db, campaign) == {}
    with db.transaction() as session:
        customers.redo_customers(session, result.change)
    assert stored_customers(db, campaign) == before
    with db.reading() as session:
        ids = sorted(session.scalars(select(ReviewCustomer.id).where(ReviewCustomer.campaign_id == campaign)))
    assert ids == sorted(result.change.added)


def test_a_binary_renamed_to_csv_is_refused_and_nothing_is_written(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    fake = tmp_path / "customers.csv"
    fake.write_bytes(b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 40)
    with pytest.raises(ImportFileError), db.transaction() as session:
        customers.preview_customers(session, campaign, fake)
    assert stored_customers(db, campaign) == {}


def test_a_failure_past_the_first_chunk_leaves_nothing_behind(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    rows = [(f"Клиент {n}", f"+7 916 {n:07d}", "", f"B-{n}", "01.12.2026", "да", "") for n in range(10_050)]
    rows.append(
        ("Я" * 301, "+7 999 000 00 00", "", "B-x", "01.12.2026", "да", "")
    )  # longer than a name holds
    path = write_customers(tmp_path / "big.csv", rows, "utf-8")
    with pytest.raises(SmmError), db.transaction() as session:
        preview = customers.preview_customers(session, campaign, path)
        customers.apply_customers(session, preview)
    with db.reading() as session:
        assert session.scalar(select(func.count()).select_from(ReviewCustomer)) == 0


def test_survey_answers_give_nps_and_csat_as_counted_by_hand(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    campaign = new_campaign(db, client)
    with db.transaction() as session:
        result = surveys.import_survey(session, campaign, write_survey(tmp_path / "survey.csv"))
    # NPS answers 10, 9, 9, 8, 3, 6: 3 promoters, 2 detractors of 6 → 100 × 1 / 6 = 16,67 → 16,7
    # CSAT answers 5, 5, 4, 4, 2, 3: 4 of 6 are 4 or 5 → 66,67 → 66,7
    assert (result.added, len(result.skipped), len(result.warnings)) == (6, 2, 1)
    assert result.nps.value == Decimal("16.7") and result.csat.value == Decimal("66.7")
    assert result.follow_ups == 2
    with db.reading() as session:
        page = queue(session, client)
    with db.reading() as session:
        first = session.scalar(select(ReviewAnswer.answered_at).order_by(ReviewAnswer.id))
    assert first == dt.datetime(2026, 12, 6, 7, 0, tzinfo=dt.UTC)  # 10:00 in Moscow, the brand's zone
    texts = sorted(row.text for row in page.rows)
    assert texts == ["Долго ждал", "Кофе был холодный"]
    assert all(row.link == "" and row.severity == "S3" and row.deadline is not None for row in page.rows)
    with db.transaction() as session:
        again = surveys.import_survey(session, campaign, write_survey(tmp_path / "survey.csv"))
    assert (again.added, again.same, again.follow_ups) == (0, 6, 0)
    assert len(ANSWERS) == 8 and len(CUSTOMERS) == 6


def test_columns_the_matcher_does_not_know_are_imported_by_the_planners_mapping(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    campaign = new_campaign(db, brand(db))
    odd = tmp_path / "odd.csv"
    odd.write_text("Кто;Куда звонить;Можно писать\nАнна Петрова;8 916 123-45-67;да\n", encoding="utf-8")
    with pytest.raises(ImportFileError), db.reading() as session:
        customers.preview_customers(session, campaign, odd)  # no header it knows: refused in words
    with db.transaction() as session:
        preview = customers.preview_customers(
            session, campaign, odd, mapping={0: "name", 1: "phone", 2: "consent"}
        )
        customers.apply_customers(session, preview)
    assert stored_customers(db, campaign) == {"Анна Петрова": ("+79161234567", True, False)}
