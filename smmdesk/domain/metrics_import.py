"""Reading publication statistics from a table: the header found, columns matched from Russian and
English words, rows matched to publications by their link."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import parse_qs, urlsplit

from smmdesk.domain.humannum import is_blank, parse_count, parse_price
from smmdesk.domain.import_columns import fold_header
from smmdesk.domain.metrics import Metric

URL = "url"
DATE = "date"
COLUMN_WORDS: dict[str, tuple[str, ...]] = {
    URL: ("ссылка", "ссылка на публикацию", "публикация", "пост", "url", "link", "post", "адрес"),
    DATE: ("дата", "дата съема", "дата съёма", "дата сбора", "date", "captured"),
    Metric.IMPRESSIONS.value: ("просмотры", "показы", "views", "impressions", "просм"),
    Metric.REACH.value: ("охват", "reach", "уникальные"),
    Metric.LIKES.value: ("лайки", "лайк", "нравится", "реакции", "likes", "reactions"),
    Metric.COMMENTS.value: ("комментарии", "комменты", "comments"),
    Metric.SHARES.value: ("репосты", "поделились", "пересылки", "shares", "reposts"),
    Metric.SAVES.value: ("сохранения", "закладки", "saves", "bookmarks"),
    Metric.CLICKS.value: ("клики", "переходы", "clicks"),
    Metric.LEADS.value: ("лиды", "заявки", "leads"),
    Metric.SALES.value: ("продажи", "заказы", "покупки", "sales", "orders"),
    Metric.REVENUE.value: ("выручка", "доход", "revenue"),
    Metric.FOLLOWERS.value: ("подписчики", "followers", "subscribers"),
}
_FOLDED = {key: tuple(fold_header(w) for w in words) for key, words in COLUMN_WORDS.items()}


def match_columns(cells: Sequence[str]) -> dict[int, str]:
    """Column index → field (url, date or a metric); each field is taken by its first column."""
    mapping: dict[int, str] = {}
    for index, cell in enumerate(cells):
        folded = fold_header(cell)
        if not folded:
            continue
        for key, words in _FOLDED.items():
            if key not in mapping.values() and any(folded == w or folded.startswith(w + " ") for w in words):
                mapping[index] = key
                break
    return mapping


def find_header(rows: Sequence[Sequence[str]], scan: int = 20) -> int | None:
    """The first row that names a link column and at least one figure."""
    for index, row in enumerate(rows[:scan]):
        found = set(match_columns(row).values())
        if URL in found and len(found - {URL, DATE}) >= 1:
            return index
    return None


def url_key(url: str) -> str:
    """A link reduced to what identifies the publication: no scheme, `www.` or `m.`, no trailing
    slash, no tracking query (YouTube's `?v=` is kept: it is the video)."""
    text = url.strip()
    if not text:
        return ""
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    host = parts.hostname or ""
    host = re.sub(r"^(www\.|m\.)", "", host.lower())
    path = parts.path.rstrip("/")
    keep = ""
    video = parse_qs(parts.query).get("v")
    if video and host.endswith("youtube.com"):
        keep = "?v=" + video[0]
    return f"{host}{path}{keep}"


@dataclass
class ParsedRow:
    row: int  # 1-based row number in the file
    url: str
    values: dict[Metric, int | Decimal] = field(default_factory=dict)
    captured_on: dt.date | None = None
    problems: list[str] = field(default_factory=list)  # "field: text as written" of each figure not taken
    unread_date: str = ""  # the date as written, when it is not a date


def parse_figure(metric: Metric, text: str) -> int | Decimal | None:
    """A figure as people type it ('12,5 тыс.', '1 200', revenue '15 000,50'); None for an empty
    cell; ValueError for something that is not a figure (a negative one included)."""
    if is_blank(text):
        return None
    return parse_price(text) if metric is Metric.REVENUE else parse_count(text)


def parse_date(text: str) -> dt.date | None:
    text = text.strip()
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y", "%d/%m/%Y", "%Y-%m-%d %H:%M:%S"):
        try:
            return dt.datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    return None


def parse_rows(rows: Sequence[Sequence[str]], header: int, mapping: dict[int, str]) -> list[ParsedRow]:
    """The rows under the header that have a link, with the figures read as people write them."""
    url_column = next((i for i, key in mapping.items() if key == URL), None)
    if url_column is None:
        return []
    parsed = []
    for number, cells in enumerate(rows[header + 1 :], start=header + 2):
        url = cells[url_column].strip() if url_column < len(cells) else ""
        if not url:
            continue
        item = ParsedRow(number, url)
        for index, key in mapping.items():
            text = cells[index] if index < len(cells) else ""
            if key in (URL,) or is_blank(text):
                continue
            if key == DATE:
                item.captured_on = parse_date(text)
                if item.captured_on is None:
                    item.unread_date = text.strip()
                continue
            metric = Metric(key)
            try:
                value = parse_figure(metric, text)
            except ValueError:
                value = None
            if value is None:
                item.problems.append(f"{key}: {text}")
            else:
                item.values[metric] = value
        parsed.append(item)
    return parsed
