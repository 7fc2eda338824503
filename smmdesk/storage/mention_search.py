"""The full-text index over mentions, on each engine: which mentions hold every word of a search.

Both indexes read `mention.search_text` (tokens and their lemmas, see `domain.reputation.search`):
on a file the FTS5 table `mention_fts` (kept by triggers, migration 0007), on a server a GIN index
over the tokens taken as lexemes exactly as stored. The queries are written from the same
`SearchTerm`s, so a search finds the same mentions on both.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import BigInteger, literal_column, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select

from smmdesk.domain.reputation.search import SearchTerm, fts5_query, tsquery
from smmdesk.storage.models import Mention

FTS_TABLE = "mention_fts"
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
