"""Contests (giveaways): the record, prizes, participants, draws and disqualifications."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import MoneyType, Timestamp, UtcDateTime


class Contest(Tracked, Base):
    __tablename__ = "contest"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    platform: Mapped[str] = mapped_column(String(40), default="")
    account: Mapped[str] = mapped_column(String(200), default="")  # the handle the contest runs on
    mechanics: Mapped[str] = mapped_column(String(20), default="comment")
    rules: Mapped[str] = mapped_column(Text, default="")
    starts_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ends_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    announce_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    budget: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    other_costs: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)  # promotion, delivery…
    campaign_id: Mapped[int | None] = mapped_column(ForeignKey("campaign.id"), nullable=True)
    influencer_id: Mapped[int | None] = mapped_column(ForeignKey("influencer.id"), nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    list_private: Mapped[bool] = mapped_column(Boolean, default=False)  # the protocol shows hash and count
    frozen_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    new_followers: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]


class ContestPrize(Tracked, Base):
    __tablename__ = "contest_prize"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(300))
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    value: Mapped[Decimal] = mapped_column(MoneyType)
    sponsor: Mapped[str] = mapped_column(String(200), default="")


class ContestParticipant(Tracked, Base):
    """An entry as normalized (the handle), with what was given and why it cannot win, if so."""

    __tablename__ = "contest_participant"
    __table_args__ = (UniqueConstraint("contest_id", "handle", name="uq_contest_participant"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    handle: Mapped[str] = mapped_column(String(200))
    raw: Mapped[str] = mapped_column(String(500), default="")
    ineligible: Mapped[str] = mapped_column(String(300), default="")  # the reason; empty: eligible


class ContestDraw(Tracked, Base):
    """A draw as run: the list's hash and size, the seed, the winners by place. A redraw keeps the
    earlier draws, with the reason it was needed."""

    __tablename__ = "contest_draw"

    id: Mapped[int] = mapped_column(primary_key=True)
    contest_id: Mapped[int] = mapped_column(ForeignKey("contest.id", ondelete="CASCADE"), index=True)
    seed: Mapped[str] = mapped_column(Text)
    list_hash: Mapped[str] = mapped_column(String(64))
    participants: Mapped[int] = mapped_column(BigInteger)
    places: Mapped[int] = mapped_column(Integer)
    winners: Mapped[str] = mapped_column(Text)  # one handle per line, by place
    drawn_at: Mapped[Timestamp]
    redraw_reason: Mapped[str] = mapped_column(Text, default="")
    superseded: Mapped[bool] = mapped_column(Boolean, default=False)


class ContestDisqualification(Tracked, Base):
    """A winner set aside after the draw; the draw is recomputed without them."""

    __tablename__ = "contest_disqualification"
    __table_args__ = (UniqueConstraint("draw_id", "handle", name="uq_contest_disqualification"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    draw_id: Mapped[int] = mapped_column(ForeignKey("contest_draw.id", ondelete="CASCADE"), index=True)
    handle: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    at: Mapped[Timestamp]
