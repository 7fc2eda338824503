"""A review campaign's parts: platforms, trigger, channel, reminders, opt-out and the invitation.

The invitation is built from the parts ISO 20488 (online consumer reviews) asks a request to
state: who is asking, about what, where the review will appear, what will be shown, and a link;
a campaign missing one is refused, and so is one that drafts the review or offers a reward for a
public one (`rules`). A part may hold the customer's variables: {name}, {order}, {date}.
"""

from __future__ import annotations

import datetime as dt
import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum

from smmdesk.domain.errors import Phrase, ValidationError
from smmdesk.domain.reviews import rules
from smmdesk.domain.text import QT_TRANSLATE_NOOP

CTX = "Reviews"
MAX_REMINDERS = 3
MAX_TRIGGER_DAYS = 365


class ReviewPlatform(StrEnum):
    YANDEX_MAPS = "yandex_maps"
    TWO_GIS = "2gis"
    OTZOVIK = "otzovik"
    MARKETPLACE = "marketplace"  # the product's card on a marketplace (Ozon, Wildberries…)
    BRAND_SITE = "brand_site"
    SURVEY = "survey"  # a private survey only: nothing is published

    @property
    def public(self) -> bool:
        return self is not ReviewPlatform.SURVEY


PLATFORM_LABELS: dict[ReviewPlatform, str] = {
    ReviewPlatform.YANDEX_MAPS: QT_TRANSLATE_NOOP("Reviews", "Yandex Maps"),
    ReviewPlatform.TWO_GIS: QT_TRANSLATE_NOOP("Reviews", "2GIS"),
    ReviewPlatform.OTZOVIK: QT_TRANSLATE_NOOP("Reviews", "Otzovik"),
    ReviewPlatform.MARKETPLACE: QT_TRANSLATE_NOOP("Reviews", "the marketplace card"),
    ReviewPlatform.BRAND_SITE: QT_TRANSLATE_NOOP("Reviews", "the brand's site"),
    ReviewPlatform.SURVEY: QT_TRANSLATE_NOOP("Reviews", "a survey only"),
}


class TriggerEvent(StrEnum):
    PURCHASE = "purchase"
    SERVICE = "service"


@dataclass(frozen=True)
class Trigger:
    """The first request goes `days` days after the purchase or the service."""

    event: TriggerEvent = TriggerEvent.PURCHASE
    days: int = 3

    def due(self, day: dt.date) -> dt.date:
        return day + dt.timedelta(days=self.days)


class Channel(StrEnum):
    SMS = "sms"
    EMAIL = "email"
    QR_RECEIPT = "qr_receipt"  # a QR code printed on the receipt
    QR_PARCEL = "qr_parcel"  # a QR code on a card in the parcel

    @property
    def printed(self) -> bool:
        """A QR code is printed once: it has no reminders and needs no phone or e-mail."""
        return self in (Channel.QR_RECEIPT, Channel.QR_PARCEL)


CHANNEL_LABELS: dict[Channel, str] = {
    Channel.SMS: QT_TRANSLATE_NOOP("Reviews", "SMS"),
    Channel.EMAIL: QT_TRANSLATE_NOOP("Reviews", "e-mail"),
    Channel.QR_RECEIPT: QT_TRANSLATE_NOOP("Reviews", "QR code on the receipt"),
    Channel.QR_PARCEL: QT_TRANSLATE_NOOP("Reviews", "QR code in the parcel"),
}

# The parts ISO 20488 asks a review request to state, as the template's placeholders.
PARTS: dict[str, str] = {
    "sender": QT_TRANSLATE_NOOP("Reviews", "who is asking"),
    "subject": QT_TRANSLATE_NOOP("Reviews", "about what"),
    "where": QT_TRANSLATE_NOOP("Reviews", "where the review will appear"),
    "shown": QT_TRANSLATE_NOOP("Reviews", "what will be shown"),
    "link": QT_TRANSLATE_NOOP("Reviews", "the link"),
    "opt_out": QT_TRANSLATE_NOOP("Reviews", "the opt-out line"),
}
CUSTOMER_VARIABLES = ("name", "order", "date")
DEFAULT_TEMPLATE = QT_TRANSLATE_NOOP(
    "Reviews",
    "{sender} asks for your opinion of {subject}. Your review will appear {where}; {shown}. "
    "Leave it here: {link}\n{opt_out}",
)
DEFAULT_OPT_OUT = QT_TRANSLATE_NOOP("Reviews", "Reply STOP and we will not write again.")
CARD_OPT_OUT = QT_TRANSLATE_NOOP(
    "Reviews", "This card is our only request: if you would rather not, just leave it, we will not write."
)


