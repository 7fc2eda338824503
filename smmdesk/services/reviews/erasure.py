"""Erasing a finished campaign's customers in one step, the figures kept.

The customers' rows are deleted; the personal columns of the requests (contact, text sent, short
link) and of the survey answers (respondent, order, comment) are blanked, and so is the author of
each follow-up the survey put into the mentions queue. What the figures read stays: each request's
number, dates, channel, delivered, clicked and the review's platform, stars and date; each
answer's scores, time and channel; the waves' totals. The audit log keeps that it happened and
none of the values (`storage.tracking_audit`).
"""

from __future__ import annotations

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reviews.campaigns import stored
from smmdesk.storage.models import Mention, ReviewAnswer, ReviewCustomer, ReviewNotAsked, ReviewRequest
from smmdesk.storage.server import require_manager
from smmdesk.storage.tracking_audit import ERASING
from smmdesk.storage.types import utc_now

NOT_FINISHED = QT_TRANSLATE_NOOP(
    "Errors", "The campaign “{title}” is not finished: finish it before erasing its customers."
)


def erase_customers(session: Session, campaign_id: int) -> int:
    """Erases the customers of a finished campaign; returns how many there were."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "erase the customers"))
    campaign = stored(session, campaign_id)
    if campaign.finished_on is None:
        raise ValidationError(NOT_FINISHED, field="campaign", title=campaign.title)
    count = (
        session.scalar(
            select(func.count()).select_from(ReviewCustomer).where(ReviewCustomer.campaign_id == campaign_id)
        )
        or 0
    )
    customers = select(ReviewCustomer.id).where(ReviewCustomer.campaign_id == campaign_id)
    follow_ups = select(ReviewAnswer.mention_id).where(
        ReviewAnswer.campaign_id == campaign_id, ReviewAnswer.mention_id.is_not(None)
    )
    session.info[ERASING] = True
    try:
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.campaign_id == campaign_id)
            .values(customer_id=None, contact="", text="", link="")
        )
        session.execute(
            update(ReviewNotAsked).where(ReviewNotAsked.customer_id.in_(customers)).values(customer_id=None)
        )
        session.execute(
            update(ReviewAnswer)
            .where(ReviewAnswer.campaign_id == campaign_id)
            .values(respondent="", order_ref="", comment="")
        )
        session.execute(update(Mention).where(Mention.id.in_(follow_ups)).values(author_name=""))
        session.execute(delete(ReviewCustomer).where(ReviewCustomer.campaign_id == campaign_id))
    finally:
        session.info.pop(ERASING, None)
    campaign.erased_at = utc_now()
    campaign.erased_customers = count
    session.flush()
    return count
