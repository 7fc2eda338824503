"""Opening files from the window: a second program, a damaged file, a newer file, an unexpected error."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from conftest import corrupt_tail

from smmdesk.domain.settings import AgencySettings
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.services.workspace import backup_now, open_workspace
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.windows.main_window import MainWindow


@pytest.mark.file_only
def test_a_second_program_opens_read_only_and_says_why(
    qtbot, user_settings, db_path: Path, other_program, answers, russian
) -> None:
    ws = Workspace(user_settings)
    window = MainWindow(ws, user_settings)
    qtbot.addWidget(window)
    assert ws.open(db_path, window)
    try:
        (message,) = answers.texts("inform")
        assert "открыт в другой копии smmdesk" in message and str(other_program.pid) in message
        assert ws.read_only
        assert "Только чтение" in window.read_only_label.text()
        assert not window.act_backup.isEnabled() and not window.act_restore.isEnabled()
        with pytest.raises(Exception, match="read-only"):
            update_agency_settings(ws.db, AgencySettings(agency_name="нельзя"))
        assert read_agency_settings(ws.db) == AgencySettings()
    finally:
        ws.close()


@pytest.mark.file_only
def test_a_damaged_file_offers_the_newest_good_backup(user_settings, db_path: Path, answers, russian) -> None:
    db = open_workspace(db_path)
    update_agency_settings(db, AgencySettings(agency_name="Из копии"))
    backup_now(db, "manual", 5)
    db.close()
    damaged = b"\x00garbage" * 4096
    db_path.write_bytes(damaged)

    ws = Workspace(user_settings)
    answers.queue("question", 0)  # "Restore the backup"
    assert ws.open(db_path)
    try:
        (question,) = answers.texts("question")
        assert "повреждён" in question and "Восстановить" in question
        assert read_agency_settings(ws.db).agency_name == "Из копии"
        aside = [p for p in db_path.parent.iterdir() if ".damaged-" in p.name]
        assert len(aside) == 1 and aside[0].read_bytes() == damaged
    finally:
        ws.close()


@pytest.mark.file_only
def test_declining_the_restore_leaves_the_damaged_file_as_it_was(
    user_settings, db_path: Path, answers
) -> None:
    db = open_workspace(db_path)
    backup_now(db, "manual", 5)
    db.close()
    db_path.write_bytes(b"\x00garbage" * 4096)
    ws = Workspace(user_settings)
    answers.queue("question", 1)
    assert not ws.open(db_path)
    assert ws.db is None
    assert db_path.read_bytes() == b"\x00garbage" * 4096
    assert not Path(str(db_path) + ".lock").exists()


@pytest.mark.file_only
def test_a_newer_file_is_refused_with_a_message(user_settings, db_path: Path, answers, russian) -> None:
    open_workspace(db_path).close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db_path.read_bytes()
    ws = Workspace(user_settings)
    assert not ws.open(db_path)
    (message,) = answers.texts("warn")
    assert "более новой версией" in message
    assert db_path.read_bytes() == before


@pytest.mark.file_only
def test_file_new_and_open_recent(main_window: MainWindow, answers, tmp_path: Path) -> None:
    second = tmp_path / "client-b"
    answers.queue("save_file", str(second))
    main_window.act_new.trigger()
    assert main_window.workspace.path == second.with_suffix(".smmdesk").resolve()
    assert main_window.file_label.text().endswith("client-b.smmdesk")
    recent = main_window.settings.recent_files
    assert recent[0].endswith("client-b.smmdesk") and recent[1].endswith("planner.smmdesk")
    main_window.files.open_recent(recent[1])
    assert main_window.workspace.path.name == "planner.smmdesk"


def test_an_unexpected_error_shows_details_and_keeps_committed_data(
    main_window: MainWindow, answers, russian
) -> None:
    from smmdesk.ui.core.errors import install_excepthook

    ws = main_window.workspace
    update_agency_settings(ws.db, AgencySettings(agency_name="Сохранено до сбоя"))
    old_hook = sys.excepthook
    install_excepthook()
    try:
        try:
            raise ZeroDivisionError("division by zero in a report")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = old_hook
    (text,) = answers.texts("box")
    assert "Всё, что было сохранено" in text and "ZeroDivisionError" in text
    assert read_agency_settings(ws.db).agency_name == "Сохранено до сбоя"


@pytest.mark.file_only
def test_damage_found_after_a_large_file_opened_closes_it_and_offers_the_backup(
    qtbot, user_settings, db_path: Path, answers, russian, monkeypatch
) -> None:
    from smmdesk.storage import database
    from smmdesk.storage.models import Setting

    db = open_workspace(db_path)
    update_agency_settings(db, AgencySettings(agency_name="Из копии"))
    backup_now(db, "manual", 5)
    with db.transaction() as session:
        session.add_all(Setting(key=f"filler.{i}", value="x" * 500) for i in range(200))
    db.close()
    corrupt_tail(db_path)
    monkeypatch.setattr(database, "CHECK_FIRST_BYTES", 0)
    ws = Workspace(user_settings)
    answers.queue("question", 0)
    assert ws.open(db_path, background_backup=False)  # opens at once; the check runs behind it
    qtbot.waitUntil(lambda: bool(answers.texts("question")), timeout=10000)
    try:
        assert "повреждён" in answers.texts("question")[0]
        assert read_agency_settings(ws.db).agency_name == "Из копии"
    finally:
        ws.close()
