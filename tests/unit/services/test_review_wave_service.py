"""Waves of review requests on a file and on a server: the next wave asks every customer due and
nobody else; each rule that protects the brand refuses a wave with its reason and keeps nothing;
the compliance log and the wave's CSV read back; what came back gives the funnel counted by hand;
a finished campaign's customers are erased in one step with the figures unchanged."""

from __future__ import annotations

import csv
import datetime as dt
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from review_setup import DAY, FINISHED_ON, coffee_campaign, write_customers, write_survey
from sqlalchemy import func, select, update

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.domain.reviews.rules import BrandRule, RuleBroken
from smmdesk.domain.reviews.waves import AudienceFilter, FilterKind
from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns, customers, erasure, figures, outcomes, surveys, waves
from smmdesk.storage.models import AuditEntry, ReviewCampaign, ReviewCustomer, ReviewRequest, ReviewWave


def identity(_context: str, text: str) -> str:
    return text


@pytest.fixture
def campaign(db, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        preview = customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        customers.apply_customers(session, preview)
    return ident


def ids_by_name(db, campaign: int) -> dict[str, int]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.execute(
            select(ReviewCustomer.name, ReviewCustomer.id).where(ReviewCustomer.campaign_id == campaign)
        )
        return {r.name: r.id for r in rows}


def wave_count(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(ReviewWave)) or 0,
            session.scalar(select(func.count()).select_from(ReviewRequest)) or 0,
        )


def read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_next_wave_asks_every_customer_due_and_says_why_the_others_get_nothing(
    db, campaign, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    asked = sorted(r.customer.name for r in prepared.wave.requests)
    assert asked == ["Анна Петрова", "Борис Смирнов"]
    reasons = {n.customer.name: n.reason.value for n in prepared.wave.not_asked}
    assert reasons == {"Вера Кассирова": "staff", "Глеб Молчанов": "no_consent", "Дина Новая": "not_yet"}
    with db.reading() as session:
        count = waves.write_wave(session, prepared.wave_id, tmp_path / "wave.csv", identity)
        waves.write_compliance(session, prepared.wave_id, tmp_path / "log.csv", identity)
    rows = read_csv(tmp_path / "wave.csv")
    assert count == 2 and rows[0] == ["Phone", "Text", "Name", "Link", "Order"]
    by_phone = {r[0]: r for r in rows[1:]}
    assert set(by_phone) == {"+79161234567", "+79162223344"}  # E.164, kept whole
    anna = by_phone["+79161234567"]
    assert anna[1].startswith("Анна Петрова, Кофейня «Зерно» просит оценить заказ A-1 от 01.12.2026.")
    assert anna[3].startswith("https://zerno.ru/r/") and anna[3] in anna[1]
    log = read_csv(tmp_path / "log.csv")
    lines = {r[1]: r for r in log[1:]}
    assert len(log) == 9  # the header, 5 customers, 3 score groups
    assert lines["Анна Петрова"][5] == "first request" and lines["Анна Петрова"][6] == anna[1]
    assert lines["Вера Кассирова"][5] == "not asked: on the staff"
    assert lines["Глеб Молчанов"][5] == "not asked: no consent to be contacted"
    assert {r[8] for r in log[1:]} == {"every customer due; no filter by rating or sentiment"}
    assert {r[9] for r in log[1:]} == {"none"}


def test_the_next_wave_sends_the_reminder_and_not_to_who_left_a_review(db, campaign) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        first = waves.prepare_wave(session, campaign, DAY)
    anna = next(r for r in first.wave.requests if r.customer.name == "Анна Петрова")
    with db.transaction() as session:
        request = session.scalar(select(ReviewRequest.id).where(ReviewRequest.link == anna.link))
        assert request is not None
        outcomes.record_outcome(
            session,
            request,
            review=ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, DAY, "https://yandex.ru/maps/org/1"),
            today=DAY,
        )
        second = waves.prepare_wave(session, campaign, DAY + dt.timedelta(days=4))
    assert [(r.customer.name, r.number, r.link) for r in second.wave.requests if r.number == 1] == [
        ("Борис Смирнов", 1, next(r.link for r in first.wave.requests if r.customer.name == "Борис Смирнов"))
    ]
    assert {n.customer.name: n.reason.value for n in second.wave.not_asked}["Анна Петрова"] == "reviewed"
    assert second.number == 2


