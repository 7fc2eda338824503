"""A large file with a damaged page, opened in the window: its check runs while the first screen is
read, and that read meets the damage first. The person is told in words that the file is damaged,
no traceback is shown, and the file is not changed by a byte."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import digest

from smmdesk.storage import database

pytestmark = pytest.mark.file_only  # SQLite's own damage: only a file has it


def _damage_the_people(path: Path) -> None:
    """Overwrites the last page of the influencer table's rows, leaving the schema and the first
    pages readable: the first screen is drawn, and the read of the whole base meets the damage."""
    with sqlite3.connect(path) as conn:
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        (page,) = conn.execute(
            "SELECT max(pageno) FROM dbstat WHERE name = 'influencer' AND pagetype = 'leaf'"
        ).fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * size : page * size] = b"\xde\xad\xbe\xef" * (size // 4)
    path.write_bytes(bytes(data))


def test_a_large_damaged_file_is_told_in_words_and_left_as_it_was(
    demo_template: Path, tmp_path: Path, qtbot, user_settings, answers, russian, monkeypatch
) -> None:
    from conftest import finish_background

    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    path = tmp_path / "большая.smmdesk"
    shutil.copyfile(demo_template, path)
    _damage_the_people(path)
    before = digest(path)
    monkeypatch.setattr(database, "CHECK_FIRST_BYTES", 0)  # checked in the background, as 50 MB are
    from smmdesk.ui.windows import influencers

    monkeypatch.setattr(influencers, "LOAD_IN_BACKGROUND", 100)  # a first screen, then the rest, as 50 MB
    workspace = Workspace(user_settings)
    window = MainWindow(workspace, user_settings)  # as the program starts: the window first,
    qtbot.addWidget(window)
    window.show()
    window.current_section().preview(path)  # the first screen read straight from the file,
    workspace.open(path, window)  # then the file opened, its check running in the background
    finish_background(qtbot, timeout=60_000)
    qtbot.waitUntil(lambda: workspace.db is None or answers.texts("warn"), timeout=60_000)
    said = answers.texts("warn") + answers.texts("box")
    assert any("повреждён" in text for text in said), said
    assert not any("Traceback" in text for text in said)
    workspace.close()
    assert digest(path) == before
