"""The first page of the influencer base, read straight from a database file for the first screen.

The program paints its window before the database is opened; opening it imports SQLAlchemy, which
alone costs more than a quarter of a second. This read needs only the standard `sqlite3`: the
first influencers by name (the `ix_influencer_name` index) with their accounts, prices and tags,
from the file opened read-only. It is the one place with SQL written for one engine: it only ever
looks at a local file, and what it shows is replaced by the regular query as soon as the file is
open. Anything unexpected (not our file, a damaged one, a schema this query does not know) gives
None, and the window simply waits for the file to open.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.influencer_table import InfluencerRow, InfluencerTable
from smmdesk.domain.influencers import FormatInfo

log = logging.getLogger("smmdesk.db")
TAG_SEPARATOR = "\x1f"

PEOPLE = """
SELECT i.id, a.id, i.name, a.platform, a.handle, a.url, a.followers, a.er, a.avg_reach, a.avg_views,
       i.city, i.topics, i.status, i.tax_status, i.phone, i.email, i.messenger, i.notes, i.archived,
       i.updated_at
FROM (SELECT id FROM influencer WHERE archived = 0 ORDER BY name, id LIMIT ?) AS first
JOIN influencer AS i ON i.id = first.id
LEFT JOIN account AS a ON a.influencer_id = i.id
"""


@dataclass(frozen=True)
class FirstPage:
    table: InfluencerTable
    platforms: list[tuple[str, str]]  # (code, title), in the base's order
    formats: list[FormatInfo]  # the active formats: the table's price columns


def read_first_page(path: Path, limit: int) -> FirstPage | None:
    """The first `limit` influencers of the file at `path`, or None when it cannot be read this way."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=0.5)
    except sqlite3.Error:
        return None
    try:
        return _read(connection, limit)
    except (sqlite3.Error, ValueError, TypeError, IndexError) as exc:
        log.info("no first page from %s: %s", path, exc)
        return None
    finally:
        connection.close()


def _read(connection: sqlite3.Connection, limit: int) -> FirstPage:
    platforms = [
        tuple(row) for row in connection.execute("SELECT code, title FROM platform ORDER BY position, title")
    ]
    formats = [
        FormatInfo(row[0], row[1], row[2], bool(row[3]), bool(row[4]))
        for row in connection.execute(
            "SELECT id, code, title, builtin, archived FROM format WHERE archived = 0 ORDER BY position, id"
        )
    ]
    people = connection.execute(PEOPLE, (limit,)).fetchall()
    influencer_ids = sorted({row[0] for row in people})
    account_ids = sorted({row[1] for row in people if row[1] is not None})
    marks = ",".join("?" * len(account_ids)) or "NULL"
    column = {f.id: n for n, f in enumerate(formats)}
    prices: dict[int, list[int | None]] = {}
    notes: dict[int, list[str]] = {}
    for account_id, format_id, price, note in connection.execute(
        f"SELECT account_id, format_id, price, price_note FROM terms WHERE account_id IN ({marks})",
        account_ids,
    ):
        if format_id in column:
            prices.setdefault(account_id, [None] * len(formats))[column[format_id]] = price
            notes.setdefault(account_id, [""] * len(formats))[column[format_id]] = note or ""
    tags: dict[int, list[str]] = {}
    marks = ",".join("?" * len(influencer_ids)) or "NULL"
    for influencer_id, name in connection.execute(
        "SELECT it.influencer_id, t.name FROM influencer_tag AS it JOIN tag AS t ON t.id = it.tag_id "
        f"WHERE it.influencer_id IN ({marks})",
        influencer_ids,
    ):
        tags.setdefault(influencer_id, []).append(name)
    empty_prices, empty_notes = (None,) * len(formats), ("",) * len(formats)
    rows = [
        InfluencerRow(
            r[0], r[1], r[2], r[3] or "", r[4] or "", r[5] or "", r[6], r[7], r[8], r[9], r[10], r[11],
            tuple(sorted(tags.get(r[0], ()))), r[12], r[13], r[14], r[15], r[16], r[17], bool(r[18]),
            r[19] or "",
            tuple(prices[r[1]]) if r[1] in prices else empty_prices,
            tuple(notes[r[1]]) if r[1] in notes and any(notes[r[1]]) else empty_notes,
        )
        for r in people
    ]  # fmt: skip
    table = InfluencerTable(rows, tuple(f.code for f in formats))
    return FirstPage(table, platforms, formats)
