"""The rules a planner could get round, on a file and on a server: gating by the customers' data
itself (consent flipped after the survey, a customers' file of only the promoters) refused with the
counts, the compliance log certifying «no filter by rating» only when every score group was asked
in the same share, and an offer written into the invitation refused as an incentive."""

from __future__ import annotations

import csv
import datetime as dt
import sqlite3
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from review_setup import CUSTOMERS, DAY, FINISHED_ON, coffee_campaign, write_customers, write_survey
from serverdb import ON_SERVER
from sqlalchemy import func, select, text, update

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.rules import BrandRule, RuleBroken
from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns, customers, erasure, figures, outcomes, surveys, waves
from smmdesk.storage.models import Mention, ReviewCampaign, ReviewCustomer, ReviewRequest, ReviewWave

# Анна Петрова answers the survey 10 (a promoter), Борис Смирнов 3 (a detractor): review_setup.ANSWERS
SELECTION_COLUMN = 8


def identity(_context: str, text: str) -> str:
    return text


def surveyed_campaign(db, tmp_path: Path, rows: list[tuple[str, ...]]) -> int:  # type: ignore[no-untyped-def]
    """A campaign whose survey was answered first, then the customers' file `rows` imported."""
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        surveys.import_survey(session, ident, write_survey(tmp_path / "survey.csv"))
        preview = customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv", rows))
        customers.apply_customers(session, preview)
    return ident


def with_consent(name: str, consent: str) -> list[tuple[str, ...]]:
    return [(*row[:5], consent, row[6]) if row[0] == name else row for row in CUSTOMERS]


def waves_kept(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(ReviewWave)) or 0


def log_rows(db, wave_id: int, path: Path) -> list[list[str]]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        waves.write_compliance(session, wave_id, path, identity)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))[1:]


def changed_after_the_survey(db, tmp_path: Path, later: list[tuple[str, ...]]) -> int:  # type: ignore[no-untyped-def]
    """A campaign whose customers were imported, then the survey answered, then the customers'
    file `later` imported over them."""
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        first = customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        customers.apply_customers(session, first)
        surveys.import_survey(session, ident, write_survey(tmp_path / "survey.csv"))
        again = customers.preview_customers(session, ident, write_customers(tmp_path / "crm2.csv", later))
        customers.apply_customers(session, again)
    return ident


def with_staff(name: str) -> list[tuple[str, ...]]:
    return [(*row[:6], "да") if row[0] == name else row for row in CUSTOMERS]


@pytest.mark.parametrize(
    "later", [with_consent("Борис Смирнов", "нет"), with_staff("Борис Смирнов")], ids=["consent", "staff"]
)
def test_a_detractor_whose_consent_or_staff_mark_changed_after_the_survey_refuses_the_wave(
    db, tmp_path, later: list[tuple[str, ...]]
) -> None:  # type: ignore[no-untyped-def]
    campaign = changed_after_the_survey(db, tmp_path, later)
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
    said = refused.value.render()
    assert refused.value.rule is BrandRule.GATING and said.startswith("Review gating:")
    assert "ask 1 of the 1 satisfied respondents" in said and "but 0 of its 1 detractors" in said
    assert "left out: Борис Смирнов" in said
    assert "if a later file changed their consent or staff mark, run the campaign as a survey only" in said
    assert waves_kept(db) == 0


@pytest.mark.parametrize(
    "first", [with_consent("Борис Смирнов", "нет"), with_staff("Борис Смирнов")], ids=["no consent", "staff"]
)
def test_a_detractor_the_first_file_forbids_asking_does_not_block_the_wave(
    db, tmp_path, first: list[tuple[str, ...]]
) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, first)
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    assert [r.customer.name for r in prepared.wave.requests] == ["Анна Петрова"]
    boris = next(n for n in prepared.wave.not_asked if n.customer.name == "Борис Смирнов")
    assert boris.reason.value in {"staff", "no_consent"}  # still never asked
    rows = log_rows(db, prepared.wave_id, tmp_path / "log.csv")
    counts = {r[1]: r[5] for r in rows if r[1].startswith(("detractors", "promoters"))}
    assert counts["promoters (NPS 9–10)"] == "survey respondents: asked 1, not asked 0"
    assert counts["detractors (NPS 0–6)"] == "survey respondents: asked 0, not asked 0"


