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


def _fitted(column: Column, values: list[Any]) -> float:
    """The pixels a column needs for its title's longest word and its widest value."""
    widest = max((text_px(word, bold=True) for word in column.title.split()), default=0.0)
    texts = [v for v in values if isinstance(v, str)]
    if texts:
        widest = max(widest, *(text_px(t) for t in heapq.nlargest(MEASURED, set(texts), key=len)))
    numbers = [
        abs(Decimal(v)) for v in values if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool)
    ]
    if numbers:
        widest = max(widest, text_px("-" + shown(max(numbers), column.number_format)))
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
        for col, column in enumerate(columns):
            sheet.text(top, col, column.title, HEADER, fit=False)
            values: list[Any] = [row[col] for row in rows]
            px = column.width * 7 + PAD_PX if column.width else _fitted(column, values)
            sheet.width(col, px)
        formats = [book.format(Style(number=c.number_format, align="right")) if c.number_format else None
                   for c in columns]  # fmt: skip
        plain = book.format(Style())
        write_string, write_number = ws.write_string, ws.write_number
        for r, cells in enumerate(rows, start=top + 1):
            for c, value in enumerate(cells):
                if value is None or value == "":
                    continue
                if isinstance(value, str):
                    write_string(r, c, value, plain)
                else:
                    write_number(r, c, float(value), formats[c] or plain)
        ws.freeze_panes(top + 1, 0)
        ws.repeat_rows(top)
        if rows:
            ws.autofilter(top, 0, top + len(rows), len(columns) - 1)
        ws.set_landscape()
        ws.set_paper(9)
        ws.fit_to_pages(1, 0)
        ws.set_footer("&C&P / &N")
