"""The client's estimate as XLSX: the header block, the lines with live formulas that round where
RULES.md rounds (each with the value the program computed), the totals worded by the VAT mode, the
forecast and the signatures; in the estimate's currency, fitted to its columns, A4 landscape.

Excel and LibreOffice show `ROUND(…;2)` in a Russian locale; the file stores it with a comma.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import format_decimal, format_money, round_money
from smmdesk.io import estimate_content as content
from smmdesk.io.xlsx_book import (
    COUNT,
    DASH,
    DECIMAL2,
    HEADER,
    PLAIN,
    Sheet,
    Style,
    money_format,
    page_setup,
    xlsx_book,
)

TITLES = (
    "№", "Блогер / статья расходов", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед.",
    "Сумма", "Скидка, %", "Итого", "Подписчики", "Охват, прогноз", "Просмотры, прогноз", "CPM", "CPV",
)  # fmt: skip
MONEY_COLUMNS = {7, 8, 10, 14, 15}
LAST = len(TITLES) - 1
WARNING = "#B00020"
KEPT_LINES = 2  # the lines that go over to a new page with the totals


def column_titles(currency: str) -> list[str]:
    return [content.money_title(t, currency) if i in MONEY_COLUMNS else t for i, t in enumerate(TITLES)]


def write_estimate_xlsx(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date | None = None,
) -> dict[str, int]:
    """Writes the file; returns the 1-based row of each total by its key (net, fee, subtotal…)."""
    title = content.title_of(version)
    with xlsx_book(path, title, agency_name) as book:
        sheet = book.sheet("Смета")
        rows = _write(sheet, version, agency_name, platform_titles, format_titles)
        page_setup(sheet, f"{title}, версия {version.number}")
        sheet.ws.hide_gridlines(2)
    return rows


def _write(
    sheet: Sheet,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
) -> dict[str, int]:
    currency = version.currency
    money = money_format(currency)
    bold = Style(bold=True)
    # Across the table and wrapped there: a title wider than the table takes lines, not the page.
    title = f"{content.title_of(version)}, версия {version.number}"
    sheet.merged_text(0, 0, LAST, title, Style(bold=True, size=14, wrap=True, align="left"))
    row = 1
    for label, value in content.header_facts(version, agency_name):
        sheet.text(row, 1, label + ":", bold)
        sheet.merged_text(row, 2, LAST, value, Style(wrap=True, align="left"))
        row += 1
    missing = content.unpriced(version)
    if missing:
        warning = Style(bold=True, color=WARNING, wrap=True, align="left")
        sheet.merged_text(row, 1, LAST, content.unpriced_words(missing), warning)
        row += 1
    header = row + 1
    for col, text in enumerate(column_titles(currency)):
        sheet.text(header, col, text, HEADER)
    sheet.caps.update({1: 260, 3: 170, 4: 190})
    ws = sheet.ws
    ws.freeze_panes(header + 1, 0)
    sheet.repeat_rows(header)

    cell = Style(border=True)
    number = Style(border=True, number=COUNT, align="right")
    cash = Style(border=True, number=money, align="right")
    percent = Style(border=True, number=DECIMAL2, align="right")
    date = Style(border=True, number="dd.mm.yyyy", align="center")
    first = header + 1
    for n, line in enumerate(version.lines):
        r = first + n
        x = r + 1  # the row's number in formulas
        words = content.line_words(line, platform_titles, format_titles)
        sheet.number(r, 0, n + 1, number)
        for col, text in ((1, words.title), (2, words.platform), (3, words.handle), (4, words.format)):
            sheet.text(r, col, text, cell) if text else sheet.blank(r, col, cell)
        if line.planned_date:
            sheet.date(r, 5, line.planned_date, date)
        else:
            sheet.blank(r, 5, cell)
        sheet.number(r, 6, line.quantity, number)
        if line.unit_price is None:  # no price yet: "—", and the line adds nothing to the totals
            for col in (7, 8, 10):
                sheet.dash(r, col, cash)
        else:
            sheet.number(r, 7, line.unit_price, cash)
            sheet.formula(r, 8, f"=ROUND(G{x}*H{x},2)", line.gross, cash)
            sheet.formula(r, 10, f"=ROUND(I{x}*(1-J{x}/100),2)", line.net, cash)
        sheet.number(r, 9, line.discount_pct, percent)
        forecast = line.forecast
        for col, figure in ((11, line.followers), (12, forecast.reach), (13, forecast.views)):
            if line.is_placement:
                sheet.number(r, col, figure, number)
            else:  # a cost has no audience: nothing to forecast, not an unknown figure
                sheet.blank(r, col, cell)
        priced = line.unit_price is not None
        cpm = round_money(forecast.cpm) if priced and forecast.cpm is not None else DASH
        cpv = round_money(forecast.cpv) if priced and forecast.cpv is not None else DASH
        sheet.formula(r, 14, f'=IF(AND(N(N{x})>0,ISNUMBER(K{x})),ROUND(K{x}/N{x}*1000,2),"—")', cpm, cash)
        sheet.formula(r, 15, f'=IF(AND(N(N{x})>0,ISNUMBER(K{x})),ROUND(K{x}/N{x},2),"—")', cpv, cash)
    last = first + len(version.lines) - 1
    at = _totals(sheet, version, last + 2, first, last, cash)
    # The last lines, the totals, the forecast and the signatures print on one page.
    sheet.keep_together(max(first, last - KEPT_LINES + 1), sheet.ws.dim_rowmax or last)
    return at


def _totals(
    sheet: Sheet, version: VersionView, row: int, first: int, last: int, cash: Style
) -> dict[str, int]:
    """The totals block, each a formula over the cells above with the program's figure beside it."""
    label = Style(bold=True, align="right")
    amount = replace(cash, bold=True, border=False)
    lines = content.totals_of(version)
    at = {line.key: row + i + 1 for i, line in enumerate(lines)}  # 1-based rows for formulas
    some = last >= first
    gross = f"SUM(I{first + 1}:I{last + 1})" if some else "0"
    net = f"SUM(K{first + 1}:K{last + 1})" if some else "0"
    fee, vat = version.agency_fee_pct, version.vat_rate
    formulas = {
        "gross": f"={gross}",
        "discount": f"=K{at['gross']}-K{at['net']}",
        "net": f"={net}",
        "fee": f"=ROUND(K{at['net']}*{fee}/100,2)",
        "subtotal": f"=K{at['net']}+K{at['fee']}",
        "vat": {
            "on_top": f"=ROUND(K{at['subtotal']}*{vat}/100,2)",
            "included": f"=ROUND(K{at['subtotal']}*{vat}/(100+{vat}),2)",
        }.get(version.vat_mode, ""),
        "total": {
            "on_top": f"=K{at['subtotal']}+K{at['vat']}",
        }.get(version.vat_mode, f"=K{at['subtotal']}"),
    }
    for i, line in enumerate(lines):
        r = row + i
        grand = line.key == "total"
        style = replace(label, size=12) if grand else label
        sheet.ws.merge_range(r, 1, r, 9, line.words(), sheet.book.format(style))
        if line.amount is not None:
            sheet.formula(
                r, 10, formulas[line.key], line.amount, replace(amount, size=12) if grand else amount
            )
    row += len(lines) + 1
    forecast = version.forecast
    if forecast.views:
        cpm = format_money(forecast.cpm, version.currency)
        cpv = format_money(forecast.cpv, version.currency)
        sheet.merged_text(
            row,
            1,
            LAST,
            f"Прогноз: охват {_count(forecast.reach)}, просмотры {_count(forecast.views)}, "
            f"CPM {cpm}, CPV {cpv}.",
            Style(wrap=True, align="left"),
        )
        row += 2
    for words in content.signatures():
        sheet.ws.merge_range(row, 1, row, LAST, words, sheet.book.format(PLAIN))
        row += 2
    return at


def _count(value: int | None) -> str:
    return "—" if value is None else format_decimal(Decimal(value), 0)
