"""Every spreadsheet the program writes goes through here: XlsxWriter behind a small layer that
keeps a file looking right wherever it opens.

- Text is always a string cell (never a formula, a number or a link), whatever it starts with.
- A formula is written with the value the program computed beside it, so a mail preview, 1C or
  pandas shows the figure without recalculating.
- Every font is named (Calibri 11; Debian's Carlito has the same metrics).
- A column is as wide as the longest value it shows, measured in Calibri's own character widths,
  so no number turns into `###` and no label is cut; a text too long for a column's cap wraps, and
  its row gets the height of its lines.
- Undefined is "—", right-aligned in a column of numbers.

The file is written beside its target and moved into place by `atomic_output`.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from smmdesk.domain.money import currency_symbol, format_decimal
from smmdesk.domain.text import clean_text
from smmdesk.io.atomic import atomic_output
from smmdesk.io.calibri_widths import BOLD, FALLBACK, REGULAR
from smmdesk.io.safe_text import fit_cell
from smmdesk.io.xlsx_pages import SAFETY, PageGeometry, page_breaks

FONT = "Calibri"
DASH = "—"
PAD_PX = 12  # Excel's own 7 px of padding in a cell, and a margin for a renderer's rounding
WRAP_PAD_PX = 7  # a wrapped text has the cell's width less Excel's padding
LINE_PT = 15.0  # the height of one line of Calibri 11
HEADER_FILL = "#DCE6F1"
RULE = "#A6A6A6"

# Number formats by the kind of figure. "," groups and "." separates in the code; Excel and
# LibreOffice show the reader's own separators (a space and a comma in Russian).
COUNT = "#,##0"
DECIMAL2 = "#,##0.00"
# A percentage as the window and the PDF print it: fixed decimals, a non-breaking space before "%".
PERCENT2 = '0.00"\u00a0"%'
PERCENT1 = '0.0"\u00a0"%'
DATE = "dd.mm.yyyy"


ENGLISH_LOCALE = "[$-409]"  # a format's own locale: English separators whatever the reader's


def in_language(code: str, language: str) -> str:
    """A number format for a file written in `language`: the Russian codes as they are (the
    reader's own separators, a space and a comma in Russian); in English the code with the English
    locale (1,234.5 in any reader's spreadsheet), a percentage as 31.11%, dates in ISO 8601."""
    if language != "en" or not code:
        return code
    english = code.replace('"\u00a0"%', "%").replace("dd.mm.yyyy", "yyyy-mm-dd").replace("dd.mm", "mm-dd")
    return ENGLISH_LOCALE + english


def money_format(currency: str) -> str:
    """`#,##0.00 "₽"` for roubles, `#,##0.00 "$"` for dollars: the estimate's own symbol."""
    symbol = currency_symbol(currency).replace('"', "")
    return f'#,##0.00 "{symbol}"'


@lru_cache(maxsize=1 << 16)
def text_px(text: str, bold: bool = False, size: float = 11) -> float:
    """The width of one line of `text` in Calibri at `size` points, in pixels at 96 dpi (names,
    formats and platforms repeat down a column: each is measured once)."""
    table = BOLD if bold else REGULAR
    width = sum(table.get(ch, FALLBACK) for ch in text)
    return width * size / 11


def wrapped_lines(text: str, width_px: float, bold: bool = False, size: float = 11) -> int:
    """How many lines `text` takes when wrapped at words into `width_px`."""
    room = max(width_px - WRAP_PAD_PX, 10.0)
    space = text_px(" ", bold, size)
    count = 0
    for paragraph in text.split("\n"):
        used, lines = 0.0, 1
        for word in paragraph.split():
            w = text_px(word, bold, size)
            if used and used + space + w > room:
                lines += 1
                used = 0.0
            if w > room:  # a word longer than the column breaks anywhere
                lines += math.ceil(w / room) - 1
                w = w % room
            used += (space if used else 0.0) + w
        count += lines
    return count


@dataclass(frozen=True)
class Style:
    """How a cell looks; each distinct Style is one XlsxWriter format."""

    bold: bool = False
    italic: bool = False
    size: float = 11
    number: str = ""  # a number format code; "" for General
    border: bool = False
    fill: str = ""  # a background colour
    color: str = ""  # the font's colour
    wrap: bool = False
    align: str = ""  # "", "left", "center", "right"
    valign: str = "top"

    def __hash__(self) -> int:  # looked up once per cell: hashed once per style
        found = self.__dict__.get("_hash")
        if found is None:
            found = hash(tuple(self.__dict__[name] for name in STYLE_FIELDS))
            object.__setattr__(self, "_hash", found)
        return found

    def props(self) -> dict[str, Any]:
        props: dict[str, Any] = {"font_name": FONT, "font_size": self.size, "valign": self.valign}
        if self.bold:
            props["bold"] = True
        if self.italic:
            props["italic"] = True
        if self.number:
            props["num_format"] = self.number
        if self.border:
            props.update(border=1, border_color=RULE)
        if self.fill:
            props.update(pattern=1, bg_color=self.fill)
        if self.color:
            props["font_color"] = self.color
        if self.wrap:
            props["text_wrap"] = True
        if self.align:
            props["align"] = self.align
        return props


STYLE_FIELDS = ("bold", "italic", "size", "number", "border", "fill", "color", "wrap", "align", "valign")
PLAIN = Style()
HEADER = Style(bold=True, border=True, fill=HEADER_FILL, wrap=True, align="center", valign="vcenter")


def shown(value: Any, number: str) -> str:
    """The text a spreadsheet shows for a value in a number format: for measuring its width."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    places = len(number.split(".")[1]) - len(number.split(".")[1].lstrip("0")) if "." in number else 0
    if "%" in number:
        return format_decimal(Decimal(value) * 100, places) + "\u00a0%"
    text = format_decimal(Decimal(value), places)
    if '"' in number:
        text += " " + number.split('"')[1]
    return text


class Sheet:
    """One worksheet: cells written through typed methods that remember how wide each column must
    be and how tall each row, applied by `finish()` (called by `Book`)."""

    def __init__(self, book: Book, name: str) -> None:
        self.book = book
        self.ws = book.workbook.add_worksheet(name[:31])
        self.name = name[:31]
        self.needed: dict[int, float] = {}  # column → the widest single-line value, px
        self.fixed: dict[int, float] = {}  # column → a width set by the caller, px
        self.caps: dict[int, float] = {}  # column → the most a fitted column may take, px
        self.lines: dict[int, tuple[float, int]] = {}  # row → (points per line, lines)
        self.wrapped: list[tuple[int, int, str, Style, int]] = []  # (row, col, text, style, span)
        self.heights: dict[int, float] = {}
        self.largest: dict[tuple[int, str], float] = {}  # (column, format) → the largest figure measured
        self.geometry: PageGeometry | None = None  # set by page_setup: the printed page
        self.repeated: tuple[int, int] | None = None  # the rows every printed page repeats
        self.kept: list[tuple[int, int]] = []  # blocks of rows printed on one page
        # Every formula here uses only ROUND, IF, AND, N, ISNUMBER and SUM, none of which XlsxWriter
        # renames for newer Excel versions: its 29 regular expressions per formula are skipped.
        self.ws._prepare_formula = _plain_formula

    # --- widths ---------------------------------------------------------------------------------

    def width(self, col: int, px: float) -> None:
        """Fixes a column's width in pixels (wrapped text in it gets the rows it needs)."""
        self.fixed[col] = px

    def cap(self, col: int, px: float) -> None:
        """A fitted column grows to its longest value, up to `px`; a longer text wraps."""
        self.caps[col] = px

    def need(self, col: int, text: str, style: Style = PLAIN) -> None:
        if text:
            px = max(text_px(line, style.bold, style.size) for line in text.split("\n")) + PAD_PX
            if px > self.needed.get(col, 0.0):
                self.needed[col] = px

    def column_px(self, col: int) -> float:
        if col in self.fixed:
            return self.fixed[col]
        return min(max(self.needed.get(col, 0.0), 24.0), self.caps.get(col, 10_000.0))

    # --- cells ----------------------------------------------------------------------------------

    def text(self, row: int, col: int, value: str, style: Style = PLAIN, *, fit: bool = True) -> None:
        """A string, shown as given (without the control characters XML refuses, cut to what a cell
        holds). `fit=False` leaves the column's width alone (a title that may run over empty cells
        to its right)."""
        value = fit_cell(clean_text(value))
        cap = self.caps.get(col)
        if (
            fit
            and cap is not None
            and not style.wrap
            and text_px(value, style.bold, style.size) + PAD_PX > cap
        ):
            style = replace(style, wrap=True)  # too long for its column: wrapped onto more lines
        if style.wrap:
            self.wrapped.append((row, col, value, style, 1))
            self.ws.write_string(row, col, value, self.book.format(style))
            if fit:
                for word in value.split():
                    self.need(col, word, style)
            return
        self.ws.write_string(row, col, value, self.book.format(style))
        if fit:
            self.need(col, value, style)

    def merged_text(self, row: int, first: int, last: int, value: str, style: Style) -> None:
        """A text across columns first…last, wrapped to their width; its row grows to fit."""
        value = fit_cell(clean_text(value))
        if last > first:
            self.ws.merge_range(row, first, row, last, value, self.book.format(style))
        else:
            self.ws.write_string(row, first, value, self.book.format(style))
        self.wrapped.append((row, first, value, style, last - first + 1))

    def merged_number(self, row: int, first: int, last: int, value: Any, style: Style) -> None:
        """A figure in its format in the merged cells first…last (a fact under a title)."""
        self._merge(row, first, last, style)
        self.ws.write_number(row, first, float(value), self.book.format(style))

    def merged_date(self, row: int, first: int, last: int, value: dt.date, style: Style) -> None:
        """A date cell in the merged cells first…last."""
        self._merge(row, first, last, style)
        moment = dt.datetime.combine(value, dt.time()) if not isinstance(value, dt.datetime) else value
        dated = replace(style, number=style.number or DATE)
        self.ws.write_datetime(row, first, moment, self.book.format(dated))

    def _merge(self, row: int, first: int, last: int, style: Style) -> None:
        if last > first:
            self.ws.merge_range(row, first, row, last, "", self.book.format(style))

    def number(self, row: int, col: int, value: Any, style: Style) -> None:
        """A figure in its number format; None is "—"."""
        if value is None:
            self.dash(row, col, style)
            return
        figure = float(value)
        self.ws.write_number(row, col, figure, self.book.format(style))
        self._measure(col, value, figure, style)

    def _measure(self, col: int, value: Any, figure: float, style: Style) -> None:
        """A figure no larger than one already measured in its column and format is no wider."""
        size = abs(figure) * (10 if figure < 0 else 1)
        key = (col, f"{style.number}|{style.bold}|{style.size}")
        if size >= self.largest.get(key, -1.0):
            self.largest[key] = size
            self.need(col, shown(value, style.number), style)

    def date(self, row: int, col: int, value: dt.date | None, style: Style) -> None:
        if value is None:
            self.dash(row, col, style)
            return
        moment = dt.datetime.combine(value, dt.time()) if not isinstance(value, dt.datetime) else value
        self.ws.write_datetime(
            row, col, moment, self.book.format(replace(style, number=style.number or DATE))
        )
        self.need(col, value.strftime("%d.%m.%Y"), style)

    def formula(self, row: int, col: int, formula: str, value: Any, style: Style) -> None:
        """A live formula with the value the program computed for it (a text value for "—")."""
        cached: Any = float(value) if isinstance(value, Decimal) else value
        self.ws.write_formula(row, col, formula, self.book.format(style), cached)
        if isinstance(value, str):
            self.need(col, value, style)
        else:
            self._measure(col, value, float(value), style)

    def dash(self, row: int, col: int, style: Style) -> None:
        """An undefined figure: "—" at the right, as a number would stand."""
        self.ws.write_string(row, col, DASH, self.book.format(_right(style)))
        self.need(col, DASH, style)

    def blank(self, row: int, col: int, style: Style) -> None:
        self.ws.write_blank(row, col, None, self.book.format(style))

    def row_height(self, row: int, points: float) -> None:
        self.heights[row] = points

    def repeat_rows(self, first: int, last: int | None = None) -> None:
        """Rows printed at the top of every page (a table's header)."""
        self.repeated = (first, first if last is None else last)
        self.ws.repeat_rows(first, self.repeated[1])

    def keep_together(self, first: int, last: int) -> None:
        """Rows first…last print on one page: an estimate's last lines with its totals, a caption
        with its table's header and first rows."""
        if last > first:
            self.kept.append((first, last))

    # --- finishing ------------------------------------------------------------------------------

    def finish(self) -> None:
        columns = set(self.needed) | set(self.fixed)
        for col in columns:
            self.ws.set_column_pixels(col, col, round(self.column_px(col)))
        heights = dict(self.heights)
        for row, col, value, style, span in self.wrapped:
            width = sum(self.column_px(c) for c in range(col, col + span))
            lines = wrapped_lines(value, width, style.bold, style.size)
            height = lines * LINE_PT * style.size / 11 + 3
            if height > heights.get(row, LINE_PT):
                heights[row] = height
        for row, height in heights.items():
            self.ws.set_row(row, height)
        if self.kept and self.geometry is not None:
            self._break_pages(heights)

    def _break_pages(self, heights: dict[int, float]) -> None:
        """Manual page breaks from the rows' heights, keeping the kept blocks whole."""
        assert self.geometry is not None
        last_row, last_col = self.ws.dim_rowmax or 0, self.ws.dim_colmax or 0
        content = sum(self.column_px(c) if c in self.fixed or c in self.needed else 64.0
                      for c in range(last_col + 1))  # fmt: skip
        room = self.geometry.height_pt / self.geometry.scale(content) * SAFETY
        rows = [heights.get(r, LINE_PT) for r in range(last_row + 1)]
        repeated = sum(rows[self.repeated[0] : self.repeated[1] + 1]) if self.repeated else 0.0
        breaks = page_breaks(rows, room, repeated, self.kept)
        if breaks:
            self.ws.set_h_pagebreaks(breaks)


def _plain_formula(formula: str, expand_future_functions: bool = False) -> str:
    return formula.removeprefix("=")


@lru_cache(maxsize=256)
def _right(style: Style) -> Style:
    return replace(style, align=style.align or "right")


HEADER_LIMIT = 255  # the most characters Excel keeps in a print header; XlsxWriter drops a longer one


def escape_print(text: str) -> str:
    """Text from outside in a print header or footer, where "&" starts a code."""
    return text.replace("&", "&&")


def print_header(title: str, code: str = "&L") -> str:
    """A running header of `title` after the position `code`, shortened with an ellipsis to what
    Excel keeps (the sheet itself has the whole title)."""
    text = escape_print(title)
    if len(code) + len(text) <= HEADER_LIMIT:
        return code + text
    kept = title[: HEADER_LIMIT - len(code) - 1]
    while len(code) + len(escape_print(kept)) + 1 > HEADER_LIMIT:
        kept = kept[:-1]  # each "&" takes two characters escaped
    return code + escape_print(kept.rstrip()) + "…"


def page_setup(sheet: Sheet, title: str, *, landscape: bool = True, pages: str = "Страница &P из &N") -> None:
    """A4, one page wide (as many long as it takes), the title at the top of every printed page and
    the pages numbered at the foot."""
    ws = sheet.ws
    if landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_paper(9)
    ws.fit_to_pages(1, 0)
    geometry = PageGeometry(landscape)
    ws.set_margins(left=geometry.left, right=geometry.right, top=geometry.top, bottom=geometry.bottom)
    sheet.geometry = geometry
    ws.set_header(print_header(title))
    ws.set_footer(f"&C{pages}")


class Book:
    """An XlsxWriter workbook: text stays text, formats are named and made once per style."""

    def __init__(self, path: Path, title: str = "", author: str = "") -> None:
        import xlsxwriter

        self.path = path
        # Assembled in memory and written in one piece: a full disk then fails one plain write, not
        # XlsxWriter's half-written zip.
        self.buffer = io.BytesIO()
        self.workbook = xlsxwriter.Workbook(
            self.buffer,
            {
                "in_memory": True,
                "strings_to_numbers": False,
                "strings_to_formulas": False,
                "strings_to_urls": False,
                "default_date_format": DATE,
            },
        )
        self.workbook.set_properties({"title": title, "author": author or "smmdesk", "comments": ""})
        self.sheets: list[Sheet] = []
        self._formats: dict[Style, Any] = {}

    def format(self, style: Style) -> Any:
        found = self._formats.get(style)
        if found is None:
            found = self._formats[style] = self.workbook.add_format(style.props())
        return found

    def sheet(self, name: str) -> Sheet:
        sheet = Sheet(self, name)
        self.sheets.append(sheet)
        return sheet

    def close(self) -> None:
        for sheet in self.sheets:
            sheet.finish()
        self.workbook.close()
        self.path.write_bytes(self.buffer.getvalue())


@contextmanager
def xlsx_book(target: Path, title: str = "", author: str = "") -> Iterator[Book]:
    """A workbook written to a temporary file and moved onto `target` when complete."""
    with atomic_output(target) as temp:
        book = Book(temp, title, author)
        yield book
        book.close()
