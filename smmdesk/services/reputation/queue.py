"""The mentions queue of a brand: filters, full-text search with word forms, sorted by deadline.

Every filter is a condition of one SQL query (at 500,000 mentions nothing is filtered in Python):
sentiment (the planner's correction wins over the services' word), service (any sighting), kind of
source, category, status, overdue (an open mention past its deadline with no reply), the period
(published, days in the brand's zone) and the search box (`storage.mention_search`, the same
meaning on a file and on a server). The queue is sorted by deadline, the earliest first — those
still waiting for the brand before the answered and closed ones — and mentions without a deadline
after them by publication, the newest first.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import case, exists, func, select
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement, Select

from smmdesk.domain.reputation.mentions import service_key
from smmdesk.domain.reputation.search import parse_search
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import lateness
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.domain.reputation.times import DEFAULT_ZONE, zone_info
from smmdesk.domain.reputation.workflow import OPEN_STATUSES, Status
from smmdesk.storage.mention_search import count_matching, matching, read_from_matches, reading_cache
from smmdesk.storage.models import Mention, MentionSighting, ReputationBrand
from smmdesk.storage.types import utc_now

PAGE = 500  # rows the queue shows at once; the count says how many match
COUNTED = 10_000  # the total is counted up to here; a page's total above it reads "more than"
TEXT_SHOWN = 300  # characters of a mention's text in a queue row
STREAMED = 5_000  # rows fetched at a time when a figure goes over every mention of a brand


@dataclass(frozen=True)
class QueueFilter:
    """What the planner chose above the queue; '' and None mean "any"."""

    sentiment: str = ""
    service: str = ""
    source: str = ""
    category: str = ""
    status: str = ""
    overdue: bool = False
    start: dt.date | None = None  # published on or after this day (brand's zone)
    end: dt.date | None = None  # … and on or before this one
    search: str = ""


@dataclass(frozen=True)
class QueueRow:
    """One mention as the queue lists it."""

    id: int
    published: dt.datetime | None
    deadline: dt.datetime | None
    late: dt.timedelta | None  # how late an open mention is, None when on time
    author: str
    place: str
    source_kind: SourceKind
    sentiment: Sentiment
    text: str
    category: str
    severity: str
    status: Status
    responsible: str
    link: str
    row_version: int


@dataclass(frozen=True)
class QueuePage:
    rows: list[QueueRow]
    total: int  # mentions matching the filters (the page may show fewer), at most COUNTED + 1

    @property
    def more_than_counted(self) -> bool:
        return self.total > COUNTED


def effective_sentiment_column() -> ColumnElement[str]:
    """The planner's sentiment where set, else the services' (as `triage.effective_sentiment`)."""
    return case((Mention.sentiment_set != "", Mention.sentiment_set), else_=Mention.sentiment)


def _zone(session: Session, client_id: int) -> str:
    zone = session.scalar(select(ReputationBrand.zone).where(ReputationBrand.client_id == client_id))
    return zone or DEFAULT_ZONE


def day_start(day: dt.date, zone: str) -> dt.datetime:
    """Midnight of a day in the zone, in UTC."""
    return dt.datetime.combine(day, dt.time(), zone_info(zone)).astimezone(dt.UTC)


def overdue_condition(now: dt.datetime) -> ColumnElement[bool]:
    return (
        Mention.status.in_([s.value for s in OPEN_STATUSES])
        & Mention.deadline_at.is_not(None)
        & (Mention.deadline_at < now)
        & Mention.first_reply_at.is_(None)
    )


def filtered(
    session: Session,
    client_id: int,
    chosen: QueueFilter,
    now: dt.datetime,
    query: Select[Any],
    *,
    by_search: bool = False,
) -> Select[Any]:
    """`query` (over Mention) with the brand and every chosen filter as conditions.

    `by_search`: the search's matches are read first and each looked up by its id (on a file the
    brand's indexes are then left aside: a search matching few of 500,000 mentions would otherwise
    be checked against every one of them in the order of an index)."""
    brand = Mention.client_id == client_id
    if by_search and session.get_bind().dialect.name == "sqlite":
        brand = (Mention.client_id + 0) == client_id  # an expression SQLite looks up no index for
    query = query.where(brand)
    if chosen.sentiment:
        query = query.where(effective_sentiment_column() == chosen.sentiment)
    if chosen.service:
        query = query.where(
            exists().where(
                MentionSighting.mention_id == Mention.id,
                MentionSighting.service_key == service_key(chosen.service),
            )
        )
    for column, value in (
        (Mention.source_kind, chosen.source),
        (Mention.category, chosen.category),
        (Mention.status, chosen.status),
    ):
        if value:
            query = query.where(column == value)
    if chosen.overdue:
        query = query.where(overdue_condition(now))
    if chosen.start is not None or chosen.end is not None:
        zone = _zone(session, client_id)
        if chosen.start is not None:
            query = query.where(Mention.published_at >= day_start(chosen.start, zone))
        if chosen.end is not None:
            query = query.where(Mention.published_at < day_start(chosen.end + dt.timedelta(days=1), zone))
    terms = parse_search(chosen.search)
    if terms and by_search:
        query = read_from_matches(session, query, terms)
    elif terms:
        query = query.where(Mention.id.in_(matching(session, terms)))
    return query


_ROW_COLUMNS = (
    Mention.id, Mention.published_at, Mention.deadline_at, Mention.author_name, Mention.place,
    Mention.source_kind, Mention.sentiment, Mention.sentiment_set, func.substr(Mention.text, 1, TEXT_SHOWN),
    Mention.category, Mention.severity, Mention.status, Mention.responsible, Mention.link,
    Mention.first_reply_at, Mention.row_version,
)  # fmt: skip


def queue(
    session: Session,
    client_id: int,
    chosen: QueueFilter = QueueFilter(),
    *,
    now: dt.datetime | None = None,
    limit: int | None = PAGE,
    with_total: bool = True,
) -> QueuePage:
    """The brand's mentions the filters keep, the waiting ones first, by deadline, at most `limit`.

    Read in three parts, each in the order of an index and stopped at the page's end (a sort of
    500,000 rows for each keystroke is what this avoids): the waiting mentions by deadline, the
    others with a deadline by deadline, then those without one, the newest first. The total is
    counted up to COUNTED (beyond it the window says "more than"). A search is counted first, from
    its matches; when they are that few, the page too is read from them and sorted.
    """
    moment = now or utc_now()
    connection = session.connection()
    reading_cache(connection)
    searching = bool(parse_search(chosen.search))
    only_search = searching and chosen == QueueFilter(search=chosen.search)
    total: int | None = None
    if with_total and only_search and _alone(session, client_id):
        # Only the search, and the brand's are the only mentions here: the index counts them alone.
        total = count_matching(session, parse_search(chosen.search), COUNTED + 1)
    elif with_total:
        ids = filtered(session, client_id, chosen, moment, select(Mention.id), by_search=searching)
        total = session.scalar(select(func.count()).select_from(ids.limit(COUNTED + 1).subquery())) or 0
    few = searching and total is not None and total <= COUNTED
    waiting = Mention.status.in_([s.value for s in OPEN_STATUSES])
    dated = Mention.deadline_at.is_not(None)
    parts = (
        (waiting & dated, (Mention.deadline_at, Mention.id)),
        (~waiting & dated, (Mention.deadline_at, Mention.id)),
        (Mention.deadline_at.is_(None), (Mention.published_at.desc(), Mention.id)),
    )
    rows: list[QueueRow] = []
    for condition, order in parts:
        left = None if limit is None else limit - len(rows)
        if left == 0 or (total is not None and len(rows) == total):
            break
        query = (
            filtered(session, client_id, chosen, moment, select(*_ROW_COLUMNS), by_search=few)
            .where(condition)
            .order_by(*order)
        )
        if left is not None:
            query = query.limit(left)
        rows += [_row(r, moment) for r in connection.execute(query)]
    return QueuePage(rows, len(rows) if total is None else total)


def _alone(session: Session, client_id: int) -> bool:
    """Whether no other brand has mentions (two seeks in the brand's index, one either side)."""
    for other in (Mention.client_id < client_id, Mention.client_id > client_id):
        if session.scalar(select(Mention.id).where(other).limit(1)) is not None:
            return False
    return True


_STATUSES = {s.value: s for s in Status}
_SENTIMENTS = {s.value: s for s in Sentiment}
_SOURCES = {s.value: s for s in SourceKind}


def _row(r: Any, now: dt.datetime) -> QueueRow:
    status = _STATUSES[r.status]
    late = None
    if r.deadline_at is not None and status in OPEN_STATUSES:
        late = lateness(r.deadline_at, r.first_reply_at, now)
    return QueueRow(
        id=r.id,
        published=r.published_at,
        deadline=r.deadline_at,
        late=late,
        author=r.author_name,
        place=r.place,
        source_kind=_SOURCES[r.source_kind],
        sentiment=_SENTIMENTS[r.sentiment_set or r.sentiment],
        text=r[8],
        category=r.category,
        severity=r.severity,
        status=status,
        responsible=r.responsible,
        link=r.link,
        row_version=r.row_version,
    )


def matching_ids(
    session: Session, client_id: int, chosen: QueueFilter, now: dt.datetime | None = None
) -> list[int]:
    """The ids of every mention the filters keep (for an export or a bulk change), by id."""
    query = filtered(session, client_id, chosen, now or utc_now(), select(Mention.id)).order_by(Mention.id)
    return list(session.scalars(query))


def services_of(session: Session, client_id: int) -> list[str]:
    """The services the brand's mentions came from (the service filter's choices), by name."""
    query = (
        select(MentionSighting.service)
        .join(Mention, Mention.id == MentionSighting.mention_id)
        .where(Mention.client_id == client_id)
        .group_by(MentionSighting.service)
        .order_by(MentionSighting.service)
    )
    return list(session.scalars(query))
