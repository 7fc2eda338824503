"""A campaign's figures, all computed by `domain.reviews.figures` (RULES.md): the funnel (requests,
delivered, clicked, reviews left) and the conversion, mean stars, NPS and CSAT, by period and by
channel, and each platform's rating over time beside the reviews the campaign brought. They stay
the same after the customers are erased."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import (
    Csat,
    Funnel,
    FunnelFigures,
    Nps,
    Period,
    RatingObserved,
    RatingPoint,
    RequestOutcome,
    ReviewLeft,
    SurveyFigures,
    csat,
    funnel,
    funnel_figures,
    mean_stars,
    nps,
    ratings_over_time,
    survey_figures,
)
from smmdesk.domain.reviews.survey_rows import SurveyAnswer
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reviews.campaigns import open_campaign, stored
from smmdesk.storage.models import Client, ReviewAnswer, ReviewCampaign, ReviewRating, ReviewRequest

BAD_RATING = QT_TRANSLATE_NOOP("Errors", "A platform's rating is 1,0 to 5,0, not {value}.")


@dataclass(frozen=True)
class ReviewFigures:
    funnel: Funnel
    stars: Decimal | None
    nps: Nps
    csat: Csat
    funnel_by_period: list[FunnelFigures]
    funnel_by_channel: list[FunnelFigures]
    surveys_by_period: list[SurveyFigures]
    surveys_by_channel: list[SurveyFigures]
    ratings: dict[ReviewPlatform, list[RatingPoint]]


def outcomes(session: Session, campaign_id: int) -> list[RequestOutcome]:
    r = ReviewRequest.__table__.c
    rows = session.execute(
        select(
            r.id, r.customer_id, r.channel, r.sent_on, r.delivered, r.clicked, r.review_platform, r.stars,
            r.review_link, r.review_day,
        ).where(r.campaign_id == campaign_id).order_by(r.id)
    )  # fmt: skip
    return [
        RequestOutcome(
            str(row.customer_id or f"request:{row.id}"),
            row.channel,
            row.sent_on,
            row.delivered,
            row.clicked,
            ReviewLeft(
                ReviewPlatform(row.review_platform), row.stars, row.review_day or row.sent_on, row.review_link
            )
            if row.review_platform
            else None,
        )
        for row in rows
    ]


def answers(session: Session, campaign_id: int) -> list[SurveyAnswer]:
    a = ReviewAnswer.__table__.c
    rows = session.execute(
        select(a.file_row, a.answered_at, a.channel, a.nps, a.csat)
        .where(a.campaign_id == campaign_id)
        .order_by(a.id)
    )
    return [SurveyAnswer(r.file_row, r.answered_at, r.channel, r.nps, r.csat) for r in rows]


def campaign_figures(session: Session, campaign_id: int, period: Period = Period.MONTH) -> ReviewFigures:
    campaign = stored(session, campaign_id)
    sent, given = outcomes(session, campaign_id), answers(session, campaign_id)
    return _figures(session, campaign.client_id, sent, given, period)


def brand_figures(session: Session, client_id: int, period: Period = Period.MONTH) -> ReviewFigures:
    """The figures of all the brand's campaigns together (the reputation report's charts)."""
    idents = session.scalars(select(ReviewCampaign.id).where(ReviewCampaign.client_id == client_id)).all()
    sent = [o for ident in idents for o in outcomes(session, ident)]
    given = [a for ident in idents for a in answers(session, ident)]
    return _figures(session, client_id, sent, given, period)


def _figures(
    session: Session, client_id: int, sent: list[RequestOutcome], given: list[SurveyAnswer], period: Period
) -> ReviewFigures:
    reviews = [o.review for o in sent if o.review is not None]
    observed = [
        RatingObserved(ReviewPlatform(r.platform), r.day, r.rating)
        for r in session.scalars(select(ReviewRating).where(ReviewRating.client_id == client_id))
    ]
    return ReviewFigures(
        funnel(sent),
        mean_stars(r.stars for r in reviews),
        nps(a.nps for a in given),
        csat(a.csat for a in given),
        funnel_figures(sent, period),
        funnel_figures(sent, None, by_channel=True),
        survey_figures(given, period),
        survey_figures(given, None, by_channel=True),
        ratings_over_time(observed, reviews, period),
    )


def record_rating(
    session: Session,
    client_id: int,
    platform: ReviewPlatform,
    day: dt.date,
    rating: Decimal,
    campaign_id: int | None = None,
) -> None:
    """The rating the brand's page on a platform showed on a day (the last one typed for a day counts);
    typed from a campaign (`campaign_id`), refused when that campaign is finished."""
    if campaign_id is not None:
        open_campaign(session, campaign_id)
    if session.get(Client, client_id) is None:
        from smmdesk.services.reputation.brands import NO_CLIENT

        raise ValidationError(NO_CLIENT, field="client", id=client_id)
    if not Decimal(1) <= rating <= Decimal(5):
        raise ValidationError(BAD_RATING, field="rating", value=str(rating).replace(".", ","))
    row = session.scalar(
        select(ReviewRating).where(
            ReviewRating.client_id == client_id,
            ReviewRating.platform == platform.value,
            ReviewRating.day == day,
        )
    )
    if row is None:
        session.add(ReviewRating(client_id=client_id, platform=platform.value, day=day, rating=rating))
    else:
        row.rating = rating
    session.flush()
