"""Kinds of source a mention comes from, read from a service's word or, failing that, its site.

The kind decides the SLA column (RULES.md): social (comments, posts, messages), reviews (maps,
review sites, marketplaces) or press (media, and channels of 100 000 followers and more).
"""

from __future__ import annotations

import re
from enum import StrEnum
from functools import lru_cache

from smmdesk.domain.text import QT_TRANSLATE_NOOP

PRESS_FOLLOWERS = 100_000


class SourceKind(StrEnum):
    SOCIAL = "social"
    MESSENGER = "messenger"
    VIDEO = "video"
    FORUM = "forum"
    BLOG = "blog"
    REVIEWS = "reviews"
    MEDIA = "media"
    OTHER = "other"


class ChannelKind(StrEnum):
    """The SLA table's columns."""

    SOCIAL = "social"
    REVIEWS = "reviews"
    PRESS = "press"


SOURCE_KIND_LABELS: dict[SourceKind, str] = {
    SourceKind.SOCIAL: QT_TRANSLATE_NOOP("Reputation", "Social network"),
    SourceKind.MESSENGER: QT_TRANSLATE_NOOP("Reputation", "Messenger"),
    SourceKind.VIDEO: QT_TRANSLATE_NOOP("Reputation", "Video"),
    SourceKind.FORUM: QT_TRANSLATE_NOOP("Reputation", "Forum"),
    SourceKind.BLOG: QT_TRANSLATE_NOOP("Reputation", "Blog"),
    SourceKind.REVIEWS: QT_TRANSLATE_NOOP("Reputation", "Reviews"),
    SourceKind.MEDIA: QT_TRANSLATE_NOOP("Reputation", "Media"),
    SourceKind.OTHER: QT_TRANSLATE_NOOP("Reputation", "Other"),
}

CHANNEL_KIND_LABELS: dict[ChannelKind, str] = {
    ChannelKind.SOCIAL: QT_TRANSLATE_NOOP("Reputation", "Social (comments, posts, messages)"),
    ChannelKind.REVIEWS: QT_TRANSLATE_NOOP("Reputation", "Reviews (maps, review sites, marketplaces)"),
    ChannelKind.PRESS: QT_TRANSLATE_NOOP("Reputation", "Press (media, channels ≥ 100 000)"),
}

# The words services write in their "source type" column (YouScan, Brand Analytics, Brandwatch…).
_KIND_WORDS: dict[str, SourceKind] = {
    **dict.fromkeys(
        ("social", "социальная сеть", "социальные сети", "соцсеть", "соцсети", "social network",
         "microblog", "микроблог", "post", "comment", "пост", "комментарий"),
        SourceKind.SOCIAL,
    ),
    **dict.fromkeys(
        ("messenger", "мессенджер", "мессенджеры", "telegram", "чат", "канал"), SourceKind.MESSENGER
    ),
    **dict.fromkeys(("video", "видео", "видеохостинг", "видеохостинги"), SourceKind.VIDEO),
    **dict.fromkeys(("forum", "forums", "форум", "форумы"), SourceKind.FORUM),
    **dict.fromkeys(("blog", "blogs", "блог", "блоги"), SourceKind.BLOG),
    **dict.fromkeys(
        ("reviews", "review", "отзывы", "отзыв", "отзовики", "карты", "maps", "marketplace",
         "маркетплейс", "маркетплейсы", "review sites"),
        SourceKind.REVIEWS,
    ),
    **dict.fromkeys(
        ("media", "news", "press", "сми", "новости", "онлайн-сми", "пресса", "mass media", "online news"),
        SourceKind.MEDIA,
    ),
    **dict.fromkeys(("other", "другое", "прочее"), SourceKind.OTHER),
}  # fmt: skip

# Sites whose kind is known when the export does not say it.
_HOST_KINDS: dict[str, SourceKind] = {
    **dict.fromkeys(
        ("vk.com", "vk.ru", "ok.ru", "instagram.com", "facebook.com", "twitter.com", "x.com",
         "dzen.ru", "zen.yandex.ru", "threads.net", "pikabu.ru"),
        SourceKind.SOCIAL,
    ),
    **dict.fromkeys(("t.me", "telegram.me", "telegram.org"), SourceKind.MESSENGER),
    **dict.fromkeys(("youtube.com", "youtu.be", "rutube.ru", "tiktok.com", "vkvideo.ru"), SourceKind.VIDEO),
    **dict.fromkeys(("livejournal.com", "teletype.in", "vc.ru", "habr.com"), SourceKind.BLOG),
    **dict.fromkeys(
        ("otzovik.com", "irecommend.ru", "2gis.ru", "flamp.ru", "zoon.ru", "tripadvisor.ru",
         "tripadvisor.com", "ozon.ru", "wildberries.ru", "market.yandex.ru", "megamarket.ru",
         "avito.ru", "yell.ru", "otzyvy.pro", "sravni.ru", "banki.ru"),
        SourceKind.REVIEWS,
    ),
}  # fmt: skip
_REVIEW_PATH = re.compile(r"/maps/|/reviews|/otzyvy|/feedback", re.IGNORECASE)


def kind_from_word(word: str) -> SourceKind | None:
    """The kind a service's word names, or None for an empty or unknown word."""
    return _KIND_WORDS.get(" ".join(word.strip().lower().replace("ё", "е").split()))


def kind_from_link(host: str, path: str = "") -> SourceKind:
    """The kind of a site: known social, video, review hosts by name; a maps or reviews page; else media."""
    if _REVIEW_PATH.search(path):
        return SourceKind.REVIEWS
    return _host_kind(host.lower())


@lru_cache(maxsize=4096)
def _host_kind(host: str) -> SourceKind:
    bare = host
    for prefix in ("www.", "m."):
        bare = bare.removeprefix(prefix)
    while bare:
        if bare in _HOST_KINDS:
            return _HOST_KINDS[bare]
        _, _, bare = bare.partition(".")
        if "." not in bare:
            break
    return SourceKind.MEDIA if host else SourceKind.OTHER


def channel_kind(source: SourceKind, followers: int | None = None) -> ChannelKind:
    """The SLA column: reviews for review sites, press for media and for channels of ≥ 100 000."""
    if source is SourceKind.REVIEWS:
        return ChannelKind.REVIEWS
    if source is SourceKind.MEDIA or (followers is not None and followers >= PRESS_FOLLOWERS):
        return ChannelKind.PRESS
    return ChannelKind.SOCIAL
