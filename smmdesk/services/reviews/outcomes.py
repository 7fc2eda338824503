"""What came back from a wave: delivered, clicked, the review left (platform, stars, link, date),
recorded by hand for one request or imported from the SMS or mail service's report; and a
customer's opt-out. A customer who left a review, or opted out, is not asked again."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import Phrase, ValidationError
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reviews.campaign import PLATFORM_LABELS, ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.domain.reviews.outcome_rows import OutcomeRow, read_outcomes
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.tabular import read_table
from smmdesk.services.reviews.campaigns import open_campaign, stored
from smmdesk.storage.models import ReviewCustomer, ReviewRequest
from smmdesk.storage.server import require_manager

NO_REQUEST = QT_TRANSLATE_NOOP("Errors", "There is no request number {id}.")
BAD_STARS = QT_TRANSLATE_NOOP("Errors", "A review's stars are 1 to 5, not {stars}.")
NOT_PLATFORM = QT_TRANSLATE_NOOP("Errors", "The campaign does not ask for reviews on {platform}.")
NOT_PLATFORM_ROW = QT_TRANSLATE_NOOP(
    "Errors",
    "the campaign does not ask for reviews on {platform}: the review is not taken, the delivery and "
    "the click are",
)
FUTURE_DAY = QT_TRANSLATE_NOOP("Errors", "A review cannot be dated {date}, after today.")
UNKNOWN_REQUEST = QT_TRANSLATE_NOOP("Errors", "no request of this campaign has this link, phone or e-mail")


@dataclass(frozen=True)
class OutcomeImportResult:
    matched: int
    reviews: int
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]


def record_outcome(
    session: Session,
    request_id: int,
    *,
    delivered: bool | None = None,
    clicked: bool | None = None,
    review: ReviewLeft | None = None,
    today: dt.date | None = None,
) -> None:
    """Sets what is known of one request; a review implies the request was delivered and its link
    clicked (the funnel never shows more reviews than clicks). A review dated after `today` (the
    computer's date by default) is refused."""
    request = session.get(ReviewRequest, request_id)
    if request is None:
        raise ValidationError(NO_REQUEST, field="request", id=request_id)
    open_campaign(session, request.campaign_id)  # a finished campaign's figures stay as they are
    _set(session, request, delivered, clicked, review, today or dt.date.today())
    session.flush()


def _set(
    session: Session,
    request: ReviewRequest,
    delivered: bool | None,
    clicked: bool | None,
    review: ReviewLeft | None,
    today: dt.date,
) -> None:
    if delivered is not None:
        request.delivered = delivered
    if clicked is not None:
        request.clicked = clicked
    if review is None:
        return
    campaign = stored(session, request.campaign_id)
    if review.platform.value not in campaign.platforms.split(","):
        raise ValidationError(
            NOT_PLATFORM, field="platform", platform=Phrase(PLATFORM_LABELS[review.platform])
        )
    if review.day > today:
        raise ValidationError(FUTURE_DAY, field="review_day", date=review.day.strftime("%d.%m.%Y"))
    if review.stars is not None and not 1 <= review.stars <= 5:
        raise ValidationError(BAD_STARS, field="stars", stars=review.stars)
    request.delivered = True
    request.clicked = True
    request.review_platform = review.platform.value
    request.stars = review.stars
    request.review_link = review.link
    request.review_day = review.day
    if request.customer_id is not None:
        session.execute(
            update(ReviewCustomer).where(ReviewCustomer.id == request.customer_id).values(reviewed=True)
        )


def record_opt_out(session: Session, customer_id: int) -> None:
    """The customer asked not to be written to again: no later wave asks them."""
    session.execute(update(ReviewCustomer).where(ReviewCustomer.id == customer_id).values(opted_out=True))


def import_outcomes(
    session: Session, campaign_id: int, path: Path, sheet: str | None = None, today: dt.date | None = None
) -> OutcomeImportResult:
    """A service's report of the campaign's requests, matched by short link, else by contact, to the
    latest request each names; in the caller's transaction. A row's review on a platform the campaign
    does not ask for, or dated after today, is not taken, with a warning saying why; the row's
    delivery and click are."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import what came back"))
    campaign = open_campaign(session, campaign_id)
    today = today or dt.date.today()
    parsed = read_outcomes(read_table(path, sheet).rows, path.name, today)
    by_link: dict[str, ReviewRequest] = {}
    by_contact: dict[str, ReviewRequest] = {}
    for request in session.scalars(
        select(ReviewRequest).where(ReviewRequest.campaign_id == campaign_id).order_by(ReviewRequest.id)
    ):
        if request.link:
            by_link[request.link] = request
        if request.contact:
            by_contact[request.contact] = request
    skipped = list(parsed.skipped)
    warnings = list(parsed.warnings)  # sorted by row below, with the reviews not taken
    matched = reviews = 0
    platforms = [p for p in campaign.platforms.split(",") if p]
    for row in parsed.rows:
        found = by_link.get(row.link) or by_contact.get(row.contact)
        if found is None:
            skipped.append(RowNote(row.row, UNKNOWN_REQUEST, cells=row.link or row.contact))
            continue
        review = _review(row, platforms, today)
        if review is not None and review.platform.value not in platforms:
            label = Phrase(PLATFORM_LABELS[review.platform])
            warnings.append(RowNote(row.row, NOT_PLATFORM_ROW, {"platform": label}, row.link or row.contact))
            review = None
        _set(session, found, row.delivered, row.clicked, review, today)
        matched += 1
        reviews += review is not None
    session.flush()
    warnings.sort(key=lambda note: note.row)
    return OutcomeImportResult(matched, reviews, tuple(skipped), tuple(warnings))


def _review(row: OutcomeRow, platforms: list[str], today: dt.date) -> ReviewLeft | None:
    """The review a row reports: its platform, else the campaign's only public one."""
    if row.platform is None and not (row.stars or row.review_link or row.review_day):
        return None
    platform = row.platform
    if platform is None:
        public = [p for p in platforms if ReviewPlatform(p).public]
        if len(public) != 1:
            return None
        platform = ReviewPlatform(public[0])
    return ReviewLeft(platform, row.stars, row.review_day or today, row.review_link)
