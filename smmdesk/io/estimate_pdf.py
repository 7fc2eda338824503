"""The client's estimate as PDF: the same content as the XLSX, laid out as HTML for `io.pdf`."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal
from html import escape
from pathlib import Path

from smmdesk.domain.estimate import VatMode
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import format_decimal, format_money
from smmdesk.io.estimate_xlsx import STATUS_RU, line_title, percent_text
from smmdesk.io.pdf import write_html_pdf

STYLE = """
body { color: #1f2d3d; }
h1 { font-size: 15pt; margin: 0 0 6px 0; }
table.head td { padding: 1px 10px 1px 0; }
table.lines { border-collapse: collapse; margin-top: 10px; }
table.lines th { background: #dce6f1; font-weight: bold; padding: 4px; border: 1px solid #a6a6a6; }
table.lines td { padding: 3px 4px; border: 1px solid #bfbfbf; }
td.n { text-align: right; }
table.totals td { padding: 2px 8px; }
td.label { text-align: right; font-weight: bold; }
tr.grand td { font-size: 11pt; font-weight: bold; }
p.sign { margin-top: 26px; }
"""


def _money(value: Decimal | None) -> str:
    return format_money(value) if value is not None else "—"


def _int(value: int | None) -> str:
    return "" if value is None else format_decimal(Decimal(value), 0)


def estimate_html(
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date,
) -> str:
    title = f"Смета «{version.title}»" if version.title else "Смета"
    client = version.client_name + (f" ({version.client_legal_name})" if version.client_legal_name else "")
    head = [
        ("Агентство", agency_name or "—"),
        ("Клиент", client),
        ("Кампания", version.campaign_name),
        ("Период", f"{version.period_from:%d.%m.%Y} — {version.period_to:%d.%m.%Y}"),
        ("Версия", f"{version.number}, {STATUS_RU[version.status]}, от {made_on:%d.%m.%Y}"),
    ]
    parts = [f"<html><head><style>{STYLE}</style></head><body>", f"<h1>{escape(title)}</h1>"]
    parts.append('<table class="head">')
    parts += [f"<tr><td><b>{escape(k)}:</b></td><td>{escape(v)}</td></tr>" for k, v in head]
    parts.append("</table>")
    parts.append('<table class="lines" width="100%" cellspacing="0"><thead><tr>')
    for header in ("№", "Блогер / статья расходов", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во",
                   "Цена за ед.", "Сумма", "Скидка", "Итого", "Охват, прогноз", "CPM"):  # fmt: skip
        parts.append(f"<th>{escape(header)}</th>")
    parts.append("</tr></thead><tbody>")
    for number, line in enumerate(version.lines, start=1):
        forecast = line.forecast
        cells = [
            (str(number), "n"),
            (line_title(line, platform_titles), ""),
            (platform_titles.get(line.platform, line.platform) if line.is_placement else "", ""),
            (("@" + line.handle) if line.handle else "", ""),
            (format_titles.get(line.format_id or 0, line.format_title) if line.is_placement else "", ""),
            (line.planned_date.strftime("%d.%m.%Y") if line.planned_date else "", ""),
            (str(line.quantity), "n"),
            (_money(line.unit_price), "n"),
            (_money(line.gross), "n"),
            (percent_text(line.discount_pct) + " %" if line.discount_pct else "", "n"),
            (_money(line.net), "n"),
            (_int(forecast.reach), "n"),
            (_money(forecast.cpm) if forecast.cpm is not None else "—", "n"),
        ]
        parts.append(
            "<tr>" + "".join(f'<td class="{css}">{escape(text)}</td>' for text, css in cells) + "</tr>"
        )
    parts.append("</tbody></table>")
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
        rows += [
            (f"НДС {percent_text(version.vat_rate)} %", totals.vat),
            ("Всего к оплате с НДС", totals.total),
        ]
    elif mode is VatMode.INCLUDED:
        rows += [
            (f"В том числе НДС {percent_text(version.vat_rate)} %", totals.vat),
            ("Всего к оплате", totals.total),
        ]
    else:
        rows += [("НДС не облагается (УСН)", totals.vat), ("Всего к оплате", totals.total)]
    parts.append('<table class="totals" align="right" cellspacing="0">')
    for index, (label, value) in enumerate(rows):
        grand = ' class="grand"' if index == len(rows) - 1 else ""
        row_cells = f'<td class="label">{escape(label)}</td><td class="n">{escape(_money(value))}</td>'
        parts.append(f"<tr{grand}>{row_cells}</tr>")
    parts.append("</table><br clear=all>")
    forecast = version.forecast
    if forecast.views:
        parts.append(
            f"<p>Прогноз: охват {escape(_int(forecast.reach))}, просмотры {escape(_int(forecast.views))}, "
            f"CPM {escape(_money(forecast.cpm))}, CPV {escape(_money(forecast.cpv))}.</p>"
        )
    parts.append('<p class="sign">Согласовано (клиент): ______________________ / ______________ /'
                 "&nbsp;&nbsp;&nbsp;&nbsp;Дата: ____________</p>")  # fmt: skip
    parts.append('<p class="sign">Агентство: ______________________ / ______________ /</p>')
    parts.append("</body></html>")
    return "".join(parts)


def write_estimate_pdf(
    path: Path,
    version: VersionView,
    agency_name: str,
    platform_titles: Mapping[str, str],
    format_titles: Mapping[int, str],
    made_on: dt.date | None = None,
) -> int:
    made_on = made_on or dt.date.today()
    html = estimate_html(version, agency_name, platform_titles, format_titles, made_on)
    title = f"Смета «{version.title}», версия {version.number}"
    return write_html_pdf(path, html, title=title)
