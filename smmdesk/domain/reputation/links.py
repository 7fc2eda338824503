"""Normalizing a mention's link (RULES.md), so that two services' spellings of one page are equal.

Scheme and host lowercased, `http` read as `https`, a leading `www.` or `m.` of the host dropped,
the fragment dropped, the tracking parameters dropped, a trailing `/` of the path dropped.
"""

from __future__ import annotations

from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMETERS = frozenset(("igshid", "fbclid", "yclid", "gclid", "si", "ref", "from"))
HOST_PREFIXES = ("www.", "m.")


def _is_tracking(name: str) -> bool:
    lowered = name.lower()
    return lowered.startswith("utm_") or lowered in TRACKING_PARAMETERS


def normalize_link(link: str) -> str:
    """The link as the same mention's key: '' for an empty link; a text that is no URL stays as it is.

    >>> normalize_link("http://WWW.Example.ru/a/?utm_source=x&id=5#top")
    'https://example.ru/a?id=5'
    """
    text = link.strip()
    if not text:
        return ""
    scheme, sep, rest = text.partition("://")
    if not sep:
        if text.startswith("//"):
            scheme, rest = "https", text[2:]
        elif "." in text.split("/", 1)[0] and " " not in text:
            scheme, rest = "https", text
        else:
            return text
    rest = rest.partition("#")[0]
    rest, _, query = rest.partition("?")
    netloc, slash, path = rest.partition("/")
    if "@" in netloc or "[" in netloc or ":" in netloc:
        return _normalize_unusual(text)
    scheme = scheme.lower()
    if scheme == "http":
        scheme = "https"
    host = _bare_host(netloc.lower().rstrip("."))
    path = (slash + path).rstrip("/")
    if query:
        query = _kept_query(query)
    return f"{scheme}://{host}{path}?{query}" if query else f"{scheme}://{host}{path}"


@lru_cache(maxsize=65_536)  # an export repeats its trackers (`utm_source=…`) row after row
def _kept_query(query: str) -> str:
    """A link's query without its tracking parameters ('' when none is left)."""
    kept = [(k, v) for k, v in parse_qsl(query, keep_blank_values=True) if not _is_tracking(k)]
    return urlencode(kept, doseq=True) if kept else ""


def _bare_host(host: str) -> str:
    for prefix in HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") >= 2:
            return host[len(prefix) :]
    return host


def _normalize_unusual(text: str) -> str:
    """The same rules through `urlsplit`, for links with a port, a user or an IPv6 host."""
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        port = parts.port
    except ValueError:
        return text
    scheme = "https" if parts.scheme.lower() in ("http", "https") else parts.scheme.lower()
    host = _bare_host(host)
    netloc = host if port in (None, 80, 443) else f"{host}:{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), _kept_query(parts.query), ""))


def host_of(link: str) -> str:
    """The normalized host of a link ('' when there is none): `https://m.vk.com/x` → `vk.com`."""
    normalized = normalize_link(link)
    if "://" not in normalized:
        return ""
    return urlsplit(normalized).hostname or ""
