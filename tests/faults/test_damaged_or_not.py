"""Damaged or not: an empty table of schema versions is damage told in words, not a traceback; a
large file whose check runs in the background is not written to, not even its journal mode, before
the check has passed."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from conftest import digest
from faults_support import smmdesk

from smmdesk.storage import database
from smmdesk.storage.database import DamagedDatabaseError, open_database

# SQLite's own damage and its checks: only a file has them.
pytestmark = pytest.mark.file_only


def test_an_empty_alembic_version_is_a_damaged_file(
    db_path: Path, tmp_path: Path, user_settings, answers, russian
) -> None:
    from smmdesk.ui.core.workspace import Workspace

    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM alembic_version")
    before = digest(db_path)
    with pytest.raises(DamagedDatabaseError, match="schema versions is empty"):
        open_database(db_path)
    result = smmdesk(
        "--lang",
        "ru",
        "--db",
        str(db_path),
        "export",
        "influencers",
        "--out",
        str(tmp_path / "o.csv"),
        home=tmp_path,
    )
    assert result.returncode == 1 and "повреждён" in result.stderr and "Traceback" not in result.stderr
    assert not Workspace(user_settings).open(db_path)
    (said,) = answers.texts("warn")
    assert "повреждён" in said
    assert digest(db_path) == before


def test_the_background_check_of_a_large_file_writes_nothing_before_it_passes(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from smmdesk.domain.settings import AgencySettings
    from smmdesk.services import influencers as svc
    from smmdesk.services.settings import read_agency_settings, update_agency_settings

    open_database(db_path).close()
    with sqlite3.connect(db_path) as conn:  # a file as another tool may leave it: rollback journal
        assert conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0] == "delete"
    before = digest(db_path)
    release = threading.Event()
    real_check = database.backup.check_file

    def slow_check(path: Path, **kwargs: object) -> str | None:
        release.wait(30)  # the real check, finishing only when the test says so
        return real_check(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(database, "CHECK_FIRST_BYTES", 0)
    monkeypatch.setattr(database.backup, "check_file", slow_check)
    db = open_database(db_path, check_in_background=True)
    try:
        with db.reading() as session:  # the first screen is read while the check runs
            assert svc.count_influencers(session) == 0
        assert read_agency_settings(db).agency_name == ""
        assert digest(db_path) == before  # not even switched to WAL
        assert not db_path.with_name(db_path.name + "-wal").exists()
        release.set()
        assert db.wait_checked(30) is None
        update_agency_settings(db, AgencySettings(agency_name="после проверки"))
        assert read_agency_settings(db).agency_name == "после проверки"
    finally:
        release.set()
        db.close()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
