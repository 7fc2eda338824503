"""The estimate as raw data for people who want it: one row per line, numbers without grouping
(a decimal comma, as Russian Excel reads them), the money columns naming the estimate's currency,
"—" where a figure is undefined, the totals worded by the VAT mode."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import round_to
from smmdesk.io import estimate_content as content
from smmdesk.io.safe_text import write_csv_rows

TITLES = (
    "№", "Тип", "Блогер / статья", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед.",
    "Сумма", "Скидка, %", "Итого", "Подписчики", "Охват, прогноз", "Просмотры, прогноз",
)  # fmt: skip
MONEY = {8, 9, 11}
DASH = "—"


def header(currency: str) -> list[object]:
    return [content.money_title(t, currency) if i in MONEY else t for i, t in enumerate(TITLES)]


def _number(value: Decimal | int | None, places: int | None = None) -> str:
    if value is None:
        return DASH
    if places is not None:
        value = round_to(Decimal(value), places)
    return str(value).replace(".", ",")


def write_estimate_csv(
    path: Path, version: VersionView, platform_titles: Mapping[str, str], format_titles: Mapping[int, str]
) -> None:
    rows: list[list[object]] = [list(header(version.currency))]
    for number, line in enumerate(version.lines, start=1):
        words = content.line_words(line, platform_titles, format_titles)
        priced = line.unit_price is not None
        placement = line.is_placement
        rows.append(
            [
                number,
                "размещение" if placement else "расход",
                words.title,
                words.platform,
                line.handle,
                words.format,
                line.planned_date.strftime("%d.%m.%Y") if line.planned_date else "",
                line.quantity,
                _number(line.unit_price, 2),
                _number(line.gross if priced else None, 2),
                _number(line.discount_pct, 2),
                _number(line.net if priced else None, 2),
                _number(line.followers) if placement else "",
                _number(line.forecast.reach) if placement else "",
                _number(line.forecast.views) if placement else "",
            ]
        )
    for total in content.totals_of(version):
        amount = "" if total.amount is None else _number(total.amount, 2)
        rows.append(["", "итог", total.words(), "", "", "", "", "", "", "", "", amount])
    write_csv_rows(path, rows)
