"""Cells of the tables planners keep, read as people write them: dates, date-times, yes/no, decimals.

Each reader returns None for an empty cell and raises ValueError for a text it cannot read; the
import that calls it lists the row with the reason. Numbers go through `humannum`.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from functools import lru_cache

from smmdesk.domain import humannum

_DATE_PATTERNS = ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y", "%Y/%m/%d")
_TIME_PATTERNS = ("%H:%M:%S", "%H:%M")
_SPLIT_TIME = re.compile(r"^([^\sT]+)(?:[ T](\d{1,2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$")

YES_WORDS = frozenset(
    ("да", "д", "yes", "y", "true", "1", "+", "есть", "согласен", "согласна", "✓", "v", "x")
)
NO_WORDS = frozenset(("нет", "н", "no", "n", "false", "0", "-", "—", "не согласен", "не согласна", "отказ"))


@lru_cache(maxsize=8192)
def parse_moment(text: str | None) -> dt.datetime | None:
    """'01.12.2026', '2026-12-01 14:30', '2026-12-01T14:30:05+03:00' → a datetime (aware when the
    text names a zone, naive otherwise; midnight when it has no time)."""
    if humannum.is_blank(text):
        return None
    cleaned = str(text).strip()
    found = _SPLIT_TIME.match(cleaned)
    if not found:
        raise ValueError(cleaned)
    day_text, time_text, zone_text = found.groups()
    day = _parse_day(day_text)
    moment = dt.datetime.combine(day, _parse_time(time_text) if time_text else dt.time())
    if zone_text:
        if zone_text == "Z":
            return moment.replace(tzinfo=dt.UTC)
        sign = 1 if zone_text[0] == "+" else -1
        digits = zone_text[1:].replace(":", "")
        offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        return moment.replace(tzinfo=dt.timezone(sign * offset))
    return moment


def parse_day(text: str | None) -> dt.date | None:
    """A date written with or without a time of day: the day itself."""
    moment = parse_moment(text)
    return None if moment is None else moment.date()


def _parse_day(text: str) -> dt.date:
    for pattern in _DATE_PATTERNS:
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise ValueError(text)


def _parse_time(text: str) -> dt.time:
    for pattern in _TIME_PATTERNS:
        try:
            return dt.datetime.strptime(text, pattern).time()
        except ValueError:
            continue
    raise ValueError(text)


@lru_cache(maxsize=256)
def parse_yes_no(text: str | None) -> bool | None:
    """'да', 'yes', '1', '+', 'согласен' → True; 'нет', 'no', '0', '-' → False; empty → None."""
    if humannum.is_blank(text):
        return None
    folded = " ".join(str(text).strip().lower().replace("ё", "е").split())
    if folded in YES_WORDS:
        return True
    if folded in NO_WORDS:
        return False
    raise ValueError(folded)


@lru_cache(maxsize=4096)
def parse_decimal(text: str | None) -> Decimal | None:
    """'12,5', '12.5', '1 200', '12,5 ч' → Decimal; a negative number is refused."""
    if humannum.is_blank(text) or humannum.is_dash(str(text)):
        return None
    cleaned = re.sub(
        r"(часов|часа|час|ч\.?|h|hours?|руб\.?|₽|/ч|в неделю|/нед\.?)$", "", str(text).strip().lower()
    )
    value = humannum.parse_percent(cleaned.strip())
    if value is None or value < 0:
        raise ValueError(text)
    return value
