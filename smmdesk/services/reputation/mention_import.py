"""Importing a monitoring service's export into a brand's mentions: the preview, then one transaction.

The preview reads the file (`io.mention_file`), loads only the brand's mentions that share a link
or a service's id with it, and merges (`domain.reputation.mentions.merge_batch`): what would be
added, which rows are the same as before, which are skipped and why. Nothing is written until the
import is applied; it then writes everything in the caller's transaction, or nothing (a failure or
Cancel rolls it all back). A new negative mention or question gets its severity and deadline
(`domain.reputation.triage`). The import is one step of the history: `undo_import` takes back what
it added and puts back what it filled in; `redo_import` brings the same rows back with their ids.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select, tuple_, update
from sqlalchemy.orm import Session

from smmdesk.domain.reputation.mentions import (
    Author,
    MergeResult,
    RowProblem,
    Sighting,
    batch_keys,
    merge_batch,
    service_key,
    too_long,
)
from smmdesk.domain.reputation.mentions import Mention as Found
from smmdesk.domain.reputation.rows import ReadOptions
from smmdesk.domain.reputation.search import search_text
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import SlaTable
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.domain.reputation.triage import due, suggested_severity
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io.mention_file import MentionFile, read_mentions_file
from smmdesk.services.influencer_import import save_mapping as _save_mapping
from smmdesk.services.influencer_import import saved_mappings as _saved_mappings
from smmdesk.services.reputation.brands import load_brand, recompute_deadlines, sla_table
from smmdesk.storage.bulk import bulk_insert, insert_returning_ids
from smmdesk.storage.models import Mention, MentionSighting
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

CHUNK = 10_000
KEY_CHUNK = 500  # keys per lookup query: within every engine's limit on parameters
MAPPING_KIND = "mentions"

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The planner pressed Cancel; the transaction is rolled back."""


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


@dataclass
class ImportChange:
    """What an import wrote, for undo and redo."""

    client_id: int
    added: list[int]  # mention ids it created
    sightings: list[int]  # sightings it added to mentions already known
    before: dict[int, dict[str, Any]]  # known mentions it filled in: their columns as they were
    after: dict[int, dict[str, Any]]  # … and as the import left them
    rows: dict[str, list[dict[str, Any]]] | None = None  # what undo removed, for redo


@dataclass
class MentionImportResult:
    added: int
    same: int
    skipped: int
    extended: int  # known mentions another service also found now
    change: ImportChange = field(repr=False, default_factory=lambda: ImportChange(0, [], [], {}, {}))


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
) -> MentionPreview:
    """Reads `path` for the brand; the zone of times without one is the brand's unless given."""
    brand = load_brand(session, client_id)
    options = ReadOptions(service, zone or brand.zone)
    with gc_paused():
        file = read_mentions_file(
            path, options, sheet=sheet, mapping=mapping, header_row=header_row, progress=progress
        )
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
    and their database ids (by the id() of each)."""
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


# --- applying -------------------------------------------------------------------------------------------

MENTION_COLUMNS = (
    "client_id", "link", "link_key", "published_at", "collected_at", "text", "author_name", "author_handle",
    "author_link", "author_followers", "place", "source_kind", "language", "sentiment", "sentiment_raw",
    "engagement", "reach", "tags", "search_text", "severity", "deadline_at", "imported_at",
)  # fmt: skip
SIGHTING_COLUMNS = (
    "mention_id", "service", "service_key", "external_id", "link_raw", "collected_at", "sentiment_raw",
    "file_row", "imported_at",
)  # fmt: skip


def mention_values(mention: Found) -> dict[str, Any]:
    """A domain mention's stored columns (those an import writes or fills in)."""
    author = mention.author
    return {
        "link": mention.link,
        "link_key": link_key(mention.link),
        "published_at": mention.published,
        "collected_at": mention.collected,
        "text": mention.text,
        "author_name": author.name,
        "author_handle": author.handle,
        "author_link": author.link,
        "author_followers": author.followers,
        "place": mention.place,
        "source_kind": mention.source_kind.value,
        "language": mention.language,
        "sentiment": mention.sentiment.value,
        "sentiment_raw": mention.sentiment_raw,
        "engagement": mention.engagement,
        "reach": mention.reach,
        "tags": ", ".join(mention.tags),
        "search_text": search_text(mention.text, author.name, author.handle),
    }


def _new_row(client_id: int, mention: Found, table: SlaTable, now: Any) -> tuple[Any, ...]:
    values = mention_values(mention)
    severity = suggested_severity(mention.sentiment, mention.text)
    deadline = due(
        severity, mention.collected, mention.published, mention.source_kind, mention.author.followers, table
    )
    values.update(
        client_id=client_id,
        severity=severity.value if severity else "",
        deadline_at=deadline,
        imported_at=now,
    )
    return tuple(values[name] for name in MENTION_COLUMNS)


def _sighting_row(mention_id: int, sighting: Sighting, now: Any) -> tuple[Any, ...]:
    return (
        mention_id,
        sighting.service,
        service_key(sighting.service),
        sighting.mention_id,
        sighting.link,
        sighting.collected,
        sighting.sentiment_raw,
        sighting.row,
        now,
    )


