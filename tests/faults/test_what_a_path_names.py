"""What a path names: a device, a pipe or a folder is refused in words and never written to, replaced
or removed; a failed create removes only what it made itself. The devices are real (a /dev/null made
with mknod, as root), the pipe a real FIFO, the full disk a real tmpfs where the machine allows one."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from faults_support import fill_up, is_root, small_disk, smmdesk

# Paths of files: a server has none.
pytestmark = pytest.mark.file_only

NOT_A_FILE = "не обычный файл (устройство, канал или сокет)"


def _null_device(path: Path) -> Path:
    """A character device that is /dev/null under another name (root only)."""
    if not is_root():
        pytest.skip("making a device node (mknod) needs root")
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    return path


def test_a_device_given_as_the_database_is_never_deleted_or_replaced(tmp_path: Path) -> None:
    device = _null_device(tmp_path / "null")
    for command in (
        ["--db", str(device), "contest", "draw", "1", "--seed", "x"],
        ["--db", str(device), "export", "influencers", "--out", str(tmp_path / "out.csv")],
        ["demo", str(device), "--force", "--influencers", "5"],
        ["demo", str(device), "--influencers", "5"],
    ):
        result = smmdesk("--lang", "ru", *command, home=tmp_path)
        assert result.returncode == 1, (command, result.stderr)
        assert NOT_A_FILE in result.stderr and "Traceback" not in result.stderr
        assert stat.S_ISCHR(os.lstat(device).st_mode), f"{command} removed or replaced the device"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "data") == ["null"]


def test_a_pipe_is_not_a_regular_file_and_a_folder_is_a_folder(tmp_path: Path) -> None:
    pipe = tmp_path / "pipe.smmdesk"
    os.mkfifo(pipe)
    folder = tmp_path / "folder.smmdesk"
    folder.mkdir()
    out = tmp_path / "out.csv"
    read_pipe = smmdesk(
        "--lang", "ru", "--db", str(pipe), "export", "influencers", "--out", str(out), home=tmp_path
    )
    draw_pipe = smmdesk(
        "--lang", "ru", "--db", str(pipe), "contest", "draw", "1", "--seed", "x", home=tmp_path
    )
    read_folder = smmdesk(
        "--lang", "ru", "--db", str(folder), "export", "influencers", "--out", str(out), home=tmp_path
    )
    for result in (read_pipe, draw_pipe):
        assert result.returncode == 1 and "pipe.smmdesk " + NOT_A_FILE in result.stderr, result.stderr
        assert "нет" not in result.stderr.split(";")[0]  # not "does not exist"
    assert read_folder.returncode == 1 and "folder.smmdesk — это папка" in read_folder.stderr
    assert "ввода-вывода" not in read_folder.stderr
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and list(folder.iterdir()) == [] and not out.exists()


def test_the_window_refuses_a_pipe_in_words(tmp_path: Path, user_settings, answers, russian) -> None:
    from smmdesk.ui.core.workspace import Workspace

    pipe = tmp_path / "pipe.smmdesk"
    os.mkfifo(pipe)
    ws = Workspace(user_settings)
    assert not ws.open(pipe)
    (said,) = answers.texts("warn")
    assert "pipe.smmdesk " + NOT_A_FILE in said
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode)


def test_a_failed_create_keeps_the_empty_file_that_was_there(tmp_path: Path, russian) -> None:
    """An empty file the planner made (to be the database) on a disk that fills up: the create fails
    in words and the file is still there, because the program did not make it."""
    from smmdesk.domain.errors import SmmError
    from smmdesk.i18n import error_text
    from smmdesk.services.workspace import open_workspace

    with small_disk(tmp_path / "disk") as disk:
        if disk is None:
            pytest.skip("a full disk needs a small tmpfs, which only root may mount here")
        empty = disk / "planner.smmdesk"
        empty.touch()
        fill_up(disk)
        with pytest.raises(SmmError) as caught:
            open_workspace(empty)
        assert "не осталось места" in error_text(caught.value), error_text(caught.value)
        assert empty.exists() and empty.stat().st_size == 0
        assert sorted(p.name for p in disk.iterdir()) == ["filler.bin", "planner.smmdesk"]
