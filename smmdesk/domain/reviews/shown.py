"""How a review campaign's figures read, the same in the «Отзывы» tab's table and in its charts:
NPS, CSAT and stars with one decimal (half up) and no ",0" after a whole number, and a month
period («2026-11») as its name and year («ноябрь 2026», «November 2026»); a rating read as a
platform's page writes it."""

from __future__ import annotations

import re
from decimal import Decimal

from smmdesk.domain.money import format_decimal, round_to
from smmdesk.domain.text import QT_TRANSLATE_NOOP

ORDER_LABEL = QT_TRANSLATE_NOOP("Reviews", "Order No. {order}")  # on a QR card and a survey's follow-up

MONTHS = {
    "ru": ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}  # fmt: skip


def figure_text(value: Decimal | float | None, lang: str = "ru") -> str:
    """16.67 → «16,7» (en «16.7»); 0 → «0»; −33.3 → «−33,3»; None → «—»."""
    if value is None:
        return "—"
    exact = value if isinstance(value, Decimal) else Decimal(repr(float(value)))
    point = "." if lang == "en" else ","
    text = format_decimal(
        round_to(exact, 1), 1, decimal_point=point, group_separator="," if lang == "en" else "\u00a0"
    )
    if point in text:
        text = text.rstrip("0").rstrip(point)
    if text.startswith("-"):
        text = "\u2212" + text[1:]
    return "0" if text == "\u22120" else text


def period_text(period: str, lang: str = "ru") -> str:
    """A month «2026-11» → «ноябрь 2026» / «November 2026»; any other period as it is written."""
    year, _, month = period.partition("-")
    if year.isdigit() and month.isdigit() and 1 <= int(month) <= 12:
        return f"{MONTHS.get(lang, MONTHS['ru'])[int(month) - 1]} {year}"
    return period


_RATING = re.compile(
    r"^([0-9]+(?:[.,][0-9]+)?)\s*(?:(?:из|/|of|out of)\s*5)?(?:\s*(?:★|⭐|звезд[аы]?|stars?))?$"
)


def parse_rating(text: str) -> Decimal:
    """A platform's rating typed as its page shows it: «4,6», «4.6», «4,6 из 5», «4.6/5», «4,6 ★»;
    ValueError for anything else (the scale, 1 to 5, is the service's to check)."""
    cleaned = " ".join(text.strip().lower().replace("\u00a0", " ").split())
    found = _RATING.match(cleaned)
    if not found:
        raise ValueError(text)
    return Decimal(found.group(1).replace(",", "."))
