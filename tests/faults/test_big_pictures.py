"""Screenshots that are too big: a 2 GB file is refused by its size before a byte of it is read,
and a 7680 × 7680 PNG is decoded off the UI thread, the window answering all along."""

from __future__ import annotations

import io
import resource
from pathlib import Path

import pytest
from conftest import finish_background
from PySide6.QtCore import QTimer

from smmdesk.domain.errors import ValidationError
from smmdesk.i18n import error_text
from smmdesk.services import publications as pub
from smmdesk.ui.core import tasks

AUTUMN = 1


@pytest.fixture
def detail(main_demo):  # type: ignore[no-untyped-def]
    section = main_demo.show_section("placements")
    section.campaign.setCurrentIndex(section.campaign.findData(AUTUMN))
    section.apply_filter()
    for position in range(section.model.rowCount()):
        if not section.model.row_at(position).screenshots:
            section.table.selectRow(position)
            return section.detail
    raise AssertionError("no placement without screenshots")


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def test_a_2_gb_picture_is_refused_by_its_size_without_being_read(tmp_path: Path, russian) -> None:
    huge = tmp_path / "скрин.png"
    with huge.open("wb") as handle:  # sparse: 2 GB on paper, nothing on the disk
        handle.write(b"\x89PNG\r\n\x1a\n")
        handle.truncate(2 * 1024**3)
    before = _peak_rss_mb()
    with pytest.raises(ValidationError) as caught:
        pub.prepare_screenshot(huge)
    assert "скрин.png больше 25 МБ" in error_text(caught.value)
    assert _peak_rss_mb() - before < 200  # never read into memory (it was 2 GB more)


def test_a_7680_square_png_is_decoded_off_the_ui_thread(detail, tmp_path: Path, qtbot) -> None:
    from PIL import Image

    path = tmp_path / "огромный.png"
    out = io.BytesIO()
    Image.new("RGB", (7680, 7680), (30, 120, 200)).save(out, "PNG")
    path.write_bytes(out.getvalue())
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    detail.add_screenshots([str(path)])
    assert tasks._running and detail.shots.count() == 0  # it has only begun when the call returns
    finish_background(qtbot, timeout=120_000)
    timer.stop()
    assert len(ticks) >= 5  # the window answered its timer while the picture was decoded
    assert detail.shots.count() == 1 and "7680×7680" in detail.shots.item(0).text()
    detail.ws.undo.undo()
    assert detail.shots.count() == 0
    detail.ws.undo.redo()  # redo keeps what was decoded: no second decode on the UI thread
    assert detail.shots.count() == 1


def test_a_picture_too_large_is_told_and_adds_no_undo_step(detail, tmp_path: Path, answers, qtbot) -> None:
    huge = tmp_path / "скрин.png"
    with huge.open("wb") as handle:
        handle.truncate(26 * 1024 * 1024)
    steps = detail.ws.undo.stack.count()
    detail.add_screenshots([str(huge)])
    finish_background(qtbot)
    assert detail.shots.count() == 0 and detail.ws.undo.stack.count() == steps
    assert any("больше 25 МБ" in text for text in answers.texts("box") + answers.texts("warn"))
