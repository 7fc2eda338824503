"""A mention, the services that found it, and merging a batch into what is already known.

RULES.md: the same mention is one with an equal normalized link, or the same service with the
same mention id. A mention found by two services is one mention listing both (a `Sighting`
each, with that service's id, link as written, collection time and sentiment word); a
re-import adds only what is new. The known side needs only the mentions that share a key
with the batch (`batch_keys` says which to load), so storage never has to hand over all of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sources import ChannelKind, SourceKind, channel_kind
from smmdesk.domain.text import QT_TRANSLATE_NOOP

ServiceKey = tuple[str, str]  # (service folded, mention id)


@dataclass(frozen=True)
class Author:
    name: str = ""
    handle: str = ""
    link: str = ""
    followers: int | None = None


@dataclass(frozen=True)
class Sighting:
    """One service's record of a mention."""

    service: str
    mention_id: str = ""
    link: str = ""  # as the service wrote it
    collected: dt.datetime | None = None
    sentiment_raw: str = ""
    row: int = 0  # the row of the file it came from (1-based as a spreadsheet counts), 0 when typed

    @property
    def service_key(self) -> ServiceKey | None:
        return (service_key(self.service), self.mention_id) if self.mention_id else None


@lru_cache(maxsize=4096)  # an import asks it for every row, of a few names
def service_key(service: str) -> str:
    """A service's name folded for comparison: 'Brand Analytics' = 'brandanalytics' = 'BrandAnalytics'."""
    return "".join(ch for ch in service.casefold() if ch.isalnum())


@dataclass(frozen=True)
class Mention:
    """One mention as the program keeps it: moments in UTC, the link normalized, every sighting."""

    link: str  # normalized; '' when the services gave none
    sightings: tuple[Sighting, ...]
    published: dt.datetime | None = None
    text: str = ""
    author: Author = field(default_factory=Author)
    place: str = ""  # channel, group or site
    source_kind: SourceKind = SourceKind.OTHER
    language: str = ""  # ISO 639-1 where the service says it
    sentiment: Sentiment = Sentiment.UNKNOWN
    sentiment_raw: str = ""
    engagement: int | None = None
    reach: int | None = None
    tags: tuple[str, ...] = ()

    @property
    def services(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.service for s in self.sightings))

    @property
    def collected(self) -> dt.datetime | None:
        """The first time any service collected it."""
        known = [s.collected for s in self.sightings if s.collected is not None]
        return min(known) if known else None

    @property
    def link_as_imported(self) -> str:
        return next((s.link for s in self.sightings if s.link), "")

    @property
    def channel(self) -> ChannelKind:
        return channel_kind(self.source_kind, self.author.followers)

    def keys(self) -> tuple[str, tuple[ServiceKey, ...]]:
        """Its link and its (service, id) pairs: what the same mention is recognised by."""
        return self.link, tuple(k for s in self.sightings if (k := s.service_key) is not None)


@dataclass(frozen=True)
class RowProblem:
    """A row of a file that was skipped, or a value in it that was not taken, with the reason."""

    row: int
    reason: str  # English source text, context "Errors"
    params: dict[str, Any] = field(default_factory=dict)
    labels: tuple[tuple[str, str], ...] = ()  # (parameter, context) of parameters that are labels

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("Errors", self.reason) if translate else self.reason
        params = dict(self.params)
        if translate is not None:
            for name, context in self.labels:
                params[name] = translate(context, params[name])
        return text.format(**params)


@dataclass(frozen=True)
class MergeResult:
    """What a batch did: mentions added, known ones another service also found, rows already known."""

    added: tuple[Mention, ...]
    extended: tuple[tuple[Mention, Mention], ...]  # (as it was, as it is now) for known mentions
    same: tuple[Sighting, ...]  # rows that were the same as a mention already known
    skipped: tuple[RowProblem, ...] = ()

    @property
    def counts(self) -> tuple[int, int, int]:
        """(added, same as before, skipped): the numbers the import prints."""
        return len(self.added), len(self.same), len(self.skipped)

    def known_after(self, known: Iterable[Mention]) -> tuple[Mention, ...]:
        """What is known once the batch is in: `known` with the extended ones replaced, then the added."""
        now = {id(before): after for before, after in self.extended}
        return (*(now.get(id(m), m) for m in known), *self.added)


SAME_MENTION_IN_FILE = QT_TRANSLATE_NOOP("Errors", "the same mention as row {first}")
TOO_LONG = QT_TRANSLATE_NOOP("Errors", "{field}: longer than {limit} characters; the row was not imported")

# The longest text each short field holds, on a file and on a server alike (the storage columns are
# as wide; a test holds them together). Texts, links and tags have no limit.
FIELD_LIMITS: dict[str, int] = {
    "author_name": 300,
    "author_handle": 300,
    "place": 500,
    "language": 20,
    "sentiment_raw": 100,
    "service": 100,
    "mention_id": 200,
}
_FIELD_LABELS = {
    "author_name": QT_TRANSLATE_NOOP("MentionFields", "Author"),
    "author_handle": QT_TRANSLATE_NOOP("MentionFields", "Author's handle"),
    "place": QT_TRANSLATE_NOOP("MentionFields", "Place (channel, group, site)"),
    "language": QT_TRANSLATE_NOOP("MentionFields", "Language"),
    "sentiment_raw": QT_TRANSLATE_NOOP("MentionFields", "Sentiment"),
    "service": QT_TRANSLATE_NOOP("MentionFields", "Service"),
    "mention_id": QT_TRANSLATE_NOOP("MentionFields", "Mention id"),
}


