"""A new review campaign with the defaults a planner would choose, for the command line and the
window alike: Яндекс Карты, SMS three days after the purchase, the invitation in the interface's
language with the client as the sender, short links under the brand's site (named by the client's
e-mail domain). Each part may be given instead."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from sqlalchemy.orm import Session

from smmdesk.domain.reviews.campaign import (
    CARD_OPT_OUT,
    DEFAULT_OPT_OUT,
    DEFAULT_TEMPLATE,
    PLATFORM_LABELS,
    Channel,
    Invitation,
    ReviewCampaign,
    ReviewPlatform,
    Trigger,
    TriggerEvent,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.models import Client

Translate = Callable[[str, str], str]
SUBJECT = QT_TRANSLATE_NOOP("Cli", "your order {order} of {date}")
WHERE = QT_TRANSLATE_NOOP("Cli", "on {platforms}")
SHOWN = QT_TRANSLATE_NOOP("Cli", "your name and your review will be seen by everyone")
SURVEY_SHOWN = QT_TRANSLATE_NOOP("Cli", "nothing is published: only the brand reads the answers")


def where_text(platforms: Sequence[ReviewPlatform], translate: Translate) -> str:
    """The invitation's default «where the review will appear» for these platforms."""
    names = ", ".join(translate("Reviews", PLATFORM_LABELS[p]) for p in platforms)
    return translate("Cli", WHERE).format(platforms=names)


def shown_text(platforms: Sequence[ReviewPlatform], translate: Translate) -> str:
    """The invitation's default «what will be shown»: everything for a public platform, nothing else."""
    return translate("Cli", SHOWN if any(p.public for p in platforms) else SURVEY_SHOWN)


# Public mail services: an address there says nothing of the brand's site, so no link is guessed.
FREE_MAIL = frozenset(
    ("mail.ru", "inbox.ru", "list.ru", "bk.ru", "internet.ru", "yandex.ru", "ya.ru", "yandex.com", "narod.ru",
     "rambler.ru", "lenta.ru", "autorambler.ru", "ro.ru", "gmail.com", "googlemail.com", "outlook.com",
     "hotmail.com", "live.com", "yahoo.com", "icloud.com", "me.com", "proton.me", "protonmail.com", "vk.com")
)  # fmt: skip


def site_link(session: Session, client_id: int) -> str:
    """https://<the client's e-mail domain>/r/, or "" when the client has no e-mail or it is at a
    public mail service (mail.ru, yandex.ru, gmail.com…): then the planner is asked."""
    client = session.get(Client, client_id)
    email = client.email if client is not None else ""
    domain = email.rpartition("@")[2].strip().lower() if "@" in email else ""
    return f"https://{domain}/r/" if domain and domain not in FREE_MAIL else ""


def default_campaign(
    session: Session,
    client_id: int,
    title: str,
    translate: Translate,
    *,
    platforms: Sequence[ReviewPlatform] = (ReviewPlatform.YANDEX_MAPS,),
    channel: Channel = Channel.SMS,
    event: TriggerEvent = TriggerEvent.PURCHASE,
    days: int = 3,
    reminders: Sequence[int] = (),
    link: str = "",
    sender: str = "",
    subject: str = "",
    where: str = "",
    shown: str = "",
    opt_out: str = "",
    incentive: str = "",
    pages: Mapping[ReviewPlatform, str] | None = None,
) -> ReviewCampaign:
    """The campaign these parts describe, the defaults for those left empty (checked when created)."""
    chosen = tuple(dict.fromkeys(platforms)) or (ReviewPlatform.YANDEX_MAPS,)
    client = session.get(Client, client_id)
    invitation = Invitation(
        sender=sender or (client.name if client is not None else ""),
        subject=subject or translate("Cli", SUBJECT),
        where=where or where_text(chosen, translate),
        shown=shown or shown_text(chosen, translate),
        template=translate("Reviews", DEFAULT_TEMPLATE),
    )
    return ReviewCampaign(
        title=title,
        platforms=chosen,
        trigger=Trigger(event, days),
        channel=channel,
        invitation=invitation,
        base_link=link or site_link(session, client_id),
        reminder_days=tuple(reminders),
        opt_out=opt_out or translate("Reviews", CARD_OPT_OUT if channel.printed else DEFAULT_OPT_OUT),
        incentive=incentive,
        review_links=dict(pages or {}),
    )
