"""Finding the header row of a list and matching its columns to fields, from Russian and English words."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from smmdesk.domain.text import QT_TRANSLATE_NOOP

PRICE_PREFIX = "price:"


@dataclass(frozen=True)
class FieldDef:
    key: str
    label: str  # English source text, translated in the UI (context "ImportFields")
    words: tuple[str, ...]  # folded header words that mean this field; "=" prefix: exact match only


FIELDS: tuple[FieldDef, ...] = (
    FieldDef(
        "name",
        QT_TRANSLATE_NOOP("ImportFields", "Name"),
        (
            "имя блогера",
            "имя",
            "фио",
            "блогер",
            "инфлюенсер",
            "лидер мнений",
            "название",
            "name",
            "full name",
            "influencer",
            "blogger",
            "контакт",
        ),
    ),
    FieldDef(
        "platform",
        QT_TRANSLATE_NOOP("ImportFields", "Platform"),
        (
            "площадка",
            "платформа",
            "соцсеть",
            "социальная сеть",
            "сеть",
            "platform",
            "network",
            "social network",
        ),
    ),
    FieldDef(
        "handle",
        QT_TRANSLATE_NOOP("ImportFields", "Account (handle or link)"),
        (
            "ссылка / ник",
            "ссылка/ник",
            "ник",
            "ссылка",
            "аккаунт",
            "профиль",
            "логин",
            "handle",
            "username",
            "account",
            "nickname",
            "link",
            "url",
            "profile",
            "ссылка на аккаунт",
            "ссылка на профиль",
        ),
    ),
    FieldDef(
        "followers",
        QT_TRANSLATE_NOOP("ImportFields", "Followers"),
        (
            "подписчики",
            "подписчиков",
            "кол-во подписчиков",
            "количество подписчиков",
            "аудитория",
            "охват аудитории",
            "followers",
            "subscribers",
            "audience size",
        ),
    ),
    FieldDef(
        "er",
        QT_TRANSLATE_NOOP("ImportFields", "ER, %"),
        (
            "=er",
            "er %",
            "вовлеченность",
            "вовлечённость",
            "engagement",
            "engagement rate",
            "err",
        ),
    ),
    FieldDef(
        "avg_reach",
        QT_TRANSLATE_NOOP("ImportFields", "Average reach"),
        (
            "охват",
            "средний охват",
            "охват публикации",
            "reach",
            "average reach",
            "avg reach",
        ),
    ),
    FieldDef(
        "avg_views",
        QT_TRANSLATE_NOOP("ImportFields", "Average views"),
        (
            "просмотры",
            "средние просмотры",
            "views",
            "average views",
            "avg views",
        ),
    ),
    FieldDef(
        "city", QT_TRANSLATE_NOOP("ImportFields", "City"), ("город", "city", "гео", "location", "регион")
    ),
    FieldDef(
        "topics",
        QT_TRANSLATE_NOOP("ImportFields", "Topics"),
        (
            "тематика",
            "тема",
            "темы",
            "ниша",
            "категория",
            "topics",
            "topic",
            "niche",
            "category",
        ),
    ),
    FieldDef("tags", QT_TRANSLATE_NOOP("ImportFields", "Tags"), ("теги", "метки", "тег", "tags", "labels")),
    FieldDef(
        "phone", QT_TRANSLATE_NOOP("ImportFields", "Phone"), ("телефон", "тел", "phone", "mobile", "номер")
    ),
    FieldDef(
        "email", QT_TRANSLATE_NOOP("ImportFields", "E-mail"), ("e-mail", "email", "почта", "эл почта", "mail")
    ),
    FieldDef(
        "messenger",
        QT_TRANSLATE_NOOP("ImportFields", "Messenger"),
        (
            "мессенджер",
            "telegram для связи",
            "whatsapp",
            "messenger",
            "контакт для связи",
        ),
    ),
    FieldDef(
        "tax_status",
        QT_TRANSLATE_NOOP("ImportFields", "Tax status"),
        (
            "форма оплаты",
            "налоговый статус",
            "статус налогоплательщика",
            "форма работы",
            "юр статус",
            "tax status",
            "tax",
            "payment form",
        ),
    ),
    FieldDef(
        "status", QT_TRANSLATE_NOOP("ImportFields", "Status"), ("статус", "статус работы", "status", "stage")
    ),
    FieldDef(
        "notes",
        QT_TRANSLATE_NOOP("ImportFields", "Notes"),
        (
            "комментарий",
            "комментарии",
            "примечание",
            "примечания",
            "заметки",
            "notes",
            "note",
            "comment",
            "comments",
        ),
    ),
)

# Words for the built-in formats' price columns; planner formats match by their own title.
FORMAT_WORDS: dict[str, tuple[str, ...]] = {
    "photo_with_product": (
        "фото с продуктом",
        "фото с товаром",
        "photo with product",
        "photo with the product",
    ),
    "photo_at_event": ("фото на мероприятии", "фото с мероприятия", "photo at event", "photo at an event"),
    "video_with_product": (
        "видео с продуктом",
        "видео с товаром",
        "video with product",
        "video with the product",
    ),
    "video_at_event": ("видео на мероприятии", "видео с мероприятия", "video at event", "video at an event"),
}

_UNITS = re.compile(r"\b(руб|рублей|р|rub|rur|₽|шт|%)\b\.?|[₽%]|\(.*?\)")


def fold_header(text: str) -> str:
    """'Фото с продуктом, руб.' → 'фото с продуктом'; 'ER, %' → 'er'."""
    folded = text.replace("ё", "е").replace("Ё", "Е").lower()
    folded = _UNITS.sub(" ", folded)
    folded = re.sub(r"[,:;*\"'«»]+", " ", folded)
    return " ".join(folded.split())


Words = tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]


@lru_cache(maxsize=64)
def folded_words(fields: tuple[FieldDef, ...]) -> Words:
    """(field, ((folded word, exact only), …)) for each field of a vocabulary, folded once."""
    return tuple(
        (f.key, tuple((fold_header(w.lstrip("=")), w.startswith("=")) for w in f.words)) for f in fields
    )


def match_field(header: str, fields: tuple[FieldDef, ...]) -> str | None:
    """The field of `fields` a header names, or None. Exact words first, then a header that starts
    with one (of four letters or more)."""
    folded = fold_header(header)
    if not folded:
        return None
    candidates = folded_words(fields)
    for key, words in candidates:
        if any(folded == word for word, _ in words):
            return key
    for key, words in candidates:
        for word, exact in words:
            if not exact and len(word) >= 4 and folded.startswith(word):
                return key
    return None


def match_fields(cells: Sequence[str], fields: tuple[FieldDef, ...]) -> dict[int, str]:
    """Column index → field for a header row; each field is taken by its first column only."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        key = match_field(cell, fields)
        if key and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


