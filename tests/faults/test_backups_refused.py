"""Backups that cannot be made: a file where the backups folder goes turns backups off in words while
the work goes on; an import whose backup fails (a real input/output error on the backups folder, a
file in its place) says why and imports nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, digest
from eio_shim import build, failing_env
from faults_support import ROOT, environment, smmdesk

from smmdesk.services import influencers as svc
from smmdesk.services.workspace import open_workspace

# Backups belong to files: a server is backed up by its administrators.
pytestmark = pytest.mark.file_only

LISTING = str(SAMPLES / "influencers_agency_cp1251.csv")
OFF = "Резервное копирование demo.smmdesk отключено: demo.smmdesk.backups рядом с ним — файл, а не папка."


def _people(path: Path) -> int:
    db = open_workspace(path, read_only=True)
    try:
        with db.reading() as session:
            return svc.count_influencers(session)
    finally:
        db.close()


@pytest.fixture
def backups_file(demo_path: Path) -> Path:
    """A plain file with the backups folder's name, holding the planner's notes."""
    squatter = demo_path.parent / f"{demo_path.name}.backups"
    squatter.write_text("заметки, которые нельзя потерять\n", encoding="utf-8")
    return squatter


def test_a_file_in_place_of_the_backups_folder_turns_backups_off_in_words(
    demo_path: Path, backups_file: Path, qtbot, user_settings, answers, russian
) -> None:
    from smmdesk.domain.settings import AgencySettings
    from smmdesk.services.settings import read_agency_settings, update_agency_settings
    from smmdesk.ui.core import notify
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    notes = digest(backups_file)
    ws = Workspace(user_settings)
    window = MainWindow(ws, user_settings)
    qtbot.addWidget(window)
    assert ws.open(demo_path, window, background_backup=False)
    try:
        assert not ws.read_only and answers.asked == []
        window.act_backup.trigger()  # Файл → Создать резервную копию
        (said,) = answers.texts("warn")
        assert said.startswith(OFF) and "Ничего не потеряно" in said
        ws.backup_if_due()  # the daily backup, in the background
        qtbot.waitUntil(lambda: OFF in (notify.notifier().last or ""), timeout=20000)
        assert notify.notifier().last.startswith("Резервная копия не сделана: ")
        # The work goes on: a change is saved, and the backups list is just empty.
        update_agency_settings(ws.db, AgencySettings(agency_name="Работаем дальше"))
        assert read_agency_settings(ws.db).agency_name == "Работаем дальше" and ws.backups() == []
    finally:
        ws.close()
    assert digest(backups_file) == notes and backups_file.is_file()


def test_an_import_whose_backup_has_no_folder_imports_nothing(
    demo_path: Path, backups_file: Path, tmp_path: Path
) -> None:
    before, notes = digest(demo_path), digest(backups_file)
    result = smmdesk("--lang", "ru", "--db", str(demo_path), "import", "influencers", LISTING, home=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        "Резервная копия, которую делает каждый импорт, не сделана, поэтому ничего не импортировано."
        in result.stderr
    )
    assert OFF in result.stderr
    assert digest(demo_path) == before and digest(backups_file) == notes


def test_an_import_whose_backup_meets_an_io_error_says_so_and_imports_nothing(
    demo_path: Path, tmp_path: Path
) -> None:
    library = build(tmp_path)
    people = _people(demo_path)
    env = dict(environment(tmp_path), **failing_env(library, f"{demo_path.name}.backups/"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "smmdesk",
            "--lang",
            "ru",
            "--db",
            str(demo_path),
            "import",
            "influencers",
            LISTING,
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
    )
    print("fault: write() and fsync() in the backups folder fail with EIO (an LD_PRELOAD shim)")
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert (
        "Резервная копия, которую делает каждый импорт, не сделана, поэтому ничего не импортировано."
        in result.stderr
    )
    assert "Диск сообщил об ошибке ввода-вывода при записи" in result.stderr
    assert _people(demo_path) == people
    backups = demo_path.parent / f"{demo_path.name}.backups"
    assert [p.name for p in backups.iterdir()] == []  # no cut backup left behind
    # The same import without the fault goes through: it was the backup that stopped it.
    done = smmdesk("--lang", "ru", "--db", str(demo_path), "import", "influencers", LISTING, home=tmp_path)
    assert done.returncode == 0 and _people(demo_path) > people, done.stderr


def test_the_windows_import_whose_backup_fails_says_why_and_imports_nothing(
    db_path: Path, qtbot, user_settings, russian
) -> None:
    from smmdesk.services.workspace import reading
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    ws = Workspace(user_settings)
    assert ws.open(db_path, background_backup=False)
    squatter = db_path.parent / f"{db_path.name}.backups"
    squatter.write_text("не папка\n", encoding="utf-8")
    try:
        dialog = ImportDialog(ws, Path(LISTING))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
        dialog.next_button.click()
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
        dialog.import_button.click()
        qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
        said = dialog.status.text()
        assert said.startswith("Резервная копия, которую делает каждый импорт, не сделана")
        assert "planner.smmdesk.backups рядом с ним — файл, а не папка" in said
        assert dialog.outcome is None and reading(ws.db, svc.count_influencers) == 0
    finally:
        ws.close()
