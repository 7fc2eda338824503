"""Moments of a mention in UTC: reading the times services write, in the zone chosen for a file.

RULES.md: a time written without a zone is in the zone chosen for that file at import
(Europe/Moscow by default); a time with a zone (`Z`, `+03:00`, `UTC`) keeps its own. Dates are
day first (`01.11.2026`) or ISO (`2026-11-01`); the time may be in its own column.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

DEFAULT_ZONE = "Europe/Moscow"

_DAY_FIRST = r"(?P<d>\d{1,2})[./](?P<m>\d{1,2})[./](?P<y>\d{4}|\d{2})"
_ISO_DATE = r"(?P<Y>\d{4})-(?P<M>\d{1,2})-(?P<D>\d{1,2})"
_DATE = rf"(?:{_DAY_FIRST}|{_ISO_DATE})"
_TIME = r"(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:[.,](?P<f>\d{1,6})\d*)?)?"
_ZONE = r"(?P<z>Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT|(?:UTC|GMT)[+-]\d{1,2}(?::?\d{2})?)?"
_MOMENT = re.compile(rf"^\s*{_DATE}(?:(?:\s+|T|,\s*){_TIME})?\s*{_ZONE}\s*$", re.IGNORECASE)
_TIME_ONLY = re.compile(rf"^\s*{_TIME}\s*{_ZONE}\s*$", re.IGNORECASE)

UNREADABLE_TIME = QT_TRANSLATE_NOOP("Errors", "«{text}» is not a date and time")
UNKNOWN_ZONE = QT_TRANSLATE_NOOP("Errors", "{zone} is not a time zone")


@lru_cache(maxsize=64)
def zone_info(name: str) -> ZoneInfo:
    """The zone by its IANA name; ValidationError in words for a name the system does not know."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(UNKNOWN_ZONE, field="zone", zone=name) from None


def _offset(text: str) -> dt.tzinfo:
    upper = text.upper()
    if upper in ("Z", "UTC", "GMT"):
        return dt.UTC
    sign_at = max(upper.find("+"), upper.find("-"))
    digits = upper[sign_at + 1 :].replace(":", "")
    hours = int(digits[:-2] if len(digits) > 2 else digits)
    minutes = int(digits[-2:]) if len(digits) > 2 else 0
    delta = dt.timedelta(hours=hours, minutes=minutes)
    return dt.timezone(-delta if upper[sign_at] == "-" else delta)


def _unreadable(text: str) -> ValidationError:
    return ValidationError(UNREADABLE_TIME, field="time", text=text)


@lru_cache(maxsize=131072)
def _parse(text: str, time_text: str, zone: str) -> dt.datetime:
    match = _MOMENT.match(text)
    if not match:
        raise _unreadable(" ".join(p for p in (text, time_text) if p))
    parts = match.groupdict()
    if parts["d"]:
        day, month, year = int(parts["d"]), int(parts["m"]), int(parts["y"])
        year += 2000 if len(parts["y"]) == 2 else 0
    else:
        day, month, year = int(parts["D"]), int(parts["M"]), int(parts["Y"])
    if time_text and parts["h"] is None:
        time_match = _TIME_ONLY.match(time_text)
        if not time_match:
            raise _unreadable(f"{text} {time_text}")
        parts.update({k: v for k, v in time_match.groupdict().items() if v is not None})
    hour, minute = int(parts["h"] or 0), int(parts["mi"] or 0)
    second = int(parts["s"] or 0)
    micro = int((parts["f"] or "0").ljust(6, "0"))
    tz = _offset(parts["z"]) if parts["z"] else zone_info(zone)
    try:
        local = dt.datetime(year, month, day, hour, minute, second, micro, tzinfo=tz)
    except ValueError:
        raise _unreadable(" ".join(p for p in (text, time_text) if p)) from None
    return local.astimezone(dt.UTC)


def parse_moment(text: str, zone: str = DEFAULT_ZONE, time_text: str = "") -> dt.datetime | None:
    """An aware UTC moment, or None for an empty cell; ValidationError for an unreadable one.

    `time_text` is the time when the file keeps it in a column of its own (`03.11.2026` + `12:17`).
    """
    text, time_text = text.strip(), time_text.strip()
    if not text:
        if time_text:
            raise _unreadable(time_text)
        return None
    return _parse(text, time_text, zone)


def iso_utc(moment: dt.datetime | None) -> str:
    """`2026-11-03T09:17:00Z`, as exports and the truth files write a UTC moment; '' for none."""
    if moment is None:
        return ""
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def collection_delay(published: dt.datetime | None, collected: dt.datetime | None) -> dt.timedelta | None:
    """collected − published, both known (RULES.md); None otherwise."""
    if published is None or collected is None:
        return None
    return collected - published
