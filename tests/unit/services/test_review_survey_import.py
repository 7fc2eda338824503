"""A survey service's export imported as the other imports are: Google Forms' and Yandex Forms'
headers matched, a preview that counts before anything is written, the same answers counted once
when imported again (a later export filling in the contact and the comment), the import taken back
as one step; each detractor's follow-up carries the comment as its text, the contact as its author,
the order in its tags, and a deadline that runs from the import, not from the answer's old time."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from review_setup import coffee_campaign
from sqlalchemy import func, select

from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns, surveys
from smmdesk.storage.models import Mention, ReviewAnswer

GOOGLE_HEADER = (
    "Отметка времени,Ваш телефон,Номер заказа,"
    '"Насколько вероятно, что вы порекомендуете наш магазин друзьям?",Насколько вы довольны покупкой?,'
    "Что нам улучшить?"
)
ROWS = [
    "01.12.2026 10:15:03,+79123456789,10240,10,5,Всё отлично",
    '01.12.2026 11:20:44,89161234567,10232,3,1,"Курьер опоздал на два часа, товар помят"',
    "01.12.2026 12:05:10,+7 903 123-45-67,10233,6,2,Долго ждала ответа поддержки",
    "01.12.2026 13:40:00,+79255554433,10235,8,4,",
]


def export(path: Path, header: str = GOOGLE_HEADER, rows: list[str] = ROWS) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def a_campaign(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        client = clients.create_client(session, "Магазин «Ромашка»")
        return client, campaigns.create_campaign(session, client, coffee_campaign())


def follow_up_rows(db, client: int) -> list[Mention]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        found = session.scalars(select(Mention).where(Mention.client_id == client).order_by(Mention.id)).all()
        session.expunge_all()
        return list(found)


def answers(db, campaign: int) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return (
            session.scalar(
                select(func.count()).select_from(ReviewAnswer).where(ReviewAnswer.campaign_id == campaign)
            )
            or 0
        )


def test_google_forms_headers_reach_the_follow_up_and_its_deadline_runs_from_the_import(
    db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client, campaign = a_campaign(db)
    with db.reading() as session:
        preview = surveys.preview_survey(session, campaign, export(tmp_path / "google.csv"))
    assert sorted(preview.mapping.values()) == ["comment", "csat", "date", "nps", "order", "respondent"]
    assert (len(preview.new), preview.same, preview.follow_ups) == (4, 0, 2)
    assert answers(db, campaign) == 0  # the preview wrote nothing
    before = dt.datetime.now(dt.UTC)
    with db.transaction() as session:
        result = surveys.apply_survey(session, preview)
    assert (result.added, result.follow_ups) == (4, 2)
    made = follow_up_rows(db, client)
    assert [m.text for m in made] == [
        "Курьер опоздал на два часа, товар помят",
        "Долго ждала ответа поддержки",
    ]
    assert [m.author_name for m in made] == ["89161234567", "+7 903 123-45-67"]
    assert "Order No. 10232" in made[0].tags and "NPS 3" in made[0].tags
    first = made[0]
    assert first.published_at == dt.datetime(2026, 12, 1, 8, 20, 44, tzinfo=dt.UTC)  # 11:20:44 in Moscow
    assert first.collected_at is not None and first.collected_at >= before.replace(microsecond=0)
    assert first.deadline_at is not None and first.deadline_at > dt.datetime.now(
        dt.UTC
    )  # not overdue on arrival
    # RULES.md's default SLA: S3 on a source of the social kind (a follow-up has no platform) — 4 hours
    assert first.deadline_at - first.collected_at == dt.timedelta(hours=4)


def test_the_same_answers_imported_again_count_once_and_a_later_export_fills_in_the_contact(
    db, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    client, campaign = a_campaign(db)
    bare = export(
        tmp_path / "bare.csv",
        "Отметка времени,Номер заказа,Насколько вероятно что порекомендуете?,Насколько вы довольны?",
        [",".join(r.split(",")[i] for i in (0, 2, 3, 4)) for r in ROWS],
    )
    with db.transaction() as session:
        surveys.import_survey(session, campaign, bare)
    assert [m.text for m in follow_up_rows(db, client)] == ["(no comment left)", "(no comment left)"]
    with db.reading() as session:
        preview = surveys.preview_survey(session, campaign, export(tmp_path / "full.csv"))
    assert (len(preview.new), len(preview.filled), preview.same) == (0, 4, 0)  # each given its phone
    with db.transaction() as session:
        result = surveys.apply_survey(session, preview)
    assert result.nps.respondents == 4 and answers(db, campaign) == 4  # counted once
    made = follow_up_rows(db, client)
    assert [m.text for m in made] == [
        "Курьер опоздал на два часа, товар помят",
        "Долго ждала ответа поддержки",
    ]
    assert [m.author_name for m in made] == ["89161234567", "+7 903 123-45-67"]
    with db.transaction() as session:
        again = surveys.import_survey(session, campaign, export(tmp_path / "full.csv"))
    assert (again.added, again.updated, again.same, again.follow_ups) == (0, 0, 4, 0)

    assert result.change is not None
    with db.transaction() as session:
        surveys.undo_survey(session, result.change)
    assert [m.text for m in follow_up_rows(db, client)] == ["(no comment left)", "(no comment left)"]
    assert answers(db, campaign) == 4


def test_an_import_is_taken_back_and_brought_back_as_one_step(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client, campaign = a_campaign(db)
    with db.transaction() as session:
        result = surveys.import_survey(session, campaign, export(tmp_path / "google.csv"))
    assert result.change is not None and answers(db, campaign) == 4 and len(follow_up_rows(db, client)) == 2
    with db.transaction() as session:
        surveys.undo_survey(session, result.change)
    assert answers(db, campaign) == 0 and follow_up_rows(db, client) == []
    with db.transaction() as session:
        redone = surveys.redo_survey(session, result.change)
    assert (
        answers(db, campaign) == 4 and len(redone.mention_ids) == 2 and len(follow_up_rows(db, client)) == 2
    )


def test_a_follow_up_matched_to_a_customer_names_them_with_the_contact_as_typed_beside(db, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from review_setup import write_customers

    from smmdesk.services.reviews import customers

    client, campaign = a_campaign(db)
    crm = [("Иван Петров", "+7 916 123 45 67", "", "10232", "30.11.2026", "да", "")]
    with db.transaction() as session:
        preview = customers.preview_customers(session, campaign, write_customers(tmp_path / "crm.csv", crm))
        customers.apply_customers(session, preview)
        surveys.import_survey(session, campaign, export(tmp_path / "answers.csv"))
    with db.reading() as session:
        matched, unmatched = session.execute(
            select(Mention.author_name, Mention.author_handle, Mention.search_text)
            .where(Mention.client_id == client)
            .order_by(Mention.id)
        ).all()
    # 89161234567 is Иван Петров's +7 916 123 45 67: his name, and the phone as he typed it beside
    assert (matched.author_name, matched.author_handle) == ("Иван Петров", "89161234567")
    assert "иван" in matched.search_text.lower()  # found by his name in the queue's search
    # nobody of the customers' file: the contact as typed
    assert (unmatched.author_name, unmatched.author_handle) == ("+7 903 123-45-67", "")
