"""A plain table as a tidy XLSX (the influencer base): bold frozen header with a filter, columns as
wide as their longest value, number formats, text kept as text. Built for 100,000 rows: widths are
measured on the longest values only, and cells are written by their type without a dispatch.

A value the base does not know stays an empty cell: the file imports back exactly as it was.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.domain.text import clean_text
from smmdesk.io.xlsx_book import HEADER, PAD_PX, Style, shown, text_px, xlsx_book

# Format codes use "," for grouping; Excel and LibreOffice show the reader's own separator.
INTEGER = "#,##0"
DECIMAL2 = "#,##0.00"
ROUBLES = '#,##0.00 "₽"'
MOST_PX = 360  # a column of long texts (links, notes) stops here; its texts run on into empty cells
MEASURED = 40  # how many of a column's longest texts are measured


@dataclass(frozen=True)
class Column:
    title: str
    number_format: str = ""  # "" for text
    width: float | None = None  # characters, when given
    hundredths: bool = False  # whole hundredths (kopecks, ER × 100), shown with two decimals


def _fitted(column: Column, values: Sequence[Any]) -> float:
    """The pixels a column needs for its title's longest word and its widest value."""
    widest = max((text_px(word, bold=True) for word in column.title.split()), default=0.0)
    if column.number_format:
        numbers = [v for v in values if v is not None and v.__class__ is not str]
        if numbers:
            largest = abs(Decimal(max(numbers, key=abs)))
            figure = largest / 100 if column.hundredths else largest
            widest = max(widest, text_px("-" + shown(figure, column.number_format)))
    # Texts, and the words a column of figures may hold («договорная» for a price)
    texts = heapq.nlargest(MEASURED, (v for v in values if v and v.__class__ is str), key=len)
    widest = max([widest, *(text_px(t) for t in texts)])
    return min(widest + PAD_PX, MOST_PX)


def write_table(
    path: Path, sheet_title: str, columns: Sequence[Column], rows: Sequence[Sequence[Any]], *, title: str = ""
) -> None:
    """Writes one sheet; a `title` line goes above the header when given."""
    with xlsx_book(path, title or sheet_title) as book:
        sheet = book.sheet(sheet_title)
        ws = sheet.ws
        top = 0
        if title:
            sheet.text(0, 0, title, Style(bold=True, size=13), fit=False)
            top = 2
        by_column = list(zip(*rows, strict=True)) if rows else [() for _ in columns]
        for col, column in enumerate(columns):
            sheet.text(top, col, column.title, HEADER, fit=False)
            px = column.width * 7 + PAD_PX if column.width else _fitted(column, by_column[col])
            sheet.width(col, px)
        # Each column written by its kind, a row's cells in one pass: little on top of XlsxWriter's
        # own work, which is most of the time.
        kinds = []
        for c, column in enumerate(columns):
            numeric = bool(column.number_format)
            # Text in the workbook's default format (Calibri 11): no style index on two million cells.
            style = book.format(Style(number=column.number_format, align="right")) if numeric else None
            kinds.append((c, style, numeric, 100.0 if column.hundredths else 1.0))
        write_string, write_number = ws.write_string, ws.write_number
        clean = clean_text  # control characters never reach the file (XlsxWriter would show them as _x0001_)
        for r, cells in enumerate(rows, start=top + 1):
            for c, style, numeric, scale in kinds:
                value = cells[c]
                if value is None or value == "":
                    continue
                if numeric and value.__class__ is not str:
                    write_number(r, c, value / scale, style)
                else:
                    write_string(r, c, clean(value), style)
        ws.freeze_panes(top + 1, 0)
        ws.repeat_rows(top)
        if rows:
            ws.autofilter(top, 0, top + len(rows), len(columns) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.set_footer("&C&P / &N")