def test_a_wave_filtered_by_score_to_a_public_platform_is_refused_as_gating(db, campaign) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY, filters=[AudienceFilter(FilterKind.SCORE, text="9–10")])
    assert refused.value.rule is BrandRule.GATING
    assert "every customer due gets the same request" in refused.value.render()
    assert wave_count(db) == (0, 0)


def test_a_wave_that_leaves_out_the_detractor_is_refused_as_gating(db, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        surveys.import_survey(session, campaign, write_survey(tmp_path / "survey.csv"))  # Борис answered 3
    chosen = ids_by_name(db, campaign)
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY, chosen=[chosen["Анна Петрова"]])
    assert refused.value.rule is BrandRule.GATING
    assert "their score" in refused.value.render()
    assert wave_count(db) == (0, 0)


@pytest.mark.parametrize(
    ("name", "rule"), [("Вера Кассирова", BrandRule.STAFF), ("Глеб Молчанов", BrandRule.NO_CONSENT)]
)
def test_a_wave_asking_staff_or_someone_without_consent_is_refused_by_name(db, campaign, name, rule) -> None:  # type: ignore[no-untyped-def]
    chosen = ids_by_name(db, campaign)
    picked = [chosen["Анна Петрова"], chosen["Борис Смирнов"], chosen[name]]
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY, chosen=picked)
    assert refused.value.rule is rule and name in refused.value.render()
    assert wave_count(db) == (0, 0)


def test_an_incentive_written_into_a_public_campaign_refuses_its_wave(db, campaign) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:  # as another program or an older version might have left it
        session.execute(update(ReviewCampaign).values(incentive="кофе в подарок за отзыв"))
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
    assert refused.value.rule is BrandRule.INCENTIVE
    assert "кофе в подарок за отзыв" in refused.value.render()
    assert wave_count(db) == (0, 0)


def test_an_offer_stored_in_the_invitation_refuses_its_wave(db, campaign) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:  # as an older version, which missed amounts, might have left it
        offered = "заказ {order}, за отзыв 500 ₽ на счёт телефона"
        session.execute(update(ReviewCampaign).values(subject=offered))
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
    assert refused.value.rule is BrandRule.INCENTIVE and "(500 ₽)" in refused.value.render()
    assert wave_count(db) == (0, 0)


def test_a_wave_with_nobody_due_is_refused_with_the_counts(db, campaign) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, dt.date(2026, 12, 2))
    assert "Nobody is due a request on 02.12.2026: 3 not yet, 2 may not be asked" in refused.value.render()


