"""The client's estimate as XLSX: a header block, the lines with live formulas that round where
RULES.md rounds, the discount, agency fee, VAT and total lines, rouble formats, print setup.

Client documents are in Russian, whatever the interface language. Excel and LibreOffice show
`ROUND(…;2)` in a Russian locale; the file stores the function with a comma.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.domain.estimate import STATUS_LABELS, VatMode
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import format_decimal
from smmdesk.io.atomic import write_workbook
from smmdesk.io.safe_text import set_text
from smmdesk.io.xlsx_table import INTEGER, ROUBLES

STATUS_RU = {
    "draft": "черновик",
    "sent": "отправлена клиенту",
    "approved": "согласована",
    "rejected": "отклонена",
}
assert set(STATUS_RU) == set(STATUS_LABELS)
HEADERS = (
    ("№", 5),
    ("Блогер / статья расходов", 28),
    ("Площадка", 12),
    ("Аккаунт", 18),
    ("Формат", 20),
    ("Дата", 11),
    ("Кол-во", 8),
    ("Цена за ед., ₽", 15),
    ("Сумма, ₽", 15),
    ("Скидка, %", 9),
    ("Итого, ₽", 15),
    ("Подписчики", 12),
    ("Охват, прогноз", 13),
    ("Просмотры, прогноз", 13),
    ("CPM, ₽", 11),
    ("CPV, ₽", 10),
)
HEADER_ROW = 8
FIRST_LINE = HEADER_ROW + 1
DATE_FORMAT = "DD.MM.YYYY"
PERCENT = "0.00"


COLUMN_FORMATS = (  # the number format of each column of the lines; the title column wraps
    "General", "General", "General", "General", "General", DATE_FORMAT, INTEGER, ROUBLES, ROUBLES, PERCENT,
    ROUBLES, INTEGER, INTEGER, INTEGER, ROUBLES, ROUBLES,
)  # fmt: skip
assert len(COLUMN_FORMATS) == len(HEADERS)


class Formula(str):
    """A formula this program wrote; every other string is written as text."""


def percent_text(value: Decimal) -> str:
    text = format_decimal(value, 2)
    return text.rstrip("0").rstrip(",") if "," in text else text


def line_title(line: Any, platform_titles: Mapping[str, str]) -> str:
    if line.is_placement:
        return line.influencer_name or line.handle
    return line.title


def write_estimate_xlsx(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date | None = None,
) -> dict[str, int]:
    """Writes the file; returns the row of each total ("net", "fee", "subtotal", "vat", "total")."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    made_on = made_on or dt.date.today()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Смета"
    bold = Font(bold=True)
    title = f"Смета «{version.title}»" if version.title else "Смета"
    set_text(sheet["A1"], f"{title}, версия {version.number}")
    sheet["A1"].font = Font(bold=True, size=14)
    header_block = [
        ("Агентство:", agency_name or "—"),
        (
            "Клиент:",
            version.client_name + (f" ({version.client_legal_name})" if version.client_legal_name else ""),
        ),
        ("Кампания:", version.campaign_name),
        ("Период:", f"{version.period_from:%d.%m.%Y} — {version.period_to:%d.%m.%Y}"),
        ("Версия:", f"{version.number}, {STATUS_RU[version.status]}, от {made_on:%d.%m.%Y}"),
    ]
    for offset, (label, value) in enumerate(header_block, start=2):
        set_text(sheet.cell(row=offset, column=1), label)
        sheet.cell(row=offset, column=1).font = bold
        set_text(sheet.cell(row=offset, column=2), value)

    fill = PatternFill("solid", fgColor="DCE6F1")
    thin = Side(style="thin", color="A6A6A6")
    border = Border(top=thin, bottom=thin, left=thin, right=thin)
    for column, (text, width) in enumerate(HEADERS, start=1):
        cell = sheet.cell(row=HEADER_ROW, column=column)
        set_text(cell, text)
        cell.font = bold
        cell.fill = fill
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.row_dimensions[HEADER_ROW].height = 32

    styles = _line_styles(book, border)
    row = FIRST_LINE
    for number, line in enumerate(version.lines, start=1):
        values: list[Any] = [
            number,
            line_title(line, platform_titles),
            platform_titles.get(line.platform, line.platform) if line.is_placement else "",
            ("@" + line.handle) if line.handle else "",
            format_titles.get(line.format_id or 0, line.format_title) if line.is_placement else "",
            line.planned_date,
            line.quantity,
            line.unit_price if line.unit_price is not None else Decimal(0),
            Formula(f"=ROUND(G{row}*H{row},2)"),
            line.discount_pct,
            Formula(f"=ROUND(I{row}*(1-J{row}/100),2)"),
            line.followers,
            line.forecast.reach,
            line.forecast.views,
            Formula(f'=IF(N(N{row})>0,ROUND(K{row}/N{row}*1000,2),"—")'),
            Formula(f'=IF(N(N{row})>0,ROUND(K{row}/N{row},2),"—")'),
        ]
        for column, value in enumerate(values, start=1):
            cell = sheet.cell(row=row, column=column)
            if isinstance(value, Formula):
                cell.value = str(value)
            elif isinstance(value, str):
                set_text(cell, value)  # names and handles from outside: never a formula
            elif value is not None:
                cell.value = value
            cell.style = styles[column - 1]  # one named style per column: border, format, alignment
        row += 1
    last = row - 1
    net = f"SUM(K{FIRST_LINE}:K{last})" if last >= FIRST_LINE else "0"
    gross = f"SUM(I{FIRST_LINE}:I{last})" if last >= FIRST_LINE else "0"

    row += 1
    fee_pct = version.agency_fee_pct
    vat_rate = version.vat_rate
    mode = VatMode(version.vat_mode)
    totals: list[tuple[str, str, Any]] = [
        ("Сумма без скидки", f"={gross}", None),
        ("Скидка", f"={gross}-{net}", None),
        ("Итого по размещениям и расходам", f"={net}", None),
        (f"Агентская комиссия, {percent_text(fee_pct)} %", f"=ROUND(K{row + 2}*J{row + 3}/100,2)", fee_pct),
        ("Итого без НДС", f"=K{row + 2}+K{row + 3}", None),
    ]
    subtotal_row = row + 4
    if mode is VatMode.ON_TOP:
        totals.append(
            (f"НДС {percent_text(vat_rate)} %", f"=ROUND(K{subtotal_row}*J{row + 5}/100,2)", vat_rate)
        )
        totals.append(("Всего к оплате с НДС", f"=K{subtotal_row}+K{row + 5}", None))
    elif mode is VatMode.INCLUDED:
        totals.append(
            (
                f"В том числе НДС {percent_text(vat_rate)} %",
                f"=ROUND(K{subtotal_row}*J{row + 5}/(100+J{row + 5}),2)",
                vat_rate,
            )
        )
        totals.append(("Всего к оплате", f"=K{subtotal_row}", None))
    else:
        totals.append(("НДС не облагается (УСН)", "=0", None))
        totals.append(("Всего к оплате", f"=K{subtotal_row}", None))
    rows = {"net": row + 2, "fee": row + 3, "subtotal": row + 4, "vat": row + 5, "total": row + 6}
    for label, formula, rate in totals:
        set_text(sheet.cell(row=row, column=2), label)
        sheet.cell(row=row, column=2).font = bold
        if rate is not None:
            sheet.cell(row=row, column=10).value = rate
            sheet.cell(row=row, column=10).number_format = PERCENT
        sheet.cell(row=row, column=11).value = formula
        sheet.cell(row=row, column=11).number_format = ROUBLES
        sheet.cell(row=row, column=11).font = bold
        row += 1
    total_row = row - 1
    sheet.cell(row=total_row, column=2).font = Font(bold=True, size=12)
    sheet.cell(row=total_row, column=11).font = Font(bold=True, size=12)

    row += 2
    for label in (
        "Согласовано (клиент): ______________________ / ______________ /",
        "Агентство: ______________________ / ______________ /",
    ):
        set_text(sheet.cell(row=row, column=2), label)
        row += 2

    sheet.freeze_panes = sheet.cell(row=FIRST_LINE, column=1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    sheet.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    sheet.print_options.gridLines = False
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    sheet.oddFooter.center.text = "Страница &P из &N"
    sheet.oddHeader.right.text = title
    book.properties.title = title
    book.properties.creator = agency_name or "smmdesk"
    write_workbook(path, book)
    return rows


def _line_styles(book: Any, border: Any) -> list[str]:
    """Registers a named style per column of the lines (setting a cell's font, border and format one
    by one costs openpyxl a hash of each style object per cell; a named style is set at once)."""
    from openpyxl.styles import Alignment, NamedStyle

    names = []
    for column, number_format in enumerate(COLUMN_FORMATS, start=1):
        name = f"Смета, столбец {column}"
        wrap = Alignment(wrap_text=True, vertical="top") if column == 2 else Alignment(vertical="top")
        book.add_named_style(
            NamedStyle(name=name, border=border, number_format=number_format, alignment=wrap)
        )
        names.append(name)
    return names
