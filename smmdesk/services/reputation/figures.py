"""The numbers of a brand's reputation over a period: what the figures tab charts and the report
prints.

Mentions by sentiment per day (days in the brand's zone, the planner's sentiment winning), the
share of negative, first-response time (median and 90th percentile, from the clock's start to the
first reply) and SLA compliance (answered by the deadline among the mentions whose deadline fell
in the period, by now) by kind of channel and by severity, the top places and authors. Every rule is the
domain's (`sentiment.share_of_negative`, `sla.*`); this module only reads the rows.

A survey's private follow-ups (a dissatisfied respondent put into the queue) are the planner's work,
not the brand's public image: no figure counts them (`PUBLIC`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from smmdesk.domain.reputation.sentiment import Sentiment, share_of_negative
from smmdesk.domain.reputation.sla import (
    Answerable,
    Severity,
    clock_start,
    first_response_time,
    median,
    percentile,
    sla_compliance,
)
from smmdesk.domain.reputation.sources import ChannelKind, SourceKind, channel_kind
from smmdesk.domain.reputation.times import zone_info
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.queue import STREAMED, day_start
from smmdesk.storage.models import Mention, ReviewAnswer
from smmdesk.storage.types import utc_now

TOP = 10
# A mention is public unless a survey answer put it into the queue as its private follow-up.
PUBLIC = ~exists().where(ReviewAnswer.mention_id == Mention.id)


@dataclass(frozen=True)
class Compliance:
    """SLA compliance of one group: percent answered by the deadline, of how many were due."""

    percent: Decimal | None
    due: int


@dataclass(frozen=True)
class Figures:
    start: dt.date | None
    end: dt.date | None
    zone: str
    total: int
    by_day: list[tuple[dt.date, dict[Sentiment, int]]]
    by_sentiment: dict[Sentiment, int]
    negative_share: Decimal | None
    answered: int
    response_median: dt.timedelta | None
    response_p90: dt.timedelta | None
    compliance: Compliance
    by_channel: dict[ChannelKind, Compliance]
    by_severity: dict[Severity, Compliance]
    top_places: list[tuple[str, int]]
    top_authors: list[tuple[str, int]]


_COLUMNS = (
    Mention.published_at, Mention.collected_at, Mention.sentiment, Mention.sentiment_set, Mention.severity,
    Mention.deadline_at, Mention.first_reply_at, Mention.source_kind, Mention.author_followers, Mention.place,
    Mention.author_name,
)  # fmt: skip
_FAR = dt.datetime(9999, 1, 1, tzinfo=dt.UTC)
_EARLY = dt.datetime(1, 1, 2, tzinfo=dt.UTC)


def figures(
    session: Session,
    client_id: int,
    start: dt.date | None = None,
    end: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Figures:
    """The brand's figures for mentions published from `start` to `end` (days, both included).

    Compliance counts the mentions whose deadline has passed by `now` (one still due is neither
    kept nor missed yet)."""
    zone = load_brand(session, client_id).zone
    lower = day_start(start, zone) if start is not None else None
    upper = day_start(end + dt.timedelta(days=1), zone) if end is not None else None
    query = select(*_COLUMNS).where(Mention.client_id == client_id, PUBLIC)
    if lower is not None:
        query = query.where(Mention.published_at >= lower)
    if upper is not None:
        query = query.where(Mention.published_at < upper)
    info = zone_info(zone)
    days: dict[dt.date, Counter[Sentiment]] = {}
    sentiments: Counter[Sentiment] = Counter()
    responses: list[dt.timedelta] = []
    channel_items: dict[ChannelKind, list[Answerable]] = {c: [] for c in ChannelKind}
    severity_items: dict[Severity, list[Answerable]] = {s: [] for s in Severity}
    places: Counter[str] = Counter()
    authors: Counter[str] = Counter()
    total = 0
    for r in session.execute(query.execution_options(yield_per=STREAMED)):
        total += 1
        sentiment = Sentiment(r.sentiment_set or r.sentiment)
        sentiments[sentiment] += 1
        if r.published_at is not None:
            days.setdefault(r.published_at.astimezone(info).date(), Counter())[sentiment] += 1
        if r.place:
            places[r.place] += 1
        if r.author_name:
            authors[r.author_name] += 1
        if not r.severity or r.deadline_at is None:
            continue
        answered = r.first_reply_at
        response = first_response_time(
            clock_start(r.collected_at, r.published_at), [answered] if answered else []
        )
        if response is not None:
            responses.append(response)
        item = Answerable(r.deadline_at, answered)
        channel_items[channel_kind(SourceKind(r.source_kind), r.author_followers)].append(item)
        severity_items[Severity(r.severity)].append(item)
    span = (_EARLY, min(now or utc_now(), _FAR))

    def comply(items: list[Answerable]) -> Compliance:
        return Compliance(sla_compliance(items, *span), len(items))

    every = [item for items in channel_items.values() for item in items]
    return Figures(
        start=start,
        end=end,
        zone=zone,
        total=total,
        by_day=[(day, {s: days[day][s] for s in Sentiment}) for day in sorted(days)],
        by_sentiment={s: sentiments[s] for s in Sentiment},
        negative_share=share_of_negative(sentiments.elements()),
        answered=len(responses),
        response_median=median(responses),
        response_p90=percentile(responses, 90),
        compliance=comply(every),
        by_channel={c: comply(items) for c, items in channel_items.items()},
        by_severity={s: comply(items) for s, items in severity_items.items()},
        top_places=_top(places),
        top_authors=_top(authors),
    )


def _top(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda item: (-item[1], item[0]))[:TOP]
