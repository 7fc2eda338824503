"""Applying a mention import's preview in one transaction, and the import as one step of the history.

It writes everything in the caller's transaction, or nothing (a failure or Cancel rolls it all back).
A new negative mention or question gets its severity and deadline (`domain.reputation.triage`).
`undo_import` takes back what it added and puts back what it filled in; `redo_import` brings the same
rows back with their ids."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.reputation.mentions import Mention as Found
from smmdesk.domain.reputation.mentions import Sighting, service_key
from smmdesk.domain.reputation.search import search_text
from smmdesk.domain.reputation.sla import SlaTable
from smmdesk.domain.reputation.triage import due, suggested_severity
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.services.import_progress import Cancelled, steps
from smmdesk.services.reputation.brands import recompute_deadlines, sla_table
from smmdesk.services.reputation.mention_preview import KEY_CHUNK, MentionPreview, Progress, link_key
from smmdesk.storage.bulk import bulk_cache, bulk_insert, indexes_built_after, insert_returning_ids
from smmdesk.storage.mention_search import indexed_after
from smmdesk.storage.models import Mention, MentionSighting
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

CHUNK = 10_000


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


# --- applying -------------------------------------------------------------------------------------------

VALUE_COLUMNS = (
    "link", "link_key", "published_at", "collected_at", "text", "author_name", "author_handle",
    "author_link", "author_followers", "place", "source_kind", "language", "sentiment", "sentiment_raw",
    "engagement", "reach", "tags", "search_text",
)  # fmt: skip
MENTION_COLUMNS = ("client_id", *VALUE_COLUMNS, "severity", "deadline_at", "imported_at")
SIGHTING_COLUMNS = (
    "mention_id", "service", "service_key", "external_id", "link_raw", "collected_at", "sentiment_raw",
    "file_row", "imported_at",
)  # fmt: skip


def _values(mention: Found) -> tuple[Any, ...]:
    """A domain mention's stored columns (VALUE_COLUMNS, those an import writes or fills in), as a
    tuple: a large import builds one per row, and a dict of each cost it seconds."""
    author = mention.author
    return (
        mention.link, link_key(mention.link), mention.published, mention.collected, mention.text,
        author.name, author.handle, author.link, author.followers, mention.place,
        mention.source_kind.value, mention.language, mention.sentiment.value, mention.sentiment_raw,
        mention.engagement, mention.reach, ", ".join(mention.tags),
        search_text(mention.text, author.name, author.handle),
    )  # fmt: skip


def mention_values(mention: Found) -> dict[str, Any]:
    """A domain mention's stored columns (those an import writes or fills in) by name."""
    return dict(zip(VALUE_COLUMNS, _values(mention), strict=True))


def _new_row(client_id: int, mention: Found, table: SlaTable, now: Any) -> tuple[Any, ...]:
    """A new mention's row (MENTION_COLUMNS), with the severity and deadline triage gives it."""
    severity = suggested_severity(mention.sentiment, mention.text)
    deadline = due(
        severity, mention.collected, mention.published, mention.source_kind, mention.author.followers, table
    )
    return (client_id, *_values(mention), severity.value if severity else "", deadline, now)


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
    with gc_paused(), bulk_cache(session.connection()):
        return _apply(session, preview, progress, cancelled)


def _apply(
    session: Session, preview: MentionPreview, progress: Progress | None, cancelled: Cancelled | None
) -> MentionImportResult:
    result, client_id = preview.result, preview.client_id
    table = sla_table(session, client_id)
    now = utc_now()
    conn = session.connection()
    step = steps(len(result.added) + len(result.extended), progress, cancelled)

    change = ImportChange(client_id, [], [], {}, {})
    added = list(result.added)
    with indexes_built_after(conn, (Mention, MentionSighting), len(added)), indexed_after(conn, len(added)):
        for start in range(0, len(added), CHUNK):
            chunk = added[start : start + CHUNK]
            ids = insert_returning_ids(
                conn, Mention, MENTION_COLUMNS, [_new_row(client_id, m, table, now) for m in chunk]
            )
            sightings = [
                _sighting_row(i, s, now) for i, m in zip(ids, chunk, strict=True) for s in m.sightings
            ]
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
