"""The lock: on the real path, naming another computer and its time, taken over only after a
confirmation; `demo --force` refuses a held file and keeps what it replaces; reading commands leave
the file to the window and never create one."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import digest, hold_lock
from faults_support import ROOT, environment, smmdesk

from smmdesk.filelock import DatabaseLock
from smmdesk.io.atomic import leftovers
from smmdesk.services.workspace import open_workspace
from smmdesk.ui.core.workspace import Workspace

# The lock beside the file: a server has no file to lock.
pytestmark = pytest.mark.file_only


def test_a_symlink_does_not_bypass_the_lock(demo_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere" / "link.smmdesk"
    link.parent.mkdir()
    link.symlink_to(demo_path)
    holder = hold_lock(demo_path)
    try:
        before = digest(demo_path)
        result = smmdesk(
            "--lang", "ru", "--db", str(link), "contest", "draw", "1", "--seed", "x", home=tmp_path
        )
        assert result.returncode == 3 and "открыт в smmdesk" in result.stderr
        assert digest(demo_path) == before
    finally:
        holder.kill()
        holder.wait()
    via_link = DatabaseLock(link)
    assert via_link.acquire()
    try:
        assert not DatabaseLock(demo_path).acquire()
    finally:
        via_link.release()


def test_demo_force_refuses_a_held_file_and_keeps_what_it_replaces(demo_path: Path, tmp_path: Path) -> None:
    before = digest(demo_path)
    holder = hold_lock(demo_path)
    try:
        refused = smmdesk("--lang", "ru", "demo", str(demo_path), "--force", home=tmp_path)
    finally:
        holder.kill()
        holder.wait()
    assert refused.returncode == 3 and "открыт в smmdesk" in refused.stderr
    assert digest(demo_path) == before

    nonsense = smmdesk("--lang", "ru", "demo", str(demo_path), "--force", "--influencers", "0", home=tmp_path)
    assert nonsense.returncode == 2 and "at least 1" in nonsense.stderr and digest(demo_path) == before
    replaced = smmdesk(
        "--lang", "ru", "demo", str(demo_path), "--force", "--influencers", "20", home=tmp_path
    )
    assert replaced.returncode == 0, replaced.stderr
    (kept,) = (demo_path.parent / f"{demo_path.name}.backups").glob("*-replace.sqlite")
    assert str(kept) in replaced.stdout
    old, new = open_workspace(kept, read_only=True), open_workspace(demo_path, read_only=True)
    try:
        from smmdesk.services import influencers as svc

        with old.reading() as a, new.reading() as b:
            assert svc.count_influencers(a) == 300 and svc.count_influencers(b) == 20
    finally:
        old.close()
        new.close()


def _foreign_lock(db_path: Path, host: str = "laptop-olga") -> Path:
    """The lock a program on another computer left (the file on a shared disk): Qt's lock file with
    that computer's name and machine id."""
    lock = Path(str(db_path) + ".lock")
    lock.write_text(f"4242\nsmmdesk\n{host}\n0123456789abcdef0123456789abcdef\nboot-id\n")
    stamp = 1_795_000_000  # 18.11.2026 11:06 UTC
    os.utime(lock, (stamp, stamp))
    return lock


def test_a_lock_from_another_computer_names_it_and_its_time(db_path: Path, tmp_path: Path) -> None:
    open_workspace(db_path).close()
    _foreign_lock(db_path)
    result = smmdesk(
        "--lang", "ru", "--db", str(db_path), "contest", "draw", "1", "--seed", "x", home=tmp_path
    )
    assert result.returncode == 3
    assert "на компьютере laptop-olga" in result.stderr and "18.11.2026" in result.stderr


def test_the_window_takes_a_lock_from_another_computer_over_after_a_confirmation(
    db_path: Path, user_settings, answers, russian
) -> None:
    open_workspace(db_path).close()
    lock = _foreign_lock(db_path)
    ws = Workspace(user_settings)
    answers.queue("question", 0)  # open read-only
    assert ws.open(db_path)
    (asked,) = answers.texts("question")
    assert ws.read_only and "laptop-olga" in asked and "18.11.2026" in asked
    ws.close()
    assert "laptop-olga" in lock.read_text()

    answers.queue("question", 1)  # take it over…
    answers.queue("confirm", False)  # …but not when asked again
    assert ws.open(db_path)
    assert ws.read_only
    ws.close()

    answers.queue("question", 1)
    answers.queue("confirm", True)
    assert ws.open(db_path)
    try:
        assert not ws.read_only
        assert "laptop-olga" not in lock.read_text() and str(os.getpid()) in lock.read_text()
    finally:
        ws.close()


