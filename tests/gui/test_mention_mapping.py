"""The mentions import's column mapping in a planner's hands: a correction counts again from the file
as it was read the first time (the file may be gone by then), and the counts are those of the rows
as corrected; a large export is counted and read off the UI thread, with progress and Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
import shiboken6
from conftest import finish_background
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog
from test_reputation_window import press

from smmdesk.services import campaigns
from smmdesk.services.session import in_transaction

# (published, link, text): ten with a link, three with a text only
ROWS = [(f"0{1 + i % 9}.11.2026 10:00", f"https://vk.com/wall-7_{i}", f"Курьер {i}") for i in range(10)]
ROWS += [(f"1{i}.11.2026 12:00", "", f"Отзыв без ссылки {i}") for i in range(3)]


@pytest.fixture
def section(main_window, qtbot, answers):  # type: ignore[no-untyped-def]
    in_transaction(main_window.workspace.db, campaigns.create_client, "Северный Ветер")
    main_window.workspace.bus.notify("clients", None)
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    QApplication.processEvents()
    press(main_window, Qt.Key.Key_7)
    section = main_window.current_section()
    assert type(section).__name__ == "ReputationWindow"
    return section


@pytest.fixture
def export(tmp_path: Path) -> Path:
    path = tmp_path / "youscan.csv"
    lines = ["Дата публикации;Ссылка;Текст"] + [";".join(row) for row in ROWS]
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def choose(dialog, column: int, key: str) -> None:  # type: ignore[no-untyped-def]
    """A field chosen in a column's box, as clicked."""
    combo = dialog.columns.cellWidget(column, 2)
    combo.setCurrentIndex(combo.findData(key))
    combo.activated.emit(combo.currentIndex())


def said(added: int, same: int, skipped: int) -> str:
    return f"Будет добавлено {added}, как раньше {same}, пропущено {skipped}"


def test_a_correction_counts_again_without_reading_the_file(section, export) -> None:  # type: ignore[no-untyped-def]
    dialog = section.import_mentions(str(export))
    assert dialog is not None
    with_link = sum(1 for _, link, _ in ROWS if link)
    assert dialog.summary.text().startswith(said(len(ROWS), 0, 0))
    export.unlink()  # gone: a correction can only count from what was read
    choose(dialog, 2, "")  # the text left out: a mention without a link has nothing left
    assert dialog.summary.text().startswith(said(with_link, 0, len(ROWS) - with_link))
    reasons = [dialog.skipped.item(i).text() for i in range(dialog.skipped.count())]
    assert [r.split(":")[0] for r in reasons] == [f"Строка {n}" for n in range(with_link + 2, len(ROWS) + 2)]
    choose(dialog, 2, "text")
    assert dialog.summary.text().startswith(said(len(ROWS), 0, 0)) and dialog.import_button.isEnabled()
    choose(dialog, 1, "")
    choose(dialog, 2, "")  # neither the link nor the text: said, nothing to import
    assert not dialog.import_button.isEnabled() and "ссылк" in dialog.summary.text()


def test_a_large_file_is_counted_off_the_ui_thread(section, export, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.ui.dialogs import mention_import_dialog
    from smmdesk.ui.windows import reputation

    monkeypatch.setattr(reputation, "READ_IN_BACKGROUND", 0)
    monkeypatch.setattr(mention_import_dialog, "BACKGROUND_ROWS", 0)
    assert section.import_mentions(str(export)) is None  # read in the background, the dialog after
    finish_background(qtbot)
    dialog = section.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text().startswith(said(len(ROWS), 0, 0))
    export.unlink()
    choose(dialog, 2, "")
    assert not dialog.import_button.isEnabled()  # «Загрузить» waits for the count
    finish_background(qtbot)
    with_link = sum(1 for _, link, _ in ROWS if link)
    assert dialog.summary.text().startswith(said(with_link, 0, len(ROWS) - with_link))
    assert dialog.import_button.isEnabled()


def test_cancel_stops_a_count_and_drops_its_late_result(section, export, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.ui.dialogs import mention_import_dialog

    dialog = section.import_mentions(str(export))
    monkeypatch.setattr(mention_import_dialog, "BACKGROUND_ROWS", 0)
    release = threading.Event()
    counting = imp.preview_import

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(20)
        return counting(*args, **kwargs)

    monkeypatch.setattr(imp, "preview_import", slow)
    choose(dialog, 2, "")
    qtbot.waitUntil(lambda: any(p.isVisible() for p in dialog.findChildren(QProgressDialog)), timeout=5000)
    (progress,) = [p for p in dialog.findChildren(QProgressDialog) if p.isVisible()]
    qtbot.mouseClick(progress.findChild(type(dialog.import_button)), Qt.MouseButton.LeftButton)
    assert "отменён" in dialog.summary.text().lower() and not dialog.import_button.isEnabled()
    release.set()
    finish_background(qtbot)
    assert "отменён" in dialog.summary.text().lower() and not dialog.import_button.isEnabled()
    monkeypatch.setattr(imp, "preview_import", counting)
    choose(dialog, 2, "text")  # corrected again: counted
    finish_background(qtbot)
    assert dialog.summary.text().startswith(said(len(ROWS), 0, 0)) and dialog.import_button.isEnabled()


def test_a_window_closed_while_it_counts_drops_the_count(section, export, qtbot, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.ui.dialogs import mention_import_dialog

    dialog = section.import_mentions(str(export))
    monkeypatch.setattr(mention_import_dialog, "BACKGROUND_ROWS", 0)
    release = threading.Event()
    counting = imp.preview_import
    shown: list[str] = []

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(20)
        return counting(*args, **kwargs)

    monkeypatch.setattr(imp, "preview_import", slow)
    monkeypatch.setattr(type(dialog), "_show_counts", lambda self, preview: shown.append("counts"))
    choose(dialog, 2, "")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # the import declined mid-count
    release.set()
    finish_background(qtbot)
    assert shown == [] and not shiboken6.isValid(dialog)  # closed and gone, its count dropped
