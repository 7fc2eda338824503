"""A newcomer's first start: an empty base says what to do next; the demo opens from there, is not
remembered among the recent files and is deleted when the program ends."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import finish_background
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
    recent, last = list(user_settings.recent_files), user_settings.last_database
    qtbot.mouseClick(influencers.empty.buttons["emptyDemo"], Qt.MouseButton.LeftButton)
    finish_background(qtbot)  # the demo is made in the background
    base = str(db_path.resolve()) if isinstance(db_path, Path) else db_path  # a file, or a server's URL
    opened = main_window.workspace.path
    assert opened is not None and demo.is_demo(opened) and str(opened) != base
    assert len(influencers.model.rows) > 300 and influencers.pages.currentWidget() is not influencers.empty
    assert user_settings.recent_files == recent and str(opened) not in user_settings.recent_files
    assert user_settings.last_database == last
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


def test_the_first_page_is_on_screen_before_the_file_is_open(
    qtbot, user_settings, demo_path, russian
) -> None:
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.influencers import FIRST_SCREEN, InfluencersWindow

    workspace = Workspace(user_settings)  # nothing open yet: start-up, right after the first paint
    window = InfluencersWindow(workspace, user_settings)
    qtbot.addWidget(window)
    window.show()
    assert window.preview(demo_path)
    first = [window.model.row_at(r).name for r in range(window.model.rowCount())]
    assert FIRST_SCREEN <= len(window.model.rows) < 300 and first == sorted(first, key=str.casefold)
    assert window.loading and "загрузка" in window.count.text() and not window.add_button.isEnabled()
    assert workspace.open(demo_path, background_backup=False)
    assert len(window.model.rows) > 300 and not window.loading and window.add_button.isEnabled()
    assert [window.model.row_at(r).name for r in range(len(first))] == first  # the same names on top
    workspace.close()


def test_at_start_up_the_first_page_is_painted_before_the_file_opens(
    qtbot, user_settings, tmp_path, russian, answers
) -> None:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(tmp_path),
        XDG_CONFIG_HOME=str(tmp_path / "c"),
        XDG_DATA_HOME=str(tmp_path / "d"),
    )
    demo_file = tmp_path / "d.smmdesk"
    subprocess.run(
        [sys.executable, "-m", "smmdesk", "demo", str(demo_file)],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "smmdesk", "--db", str(demo_file), "--quit-after-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    marks = dict(line.split("=") for line in result.stdout.split() if "_at=" in line)
    assert float(marks["painted_at"]) <= float(marks["first_screen_at"]) <= float(marks["opened_at"])
