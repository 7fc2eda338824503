"""Placements carried out after approval: payments, publication proof, metrics, campaign KPIs."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import BigInteger, Date, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, deferred, mapped_column

from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import MoneyType, PercentType, Timestamp


class Placement(Tracked, Base):
    """One publication to carry out: a placement line of quantity 3 in an approved estimate is three.

    The influencer, format and amounts are copied from the line, as the estimate's lines copy them
    from the base, so the record stays what was agreed whatever later changes.
    """

    __tablename__ = "placement"
    __table_args__ = (UniqueConstraint("estimate_id", "line_key", "sequence", name="uq_placement_line"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    estimate_id: Mapped[int] = mapped_column(ForeignKey("estimate.id"), index=True)
    version_id: Mapped[int] = mapped_column(ForeignKey("estimate_version.id"))  # the approved version
    line_key: Mapped[str] = mapped_column(String(32))
    sequence: Mapped[int] = mapped_column(Integer)  # 1 … the line's quantity
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True, index=True)
    format_id: Mapped[int | None] = mapped_column(ForeignKey("format.id"), nullable=True)
    influencer_name: Mapped[str] = mapped_column(String(200), default="")
    platform: Mapped[str] = mapped_column(String(40), default="")
    handle: Mapped[str] = mapped_column(String(200), default="")
    format_title: Mapped[str] = mapped_column(String(200), default="")
    slot_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(20), default="planned")
    responsible: Mapped[str] = mapped_column(String(200), default="")
    fee: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)  # what the blogger gets
    cost: Mapped[Decimal] = mapped_column(MoneyType)  # the client's net for this publication
    reach_forecast: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    views_forecast: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    agreed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    payment_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    published_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    url: Mapped[str] = mapped_column(String(1000), default="", index=True)
    erid: Mapped[str] = mapped_column(String(100), default="")
    ad_label: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]
    updated_at: Mapped[Timestamp]


class Payment(Tracked, Base):
    """Money paid to a blogger: for one placement, or for the influencer within a campaign."""

    __tablename__ = "payment"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id"), index=True)
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"), nullable=True, index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), nullable=True)
    payee: Mapped[str] = mapped_column(String(200), default="")
    paid_on: Mapped[dt.date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(MoneyType)
    kind: Mapped[str] = mapped_column(String(20))
    method: Mapped[str] = mapped_column(String(40), default="")
    document: Mapped[str] = mapped_column(String(100), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[Timestamp]


class Screenshot(Tracked, Base):
    """A screenshot kept as proof of a publication, inside the database file."""

    __tablename__ = "screenshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"), index=True)
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    thumbnail: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[Timestamp]


class PublicationMetric(Tracked, Base):
    """One figure of a publication with where it came from and when it was taken."""

    __tablename__ = "publication_metric"
    __table_args__ = (UniqueConstraint("placement_id", "metric", name="uq_publication_metric"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"), index=True)
    metric: Mapped[str] = mapped_column(String(20))
    value: Mapped[int] = mapped_column(BigInteger)  # a count; revenue in kopecks
    source: Mapped[str] = mapped_column(String(20))
    captured_on: Mapped[dt.date] = mapped_column(Date)


class KpiTarget(Tracked, Base):
    """A campaign's target for one KPI (reach, CPM, ROMI…)."""

    __tablename__ = "kpi_target"
    __table_args__ = (UniqueConstraint("campaign_id", "metric", name="uq_kpi_target"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(ForeignKey("campaign.id", ondelete="CASCADE"), index=True)
    metric: Mapped[str] = mapped_column(String(20))
    plan: Mapped[Decimal] = mapped_column(PercentType)  # any value with two decimals, as hundredths
