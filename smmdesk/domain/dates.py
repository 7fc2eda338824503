"""Dates as people type them: `01.02.2027`, `1.2.27`, `01022027`, `1/2/2027`, `2027-02-01`.

Day first, as in Russia (and in the English interface, whose one date format is day first too).
A two-digit year is this century's; a year-less `1.2` is the current year. Anything else is
refused with a message rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

_SEPARATED = re.compile(r"(\d{1,2})[.\s/,-]+(\d{1,2})(?:[.\s/,-]+(\d{2}|\d{4}))?[.]?")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DIGITS = re.compile(r"\d{4}|\d{6}|\d{8}")


def not_a_date(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Not a date: {text}. Type it as 01.02.2027, 1.2.27 or 01022027."),
        field="date",
        text=text,
    )


def parse_date(text: str, today: dt.date | None = None) -> dt.date | None:
    """The date in `text`; None for an empty text; ValidationError for anything else."""
    typed = text.strip()
    if not typed:
        return None
    today = today or dt.date.today()
    day, month, year = _parts(typed)
    if year is None:
        year = today.year
    elif year < 100:
        year += today.year // 100 * 100
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise not_a_date(typed) from None


def _parts(typed: str) -> tuple[int, int, int | None]:
    iso = _ISO.fullmatch(typed)
    if iso:
        return int(iso[3]), int(iso[2]), int(iso[1])
    separated = _SEPARATED.fullmatch(typed)
    if separated:
        return int(separated[1]), int(separated[2]), int(separated[3]) if separated[3] else None
    if _DIGITS.fullmatch(typed):
        # 0102 → 1 February; 010227 → 1 February 2027; 01022027 the same.
        return int(typed[:2]), int(typed[2:4]), int(typed[4:]) if len(typed) > 4 else None
    raise not_a_date(typed)