def too_long(mention: Mention) -> RowProblem | None:
    """The refusal of a mention with a short field longer than it holds (FIELD_LIMITS), or None."""
    if _within_limits(mention):
        return None  # the usual row, checked at once
    values = {
        "author_name": mention.author.name,
        "author_handle": mention.author.handle,
        "place": mention.place,
        "language": mention.language,
        "sentiment_raw": mention.sentiment_raw,
    }
    for sighting in mention.sightings:
        values["service"] = max(values.get("service", ""), sighting.service, key=len)
        values["mention_id"] = max(values.get("mention_id", ""), sighting.mention_id, key=len)
    for name, value in values.items():
        if len(value) > FIELD_LIMITS[name]:
            row = mention.sightings[0].row if mention.sightings else 0
            return RowProblem(
                row, TOO_LONG, {"field": _FIELD_LABELS[name], "limit": FIELD_LIMITS[name]},
                labels=(("field", "MentionFields"),),
            )  # fmt: skip
    return None


def _within_limits(mention: Mention, limit: dict[str, int] = FIELD_LIMITS) -> bool:
    author = mention.author
    return (
        len(author.name) <= limit["author_name"]
        and len(author.handle) <= limit["author_handle"]
        and len(mention.place) <= limit["place"]
        and len(mention.language) <= limit["language"]
        and len(mention.sentiment_raw) <= limit["sentiment_raw"]
        and all(
            len(s.service) <= limit["service"] and len(s.mention_id) <= limit["mention_id"]
            for s in mention.sightings
        )
    )


def batch_keys(batch: Iterable[Mention]) -> tuple[set[str], set[ServiceKey]]:
    """The links and (service, id) pairs of a batch: the known mentions to load before merging."""
    links: set[str] = set()
    ids: set[ServiceKey] = set()
    for mention in batch:
        link, keys = mention.keys()
        if link:
            links.add(link)
        ids.update(keys)
    return links, ids


def _fill(kept: Mention, new: Mention) -> Mention:
    """`kept` with its empty values taken from `new`, and `new`'s sightings that `kept` lacks."""
    changes: dict[str, Any] = {}
    for name in ("link", "text", "place", "language", "published", "engagement", "reach"):
        if getattr(kept, name) in ("", None) and getattr(new, name) not in ("", None):
            changes[name] = getattr(new, name)
    if kept.source_kind is SourceKind.OTHER and new.source_kind is not SourceKind.OTHER:
        changes["source_kind"] = new.source_kind
    if kept.sentiment is Sentiment.UNKNOWN and new.sentiment is not Sentiment.UNKNOWN:
        changes["sentiment"], changes["sentiment_raw"] = new.sentiment, new.sentiment_raw
    author = kept.author
    filled = {
        name: getattr(new.author, name)
        for name in ("name", "handle", "link", "followers")
        if getattr(author, name) in ("", None) and getattr(new.author, name) not in ("", None)
    }
    if filled:
        changes["author"] = replace(author, **filled)
    tags = tuple(dict.fromkeys((*kept.tags, *new.tags)))
    if tags != kept.tags:
        changes["tags"] = tags
    sightings = list(kept.sightings)
    for sighting in new.sightings:
        if not any(_same_sighting(sighting, other) for other in sightings):
            sightings.append(sighting)
    if len(sightings) != len(kept.sightings):
        changes["sightings"] = tuple(sightings)
    return replace(kept, **changes) if changes else kept


def _same_sighting(a: Sighting, b: Sighting) -> bool:
    return service_key(a.service) == service_key(b.service)


class _Index:
    """Positions of mentions by link and by (service, id)."""

    def __init__(self) -> None:
        self.by_link: dict[str, int] = {}
        self.by_id: dict[ServiceKey, int] = {}

    def add(self, position: int, mention: Mention) -> None:
        link, ids = mention.keys()
        if link:
            self.by_link.setdefault(link, position)
        for key in ids:
            self.by_id.setdefault(key, position)

    def find(self, mention: Mention) -> int | None:
        link, ids = mention.keys()
        if link and link in self.by_link:
            return self.by_link[link]
        return next((self.by_id[k] for k in ids if k in self.by_id), None)


def merge_batch(
    known: Iterable[Mention], batch: Sequence[Mention], skipped: Sequence[RowProblem] = ()
) -> MergeResult:
    """Merges `batch` (one sighting each, in file order) into `known`; nothing is mutated.

    A mention already known keeps its values; what it lacked (an empty text, the published time,
    a second service) is filled from the batch. A row that repeats an earlier row of the same file
    for the same service is listed as skipped with the row it repeats.
    """
    known_list = list(known)
    index = _Index()
    for position, mention in enumerate(known_list):
        index.add(position, mention)
    state: list[Mention] = list(known_list)
    first_row: dict[int, int] = {}
    same: list[Sighting] = []
    problems: list[RowProblem] = list(skipped)
    for incoming in batch:
        found = index.find(incoming)
        if found is None:
            position = len(state)
            state.append(incoming)
            index.add(position, incoming)
            first_row[position] = incoming.sightings[0].row if incoming.sightings else 0
            continue
        position = found
        current = state[position]
        repeated = position in first_row and all(
            any(_same_sighting(s, other) for other in current.sightings) for s in incoming.sightings
        )
        merged = _fill(current, incoming)
        if merged is not current:
            state[position] = merged
            index.add(position, merged)
        if repeated:
            row = incoming.sightings[0].row if incoming.sightings else 0
            problems.append(RowProblem(row, SAME_MENTION_IN_FILE, {"first": first_row[position]}))
        elif position < len(known_list):
            same.extend(incoming.sightings)
    added = tuple(state[len(known_list) :])
    extended = tuple(
        (before, after) for before, after in zip(known_list, state, strict=False) if after is not before
    )
    return MergeResult(added, extended, tuple(same), tuple(problems))