@dataclass(frozen=True)
class Invitation:
    """The request's text: a template whose placeholders are the ISO 20488 parts, and the parts."""

    sender: str  # who is asking: «Кофейня „Зерно“»
    subject: str  # about what: «ваш заказ {order} от {date}»
    where: str  # where the review will appear: «на Яндекс Картах»
    shown: str  # what will be shown: «ваше имя и отзыв увидят все»
    template: str = DEFAULT_TEMPLATE


@dataclass(frozen=True)
class ReviewCampaign:
    """One brand's campaign of review requests to its real customers."""

    title: str
    platforms: tuple[ReviewPlatform, ...]
    trigger: Trigger
    channel: Channel
    invitation: Invitation
    base_link: str  # the short links live under it: https://zerno.ru/r/ → https://zerno.ru/r/k3F9xQ2a
    reminder_days: tuple[int, ...] = ()  # days after the first request, at most three
    opt_out: str = DEFAULT_OPT_OUT
    incentive: str = ""  # an offer for answering; refused when a platform is public
    review_links: Mapping[ReviewPlatform, str] = field(default_factory=dict)  # where the short link leads

    @property
    def public_platforms(self) -> tuple[ReviewPlatform, ...]:
        return tuple(p for p in self.platforms if p.public)

    @property
    def public(self) -> bool:
        return bool(self.public_platforms)


def _field_names(template: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(template))
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The invitation has an unpaired brace {{ or }}."), field="template"
        ) from None
    names = []
    for _, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion or not name.isidentifier():
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The invitation has a placeholder that is not understood: {{{name}}}"
                ),
                field="template",
                name=name,
            )
        names.append(name)
    return names


def validate_campaign(campaign: ReviewCampaign) -> None:
    """Raises ValidationError (RuleBroken for the brand's rules) with the reason; None when sound."""
    if not campaign.title.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A review campaign needs a title."), field="title")
    if not campaign.platforms:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Choose at least one platform (or a survey only)."), field="platforms"
        )
    if not 0 <= campaign.trigger.days <= MAX_TRIGGER_DAYS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The first request goes 0 to {limit} days after the purchase."),
            field="trigger",
            limit=MAX_TRIGGER_DAYS,
        )
    _validate_reminders(campaign)
    if not campaign.base_link.startswith(("https://", "http://")) or len(campaign.base_link) < 12:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The base link must be a web address (https://…): {link}"),
            field="base_link",
            link=campaign.base_link,
        )
    for platform, page in campaign.review_links.items():
        if not page.startswith(("https://", "http://")) or len(page) < 12:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The page on {platform} the links lead to must be a web address (https://…): {link}",
                ),
                field="review_links",
                platform=Phrase(PLATFORM_LABELS[platform]),
                link=page,
            )
    rules.refuse_incentive(campaign.incentive, [PLATFORM_LABELS[p] for p in campaign.public_platforms])
    _validate_invitation(campaign)


def _validate_reminders(campaign: ReviewCampaign) -> None:
    days = campaign.reminder_days
    if len(days) > MAX_REMINDERS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "At most {limit} reminders; {count} were set."),
            field="reminders",
            limit=MAX_REMINDERS,
            count=len(days),
        )
    if days and campaign.channel.printed:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A QR code is printed once: reminders need SMS or e-mail."),
            field="reminders",
        )
    if any(d < 1 for d in days) or list(days) != sorted(set(days)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Reminders go on later and later days after the first request (1 day at least)."
            ),
            field="reminders",
        )


