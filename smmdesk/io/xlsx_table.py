"""A plain table as a tidy XLSX: bold frozen header, sensible widths, number formats, text kept as text."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from smmdesk.io.atomic import write_workbook
from smmdesk.io.safe_text import set_text

# Format codes use "," for grouping; Excel and LibreOffice show the reader's own separator.
INTEGER = "#,##0"
DECIMAL2 = "#,##0.00"
ROUBLES = '#,##0.00 "₽"'


@dataclass(frozen=True)
class Column:
    title: str
    number_format: str = ""  # "" for text
    width: float | None = None


def write_table(
    path: Path, sheet_title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, title: str = ""
) -> None:
    """Writes one sheet; a `title` line goes above the header when given."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = Workbook(write_only=False)
    sheet = book.active
    assert sheet is not None
    sheet.title = sheet_title[:31]
    top = 1
    if title:
        set_text(sheet.cell(row=1, column=1), title)
        sheet.cell(row=1, column=1).font = Font(bold=True, size=13)
        top = 3
    header_fill = PatternFill("solid", fgColor="DCE6F1")
    for index, column in enumerate(columns, start=1):
        cell = sheet.cell(row=top, column=index)
        set_text(cell, column.title)
        cell.font = Font(bold=True)
        cell.fill = header_fill
        cell.alignment = Alignment(vertical="center", wrap_text=True)
    widths = [len(c.title) for c in columns]
    for r, values in enumerate(rows, start=top + 1):
        for c, value in enumerate(values, start=1):
            if value is None or value == "":
                continue
            cell = sheet.cell(row=r, column=c)
            column = columns[c - 1]
            if isinstance(value, str):
                set_text(cell, value)
            else:
                cell.value = value
                if column.number_format:
                    cell.number_format = column.number_format
            widths[c - 1] = max(widths[c - 1], min(len(str(value)), 60))
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column.width or max(
            8, widths[index - 1] + 2
        )
    sheet.freeze_panes = sheet.cell(row=top + 1, column=1)
    if rows:
        sheet.auto_filter.ref = f"A{top}:{get_column_letter(len(columns))}{top + len(rows)}"
    write_workbook(path, book)
