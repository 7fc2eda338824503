"""A report as XLSX: a sheet per table (the first one under the report's heading and facts), and a
sheet of charts as pictures. Number formats by column kind; outside text written as text."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from smmdesk.domain.report import COUNT, DATE, MONEY, PERCENT, Report, Table
from smmdesk.io.safe_text import set_text
from smmdesk.io.xlsx_table import INTEGER, ROUBLES

FORMATS = {COUNT: INTEGER, MONEY: ROUBLES, PERCENT: '0.00" %"', DATE: "DD.MM.YYYY"}
HEADER_FILL = "DCE6F1"


def write_report_xlsx(path: Path, report: Report) -> None:
    from openpyxl import Workbook

    book = Workbook()
    first = book.active
    assert first is not None
    for number, table in enumerate(report.tables):
        sheet = first if number == 0 else book.create_sheet()
        sheet.title = report.sheet_names.get(table.title, table.title)[:31]
        top = _heading(sheet, report) if number == 0 else 1
        _table(book, sheet, table, top)
    if report.pictures:
        _pictures(book.create_sheet("Графики"), report)
    partial = path.with_name(path.name + ".part")
    try:
        book.save(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)


def _heading(sheet: Any, report: Report) -> int:
    """The title, the facts and the note at the top of the first sheet; returns the next free row."""
    from openpyxl.styles import Font

    set_text(sheet.cell(row=1, column=1), report.title)
    sheet.cell(row=1, column=1).font = Font(bold=True, size=14)
    row = 2
    for label, value in report.facts:
        set_text(sheet.cell(row=row, column=1), label + ":")
        sheet.cell(row=row, column=1).font = Font(bold=True)
        set_text(sheet.cell(row=row, column=2), value)
        row += 1
    if report.note:
        set_text(sheet.cell(row=row, column=1), report.note)
        sheet.cell(row=row, column=1).font = Font(italic=True)
        row += 1
    return row + 1


def _table(book: Any, sheet: Any, table: Table, top: int) -> None:
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    set_text(sheet.cell(row=top, column=1), table.title)
    sheet.cell(row=top, column=1).font = Font(bold=True, size=12)
    header = top + 1
    styles = []
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=header, column=index)
        set_text(cell, column.title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(index)].width = column.width
        # One named style per kind: setting border and format cell by cell costs openpyxl a hash each.
        name = f"Отчёт, {column.kind}"
        if name not in book.named_styles:
            book.add_named_style(
                NamedStyle(
                    name=name,
                    border=border,
                    number_format=FORMATS.get(column.kind, "General"),
                    alignment=Alignment(vertical="top"),
                )
            )
        styles.append(name)
    sheet.row_dimensions[header].height = 30
    row = header + 1
    for values in table.rows:
        _row(sheet, row, values, styles)
        row += 1
    if table.totals is not None:
        _row(sheet, row, table.totals, styles)
        for index in range(1, len(table.columns) + 1):
            sheet.cell(row=row, column=index).font = Font(bold=True)
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    sheet.print_title_rows = f"{header}:{header}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _row(sheet: Any, row: int, values: list[Any], styles: list[str]) -> None:
    for index, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=index)
        if isinstance(value, str):
            set_text(cell, value)  # names, links and notes from outside: never a formula
        elif value is not None:
            cell.value = value
        cell.style = styles[index - 1]


def _pictures(sheet: Any, report: Report) -> None:
    from openpyxl.drawing.image import Image
    from openpyxl.styles import Font

    row = 1
    for picture in report.pictures:
        set_text(sheet.cell(row=row, column=1), picture.title)
        sheet.cell(row=row, column=1).font = Font(bold=True, size=12)
        image = Image(io.BytesIO(picture.png))
        scale = 900 / picture.width_px  # about the width of an A4 landscape page
        image.width, image.height = int(picture.width_px * scale), int(picture.height_px * scale)
        sheet.add_image(image, f"A{row + 1}")
        row += 2 + int(image.height / 20) + 1  # rows are about 20 px high
