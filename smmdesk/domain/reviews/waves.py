"""Waves of review requests: who gets which request when, their short links, and the compliance log.

A wave is prepared, never sent by the program: the SMS or mail service sends it, or the QR codes
are printed. Each customer due gets the first request N days after the purchase, then up to three
reminders on the campaign's days after it; nobody who opted out, already left a review, is on
the staff or gave no consent. Every customer due gets the same request: a wave to a public
platform that picks customers by score or sentiment, or leaves out any customer due, is refused
(`validate_wave`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from typing import Any

from smmdesk.domain.errors import Phrase
from smmdesk.domain.reviews import rules
from smmdesk.domain.reviews.campaign import (
    CHANNEL_LABELS,
    PLATFORM_LABELS,
    ReviewCampaign,
    invitation_renderer,
    validate_campaign,
)
from smmdesk.domain.reviews.customers import NOT_ASKED_LABELS, Customer, NotAskedReason, refusal
from smmdesk.domain.text import QT_TRANSLATE_NOOP

# Letters and digits a person can type from print without mistaking one for another (no 0/O/o,
# 1/l/I): 56 of them, so ten make 58 bits and 100,000 customers collide with odds of 1 in 50 million.
TOKEN_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz"
TOKEN_LENGTH = 10


@dataclass(frozen=True)
class History:
    """What a customer has had from the campaign so far."""

    sent: tuple[dt.date, ...] = ()  # the first request, then each reminder, as sent
    opted_out: bool = False
    reviewed: bool = False


class FilterKind(StrEnum):
    BOUGHT_FROM = "bought_from"  # purchases on or after `day`
    BOUGHT_TO = "bought_to"  # purchases on or before `day`
    SCORE = "score"  # by a survey score or stars: gating for a public platform
    SENTIMENT = "sentiment"  # by the sentiment of what the customer said: gating likewise


GATING_FILTERS = frozenset((FilterKind.SCORE, FilterKind.SENTIMENT))
FILTER_WORDS = {
    FilterKind.SCORE: QT_TRANSLATE_NOOP("Reviews", "their score"),
    FilterKind.SENTIMENT: QT_TRANSLATE_NOOP("Reviews", "the sentiment of what they said"),
}


@dataclass(frozen=True)
class AudienceFilter:
    kind: FilterKind
    day: dt.date | None = None
    text: str = ""  # what a score or sentiment filter asked for, as the planner set it

    def keeps(self, customer: Customer) -> bool:
        if self.kind is FilterKind.BOUGHT_FROM:
            return self.day is None or (customer.day is not None and customer.day >= self.day)
        if self.kind is FilterKind.BOUGHT_TO:
            return self.day is None or (customer.day is not None and customer.day <= self.day)
        return True  # a score or sentiment filter is refused before it is applied (on a public wave)


@dataclass(frozen=True)
class WaveRequest:
    customer: Customer
    number: int  # 0: the first request; 1–3: the reminders
    due: dt.date
    contact: str  # the phone, the e-mail, or the order for a printed QR code
    link: str
    text: str


@dataclass(frozen=True)
class NotAsked:
    customer: Customer
    reason: NotAskedReason
    due: dt.date | None = None  # when the next request falls due (NOT_YET)


@dataclass(frozen=True)
class Wave:
    prepared_on: dt.date
    requests: tuple[WaveRequest, ...]
    not_asked: tuple[NotAsked, ...]
    filters: tuple[AudienceFilter, ...] = ()


_NO_HISTORY = History()


def new_secret() -> bytes:
    """A campaign's secret for its short links, made once when the campaign is created."""
    return secrets.token_bytes(16)


