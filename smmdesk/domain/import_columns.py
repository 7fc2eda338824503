"""The influencer list's fields and the Russian and English header words that name them.

The matching itself is `header_match`'s, shared with the other imports."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from smmdesk.domain.header_match import Vocabulary, find_header_row, match_field, match_fields
from smmdesk.domain.header_match import fold_header as fold_header  # where the other imports took it from
from smmdesk.domain.text import QT_TRANSLATE_NOOP

PRICE_PREFIX = "price:"
TERMS_PREFIX = "terms:"  # "terms:<field>:<format code>": a format's terms beyond its price

# A format's terms beyond the price, as the export names their columns ("<format>: <words>"), in
# English and Russian: the same words read them back in either language.
TERMS_WORDS: dict[str, tuple[str, str]] = {
    "included": ("what is included", "что входит"),
    "prepayment_pct": ("prepayment, %", "предоплата, %"),
    "product": ("product terms", "условия по продукту"),
    "exclusivity": ("exclusivity", "эксклюзивность"),
    "agreed_on": ("agreed on", "дата договорённости"),
}
# The export's headers of those columns and the import's choices for them (`{format}` its title).
TERMS_HEADERS: dict[str, str] = {
    "included": QT_TRANSLATE_NOOP("Export", "{format}: what is included"),
    "prepayment_pct": QT_TRANSLATE_NOOP("Export", "{format}: prepayment, %"),
    "product": QT_TRANSLATE_NOOP("Export", "{format}: product terms"),
    "exclusivity": QT_TRANSLATE_NOOP("Export", "{format}: exclusivity"),
    "agreed_on": QT_TRANSLATE_NOOP("Export", "{format}: agreed on"),
}


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
        "blacklist_reason",
        QT_TRANSLATE_NOOP("ImportFields", "Blacklist reason"),
        ("причина черного списка", "причина чс", "blacklist reason"),
    ),
    FieldDef(
        "audience_geo",
        QT_TRANSLATE_NOOP("ImportFields", "Audience geography"),
        ("география аудитории", "гео аудитории", "audience geography", "audience geo"),
    ),
    FieldDef(
        "audience_age",
        QT_TRANSLATE_NOOP("ImportFields", "Audience age"),
        ("возраст аудитории", "audience age"),
    ),
    FieldDef(
        "audience_female_pct",
        QT_TRANSLATE_NOOP("ImportFields", "Women in the audience, %"),
        ("доля женщин в аудитории", "женщин в аудитории", "women in the audience", "female audience"),
    ),
    FieldDef(
        "archived",
        QT_TRANSLATE_NOOP("ImportFields", "In the archive"),
        ("в архиве", "=архив", "in the archive", "=archived"),
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


def vocabulary_of(fields: Sequence[FieldDef]) -> Vocabulary:
    """The (key, words) pairs `header_match` takes, for any import's field definitions."""
    return tuple((f.key, f.words) for f in fields)


def _vocabulary(format_titles: dict[str, str]) -> Vocabulary:
    """The influencer fields' words, the formats' price columns included (by title and built-in words)."""
    raw: list[tuple[str, tuple[str, ...]]] = [(f.key, f.words) for f in FIELDS]
    for code, title in format_titles.items():
        names = tuple(dict.fromkeys((title, *FORMAT_WORDS.get(code, ()))))
        raw.append((PRICE_PREFIX + code, names))
        for key, labels in TERMS_WORDS.items():
            words = tuple(f"={name}: {label}" for name in names for label in labels)
            raw.append((f"{TERMS_PREFIX}{key}:{code}", words))
    return tuple(raw)


def terms_key(key: str) -> tuple[str, str] | None:
    """(terms field, format code) of a "terms:<field>:<code>" field key, else None."""
    if not key.startswith(TERMS_PREFIX):
        return None
    name, _, code = key[len(TERMS_PREFIX) :].partition(":")
    return name, code


def match_column(header: str, format_titles: dict[str, str]) -> str | None:
    """The field a header names, or None. Exact words first, then a header that starts with one."""
    return match_field(header, _vocabulary(format_titles))


def match_header(cells: Sequence[str], format_titles: dict[str, str]) -> dict[int, str]:
    """Column index → field for a header row; each field is taken by its first column only."""
    return match_fields(cells, _vocabulary(format_titles))


def find_header(rows: Sequence[Sequence[str]], format_titles: dict[str, str], scan: int = 30) -> int | None:
    """The index of the row that looks most like a header (title rows above it are skipped)."""
    return find_header_row(rows, _vocabulary(format_titles), scan)


def field_label(key: str, format_titles: dict[str, str]) -> str:
    """English source label of a field (the UI translates it); price fields show the format's title."""
    if key.startswith(PRICE_PREFIX):
        return format_titles.get(key[len(PRICE_PREFIX) :], key)
    terms = terms_key(key)
    if terms is not None:
        return TERMS_HEADERS[terms[0]].format(format=format_titles.get(terms[1], terms[1]))
    for f in FIELDS:
        if f.key == key:
            return f.label
    return key
