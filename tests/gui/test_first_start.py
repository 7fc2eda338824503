"""A newcomer's first start: an empty base says what to do next; the demo opens from there, is not
remembered among the recent files and is deleted when the program ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from smmdesk.ui.core import demo

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_base_says_what_to_do_next(main_window, qtbot, answers) -> None:
    influencers = main_window.show_section("influencers")
    assert influencers.pages.currentWidget() is influencers.empty
    buttons = influencers.empty.buttons
    assert [b.text() for b in buttons.values()] == [
        "Импортировать список…",
        "Добавить блогера…",
        "Открыть демо-базу",
    ]
    qtbot.mouseClick(buttons["emptyImport"], Qt.MouseButton.LeftButton)
    assert answers.texts("open_file") == ["Импорт блогеров"]


def test_the_demo_opens_from_the_empty_base_and_is_not_remembered(
    main_window, qtbot, user_settings, db_path
) -> None:
    influencers = main_window.show_section("influencers")
    recent = list(user_settings.recent_files)
    qtbot.mouseClick(influencers.empty.buttons["emptyDemo"], Qt.MouseButton.LeftButton)
    opened = main_window.workspace.path
    assert opened is not None and demo.is_demo(opened) and opened != db_path.resolve()
    assert len(influencers.model.rows) > 300 and influencers.pages.currentWidget() is not influencers.empty
    assert user_settings.recent_files == recent and str(opened) not in user_settings.recent_files
    assert user_settings.last_database == str(db_path.resolve())
    main_window.workspace.close()
    demo.remove_all()
    assert not opened.parent.exists()


def test_a_demo_started_from_the_command_line_is_deleted_at_exit(tmp_path) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        TMPDIR=str(tmp_path),
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "smmdesk", "--demo", "--quit-after-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "opened_at=" in result.stdout
    assert not list(tmp_path.glob("smmdesk-demo-*"))  # the copy, its backups and lock are gone
    settings = list((tmp_path / "config").rglob("*.conf"))
    assert not any("demo.smmdesk" in path.read_text("utf-8", errors="replace") for path in settings)
