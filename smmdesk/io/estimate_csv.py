"""The estimate as raw data for people who want it: one row per line, numbers without formatting."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from smmdesk.domain.estimate_view import VersionView
from smmdesk.io.safe_text import write_csv_rows

HEADER = (
    "№", "Тип", "Блогер / статья", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед.",
    "Сумма", "Скидка, %", "Итого", "Подписчики", "Охват, прогноз", "Просмотры, прогноз",
)  # fmt: skip


def _number(value: object) -> str:
    return "" if value is None else str(value).replace(".", ",")


def write_estimate_csv(
    path: Path, version: VersionView, platform_titles: Mapping[str, str], format_titles: Mapping[int, str]
) -> None:
    rows: list[list[object]] = [list(HEADER)]
    for number, line in enumerate(version.lines, start=1):
        rows.append(
            [
                number,
                "размещение" if line.is_placement else "расход",
                line.influencer_name if line.is_placement else line.title,
                platform_titles.get(line.platform, line.platform),
                line.handle,
                format_titles.get(line.format_id or 0, line.format_title) if line.is_placement else "",
                line.planned_date.strftime("%d.%m.%Y") if line.planned_date else "",
                line.quantity,
                _number(line.unit_price),
                _number(line.gross),
                _number(line.discount_pct),
                _number(line.net),
                _number(line.followers),
                _number(line.forecast.reach),
                _number(line.forecast.views),
            ]
        )
    totals = version.totals
    for label, value in (
        ("Итого по размещениям и расходам", totals.net_total),
        ("Агентская комиссия", totals.agency_fee),
        ("Итого без НДС", totals.subtotal),
        ("НДС", totals.vat),
        ("Всего к оплате", totals.total),
    ):
        rows.append(["", "итог", label, "", "", "", "", "", "", "", "", _number(value)])
    write_csv_rows(path, rows)
