"""Review campaigns of the Репутация section, per brand (a client): the campaign, its customers, each
wave with every request (the compliance log), what came back, the survey answers, and the ratings
the platforms' pages showed.

Personal data lives in two places only: `review_customer` (name, phone, e-mail, order) and the
personal columns of a request or an answer (the contact, the text sent, the respondent, the
comment). Erasing a finished campaign's customers deletes the first and blanks the second in one
transaction; the counts the figures need stay (requests, delivered, clicked, reviews with platform
and stars, answers with their scores, dates and channels) and the waves keep their totals. The
audit log records a change of a personal column without its values (`__personal__`), so that
nothing erased survives there.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, validates

from smmdesk.domain.text import fold
from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.models.reputation import BigId
from smmdesk.storage.types import PercentType, Timestamp, UtcDateTime


class ReviewCampaign(Tracked, Base):
    """A brand's campaign of review requests: platforms, trigger, channel, the invitation's parts."""

    __tablename__ = "review_campaign"
    __folded__: ClassVar[dict[str, str]] = {"title_key": "title"}

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    title: Mapped[str] = mapped_column(String(300))
    title_key: Mapped[str] = mapped_column(String(300), index=True, default="")
    platforms: Mapped[str] = mapped_column(String(200))  # ReviewPlatform values, comma-separated
    trigger_event: Mapped[str] = mapped_column(String(20), default="purchase")
    trigger_days: Mapped[int] = mapped_column(BigInteger, default=3)
    channel: Mapped[str] = mapped_column(String(20))
    sender: Mapped[str] = mapped_column(String(500))
    subject: Mapped[str] = mapped_column(String(500))
    where_shown: Mapped[str] = mapped_column(String(500))  # where the review will appear
    shown: Mapped[str] = mapped_column(String(500))  # what will be shown
    template: Mapped[str] = mapped_column(Text)
    opt_out: Mapped[str] = mapped_column(String(500))
    base_link: Mapped[str] = mapped_column(String(500))
    reminder_days: Mapped[str] = mapped_column(String(40), default="")  # "3,7"
    incentive: Mapped[str] = mapped_column(String(500), default="")
    review_links: Mapped[str] = mapped_column(Text, default="")  # JSON: platform → page
    secret: Mapped[str] = mapped_column(String(64))  # the short links' key, hex
    finished_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    erased_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    erased_customers: Mapped[int] = mapped_column(BigInteger, default=0)
    created_at: Mapped[Timestamp]

    @validates("title")
    def _fold_title(self, key: str, value: str) -> str:
        self.title_key = fold(value)
        return value


class ReviewCustomer(Tracked, Base):
    """One customer of a campaign as the brand's export gave them (personal data)."""

    __tablename__ = "review_customer"
    __personal__: ClassVar[tuple[str, ...]] = ("key", "name", "phone", "email", "order_ref")
    __table_args__ = (UniqueConstraint("campaign_id", "key", name="uq_review_customer_key"),)

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("review_campaign.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(330))  # phone, else e-mail, else "order:…"
    name: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    order_ref: Mapped[str] = mapped_column(String(200), default="")
    day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    staff: Mapped[bool] = mapped_column(Boolean, default=False)
    opted_out: Mapped[bool] = mapped_column(Boolean, default=False)
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False)
    # When a later customers' file turned consent from yes to no, or marked them staff (None: the
    # first file said so): the review gating check counts such a change after a survey answer.
    consent_withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    staff_marked_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    file_row: Mapped[int] = mapped_column(BigInteger, default=0)
    imported_at: Mapped[Timestamp]


