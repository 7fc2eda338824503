"""Loading the influencer table: all of it, its first screen, or some rows again after an edit."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import Integer, String, case, func, select, type_coerce
from sqlalchemy.orm import Session

from smmdesk.domain.influencer_table import InfluencerRow, InfluencerTable
from smmdesk.gcpause import gc_paused
from smmdesk.services.influencer_reference import formats
from smmdesk.storage.models import Account, Influencer, InfluencerTag, Tag, Terms

TAG_SEPARATOR = "\x1f"
CHUNK = 10_000  # rows read at a time while loading the table
_PEOPLE_COLUMNS = (
    Influencer.id, Account.id, Influencer.name, Account.platform, Account.handle, Account.url,
    Account.followers, type_coerce(Account.er, Integer), Account.avg_reach, Account.avg_views,
    Influencer.city, Influencer.topics, Influencer.status, Influencer.tax_status, Influencer.phone,
    Influencer.email, Influencer.messenger, Influencer.notes, Influencer.archived,
    type_coerce(Influencer.updated_at, String),
)  # fmt: skip


def _build_rows(
    session: Session, format_ids: Sequence[int], influencer_ids: Sequence[int] | None
) -> list[InfluencerRow]:
    """The table's rows in three plain queries (people with accounts, prices pivoted per format by
    the engine, tags aggregated), joined here: far cheaper than one query with joined subqueries."""
    conn = session.connection()
    people = (
        select(*_PEOPLE_COLUMNS)
        .select_from(Influencer)
        .outerjoin(Account, Account.influencer_id == Influencer.id)
    )
    price = type_coerce(Terms.price, Integer)
    pivot = select(
        Terms.account_id,
        *[func.max(case((Terms.format_id == fid, price))) for fid in format_ids],
        *[func.max(case((Terms.format_id == fid, Terms.price_note))) for fid in format_ids],
    ).group_by(Terms.account_id)
    tags = (
        select(InfluencerTag.influencer_id, func.aggregate_strings(Tag.name, TAG_SEPARATOR))
        .join(Tag, Tag.id == InfluencerTag.tag_id)
        .group_by(InfluencerTag.influencer_id)
    )
    if influencer_ids is not None:
        wanted = list(influencer_ids)
        people = people.where(Influencer.id.in_(wanted))
        pivot = pivot.where(Terms.account_id.in_(select(Account.id).where(Account.influencer_id.in_(wanted))))
        tags = tags.where(InfluencerTag.influencer_id.in_(wanted))
    width = len(format_ids)
    no_prices: tuple[None, ...] = (None,) * width
    no_notes = ("",) * width
    # Values that repeat (platforms, cities, statuses, the import's timestamp, price lists) are kept
    # once: at 100,000 rows that is a good part of the table's memory. The results are read in
    # chunks and kept as plain tuples, so the peak (and the heap left behind) stays small.
    shared: dict[Any, Any] = {}
    one: Callable[[Any, Any], Any] = shared.setdefault
    prices: dict[int, tuple[tuple[int | None, ...], tuple[str, ...]]] = {}
    for chunk in conn.execute(pivot).partitions(CHUNK):
        for p in chunk:
            amounts = tuple(p[1 : width + 1])
            notes = tuple(n or "" for n in p[width + 1 :]) if any(p[width + 1 :]) else no_notes
            prices[p[0]] = (one(amounts, amounts), notes)
    tag_names = {}
    for chunk in conn.execute(tags).partitions(CHUNK):
        for influencer_id, names in chunk:
            if names:
                listed = tuple(sorted(names.split(TAG_SEPARATOR)))
                tag_names[influencer_id] = one(listed, listed)
    rows = []
    for chunk in conn.execute(people).partitions(CHUNK):
        for r in chunk:
            account_prices, notes = prices.get(r[1], (no_prices, no_notes))
            rows.append(
                InfluencerRow(
                    r[0], r[1], one(r[2], r[2]), one(r[3], r[3]) or "", r[4] or "", r[5] or "", r[6],
                    r[7], r[8], r[9], one(r[10], r[10]), one(r[11], r[11]), tag_names.get(r[0], ()),
                    one(r[12], r[12]), one(r[13], r[13]), r[14], r[15], one(r[16], r[16]), one(r[17], r[17]),
                    bool(r[18]), one(r[19], r[19]) or "", account_prices, notes,
                )
            )  # fmt: skip
    return rows


def load_table(session: Session) -> InfluencerTable:
    """Every account of every influencer, with prices per (active) format, in no particular order."""
    active = formats(session)
    with gc_paused():
        return InfluencerTable(
            _build_rows(session, [f.id for f in active], None), tuple(f.code for f in active)
        )


def load_first(session: Session, limit: int) -> InfluencerTable:
    """The first influencers by name, for the first screen while the whole table loads."""
    active = formats(session)
    first = (
        select(Influencer.id)
        .where(Influencer.archived.is_(False))
        .order_by(Influencer.name, Influencer.id)
        .limit(limit)
    )
    ids = list(session.scalars(first))
    rows = _build_rows(session, [f.id for f in active], ids)
    return InfluencerTable(rows, tuple(f.code for f in active))


def load_rows(session: Session, table: InfluencerTable, influencer_ids: Sequence[int]) -> list[InfluencerRow]:
    """Fresh rows of a few influencers, with the table's formats (after an edit)."""
    if not influencer_ids:
        return []
    by_code = {f.code: f.id for f in formats(session, include_archived=True)}
    ids = [by_code[code] for code in table.formats if code in by_code]
    rows = _build_rows(session, ids, influencer_ids)
    return sorted(rows, key=lambda row: (row.influencer_id, row.account_id or 0))


def count_influencers(session: Session) -> int:
    return session.scalar(select(func.count(Influencer.id))) or 0


def size_estimate(session: Session) -> int:
    """About how many influencers there are, from the index alone (counting 100,000 rows costs more)."""
    return session.scalar(select(func.max(Influencer.id))) or 0
