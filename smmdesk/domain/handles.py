"""Platforms and account handles: the many ways people write them, reduced to one form.

A handle is lowercase, without `@`, without the URL around it and without a query string; the
URL a person gave is kept separately. Platform names are matched from Russian and English
spellings ("ВК", "Вконтакте", "vk.com", "Инста", "YT", "Телеграмм" …).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from smmdesk.domain.text import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Platform:
    code: str
    title: str  # as shown; the same in Russian and English
    hosts: tuple[str, ...] = ()


BUILTIN_PLATFORMS: tuple[Platform, ...] = (
    Platform("instagram", "Instagram", ("instagram.com", "instagr.am")),
    Platform("vk", "VK", ("vk.com", "vk.ru", "vkontakte.ru", "m.vk.com")),
    Platform("telegram", "Telegram", ("t.me", "telegram.me", "telegram.org")),
    Platform("youtube", "YouTube", ("youtube.com", "youtu.be", "m.youtube.com")),
    Platform("tiktok", "TikTok", ("tiktok.com",)),
    Platform("dzen", "Дзен", ("dzen.ru", "zen.yandex.ru")),
    Platform("rutube", "RuTube", ("rutube.ru",)),
    Platform("ok", "OK", ("ok.ru", "odnoklassniki.ru")),
)

_ALIASES: dict[str, str] = {
    # Russian spellings
    "инстаграм": "instagram",
    "инстаграмм": "instagram",
    "инста": "instagram",
    "инст": "instagram",
    "ig": "instagram",
    "insta": "instagram",
    "inst": "instagram",
    "вк": "vk",
    "вконтакте": "vk",
    "в контакте": "vk",
    "vkontakte": "vk",
    "вкнтакте": "vk",
    "телеграм": "telegram",
    "телеграмм": "telegram",
    "телега": "telegram",
    "тг": "telegram",
    "tg": "telegram",
    "ютуб": "youtube",
    "ютюб": "youtube",
    "yt": "youtube",
    "you tube": "youtube",
    "тикток": "tiktok",
    "тик ток": "tiktok",
    "tik tok": "tiktok",
    "tt": "tiktok",
    "дзен": "dzen",
    "яндекс дзен": "dzen",
    "яндекс.дзен": "dzen",
    "zen": "dzen",
    "yandex zen": "dzen",
    "рутуб": "rutube",
    "ру туб": "rutube",
    "ок": "ok",
    "одноклассники": "ok",
    "odnoklassniki": "ok",
}
# Path segments that come before the handle in profile URLs.
_URL_PREFIXES = {"channel", "c", "user", "s", "profile", "club", "public", "id"}
_HANDLE_OK = re.compile(r"^[\w.\-]+$", re.UNICODE)
_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?(?:www\.)?([a-z0-9\-]+(?:\.[a-z0-9\-]+)+)(?:[/?#:]|$)")
_SCHEME = re.compile(r"^[a-z][a-z0-9+.\-]*://", re.I)
_SCHEME_AND_HOST = re.compile(r"^(?:[a-z][a-z0-9+.\-]*://)?[^/?#]+", re.I)
_QUERY = re.compile(r"[?#]")


@lru_cache(maxsize=4096)
def _fold(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).replace("ё", "е").replace("Ё", "Е").lower().split())


def platform_code(text: str, extra: dict[str, str] | None = None) -> str | None:
    """The platform's code for a name as people write it, or None when it is not recognised.

    `extra` maps folded names of the planner's own platforms to their codes.
    """
    folded = _fold(text).strip(" .")
    if not folded:
        return None
    if extra and folded in extra:
        return extra[folded]
    return _builtin_platform(folded)


@lru_cache(maxsize=1024)
def _builtin_platform(folded: str) -> str | None:
    for platform in BUILTIN_PLATFORMS:
        if folded in (platform.code, _fold(platform.title)):
            return platform.code
        if folded in platform.hosts or folded.removeprefix("www.") in platform.hosts:
            return platform.code
    if folded in _ALIASES:
        return _ALIASES[folded]
    host = _host_of(folded)
    return platform_from_host(host) if host else None


@lru_cache(maxsize=1024)
def platform_from_host(host: str) -> str | None:
    host = host.lower().removeprefix("www.").removeprefix("m.")
    for platform in BUILTIN_PLATFORMS:
        if any(host == h or host.endswith("." + h) for h in platform.hosts):
            return platform.code
    return None


def _host_of(text: str) -> str | None:
    match = _HOST.match(text.strip().lower())
    return match.group(1) if match else None


@dataclass(frozen=True)
class ParsedHandle:
    handle: str
    url: str
    platform: str | None  # from the URL's host, when the text was a link


def parse_handle(text: str) -> ParsedHandle | None:
    """'https://www.youtube.com/@Mariya?igshid=1' → handle 'mariya', url kept, platform 'youtube'.

    None when nothing usable is left (empty text, a bare domain).
    """
    raw = unicodedata.normalize("NFKC", text).strip()
    if not raw:
        return None
    if "/" not in raw and "?" not in raw and "#" not in raw and not raw.lower().startswith("www."):
        # The common case: '@name' or 'name', no link around it.
        handle = raw.lstrip("@").strip().lower()
        return ParsedHandle(handle, "", None) if handle and _HANDLE_OK.match(handle) else None
    host = _host_of(raw)
    url = ""
    platform = None
    rest = raw
    if host and ("/" in raw or raw.lower().startswith(("http", "www."))):
        url = raw if _SCHEME.match(raw) else "https://" + raw
        platform = platform_from_host(host)
        rest = _SCHEME_AND_HOST.sub("", raw)
    rest = _QUERY.split(rest, maxsplit=1)[0]
    segments = [s for s in rest.split("/") if s]
    if url:
        while len(segments) > 1 and segments[0].lower() in _URL_PREFIXES:
            segments.pop(0)
        if not segments:
            return None
        candidate = segments[0]
    else:
        candidate = rest.strip()
    handle = candidate.strip().lstrip("@").strip().lower()
    if not handle or not _HANDLE_OK.match(handle):
        return None
    return ParsedHandle(handle, url, platform)


def normalize_handle(text: str) -> str:
    parsed = parse_handle(text)
    return parsed.handle if parsed else ""


_PROFILE_URLS = {
    "instagram": "https://instagram.com/{h}",
    "vk": "https://vk.com/{h}",
    "telegram": "https://t.me/{h}",
    "youtube": "https://www.youtube.com/@{h}",
    "tiktok": "https://www.tiktok.com/@{h}",
    "dzen": "https://dzen.ru/{h}",
    "rutube": "https://rutube.ru/channel/{h}/",
    "ok": "https://ok.ru/{h}",
}


def profile_url(platform: str, handle: str) -> str:
    """A link to the profile for the built-in platforms, '' for others."""
    template = _PROFILE_URLS.get(platform)
    return template.format(h=handle) if template and handle else ""


UNKNOWN_PLATFORM = QT_TRANSLATE_NOOP("Errors", "Unknown platform: {text}")
