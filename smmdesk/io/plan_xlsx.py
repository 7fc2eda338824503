"""The placement plan as an XLSX calendar: a row per influencer's account (or platform, by its
title), a column per day; half a month to a printed page across at a legible scale, each page across
with its own column of names and the title over it (a repeated column would cut the title at its
edge), the days repeated on every page down, in the language chosen at export (the caller gives the
words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import Path

from smmdesk.domain.plan import Plan, day_formats, format_label
from smmdesk.io.xlsx_book import HEADER_FILL, PAD_PX, Style, print_header, text_px, xlsx_book

DAY_PX = 60  # a day's column: a format's short name and its count on a line
LABEL_PX = 200
# The printable width of A4 landscape at 100 %, in pixels at 96 dpi (1 046), less what a renderer's
# rounding of column widths adds (LibreOffice draws a day's column a few pixels wider).
PAGE_PX = 940
HALF = 16  # a month prints in two halves across, from the 1st and from the 16th: legible, never tiny
CELL_PT, SMALLEST_PT = 9.0, 7.0  # a day's text, made smaller (to this) before a name is shortened
CELL_LINES = 5  # the most formats a day's cell lists; more are counted («+3»)


@dataclass(frozen=True)
class PlanWords:
    """What the file says, in its language."""

    sheet: str  # «План»
    title: str  # «План размещений: клиент — кампания»
    period: str  # «Период: 01.12.2026 — 31.12.2026»
    row_title: str  # «Блогер» or «Площадка»
    undated: str  # «Без даты: {count}», with the count to fill
    weekdays: Sequence[str]  # Monday first, short
    format_short: Mapping[int, str]  # a format's id → its short name


def month_starts(days: Sequence[dt.date]) -> list[int]:
    """The positions (0-based) in `days` where a new month begins, after the first."""
    return [i for i, day in enumerate(days) if i and day.day == 1]


def page_starts(days: Sequence[dt.date]) -> list[int]:
    """The positions (0-based) where a printed page across begins, after the first: each month's
    1st and 16th."""
    return [i for i, day in enumerate(days) if i and day.day in (1, HALF)]


def print_scale(days: Sequence[dt.date]) -> int:
    """The scale (%) at which the longest page across (half a month), with the label column, fits."""
    starts = [0, *page_starts(days), len(days)]
    longest = max((b - a for a, b in pairwise(starts)), default=0)
    needed = LABEL_PX + longest * DAY_PX
    return max(10, min(100, int(PAGE_PX * 100 / needed)))


def day_text(formats: Sequence[tuple[str, int]]) -> tuple[str, float]:
    """A day's cell and its type size: each format on lines of its own, its count kept with the last
    word of its name («Фото меропр.×2» as «Фото» over «меропр.×2», never «×2» alone), the type
    smaller where a word is wider than the column, at most CELL_LINES formats (more are counted)."""
    shown = list(formats)
    if len(shown) > CELL_LINES:
        rest = len(shown) - (CELL_LINES - 1)
        shown = [*shown[: CELL_LINES - 1], (f"+{rest}", 1)]
    room = DAY_PX - PAD_PX
    size = CELL_PT
    while size > SMALLEST_PT and any(text_px(w, size=size) > room for w in _words(shown)):
        size -= 0.5
    lines = [line for name, n in shown for line in _lines(name, n, room, size)]
    return "\n".join(lines), size


def _words(formats: Sequence[tuple[str, int]]) -> list[str]:
    """The words a day's cell breaks between: each format's, its last one with the count."""
    words = []
    for name, quantity in formats:
        parts = name.split() or [name]
        words += [*parts[:-1], format_label(parts[-1], quantity)]
    return words


def _lines(name: str, quantity: int, room: float, size: float) -> list[str]:
    """A format's name and count in lines of `room` px, broken between words only (a word still too
    wide is shortened with "…")."""
    lines: list[str] = []
    for word in _words([(name, quantity)]):
        while text_px(word, size=size) > room and len(word) > 2:
            head, _, tail = word.partition("×")
            word = (head[:-2] + "…×" + tail) if tail else head[:-2] + "…"
        if lines and text_px(lines[-1] + " " + word, size=size) <= room:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines


def day_columns(days: Sequence[dt.date]) -> tuple[list[int], list[int]]:
    """Where each day goes (its column) and where each page across begins (a column of names before
    its first day): the names' column is written again before every page across."""
    starts = set(page_starts(days))
    columns, labels, col = [], [0], 0
    for index in range(len(days)):
        col += 1
        if index in starts:
            labels.append(col)
            col += 1
        columns.append(col)
    return columns, labels


def write_plan_xlsx(path: Path, plan: Plan, words: PlanWords) -> None:
    with xlsx_book(path, words.title) as book:
        sheet = book.sheet(words.sheet)
        days = plan.days()
        columns, labels = day_columns(days)
        bold = Style(bold=True)
        header = 3
        head = Style(bold=True, border=True, fill=HEADER_FILL, wrap=True, align="center", valign="vcenter")
        weekend_head = Style(
            bold=True, border=True, fill="#F2F2F2", wrap=True, align="center", valign="vcenter"
        )
        row_head = Style(bold=True, border=True, fill=HEADER_FILL, valign="vcenter")
        for col in labels:  # each page across: the title, the period and the names' column head
            sheet.text(0, col, words.title, Style(bold=True, size=13), fit=False)
            sheet.text(1, col, words.period, fit=False)
            sheet.text(header, col, words.row_title, row_head)
            sheet.width(col, LABEL_PX)
        for col, day in zip(columns, days, strict=True):
            label = f"{day:%d.%m}\n{words.weekdays[day.weekday()]}"
            sheet.text(header, col, label, weekend_head if day.weekday() >= 5 else head, fit=False)
            sheet.width(col, DAY_PX)
        sheet.row_height(header, 32)
        cell = Style(border=True, wrap=True)
        label_style = Style(border=True, wrap=True, valign="vcenter")
        booked = Style(border=True, wrap=True, fill="#E2EFDA", align="center", size=9)
        conflict = Style(border=True, wrap=True, fill="#F8CBAD", align="center", size=9)
        weekend = Style(border=True, fill="#F2F2F2")
        for number, (key, label) in enumerate(plan.rows, start=header + 1):
            for col in labels:
                sheet.text(number, col, label, label_style, fit=False)
            for col, day in zip(columns, days, strict=True):
                entries = plan.cells.get((key, day), [])
                if entries:
                    text, size = day_text(day_formats(entries, words.format_short))
                    style = replace(conflict if plan.conflict(key, day) else booked, size=size)
                    sheet.text(number, col, text, style, fit=False)
                else:
                    sheet.blank(number, col, weekend if day.weekday() >= 5 else cell)
        last = header + len(plan.rows) + 2
        if plan.undated:
            sheet.text(last, 0, words.undated.format(count=len(plan.undated)), bold, fit=False)
        ws = sheet.ws
        ws.freeze_panes(header + 1, 1)
        sheet.repeat_rows(0, header)  # the title and the days on every printed page down
        ws.set_landscape()
        ws.set_paper(9)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_print_scale(print_scale(days))
        ws.set_v_pagebreaks(labels[1:])  # half a month to a page across, each with its names
        ws.set_header(print_header(words.title))
        ws.set_footer("&C&P / &N")
