"""Erasing a finished campaign's customers in one step, the figures kept; once.

The customers' rows are deleted; the personal columns of the requests (contact, text sent, short
link, the link to the customer's public review, which names them) and of the survey answers
(respondent, order, comment) are blanked. Each follow-up the survey put into the mentions queue
stays as «answer erased» (in the planner's language) with its score and dates (the queue's
history), its text, author, order tag and replies gone. What the figures read stays: each
request's number, dates, channel, delivered, clicked and the review's platform, stars and date;
each answer's scores, time and channel; the waves' totals. The audit log keeps that it happened
and none of the values: the values its earlier entries held for these rows are blanked too
(`storage.tracking_audit`).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import String, cast, delete, func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.search import search_text
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reviews.campaigns import stored
from smmdesk.storage.models import (
    AuditEntry,
    Mention,
    MentionReply,
    ReviewAnswer,
    ReviewCustomer,
    ReviewNotAsked,
    ReviewRequest,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.tracking_audit import ERASING
from smmdesk.storage.types import utc_now

NOT_FINISHED = QT_TRANSLATE_NOOP(
    "Errors", "The campaign “{title}” is not finished: finish it before erasing its customers."
)
ERASED_TWICE = QT_TRANSLATE_NOOP(
    "Errors",
    "The customers of the campaign “{title}” were erased on {date} ({count}): there is nothing left to "
    "erase.",
)
ERASED_ANSWER = QT_TRANSLATE_NOOP("Reviews", "answer erased")
# The columns whose earlier values the audit log may hold, per table, blanked for the erased rows.
_AUDITED_PERSONAL = {
    ReviewRequest: ("contact", "text", "link", "review_link"),
    ReviewAnswer: ("respondent", "order_ref", "comment"),
    Mention: ("text", "author_name", "author_handle", "author_link", "tags", "search_text"),
    MentionReply: ("text",),
}
Translate = Callable[[str, str], str]


def _identity(_context: str, text: str) -> str:
    return text


def erase_customers(session: Session, campaign_id: int, translate: Translate = _identity) -> int:
    """Erases the customers of a finished campaign; returns how many there were."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "erase the customers"))
    campaign = stored(session, campaign_id)
    if campaign.finished_on is None:
        raise ValidationError(NOT_FINISHED, field="campaign", title=campaign.title)
    if campaign.erased_at is not None:
        raise ValidationError(
            ERASED_TWICE,
            field="campaign",
            title=campaign.title,
            date=campaign.erased_at.astimezone().strftime("%d.%m.%Y"),
            count=campaign.erased_customers,
        )
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
    requests = select(ReviewRequest.id).where(ReviewRequest.campaign_id == campaign_id)
    answers = select(ReviewAnswer.id).where(ReviewAnswer.campaign_id == campaign_id)
    replies = select(MentionReply.id).where(MentionReply.mention_id.in_(follow_ups))
    session.info[ERASING] = True
    try:
        _blank_audit(session, "review_customer", customers, None)
        for model, ids in ((ReviewRequest, requests), (ReviewAnswer, answers), (Mention, follow_ups),
                           (MentionReply, replies)):  # fmt: skip
            _blank_audit(session, model.__tablename__, ids, _AUDITED_PERSONAL[model])
        session.execute(
            update(ReviewRequest)
            .where(ReviewRequest.campaign_id == campaign_id)
            .values(customer_id=None, contact="", text="", link="", review_link="")
        )
        session.execute(
            update(ReviewNotAsked).where(ReviewNotAsked.customer_id.in_(customers)).values(customer_id=None)
        )
        _blank_follow_ups(session, campaign_id, translate("Reviews", ERASED_ANSWER))
        session.execute(
            update(ReviewAnswer)
            .where(ReviewAnswer.campaign_id == campaign_id)
            .values(respondent="", order_ref="", comment="")
        )
        session.execute(update(MentionReply).where(MentionReply.mention_id.in_(follow_ups)).values(text=""))
        session.execute(delete(ReviewCustomer).where(ReviewCustomer.campaign_id == campaign_id))
    finally:
        session.info.pop(ERASING, None)
    campaign.erased_at = utc_now()
    campaign.erased_customers = count
    session.flush()
    return count


def _blank_follow_ups(session: Session, campaign_id: int, erased: str) -> None:
    """Each follow-up of the campaign's answers as «answer erased»: its author gone and its order
    taken out of its tags (the order ties the answer to a customer in the shop's records)."""
    rows = session.execute(
        select(Mention.id, Mention.tags, ReviewAnswer.order_ref)
        .join(ReviewAnswer, ReviewAnswer.mention_id == Mention.id)
        .where(ReviewAnswer.campaign_id == campaign_id)
    ).all()
    for ident, tags, order in rows:
        kept = ", ".join(
            t for t in tags.split(", ") if t and not (order and order.casefold() in t.casefold())
        )
        session.execute(
            update(Mention)
            .where(Mention.id == ident)
            .values(
                text=erased,
                author_name="",
                author_handle="",
                author_link="",
                tags=kept,
                search_text=search_text(erased, "", kept),
            )
        )


def _blank_audit(session: Session, table: str, ids: object, fields: tuple[str, ...] | None) -> None:
    """The audit log's values for these rows of `table` (of `fields`, or all) blanked."""
    entries = update(AuditEntry).where(
        AuditEntry.table_name == table,
        AuditEntry.row_id.in_(select(cast(ids.selected_columns[0], String)).scalar_subquery()),  # type: ignore[attr-defined]
    )
    if fields is not None:
        entries = entries.where(AuditEntry.field.in_(fields))
    session.execute(entries.values(old=None, new=None))
