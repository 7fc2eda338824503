"""Migrations: the chain is what the program believes, matches the models, and loses nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from smmdesk.services.workspace import open_workspace
from smmdesk.storage import backup, migrate
from smmdesk.storage.database import open_database
from smmdesk.storage.engine import create_sqlite_engine
from smmdesk.storage.models import Base

FIRST = migrate.SCHEMA_REVISIONS[0]


def test_the_known_chain_is_alembics_chain() -> None:
    assert migrate.script_revisions() == list(migrate.SCHEMA_REVISIONS)


def test_the_migrated_schema_matches_the_models(db_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from smmdesk.storage.mention_search import include_in_schema

    db = open_workspace(db_path)
    engine = db.engine
    try:
        with engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(
                    conn, opts={"render_as_batch": True, "include_name": include_in_schema}
                ),
                Base.metadata,
            )
    finally:
        db.close()
    assert diff == []


def make_first_schema_file(path: Path) -> None:
    """A file as the first released version wrote it, with the planner's data in it."""
    sqlite3.connect(path).close()
    engine = create_sqlite_engine(path, foreign_keys=False)
    try:
        migrate.upgrade(engine, FIRST)
    finally:
        engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.executemany(
            "INSERT INTO setting (key, value) VALUES (?, ?)",
            [
                ("agency.agency_name", "Агентство «Ромашка»"),
                ("agency.vat_rate", "20"),
                ("agency.currency", "RUB"),
            ],
        )


@pytest.mark.file_only
def test_a_first_schema_file_with_data_migrates_with_nothing_lost(db_path: Path) -> None:
    make_first_schema_file(db_path)
    db = open_database(db_path)
    try:
        from smmdesk.services.settings import read_agency_settings

        settings = read_agency_settings(db)
        assert settings.agency_name == "Агентство «Ромашка»"
        assert str(settings.vat_rate) == "20"
        assert migrate.engine_revision(db.engine) == migrate.HEAD_REVISION
    finally:
        db.close()
    if migrate.HEAD_REVISION != FIRST:
        pre = [b for b in backup.list_backups(db_path) if b.reason == "migration"]
        assert len(pre) == 1
        with sqlite3.connect(pre[0].path) as conn:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == FIRST


@pytest.mark.file_only
def test_people_written_without_their_folded_name_are_found_by_name_again(db_path: Path) -> None:
    """A server's import once wrote `name_key` empty; the next schema fills it from the name."""
    sqlite3.connect(db_path).close()
    engine = create_sqlite_engine(db_path, foreign_keys=False)
    try:
        migrate.upgrade(engine, "0008_strategy")
    finally:
        engine.dispose()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "INSERT INTO influencer (name, name_key, city, topics, status, blacklist_reason, tax_status,"
            " phone, email, messenger, audience_geo, audience_age, notes, archived, created_at, updated_at)"
            " VALUES ('Ёлка  ИВАНОВА', '', '', '', 'new', '', '', '', '', '', '', '', '', 0,"
            " '2026-11-01 10:00:00', '2026-11-01 10:00:00')"
        )
    db = open_database(db_path)
    try:
        with db.engine.connect() as conn:
            from sqlalchemy import text

            assert conn.execute(text("SELECT name_key FROM influencer")).scalar() == "елка иванова"
    finally:
        db.close()
