"""A brand's review campaigns: created and edited through the domain's checks, finished, and read
back as `domain.reviews.campaign.ReviewCampaign` for the waves and the figures."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import (
    Channel,
    Invitation,
    ReviewCampaign,
    ReviewPlatform,
    Trigger,
    TriggerEvent,
    validate_campaign,
)
from smmdesk.domain.reviews.waves import new_secret
from smmdesk.domain.text import QT_TRANSLATE_NOOP, fold
from smmdesk.services.reputation.brands import NO_CLIENT
from smmdesk.storage.models import Client, ReviewCustomer, ReviewWave
from smmdesk.storage.models import ReviewCampaign as StoredCampaign

NO_CAMPAIGN = QT_TRANSLATE_NOOP("Errors", "There is no review campaign number {id}.")
SAME_TITLE = QT_TRANSLATE_NOOP(
    "Errors", "The brand already has a review campaign “{title}”: give this one another title."
)
IN_USE = QT_TRANSLATE_NOOP("Errors", "The review campaign “{title}” has customers or waves: it is kept.")
FINISHED = QT_TRANSLATE_NOOP(
    "Errors",
    "The review campaign “{title}” is finished: it prepares no more waves and takes no more customers, "
    "survey answers, results or ratings (its figures stay as they were).",
)
FINISHED_LATER = QT_TRANSLATE_NOOP(
    "Errors",
    "The campaign “{title}” cannot finish on {day}, after today ({today}): give today or a day before.",
)


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    client_id: int
    campaign: ReviewCampaign
    secret: bytes
    finished_on: dt.date | None
    erased: bool


def _columns(campaign: ReviewCampaign) -> dict[str, Any]:
    invitation = campaign.invitation
    return {
        "title": campaign.title.strip(),
        "platforms": ",".join(p.value for p in campaign.platforms),
        "trigger_event": campaign.trigger.event.value,
        "trigger_days": campaign.trigger.days,
        "channel": campaign.channel.value,
        "sender": invitation.sender,
        "subject": invitation.subject,
        "where_shown": invitation.where,
        "shown": invitation.shown,
        "template": invitation.template,
        "opt_out": campaign.opt_out,
        "base_link": campaign.base_link.strip(),
        "reminder_days": ",".join(str(d) for d in campaign.reminder_days),
        "incentive": campaign.incentive.strip(),
        "review_links": json.dumps({p.value: link for p, link in campaign.review_links.items()}),
    }


def as_domain(row: StoredCampaign) -> ReviewCampaign:
    """The stored campaign as the domain's."""
    links = json.loads(row.review_links) if row.review_links else {}
    return ReviewCampaign(
        title=row.title,
        platforms=tuple(ReviewPlatform(p) for p in row.platforms.split(",") if p),
        trigger=Trigger(TriggerEvent(row.trigger_event), row.trigger_days),
        channel=Channel(row.channel),
        invitation=Invitation(row.sender, row.subject, row.where_shown, row.shown, row.template),
        base_link=row.base_link,
        reminder_days=tuple(int(d) for d in row.reminder_days.split(",") if d),
        opt_out=row.opt_out,
        incentive=row.incentive,
        review_links={ReviewPlatform(p): link for p, link in links.items()},
    )


def stored(session: Session, campaign_id: int) -> StoredCampaign:
    row = session.get(StoredCampaign, campaign_id)
    if row is None:
        raise ValidationError(NO_CAMPAIGN, field="campaign", id=campaign_id)
    return row


def campaign_info(session: Session, campaign_id: int) -> CampaignInfo:
    row = stored(session, campaign_id)
    return CampaignInfo(
        row.id,
        row.client_id,
        as_domain(row),
        bytes.fromhex(row.secret),
        row.finished_on,
        row.erased_at is not None,
    )


def create_campaign(session: Session, client_id: int, campaign: ReviewCampaign) -> int:
    """A new campaign for the brand; ValidationError (RuleBroken for the brand's rules) with the reason."""
    if session.get(Client, client_id) is None:
        raise ValidationError(NO_CLIENT, field="client", id=client_id)
    validate_campaign(campaign)
    _refuse_same_title(session, client_id, campaign.title, None)
    row = StoredCampaign(client_id=client_id, secret=new_secret().hex(), **_columns(campaign))
    session.add(row)
    session.flush()
    return row.id


def delete_campaign(session: Session, campaign_id: int) -> None:
    """Takes back a campaign just created (the undo of «Новая кампания…»): one with customers or waves
    is refused, as their own steps are taken back first."""
    row = stored(session, campaign_id)
    used = session.scalar(select(ReviewCustomer.id).where(ReviewCustomer.campaign_id == campaign_id).limit(1))
    used = used or session.scalar(select(ReviewWave.id).where(ReviewWave.campaign_id == campaign_id).limit(1))
    if used is not None:
        raise ValidationError(IN_USE, field="campaign", title=row.title)
    session.delete(row)
    session.flush()


def update_campaign(session: Session, campaign_id: int, campaign: ReviewCampaign) -> ReviewCampaign:
    """Replaces the campaign's settings (checked as a new one's); returns the settings as they were.
    Its customers, waves and short links stay: a link made once keeps working."""
    row = stored(session, campaign_id)
    _refuse_finished(row)
    validate_campaign(campaign)
    _refuse_same_title(session, row.client_id, campaign.title, row.id)
    before = as_domain(row)
    for key, value in _columns(campaign).items():
        setattr(row, key, value)
    session.flush()
    return before


def _refuse_same_title(session: Session, client_id: int, title: str, other_than: int | None) -> None:
    """Two campaigns of one brand with one title (letter case aside) could not be told apart."""
    found = session.scalar(
        select(StoredCampaign.id).where(
            StoredCampaign.client_id == client_id,
            StoredCampaign.title_key == fold(title.strip()),
            StoredCampaign.id != (other_than or 0),
        )
    )
    if found is not None:
        raise ValidationError(SAME_TITLE, field="title", title=title.strip())


def finish_campaign(session: Session, campaign_id: int, day: dt.date) -> None:
    """The campaign prepares no more waves; its customers may now be erased. It finishes today or
    on a day before, never after today (its customers' erasure happens now)."""
    row = stored(session, campaign_id)
    now = dt.date.today()
    if day > now:
        raise ValidationError(
            FINISHED_LATER, field="date", title=row.title, day=f"{day:%d.%m.%Y}", today=f"{now:%d.%m.%Y}"
        )
    row.finished_on = day
    session.flush()


def _refuse_finished(row: StoredCampaign) -> None:
    if row.finished_on is not None:
        raise ValidationError(FINISHED, field="campaign", title=row.title)


def open_campaign(session: Session, campaign_id: int) -> StoredCampaign:
    """The stored campaign, refused when it is finished."""
    row = stored(session, campaign_id)
    _refuse_finished(row)
    return row


def campaigns_of(session: Session, client_id: int) -> list[tuple[int, str, dt.date | None]]:
    """(id, title, finished on) of the brand's campaigns, newest first."""
    rows = session.execute(
        select(StoredCampaign.id, StoredCampaign.title, StoredCampaign.finished_on)
        .where(StoredCampaign.client_id == client_id)
        .order_by(StoredCampaign.id.desc())
    )
    return [(r.id, r.title, r.finished_on) for r in rows]