def apply_import(
    session: Session,
    preview: MentionPreview,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MentionImportResult:
    """Writes the preview in the caller's transaction; ImportCancelled rolls it all back."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import mentions"))
    with gc_paused():
        return _apply(session, preview, progress, cancelled)


def _apply(
    session: Session, preview: MentionPreview, progress: Progress | None, cancelled: Cancelled | None
) -> MentionImportResult:
    result, client_id = preview.result, preview.client_id
    table = sla_table(session, client_id)
    now = utc_now()
    conn = session.connection()
    total = len(result.added) + len(result.extended)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        done += count
        if progress is not None:
            progress(done, total)

    change = ImportChange(client_id, [], [], {}, {})
    added = list(result.added)
    for start in range(0, len(added), CHUNK):
        chunk = added[start : start + CHUNK]
        ids = insert_returning_ids(
            conn, Mention, MENTION_COLUMNS, [_new_row(client_id, m, table, now) for m in chunk]
        )
        sightings = [_sighting_row(i, s, now) for i, m in zip(ids, chunk, strict=True) for s in m.sightings]
        bulk_insert(conn, MentionSighting, SIGHTING_COLUMNS, sightings)
        change.added.extend(ids)
        step(len(chunk))
    more: list[tuple[Any, ...]] = []  # sightings of mentions already known
    for before, after in result.extended:
        ident = preview.known_ids[id(before)]
        old, new = mention_values(before), mention_values(after)
        changed = {k: v for k, v in new.items() if old[k] != v}
        if changed:
            change.before[ident] = {k: old[k] for k in changed}
            change.after[ident] = changed
            session.execute(update(Mention).where(Mention.id == ident).values(**changed))
        more += [_sighting_row(ident, s, now) for s in after.sightings[len(before.sightings) :]]
        step(1)
    for start in range(0, len(more), CHUNK):
        change.sightings += insert_returning_ids(
            conn, MentionSighting, SIGHTING_COLUMNS, more[start : start + CHUNK]
        )
    if change.after:
        recompute_deadlines(session, client_id, sorted(change.after))
    added_n, same, skipped = result.counts
    return MentionImportResult(added_n, same, skipped, len(result.extended), change)


# --- undo and redo --------------------------------------------------------------------------------------


def _chunks(ids: Sequence[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), KEY_CHUNK):
        yield list(ids[start : start + KEY_CHUNK])


def undo_import(session: Session, change: ImportChange) -> None:
    """Takes an import back: its mentions and sightings removed, what it filled in as it was."""
    mention_table, sighting_table = Mention.__table__, MentionSighting.__table__
    if change.rows is None:
        rows: dict[str, list[dict[str, Any]]] = {"mention": [], "mention_sighting": []}
        for chunk in _chunks(change.added):
            rows["mention"] += [
                dict(r)
                for r in session.execute(
                    select(mention_table).where(mention_table.c.id.in_(chunk))
                ).mappings()
            ]
            rows["mention_sighting"] += [
                dict(r)
                for r in session.execute(
                    select(sighting_table).where(sighting_table.c.mention_id.in_(chunk))
                ).mappings()
            ]
        for chunk in _chunks(change.sightings):
            rows["mention_sighting"] += [
                dict(r)
                for r in session.execute(
                    select(sighting_table).where(sighting_table.c.id.in_(chunk))
                ).mappings()
            ]
        change.rows = rows
    for chunk in _chunks(change.sightings):
        session.execute(delete(MentionSighting).where(MentionSighting.id.in_(chunk)))
    for chunk in _chunks(change.added):
        session.execute(delete(MentionSighting).where(MentionSighting.mention_id.in_(chunk)))
        session.execute(delete(Mention).where(Mention.id.in_(chunk)))
    _set_values(session, change.client_id, change.before)


def redo_import(session: Session, change: ImportChange) -> None:
    """Brings an import back after its undo: the same rows with the same ids."""
    assert change.rows is not None, "redo before undo"
    conn = session.connection()
    for name, model in (("mention", Mention), ("mention_sighting", MentionSighting)):
        rows = change.rows[name]
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            keys = tuple(chunk[0])
            bulk_insert(conn, model, keys, [tuple(r[k] for k in keys) for r in chunk])
    _set_values(session, change.client_id, change.after)


def _set_values(session: Session, client_id: int, values: Mapping[int, Mapping[str, Any]]) -> None:
    for ident, columns in values.items():
        session.execute(update(Mention).where(Mention.id == ident).values(**columns))
    if values:
        recompute_deadlines(session, client_id, sorted(values))


# --- the report and saved mappings ----------------------------------------------------------------------


def report_rows(
    preview: MentionPreview, translate: Callable[[str, str], str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(row, outcome, link, reason) for each row: added, same as before, skipped, a value not taken."""
    out: list[tuple[int, str, str, str]] = []
    for mention in preview.result.added:
        for s in mention.sightings:
            out.append((s.row, "added", s.link or mention.link, ""))
    another: set[int] = set()  # rows of a known mention that another service has now seen too
    for before, after in preview.result.extended:
        for s in after.sightings[len(before.sightings) :]:
            another.add(s.row)
            out.append((s.row, "same as before, seen by another service", s.link or after.link, ""))
    for s in preview.result.same:
        if s.row not in another:
            out.append((s.row, "same as before", s.link, ""))
    for problem in preview.result.skipped:
        out.append((problem.row, "skipped", "", problem.render(translate)))
    for problem in preview.notes:
        out.append((problem.row, "value not taken", "", problem.render(translate)))
    out.sort(key=lambda r: r[0])
    return [(str(row), outcome, link, reason) for row, outcome, link, reason in out]


def write_report(
    preview: MentionPreview, path: Path, translate: Callable[[str, str], str] | None = None
) -> None:
    from smmdesk.io.safe_text import write_csv_rows

    write_csv_rows(path, [("row", "outcome", "link", "reason"), *report_rows(preview, translate)])


def save_mapping(session: Session, name: str, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Keeps a header → field mapping under a name, to choose for the next export of that service."""
    _save_mapping(session, name, headers, dict(mapping), kind=MAPPING_KIND)


def saved_mappings(session: Session) -> dict[str, dict[str, str]]:
    return _saved_mappings(session, kind=MAPPING_KIND)
