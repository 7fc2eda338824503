"""A campaign's customers: the row, its phone and e-mail normalised, and who may be asked.

Without consent nobody is asked and staff never are; a customer who opted out or already left a
review is not asked again. The customer's key (phone, else e-mail, else order) is what a wave,
a short link and a survey answer are matched by.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache

from smmdesk.domain.reviews.campaign import Channel
from smmdesk.domain.text import QT_TRANSLATE_NOOP

_NOT_DIGIT = re.compile(r"\D")
_EMAIL = re.compile(r"^[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+\.[^@\s<>()\[\],;:\"]{2,}$")


@dataclass(frozen=True)
class Customer:
    """One customer as the brand's export has it; personal data stays in the planner's file."""

    name: str
    phone: str = ""  # +79161234567 (E.164), or ""
    email: str = ""  # lower case, or ""
    order: str = ""
    day: dt.date | None = None  # of the purchase or the service
    consent: bool = False  # agreed to be contacted; unknown counts as no
    staff: bool = False
    row: int = field(default=0, compare=False)  # the file's row it was first read from; 0 when stored

    @property
    def key(self) -> str:
        """What identifies the customer in the campaign: phone, else e-mail, else order."""
        if self.phone:
            return self.phone
        if self.email:
            return self.email
        return "order:" + self.order if self.order else ""

    def contact(self, channel: Channel) -> str:
        """The address a request goes to by `channel`: the phone, the e-mail, or the order for a QR code."""
        if channel is Channel.SMS:
            return self.phone
        if channel is Channel.EMAIL:
            return self.email
        return self.order or self.name


@lru_cache(maxsize=65536)
def normalize_phone(text: str) -> str:
    """'8 (916) 123-45-67', '+7 916 123 45 67', '9161234567' → '+79161234567'; other countries with
    their code ('+375 29 …', '375 29 …'). ValueError for what cannot be a phone number."""
    cleaned = text.strip()
    if not cleaned:
        return ""
    digits = _NOT_DIGIT.sub("", cleaned)
    if re.search(r"[^\d\s()+\-.]", cleaned) or not 10 <= len(digits) <= 15:
        raise ValueError(cleaned)
    if len(digits) == 10:
        return "+7" + digits  # a Russian number written without its country code
    if len(digits) == 11 and digits[0] == "8":
        return "+7" + digits[1:]  # 8 (916) … is how Russians write +7 (916) …
    return "+" + digits


@lru_cache(maxsize=65536)
def normalize_email(text: str) -> str:
    """'  Anna.Petrova@Mail.RU ', 'mailto:anna@mail.ru' → 'anna.petrova@mail.ru'; ValueError otherwise."""
    cleaned = text.strip().lower()
    if cleaned.startswith("mailto:"):
        cleaned = cleaned[len("mailto:") :]
    if not cleaned:
        return ""
    if not _EMAIL.match(cleaned) or ".." in cleaned:
        raise ValueError(cleaned)
    return cleaned


class NotAskedReason(StrEnum):
    """Why a customer gets no request in a wave."""

    STAFF = "staff"
    NO_CONSENT = "no_consent"
    OPTED_OUT = "opted_out"
    REVIEWED = "reviewed"  # already left a review
    NO_CONTACT = "no_contact"  # no phone for SMS, no e-mail for mail
    NO_DATE = "no_date"  # no purchase date: the trigger cannot be counted
    NOT_YET = "not_yet"  # the request (or the next reminder) is due later
    FINISHED = "finished"  # the request and every reminder were sent


NOT_ASKED_LABELS: dict[NotAskedReason, str] = {
    NotAskedReason.STAFF: QT_TRANSLATE_NOOP("Reviews", "on the staff"),
    NotAskedReason.NO_CONSENT: QT_TRANSLATE_NOOP("Reviews", "no consent to be contacted"),
    NotAskedReason.OPTED_OUT: QT_TRANSLATE_NOOP("Reviews", "opted out"),
    NotAskedReason.REVIEWED: QT_TRANSLATE_NOOP("Reviews", "already left a review"),
    NotAskedReason.NO_CONTACT: QT_TRANSLATE_NOOP("Reviews", "no phone or e-mail for the channel"),
    NotAskedReason.NO_DATE: QT_TRANSLATE_NOOP("Reviews", "no date of the purchase"),
    NotAskedReason.NOT_YET: QT_TRANSLATE_NOOP("Reviews", "not due yet"),
    NotAskedReason.FINISHED: QT_TRANSLATE_NOOP("Reviews", "the request and its reminders were sent"),
}


def refusal(customer: Customer, channel: Channel) -> NotAskedReason | None:
    """Why this customer may never be asked by this channel, or None when they may be."""
    if customer.staff:
        return NotAskedReason.STAFF
    if not customer.consent:
        return NotAskedReason.NO_CONSENT
    if not customer.contact(channel):
        return NotAskedReason.NO_CONTACT
    return None
