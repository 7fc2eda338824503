"""Names of built-in things in the interface's language: platforms and formats.

The database keeps the names it was made with (Russian for the built-in formats, «Дзен»); the
interface shows the built-in ones translated, and the planner's own as they were typed.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from smmdesk.domain import influencers as rules
from smmdesk.domain.text import QT_TRANSLATE_NOOP

BUILTIN_PLATFORMS = {
    "instagram": QT_TRANSLATE_NOOP("Platforms", "Instagram"),
    "vk": QT_TRANSLATE_NOOP("Platforms", "VK"),
    "telegram": QT_TRANSLATE_NOOP("Platforms", "Telegram"),
    "youtube": QT_TRANSLATE_NOOP("Platforms", "YouTube"),
    "tiktok": QT_TRANSLATE_NOOP("Platforms", "TikTok"),
    "dzen": QT_TRANSLATE_NOOP("Platforms", "Dzen"),
    "rutube": QT_TRANSLATE_NOOP("Platforms", "RuTube"),
    "ok": QT_TRANSLATE_NOOP("Platforms", "OK"),
}
# The titles the built-in formats were stored with (migration 0002), by code.
STORED_FORMAT_TITLES = {
    "Фото с продуктом": "photo_with_product",
    "Фото на мероприятии": "photo_at_event",
    "Видео с продуктом": "video_with_product",
    "Видео на мероприятии": "video_at_event",
}


def platform_label(code: str, stored: str = "") -> str:
    source = BUILTIN_PLATFORMS.get(code)
    if source is not None:
        return QCoreApplication.translate("Platforms", source)
    return stored or code


def platform_titles(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    """(code, stored title) pairs as the interface names them."""
    return {code: platform_label(code, title) for code, title in pairs}


def format_title(code: str, stored_title: str) -> str:
    """Built-in formats are translated; the planner's own keep the title they were given."""
    for builtin, source in rules.BUILTIN_FORMATS:
        if builtin == code:
            return QCoreApplication.translate("Influencers", source)
    return stored_title


def format_label(stored_title: str) -> str:
    """A format known only by its stored title (a line, a placement): translated when built in."""
    code = STORED_FORMAT_TITLES.get(stored_title)
    return format_title(code, stored_title) if code else stored_title
