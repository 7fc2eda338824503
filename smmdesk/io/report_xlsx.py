"""A report as XLSX: a sheet per table (the first one under the report's heading and facts), and a
sheet of charts as pictures. Number formats by column kind; outside text written as text."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.report import Report, Table
from smmdesk.io.xlsx_writer import Sheet, Style, write_xlsx

TITLE = Style(font="title")
LABEL = Style(font="bold")
NOTE = Style(font="italic")
CAPTION = Style(font="caption")
HEADER = Style(font="bold", border=True, fill=True, wrap=True, center=True)
PICTURE_WIDTH = 900  # px, about the width of an A4 landscape page
ROW_PX = 20  # a row's height, for placing the pictures one under another


def write_report_xlsx(path: Path, report: Report) -> None:
    sheets = []
    for number, table in enumerate(report.tables):
        sheet = Sheet(report.sheet_names.get(table.title, table.title)[:31])
        if number == 0:
            sheet.add([(report.title, TITLE)])
            for label, value in report.facts:
                sheet.add([(label + ":", LABEL), (value, None)])
            if report.note:
                sheet.add([(report.note, NOTE)])
            sheet.add([])
        _table(sheet, table)
        sheets.append(sheet)
    if report.pictures:
        charts = Sheet("Графики")
        for picture in report.pictures:
            row = charts.add([(picture.title, CAPTION)])
            height = int(picture.height_px * PICTURE_WIDTH / picture.width_px)
            charts.pictures.append((row + 1, picture.png, PICTURE_WIDTH, height))
            for _ in range(height // ROW_PX + 2):
                charts.add([])
        sheets.append(charts)
    write_xlsx(path, sheets, report.title)


def _table(sheet: Sheet, table: Table) -> None:
    sheet.widths = [column.width for column in table.columns]
    sheet.add([(table.title, CAPTION)])
    header = sheet.add([(column.title, HEADER) for column in table.columns], height=30)
    sheet.frozen_rows = header
    sheet.print_title_row = header
    plain = [Style(number=column.kind, border=True) for column in table.columns]
    for values in table.rows:
        sheet.add(list(zip(values, plain, strict=True)))
    if table.totals is not None:
        bold = [Style(font="bold", number=column.kind, border=True) for column in table.columns]
        sheet.add(list(zip(table.totals, bold, strict=True)))
