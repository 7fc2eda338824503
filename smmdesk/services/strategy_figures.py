"""Where a strategy's KPIs get their figures and its initiatives their records: one provider per
kind of record the program measures, registered here.

A figure provider gives the values of figures (`kpis.FIGURES`, "campaign.reach") of records (the
campaign with this id) as they stood on a day; a record provider lists the records of a kind a
strategy can link to (a client's campaigns), so a link is chosen from them and checked against
them. Campaigns and contests are registered below; reputation's mentions and review campaigns in
their own modules. Another part of the program adds its own in
its services module:

    from smmdesk.services import strategy_figures as sf

    def reputation_figures(session, links, day):   # {FigureLink: Decimal | None}
        ...
    def reputation_records(session, client_id):   # [Record(id, title), ...]
        ...
    sf.register_figures(FigureOrigin.REPUTATION, reputation_figures)
    sf.register_records(InitiativeKind.REPUTATION, reputation_records)

and names that module in `PROVIDER_MODULES`, which are imported the first time a provider is
looked up. A figure whose origin has no provider yet is unknown ("—"), never 0; a link to a kind
of record with no provider is taken as given (it cannot be checked yet).
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from smmdesk.domain import metrics as m
from smmdesk.domain.strategy.kpis import FIGURES, FigureLink, FigureOrigin
from smmdesk.domain.strategy.plan import InitiativeKind

FigureProvider = Callable[[Session, Sequence[FigureLink], dt.date], Mapping[FigureLink, Decimal | None]]


@dataclass(frozen=True)
class Record:
    """A record a strategy links to: its id and how the planner knows it."""

    id: int
    title: str
    period: tuple[dt.date | None, dt.date | None] = (None, None)


RecordProvider = Callable[[Session, int | None], Sequence[Record]]

# The record kind each figure origin belongs to.
ORIGIN_KIND: dict[FigureOrigin, InitiativeKind] = {
    FigureOrigin.CAMPAIGN: InitiativeKind.CAMPAIGN,
    FigureOrigin.CONTEST: InitiativeKind.CONTEST,
    FigureOrigin.REPUTATION: InitiativeKind.REPUTATION,
    FigureOrigin.REVIEWS: InitiativeKind.REVIEW_CAMPAIGN,
}
# Modules that register providers when imported (the campaign and contest ones are in this one).
PROVIDER_MODULES: tuple[str, ...] = (
    "smmdesk.services.reputation.strategy_provider",
    "smmdesk.services.reviews.strategy_provider",
)

_figures: dict[FigureOrigin, FigureProvider] = {}
_records: dict[InitiativeKind, RecordProvider] = {}
_loaded = False


def register_figures(origin: FigureOrigin, provider: FigureProvider) -> None:
    _figures[origin] = provider


def register_records(kind: InitiativeKind, provider: RecordProvider) -> None:
    _records[kind] = provider


def _load() -> None:
    global _loaded
    if not _loaded:
        _loaded = True
        for name in PROVIDER_MODULES:
            importlib.import_module(name)


def has_records(kind: InitiativeKind) -> bool:
    _load()
    return kind in _records


def figures(session: Session, links: Iterable[FigureLink], day: dt.date) -> dict[FigureLink, Decimal | None]:
    """The value of each link on `day`; None where it is unknown (no provider, no data)."""
    _load()
    by_origin: dict[FigureOrigin, list[FigureLink]] = defaultdict(list)
    for link in set(links):
        definition = FIGURES.get(link.figure)
        if definition is not None:
            by_origin[definition.origin].append(link)
    found: dict[FigureLink, Decimal | None] = {}
    for origin, wanted in by_origin.items():
        provider = _figures.get(origin)
        values = (
            provider(session, sorted(wanted, key=lambda k: (k.figure, k.record_id)), day) if provider else {}
        )
        for link in wanted:
            found[link] = values.get(link)
    return found


def records(session: Session, kind: InitiativeKind, client_id: int | None = None) -> list[Record]:
    """The records of `kind` a strategy for `client_id` may link to (every one for None)."""
    _load()
    provider = _records.get(kind)
    return list(provider(session, client_id)) if provider else []


def record_title(session: Session, kind: InitiativeKind, record_id: int) -> str | None:
    """The record's title; None when there is no such record (or no provider to ask)."""
    return next((r.title for r in records(session, kind) if r.id == record_id), None)


