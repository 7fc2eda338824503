"""No output is ever written over the database: an export, a report, an import's report or a copy
whose path is the database (the same path, a symlink or a hard link to it, or one of SQLite's own
files beside it) is refused in words by the command line and by the window's save dialog."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import SAMPLES, digest
from faults_support import smmdesk

from smmdesk.ui.core import ask

REAL_SAVE_FILE = ask.save_file  # taken before the test's answers replace it

# Paths of files: a server has none.
pytestmark = pytest.mark.file_only

REFUSED = "это сама база demo.smmdesk (или один из её собственных файлов), поэтому туда ничего не записано"


def _names_of(demo_path: Path) -> dict[str, Path]:
    other = demo_path.parent / "other"
    other.mkdir()
    symlink = other / "report.xlsx"
    symlink.symlink_to(demo_path)
    hard = other / "base.csv"
    os.link(demo_path, hard)
    return {
        "the same path": demo_path,
        "a symlink": symlink,
        "a hard link": hard,
        "its WAL": demo_path.with_name(demo_path.name + "-wal"),
    }


def test_the_command_line_never_writes_over_the_database(demo_path: Path, tmp_path: Path) -> None:
    listing = str(SAMPLES / "influencers_agency_cp1251.csv")
    before = digest(demo_path)
    for how, target in _names_of(demo_path).items():
        for command in (
            ["export", "influencers", "--out", str(target)],
            ["export", "estimate", "1", "--out", str(target)],
            ["report", "campaign", "1", "--out", str(tmp_path / "fine.pdf"), "--out", str(target)],
            ["import", "influencers", listing, "--report", str(target)],
        ):
            result = smmdesk("--lang", "ru", "--db", str(demo_path), *command, home=tmp_path)
            assert result.returncode == 1, (how, command, result.stderr)
            assert REFUSED in result.stderr and "Traceback" not in result.stderr, (how, result.stderr)
            assert digest(demo_path) == before, (how, command)
    assert not (tmp_path / "fine.pdf").exists()
    assert not demo_path.with_name(demo_path.name + "-wal").exists()


def test_the_windows_save_dialog_refuses_the_open_database(
    demo_path: Path, qtbot, user_settings, answers, russian, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Through the real dialog (Qt's own): the planner types the database's other name and presses
    Save; the window says why and writes nothing; an ordinary name is written."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    monkeypatch.setattr(ask, "save_file", REAL_SAVE_FILE)  # the real dialog; its warning is answered
    names = _names_of(demo_path)
    ws = Workspace(user_settings)
    window = MainWindow(ws, user_settings)
    qtbot.addWidget(window)
    assert ws.open(demo_path, window, background_backup=False)

    def type_and_save(name: str) -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QFileDialog) and w.isVisible()
        )
        field = dialog.findChild(QLineEdit, "fileNameEdit")
        field.setText(name)
        dialog.done(QFileDialog.DialogCode.Accepted)

    try:
        before = digest(demo_path)
        for how in ("the same path", "a hard link", "a symlink"):
            QTimer.singleShot(300, lambda name=str(names[how]): type_and_save(name))
            window.act_save_copy.trigger()
            said = answers.texts("warn")[-1]
            assert f"{names[how].name} — {REFUSED}" in said, (how, said)
            assert digest(demo_path) == before
        fine = demo_path.parent / "copy.smmdesk"
        QTimer.singleShot(300, lambda: type_and_save(str(fine)))
        window.act_save_copy.trigger()
        assert fine.exists() and len(answers.texts("warn")) == 3
    finally:
        ws.close()