class ReviewWave(Tracked, Base):
    """A wave as it was prepared: when, how many got a request and how many not, and the filters."""

    __tablename__ = "review_wave"
    __table_args__ = (UniqueConstraint("campaign_id", "number", name="uq_review_wave_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("review_campaign.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(BigInteger)  # 1, 2, … within the campaign
    prepared_on: Mapped[dt.date] = mapped_column(Date)
    prepared_at: Mapped[Timestamp]
    channel: Mapped[str] = mapped_column(String(20))
    platforms: Mapped[str] = mapped_column(String(200))
    requests: Mapped[int] = mapped_column(BigInteger, default=0)
    not_asked: Mapped[int] = mapped_column(BigInteger, default=0)
    filters: Mapped[str] = mapped_column(Text, default="")  # JSON of the date filters applied
    incentive: Mapped[str] = mapped_column(String(500), default="")  # "" always for a public wave
    # JSON: the survey's respondents asked and not asked per score group ("" before migration 0012)
    score_groups: Mapped[str] = mapped_column(Text, default="", server_default="")


class ReviewRequest(Tracked, Base):
    """One request of a wave (who got what and when) and what came back."""

    __tablename__ = "review_request"
    __personal__: ClassVar[tuple[str, ...]] = ("contact", "text", "link", "review_link")

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("review_wave.id", ondelete="CASCADE"), index=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("review_campaign.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_customer.id", ondelete="SET NULL"), nullable=True, index=True
    )
    number: Mapped[int] = mapped_column(BigInteger)  # 0 the first request, 1–3 a reminder
    due: Mapped[dt.date] = mapped_column(Date)
    sent_on: Mapped[dt.date] = mapped_column(Date)
    channel: Mapped[str] = mapped_column(String(20))
    contact: Mapped[str] = mapped_column(String(330), default="")  # personal: blanked on erasure
    text: Mapped[str] = mapped_column(Text, default="")  # personal: blanked on erasure
    link: Mapped[str] = mapped_column(String(600), default="")  # the short link; blanked on erasure
    delivered: Mapped[bool] = mapped_column(Boolean, default=False)
    clicked: Mapped[bool] = mapped_column(Boolean, default=False)
    review_platform: Mapped[str] = mapped_column(String(20), default="")  # "" while no review
    stars: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    review_link: Mapped[str] = mapped_column(Text, default="")
    review_day: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ReviewNotAsked(Base):
    """A customer of a wave who got no request, and why (the compliance log's other half)."""

    __tablename__ = "review_not_asked"

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    wave_id: Mapped[int] = mapped_column(ForeignKey("review_wave.id", ondelete="CASCADE"), index=True)
    customer_id: Mapped[int | None] = mapped_column(
        ForeignKey("review_customer.id", ondelete="SET NULL"), nullable=True, index=True
    )
    reason: Mapped[str] = mapped_column(String(20))
    due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ReviewAnswer(Tracked, Base):
    """One answer of a survey export: NPS and CSAT, when, by which channel; its follow-up mention."""

    __tablename__ = "review_answer"
    __personal__: ClassVar[tuple[str, ...]] = ("respondent", "order_ref", "comment")

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("review_campaign.id", ondelete="CASCADE"), index=True)
    answered_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    channel: Mapped[str] = mapped_column(String(40), default="")
    nps: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    csat: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    respondent: Mapped[str] = mapped_column(String(330), default="")  # personal: blanked on erasure
    order_ref: Mapped[str] = mapped_column(String(200), default="")  # personal: blanked on erasure
    comment: Mapped[str] = mapped_column(Text, default="")  # personal: blanked on erasure
    mention_id: Mapped[int | None] = mapped_column(
        ForeignKey("mention.id", ondelete="SET NULL"), nullable=True, index=True
    )
    file_row: Mapped[int] = mapped_column(BigInteger, default=0)
    imported_at: Mapped[Timestamp]


class ReviewRating(Tracked, Base):
    """A platform's rating as the brand's page showed it on a day (typed by the planner)."""

    __tablename__ = "review_rating"
    __table_args__ = (UniqueConstraint("client_id", "platform", "day", name="uq_review_rating_day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    day: Mapped[dt.date] = mapped_column(Date)
    rating: Mapped[Decimal] = mapped_column(PercentType)  # hundredths: 4,7 is 470
