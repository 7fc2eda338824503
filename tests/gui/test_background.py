"""Nothing long on the UI thread: a 100,000-row export runs in the background with progress and
Cancel while the window's event loop keeps running; Cancel leaves the earlier file as it was."""

from __future__ import annotations

import threading

import openpyxl
import pytest
from conftest import finish_background
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from smmdesk.domain.influencer_table import InfluencerRow, InfluencerTable
from smmdesk.ui.core import tasks
from smmdesk.ui.models.influencer_model import build_columns

ROWS = 100_000


def big_table() -> InfluencerTable:
    cities = ("Москва", "Казань", "Самара", "Пермь")
    rows = [
        InfluencerRow(
            n,
            n,
            f"Блогер {n}",
            "vk",
            f"blogger{n}",
            "",
            1000 + n,
            250,
            None,
            None,
            cities[n % 4],
            "еда",
            (),
            "new",
            "",
            "",
            "",
            "",
            "",
            False,
            "2026-11-26 10:00:00",
            (150_000 + n,),
        )
        for n in range(1, ROWS + 1)
    ]
    return InfluencerTable(rows, ("photo_with_product",))


@pytest.fixture
def loaded(influencers_window):
    window = influencers_window
    table = big_table()
    window.model.load(table, build_columns(table.formats, {}, window.platform_titles))
    window.apply_filter()
    assert window.model.rowCount() == ROWS
    return window


def test_the_event_loop_keeps_running_during_a_100000_row_export(loaded, answers, tmp_path, qtbot) -> None:
    target = tmp_path / "база.xlsx"  # the spreadsheet, the slow one (23 s of frozen window once)
    answers.queue("save_file", str(target))
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    loaded.export(selected_only=False)
    assert not target.exists()  # the export has only begun when export() returns
    progress_seen: list[bool] = []
    qtbot.waitUntil(
        lambda: progress_seen.append(bool(loaded.findChildren(QProgressDialog))) or not tasks._running,
        timeout=120_000,
    )
    finish_background(qtbot)
    timer.stop()
    assert len(ticks) >= 10  # the window answered its timer all along
    assert any(progress_seen)  # with a progress dialog on screen meanwhile
    book = openpyxl.load_workbook(target, read_only=True)
    written = [row[0] for row in book.active.iter_rows(max_col=1, values_only=True)]
    book.close()
    assert len(written) == ROWS + 1 and written[0] == "Имя"
    assert set(written[1:]) == {f"Блогер {n}" for n in range(1, ROWS + 1)}
    assert "100000" in answers_or_status(loaded) and "выгружено" in answers_or_status(loaded).lower()


def answers_or_status(window) -> str:
    from smmdesk.ui.core import notify

    return notify.notifier().last


def test_cancel_stops_the_export_and_keeps_the_earlier_file(
    loaded, answers, tmp_path, qtbot, monkeypatch
) -> None:
    from smmdesk.services import influencer_export

    folder = tmp_path / "выгрузки"
    folder.mkdir()
    target = folder / "база.csv"
    target.write_text("the earlier export\n", "utf-8")
    gate = threading.Event()
    real = influencer_export.export_rows

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(10)  # holds the export until the planner has pressed Cancel
        return real(*args, **kwargs)

    monkeypatch.setattr(influencer_export, "export_rows", slow)
    answers.queue("save_file", str(target))
    loaded.export(selected_only=False)
    qtbot.waitUntil(lambda: bool(loaded.findChildren(QProgressDialog)), timeout=5000)
    (dialog,) = loaded.findChildren(QProgressDialog)
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    (cancel,) = dialog.findChildren(QPushButton)
    assert cancel.text() == "Отмена"
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.set()
    finish_background(qtbot)
    QApplication.processEvents()
    assert target.read_text("utf-8") == "the earlier export\n"
    assert [p.name for p in folder.iterdir()] == ["база.csv"]  # no partial file left behind
    assert "Отменено" in answers_or_status(loaded)


def test_cancel_after_the_first_of_two_files_keeps_both_earlier_files(qtbot, tmp_path, russian) -> None:
    from smmdesk.io.atomic import write_bytes_atomically
    from smmdesk.ui.core import background

    xlsx_like, pdf_like = tmp_path / "отчёт.csv", tmp_path / "отчёт.json"
    xlsx_like.write_text("the earlier table", "utf-8")
    pdf_like.write_text("the earlier pages", "utf-8")
    first_written, gate = threading.Event(), threading.Event()

    def write(paths, report, cancelled):  # type: ignore[no-untyped-def]
        write_bytes_atomically(paths[0], "новая таблица".encode())
        first_written.set()
        gate.wait(10)  # the planner presses Cancel between the two files
        if cancelled():
            raise tasks.Cancelled()
        write_bytes_atomically(paths[1], b"{}")

    task = background.export(None, "Отчёт", [xlsx_like, pdf_like], write)
    qtbot.waitUntil(first_written.is_set, timeout=5000)
    task.cancel()
    gate.set()
    finish_background(qtbot)
    assert xlsx_like.read_text("utf-8") == "the earlier table"
    assert pdf_like.read_text("utf-8") == "the earlier pages"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["отчёт.csv", "отчёт.json"]
    assert "Отменено" in answers_or_status(None)
