"""Money: Decimal in code, integer kopecks in storage, rounded half-up at the points RULES.md names."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

KOPECK = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

# Symbols for the currencies a planner meets; anything else is shown by its ISO code.
CURRENCY_SYMBOLS: dict[str, str] = {
    "RUB": "₽",
    "USD": "$",
    "EUR": "€",
    "KZT": "₸",
    "BYN": "Br",
    "UZS": "сўм",
    "AMD": "֏",
    "GEL": "₾",
    "CNY": "¥",
    "TRY": "₺",
    "AED": "AED",
}


def round_to(value: Decimal, places: int) -> Decimal:
    """`value` rounded half up to `places` decimals: the one rounding every shown figure gets
    (a percentage to one decimal, money to the kopeck), never Python's half-to-even."""
    return value.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def round_money(value: Decimal) -> Decimal:
    """Round to the kopeck, half up: the only rounding money ever gets."""
    return round_to(value, 2)


def to_kopecks(value: Decimal) -> int:
    """Exact conversion for storage; a value with fractions of a kopeck is a programming error."""
    kopecks = value * 100
    if kopecks != kopecks.to_integral_value():
        raise ValueError(f"{value} has fractions of a kopeck; round it where RULES.md rounds")
    if abs(kopecks) > limits.INT64_MAX:
        raise ValueError(f"{value} is beyond what 64-bit kopecks hold; limits.money refuses it earlier")
    return int(kopecks)


def from_kopecks(kopecks: int) -> Decimal:
    return (Decimal(kopecks) / 100).quantize(KOPECK)


def parse_money(text: str) -> Decimal:
    """Read a sum typed by a person: '15 000,50', '15000.5', '15 000 ₽'. Refuses fractions of a kopeck."""
    cleaned = text.strip()
    for symbol in (*CURRENCY_SYMBOLS.values(), "руб.", "руб", "р."):
        cleaned = cleaned.replace(symbol, "")
    cleaned = "".join(ch for ch in cleaned if not ch.isspace() and ch != "\u202f").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not a sum of money: {text}"), text=text) from None
    if not value.is_finite():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Not a sum of money: {text}"), text=text)
    if not value.is_zero() and value.adjusted() > limits.MAGNITUDE_MAX:  # abs() would overflow
        raise limits.refused(limits.MONEY_RANGE, text.strip(), "amount")
    if abs(value) > limits.MONEY_MAX:  # a small negative one is the field's own to refuse
        raise limits.refused(limits.MONEY_RANGE, text.strip(), "amount")
    if value != round_money(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A sum has at most two decimals: {text}"), text=text
        )
    return round_money(value)


def group_digits(digits: str, separator: str) -> str:
    """'1234567' → '1 234 567' with the given separator."""
    head = len(digits) % 3 or 3
    parts = [digits[:head]] + [digits[i : i + 3] for i in range(head, len(digits), 3)]
    return separator.join(parts)


def format_decimal(
    value: Decimal, places: int = 2, *, decimal_point: str = ",", group_separator: str = "\u00a0"
) -> str:
    """A number as Russian print has it by default: '258 011,69' (non-breaking space groups)."""
    rounded = round_to(value, places)
    sign = "-" if rounded < 0 else ""
    whole, _, frac = f"{abs(rounded):f}".partition(".")
    text = sign + group_digits(whole, group_separator)
    return f"{text}{decimal_point}{frac}" if places > 0 else text


def format_figure(
    value: Decimal | None, *, decimal_point: str = ",", group_separator: str = "\u00a0", empty: str = "—"
) -> str:
    """A counted figure (a KPI's value, target or threshold, hours): whole ones without decimals,
    '200 000', others with two, '7,50'; grouped as `format_decimal` groups."""
    if value is None:
        return empty
    places = 0 if value == value.to_integral_value() else 2
    return format_decimal(value, places, decimal_point=decimal_point, group_separator=group_separator)


def currency_symbol(currency: str) -> str:
    return CURRENCY_SYMBOLS.get(currency.upper(), currency.upper())


def format_money(
    value: Decimal | None,
    currency: str = "RUB",
    *,
    decimal_point: str = ",",
    group_separator: str = "\u00a0",
    empty: str = "—",
) -> str:
    """'258 011,69 ₽'. The UI passes its QLocale's separators; exports use the Russian defaults."""
    if value is None:
        return empty
    number = format_decimal(value, 2, decimal_point=decimal_point, group_separator=group_separator)
    return f"{number}\u00a0{currency_symbol(currency)}"
