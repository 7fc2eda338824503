"""Schema 0006 on a file and on a server with a planner's data in it: nothing lost, names folded,
titles that differed only in case both kept, money past 32 bits from then on, the seeded formats'
id sequence repaired, and every record with its version and authors."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from serverdb import ON_SERVER
from sqlalchemy import select, text

from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading
from smmdesk.storage import migrate
from smmdesk.storage.models import Account, Format, Influencer, Terms

BEFORE = "0005_contests"
NOW = dt.datetime(2026, 11, 20, 12, 0)


def _old_database(db_path, request) -> str:
    """A database at 0005 holding a planner's work; its location."""
    if ON_SERVER:
        from smmdesk.storage.server import create_server_engine

        databases = request.getfixturevalue("server_databases")
        location = databases.create(databases.name("old"))
        engine = create_server_engine(location)
    else:
        import sqlite3

        from smmdesk.storage.engine import create_sqlite_engine

        sqlite3.connect(db_path).close()
        location = str(db_path)
        engine = create_sqlite_engine(db_path, foreign_keys=False)
    migrate.upgrade(engine, BEFORE)
    rows = [
        "INSERT INTO format (id, code, title, builtin, position, archived) VALUES (5, 'custom_a', 'Сторис', "
        "false, 5, false)",
        "INSERT INTO format (id, code, title, builtin, position, archived) VALUES (6, 'custom_b', 'сторис', "
        "false, 6, false)",
        "INSERT INTO influencer (id, name, city, topics, status, blacklist_reason, tax_status, phone, email, "
        "messenger, audience_geo, audience_age, notes, archived, created_at, updated_at) VALUES (1, "
        "'Анна Иванова', 'Казань', '', 'new', '', 'npd', '', '', '', '', '', 'заметка', false, :now, :now)",
        "INSERT INTO account (id, influencer_id, platform, handle, url, followers, er, created_at, "
        "updated_at) VALUES (1, 1, 'telegram', 'anna', '', 1500000000, 465, :now, :now)",
        "INSERT INTO terms (id, account_id, format_id, price, price_note, included, product, exclusivity, "
        "updated_at) VALUES (1, 1, 5, 2000000000, '', '', '', '', :now)",
    ]
    with engine.begin() as conn:
        for statement in rows:
            conn.execute(text(statement), {"now": NOW})
    engine.dispose()
    return location


def test_a_0005_database_with_data_upgrades_with_nothing_lost(db_path, request) -> None:
    location = _old_database(db_path, request)
    db = open_workspace(location, upgrade_schema=True)
    try:
        assert migrate.engine_revision(db.engine) == migrate.HEAD_REVISION
        with db.reading() as session:
            formats = {f.id: (f.title, f.title_key) for f in session.scalars(select(Format))}
            person = session.get_one(Influencer, 1)
            account = session.get_one(Account, 1)
            terms = session.get_one(Terms, 1)
        assert formats[5] == ("Сторис", "сторис") and formats[6] == ("сторис", "сторис #6")
        assert len(formats) == 6
        assert (person.name, person.city, person.notes, person.name_key) == (
            "Анна Иванова", "Казань", "заметка", "анна иванова"
        )  # fmt: skip
        assert (account.followers, account.er) == (1_500_000_000, Decimal("4.65"))
        assert terms.price == Decimal("20000000.00")
        assert person.row_version == 1 and person.changed_at is None
        assert reading(db, svc.find_by_name, "АННА ИВАНОВА") == 1
        with pytest.raises(Exception, match="already exists"):
            in_transaction(db, svc.add_format, "СТОРИС")
        assert in_transaction(db, svc.add_format, "Рилс") == 7  # past the rows, on a server too
        in_transaction(db, svc.set_terms, 1, 5, {"price": Decimal("98765432.10")})
        with db.reading() as session:
            assert session.get_one(Terms, 1).price == Decimal("98765432.10")
    finally:
        db.close()
