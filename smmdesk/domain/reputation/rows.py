"""Rows of a service's export → mentions, with every row skipped or value not taken listed and why.

Times are read in the zone chosen for the file (RULES.md); a row whose time cannot be read keeps
its mention and is listed with the reason; a mention with neither a link nor a text is skipped.
Each distinct text of a column (a time, a sentiment word, a number) is read once, which keeps a
500,000-row export to seconds.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from smmdesk.domain import humannum, limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.links import normalize_link
from smmdesk.domain.reputation.mentions import Author, Mention, RowProblem, Sighting
from smmdesk.domain.reputation.sentiment import normalize_sentiment
from smmdesk.domain.reputation.service_names import canonical_service
from smmdesk.domain.reputation.sources import SourceKind, kind_from_link, kind_from_word
from smmdesk.domain.reputation.times import DEFAULT_ZONE, parse_moment, zone_info
from smmdesk.domain.text import QT_TRANSLATE_NOOP

T = TypeVar("T")
_FAILED: Any = object()

NO_LINK_NO_TEXT = QT_TRANSLATE_NOOP("Errors", "neither a link nor a text: not a mention")
TIME_NOT_TAKEN = QT_TRANSLATE_NOOP("Errors", "{field}: «{text}» is not a date and time; left empty")
NUMBER_NOT_TAKEN = QT_TRANSLATE_NOOP("Errors", "{field}: «{text}» is not a number; left empty")
NO_TEXT_COLUMNS = QT_TRANSLATE_NOOP(
    "Errors", "No column holds the link or the text of a mention; choose them in the column mapping."
)


@dataclass(frozen=True)
class ReadOptions:
    """How a file is read: the service it came from (when no column says so) and its time zone."""

    service: str = ""
    zone: str = DEFAULT_ZONE


DEFAULT_OPTIONS = ReadOptions()


@dataclass(frozen=True)
class ParsedExport:
    """The mentions of a file in its order, the rows skipped, and values not taken from kept rows."""

    mentions: tuple[Mention, ...]
    skipped: tuple[RowProblem, ...]
    notes: tuple[RowProblem, ...]


K = TypeVar("K", bound=Hashable)


def _read_each(cells: Sequence[K], reader: Callable[[K], T]) -> list[T | Any]:
    """`reader` over the cells, each distinct cell read once; `_FAILED` where it refused the text."""
    cache: dict[K, Any] = {}
    for cell in set(cells):
        try:
            cache[cell] = reader(cell)
        except (ValueError, ValidationError):
            cache[cell] = _FAILED
    return list(map(cache.__getitem__, cells))


class _Column:
    """One field's cells ('' where the file has no such column)."""

    def __init__(self, rows: Sequence[Sequence[str]], index: int | None) -> None:
        if index is None:
            self.cells: list[str] = [""] * len(rows)
        else:
            self.cells = [row[index] if index < len(row) else "" for row in rows]

    def read(self, reader: Callable[[str], T]) -> list[T | Any]:
        return _read_each(self.cells, reader)


def _count(text: str) -> int | None:
    if text.isascii() and text.isdigit() and len(text) <= 13:  # the usual cell: digits only
        return limits.count(int(text), "count", text)
    value = humannum.parse_count(text)
    if value is not None and value < 0:
        raise ValueError(text)
    return value


