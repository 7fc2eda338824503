"""Permission bits are the planner's: a private database (0600) stays private through a restore, a
Save a copy, the backups made of it and a demo written over it; a file with no write bit (chmod 444)
is never replaced and opens read-only, even for an administrator who could write it anyway."""

from __future__ import annotations

import shutil
import stat
from pathlib import Path

import pytest
from conftest import SAMPLES, digest
from faults_support import smmdesk

from smmdesk.domain.errors import SmmError
from smmdesk.i18n import error_text
from smmdesk.services.workspace import backup_now, list_backups, open_workspace, restore, save_copy

# Permission bits belong to files: a server's access is its roles.
pytestmark = pytest.mark.file_only


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def private(demo_path: Path, tmp_path: Path) -> Path:
    path = tmp_path / "private" / "planner.smmdesk"
    path.parent.mkdir()
    shutil.copyfile(demo_path, path)
    path.chmod(0o600)
    return path


def test_a_private_database_stays_private_through_everything_that_rewrites_it(
    private: Path, tmp_path: Path, russian
) -> None:
    db = open_workspace(private)
    try:
        made = backup_now(db, "manual", 10)
        assert made is not None and _mode(made.path) == 0o600
        copy = tmp_path / "private" / "copy.smmdesk"
        save_copy(db, copy)
        assert _mode(copy) == 0o600
    finally:
        db.close()
    restore(private, made, 10)
    assert _mode(private) == 0o600
    assert all(_mode(b.path) == 0o600 for b in list_backups(private))
    replaced = smmdesk("demo", str(private), "--force", "--influencers", "5", home=tmp_path)
    assert replaced.returncode == 0, replaced.stderr
    assert _mode(private) == 0o600


def test_a_file_without_write_bits_is_never_replaced(private: Path, tmp_path: Path, russian) -> None:
    target = tmp_path / "private" / "kept.smmdesk"
    shutil.copyfile(private, target)
    target.chmod(0o444)
    kept = digest(target)
    db = open_workspace(private)
    try:
        with pytest.raises(SmmError) as caught:
            save_copy(db, target)
    finally:
        db.close()
    assert (
        error_text(caught.value)
        == "kept.smmdesk — файл только для чтения, поэтому он не заменён: ничего не записано."
    )
    forced = smmdesk("--lang", "ru", "demo", str(target), "--force", "--influencers", "5", home=tmp_path)
    assert forced.returncode == 1 and "kept.smmdesk — файл только для чтения" in forced.stderr, forced.stderr
    assert digest(target) == kept and _mode(target) == 0o444
    assert not (target.parent / f"{target.name}.backups").exists()  # nothing was even backed up


def test_a_file_without_write_bits_opens_read_only(
    private: Path, tmp_path: Path, user_settings, answers, russian
) -> None:
    """As root the permission bits bind nobody, so the program reads them itself."""
    from smmdesk.ui.core.workspace import Workspace

    private.chmod(0o444)
    before = digest(private)
    ws = Workspace(user_settings)
    assert ws.open(private)
    try:
        assert ws.read_only and ws.db.read_only_reason == "file"
        (said,) = answers.texts("inform")
        assert "файл только для чтения" in said
    finally:
        ws.close()
    listing = str(SAMPLES / "influencers_agency_cp1251.csv")
    result = smmdesk("--lang", "ru", "--db", str(private), "import", "influencers", listing, home=tmp_path)
    assert result.returncode == 1
    assert "planner.smmdesk нельзя изменить: файл доступен только для чтения" in result.stderr
    assert digest(private) == before
