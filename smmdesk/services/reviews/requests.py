"""A wave's requests as the window lists them (customer, channel, short link, what came back) and
what came back of one request recorded by hand as one undoable step: the outcome set, and the one
before it returned so that setting it again takes the step back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.services.reviews.outcomes import NO_REQUEST, record_outcome
from smmdesk.storage.models import ReviewCustomer, ReviewRequest, ReviewWave


@dataclass(frozen=True)
class WaveInfo:
    id: int
    number: int
    prepared_on: dt.date
    requests: int


@dataclass(frozen=True)
class Outcome:
    """What is known of one request; `customer_reviewed` is the customer's mark «left a review»
    (None: follows from the review)."""

    delivered: bool
    clicked: bool
    review: ReviewLeft | None
    customer_reviewed: bool | None = None


@dataclass(frozen=True)
class RequestRow:
    id: int
    customer: str
    channel: str
    link: str
    number: int  # 0 the first request, 1–3 a reminder
    outcome: Outcome


def waves_of(session: Session, campaign_id: int) -> list[WaveInfo]:
    """The campaign's waves, the latest first."""
    rows = session.execute(
        select(ReviewWave.id, ReviewWave.number, ReviewWave.prepared_on, ReviewWave.requests)
        .where(ReviewWave.campaign_id == campaign_id)
        .order_by(ReviewWave.number.desc())
    )
    return [WaveInfo(r.id, r.number, r.prepared_on, r.requests) for r in rows]


def _outcome(request: ReviewRequest, reviewed: bool | None) -> Outcome:
    review = None
    if request.review_platform:
        day = request.review_day or request.sent_on
        review = ReviewLeft(ReviewPlatform(request.review_platform), request.stars, day, request.review_link)
    return Outcome(request.delivered, request.clicked, review, reviewed)


def wave_requests(session: Session, wave_id: int) -> list[RequestRow]:
    """The wave's requests in the order they were made; an erased customer shows no name."""
    rows = session.execute(
        select(ReviewRequest, ReviewCustomer.name, ReviewCustomer.reviewed)
        .outerjoin(ReviewCustomer, ReviewCustomer.id == ReviewRequest.customer_id)
        .where(ReviewRequest.wave_id == wave_id)
        .order_by(ReviewRequest.id)
    )
    return [
        RequestRow(r.id, name or "", r.channel, r.link, r.number, _outcome(r, reviewed))
        for r, name, reviewed in rows
    ]


def set_outcome(session: Session, request_id: int, outcome: Outcome, today: dt.date) -> Outcome:
    """Records what came back of one request, refused as `record_outcome` refuses (a platform the
    campaign does not ask for, stars outside 1–5, a review after today); returns the outcome before."""
    request = session.get(ReviewRequest, request_id)
    if request is None:
        raise ValidationError(NO_REQUEST, field="request", id=request_id)
    customer = session.get(ReviewCustomer, request.customer_id) if request.customer_id else None
    before = _outcome(request, customer.reviewed if customer is not None else None)
    record_outcome(
        session, request_id, delivered=outcome.delivered, clicked=outcome.clicked,
        review=outcome.review, today=today,
    )  # fmt: skip
    if outcome.review is None:
        request.delivered = outcome.delivered
        request.review_platform, request.stars, request.review_link, request.review_day = "", None, "", None
    if customer is not None:
        customer.reviewed = (
            outcome.customer_reviewed
            if outcome.customer_reviewed is not None
            else _reviewed(session, customer)
        )
    session.flush()
    return before


def _reviewed(session: Session, customer: ReviewCustomer) -> bool:
    """Whether any request of the customer has a review recorded."""
    session.flush()
    found = session.scalar(
        select(ReviewRequest.id).where(
            ReviewRequest.customer_id == customer.id, ReviewRequest.review_platform != ""
        )
    )
    return found is not None
