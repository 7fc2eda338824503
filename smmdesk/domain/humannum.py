"""Numbers as people write them in lists: '1 234 567', '350 тыс.', '1,2 млн', '12.5k', '4,6 %', '15 000 ₽'.

Each reader returns None for an empty cell and raises ValueError for text that is not a number;
prices written as words ('договорная', 'по запросу', '—') are recognised separately.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from smmdesk.domain import limits
from smmdesk.domain.money import round_to

_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_MULTIPLIERS = [
    (re.compile(r"(млрд\.?|миллиард\w*|bn|b)$"), Decimal(10) ** 9),
    (re.compile(r"(млн\.?|миллион\w*|mln|m|kk)$"), Decimal(10) ** 6),
    (re.compile(r"(тыс\.?|тысяч\w*|т\.?|k|к)$"), Decimal(10) ** 3),
]
_CURRENCY = re.compile(r"(руб(лей|ля|ль)?\.?|р\.|₽|rub\.?|rur)$")
_DASHES = {"-", "—", "–", "‒", "―", "−"}
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)")
_COMMA_GROUPS = re.compile(r"\d{1,3}(,\d{3})+")
_DIGIT = re.compile(r"\d")
PRICE_WORDS = (
    "договорная",
    "договорн",
    "по договоренности",
    "по договорённости",
    "по запросу",
    "запрос",
    "бартер",
    "нет",
    "не размещает",
    "n/a",
    "tbd",
    "negotiable",
    "on request",
)


def _clean(text: str) -> str:
    return _SPACES.sub("", text.strip().lower())


def _to_decimal(text: str) -> Decimal:
    """'1,2' and '1.2' are one point two; with both separators the last one is the decimal point."""
    if not text:
        raise ValueError("empty")
    if "," in text and "." in text:
        # The separator that comes last is the decimal one: 1.234,5 or 1,234.5
        if text.rfind(",") > text.rfind("."):
            text = text.replace(".", "").replace(",", ".")
        else:
            text = text.replace(",", "")
    elif text.count(",") > 1:
        text = text.replace(",", "")
    elif text.count(".") > 1:
        text = text.replace(".", "")
    else:
        text = text.replace(",", ".")
    if not _NUMBER.fullmatch(text):
        raise ValueError(text)
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise ValueError(text) from None
    if not limits.reasonable(value):  # thousands of digits: no range holds it, no arithmetic needs it
        raise ValueError(text[:40])
    return value


def _scale(cleaned: str) -> tuple[str, Decimal]:
    """'1,2млн' → ('1,2', 1000000): the text without its multiplier word, and the multiplier."""
    for pattern, factor in _MULTIPLIERS:
        stripped = pattern.sub("", cleaned)
        if stripped != cleaned:
            return stripped, factor
    return cleaned, Decimal(1)


def is_blank(text: object) -> bool:
    return text is None or not str(text).strip()


def is_dash(text: str) -> bool:
    return text.strip() in _DASHES


def parse_count(text: str | None) -> int | None:
    """Followers, views, reach: '1 234 567', '29,0 тыс.', '1,2 млн', '19.5k' → integers."""
    if is_blank(text) or is_dash(str(text)):
        return None
    cleaned = _clean(str(text))
    if cleaned.isdigit():
        if len(cleaned) > 13:  # more digits than 10^12 has (and than int() reads quickly)
            raise limits.refused(limits.COUNT_RANGE, str(text).strip(), "count")
        return limits.count(int(cleaned), "count", str(text).strip())
    cleaned, multiplier = _scale(cleaned)
    if multiplier == 1 and _COMMA_GROUPS.fullmatch(cleaned):
        cleaned = cleaned.replace(",", "")  # 1,234,567
    value = _to_decimal(cleaned) * multiplier
    if value < 0:
        raise ValueError("negative")
    if value > limits.COUNT_MAX:
        raise limits.refused(limits.COUNT_RANGE, str(text).strip(), "count")
    if multiplier == 1 and value != value.to_integral_value():
        # «1,5» views: refused (the range says "a whole number"), never rounded to 2; '1,5 тыс.' is 1500
        raise limits.refused(limits.COUNT_RANGE, str(text).strip(), "count")
    return int(round_to(value, 0))


@lru_cache(maxsize=4096)
def parse_percent(text: str | None) -> Decimal | None:
    """'4,6 %', '4.6%', '4.60' → Decimal('4.6') as written (the caller rounds where it stores)."""
    if is_blank(text) or is_dash(str(text)):
        return None
    return _to_decimal(_clean(str(text)).rstrip("%"))


_PRICE_WORDS_FOLDED = tuple(word.replace("ё", "е") for word in PRICE_WORDS)


@lru_cache(maxsize=4096)
def price_word(text: str | None) -> str | None:
    """The word itself when a price is written as a word or a dash ('договорная', '—'), else None."""
    if is_blank(text):
        return None
    stripped = str(text).strip()
    if is_dash(stripped):
        return stripped
    folded = stripped.lower().replace("ё", "е")
    if folded.startswith(_PRICE_WORDS_FOLDED):
        return stripped
    if not _DIGIT.search(folded):
        return stripped
    return None


@lru_cache(maxsize=4096)
def parse_price(text: str | int | Decimal | None) -> Decimal | None:
    """'30000 руб.', '15 000 ₽', '25000,00', 7000 → Decimal roubles (two decimals at most)."""
    if is_blank(text):
        return None
    if isinstance(text, (int, float, Decimal)):
        value = Decimal(str(text))
    else:
        cleaned, multiplier = _scale(_CURRENCY.sub("", _clean(str(text))).rstrip("."))
        value = _to_decimal(cleaned) * multiplier
    if not value.is_finite():
        raise ValueError(str(text))
    if value < 0:
        raise ValueError("negative")
    limits.money(value, "price", str(text).strip())  # before rounding: Decimal cannot round that large
    return round_to(value, 2)
