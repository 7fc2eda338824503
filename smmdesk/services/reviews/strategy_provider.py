"""A review campaign's figures for a strategy's KPIs: the reviews left, the review conversion, the
average stars, NPS and CSAT, and the rating a platform's page showed, as they stood at the end of a
day — computed by `domain.reviews.figures` (RULES.md), the same functions the campaign's own
figures use. On a day only what was known by then counts: the requests sent by then, the reviews
left by then (a review's day, else its request's), the survey answers given by the end of the day
in the brand's zone (an answer without a time from the moment it was imported), and the last
rating typed for a day on or before it. The record such a KPI or initiative links to is the review
campaign. Registered with `strategy_figures` when that module first looks a provider up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from smmdesk.domain.money import round_to
from smmdesk.domain.reviews.figures import SHOWN_PLACES, csat, mean_stars, nps, review_conversion
from smmdesk.domain.strategy.kpis import FigureLink, FigureOrigin
from smmdesk.domain.strategy.plan import InitiativeKind
from smmdesk.services import strategy_figures as sf
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reputation.queue import day_start
from smmdesk.storage.models import ReviewAnswer, ReviewCampaign, ReviewRating, ReviewRequest

RATING_PREFIX = "reviews.rating."


def _request_figures(session: Session, campaign_id: int, day: dt.date) -> dict[str, Decimal | None]:
    r = ReviewRequest.__table__.c
    rows = session.execute(
        select(r.delivered, r.review_platform, r.stars, r.review_day).where(
            r.campaign_id == campaign_id, r.sent_on <= day
        )
    ).all()
    left = [row for row in rows if row.review_platform and (row.review_day is None or row.review_day <= day)]
    delivered = sum(1 for row in rows if row.delivered)  # a review recorded marks its request delivered
    return {
        "reviews.reviews": Decimal(len(left)),
        "reviews.conversion": review_conversion(len(left), delivered),
        "reviews.stars": mean_stars(row.stars for row in left),
    }


def _survey_figures(session: Session, campaign_id: int, end: dt.datetime) -> dict[str, Decimal | None]:
    a = ReviewAnswer.__table__.c
    rows = session.execute(
        select(a.nps, a.csat).where(
            a.campaign_id == campaign_id,
            or_(a.answered_at < end, and_(a.answered_at.is_(None), a.imported_at < end)),
        )
    ).all()
    return {
        "reviews.nps": nps(row.nps for row in rows).value,
        "reviews.csat": csat(row.csat for row in rows).value,
    }


def _ratings(session: Session, client_id: int, day: dt.date) -> dict[str, Decimal | None]:
    """The last rating typed for each platform on a day on or before `day`."""
    latest = (
        select(ReviewRating.platform, func.max(ReviewRating.day).label("day"))
        .where(ReviewRating.client_id == client_id, ReviewRating.day <= day)
        .group_by(ReviewRating.platform)
        .subquery()
    )
    rows = session.execute(
        select(ReviewRating.platform, ReviewRating.rating)
        .join(latest, and_(ReviewRating.platform == latest.c.platform, ReviewRating.day == latest.c.day))
        .where(ReviewRating.client_id == client_id)
    )
    return {RATING_PREFIX + platform: round_to(rating, SHOWN_PLACES) for platform, rating in rows}


def review_figures(
    session: Session, links: Sequence[FigureLink], day: dt.date
) -> dict[FigureLink, Decimal | None]:
    """Each link's figure of its review campaign at the end of `day`; unknown (None) for a campaign
    that is gone, a figure with nothing under it (no answer, no delivered request), or a rating
    never typed."""
    found: dict[FigureLink, Decimal | None] = {}
    ids = sorted({link.record_id for link in links})
    clients = dict(
        session.execute(
            select(ReviewCampaign.id, ReviewCampaign.client_id).where(ReviewCampaign.id.in_(ids))
        ).all()
    )
    for campaign_id in ids:
        wanted = [link for link in links if link.record_id == campaign_id]
        client_id = clients.get(campaign_id)
        if client_id is None:
            found.update(dict.fromkeys(wanted, None))
            continue
        end = day_start(day + dt.timedelta(days=1), load_brand(session, client_id).zone)
        values = _request_figures(session, campaign_id, day)
        values.update(_survey_figures(session, campaign_id, end))
        if any(link.figure.startswith(RATING_PREFIX) for link in wanted):
            values.update(_ratings(session, client_id, day))
        for link in wanted:
            found[link] = values.get(link.figure)
    return found


def review_records(session: Session, client_id: int | None) -> list[sf.Record]:
    """The review campaigns a strategy may link to: the client's (every one for the agency's brand)."""
    query = select(ReviewCampaign.id, ReviewCampaign.title, ReviewCampaign.finished_on)
    if client_id is not None:
        query = query.where(ReviewCampaign.client_id == client_id)
    rows = session.execute(query.order_by(ReviewCampaign.id)).all()
    return [sf.Record(i, title, (None, finished)) for i, title, finished in rows]


sf.register_figures(FigureOrigin.REVIEWS, review_figures)
sf.register_records(InitiativeKind.REVIEW_CAMPAIGN, review_records)