def _tags(text: str) -> tuple[str, ...]:
    parts = text.replace(";", ",").replace("|", ",").split(",")
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def parse_rows(
    rows: Sequence[Sequence[str]],
    mapping: Mapping[int, str],
    first_row: int,
    options: ReadOptions = DEFAULT_OPTIONS,
) -> ParsedExport:
    """Mentions from the data rows under the header; `first_row` is the first data row's number.

    `mapping` is column index → field key (`columns.FIELD_KEYS`), as matched and as the planner
    corrected it. ValidationError when neither the link nor the text has a column.
    """
    zone_info(options.zone)  # an unknown zone is refused before any row is read
    fields = {key: index for index, key in mapping.items()}
    if "link" not in fields and "text" not in fields:
        raise ValidationError(NO_TEXT_COLUMNS, field="mapping")
    column = {key: _Column(rows, fields.get(key)) for key in _ALL_FIELDS}
    zone = options.zone

    def moments(date_key: str, time_key: str) -> list[Any]:
        pairs = list(zip(column[date_key].cells, column[time_key].cells, strict=True))
        return _read_each(pairs, lambda pair: parse_moment(pair[0], zone, pair[1]))

    published = moments("published", "published_time")
    collected = moments("collected", "collected_time")
    links = column["link"].read(lambda text: (text, normalize_link(text)))
    sentiments = column["sentiment"].read(lambda text: (normalize_sentiment(text), text))
    followers = column["author_followers"].read(_count)
    engagement = column["engagement"].read(_count)
    reach = column["reach"].read(_count)
    kinds = column["source_kind"].read(kind_from_word)
    tags = column["tags"].read(_tags)
    services = column["service"].read(canonical_service)
    default_service = canonical_service(options.service) if options.service else ""
    checked = {"published": published, "collected": collected, "followers": followers,
               "engagement": engagement, "reach": reach}  # fmt: skip
    failed = {i for values in checked.values() for i, v in enumerate(values) if v is _FAILED}
    mentions: list[Mention] = []
    skipped: list[RowProblem] = []
    notes: list[RowProblem] = []
    cells = column.__getitem__
    rows_by_field = zip(
        rows, links, cells("text").cells, published, collected, followers, engagement, reach, kinds,
        sentiments, services, tags, cells("mention_id").cells, cells("author_name").cells,
        cells("author_handle").cells, cells("author_link").cells, cells("place").cells,
        cells("language").cells, strict=True,
    )  # fmt: skip
    for position, values in enumerate(rows_by_field):
        (row, (raw_link, link), text, when, seen, audience, engaged, reached, kind, (sentiment, raw_word),
         service, tag_list, mention_id, name, handle, author_link, place, language) = values  # fmt: skip
        number = first_row + position
        if not any(row):  # an empty line (the readers strip every cell)
            continue
        if not link and not text:
            skipped.append(RowProblem(number, NO_LINK_NO_TEXT))
            continue
        if position in failed:
            for key, value in checked.items():
                if value[position] is _FAILED:
                    notes.append(_note(number, key, column, position))
            when, seen, audience, engaged, reached = (
                None if v is _FAILED else v for v in (when, seen, audience, engaged, reached)
            )
        if kind is None or kind is _FAILED:
            kind = kind_from_link(*_host_and_path(link)) if link else SourceKind.OTHER
        sighting = Sighting(service or default_service, mention_id, raw_link, seen, raw_word, number)
        mentions.append(
            Mention(
                link,
                (sighting,),
                published=when,
                text=text,
                author=Author(name, handle, author_link, audience),
                place=place,
                source_kind=kind,
                language=language.lower(),
                sentiment=sentiment,
                sentiment_raw=raw_word,
                engagement=engaged,
                reach=reached,
                tags=tag_list,
            )
        )
    return ParsedExport(tuple(mentions), tuple(skipped), tuple(notes))


_ALL_FIELDS = (
    "service", "mention_id", "link", "published", "published_time", "collected", "collected_time",
    "author_name", "author_handle", "author_link", "author_followers", "place", "source_kind", "text",
    "sentiment", "engagement", "reach", "tags", "language",
)  # fmt: skip
_NOTE_COLUMNS = {
    "published": ("published", "published_time"),
    "collected": ("collected", "collected_time"),
    "followers": ("author_followers",),
    "engagement": ("engagement",),
    "reach": ("reach",),
}
_NOTE_LABELS = {
    "published": QT_TRANSLATE_NOOP("MentionFields", "Published"),
    "collected": QT_TRANSLATE_NOOP("MentionFields", "Collected"),
    "followers": QT_TRANSLATE_NOOP("MentionFields", "Author's followers"),
    "engagement": QT_TRANSLATE_NOOP("MentionFields", "Engagement"),
    "reach": QT_TRANSLATE_NOOP("MentionFields", "Reach"),
}


def _note(number: int, key: str, column: Mapping[str, _Column], position: int) -> RowProblem:
    text = " ".join(c for k in _NOTE_COLUMNS[key] if (c := column[k].cells[position]))
    reason = TIME_NOT_TAKEN if key in ("published", "collected") else NUMBER_NOT_TAKEN
    params = {"field": _NOTE_LABELS[key], "text": text}
    return RowProblem(number, reason, params, labels=(("field", "MentionFields"),))


def _host_and_path(link: str) -> tuple[str, str]:
    rest = link.split("://", 1)[-1]
    host, _, path = rest.partition("/")
    return host, "/" + path