def test_a_window_opened_while_a_reading_command_runs_is_writable(
    tmp_path: Path, user_settings, answers
) -> None:
    db = tmp_path / "big.smmdesk"
    assert smmdesk("demo", str(db), "--influencers", "8000", home=tmp_path).returncode == 0
    out = tmp_path / "base.xlsx"
    command = subprocess.Popen(
        [sys.executable, "-m", "smmdesk", "--db", str(db), "export", "influencers", "--out", str(out)],
        cwd=ROOT,
        env=environment(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    ws = Workspace(user_settings)
    try:
        while not leftovers(out):  # the command has read the base and is writing the file
            assert command.poll() is None, command.stderr.read() if command.stderr else ""
        assert ws.open(db, background_backup=False)
        assert not ws.read_only and answers.asked == []
    finally:
        ws.close()
        command.wait(120)
    assert command.returncode == 0


def test_reading_commands_never_create_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    missing = folder / "typo.smmdesk"
    for command in (
        ["export", "influencers", "--out", str(tmp_path / "out.xlsx")],
        ["export", "estimate", "1", "--out", str(tmp_path / "out.pdf")],
        ["report", "campaign", "1", "--out", str(tmp_path / "out.xlsx")],
    ):
        result = smmdesk("--lang", "ru", "--db", str(missing), *command, home=tmp_path)
        assert result.returncode == 1 and "Файла typo.smmdesk нет" in result.stderr, result.stderr
        assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == [] and not (tmp_path / "out.xlsx").exists()


def test_a_hard_link_does_not_bypass_the_lock(
    demo_path: Path, tmp_path: Path, user_settings, answers, russian
) -> None:
    """A hard link is the same file under a name in a folder of its own: its path has no lock of its
    own to find, yet writing through it while the file is open elsewhere would corrupt it."""
    link = tmp_path / "elsewhere" / "other-name.smmdesk"
    link.parent.mkdir()
    os.link(demo_path, link)
    holder = hold_lock(demo_path)
    try:
        before = digest(demo_path)
        result = smmdesk(
            "--lang", "ru", "--db", str(link), "contest", "draw", "1", "--seed", "x", home=tmp_path
        )
        assert result.returncode == 3, result.stderr
        assert "под другим именем того же файла (жёсткая ссылка)" in result.stderr
        assert digest(demo_path) == before
        ws = Workspace(user_settings)
        assert ws.open(link)
        try:
            (said,) = answers.texts("inform")
            assert ws.read_only and "жёсткая ссылка" in said and "только для чтения" in said
        finally:
            ws.close()
    finally:
        holder.kill()
        holder.wait()
    # Held in this program through the link, the file is refused by its first name, and the other
    # way round; released, either name takes it.
    via_link = DatabaseLock(link)
    assert via_link.acquire()
    try:
        first_name = DatabaseLock(demo_path)
        assert not first_name.acquire() and first_name.held_by_another_name
    finally:
        via_link.release()
    assert DatabaseLock(demo_path).acquire()


def _draw(db: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return smmdesk("--lang", "ru", "--db", str(db), "contest", "draw", "1", "--seed", "x", home=home)


def test_a_lock_the_full_disk_refuses_is_no_space_not_another_copy(
    demo_path: Path, tmp_path: Path, user_settings, answers, russian
) -> None:
    import shutil

    from faults_support import fill_up, small_disk

    with small_disk(tmp_path / "disk", size_mb=64) as disk:
        if disk is None:
            pytest.skip("a full disk needs a small tmpfs, which only root may mount here")
        planner = disk / "planner.smmdesk"
        shutil.copyfile(demo_path, planner)
        before = digest(planner)
        fill_up(disk)
        result = _draw(planner, tmp_path)
        assert result.returncode == 1, result.stderr
        assert "На диске, где лежит planner.smmdesk, не осталось места" in result.stderr
        assert "в другой копии" not in result.stderr and "процесс" not in result.stderr
        assert digest(planner) == before
        ws = Workspace(user_settings)
        opened = ws.open(planner, background_backup=False)
        try:
            said = " ".join(text for _, text in answers.asked)
            assert "не осталось места" in said and "в другой копии" not in said, said
            assert not opened or ws.read_only
        finally:
            ws.close()
        assert digest(planner) == before


def test_a_missing_or_immutable_folder_is_said_as_such(tmp_path: Path) -> None:
    from faults_support import read_only

    missing = tmp_path / "no-such-folder" / "demo.smmdesk"
    result = smmdesk("--lang", "ru", "demo", str(missing), "--influencers", "5", home=tmp_path)
    assert result.returncode == 1 and "Папки для файла demo.smmdesk не существует" in result.stderr
    assert "в другой копии" not in result.stderr and not missing.parent.exists()

    folder = tmp_path / "locked-folder"
    folder.mkdir()
    with read_only(folder) as how:
        print(f"fault: read-only folder by {how}")
        result = smmdesk(
            "--lang", "ru", "demo", str(folder / "demo.smmdesk"), "--influencers", "5", home=tmp_path
        )
    assert result.returncode == 1, result.stderr
    assert "demo.smmdesk нельзя изменить: его папка доступна только для чтения" in result.stderr
    assert "в другой копии" not in result.stderr and list(folder.iterdir()) == []


def test_no_such_record_is_said_in_words_by_every_command(demo_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = digest(demo_path)
    said = {
        ("contest", "draw", "999", "--seed", "x"): "Конкурса с номером 999 нет.",
        ("export", "contest", "999", "--out", str(out / "p.xlsx")): "Конкурса с номером 999 нет.",
        ("export", "estimate", "999", "--out", str(out / "e.pdf")): "Сметы № 999 нет.",
        (
            "export",
            "estimate",
            "1",
            "--version",
            "99",
            "--out",
            str(out / "e.xlsx"),
        ): "У сметы 1 нет версии 99.",
        ("report", "campaign", "999", "--out", str(out / "r.xlsx")): "Кампании с номером 999 нет.",
    }
    for command, words in said.items():
        result = smmdesk("--lang", "ru", "--db", str(demo_path), *command, home=tmp_path)
        assert (result.returncode, result.stderr.strip()) == (1, words), command
    assert list(out.iterdir()) == [] and digest(demo_path) == before


def test_a_draw_in_a_file_that_does_not_exist_creates_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "nothing-here"
    folder.mkdir()
    missing = folder / "typo.smmdesk"
    result = smmdesk(
        "--lang", "ru", "--db", str(missing), "contest", "draw", "999", "--seed", "x", home=tmp_path
    )
    assert result.returncode == 1 and "Файла typo.smmdesk нет" in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and list(folder.iterdir()) == []
