"""Numbers, money and dates in the interface language, through QLocale and the domain's one formatter."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime

from smmdesk.domain import limits, money, protocol


def _locale() -> QLocale:
    return QLocale()


def format_money(value: Decimal | None, currency: str = "RUB") -> str:
    loc = _locale()
    return money.format_money(
        value, currency, decimal_point=loc.decimalPoint(), group_separator=loc.groupSeparator()
    )


def format_decimal(value: Decimal | None, places: int = 2) -> str:
    if value is None:
        return "—"
    loc = _locale()
    return money.format_decimal(
        value, places, decimal_point=loc.decimalPoint(), group_separator=loc.groupSeparator()
    )


def format_figure(value: Decimal | None) -> str:
    """A counted figure as `money.format_figure` writes it, with the interface's separators."""
    loc = _locale()
    return money.format_figure(value, decimal_point=loc.decimalPoint(), group_separator=loc.groupSeparator())


def format_int(value: int | None) -> str:
    return "—" if value is None else _locale().toString(int(value))


def format_plain(value: Decimal | None, places: int = 2) -> str:
    """A number without the zeros a person would not type: '22', '7,5' (not '22,00', '7,50')."""
    if value is None:
        return ""
    text = format_decimal(value, places)
    return text.rstrip("0").rstrip(",.") if places and ("," in text or "." in text) else text


def format_percent(value: Decimal | None, places: int = 2) -> str:
    if value is None:
        return "—"
    text = format_decimal(value, places)
    if "," in text or "." in text:
        text = text.rstrip("0").rstrip(",.")
    return f"{text}\u00a0%"


# One date format per language, day first in both: what is shown is what a date field takes.
DATE_FORMATS = {"ru": "dd.MM.yyyy", "en": "dd/MM/yyyy"}


def date_format() -> str:
    return DATE_FORMATS["en" if _locale().language() == QLocale.Language.English else "ru"]


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return _locale().toString(QDate(value.year, value.month, value.day), date_format())


def format_month(value: str) -> str:
    """A month as '2026-10' keeps it, in words: «октябрь 2026» («October 2026» in English)."""
    year, month = (int(part) for part in value.split("-"))
    name = _locale().standaloneMonthName(month, QLocale.FormatType.LongFormat)
    return f"{name} {year}"


def format_day(value: dt.date) -> str:
    """Day and month only, as in a calendar's column: 01.02 (01/02 in English)."""
    return _locale().toString(QDate(value.year, value.month, value.day), date_format()[:5])


def format_datetime(value: dt.datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone() if value.tzinfo else value
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    return _locale().toString(qdt, date_format() + " HH:mm")


def format_zoned(value: dt.datetime, zone: str) -> str:
    """A moment in a named zone, as the protocol states it: «19.11.2026 20:00:12 (московское время,
    UTC+03:00)»; in English the date as English dates are shown and the zone by its name."""
    if _locale().language() == QLocale.Language.English:
        return protocol.local_time(value, zone, names={}, date_format="%d/%m/%Y")
    return protocol.local_time(value, zone)


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date (PySide's toPython() is typed as returning object)."""
    return dt.date(value.year(), value.month(), value.day())


def parse_decimal(text: str) -> Decimal | None:
    """A number typed in either convention: '4,6', '4.6', '1 234,5'. None when it is not a number."""
    cleaned = "".join(ch for ch in text.strip() if not ch.isspace()).replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except ArithmeticError:
        return None
    return value if limits.reasonable(value) else None  # NaN, inf and 1e1000000 are not numbers typed


def parse_whole(text: str) -> int | None:
    """A whole number typed as text ('12', '1 000'); None when empty; ValueError for '1,5' or a word
    (a fraction is refused, never rounded)."""
    if not str(text).strip():
        return None
    value = parse_decimal(str(text))
    if value is None or value != value.to_integral_value():
        raise ValueError(text)
    return int(value)


def format_size(size: int) -> str:
    """A file's size as people read it: «12 байт», «4,9 КБ», «1,2 МБ» (binary units, one decimal)."""
    from PySide6.QtCore import QCoreApplication

    units = (
        QCoreApplication.translate("Sizes", "{n} KB"),
        QCoreApplication.translate("Sizes", "{n} MB"),
        QCoreApplication.translate("Sizes", "{n} GB"),
    )
    if size < 1024:
        return QCoreApplication.translate("Sizes", "{n} bytes").format(n=format_int(size))
    value = Decimal(size)
    for unit in units:
        value /= 1024
        if value < 1024 or unit is units[-1]:
            return unit.format(n=format_plain(value, 1))
    raise AssertionError("unreachable")