def _validate_invitation(campaign: ReviewCampaign) -> None:
    invitation = campaign.invitation
    names = _field_names(invitation.template)
    values = {
        "sender": invitation.sender,
        "subject": invitation.subject,
        "where": invitation.where,
        "shown": invitation.shown,
        "opt_out": campaign.opt_out,
    }
    for part, label in PARTS.items():
        if part not in names or (part in values and not values[part].strip()):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The invitation must say {part} (ISO 20488 asks every review request to)."
                ),
                field=part,
                part=label,
            )
    allowed = set(PARTS) | set(CUSTOMER_VARIABLES)
    for name in names:
        if name not in allowed:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The invitation has a placeholder that is not understood: {{{name}}}"
                ),
                field="template",
                name=name,
            )
    for part in values.values():
        for name in _field_names(part):
            if name not in CUSTOMER_VARIABLES:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "A part of the invitation may only use {{name}}, {{order}} and {{date}}: {{{name}}}",
                    ),
                    field="template",
                    name=name,
                )
    rules.refuse_drafted_review(invitation.template, *values.values())
    public = [PLATFORM_LABELS[p] for p in campaign.public_platforms]
    rules.refuse_incentive_in_text({**values, "template": invitation.template}, public)


Renderer = Callable[[str, str, "dt.date | None", str], str]


_LINK_SENTENCE = re.compile(r"[ \t]*[^.!?;\n]*\{link\}[^\n]*")


def card_template(template: str) -> str:
    """The invitation as a printed card carries it: the sentence that holds the link left out (the
    code beside it is the link); who asks, about what, where the review appears and the opt-out
    line stay. «… {shown}. Оставить отзыв: {link}\n{opt_out}» → «… {shown}.\n{opt_out}»."""
    return _LINK_SENTENCE.sub("", template)


def invitation_renderer(campaign: ReviewCampaign) -> Renderer:
    """A function (name, order, day, link) → the text one customer gets: the same template for
    everybody with their own variables and link (on a printed QR card, `card_template`'s: the text
    printed beside the code). The parts without variables are filled once."""
    invitation = campaign.invitation
    if campaign.channel.printed:
        invitation = replace(invitation, template=card_template(invitation.template))
    parts = {
        "sender": invitation.sender,
        "subject": invitation.subject,
        "where": invitation.where,
        "shown": invitation.shown,
        "opt_out": campaign.opt_out,
    }
    texts = [invitation.template, *parts.values()]
    if any("{{" in t or "}}" in t for t in texts):  # escaped braces: fill everything per customer
        fixed, varying = {}, parts
        template = invitation.template
    else:
        fixed = {k: v for k, v in parts.items() if "{" not in v}
        varying = {k: v for k, v in parts.items() if k not in fixed}
        template = invitation.template.format_map(_Keep(fixed))
    days: dict[dt.date | None, str] = {}

    def render(name: str, order: str, day: dt.date | None, link: str) -> str:
        date = days.get(day)
        if date is None:
            date = days[day] = day.strftime("%d.%m.%Y") if day else ""
        variables = {"name": name, "order": order, "date": date, "link": link}
        for key, text in varying.items():
            variables[key] = text.format_map(variables)
        variables.update(fixed)
        return template.format_map(variables).strip()

    return render


class _Keep(dict[str, str]):
    """A mapping for str.format_map that leaves the placeholders it does not hold as they were."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def render_invitation(
    campaign: ReviewCampaign, *, name: str, order: str, day: dt.date | None, link: str
) -> str:
    """The text one customer gets (see `invitation_renderer`, which a wave uses for many)."""
    return invitation_renderer(campaign)(name, order, day, link)


def sms_parts(text: str) -> int:
    """How many SMS a text takes: 160 / 153 characters in the GSM alphabet, 70 / 67 with Cyrillic."""
    if not text:
        return 0
    gsm = all(ord(ch) < 128 for ch in text)
    single, multi = (160, 153) if gsm else (70, 67)
    return 1 if len(text) <= single else -(-len(text) // multi)