def test_a_no_a_later_file_gave_before_the_answer_is_respected(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = changed_after_the_survey(db, tmp_path, with_consent("Борис Смирнов", "нет"))
    with db.transaction() as session:  # the «нет» came a day before the answer was given or imported
        session.execute(
            update(ReviewCustomer)
            .where(ReviewCustomer.name == "Борис Смирнов")
            .values(consent_withdrawn_at=dt.datetime(2026, 11, 1, tzinfo=dt.UTC))
        )
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    assert [r.customer.name for r in prepared.wave.requests] == ["Анна Петрова"]


def test_undoing_the_later_file_takes_its_withdrawal_back(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    later = write_customers(tmp_path / "crm2.csv", with_consent("Борис Смирнов", "нет"))
    with db.transaction() as session:
        preview = customers.preview_customers(session, campaign, later)
        change = customers.apply_customers(session, preview).change
    with db.transaction() as session:
        customers.undo_customers(session, change)
    with db.reading() as session:
        consent, withdrawn = session.execute(
            select(ReviewCustomer.consent, ReviewCustomer.consent_withdrawn_at).where(
                ReviewCustomer.name == "Борис Смирнов"
            )
        ).one()
    assert consent is True and withdrawn is None
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    assert sorted(r.customer.name for r in prepared.wave.requests) == ["Анна Петрова", "Борис Смирнов"]


def test_a_customers_file_of_only_the_promoters_refuses_the_wave(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    promoters = [row for row in CUSTOMERS if row[0] != "Борис Смирнов"]
    campaign = surveyed_campaign(db, tmp_path, promoters)
    with pytest.raises(RuleBroken) as refused, db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
    said = refused.value.render()
    assert refused.value.rule is BrandRule.GATING
    assert "but 0 of its 1 detractors" in said and "left out: +79162223344" in said
    assert waves_kept(db) == 0


def test_a_wave_asking_both_groups_alike_is_certified_with_the_counts(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    assert sorted(r.customer.name for r in prepared.wave.requests) == ["Анна Петрова", "Борис Смирнов"]
    rows = log_rows(db, prepared.wave_id, tmp_path / "log.csv")
    assert {r[SELECTION_COLUMN] for r in rows} == {"every customer due; no filter by rating or sentiment"}
    counts = {r[1]: r[5] for r in rows if r[1].startswith(("detractors", "passives", "promoters"))}
    assert counts == {
        "detractors (NPS 0–6)": "survey respondents: asked 1, not asked 0",
        "passives (NPS 7–8)": "survey respondents: asked 0, not asked 0",
        "promoters (NPS 9–10)": "survey respondents: asked 1, not asked 0",
    }


def test_a_log_never_certifies_no_filter_when_the_groups_were_asked_unevenly(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the promoter left out: her consent withdrawn after her answer
    campaign = changed_after_the_survey(db, tmp_path, with_consent("Анна Петрова", "нет"))
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    assert [r.customer.name for r in prepared.wave.requests] == ["Борис Смирнов"]
    rows = log_rows(db, prepared.wave_id, tmp_path / "log.csv")
    selections = {r[SELECTION_COLUMN] for r in rows}
    assert selections == {
        "every customer due; the survey's score groups were asked in different shares (see the counts)"
    }
    counts = {r[1]: r[5] for r in rows}
    assert counts["promoters (NPS 9–10)"] == "survey respondents: asked 0, not asked 1"


def test_an_offer_in_the_invitation_is_refused_at_creation_at_edit_and_at_the_wave(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gift = "заказ {order} — а за отзыв пришлём подарок"
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
    base = coffee_campaign()
    gifted = replace(base, invitation=replace(base.invitation, subject=gift))
    with pytest.raises(RuleBroken) as created, db.transaction() as session:
        campaigns.create_campaign(session, client, gifted)
    assert created.value.rule is BrandRule.INCENTIVE and "(подарок)" in created.value.render()
    with db.transaction() as session:
        honest = campaigns.create_campaign(session, client, base)
        preview = customers.preview_customers(session, honest, write_customers(tmp_path / "crm.csv"))
        customers.apply_customers(session, preview)
    with pytest.raises(RuleBroken) as edited, db.transaction() as session:
        campaigns.update_campaign(session, honest, gifted)
    assert edited.value.rule is BrandRule.INCENTIVE
    with db.transaction() as session:  # as another program or an older version might have left it
        session.execute(update(ReviewCampaign).values(opt_out="Ответьте СТОП. За отзыв — скидка 10 %"))
    with pytest.raises(RuleBroken) as wave, db.transaction() as session:
        waves.prepare_wave(session, honest, DAY)
    assert wave.value.rule is BrandRule.INCENTIVE and "(скидка)" in wave.value.render()
    assert waves_kept(db) == 0
    with db.transaction() as session:  # a private survey may offer it
        campaigns.create_campaign(session, client, coffee_campaign(
            title="Опрос", platforms=(ReviewPlatform.SURVEY,), invitation=gifted.invitation))  # fmt: skip


# --- a finished campaign is finished, and its erasure leaves no personal data --------------------

REVIEW_LINK = "https://yandex.ru/maps/org/zerno/reviews?reviewer=anna-petrova-1987"


def finished_and_erased(db, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """The coffee shop's campaign through a wave, a review, a survey with follow-ups, a later
    customers' file (audited changes of personal data), finished and erased."""
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    later = [("Анна Петрова", "+7 916 123 45 67", "anna.p@zerno-mail.ru", "A-9", "04.12.2026", "да", "")]
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
        anna = next(r for r in prepared.wave.requests if r.customer.name == "Анна Петрова")
        report = tmp_path / "back.csv"
        report.write_text(
            "Ссылка;Статус доставки;Площадка;Звёзды;Ссылка на отзыв;Дата отзыва\n"
            f"{anna.link};Доставлено;Яндекс Карты;5;{REVIEW_LINK};06.12.2026\n",
            encoding="utf-8",
        )
        assert (
            outcomes.import_outcomes(session, campaign, report, today=DAY + dt.timedelta(days=1)).reviews == 1
        )
        preview = customers.preview_customers(session, campaign, write_customers(tmp_path / "l.csv", later))
        customers.apply_customers(session, preview)
    with db.transaction() as session:
        campaigns.finish_campaign(session, campaign, FINISHED_ON)
        assert erasure.erase_customers(session, campaign) == 5
    return campaign


def text_values(db) -> list[str]:  # type: ignore[no-untyped-def]
    """Every text value of every table (on a file read by sqlite3 itself, FTS tables included)."""
    if ON_SERVER:
        with db.reading() as session:
            conn = session.connection()
            columns = conn.execute(text(
                "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND data_type IN ('text', 'character varying')")).all()  # fmt: skip
            found = []
            for table, column in columns:
                found += [v for (v,) in conn.execute(text(f'SELECT "{column}" FROM "{table}"')) if v]
            return found
    found = []
    with sqlite3.connect(db.path) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in conn.execute(f'SELECT * FROM "{table}"'):
                found += [v for v in row if isinstance(v, str) and v]
    return found


def test_an_erasure_leaves_no_name_phone_e_mail_comment_or_review_link_anywhere(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = finished_and_erased(db, tmp_path)
    with db.reading() as session:
        items = session.execute(select(Mention.text, Mention.tags, Mention.published_at)).all()
    assert len(items) == 2 and {i.text for i in items} == {"answer erased"}  # the queue's history stays
    assert sorted(i.tags.rsplit(", ", 1)[1] for i in items) == ["NPS 3", "NPS 6"]
    assert all(i.published_at is not None for i in items)
    personal = [name for name, *_ in CUSTOMERS if name]
    personal += ["9161234567", "9162223344", "9165550011", "9164440000", "9167778899", "916 123-45-67",
                 "anna@mail.ru", "Anna@Mail.RU", "anna.p@zerno-mail.ru", "Кофе был холодный", "Долго ждал",
                 "холодный", "reviewer=anna", "A-1", "A-9", "Анна", "Борис"]  # fmt: skip
    values = text_values(db)
    assert values  # the scan read the database
    left = [(word, value[:80]) for value in values for word in personal if word.lower() in value.lower()]
    assert not left, left
    assert campaign


def test_an_erasure_takes_the_order_out_of_the_follow_ups_tags_in_the_planners_language(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.i18n import translator_for

    russian = translator_for("ru")
    survey = tmp_path / "orders.csv"
    survey.write_text(
        "Отметка времени;NPS;Номер заказа;Телефон;Комментарий\n"
        "08.12.2026 09:30;3;20001;+7 916 222 33 44;Кофе был холодный\n",
        encoding="utf-8",
    )
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        campaign = campaigns.create_campaign(session, client, coffee_campaign())
        surveys.import_survey(session, campaign, survey, translate=russian)
        tags_before = session.scalar(select(Mention.tags))
        campaigns.finish_campaign(session, campaign, dt.date.today())
        erasure.erase_customers(session, campaign, russian)
    assert "20001" in tags_before  # the follow-up carried the order
    with db.reading() as session:
        text_, tags = session.execute(select(Mention.text, Mention.tags)).one()
    assert text_ == "ответ удалён" and tags.endswith("NPS 3")
    left = [value[:80] for value in text_values(db) if "20001" in value or "холодный" in value]
    assert not left, left


def test_a_campaign_cannot_finish_after_today_and_its_erasure_is_dated_the_day_it_finished(
    db, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    today = dt.date.today()
    with pytest.raises(ValidationError) as later, db.transaction() as session:
        campaigns.finish_campaign(session, campaign, today + dt.timedelta(days=4))
    assert f"cannot finish on {today + dt.timedelta(days=4):%d.%m.%Y}, after today" in later.value.render()
    with db.reading() as session:
        assert session.get(ReviewCampaign, campaign).finished_on is None  # nothing kept
    with db.transaction() as session:
        campaigns.finish_campaign(session, campaign, today)
        erasure.erase_customers(session, campaign)
    with pytest.raises(ValidationError) as twice, db.transaction() as session:
        erasure.erase_customers(session, campaign)
    assert f"were erased on {today:%d.%m.%Y}" in twice.value.render()


def test_a_finished_campaign_takes_no_answers_results_or_ratings_and_is_erased_once(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = finished_and_erased(db, tmp_path)
    with db.reading() as session:
        before = figures.campaign_figures(session, campaign)
        request = session.scalar(select(ReviewRequest.id))
        client = session.scalar(select(ReviewCampaign.client_id))
    refused_all = []
    attempts = [
        lambda s: surveys.import_survey(s, campaign, write_survey(tmp_path / "again.csv")),
        lambda s: outcomes.import_outcomes(s, campaign, tmp_path / "back.csv"),
        lambda s: outcomes.record_outcome(s, request, delivered=True),
        lambda s: figures.record_rating(s, client, ReviewPlatform.YANDEX_MAPS, DAY, Decimal("4.6"), campaign),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError) as refused, db.transaction() as session:
            attempt(session)
        refused_all.append(refused.value.render())
    assert all(said.startswith("The review campaign “Отзывы декабря” is finished") for said in refused_all)
    with pytest.raises(ValidationError) as twice, db.transaction() as session:
        erasure.erase_customers(session, campaign)
    assert "were erased on" in twice.value.render() and "(5)" in twice.value.render()
    with db.reading() as session:
        assert session.get(ReviewCampaign, campaign).erased_customers == 5
        assert figures.campaign_figures(session, campaign) == before


def report_texts(db, tmp_path: Path) -> list[str]:  # type: ignore[no-untyped-def]
    import openpyxl

    from smmdesk.i18n import translator_for
    from smmdesk.services.reputation.files import export_reputation_report

    with db.transaction() as session:  # in Russian, as the window and the command write it
        export_reputation_report(
            session, session.scalar(select(ReviewCampaign.client_id)), tmp_path / "r.xlsx",
            None, None, translator_for("ru"), "ru",
        )  # fmt: skip
    sheet = openpyxl.load_workbook(tmp_path / "r.xlsx")["Отзывы"]
    return [str(c) for row in sheet.iter_rows(values_only=True) for c in row if c is not None]


def test_the_report_certifies_no_filter_only_when_every_wave_asked_the_groups_alike(
    db, tmp_path, qapp
) -> None:  # type: ignore[no-untyped-def]
    # the promoter left out: her consent withdrawn after her answer
    campaign = changed_after_the_survey(db, tmp_path, with_consent("Анна Петрова", "нет"))
    with db.transaction() as session:
        waves.prepare_wave(session, campaign, DAY)
        campaigns.finish_campaign(session, campaign, FINISHED_ON)
    texts = report_texts(db, tmp_path)
    assert "Отзывы декабря (завершена 30.11.2026)" in texts
    note = next(t for t in texts if t.startswith("Каждый клиент"))
    assert "без отбора по оценке" not in note and "«Отзывы декабря», волна 1" in note


def test_the_log_carries_the_wave_and_request_numbers_and_one_reason_each(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
        ids = set(session.scalars(select(ReviewRequest.id).where(ReviewRequest.wave_id == prepared.wave_id)))
    rows = log_rows(db, prepared.wave_id, tmp_path / "log.csv")
    by_name = {r[1]: r for r in rows}
    assert {r[10] for r in rows} == {"1"}  # the wave's number, every line
    assert {by_name[n][11] for n in ("Анна Петрова", "Борис Смирнов")} == {str(i) for i in ids}
    assert by_name["Вера Кассирова"][5] == "not asked: on the staff" and by_name["Вера Кассирова"][11] == ""
    assert by_name["Анна Петрова"][2] == "+79161234567"  # E.164


# --- what came back ---------------------------------------------------------------------------------


def test_what_came_back_keeps_the_delivery_of_a_row_whose_review_it_cannot_take(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with db.transaction() as session:  # the campaign asks for Яндекс Карты and 2ГИС only
        prepared = waves.prepare_wave(session, campaign, DAY)
    links = {r.customer.name: r.link for r in prepared.wave.requests}
    report = tmp_path / "back.csv"
    report.write_text(
        "Ссылка;Статус доставки;Площадка;Звёзды;Дата отзыва\n"
        f"{links['Анна Петрова']};Доставлено;Отзовик;4;06.12.2026\n"  # row 2: a platform not asked for
        f"{links['Анна Петрова']};Доставлено;Яндекс Карты;5;06.12.2026\n"  # row 3: taken
        f"{links['Борис Смирнов']};Передано оператору;;;\n"  # row 4: neither delivered nor not
        f"{links['Борис Смирнов']};;ВКонтакте;2;06.12.2026\n"  # row 5: a platform not understood
        f"{links['Борис Смирнов']};Доставлено;2ГИС;1;06.12.2099\n"  # row 6: dated in the future
        ";Доставлено;;;\n",  # row 7: names no request
        encoding="utf-8",
    )
    with db.transaction() as session:
        result = outcomes.import_outcomes(session, campaign, report, today=DAY + dt.timedelta(days=1))
    assert [(n.row, n.render()) for n in result.skipped] == [
        (7, "no link, phone or e-mail to find the request by")
    ]
    kept = "the review is not taken, the delivery and the click are"
    unknown = "the status “Передано оператору” says neither delivered nor not delivered: "
    unknown += "the delivery is left "
    assert [(n.row, n.render()) for n in result.warnings] == [
        (2, f"the campaign does not ask for reviews on Otzovik: {kept}"),
        (4, unknown + "unknown"),
        (5, f"the review's platform “ВКонтакте” is not understood: {kept}"),
        (6, f"the review is dated 06.12.2099, after today: {kept}"),
    ]
    assert (result.matched, result.reviews) == (5, 1)
    with db.reading() as session:
        found = figures.campaign_figures(session, campaign).funnel
        boris = session.execute(
            select(ReviewRequest.delivered, ReviewRequest.stars, ReviewRequest.review_day).where(
                ReviewRequest.link == links["Борис Смирнов"]
            )
        ).one()
    assert tuple(boris) == (True, None, None)  # row 6's delivery taken, its review not
    # Анна's review implies her click although the file has no clicks column: never more reviews than clicks
    assert (found.delivered, found.clicked, found.reviews) == (2, 1, 1)


def test_a_review_recorded_with_no_clicks_counts_its_click(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
    link = next(r.link for r in prepared.wave.requests if r.customer.name == "Анна Петрова")
    report = tmp_path / "back.csv"
    report.write_text(
        f"Ссылка;Статус доставки;Переходов;Площадка;Звёзды\n{link};Доставлено;0;Яндекс Карты;5\n",
        encoding="utf-8",
    )
    with db.transaction() as session:
        outcomes.import_outcomes(session, campaign, report, today=DAY + dt.timedelta(days=1))
    with db.reading() as session:
        found = figures.campaign_figures(session, campaign).funnel
    assert (found.clicked, found.reviews) == (1, 1)


# --- a wave's files again -----------------------------------------------------------------------------


def test_a_waves_files_are_written_again_as_kept_and_nobody_is_asked_twice(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reviews import wave_again

    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with db.transaction() as session:
        prepared = waves.prepare_wave(session, campaign, DAY)
        prepared.write(tmp_path / "first.csv", identity)
    with db.reading() as session:
        count = wave_again.write_again(
            session, campaign, 1, tmp_path / "again.csv", identity, tmp_path / "l.csv"
        )
        wave_again.write_again(session, campaign, 1, tmp_path / "again.pdf", identity)
    assert count == 2 and (tmp_path / "again.csv").read_bytes() == (tmp_path / "first.csv").read_bytes()
    assert (tmp_path / "again.pdf").read_bytes().startswith(b"%PDF") and (tmp_path / "l.csv").exists()
    assert waves_kept(db) == 1
    with pytest.raises(ValidationError) as missing, db.reading() as session:
        wave_again.write_again(session, campaign, 2, tmp_path / "x.csv", identity)
    assert "has no wave number 2 (its waves: 1)" in missing.value.render()
    with db.transaction() as session:
        campaigns.finish_campaign(session, campaign, FINISHED_ON)
        erasure.erase_customers(session, campaign)
    with pytest.raises(ValidationError) as erased, db.reading() as session:
        wave_again.write_again(session, campaign, 1, tmp_path / "y.csv", identity)
    assert "were erased" in erased.value.render() and not (tmp_path / "y.csv").exists()


def test_nobody_due_says_when_the_next_customer_falls_due(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    campaign = surveyed_campaign(db, tmp_path, CUSTOMERS)
    with pytest.raises(ValidationError) as refused, db.reading() as session:
        waves.check_next_wave(session, campaign, DAY - dt.timedelta(days=4))  # 01.12: the first are due 04.12
    said = refused.value.render()
    assert said.startswith("Nobody is due a request on 01.12.2026")
    assert said.endswith("The next falls due on 04.12.2026: Анна Петрова (2 that day).")
    with db.reading() as session:
        assert waves.check_next_wave(session, campaign, DAY) == 2
    assert waves_kept(db) == 0
