"""Clients, campaigns, estimates with their versions and lines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import MoneyType, PercentType, Timestamp, UtcDateTime


class Client(Tracked, Base):
    __tablename__ = "client"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    legal_name: Mapped[str] = mapped_column(String(300), default="")
    inn: Mapped[str] = mapped_column(String(12), default="")
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]


class Campaign(Tracked, Base):
    __tablename__ = "campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(300))
    period_from: Mapped[dt.date] = mapped_column(Date)
    period_to: Mapped[dt.date] = mapped_column(Date)
    goal: Mapped[str] = mapped_column(Text, default="")
    brief: Mapped[str] = mapped_column(Text, default="")
    budget_limit: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    created_at: Mapped[Timestamp]

    client: Mapped[Client] = relationship()


class Estimate(Tracked, Base):
    """An estimate of a campaign; its content lives in versions."""

    __tablename__ = "estimate"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    title: Mapped[str] = mapped_column(String(300), default="")
    created_at: Mapped[Timestamp]

    versions: Mapped[list[EstimateVersion]] = relationship(
        back_populates="estimate", order_by="EstimateVersion.number", cascade="all, delete-orphan"
    )


class EstimateVersion(Tracked, Base):
    """One version: a draft is edited; once sent it is frozen, and a change makes the next draft."""

    __tablename__ = "estimate_version"
    __table_args__ = (UniqueConstraint("estimate_id", "number", name="uq_estimate_version_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    estimate_id: Mapped[int] = mapped_column(ForeignKey("estimate.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(20), default="draft")
    agency_fee_pct: Mapped[Decimal] = mapped_column(PercentType)
    vat_mode: Mapped[str] = mapped_column(String(20))
    vat_rate: Mapped[Decimal] = mapped_column(PercentType)
    currency: Mapped[str] = mapped_column(String(3), default="RUB")
    created_at: Mapped[Timestamp]
    sent_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    decided_by: Mapped[str] = mapped_column(String(200), default="")
    decision_comment: Mapped[str] = mapped_column(Text, default="")

    estimate: Mapped[Estimate] = relationship(back_populates="versions")
    lines: Mapped[list[EstimateLine]] = relationship(
        back_populates="version", order_by="EstimateLine.position", cascade="all, delete-orphan"
    )


class EstimateLine(Tracked, Base):
    """A placement (account × format × date) or another cost. Figures are copied when the line is
    made, so a sent version keeps what the client saw whatever later happens to the base."""

    __tablename__ = "estimate_line"

    id: Mapped[int] = mapped_column(primary_key=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("estimate_version.id", ondelete="CASCADE"), index=True)
    # The same line across versions shares a key: that is how two versions are compared.
    line_key: Mapped[str] = mapped_column(String(32))
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True, index=True)
    format_id: Mapped[int | None] = mapped_column(ForeignKey("format.id"), nullable=True)
    planned_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    quantity: Mapped[int] = mapped_column(Integer, default=1)
    unit_price: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    discount_pct: Mapped[Decimal] = mapped_column(PercentType, default=Decimal(0))
    contractor_fee: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    influencer_name: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(40), default="")
    handle: Mapped[str] = mapped_column(String(200), default="")
    tax_status: Mapped[str] = mapped_column(String(20), default="")
    followers: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    views: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    version: Mapped[EstimateVersion] = relationship(back_populates="lines")
