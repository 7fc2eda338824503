"""The placement plan as an XLSX calendar: a row per influencer (or platform, by its title), a
column per day; a month to a printed page across, the title and the days repeated on every page,
in the language chosen at export (the caller gives the words)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.plan import Plan, short_label
from smmdesk.io.xlsx_book import HEADER_FILL, Style, escape_print, xlsx_book

DAY_PX = 52  # a day's column: a short format name and its count on two lines
LABEL_PX = 230
# The printable width of A4 landscape at 100 %, in pixels at 96 dpi (1 046), less what a renderer's
# rounding of column widths adds (LibreOffice draws a 52 px column a few pixels wider).
PAGE_PX = 940


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


def print_scale(days: Sequence[dt.date]) -> int:
    """The scale (%) at which the longest month of the plan, with the label column, fits a page across."""
    longest, run = 0, 0
    for i, day in enumerate(days):
        run = 1 if i == 0 or day.day == 1 else run + 1
        longest = max(longest, run)
    needed = LABEL_PX + longest * DAY_PX
    return max(10, min(100, int(PAGE_PX * 100 / needed)))


def write_plan_xlsx(path: Path, plan: Plan, words: PlanWords) -> None:
    with xlsx_book(path, words.title) as book:
        sheet = book.sheet(words.sheet)
        days = plan.days()
        bold = Style(bold=True)
        sheet.text(0, 0, words.title, Style(bold=True, size=13), fit=False)
        sheet.text(1, 0, words.period, fit=False)
        header = 3
        sheet.width(0, LABEL_PX)
        head = Style(bold=True, border=True, fill=HEADER_FILL, wrap=True, align="center", valign="vcenter")
        weekend_head = Style(
            bold=True, border=True, fill="#F2F2F2", wrap=True, align="center", valign="vcenter"
        )
        sheet.text(
            header, 0, words.row_title, Style(bold=True, border=True, fill=HEADER_FILL, valign="vcenter")
        )
        for offset, day in enumerate(days, start=1):
            label = f"{day:%d.%m}\n{words.weekdays[day.weekday()]}"
            sheet.text(header, offset, label, weekend_head if day.weekday() >= 5 else head, fit=False)
            sheet.width(offset, DAY_PX)
        sheet.row_height(header, 32)
        cell = Style(border=True, wrap=True)
        label_style = Style(border=True, wrap=True, valign="vcenter")
        booked = Style(border=True, wrap=True, fill="#E2EFDA", align="center", size=9)
        conflict = Style(border=True, wrap=True, fill="#F8CBAD", align="center", size=9)
        weekend = Style(border=True, fill="#F2F2F2")
        for number, (key, label) in enumerate(plan.rows, start=header + 1):
            sheet.text(number, 0, label, label_style, fit=False)
            for offset, day in enumerate(days, start=1):
                entries = plan.cells.get((key, day), [])
                if entries:
                    text = short_label(entries, dict(words.format_short))
                    sheet.text(
                        number, offset, text, conflict if plan.conflict(key, day) else booked, fit=False
                    )
                else:
                    sheet.blank(number, offset, weekend if day.weekday() >= 5 else cell)
        last = header + len(plan.rows) + 2
        if plan.undated:
            sheet.text(last, 0, words.undated.format(count=len(plan.undated)), bold, fit=False)
        ws = sheet.ws
        ws.freeze_panes(header + 1, 1)
        ws.repeat_rows(0, header)  # the title and the days on every printed page
        ws.repeat_columns(0)  # and the names
        ws.set_landscape()
        ws.set_paper(9)
        ws.set_margins(left=0.4, right=0.4, top=0.6, bottom=0.6)
        ws.set_print_scale(print_scale(days))
        ws.set_v_pagebreaks([i + 1 for i in month_starts(days)])  # a month to a page across
        ws.set_header(f"&L{escape_print(words.title)}")
        ws.set_footer("&C&P / &N")
