"""The fast XLSX writer, read back by openpyxl: values, formats, text kept as text, pictures."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from smmdesk.io.xlsx_writer import Sheet, Style, write_xlsx


def png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (300, 150), (10, 120, 30)).save(out, "PNG")
    return out.getvalue()


def test_values_styles_and_layout_read_back(tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    sheet = Sheet("Публикации 'осень'", widths=[30, 14, 12])
    sheet.add([("Заголовок", Style(font="title"))])
    header = sheet.add(
        [("Блогер", Style(font="bold", fill=True)), ("Сумма", None), ("Дата", None)], height=30
    )
    sheet.frozen_rows = sheet.print_title_row = header
    money, day, count = Style(number="money", border=True), Style(number="date"), Style(number="count")
    hostile = '=HYPERLINK("http://evil.example","x")'
    sheet.add([(hostile, None), (Decimal("12500.50"), money), (dt.date(2026, 10, 5), day)])
    sheet.add([("a\x01b & <c>", None), (1234567, count), (None, money)])
    pictures = Sheet("Графики")
    pictures.pictures.append((2, png(), 300, 150))
    write_xlsx(path, [sheet, pictures], "Проверка")
    assert not (tmp_path / "book.xlsx.part").exists()
    book = load_workbook(path)
    assert book.sheetnames == ["Публикации 'осень'", "Графики"]
    ws = book.worksheets[0]
    assert ws["A1"].value == "Заголовок" and ws["A1"].font.b and ws["A1"].font.sz == 14
    assert ws["A2"].fill.fgColor.rgb == "FFDCE6F1" and ws.row_dimensions[2].height == 30
    assert ws["A3"].value == hostile and ws["A3"].data_type == "s"  # text, not a formula
    assert (
        ws["B3"].value == 12500.5
        and ws["B3"].number_format == '#,##0.00 "₽"'
        and ws["B3"].border.top.style == "thin"
    )
    assert ws["C3"].value == dt.datetime(2026, 10, 5) and ws["C3"].number_format == "DD.MM.YYYY"
    assert ws["A4"].value == "ab & <c>" and ws["B4"].value == 1234567 and ws["B4"].number_format == "#,##0"
    assert ws.freeze_panes == "A3" and ws.column_dimensions["A"].width == 30
    assert ws.print_title_rows == "$2:$2"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.fitToWidth == 1
    assert len(book["Графики"]._images) == 1
