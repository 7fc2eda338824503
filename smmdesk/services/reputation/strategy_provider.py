"""Reputation's figures for a strategy's KPIs: a brand's share of negative mentions, its
first-response median (hours) and SLA compliance, as they stood at the end of a day — the numbers
the Репутация section's figures tab shows (`figures.figures`), over every mention published up to
that day; the first-response median counts only the replies given by then (a reply made later was
not known on that day). The record a reputation KPI or initiative links to is the brand, by its
client's id. Registered with `strategy_figures` when that module first looks a provider up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.reputation.sla import clock_start, first_response_time, median
from smmdesk.domain.strategy.kpis import FigureLink, FigureOrigin
from smmdesk.domain.strategy.plan import InitiativeKind
from smmdesk.services import strategy_figures as sf
from smmdesk.services.reputation.brands import brands, load_brand
from smmdesk.services.reputation.figures import PUBLIC, Figures, figures
from smmdesk.services.reputation.queue import day_start
from smmdesk.storage.models import Client, Mention


def response_median(session: Session, client_id: int, end: dt.datetime) -> Decimal | None:
    """The median first-response time in hours of the brand's mentions published before `end`
    and answered before it (as the figures tab counts them: mentions with a severity and a deadline)."""
    rows = session.execute(
        select(Mention.collected_at, Mention.published_at, Mention.first_reply_at).where(
            Mention.client_id == client_id,
            Mention.published_at < end,
            Mention.severity != "",
            Mention.deadline_at.is_not(None),
            Mention.first_reply_at < end,
            PUBLIC,
        )
    )
    waits = [
        first_response_time(clock_start(r.collected_at, r.published_at), [r.first_reply_at]) for r in rows
    ]
    middle = median(w for w in waits if w is not None)
    return None if middle is None else Decimal(middle.total_seconds()) / Decimal(3600)


def _value(figure: str, found: Figures, response: Decimal | None) -> Decimal | None:
    if figure == "reputation.negative_share":
        return found.negative_share
    if figure == "reputation.first_response":
        return response
    if figure == "reputation.sla_compliance":
        return found.compliance.percent
    return None


def reputation_figures(
    session: Session, links: Sequence[FigureLink], day: dt.date
) -> dict[FigureLink, Decimal | None]:
    """Each link's figure of its brand over the mentions published by the end of `day` (in the
    brand's zone); unknown (None) for a brand with no such mentions or a client that is gone."""
    found: dict[FigureLink, Decimal | None] = {}
    clients = {link.record_id for link in links}
    existing = set(session.scalars(select(Client.id).where(Client.id.in_(sorted(clients)))))
    for client_id in sorted(clients):
        wanted = [link for link in links if link.record_id == client_id]
        if client_id not in existing:
            found.update(dict.fromkeys(wanted, None))
            continue
        end = day_start(day + dt.timedelta(days=1), load_brand(session, client_id).zone)
        numbers = figures(session, client_id, None, day, now=end)
        response = response_median(session, client_id, end)
        for link in wanted:
            found[link] = _value(link.figure, numbers, response) if numbers.total else None
    return found


def reputation_records(session: Session, client_id: int | None) -> list[sf.Record]:
    """The brands a strategy may follow: the client's own (every client for the agency's brand)."""
    return [
        sf.Record(info.client_id, info.name)
        for info in brands(session)
        if client_id is None or info.client_id == client_id
    ]


sf.register_figures(FigureOrigin.REPUTATION, reputation_figures)
sf.register_records(InitiativeKind.REPUTATION, reputation_records)
