"""Counted words: the one plural rule of each language, and the one way a message or a file fills
a count in («объявлено 4 места», «по 1 публикации», «1 из 1 запланированной»).

A message names its count's forms in its placeholder: `{places:place|places}` in the English
source, `{places:место|места|мест}` in its Russian translation; `fill` writes the number with the
form its language's rule picks. Two forms follow English (one, other), three follow Russian (one:
1, 21, 101…; few: 2–4, 22–24…; many: 0, 5–20, 25–30…).
"""

from __future__ import annotations

import string
from typing import Any


def plural_index(count: int, forms: int = 3) -> int:
    """Which of `forms` word forms goes with `count`: English with two, Russian with three."""
    n = abs(int(count))
    if forms == 2:
        return 0 if n == 1 else 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def plural(count: int, one: str, few: str, many: str) -> str:
    """The Russian form of a word for `count`: plural(4, "место", "места", "мест") → "места"."""
    return (one, few, many)[plural_index(count)]


def counted(count: int, one: str, few: str, many: str) -> str:
    """A count with its word: counted(4, "место", "места", "мест") → "4 места"."""
    return f"{count} {plural(count, one, few, many)}"


def _whole(value: Any) -> int | None:
    """The count a value stands for: an int, or one written with group separators ("1 234")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    digits = "".join(ch for ch in str(value) if ch not in " \u00a0\u202f,.'")
    return int(digits) if digits.isdigit() else None


class _CountingFormatter(string.Formatter):
    """str.format, where a spec of forms split by "|" writes the count and its form."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if "|" in format_spec:
            forms = format_spec.split("|")
            number = _whole(value)
            if number is None:
                return str(value)
            return f"{value} {forms[min(plural_index(number, len(forms)), len(forms) - 1)]}"
        return str(super().format_field(value, format_spec))


_FORMATTER = _CountingFormatter()


def fill(template: str, **params: Any) -> str:
    """`template` with its placeholders filled, counted ones with their word's form."""
    return _FORMATTER.format(template, **params)