# --- campaigns ------------------------------------------------------------------------------------------


CAMPAIGN_PREFIX = "campaign."


def campaign_figures(
    session: Session, links: Sequence[FigureLink], day: dt.date
) -> dict[FigureLink, Decimal | None]:
    """A campaign's KPIs (services/kpi.py) over its publications that appeared on or before `day`."""
    from smmdesk.services import kpi
    from smmdesk.storage.models import Campaign

    found: dict[FigureLink, Decimal | None] = {}
    by_campaign: dict[int, list[FigureLink]] = defaultdict(list)
    for link in links:
        by_campaign[link.record_id].append(link)
    existing = set(session.scalars(select(Campaign.id).where(Campaign.id.in_(sorted(by_campaign)))))
    for campaign_id, wanted in by_campaign.items():
        if campaign_id not in existing:
            continue  # the campaign is gone: its figures are unknown
        results = kpi.campaign_results(session, campaign_id)
        published = [
            p.figures for p in results.publications if p.row.published_on is None or p.row.published_on <= day
        ]
        figure_set = m.FigureSet(published)
        for link in wanted:
            definition = m.KPI_BY_KEY.get(link.figure.removeprefix(CAMPAIGN_PREFIX))
            found[link] = definition.fact(figure_set) if definition is not None and published else None
    return found


def campaign_records(session: Session, client_id: int | None) -> list[Record]:
    from smmdesk.storage.models import Campaign

    query = select(Campaign.id, Campaign.name, Campaign.period_from, Campaign.period_to)
    if client_id is not None:
        query = query.where(Campaign.client_id == client_id)
    rows = session.execute(query.order_by(Campaign.period_from, Campaign.id)).all()
    return [Record(i, name, (start, end)) for i, name, start, end in rows]


# --- contests -------------------------------------------------------------------------------------------


def contest_figures(
    session: Session, links: Sequence[FigureLink], day: dt.date
) -> dict[FigureLink, Decimal | None]:
    """A contest's participants: the entries taken (each person once), whether eligible or not."""
    from smmdesk.storage.models import Contest, ContestParticipant

    ids = sorted({link.record_id for link in links})
    existing = set(session.scalars(select(Contest.id).where(Contest.id.in_(ids))))
    counts = dict(
        session.execute(
            select(ContestParticipant.contest_id, func.count())
            .where(ContestParticipant.contest_id.in_(ids))
            .group_by(ContestParticipant.contest_id)
        ).all()
    )
    return {
        link: Decimal(counts.get(link.record_id, 0)) if link.record_id in existing else None
        for link in links
        if link.figure == "contest.participants"
    }


def contest_records(session: Session, client_id: int | None) -> list[Record]:
    """A client's contests: those run within its campaigns, and those tied to no campaign."""
    from smmdesk.storage.models import Campaign, Contest

    query = select(Contest.id, Contest.title, Contest.starts_on, Contest.ends_on).outerjoin(
        Campaign, Campaign.id == Contest.campaign_id
    )
    if client_id is not None:
        query = query.where(or_(Campaign.client_id == client_id, Contest.campaign_id.is_(None)))
    rows = session.execute(query.order_by(Contest.starts_on, Contest.id)).all()
    return [Record(i, title, (start, end)) for i, title, start, end in rows]


register_figures(FigureOrigin.CAMPAIGN, campaign_figures)
register_records(InitiativeKind.CAMPAIGN, campaign_records)
register_figures(FigureOrigin.CONTEST, contest_figures)
register_records(InitiativeKind.CONTEST, contest_records)
