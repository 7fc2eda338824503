"""Influencers, their accounts and terms: statuses, tax statuses, formats, and the validation rules."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from functools import lru_cache
from typing import Any

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_to
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text

CTX = "Influencers"


class RelationStatus(StrEnum):
    NEW = "new"
    REQUEST_SENT = "request_sent"
    NEGOTIATING = "negotiating"
    AGREED = "agreed"
    WORKING = "working"
    BLACKLIST = "blacklist"


STATUS_LABELS: dict[str, str] = {
    RelationStatus.NEW: QT_TRANSLATE_NOOP("Influencers", "new"),
    RelationStatus.REQUEST_SENT: QT_TRANSLATE_NOOP("Influencers", "request sent"),
    RelationStatus.NEGOTIATING: QT_TRANSLATE_NOOP("Influencers", "negotiating"),
    RelationStatus.AGREED: QT_TRANSLATE_NOOP("Influencers", "agreed"),
    RelationStatus.WORKING: QT_TRANSLATE_NOOP("Influencers", "working"),
    RelationStatus.BLACKLIST: QT_TRANSLATE_NOOP("Influencers", "blacklist"),
}


class TaxStatus(StrEnum):
    """Decides whether VAT applies to a contractor's fee."""

    UNKNOWN = ""
    NPD = "npd"  # самозанятый, налог на профессиональный доход
    USN = "usn"  # ИП или ООО на упрощённой системе, без НДС
    VAT = "vat"  # ИП или ООО, плательщик НДС
    INDIVIDUAL = "individual"  # физлицо: агентство удерживает НДФЛ


TAX_LABELS: dict[str, str] = {
    TaxStatus.UNKNOWN: QT_TRANSLATE_NOOP("Influencers", "not known"),
    TaxStatus.NPD: QT_TRANSLATE_NOOP("Influencers", "self-employed (NPD)"),
    TaxStatus.USN: QT_TRANSLATE_NOOP("Influencers", "sole trader / company on USN"),
    TaxStatus.VAT: QT_TRANSLATE_NOOP("Influencers", "sole trader / company paying VAT"),
    TaxStatus.INDIVIDUAL: QT_TRANSLATE_NOOP("Influencers", "individual"),
}


class ProductTerms(StrEnum):
    UNSPECIFIED = ""
    RETURNED = "returned"
    KEPT = "kept"


PRODUCT_LABELS: dict[str, str] = {
    ProductTerms.UNSPECIFIED: QT_TRANSLATE_NOOP("Influencers", "—"),
    ProductTerms.RETURNED: QT_TRANSLATE_NOOP("Influencers", "product returned"),
    ProductTerms.KEPT: QT_TRANSLATE_NOOP("Influencers", "product kept"),
}


_PRODUCT_WORDS: dict[str, ProductTerms] = {
    "returned": ProductTerms.RETURNED,
    "product returned": ProductTerms.RETURNED,
    "продукт возвращается": ProductTerms.RETURNED,
    "возврат": ProductTerms.RETURNED,
    "kept": ProductTerms.KEPT,
    "product kept": ProductTerms.KEPT,
    "продукт остается у блогера": ProductTerms.KEPT,
    "остается у блогера": ProductTerms.KEPT,
}


_YES = frozenset(("да", "yes", "+", "1", "true", "в архиве", "archived"))
_NO = frozenset(("нет", "no", "-", "—", "0", "false"))


def yes_from_text(text: str) -> bool:
    """A yes-or-no cell as people write it («да», "yes", "+"); anything else is refused."""
    folded = text.strip().lower()
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(text)


def product_from_text(text: str) -> ProductTerms | None:
    """The product terms a cell names in either language («продукт остаётся у блогера», "kept"),
    `UNSPECIFIED` for a dash, None for words it does not know."""
    folded = " ".join(text.strip().lower().replace("ё", "е").split())
    if folded in ("", "—", "-"):
        return ProductTerms.UNSPECIFIED
    return _PRODUCT_WORDS.get(folded)


@dataclass(frozen=True)
class FormatInfo:
    """A format of placement as the base has it: built in (the four below) or the planner's own."""

    id: int
    code: str
    title: str
    builtin: bool
    archived: bool


# The four formats every planner prices; others (story, reels, integration, live…) are the
# planner's own, managed in Settings.
BUILTIN_FORMATS: tuple[tuple[str, str], ...] = (
    ("photo_with_product", QT_TRANSLATE_NOOP("Influencers", "Photo with the product")),
    ("photo_at_event", QT_TRANSLATE_NOOP("Influencers", "Photo at an event")),
    ("video_with_product", QT_TRANSLATE_NOOP("Influencers", "Video with the product")),
    ("video_at_event", QT_TRANSLATE_NOOP("Influencers", "Video at an event")),
)

_STATUS_WORDS = {
    "нов": RelationStatus.NEW,
    "new": RelationStatus.NEW,
    "запрос": RelationStatus.REQUEST_SENT,
    "request": RelationStatus.REQUEST_SENT,
    "перегов": RelationStatus.NEGOTIATING,
    "negotiat": RelationStatus.NEGOTIATING,
    "соглас": RelationStatus.AGREED,
    "agreed": RelationStatus.AGREED,
    "договор": RelationStatus.AGREED,
    "в работе": RelationStatus.WORKING,
    "работа": RelationStatus.WORKING,
    "working": RelationStatus.WORKING,
    "черн": RelationStatus.BLACKLIST,
    "чёрн": RelationStatus.BLACKLIST,
    "blacklist": RelationStatus.BLACKLIST,
    "стоп": RelationStatus.BLACKLIST,
}


