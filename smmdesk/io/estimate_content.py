"""What the estimate's three files (XLSX, PDF, CSV) say alike: its title, the header block, the
columns in the estimate's currency, each line's words, the totals worded by the VAT mode.

Client documents are in Russian, whatever the interface language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from smmdesk.domain.estimate import STATUS_LABELS, TotalLine, VersionStatus, rate_text, total_lines
from smmdesk.domain.estimate_view import LineView, VersionView
from smmdesk.domain.money import currency_symbol
from smmdesk.domain.plural import counted

STATUS_RU = {
    "draft": "черновик",
    "sent": "отправлена клиенту",
    "approved": "согласована",
    "rejected": "отклонена",
}
assert set(STATUS_RU) == set(STATUS_LABELS)


def title_of(version: VersionView) -> str:
    return f"Смета «{version.title}»" if version.title else "Смета"


def _day(moment: dt.datetime) -> str:
    local = moment.astimezone() if moment.tzinfo else moment
    return f"{local:%d.%m.%Y}"


def version_words(version: VersionView) -> str:
    """«1, согласована 03.12.2026, Иванова И.»: who decided and when, not the day of the export."""
    words = f"{version.number}, {STATUS_RU[version.status]}"
    if version.status in (VersionStatus.APPROVED, VersionStatus.REJECTED) and version.decided_at:
        words += f" {_day(version.decided_at)}"
        if version.decided_by.strip():
            words += f", {version.decided_by.strip()}"
    elif version.status == VersionStatus.SENT and version.sent_at:
        words += f" {_day(version.sent_at)}"
    return words


def unpriced(version: VersionView) -> int:
    return sum(1 for line in version.lines if line.unit_price is None)


def unpriced_words(count: int) -> str:
    """«У 2 строк нет цены: они не вошли в итог.» for a draft that still has them."""
    lines = counted(count, "строки", "строк", "строк")  # у 1 строки, у 2 строк, у 21 строки
    sums = "её сумма не вошла" if count == 1 else "их суммы не вошли"  # one line, or several of them
    return f"Внимание: у {lines} нет цены — {sums} в итог; смета не может быть отправлена."


def header_facts(version: VersionView, agency_name: str) -> list[tuple[str, str]]:
    client = version.client_name + (f" ({version.client_legal_name})" if version.client_legal_name else "")
    return [
        ("Агентство", agency_name or "—"),
        ("Клиент", client),
        ("Кампания", version.campaign_name),
        ("Период", f"{version.period_from:%d.%m.%Y} — {version.period_to:%d.%m.%Y}"),
        ("Версия", version_words(version)),
    ]


@dataclass(frozen=True)
class LineWords:
    title: str
    platform: str
    handle: str
    format: str


def line_words(
    line: LineView, platform_titles: Mapping[str, str], format_titles: Mapping[int, str]
) -> LineWords:
    if not line.is_placement:
        return LineWords(line.title, "", "", "")
    return LineWords(
        line.influencer_name or line.handle,
        platform_titles.get(line.platform, line.platform),
        ("@" + line.handle) if line.handle else "",
        format_titles.get(line.format_id or 0, line.format_title),
    )


def money_title(title: str, currency: str) -> str:
    """«Цена за ед., $»: a money column names the estimate's currency."""
    return f"{title}, {currency_symbol(currency)}"


def totals_of(version: VersionView) -> list[TotalLine]:
    return total_lines(version.totals, version.agency_fee_pct, version.vat_mode, version.vat_rate)


def percent_words(value: Decimal) -> str:
    return rate_text(value) + " %"


def signatures() -> list[str]:
    return [
        "Согласовано (клиент): ______________________ / ______________ /      Дата: ____________",
        "Агентство: ______________________ / ______________ /",
    ]


Row = list[Any]
