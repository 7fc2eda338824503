"""The full-text index over mentions, on each engine: which mentions hold every word of a search.

Both indexes read `mention.search_text` (tokens and their lemmas, see `domain.reputation.search`):
on a file the FTS5 table `mention_fts` (kept by triggers, migration 0007), on a server a GIN index
over the tokens taken as lexemes exactly as stored. The queries are written from the same
`SearchTerm`s, so a search finds the same mentions on both.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from typing import Any

from sqlalchemy import BigInteger, column, func, literal_column, select, table, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from smmdesk.domain.reputation.search import SearchTerm, fts5_query, tsquery
from smmdesk.storage.models import Mention

FTS_TABLE = "mention_fts"
INSERT_TRIGGER = "mention_fts_insert"  # migration 0007's trigger that indexes each new mention
INDEXED_AFTER_FROM = 1_000  # new mentions from which a write indexes them in one statement at its end
READING_CACHE_KIB = 65_536  # SQLite's page cache of a connection the queue reads through
SERVER_INDEX = "ix_mention_search"
# The tokens as a tsvector: the expression the server's index is built on (the same text, or the
# planner does not use the index).
_TSVECTOR = "array_to_tsvector(string_to_array(mention.search_text, ' '))"


def include_in_schema(name: str | None, type_: str, parent_names: Any) -> bool:
    """For comparing the schema with the models (Alembic's `include_name`): the index is made by
    the migration's own statements and is no model's, so it is left out."""
    if type_ == "table" and name is not None and name.startswith(FTS_TABLE):
        return False
    return not (type_ == "index" and name == SERVER_INDEX)


def matching(session: Session, terms: Sequence[SearchTerm]) -> Select[Any]:
    """The ids of the mentions (of every brand) holding every term; use as `Mention.id.in_(…)`.

    Empty `terms` are not a search: the caller leaves the condition out.
    """
    assert terms, "no search terms"
    if session.get_bind().dialect.name == "sqlite":
        clause = text(f"{FTS_TABLE} MATCH :search").bindparams(search=fts5_query(terms))
        return select(literal_column("rowid", BigInteger)).select_from(text(FTS_TABLE)).where(clause)
    clause = text(f"{_TSVECTOR} @@ CAST(:search AS tsquery)").bindparams(search=tsquery(terms))
    return select(Mention.id).where(clause)


def read_from_matches(session: Session, query: Select[Any], terms: Sequence[SearchTerm]) -> Select[Any]:
    """`query` (over Mention) kept to the mentions holding every term, read from the search's matches.

    On a file the matches come from FTS5 in the order of their ids and each is looked up by its id,
    so that a count stopped at its cap reads no more of them than it counts (the caller leaves the
    brand's indexes unusable, or SQLite may read the brand's 500,000 in an index's order and look
    each up in the index). On a server the query is the same as `matching`'s."""
    assert terms, "no search terms"
    if session.get_bind().dialect.name != "sqlite":
        return query.where(Mention.id.in_(matching(session, terms)))
    found = table(FTS_TABLE, column("rowid", BigInteger))
    clause = text(f"{FTS_TABLE} MATCH :search").bindparams(search=fts5_query(terms))
    return query.select_from(found).join(Mention, Mention.id == found.c.rowid).where(clause)


def count_matching(session: Session, terms: Sequence[SearchTerm], cap: int) -> int:
    """How many mentions (of every brand) hold every term, counted up to `cap`."""
    found = matching(session, terms).limit(cap).subquery()
    return int(session.scalar(select(func.count()).select_from(found)) or 0)


def reading_cache(connection: Connection) -> None:
    """On a file, a page cache large enough for the queue's reads over 500,000 mentions (SQLite's
    default of 2 MiB reads the same pages from the file again for each keystroke)."""
    if connection.dialect.name != "sqlite":
        return
    size = int(connection.exec_driver_sql("PRAGMA cache_size").scalar() or 0)
    if -READING_CACHE_KIB < size < 0 or 0 <= size < READING_CACHE_KIB // 4:
        connection.exec_driver_sql(f"PRAGMA cache_size=-{READING_CACHE_KIB}")


@contextmanager
def indexed_after(conn: Connection, count: int) -> Iterator[None]:
    """On a file, `count` new mentions written inside the block put into FTS5 in one statement at
    its end instead of one by one, in the same transaction.

    The insert trigger adds each mention to FTS5 as its row goes in; at 500,000 mentions that was
    most of an import's time, and one INSERT … SELECT of the same rows takes a fraction of it. The
    trigger is dropped for the block and made again from its own text (a rollback puts it back with
    the rest); the new mentions are those above the largest id before (SQLite gives new rows larger
    ids). A server's GIN index is kept by the server and is left alone.
    """
    if conn.dialect.name != "sqlite" or count < INDEXED_AFTER_FROM:
        yield
        return
    trigger = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (INSERT_TRIGGER,)
    ).scalar()
    if trigger is None:
        yield
        return
    before = conn.exec_driver_sql("SELECT max(id) FROM mention").scalar() or 0
    conn.exec_driver_sql(f"DROP TRIGGER {INSERT_TRIGGER}")
    try:
        yield
    except BaseException:
        # The caller's rollback puts the trigger back; should it keep the transaction instead,
        # the index still holds what the table holds. Its own failure is not the one to report.
        with suppress(DBAPIError, sqlite3.Error):
            _index_since(conn, before, trigger)
        raise
    _index_since(conn, before, trigger)


def _index_since(conn: Connection, before: int, trigger: str) -> None:
    """The mentions above id `before` put into FTS5, and the insert trigger made again."""
    conn.exec_driver_sql(
        f"INSERT INTO {FTS_TABLE}(rowid, search_text) SELECT id, search_text FROM mention WHERE id > ?",
        (before,),
    )
    conn.exec_driver_sql(trigger)
