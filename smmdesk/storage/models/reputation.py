"""The Репутация section per brand (a client): its settings, mentions and the work around them, the
query library, the service choice and the query tester's marks.

Mentions are the large table (500,000 of them): one row each, with the services that saw it in
`mention_sighting`. A mention is found again by its normalized link through `link_key` (a hash, so
that a long link still fits an index on every engine) or by a service's own id. `search_text`
holds the tokens and lemmas the full-text index reads (`domain.reputation.search`): an FTS5 table
kept by triggers on a file, a GIN index over the same tokens on a server (migration 0007).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, validates

from smmdesk.domain.text import fold
from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import PercentType, Timestamp, UtcDateTime

# Ids of the large tables: 64-bit on a server; on a file SQLite's own rowid (an INTEGER primary
# key), which the full-text index is keyed by.
BigId = BigInteger().with_variant(Integer(), "sqlite")


class ReputationBrand(Tracked, Base):
    """A brand's parameters for choosing the service, its zone, working hours and the chosen service."""

    __tablename__ = "reputation_brand"

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), unique=True)
    mentions_per_day: Mapped[int] = mapped_column(BigInteger, default=0)
    # Hours, kept as hundredths like a percentage (0,5 h is 50).
    response_hours: Mapped[Decimal] = mapped_column(PercentType, default=Decimal(24))
    regions: Mapped[str] = mapped_column(String(200), default="RU")  # comma-separated codes
    languages: Mapped[str] = mapped_column(String(200), default="ru")
    scope: Mapped[str] = mapped_column(String(20), default="whole_web")
    zone: Mapped[str] = mapped_column(String(60), default="Europe/Moscow")
    working_hours: Mapped[bool] = mapped_column(Boolean, default=False)
    chosen_service: Mapped[str] = mapped_column(String(60), default="")
    chosen_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ReputationSla(Tracked, Base):
    """One cell of a brand's SLA table: hours to answer for a severity in a kind of channel."""

    __tablename__ = "reputation_sla"
    __table_args__ = (UniqueConstraint("client_id", "severity", "channel", name="uq_reputation_sla_cell"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    severity: Mapped[str] = mapped_column(String(2))
    channel: Mapped[str] = mapped_column(String(10))
    hours: Mapped[Decimal] = mapped_column(PercentType)  # hundredths of an hour


class ReputationRung(Tracked, Base):
    """One level of a brand's escalation ladder, with its approver and their backup."""

    __tablename__ = "reputation_rung"
    __table_args__ = (UniqueConstraint("client_id", "level", name="uq_reputation_rung_level"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    level: Mapped[str] = mapped_column(String(2))
    approver: Mapped[str] = mapped_column(String(200))
    backup: Mapped[str] = mapped_column(String(200))


# The columns the mentions queue filters on besides its order (migration 0011 indexes them).
QUEUE_FILTERED = ("status", "sentiment_set", "sentiment", "source_kind", "category", "first_reply_at")


class Mention(Tracked, Base):
    """One mention of a brand as the program keeps it, and the work of answering it."""

    __tablename__ = "mention"
    __table_args__ = (
        Index("ix_mention_client_link", "client_id", "link_key"),
        # The queue's two orders, each with every column it filters on (read from the index alone).
        Index("ix_mention_queue_deadline", "client_id", "deadline_at", *QUEUE_FILTERED, "published_at"),
        Index("ix_mention_queue_published", "client_id", "published_at", "deadline_at", *QUEUE_FILTERED),
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"))
    link: Mapped[str] = mapped_column(Text, default="")  # normalized; '' when no service gave one
    link_key: Mapped[str] = mapped_column(String(32), default="")  # its hash; '' without a link
    published_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    collected_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)  # first seen
    text: Mapped[str] = mapped_column(Text, default="")
    author_name: Mapped[str] = mapped_column(String(300), default="")
    author_handle: Mapped[str] = mapped_column(String(300), default="")
    author_link: Mapped[str] = mapped_column(Text, default="")
    author_followers: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    place: Mapped[str] = mapped_column(String(500), default="")
    source_kind: Mapped[str] = mapped_column(String(20), default="other")
    language: Mapped[str] = mapped_column(String(20), default="")
    sentiment: Mapped[str] = mapped_column(String(10), default="unknown")  # as the services said
    sentiment_raw: Mapped[str] = mapped_column(String(100), default="")
    sentiment_set: Mapped[str] = mapped_column(String(10), default="")  # the planner's correction
    engagement: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    tags: Mapped[str] = mapped_column(Text, default="")  # ", "-separated
    search_text: Mapped[str] = deferred(mapped_column(Text, default="", nullable=False))
    category: Mapped[str] = mapped_column(String(20), default="")
    severity: Mapped[str] = mapped_column(String(2), default="")
    status: Mapped[str] = mapped_column(String(20), default="new")
    deadline_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    responsible: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(2), default="")
    first_reply_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    imported_at: Mapped[Timestamp]


class MentionSighting(Base):
    """One service's record of a mention: its id there, the link as it wrote it, when it collected it."""

    __tablename__ = "mention_sighting"
    __table_args__ = (
        Index("ix_mention_sighting_service_id", "service_key", "external_id"),
        Index("ix_mention_sighting_mention_service", "mention_id", "service_key"),  # the service filter
    )

    id: Mapped[int] = mapped_column(BigId, primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(100), default="")
    service_key: Mapped[str] = mapped_column(String(100), default="")  # folded: 'brandanalytics'
    external_id: Mapped[str] = mapped_column(String(200), default="")
    link_raw: Mapped[str] = mapped_column(Text, default="")
    collected_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    sentiment_raw: Mapped[str] = mapped_column(String(100), default="")
    file_row: Mapped[int] = mapped_column(BigInteger, default=0)
    imported_at: Mapped[Timestamp]


class MentionReply(Tracked, Base):
    """A reply the brand gave to a mention, and when."""

    __tablename__ = "mention_reply"

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id", ondelete="CASCADE"), index=True)
    text: Mapped[str] = mapped_column(Text)
    replied_at: Mapped[dt.datetime] = mapped_column(UtcDateTime)
    responder: Mapped[str] = mapped_column(String(200), default="")
    template: Mapped[str] = mapped_column(String(100), default="")


class MentionComplaint(Tracked, Base):
    """A complaint to a platform about a mention (a review), with its evidence and outcome."""

    __tablename__ = "mention_complaint"

    id: Mapped[int] = mapped_column(primary_key=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str] = mapped_column(Text)
    evidence_link: Mapped[str] = mapped_column(Text, default="")
    evidence_time: Mapped[dt.datetime | None] = mapped_column(UtcDateTime, nullable=True)
    filed_on: Mapped[dt.date] = mapped_column(Date)
    outcome: Mapped[str] = mapped_column(String(20), default="pending")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")


class ComplaintScreenshot(Tracked, Base):
    """A screenshot kept as evidence of a complaint, inside the database (as placements keep theirs)."""

    __tablename__ = "complaint_screenshot"

    id: Mapped[int] = mapped_column(primary_key=True)
    complaint_id: Mapped[int] = mapped_column(
        ForeignKey("mention_complaint.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(300))
    media_type: Mapped[str] = mapped_column(String(40))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size: Mapped[int] = mapped_column(BigInteger)
    data: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    thumbnail: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_at: Mapped[Timestamp]


class _Named:
    """A record of the library found by its name whatever its case (`name_key`, folded)."""

    __folded__: ClassVar[dict[str, str]] = {"name_key": "name"}

    @validates("name")
    def _fold_name(self, key: str, value: str) -> str:
        self.name_key = fold(value)
        return value


class ReputationQuery(_Named, Tracked, Base):
    """A monitoring query of a brand's library: its text form, its purpose."""

    __tablename__ = "reputation_query"
    __table_args__ = (UniqueConstraint("client_id", "name_key", name="uq_reputation_query_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    purpose: Mapped[str] = mapped_column(String(20), default="brand")
    text: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")


class ReputationList(_Named, Tracked, Base):
    """A named list reused across a brand's queries (`{бренд}`): entries one per line."""

    __tablename__ = "reputation_list"
    __table_args__ = (UniqueConstraint("client_id", "name_key", name="uq_reputation_list_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    entries: Mapped[str] = mapped_column(Text)


class ReputationTemplate(_Named, Tracked, Base):
    """A reply template of the brand's own playbook (beside the built-in ones)."""

    __tablename__ = "reputation_template"
    __table_args__ = (UniqueConstraint("client_id", "name_key", name="uq_reputation_template_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), default="")
    category: Mapped[str] = mapped_column(String(20), default="")  # '' for any category
    text: Mapped[str] = mapped_column(Text)
    holding: Mapped[bool] = mapped_column(Boolean, default=False)


class ReputationScore(Tracked, Base):
    """The planner's score of a service on one criterion, with its source and date."""

    __tablename__ = "reputation_score"
    __table_args__ = (UniqueConstraint("client_id", "service", "criterion", name="uq_reputation_score_cell"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    service: Mapped[str] = mapped_column(String(60))
    criterion: Mapped[str] = mapped_column(String(20))
    value: Mapped[int | None] = mapped_column(Integer, nullable=True)  # 1–5; None: not known
    source: Mapped[str] = mapped_column(Text, default="")
    on_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ReputationWeight(Tracked, Base):
    """The planner's weight of a criterion for a brand, with its source and date."""

    __tablename__ = "reputation_weight"
    __table_args__ = (UniqueConstraint("client_id", "criterion", name="uq_reputation_weight_criterion"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id"), index=True)
    criterion: Mapped[str] = mapped_column(String(20))
    value: Mapped[Decimal] = mapped_column(PercentType)
    source: Mapped[str] = mapped_column(Text, default="")
    on_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class ReputationMark(Tracked, Base):
    """The planner's mark of a mention a query found: relevant or not (the tester's sample)."""

    __tablename__ = "reputation_mark"
    __table_args__ = (UniqueConstraint("query_id", "mention_id", name="uq_reputation_mark"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    query_id: Mapped[int] = mapped_column(ForeignKey("reputation_query.id", ondelete="CASCADE"), index=True)
    mention_id: Mapped[int] = mapped_column(ForeignKey("mention.id", ondelete="CASCADE"), index=True)
    relevant: Mapped[bool] = mapped_column(Boolean)
    marked_at: Mapped[Timestamp]
