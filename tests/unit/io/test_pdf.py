"""The PDF pages: long tables break across pages with their header repeated, nothing is lost."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from smmdesk.domain.errors import FileWriteError
from smmdesk.io.pdf import Column, PdfDocument

pytestmark = pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils reads the PDF back")


def pages_text(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
    return text.replace("\u00a0", " ").split("\f")[:-1]


def test_a_long_table_repeats_its_header_on_every_page(qapp, tmp_path: Path) -> None:
    path = tmp_path / "таблица.pdf"
    doc = PdfDocument(path, title="Проверка", landscape=False)
    doc.heading("Список участников")
    doc.pairs([("Кампания", "Весенний розыгрыш")])
    columns = (Column("№", 1, numeric=True), Column("Участник", 6), Column("Сумма", 3, numeric=True))
    doc.table(columns, [[str(n), f"Участник номер {n}", f"{n * 100} ₽"] for n in range(1, 301)])
    doc.totals([("Итого", "4 515 000 ₽")])
    pages = doc.finish()
    assert pages > 3
    texts = pages_text(path)
    assert len(texts) == pages
    for number, text in enumerate(texts, start=1):
        assert "Участник" in text.split("\n", 3)[0] + text  # the header row on every page
        assert f"Страница {number} из {pages}" in text
    everything = "\n".join(texts)
    assert all(f"Участник номер {n} " in everything + " " for n in (1, 150, 300))
    assert "4 515 000 ₽" in texts[-1]


def test_a_word_longer_than_its_cell_wraps_instead_of_being_cut(qapp, tmp_path: Path) -> None:
    path = tmp_path / "long.pdf"
    doc = PdfDocument(path, title="Проверка")
    long_word = "очень" * 30
    doc.table((Column("Текст", 1), Column("Пусто", 5)), [[long_word, ""], ['=HYPERLINK("http://x")', ""]])
    doc.finish()
    text = pages_text(path)[0].replace(" ", "").replace("\n", "")
    assert long_word in text and text.count("очень") == 30
    assert '=HYPERLINK("http://x")' in text


def test_a_failed_export_leaves_no_file(qapp, tmp_path: Path) -> None:
    path = tmp_path / "missing-folder" / "x.pdf"
    doc = PdfDocument(path, title="Проверка")
    doc.text("Текст")
    with pytest.raises(FileWriteError, match=r"folder for x\.pdf does not exist"):
        doc.finish()
    assert not path.exists() and not path.parent.exists()


def fill_to_foot(doc: PdfDocument, room_mm: float) -> None:
    """Paragraphs down the first page until only about `room_mm` is left above its foot."""
    n = 0
    while doc.y + doc.text_height("Абзац") < doc.page_height - doc.mm(room_mm):
        doc.text(f"Абзац {n}")
        n += 1


def test_no_table_starts_with_fewer_than_three_rows_at_a_pages_foot(qapp, tmp_path: Path) -> None:
    path = tmp_path / "низ.pdf"
    doc = PdfDocument(path, title="Проверка", landscape=False)
    fill_to_foot(doc, 14)  # room for the header and about two rows
    doc.table(
        (Column("№", 1, numeric=True), Column("Участник", 6)), [[str(n), f"Строка {n}"] for n in range(1, 9)]
    )
    doc.finish()
    first, second = pages_text(path)[:2]
    assert "Строка 1" not in first and "Участник" not in first
    assert all(f"Строка {n}" in second for n in range(1, 9))


def totals_document(path: Path, rows: int, keep: bool) -> list[str]:
    doc = PdfDocument(path, title="Смета «Зима & весна»", landscape=False)
    totals = [("Итого без НДС", "100 ₽"), ("НДС 22 %", "22 ₽"), ("Всего к оплате", "122 ₽")]
    after = doc.totals_height(totals) + doc.text_height("Согласовано: ____", before_mm=7)
    lines = [[str(n), f"Строка {n}"] for n in range(1, rows + 1)]
    doc.table(
        (Column("№", 1, numeric=True), Column("Участник", 6)), lines, keep_with_next=after if keep else 0
    )
    doc.keep(after)
    doc.totals(totals)
    doc.text("Согласовано: ____", before_mm=7)
    doc.finish()
    return pages_text(path)


def test_the_totals_and_signatures_keep_the_last_lines_with_them(qapp, tmp_path: Path) -> None:
    # The number of lines for which, kept apart, the totals would stand alone on the last page.
    alone = next(
        n for n in range(30, 160) if "Строка" not in totals_document(tmp_path / "без.pdf", n, keep=False)[-1]
    )
    texts = totals_document(tmp_path / "итог.pdf", alone, keep=True)
    last = texts[-1]
    assert "Всего к оплате" in last and "Согласовано" in last
    assert f"Строка {alone}" in last and f"Строка {alone - 1}" in last  # the block never stands alone
    assert all("Смета «Зима & весна»" in text.split("\n", 2)[0] for text in texts[1:])  # running header
    assert "Смета «Зима & весна»" not in texts[0]


EMOJI_NAME = "Аня 🌸💄 Beauty 👩‍👩‍👧"


def emoji_estimate_page(tmp_path: Path) -> Path:
    path = tmp_path / "эмодзи.pdf"
    doc = PdfDocument(path, title=f"Смета: {EMOJI_NAME}")
    doc.heading(EMOJI_NAME)
    doc.table([Column("Блогер", 4), Column("Формат", 2)], [[EMOJI_NAME, "Сторис ✨"], ["Катя 😀", "Фото"]])
    doc.new_page()
    doc.text("Вторая страница: её шапка — заголовок с эмодзи.")
    doc.finish()
    return path


def test_an_emoji_prints_with_a_font_of_the_system_that_has_one(qapp, tmp_path: Path) -> None:
    """Where the system has a font with the emoji (Symbola here; Segoe UI Emoji, Apple Color Emoji
    on a laptop), the PDF draws them with it: the font is embedded, no placeholder is printed."""
    from PySide6.QtGui import QFont, QFontDatabase, QRawFont

    having = [f for f in QFontDatabase.families() if QRawFont.fromFont(QFont(f)).supportsCharacter(0x1F338)]
    if not having:
        pytest.skip("no font of this system has emoji (the placeholder test covers that case)")
    path = emoji_estimate_page(tmp_path)
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    assert any(family.replace(" ", "") in fonts.replace(" ", "") for family in having)
    text = "\n".join(pages_text(path))
    assert "[эмодзи]" not in text and "Аня" in text and "Beauty" in text


def test_an_emoji_no_font_has_prints_as_a_visible_placeholder(qapp, tmp_path: Path, monkeypatch) -> None:
    """On a system without any emoji font each emoji (a joined family too) prints as «[эмодзи]»,
    never as an empty box, and the text around it is whole; ✨ that DejaVu draws stays itself."""
    from smmdesk.io.pdf import paint

    monkeypatch.setattr(paint, "drawable", lambda char: ord(char) < 0x1F000)
    path = emoji_estimate_page(tmp_path)
    pages = pages_text(path)
    text = " ".join("\n".join(pages).split())
    assert "Аня [эмодзи][эмодзи] Beauty [эмодзи]" in text  # the family of three is one emoji
    assert "Катя [эмодзи]" in text and "Сторис ✨" in text
    assert "Смета: Аня [эмодзи]" in pages[1]  # the running header too