@lru_cache(maxsize=256)
def status_from_text(text: str) -> RelationStatus | None:
    folded = text.strip().lower()
    if not folded:
        return None
    for prefix, status in _STATUS_WORDS.items():
        if folded.startswith(prefix):
            return status
    return None


@lru_cache(maxsize=256)
def tax_status_from_text(text: str) -> TaxStatus | None:
    folded = text.strip().lower().replace("ё", "е")
    if not folded:
        return None
    if "ндс" in folded or "vat" in folded:
        return TaxStatus.VAT
    if "самозан" in folded or "нпд" in folded or "self" in folded:
        return TaxStatus.NPD
    if "усн" in folded or "упрощ" in folded or folded.startswith(("ип", "ооо")):
        return TaxStatus.USN
    # The English export's words («sole trader / company on USN»), so it imports back as it went out.
    if "usn" in folded or "simplified" in folded or folded.startswith(("sole trader", "company")):
        return TaxStatus.USN
    if "физ" in folded or "individual" in folded:
        return TaxStatus.INDIVIDUAL
    return None


# --- validation: each refuses with a message next to the field -----------------------------------

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
_NOT_DIGIT = re.compile(r"\D")
_TAG_SEPARATORS = re.compile(r"[,;\n]")


def valid_email(value: str) -> str:
    value = value.strip()
    if value and not _EMAIL.match(value):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Not an e-mail address: {value}"), field="email", value=value
        )
    return value


def valid_phone(value: str) -> str:
    value = " ".join(value.split())
    digits = _NOT_DIGIT.sub("", value)
    if value and not 5 <= len(digits) <= 15:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Not a phone number: {value}"), field="phone", value=value
        )
    return value


def valid_er(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if not value.is_finite() or not Decimal(0) <= value <= limits.PERCENT_MAX:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "ER is a percentage from 0 to 100."), field="er")
    return round_to(value, 2)


def valid_share(value: Decimal | None, field: str) -> Decimal | None:
    if value is None:
        return None
    return round_to(limits.percent(value, field), 2)  # type: ignore[arg-type]


def valid_count(value: int | None, field: str) -> int | None:
    if value is not None and value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A count cannot be negative."), field=field)
    return limits.count(value, field)


def valid_price(value: Decimal | None) -> Decimal | None:
    if value is None:
        return None
    if value < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A price cannot be negative."), field="price")
    limits.money(value, "price")
    if value != round_to(value, 2):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A price has at most two decimals."), field="price")
    return value


def valid_name(value: str) -> str:
    value = " ".join(clean_text(value).split())
    if not value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="name")
    return value


def valid_choice(value: str, choices: type[StrEnum], field: str) -> str:
    if value not in {c.value for c in choices}:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Not one of the choices: {value}"), field=field, value=value
        )
    return value


def split_tags(text: str) -> tuple[str, ...]:
    """'мода, еда; Мода' → ('мода', 'еда'): tags are lowercase, unique, in the order given."""
    seen: dict[str, None] = {}
    for part in _TAG_SEPARATORS.split(text):
        tag = " ".join(part.split()).lower()
        if tag:
            seen.setdefault(tag, None)
    return tuple(seen)


def _text(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        return clean_text(str(value or "")).strip()[:limit]

    return check


# Editable person fields and their rules; the detail panel and the import both go through these.
INFLUENCER_FIELDS: dict[str, Callable[[Any], Any]] = {
    "name": valid_name,
    "city": _text(200),
    "topics": _text(500),
    "status": lambda v: valid_choice(v, RelationStatus, "status"),
    "blacklist_reason": _text(500),
    "tax_status": lambda v: valid_choice(v, TaxStatus, "tax_status"),
    "phone": valid_phone,
    "email": valid_email,
    "messenger": _text(200),
    "audience_geo": _text(500),
    "audience_age": _text(200),
    "audience_female_pct": lambda v: valid_share(v, "audience_female_pct"),
    "notes": _text(10_000),
}

ACCOUNT_FIELDS: dict[str, Callable[[Any], Any]] = {
    "url": _text(500),
    "followers": lambda v: valid_count(v, "followers"),
    "er": valid_er,
    "avg_reach": lambda v: valid_count(v, "avg_reach"),
    "avg_views": lambda v: valid_count(v, "avg_views"),
}

TERMS_FIELDS: dict[str, Callable[[Any], Any]] = {
    "price": valid_price,
    "price_note": _text(200),
    "included": _text(1000),
    "prepayment_pct": lambda v: valid_share(v, "prepayment_pct"),
    "product": lambda v: valid_choice(v, ProductTerms, "product"),
    "exclusivity": _text(500),
    "agreed_on": lambda v: v,
}


def validated(fields: dict[str, Callable[[Any], Any]], changes: dict[str, Any]) -> dict[str, Any]:
    """Checks each changed field by its rule; an unknown field is a programming error."""
    return {name: fields[name](value) for name, value in changes.items()}
