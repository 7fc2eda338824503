"""Moving work to another laptop: while the program runs the latest edits are in the WAL, so a copy of
the file alone misses them; File → Save a copy… carries them, and the closed file is complete. On a
team's server the same menu action writes the server's data into a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from faults_support import agency_of

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import influencers as svc
from smmdesk.services.settings import update_agency_settings
from smmdesk.services.workspace import in_transaction, open_workspace, reading


@pytest.mark.file_only
def test_save_a_copy_carries_the_edits_still_in_the_wal(main_window, tmp_path: Path, answers) -> None:
    ws = main_window.workspace
    update_agency_settings(ws.db, AgencySettings(agency_name="Правка в WAL"))
    wal = ws.path.with_name(ws.path.name + "-wal")
    assert wal.stat().st_size > 0  # the edit is in the WAL, not yet in the file

    copied_alone = tmp_path / "copied-alone.smmdesk"
    shutil.copyfile(ws.path, copied_alone)  # what copying the file in a file manager gives
    assert agency_of(copied_alone) == ""

    saved = tmp_path / "usb" / "for-the-laptop.smmdesk"
    saved.parent.mkdir()
    answers.queue("save_file", str(saved))
    main_window.menus["file"].actions()  # the menu holds it
    main_window.act_save_copy.trigger()
    assert agency_of(saved) == "Правка в WAL"
    assert "Копия со всеми изменениями сохранена" in main_window.statusBar().currentMessage()
    assert sorted(p.name for p in saved.parent.iterdir()) == ["for-the-laptop.smmdesk"]


@pytest.mark.file_only
def test_a_copy_is_never_saved_over_the_open_file(main_window, answers) -> None:
    answers.queue("save_file", str(main_window.workspace.path))
    main_window.act_save_copy.trigger()
    (said,) = answers.texts("warn")
    assert "Копию нельзя сохранить поверх самого файла" in said


@pytest.mark.file_only
def test_the_closed_file_alone_holds_every_edit(db_path: Path, tmp_path: Path) -> None:
    db = open_workspace(db_path)
    update_agency_settings(db, AgencySettings(agency_name="Перед закрытием"))
    reader = open_workspace(db_path, read_only=True)  # a reading command still has it open
    held = reader.engine.connect()
    held.exec_driver_sql("SELECT count(*) FROM setting").scalar()
    try:
        db.close()  # checkpointed on close, though the other connection keeps SQLite from doing it
        alone = tmp_path / "alone.smmdesk"
        shutil.copyfile(db_path, alone)
        assert agency_of(alone) == "Перед закрытием"
    finally:
        held.close()
        reader.close()


def test_save_a_copy_writes_the_whole_database_over_an_older_copy(
    main_window, tmp_path: Path, answers
) -> None:
    """The one menu action for a file and for a server: the copy is a file holding every record."""
    ws = main_window.workspace
    update_agency_settings(ws.db, AgencySettings(agency_name="Для ноутбука"))
    person = in_transaction(ws.db, svc.create_influencer, "Анна Иванова", "instagram", "anna.style")
    saved = tmp_path / "usb" / "for-the-laptop.smmdesk"
    saved.parent.mkdir()
    open_workspace(saved).close()  # last week's copy, which the save dialog has agreed to replace
    assert agency_of(saved) == ""
    assert main_window.act_save_copy.isEnabled()
    answers.queue("save_file", str(saved))
    main_window.act_save_copy.trigger()
    assert answers.texts("warn") == []
    assert agency_of(saved) == "Для ноутбука"
    copy = open_workspace(saved, read_only=True)
    try:
        assert reading(copy, svc.detail, person).values["name"] == "Анна Иванова"
    finally:
        copy.close()
    assert sorted(p.name for p in saved.parent.iterdir()) == ["for-the-laptop.smmdesk"]
    assert "Копия со всеми изменениями сохранена" in main_window.statusBar().currentMessage()