def test_what_came_back_gives_the_funnel_counted_by_hand(db, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    links = {r.customer.name: r.link for r in prepared.wave.requests}
    report = tmp_path / "sms_report.csv"
    report.write_text(
        "Ссылка;Телефон;Статус доставки;Переходы;Площадка;Звёзды;Ссылка на отзыв;Дата отзыва\n"
        f"{links['Анна Петрова']};;Доставлено;2;Яндекс Карты;4;https://yandex.ru/maps/org/1/r/9;07.12.2026\n"
        ";8 916 222-33-44;Доставлено;0;;;;\n"  # found by the phone it went to
        "https://zerno.ru/r/unknownAAA;;Доставлено;1;;;;\n",
        encoding="utf-8",
    )
    with db.transaction() as session:
        result = outcomes.import_outcomes(session, campaign, report, today=DAY + dt.timedelta(days=2))
    assert (result.matched, result.reviews, len(result.skipped)) == (2, 1, 1)
    with db.reading() as session:
        found = figures.campaign_figures(session, campaign)
    # 2 requests, both delivered, 1 clicked, 1 review of 4 stars: conversion 1 / 2 × 100 = 50,0
    funnel = found.funnel
    assert (funnel.requests, funnel.delivered, funnel.clicked, funnel.reviews) == (2, 2, 1, 1)
    assert funnel.conversion == Decimal("50.0") and found.stars == Decimal("4.0")
    assert [(p.period, p.reviews) for p in found.ratings[ReviewPlatform.YANDEX_MAPS]] == [("2026-12", 1)]


def test_a_finished_campaigns_customers_are_erased_and_its_figures_stay(db, campaign, tmp_path) -> None:  # type: ignore[no-untyped-def]
    later = [("Анна Петрова", "+7 916 123 45 67", "anna@zerno.ru", "A-9", "04.12.2026", "да", "")]
    with db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
        surveys.import_survey(session, campaign, write_survey(tmp_path / "survey.csv"))
        preview = customers.preview_customers(
            session, campaign, write_customers(tmp_path / "later.csv", later)
        )
        assert customers.apply_customers(session, preview).updated == 1  # an audited update of personal data
    with pytest.raises(ValidationError), db.transaction() as session:
        erasure.erase_customers(session, campaign)
    with db.reading() as session:
        before = figures.campaign_figures(session, campaign)
    with db.transaction() as session:
        campaigns.finish_campaign(session, campaign, FINISHED_ON)
        assert erasure.erase_customers(session, campaign) == 5
    with db.reading() as session:
        after = figures.campaign_figures(session, campaign)
        left = session.scalar(select(func.count()).select_from(ReviewCustomer))
        contacts = set(session.scalars(select(ReviewRequest.contact)))
        audit = [f"{e.old} {e.new}" for e in session.scalars(select(AuditEntry))]
    assert after == before and before.funnel.requests == 2 and before.nps.respondents == 6
    assert left == 0 and contacts == {""}
    personal = ("916", "Анна", "холодный", "A-1", "A-9", "zerno.ru")
    assert audit and not [text for text in audit if any(word in text for word in personal)]


def test_an_import_whose_customers_were_asked_cannot_be_taken_back(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        preview = customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        change = customers.apply_customers(session, preview).change
        waves.prepare_wave(session, ident, DAY)
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        customers.undo_customers(session, change)
    assert "2 customers of this import have already had a request" in refused.value.render()
    assert len(ids_by_name(db, ident)) == 5


def test_the_reputation_report_has_the_campaigns_figures_read_back(db, campaign, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    import openpyxl

    from smmdesk.i18n import translator_for
    from smmdesk.services.reputation.files import export_reputation_report

    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
        anna = next(r for r in prepared.wave.requests if r.customer.name == "Анна Петрова")
        request = session.scalar(select(ReviewRequest.id).where(ReviewRequest.link == anna.link))
        assert request is not None
        outcomes.record_outcome(
            session, request, review=ReviewLeft(ReviewPlatform.TWO_GIS, 5, DAY), today=DAY
        )
        outcomes.record_outcome(
            session,
            session.scalar(select(ReviewRequest.id).where(ReviewRequest.id != request)) or 0,
            delivered=True,
        )
        surveys.import_survey(session, campaign, write_survey(tmp_path / "survey.csv"))
        client = session.scalar(select(ReviewCampaign.client_id))
        russian = translator_for("ru")  # the client's language, as the window and the command write it
        export_reputation_report(session, client, tmp_path / "report.xlsx", None, None, russian, "ru")
        export_reputation_report(session, client, tmp_path / "report.pdf", None, None, russian, "ru")
    printed = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"], capture_output=True, text=True
    )
    line = next(t for t in printed.stdout.splitlines() if t.startswith("Отзывы декабря"))
    assert line.split()[2:10] == ["SMS", "2", "2", "1", "1", "50,0", "5,0", "16,7"]
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["Отзывы"]
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True) if any(c is not None for c in row)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Кампания")
    assert rows[header][:10] == [
        "Кампания", "Канал", "Запросов", "Доставлено", "Переходов", "Отзывов", "Конверсия, %",
        "Средняя оценка", "NPS", "CSAT, %",
    ]  # fmt: skip
    # 2 requests, both delivered, 1 review of 5 stars (its link clicked): 1 ÷ 2 × 100 = 50,0; NPS 16,7
    # and CSAT 66,7 as by hand
    assert rows[header + 1][:10] == ["Отзывы декабря", "SMS", 2, 2, 1, 1, 50.0, 5.0, 16.7, 66.7]