def short_token(secret: bytes, key: str, length: int = TOKEN_LENGTH) -> str:
    """The customer's token: HMAC-SHA-256 of their key written in `TOKEN_ALPHABET` — the same every
    wave, and unguessable from another customer's."""
    inner, outer = _hmac_pads(secret)
    digest = inner.copy()
    digest.update(key.encode("utf-8"))
    mac = outer.copy()
    mac.update(digest.digest())
    base = len(TOKEN_ALPHABET)
    # The first `length` digits in base 56 are those of the number modulo 56**length (a small int),
    # taken two at a time.
    number = int.from_bytes(mac.digest(), "big") % base**length
    parts = []
    for _ in range(length // 2):
        number, pair = divmod(number, base * base)
        parts.append(_DIGIT_PAIRS[pair])
    if length % 2:
        parts.append(TOKEN_ALPHABET[number % base])
    return "".join(parts)


_DIGIT_PAIRS = [a + b for b in TOKEN_ALPHABET for a in TOKEN_ALPHABET]  # n → digit n % 56, then n // 56


@lru_cache(maxsize=64)
def _hmac_pads(secret: bytes) -> tuple[Any, Any]:
    """HMAC's inner and outer SHA-256 states for `secret` (RFC 2104), hashed once: a wave of 100,000
    copies them instead of keying HMAC anew for every customer."""
    block = hashlib.sha256().block_size
    key = hashlib.sha256(secret).digest() if len(secret) > block else secret
    key = key.ljust(block, b"\0")
    return hashlib.sha256(bytes(b ^ 0x36 for b in key)), hashlib.sha256(bytes(b ^ 0x5C for b in key))


def short_links(base: str, secret: bytes, keys: Iterable[str]) -> dict[str, str]:
    """key → link under the campaign's base link; a token taken by another key is made longer."""
    prefix = base if base.endswith("/") else base + "/"
    links: dict[str, str] = {}
    taken: set[str] = set()
    for key in keys:
        length = TOKEN_LENGTH
        token = short_token(secret, key, length)
        while token in taken:
            length += 2
            token = short_token(secret, key, length)
        taken.add(token)
        links[key] = prefix + token
    return links


def refuse_gating_filters(campaign: ReviewCampaign, filters: Sequence[AudienceFilter]) -> None:
    if not campaign.public:
        return
    for item in filters:
        if item.kind in GATING_FILTERS:
            raise rules.RuleBroken(
                rules.BrandRule.GATING, rules.GATING_MESSAGE, what=Phrase(FILTER_WORDS[item.kind])
            )


def _next_due(campaign: ReviewCampaign, customer: Customer, history: History) -> tuple[int, dt.date] | None:
    """(the request's number, its due day), or None when every request was sent."""
    if not history.sent:
        assert customer.day is not None
        return 0, campaign.trigger.due(customer.day)
    reminders = () if campaign.channel.printed else campaign.reminder_days
    if len(history.sent) > len(reminders):
        return None
    return len(history.sent), history.sent[0] + dt.timedelta(days=reminders[len(history.sent) - 1])


def plan_wave(
    campaign: ReviewCampaign,
    customers: Sequence[Customer],
    today: dt.date,
    secret: bytes,
    histories: Mapping[str, History] | None = None,
    filters: Sequence[AudienceFilter] = (),
) -> Wave:
    """The next wave: every customer whose request is due by `today` gets it, the others are listed
    with the reason. Refuses (RuleBroken) a campaign or filters that break the brand's rules."""
    validate_campaign(campaign)
    refuse_gating_filters(campaign, filters)
    histories = histories or {}
    due: list[tuple[Customer, int, dt.date]] = []
    not_asked: list[NotAsked] = []
    channel = campaign.channel
    first_due: dict[dt.date, dt.date] = {}  # purchase day → the first request's day
    for customer in customers:
        if filters and not all(f.keeps(customer) for f in filters):
            continue
        history = histories.get(customer.key, _NO_HISTORY)
        reason = refusal(customer, channel)
        if reason is None and history.opted_out:
            reason = NotAskedReason.OPTED_OUT
        if reason is None and history.reviewed:
            reason = NotAskedReason.REVIEWED
        if reason is None and customer.day is None and not history.sent:
            reason = NotAskedReason.NO_DATE
        if reason is not None:
            not_asked.append(NotAsked(customer, reason))
            continue
        if history.sent:
            step = _next_due(campaign, customer, history)
        else:  # the first request, as _next_due counts it, its day worked out once per purchase day
            bought = customer.day
            assert bought is not None
            day = first_due.get(bought)
            if day is None:
                day = first_due[bought] = campaign.trigger.due(bought)
            step = (0, day)
        if step is None:
            not_asked.append(NotAsked(customer, NotAskedReason.FINISHED))
        elif step[1] > today:
            not_asked.append(NotAsked(customer, NotAskedReason.NOT_YET, step[1]))
        else:
            due.append((customer, *step))
    links = short_links(campaign.base_link, secret, (c.key for c, _, _ in due))
    render = invitation_renderer(campaign)
    requests = tuple(
        WaveRequest(
            customer,
            number,
            day,
            customer.contact(channel),
            link,
            render(customer.name, customer.order, customer.day, link),
        )
        for customer, number, day in due
        for link in (links[customer.key],)
    )
    return Wave(today, requests, tuple(not_asked), tuple(filters))


def validate_wave(
    campaign: ReviewCampaign,
    wave: Wave,
    customers: Sequence[Customer],
    secret: bytes,
    histories: Mapping[str, History] | None = None,
    scores: Mapping[str, int] | None = None,
) -> None:
    """Refuses a wave, however it was put together, that breaks a rule: an incentive for a public
    review, a score or sentiment filter, a request to staff or to someone without consent, a
    request different from the others, or (to a public platform) a customer due left out —
    named as gating when those left out are the dissatisfied ones by `scores` (NPS 0–10)."""
    rules.refuse_incentive(campaign.incentive, [PLATFORM_LABELS[p] for p in campaign.public_platforms])
    refuse_gating_filters(campaign, wave.filters)
    render = invitation_renderer(campaign)
    for request in wave.requests:
        rules.refuse_staff(request.customer.name or request.contact, request.customer.staff)
        rules.refuse_without_consent(request.customer.name or request.contact, request.customer.consent)
        customer = request.customer
        expected = render(customer.name, customer.order, customer.day, request.link)
        if request.text != expected:
            raise rules.RuleBroken(
                rules.BrandRule.SAME_REQUEST,
                rules.SAME_REQUEST_MESSAGE,
                name=request.customer.name or request.contact,
            )
    if not campaign.public:
        return
    planned = plan_wave(campaign, customers, wave.prepared_on, secret, histories, wave.filters)
    sent = {r.customer.key for r in wave.requests}
    left_out = [r.customer for r in planned.requests if r.customer.key not in sent]
    if not left_out:
        return
    scores = scores or {}
    known_left = [scores[c.key] for c in left_out if c.key in scores]
    known_sent = [scores[k] for k in sent if k in scores]
    mean_left = sum(known_left) / len(known_left) if known_left else None
    mean_sent = sum(known_sent) / len(known_sent) if known_sent else None
    if mean_left is not None and (mean_sent is None or mean_left < mean_sent):
        what = FILTER_WORDS[FilterKind.SCORE]
        raise rules.RuleBroken(rules.BrandRule.GATING, rules.GATING_MESSAGE, what=Phrase(what))
    names = ", ".join(c.name or c.contact(campaign.channel) for c in left_out[:5])
    raise rules.RuleBroken(rules.BrandRule.GATING, rules.LEFT_OUT_MESSAGE, count=len(left_out), names=names)


# --- the compliance log ---------------------------------------------------------------------------

FIRST_REQUEST = QT_TRANSLATE_NOOP("Reviews", "first request")
REMINDER = QT_TRANSLATE_NOOP("Reviews", "reminder {number}")
SELECTION = QT_TRANSLATE_NOOP("Reviews", "every customer due; no filter by rating or sentiment")
UNEVEN_SELECTION = QT_TRANSLATE_NOOP(
    "Reviews", "every customer due; the survey's score groups were asked in different shares (see the counts)"
)
UNKNOWN_SELECTION = QT_TRANSLATE_NOOP(
    "Reviews", "every customer due; how the survey's respondents were asked was not recorded"
)
NO_INCENTIVE = QT_TRANSLATE_NOOP("Reviews", "none")
NOT_ASKED = QT_TRANSLATE_NOOP("Reviews", "not asked: {reason}")


@dataclass(frozen=True)
class ComplianceRow:
    """One line of a wave's compliance log: who got what and when, or why they got nothing.
    Labels are English source texts for the writer to translate; `request_label` words the request."""

    prepared_on: dt.date
    customer: str
    contact: str
    channel: str  # source text, context "Reviews"
    platforms: tuple[str, ...]  # source texts, context "Reviews"
    number: int | None  # 0 the first request, 1–3 a reminder, None when not asked
    reason: str  # why not asked (source text, context "Reviews"), "" when asked
    text: str  # exactly what the customer gets ("" when not asked)
    link: str
    selection: str = SELECTION
    incentive: str = NO_INCENTIVE
    wave: int = 0  # the wave's number in the campaign
    request_id: int | None = None  # the request's number in the database, None when not asked

    def request_label(self, translate: Callable[[str, str], str] = lambda _c, text: text) -> str:
        if self.number is None:
            return translate("Reviews", NOT_ASKED).format(reason=translate("Reviews", self.reason))
        if self.number == 0:
            return translate("Reviews", FIRST_REQUEST)
        return translate("Reviews", REMINDER).format(number=self.number)


def compliance_log(
    campaign: ReviewCampaign,
    wave: Wave,
    even: bool | None = True,
    number: int = 0,
    request_ids: Sequence[int] = (),
) -> list[ComplianceRow]:
    """Every request of the wave, then everyone not asked with the reason (staff and no consent
    among them): the record that the wave asked everybody due the same way. «No filter by rating»
    is said only when the survey's score groups were asked in the same share (`even`; None when
    the wave's split was not recorded)."""
    selection = SELECTION if even else UNEVEN_SELECTION if even is False else UNKNOWN_SELECTION
    platforms = tuple(PLATFORM_LABELS[p] for p in campaign.platforms)
    channel = CHANNEL_LABELS[campaign.channel]
    rows = [
        ComplianceRow(
            wave.prepared_on,
            r.customer.name,
            r.contact,
            channel,
            platforms,
            r.number,
            "",
            r.text,
            r.link,
            selection,
            wave=number,
            request_id=request_ids[i] if i < len(request_ids) else None,
        )
        for i, r in enumerate(wave.requests)
    ]
    rows += [
        ComplianceRow(
            wave.prepared_on,
            n.customer.name,
            n.customer.contact(campaign.channel),
            channel,
            platforms,
            None,
            NOT_ASKED_LABELS[n.reason],
            "",
            "",
            selection,
            wave=number,
        )
        for n in wave.not_asked
    ]
    return rows
