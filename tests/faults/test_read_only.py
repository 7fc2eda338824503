"""Read-only files, folders and disks: the window opens the file read-only and says why, a command
that would write refuses in words, an export into such a place keeps the earlier file, and a sound
file is never called damaged. Root ignores permission bits, so as root the file or folder is made
immutable (`chattr +i`) and the disk is a read-only bind mount; anyone else gets `chmod a-w`."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import digest
from faults_support import read_only, read_only_disk, smmdesk

from smmdesk.domain.errors import FileWriteError, StorageError
from smmdesk.domain.settings import AgencySettings
from smmdesk.i18n import error_text
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.windows.main_window import MainWindow

# A read-only file, folder or disk: a server's read-only access is its role.
pytestmark = pytest.mark.file_only

SAID = {
    "file": "файл только для чтения",
    "folder": "Папка, где лежит planner.smmdesk, доступна только для чтения",
    "disk": "лежит на диске, доступном только для чтения",
}


@pytest.fixture
def planner(demo_path: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "planner.smmdesk"
    shutil.copyfile(demo_path, path)
    return path


def _made_read_only(kind: str, planner: Path):  # type: ignore[no-untyped-def]
    if kind == "file":
        return read_only(planner)
    if kind == "folder":
        return read_only(planner.parent)
    return read_only_disk(planner.parent)


@pytest.mark.parametrize("kind", ["file", "folder", "disk"])
def test_the_window_opens_a_read_only_file_read_only_and_says_so(
    kind: str, planner: Path, qtbot, user_settings, answers, russian, capsys
) -> None:
    before = digest(planner)
    with _made_read_only(kind, planner) as how:
        print(f"fault: read-only {kind} by {how}")
        ws = Workspace(user_settings)
        window = MainWindow(ws, user_settings)
        qtbot.addWidget(window)
        assert ws.open(planner, window)
        try:
            (said,) = answers.texts("inform")
            assert SAID[kind] in said and "откроется только для чтения" in said
            assert not [t for t in answers.texts("warn") if "повреждён" in t]
            assert ws.read_only and ws.db.read_only_reason == kind
            assert window.read_only_label.text().startswith("Только чтение:")
            assert SAID[kind] in window.read_only_label.text()
            assert not window.act_backup.isEnabled() and window.act_save_copy.isEnabled()
            # It reads: the demo's agency is there; a change is refused in words.
            assert read_agency_settings(ws.db).agency_name == "Агентство «Северный ветер»"
            with pytest.raises(StorageError, match="read-only"):
                update_agency_settings(ws.db, AgencySettings(agency_name="нельзя"))
        finally:
            ws.close()
    assert digest(planner) == before


@pytest.mark.parametrize("kind", ["file", "folder", "disk"])
def test_a_command_that_writes_refuses_a_read_only_file_in_words(
    kind: str, planner: Path, tmp_path: Path
) -> None:
    from conftest import SAMPLES

    before = digest(planner)
    listing = str(SAMPLES / "influencers_agency_cp1251.csv")
    with _made_read_only(kind, planner) as how:
        print(f"fault: read-only {kind} by {how}")
        result = smmdesk(
            "--lang", "ru", "--db", str(planner), "import", "influencers", listing, home=tmp_path
        )
        exported = smmdesk(
            "--db", str(planner), "export", "influencers", "--out", str(tmp_path / "out.csv"), home=tmp_path
        )
    assert result.returncode == 1
    assert "planner.smmdesk нельзя изменить" in result.stderr and "Ничего не записано" in result.stderr
    assert "Traceback" not in result.stderr
    assert exported.returncode == 0, exported.stderr  # reading it is fine
    assert digest(planner) == before


@pytest.mark.parametrize("kind", ["folder", "disk"])
def test_an_export_into_a_read_only_place_keeps_the_earlier_file(
    kind: str, planner: Path, tmp_path: Path, qapp, russian
) -> None:
    from test_full_disk import influencers_xlsx

    from smmdesk.services.workspace import open_workspace

    target = planner.parent / "base.xlsx"
    db_path = tmp_path / "planner.smmdesk"
    shutil.copyfile(planner, db_path)
    db = open_workspace(db_path)
    try:
        influencers_xlsx(db, target)
        earlier = digest(target)
        with _made_read_only(kind, planner) as how:
            print(f"fault: read-only {kind} by {how}")
            with pytest.raises(FileWriteError) as caught:
                influencers_xlsx(db, target)
    finally:
        db.close()
    said = error_text(caught.value)
    if kind == "disk":
        assert said == "Диск, на котором лежит base.xlsx, доступен только для чтения: ничего не записано."
    else:
        assert "base.xlsx или его папка доступны только для чтения" in said
    assert digest(target) == earlier
    assert sorted(p.name for p in planner.parent.iterdir()) == ["base.xlsx", "planner.smmdesk"]
