"""The preview of a mention import (and the link's key the other steps use too): the file read
(`io.mention_file`), only the brand's mentions that share a link or a service's id with it loaded,
and merged (`domain.reputation.mentions.merge_batch`) — what would be added, which rows are the same
as before, which are skipped and why; nothing is written. `mention_apply` writes it."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, tuple_
from sqlalchemy.orm import Session

from smmdesk.domain.reputation.mentions import (
    Author,
    MergeResult,
    RowProblem,
    Sighting,
    batch_keys,
    merge_batch,
    too_long,
)
from smmdesk.domain.reputation.mentions import Mention as Found
from smmdesk.domain.reputation.rows import ReadOptions
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.gcpause import gc_paused
from smmdesk.io.mention_file import MentionFile, mentions_from_table, read_mentions_file
from smmdesk.io.tabular import TableFile
from smmdesk.services.reputation.brands import load_brand
from smmdesk.storage.models import Mention, MentionSighting

KEY_CHUNK = 500  # keys per lookup query: within every engine's limit on parameters

Progress = Callable[[int, int], None]


def link_key(link: str) -> str:
    """The index key of a normalized link: a hash, so that any link fits an index on every engine."""
    return hashlib.sha256(link.encode("utf-8")).hexdigest()[:32] if link else ""


@dataclass
class MentionPreview:
    """What an import would do, computed without writing anything."""

    client_id: int
    file: MentionFile
    result: MergeResult
    known_ids: dict[int, int]  # id() of a known mention as loaded → its database id
    refused: tuple[RowProblem, ...] = ()  # rows too long to keep (counted as skipped)

    @property
    def counts(self) -> tuple[int, int, int]:
        """(added, same as before, skipped): what the import prints."""
        return self.result.counts

    @property
    def notes(self) -> tuple[RowProblem, ...]:
        """Values of kept rows that were not taken (an unreadable time, a number that is none)."""
        return self.file.parsed.notes

    @property
    def headers(self) -> list[str]:
        return self.file.header


# --- preview --------------------------------------------------------------------------------------------


def preview_import(
    session: Session,
    client_id: int,
    path: Path,
    *,
    service: str = "",
    zone: str | None = None,
    sheet: str | None = None,
    mapping: Mapping[int, str] | None = None,
    header_row: int | None = None,
    progress: Progress | None = None,
    table: TableFile | None = None,
) -> MentionPreview:
    """Reads `path` for the brand; the zone of times without one is the brand's unless given.
    With `table` (the file as read before) the file is not read again."""
    brand = load_brand(session, client_id)
    options = ReadOptions(service, zone or brand.zone)
    with gc_paused():
        if table is None:
            file = read_mentions_file(
                path, options, sheet=sheet, mapping=mapping, header_row=header_row, progress=progress
            )
        else:
            file = mentions_from_table(table, path.name, options, mapping=mapping, header_row=header_row)
        batch: list[Found] = []
        refused: list[RowProblem] = []
        for mention in file.parsed.mentions:
            problem = too_long(mention)
            if problem is None:
                batch.append(mention)
            else:
                refused.append(problem)
        known, ids = load_known(session, client_id, batch)
        skipped = sorted((*file.parsed.skipped, *refused), key=lambda p: p.row)
        result = merge_batch(known, batch, skipped)
    return MentionPreview(client_id, file, result, ids, tuple(refused))


def load_known(
    session: Session, client_id: int, batch: Iterable[Found]
) -> tuple[list[Found], dict[int, int]]:
    """The brand's mentions that share a link or a service's id with the batch, as domain mentions,
    and their database ids (by the id() of each). A brand with no mentions yet (its first import)
    has none to look up."""
    if session.scalar(select(Mention.id).where(Mention.client_id == client_id).limit(1)) is None:
        return [], {}
    links, pairs = batch_keys(batch)
    found: set[int] = set()
    keys = [link_key(link) for link in links]
    for start in range(0, len(keys), KEY_CHUNK):
        chunk = keys[start : start + KEY_CHUNK]
        found.update(
            session.scalars(
                select(Mention.id).where(Mention.client_id == client_id, Mention.link_key.in_(chunk))
            )
        )
    pair_list = sorted(pairs)
    for start in range(0, len(pair_list), KEY_CHUNK):
        pair_chunk = pair_list[start : start + KEY_CHUNK]
        found.update(
            session.scalars(
                select(MentionSighting.mention_id)
                .join(Mention, Mention.id == MentionSighting.mention_id)
                .where(
                    Mention.client_id == client_id,
                    tuple_(MentionSighting.service_key, MentionSighting.external_id).in_(pair_chunk),
                )
            )
        )
    return load_mentions(session, sorted(found))


def load_mentions(session: Session, ids: Sequence[int]) -> tuple[list[Found], dict[int, int]]:
    """Mentions by id as the domain knows them (with every sighting), in the order of `ids`."""
    rows: dict[int, Any] = {}
    seen: dict[int, list[Sighting]] = {}
    for start in range(0, len(ids), KEY_CHUNK):
        chunk = list(ids[start : start + KEY_CHUNK])
        for row in session.execute(select(*_KNOWN_COLUMNS).where(Mention.id.in_(chunk))):
            rows[row.id] = row
        sightings = select(MentionSighting).where(MentionSighting.mention_id.in_(chunk))
        for s in session.scalars(sightings.order_by(MentionSighting.id)):
            seen.setdefault(s.mention_id, []).append(
                Sighting(s.service, s.external_id, s.link_raw, s.collected_at, s.sentiment_raw, s.file_row)
            )
    mentions: list[Found] = []
    db_ids: dict[int, int] = {}
    for ident in ids:
        if ident not in rows:
            continue
        row = rows[ident]
        mention = Found(
            row.link,
            tuple(seen.get(ident, ())),
            published=row.published_at,
            text=row.text,
            author=Author(row.author_name, row.author_handle, row.author_link, row.author_followers),
            place=row.place,
            source_kind=SourceKind(row.source_kind),
            language=row.language,
            sentiment=Sentiment(row.sentiment),
            sentiment_raw=row.sentiment_raw,
            engagement=row.engagement,
            reach=row.reach,
            tags=tuple(t for t in row.tags.split(", ") if t),
        )
        mentions.append(mention)
        db_ids[id(mention)] = ident
    return mentions, db_ids


_KNOWN_COLUMNS = (
    Mention.id, Mention.link, Mention.published_at, Mention.text, Mention.author_name, Mention.author_handle,
    Mention.author_link, Mention.author_followers, Mention.place, Mention.source_kind, Mention.language,
    Mention.sentiment, Mention.sentiment_raw, Mention.engagement, Mention.reach, Mention.tags,
)  # fmt: skip
