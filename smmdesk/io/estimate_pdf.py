"""The client's estimate as PDF: the same content as the XLSX, on A4 pages drawn by `io.pdf`, in
the estimate's currency; the totals and the signatures stay with the last lines."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import format_decimal, format_money
from smmdesk.io import estimate_content as content
from smmdesk.io.pdf import Column, PdfDocument

TITLES = ("№", "Блогер / статья расходов", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед.",
          "Сумма", "Скидка", "Итого", "Охват, прогноз", "CPM")  # fmt: skip
WEIGHTS = (2.2, 10, 6, 8, 7.5, 6, 4, 7, 7, 4.5, 7.5, 6.5, 6.5)
NUMERIC = {0, 6, 7, 8, 9, 10, 11, 12}
MONEY = {7, 8, 10, 12}


def columns(currency: str) -> list[Column]:
    return [
        Column(
            content.money_title(title, currency) if i in MONEY else title, WEIGHTS[i], numeric=i in NUMERIC
        )
        for i, title in enumerate(TITLES)
    ]


def _count(value: int | None, applies: bool = True) -> str:
    if not applies:
        return ""
    return "—" if value is None else format_decimal(Decimal(value), 0)


def write_estimate_pdf(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date | None = None,
) -> int:
    """Writes the estimate on A4 landscape pages; returns the number of pages."""
    return _write(path, version, agency_name, platform_titles, format_titles)  # PdfDocument writes atomically


def _write(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
) -> int:
    currency = version.currency

    def money(value: Decimal | None) -> str:
        return format_money(value, currency)

    title = content.title_of(version)
    doc = PdfDocument(path, title=f"{title}, версия {version.number}")
    doc.heading(title)
    doc.pairs(content.header_facts(version, agency_name))
    missing = content.unpriced(version)
    if missing:
        doc.text(content.unpriced_words(missing), bold=True, color="#b00020", before_mm=1)
    doc.space(2)
    rows = []
    for number, line in enumerate(version.lines, start=1):
        words = content.line_words(line, platform_titles, format_titles)
        forecast = line.forecast
        priced = line.unit_price is not None
        rows.append(
            [
                str(number),
                words.title,
                words.platform,
                words.handle,
                words.format,
                line.planned_date.strftime("%d.%m.%Y") if line.planned_date else "",
                str(line.quantity),
                money(line.unit_price),
                money(line.gross if priced else None),
                content.percent_words(line.discount_pct) if line.discount_pct else "",
                money(line.net if priced else None),
                _count(forecast.reach, line.is_placement),
                money(forecast.cpm if priced else None) if line.is_placement else "",
            ]
        )
    totals = [
        (line.words(), money(line.amount) if line.amount is not None else "")
        for line in content.totals_of(version)
    ]
    forecast = version.forecast
    outlook = ""
    if forecast.views:
        outlook = (
            f"Прогноз: охват {_count(forecast.reach)}, просмотры {_count(forecast.views)}, "
            f"CPM {money(forecast.cpm)}, CPV {money(forecast.cpv)}."
        )
    signatures = content.signatures()
    after = doc.totals_height(totals) + sum(doc.text_height(s, before_mm=7) for s in signatures)
    after += doc.text_height(outlook, before_mm=3) if outlook else 0.0
    doc.table(columns(currency), rows, keep_with_next=after)
    doc.keep(after)
    doc.totals(totals)
    if outlook:
        doc.text(outlook, before_mm=3)
    for signature in signatures:
        doc.text(signature, before_mm=7)
    return doc.finish()
