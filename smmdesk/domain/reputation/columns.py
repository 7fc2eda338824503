"""The fields of a monitoring service's export and the Russian and English headers that name them.

Matched by `smmdesk.domain.header_match`, as the influencer import matches its columns; the
planner sees the mapping and corrects it. Date and time may come in one column or in two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from smmdesk.domain.header_match import Vocabulary, find_header_row, match_fields
from smmdesk.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class MentionField:
    key: str
    label: str  # English source text, context "MentionFields"
    words: tuple[str, ...]  # header words; "=" prefix: the whole header only


FIELDS: tuple[MentionField, ...] = (
    MentionField("service", QT_TRANSLATE_NOOP("MentionFields", "Service"),
                 ("сервис", "система мониторинга", "сервис мониторинга", "источник данных", "service",
                  "monitoring service", "tool")),
    MentionField("mention_id", QT_TRANSLATE_NOOP("MentionFields", "Mention id"),
                 ("=id", "=ид", "id упоминания", "id сообщения", "идентификатор", "=номер", "mention id",
                  "post id", "guid", "=uid", "resource id")),
    MentionField("link", QT_TRANSLATE_NOOP("MentionFields", "Link"),
                 ("ссылка", "ссылка на публикацию", "ссылка на сообщение", "ссылка на упоминание",
                  "url публикации", "адрес", "url", "link", "post url", "permalink", "mention url", "=href")),
    MentionField("published", QT_TRANSLATE_NOOP("MentionFields", "Published"),
                 ("дата публикации", "дата и время публикации", "опубликовано", "=дата", "дата и время",
                  "дата сообщения", "дата упоминания", "published", "published at", "publication date",
                  "date published", "=date", "date and time", "created at", "post date", "=datetime")),
    MentionField("published_time", QT_TRANSLATE_NOOP("MentionFields", "Published (time)"),
                 ("=время", "=time", "time published", "publication time")),
    MentionField("collected", QT_TRANSLATE_NOOP("MentionFields", "Collected"),
                 ("дата добавления", "дата сбора", "дата обнаружения", "добавлено", "найдено", "собрано",
                  "дата индексации", "collected", "collected at", "date collected", "date added", "added",
                  "added at", "found at", "indexed", "crawled", "date found")),
    MentionField("collected_time", QT_TRANSLATE_NOOP("MentionFields", "Collected (time)"),
                 ("время добавления", "время сбора", "время обнаружения", "time added", "time collected")),
    MentionField("author_name", QT_TRANSLATE_NOOP("MentionFields", "Author"),
                 ("автор", "имя автора", "автор публикации", "пользователь", "author", "author name",
                  "=name", "full name", "=user")),
    MentionField("author_handle", QT_TRANSLATE_NOOP("MentionFields", "Author's handle"),
                 ("ник", "ник автора", "логин", "логин автора", "аккаунт автора", "handle", "username",
                  "screen name", "author handle", "author username", "nickname")),
    MentionField("author_link", QT_TRANSLATE_NOOP("MentionFields", "Author's link"),
                 ("ссылка на автора", "профиль автора", "ссылка на профиль", "ссылка на профиль автора",
                  "author url", "author link", "author profile", "profile url", "profile link")),
    MentionField("author_followers", QT_TRANSLATE_NOOP("MentionFields", "Author's followers"),
                 ("подписчики", "подписчики автора", "подписчиков", "количество подписчиков", "аудитория",
                  "аудитория автора", "followers", "author followers", "subscribers", "audience",
                  "followers count")),
    MentionField("place", QT_TRANSLATE_NOOP("MentionFields", "Place (channel, group, site)"),
                 ("место публикации", "площадка", "ресурс", "сайт", "=источник", "канал", "группа",
                  "сообщество", "домен", "place", "site", "=source", "domain", "channel", "group",
                  "hostname", "resource", "page name")),
    MentionField("source_kind", QT_TRANSLATE_NOOP("MentionFields", "Kind of source"),
                 ("тип источника", "тип площадки", "вид источника", "тип ресурса", "категория источника",
                  "тип сообщения", "source type", "media type", "page type", "type of source",
                  "content source", "=type")),
    MentionField("text", QT_TRANSLATE_NOOP("MentionFields", "Text"),
                 ("текст", "текст сообщения", "текст упоминания", "текст публикации", "сообщение",
                  "содержание", "фрагмент", "text", "content", "snippet", "full text", "message",
                  "mention text", "body")),
    MentionField("sentiment", QT_TRANSLATE_NOOP("MentionFields", "Sentiment"),
                 ("тональность", "тон", "тональность сообщения", "эмоциональная окраска", "sentiment",
                  "tone", "tonality")),
    MentionField("engagement", QT_TRANSLATE_NOOP("MentionFields", "Engagement"),
                 ("вовлеченность", "взаимодействия", "реакции", "engagement", "engagements", "interactions")),
    MentionField("reach", QT_TRANSLATE_NOOP("MentionFields", "Reach"),
                 ("охват", "потенциальный охват", "просмотры", "reach", "potential reach", "impressions",
                  "views", "estimated reach")),
    MentionField("tags", QT_TRANSLATE_NOOP("MentionFields", "Tags"),
                 ("теги", "метки", "тег", "tags", "tag", "labels")),
    MentionField("language", QT_TRANSLATE_NOOP("MentionFields", "Language"),
                 ("язык", "язык сообщения", "language", "lang")),
)  # fmt: skip

VOCABULARY: Vocabulary = tuple((f.key, f.words) for f in FIELDS)
FIELD_KEYS = tuple(f.key for f in FIELDS)


def match_columns(cells: Sequence[str]) -> dict[int, str]:
    """Column index → mention field for a header row."""
    return match_fields(cells, VOCABULARY)


def find_header(rows: Sequence[Sequence[str]], scan: int = 30) -> int | None:
    """The header row of an export (title rows above it skipped), or None when none looks like one."""
    return find_header_row(rows, VOCABULARY, scan)


def field_label(key: str) -> str:
    return next((f.label for f in FIELDS if f.key == key), key)
