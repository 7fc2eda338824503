"""The client's estimate as PDF: the same content as the XLSX, on A4 pages drawn by `io.pdf`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.estimate import VatMode
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import format_decimal, format_money
from smmdesk.io.estimate_xlsx import STATUS_RU, line_title, percent_text
from smmdesk.io.pdf import Column, PdfDocument


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else "—"


def _int(value: int | None) -> str:
    return "" if value is None else format_decimal(Decimal(value), 0)


def write_estimate_pdf(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date | None = None,
) -> int:
    """Writes the estimate on A4 landscape pages; returns the number of pages."""
    made_on = made_on or dt.date.today()
    title = f"Смета «{version.title}»" if version.title else "Смета"
    client = version.client_name + (f" ({version.client_legal_name})" if version.client_legal_name else "")
    doc = PdfDocument(path, title=f"{title}, версия {version.number}")
    doc.heading(title)
    doc.pairs(
        [
            ("Агентство", agency_name or "—"),
            ("Клиент", client),
            ("Кампания", version.campaign_name),
            ("Период", f"{version.period_from:%d.%m.%Y} — {version.period_to:%d.%m.%Y}"),
            ("Версия", f"{version.number}, {STATUS_RU[version.status]}, от {made_on:%d.%m.%Y}"),
        ]
    )
    doc.space(2)
    rows = []
    for number, line in enumerate(version.lines, start=1):
        forecast = line.forecast
        rows.append(
            [
                str(number),
                line_title(line, platform_titles),
                platform_titles.get(line.platform, line.platform) if line.is_placement else "",
                ("@" + line.handle) if line.handle else "",
                format_titles.get(line.format_id or 0, line.format_title) if line.is_placement else "",
                line.planned_date.strftime("%d.%m.%Y") if line.planned_date else "",
                str(line.quantity),
                _money(line.unit_price),
                _money(line.gross),
                percent_text(line.discount_pct) + " %" if line.discount_pct else "",
                _money(line.net),
                _int(forecast.reach),
                _money(forecast.cpm) if forecast.cpm is not None else "—",
            ]
        )
    doc.table(COLUMNS, rows)
    doc.totals([(label, _money(value)) for label, value in total_rows(version)])
    forecast = version.forecast
    if forecast.views:
        doc.text(
            f"Прогноз: охват {_int(forecast.reach)}, просмотры {_int(forecast.views)}, "
            f"CPM {_money(forecast.cpm)}, CPV {_money(forecast.cpv)}.",
            before_mm=3,
        )
    doc.text(
        "Согласовано (клиент): ______________________ / ______________ /      Дата: ____________", before_mm=8
    )
    doc.text("Агентство: ______________________ / ______________ /", before_mm=6)
    return doc.finish()


COLUMNS = (
    Column("№", 2.2, numeric=True),
    Column("Блогер / статья расходов", 10),
    Column("Площадка", 6),
    Column("Аккаунт", 8),
    Column("Формат", 7.5),
    Column("Дата", 6),
    Column("Кол-во", 4, numeric=True),
    Column("Цена за ед.", 7, numeric=True),
    Column("Сумма", 7, numeric=True),
    Column("Скидка", 4.5, numeric=True),
    Column("Итого", 7.5, numeric=True),
    Column("Охват, прогноз", 6.5, numeric=True),
    Column("CPM", 6.5, numeric=True),
)


def total_rows(version: VersionView) -> list[tuple[str, Decimal]]:
    """The totals under the lines, worded as the XLSX words them."""
    totals = version.totals
    rows = [
        ("Сумма без скидки", totals.gross_total),
        ("Скидка", totals.discount_total),
        ("Итого по размещениям и расходам", totals.net_total),
        (f"Агентская комиссия, {percent_text(version.agency_fee_pct)} %", totals.agency_fee),
        ("Итого без НДС", totals.subtotal),
    ]
    mode = VatMode(version.vat_mode)
    if mode is VatMode.ON_TOP:
        return [
            *rows,
            (f"НДС {percent_text(version.vat_rate)} %", totals.vat),
            ("Всего к оплате с НДС", totals.total),
        ]
    if mode is VatMode.INCLUDED:
        return [
            *rows,
            (f"В том числе НДС {percent_text(version.vat_rate)} %", totals.vat),
            ("Всего к оплате", totals.total),
        ]
    return [*rows, ("НДС не облагается (УСН)", totals.vat), ("Всего к оплате", totals.total)]
