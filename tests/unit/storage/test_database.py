"""Opening a file: pragmas, money columns, and the refusals that keep a planner's file intact."""

from __future__ import annotations

import sqlite3
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import corrupt, corrupt_tail, digest
from sqlalchemy import Column, Integer, MetaData, Table, select

from smmdesk.domain.errors import StorageError, ValidationError
from smmdesk.domain.settings import AgencySettings
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.storage import backup
from smmdesk.storage.database import (
    DamagedDatabaseError,
    Database,
    ForeignDatabaseError,
    NewerDatabaseError,
    open_database,
)
from smmdesk.storage.migrate import HEAD_REVISION
from smmdesk.storage.types import MoneyType

pytestmark = pytest.mark.file_only  # backups, the lock, damage and WAL belong to a file


def test_every_connection_gets_the_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("busy_timeout") == 5000


def test_a_new_file_is_created_at_the_current_schema(db_path: Path) -> None:
    db = open_database(db_path)
    db.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION


def test_money_is_integer_kopecks_read_as_decimal(db: Database) -> None:
    table = Table(
        "money_probe", MetaData(), Column("id", Integer, primary_key=True), Column("sum", MoneyType)
    )
    table.create(db.engine)
    with db.engine.begin() as conn:
        conn.execute(
            table.insert(), [{"id": 1, "sum": Decimal("258011.69")}, {"id": 2, "sum": Decimal("0.1")}]
        )
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT sum FROM money_probe ORDER BY id").scalars().all() == [
            25801169,
            10,
        ]
        assert conn.execute(select(table.c.sum).order_by(table.c.id)).scalars().all() == [
            Decimal("258011.69"),
            Decimal("0.10"),
        ]


def test_settings_round_trip_and_are_validated(db: Database) -> None:
    wanted = AgencySettings(agency_name="Агентство", vat_rate=Decimal("20"), agency_fee=Decimal("12.5"))
    previous = update_agency_settings(db, wanted)
    assert previous == AgencySettings()
    assert read_agency_settings(db) == wanted
    with pytest.raises(ValidationError):
        update_agency_settings(db, AgencySettings(vat_rate=Decimal("120")))
    assert read_agency_settings(db) == wanted


def test_a_damaged_file_is_detected_and_left_untouched(db_path: Path) -> None:
    db = open_database(db_path)
    update_agency_settings(db, AgencySettings(agency_name="Есть копия"))
    good = backup.make_backup(db_path, "manual", keep=5)
    with db.transaction() as session:
        from smmdesk.storage.models import Setting

        session.add_all(Setting(key=f"filler.{i}", value="x" * 500) for i in range(200))
    db.close()
    corrupt(db_path)
    before = digest(db_path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(db_path)
    assert caught.value.good_backup is not None
    assert caught.value.good_backup.path == good.path
    assert "damaged" in caught.value.render()
    assert digest(db_path) == before


def test_a_file_that_is_not_a_database_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "notes.smmdesk"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a database" * 200)
    before = digest(path)
    with pytest.raises(DamagedDatabaseError):
        open_database(path)
    assert digest(path) == before


def test_a_database_of_another_program_is_refused_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE contacts (name TEXT)")
    before = digest(path)
    with pytest.raises(ForeignDatabaseError):
        open_database(path)
    assert digest(path) == before


def test_a_file_from_a_newer_program_is_refused_unchanged(db_path: Path) -> None:
    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = digest(db_path)
    with pytest.raises(NewerDatabaseError) as caught:
        open_database(db_path)
    assert "newer version" in caught.value.render()
    assert digest(db_path) == before
    assert not backup.list_backups(db_path)


def test_read_only_access_refuses_writes(db_path: Path) -> None:
    open_database(db_path).close()
    db = open_database(db_path, read_only=True)
    try:
        assert read_agency_settings(db) == AgencySettings()
        with pytest.raises(StorageError):
            update_agency_settings(db, AgencySettings(agency_name="x"))
    finally:
        db.close()


def test_each_action_is_one_transaction(db: Database) -> None:
    from smmdesk.storage.models import Setting

    with pytest.raises(RuntimeError), db.transaction() as session:
        session.add(Setting(key="half", value="done"))
        session.flush()
        raise RuntimeError("the action failed midway")
    with db.reading() as session:
        assert session.get(Setting, "half") is None


def test_a_large_file_opens_at_once_and_its_first_write_waits_for_the_check(
    db_path: Path, monkeypatch
) -> None:
    from smmdesk.storage import database

    open_database(db_path).close()
    monkeypatch.setattr(database, "CHECK_FIRST_BYTES", 0)
    db = open_database(db_path, check_in_background=True)
    try:
        assert db.wait_checked(10) is None
        update_agency_settings(db, AgencySettings(agency_name="проверено"))
        assert read_agency_settings(db).agency_name == "проверено"
    finally:
        db.close()


def test_damage_found_in_the_background_refuses_every_write(db_path: Path, monkeypatch) -> None:
    from smmdesk.storage import database
    from smmdesk.storage.models import Setting

    db = open_database(db_path)
    with db.transaction() as session:
        session.add_all(Setting(key=f"filler.{i}", value="x" * 500) for i in range(200))
    db.close()
    corrupt_tail(db_path)
    before = digest(db_path)
    monkeypatch.setattr(database, "CHECK_FIRST_BYTES", 0)
    db = open_database(db_path, check_in_background=True)
    try:
        assert db.wait_checked(10) is not None  # it did open: only the background check found it
        with pytest.raises(DamagedDatabaseError):
            update_agency_settings(db, AgencySettings(agency_name="нельзя"))
    finally:
        db.close()
    assert digest(db_path) == before


def test_the_disks_refusals_from_sqlite_are_told_as_such(tmp_path: Path) -> None:
    """SQLite's own words for a full disk, an I/O error or a read-only file become the OSError they
    stand for (told in words by the callers), never "damaged". An I/O error cannot be caused for
    real on this machine (no device-mapper), so its mapping is checked here."""
    import errno

    from smmdesk.domain.errors import os_error_opening
    from smmdesk.storage.engine import as_os_error

    def error(code: int, text: str) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError(text)
        exc.sqlite_errorcode = code  # type: ignore[attr-defined]
        return exc

    assert as_os_error(error(13, "database or disk is full")).errno == errno.ENOSPC  # type: ignore[union-attr]
    assert as_os_error(error(266, "disk I/O error")).errno == errno.EIO  # type: ignore[union-attr]  # IOERR_READ
    assert as_os_error(error(8, "attempt to write a readonly database")).errno == errno.EACCES  # type: ignore[union-attr]
    assert as_os_error(error(11, "database disk image is malformed")) is None  # damage stays damage
    eio = as_os_error(error(10, "disk I/O error"), tmp_path / "planner.smmdesk")
    assert eio is not None
    assert "input/output error reading planner.smmdesk" in os_error_opening(eio).render()