def find_header_row(
    rows: Sequence[Sequence[str]], fields: tuple[FieldDef, ...], scan: int = 30
) -> int | None:
    """The index of the row naming the most fields, two at least (title rows above it are skipped)."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:scan]):
        score = len(match_fields(row, fields))
        if score > best_score:
            best, best_score = index, score
    return best


def locate_header(
    rows: Sequence[Sequence[str]], fields: tuple[FieldDef, ...], needed: frozenset[str], scan: int = 30
) -> tuple[int, dict[int, str]] | None:
    """The header row (the one naming most fields, else the first naming any) and its column →
    field mapping, or None when no row names one of the `needed` fields."""
    index = find_header_row(rows, fields, scan)
    if index is None:
        index = next((i for i, row in enumerate(rows[:scan]) if match_fields(row, fields)), None)
    if index is None:
        return None
    mapping = match_fields(rows[index], fields)
    return (index, mapping) if needed & set(mapping.values()) else None


@lru_cache(maxsize=32)
def _influencer_fields(titles: tuple[tuple[str, str], ...]) -> tuple[FieldDef, ...]:
    """The influencer fields and the formats' price columns, as one vocabulary."""
    prices = tuple(
        FieldDef(PRICE_PREFIX + code, title, tuple(dict.fromkeys((title, *FORMAT_WORDS.get(code, ())))))
        for code, title in titles
    )
    return FIELDS + prices


def match_column(header: str, format_titles: dict[str, str]) -> str | None:
    """The influencer field a header names, or None."""
    return match_field(header, _influencer_fields(tuple(format_titles.items())))


def match_header(cells: Sequence[str], format_titles: dict[str, str]) -> dict[int, str]:
    """Column index → influencer field for a header row; each field is taken by its first column only."""
    return match_fields(cells, _influencer_fields(tuple(format_titles.items())))


def find_header(rows: Sequence[Sequence[str]], format_titles: dict[str, str], scan: int = 30) -> int | None:
    """The index of the row that looks most like an influencer list's header."""
    return find_header_row(rows, _influencer_fields(tuple(format_titles.items())), scan)


def field_label(key: str, format_titles: dict[str, str]) -> str:
    """English source label of a field (the UI translates it); price fields show the format's title."""
    if key.startswith(PRICE_PREFIX):
        return format_titles.get(key[len(PRICE_PREFIX) :], key)
    for f in FIELDS:
        if f.key == key:
            return f.label
    return key
