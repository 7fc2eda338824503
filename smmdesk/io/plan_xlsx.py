"""The placement plan as an XLSX calendar grid: a row per influencer (or platform), a column per day."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from smmdesk.domain.plan import Plan, short_label
from smmdesk.io.atomic import write_workbook
from smmdesk.io.safe_text import set_text

WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def write_plan_xlsx(
    path: Path, plan: Plan, title: str, format_short: Mapping[int, str], row_title: str
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "План"
    set_text(sheet["A1"], title)
    sheet["A1"].font = Font(bold=True, size=13)
    set_text(sheet["A2"], f"Период: {plan.period_from:%d.%m.%Y} — {plan.period_to:%d.%m.%Y}")
    days = plan.days()
    header = 4
    thin = Side(style="thin", color="BFBFBF")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    head_fill = PatternFill("solid", fgColor="DCE6F1")
    weekend = PatternFill("solid", fgColor="F2F2F2")
    conflict = PatternFill("solid", fgColor="F8CBAD")
    booked = PatternFill("solid", fgColor="E2EFDA")
    set_text(sheet.cell(row=header, column=1), row_title)
    sheet.cell(row=header, column=1).font = Font(bold=True)
    sheet.column_dimensions["A"].width = 34
    for offset, day in enumerate(days, start=2):
        cell = sheet.cell(row=header, column=offset)
        set_text(cell, f"{day:%d.%m}\n{WEEKDAYS[day.weekday()]}")
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        cell.font = Font(bold=True)
        cell.fill = weekend if day.weekday() >= 5 else head_fill
        cell.border = border
        sheet.column_dimensions[get_column_letter(offset)].width = 11
    sheet.row_dimensions[header].height = 30
    for number, (key, label) in enumerate(plan.rows, start=header + 1):
        set_text(sheet.cell(row=number, column=1), label)
        sheet.cell(row=number, column=1).border = border
        for offset, day in enumerate(days, start=2):
            cell = sheet.cell(row=number, column=offset)
            cell.border = border
            entries = plan.cells.get((key, day), [])
            if entries:
                set_text(cell, short_label(entries, dict(format_short)))
                cell.alignment = Alignment(wrap_text=True, vertical="top")
                cell.fill = conflict if plan.conflict(key, day) else booked
            elif day.weekday() >= 5:
                cell.fill = weekend
    last = header + len(plan.rows) + 2
    if plan.undated:
        set_text(sheet.cell(row=last, column=1), f"Без даты: {len(plan.undated)}")
    sheet.freeze_panes = sheet.cell(row=header + 1, column=2)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToHeight = 0
    sheet.print_title_rows = f"{header}:{header}"
    sheet.print_title_cols = "A:A"
    write_workbook(path, book)
