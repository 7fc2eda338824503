"""What a team needs of the storage, held on a file and (with SMMDESK_TEST_DATABASE_URL) on a
server alike: Russian text folds as Russian, money and counts past 32 bits, texts refused with a
message rather than cut or crashed, who did what, and saving over someone else's change refused."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import fold
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading
from smmdesk.storage.models import AuditEntry, Format, Influencer, Terms
from smmdesk.storage.tracking import ConcurrentChangeError


def city_of(db, person: int) -> str:
    with db.reading() as session:
        return session.get_one(Influencer, person).city


def test_cyrillic_folds_like_the_planner_reads_it() -> None:
    assert fold("Анна  Иванова") == fold("анна иванова") == fold("АННА ИВАНОВА")
    assert fold("Сторис") == fold("сторис") and fold("Ёлка") == fold("елка")
    assert fold("Сторис") != fold("Рилс")


def test_a_format_differing_only_in_case_is_refused(db) -> None:
    first = in_transaction(db, svc.add_format, "Сторис")
    with pytest.raises(ValidationError) as refused:
        in_transaction(db, svc.add_format, "сторис")
    assert "сторис" in refused.value.render()
    with pytest.raises(ValidationError):
        in_transaction(db, svc.add_format, "СТОРИС")
    titles = [f.title for f in reading(db, svc.formats)]
    assert titles.count("Сторис") == 1 and "сторис" not in titles
    assert first > 4  # past the four seeded formats: the id sequence was repaired


def test_a_person_is_found_by_their_name_in_any_case(db) -> None:
    person = in_transaction(db, svc.create_influencer, "Анна Иванова")
    assert reading(db, svc.find_by_name, "анна иванова") == person
    assert reading(db, svc.find_by_name, "  АННА   ИВАНОВА ") == person
    assert reading(db, svc.find_by_name, "Анна Петрова") is None


def test_money_and_counts_past_32_bits_are_kept_to_the_kopeck(db) -> None:
    person = in_transaction(
        db, svc.create_influencer, "Крупный блогер", "youtube", "@big", followers=3_000_000_000
    )
    account = reading(db, svc.detail, person).accounts[0].id
    in_transaction(db, svc.set_terms, account, 1, {"price": Decimal("98765432.10")})
    with db.reading() as session:
        terms = session.scalar(select(Terms).where(Terms.account_id == account))
        assert terms is not None and terms.price == Decimal("98765432.10")
    assert reading(db, svc.detail, person).accounts[0].followers == 3_000_000_000


def test_a_name_longer_than_its_field_is_refused_in_words_and_nothing_saved(db) -> None:
    with pytest.raises(ValidationError) as refused:
        in_transaction(db, svc.create_influencer, "Я" * 250)
    assert refused.value.field == "name"
    assert "200" in refused.value.render() and "250" in refused.value.render()
    assert reading(db, svc.count_influencers) == 0


def test_records_name_who_made_and_changed_them_and_the_log_keeps_old_and_new(db) -> None:
    person = in_transaction(db, svc.create_influencer, "Мария Смирнова", city="Казань")
    in_transaction(db, svc.update_influencer, person, {"city": "Самара"})
    with db.reading() as session:
        row = session.get_one(Influencer, person)
        assert row.created_by == db.user and row.changed_by == db.user and row.row_version == 2
        log = session.scalars(
            select(AuditEntry).where(AuditEntry.table_name == "influencer", AuditEntry.row_id == str(person))
        ).all()
    assert [(e.action, e.field) for e in log][:1] == [("create", "")]
    change = [e for e in log if e.field == "city"]
    assert [(e.old, e.new, e.user_name) for e in change] == [("Казань", "Самара", db.user)]


def test_saving_over_someone_elses_change_is_refused_with_who_and_when(db, db_path) -> None:
    person = in_transaction(db, svc.create_influencer, "Олег Петров", city="Пермь")
    reading(db, svc.detail, person)  # this planner has the record on screen
    other = open_workspace(db_path)
    other.tracker.user = other.user = "irina"
    try:
        with other.transaction() as session:
            session.get_one(Influencer, person).city = "Омск"
    finally:
        other.close()
    with pytest.raises(ConcurrentChangeError) as refused:
        in_transaction(db, svc.update_influencer, person, {"city": "Тверь"})
    assert refused.value.table == "influencer" and refused.value.who == "irina"
    assert "irina" in refused.value.render() and refused.value.when is not None
    assert city_of(db, person) == "Омск"  # the other planner's value stands
    in_transaction(db, svc.update_influencer, person, {"city": "Тверь"})  # seen now: accepted
    assert city_of(db, person) == "Тверь"


def test_undo_of_a_value_someone_has_since_changed_is_refused(db, db_path) -> None:
    person = in_transaction(db, svc.create_influencer, "Ирина Козлова", city="Сочи")
    old = in_transaction(db, svc.update_influencer, person, {"city": "Ялта"})
    other = open_workspace(db_path)
    try:
        in_transaction(other, svc.update_influencer, person, {"city": "Анапа"})
    finally:
        other.close()
    reading(db, svc.detail, person)  # even after reading the other's value, undo is refused
    with pytest.raises(ConcurrentChangeError), db.undoing():
        in_transaction(db, svc.update_influencer, person, old)
    assert city_of(db, person) == "Анапа"


def test_core_updates_bump_the_version_and_are_logged(db) -> None:
    ids = [in_transaction(db, svc.create_influencer, name) for name in ("Один", "Два")]
    in_transaction(db, svc.set_status, ids, "working", "")
    with db.reading() as session:
        versions = session.scalars(select(Influencer.row_version).where(Influencer.id.in_(ids))).all()
        logged = session.scalars(select(AuditEntry.new).where(AuditEntry.field == "status")).all()
    assert versions == [2, 2] and logged == ["working", "working"]


def test_format_keys_are_stored_folded(db) -> None:
    fid = in_transaction(db, svc.add_format, "Прямой Эфир")
    with db.reading() as session:
        assert session.get_one(Format, fid).title_key == "прямой эфир"


def test_a_placement_changed_meanwhile_is_refused_though_its_row_came_from_a_column_query(
    demo_path, db_path
) -> None:
    from smmdesk.services import placements as pl

    db = open_workspace(demo_path)
    try:
        row = reading(db, pl.list_rows)[0]  # the table shows it (a column query, no ORM object)
        other = open_workspace(demo_path)
        other.tracker.user = "irina"
        try:
            in_transaction(other, pl.update_placement, row.id, {"notes": "от Ирины"})
        finally:
            other.close()
        with pytest.raises(ConcurrentChangeError) as refused:
            in_transaction(db, pl.update_placement, row.id, {"notes": "моё"})
        assert refused.value.who == "irina"
        assert reading(db, pl.get_row, row.id).notes == "от Ирины"
    finally:
        db.close()


def test_a_fee_is_never_lowered_below_what_was_already_paid(db) -> None:
    import datetime as dt

    from test_two_planners_at_once import placement_with_a_fee

    from smmdesk.services import placements
    from smmdesk.storage.models import Placement

    placement = placement_with_a_fee(db)
    in_transaction(db, placements.add_payment, placement, dt.date(2026, 12, 2), Decimal("8000"), "final")
    for lower in (Decimal("1000"), None):
        with pytest.raises(ValidationError) as refused:
            in_transaction(db, placements.update_placement, placement, {"fee": lower})
        assert "8\xa0000,00" in refused.value.render() and refused.value.field == "fee"
    in_transaction(db, placements.update_placement, placement, {"fee": Decimal("8000")})
    with db.reading() as session:
        assert session.get_one(Placement, placement).fee == Decimal("8000")


def test_a_copy_of_the_database_gets_an_identity_of_its_own(db, tmp_path) -> None:
    from smmdesk.services import transfer
    from smmdesk.storage.backup import IDENTITY_KEY, file_identity
    from smmdesk.storage.models import Setting

    with db.transaction() as session:
        row = session.get(Setting, IDENTITY_KEY)
        if row is None:
            session.add(Setting(key=IDENTITY_KEY, value="the-source-database"))
        else:
            row.value = "the-source-database"
    transfer.copy_server_to_file(db, tmp_path / "копия.smmdesk")
    copied = file_identity(tmp_path / "копия.smmdesk")
    assert copied is not None and len(copied) == 32 and copied != "the-source-database"
    with db.reading() as session:
        assert session.get_one(Setting, IDENTITY_KEY).value == "the-source-database"
