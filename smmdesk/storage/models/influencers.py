"""Influencers (people), their accounts per platform, terms per format, and the history of prices."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import ClassVar

from sqlalchemy import BigInteger, Boolean, Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship, validates

from smmdesk.domain.text import fold
from smmdesk.storage.models.base import Base, Tracked
from smmdesk.storage.types import MoneyType, PercentType, Timestamp, UtcDateTime, utc_now


class Platform(Tracked, Base):
    """The built-in platforms and the ones the planner adds."""

    __tablename__ = "platform"

    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    title: Mapped[str] = mapped_column(String(100))
    title_key: Mapped[str] = mapped_column(String(100), unique=True)  # folded: one "Telegram" however written
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    @validates("title")
    def _fold_title(self, key: str, value: str) -> str:
        self.title_key = fold(value)
        return value


class Format(Tracked, Base):
    """A format of placement: the four built-in ones and the planner's own (story, reels, …)."""

    __tablename__ = "format"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    title_key: Mapped[str] = mapped_column(String(200), unique=True)  # folded: "Сторис" is "сторис"
    builtin: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)
    archived: Mapped[bool] = mapped_column(Boolean, default=False)

    @validates("title")
    def _fold_title(self, key: str, value: str) -> str:
        self.title_key = fold(value)
        return value


class Tag(Tracked, Base):
    __tablename__ = "tag"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)


class InfluencerTag(Base):
    __tablename__ = "influencer_tag"

    influencer_id: Mapped[int] = mapped_column(
        ForeignKey("influencer.id", ondelete="CASCADE"), primary_key=True
    )
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id", ondelete="CASCADE"), primary_key=True)


class Influencer(Tracked, Base):
    """A person; the platforms are on their accounts."""

    __tablename__ = "influencer"
    # Core inserts (storage.bulk) fold the name into its key; the ORM uses the validator below.
    __folded__: ClassVar[dict[str, str]] = {"name_key": "name"}

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), index=True)  # the first screen is the first names
    name_key: Mapped[str] = mapped_column(String(200), index=True, default="")  # folded, to find by name
    city: Mapped[str] = mapped_column(String(200), default="")
    topics: Mapped[str] = mapped_column(String(500), default="")
    status: Mapped[str] = mapped_column(String(20), default="new")
    blacklist_reason: Mapped[str] = mapped_column(String(500), default="")
    tax_status: Mapped[str] = mapped_column(String(20), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    messenger: Mapped[str] = mapped_column(String(200), default="")
    audience_geo: Mapped[str] = mapped_column(String(500), default="")
    audience_age: Mapped[str] = mapped_column(String(200), default="")
    audience_female_pct: Mapped[Decimal | None] = mapped_column(PercentType, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[Timestamp]
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    accounts: Mapped[list[Account]] = relationship(
        back_populates="influencer", cascade="all, delete-orphan", order_by="Account.id"
    )

    @validates("name")
    def _fold_name(self, key: str, value: str) -> str:
        self.name_key = fold(value)
        return value


class Account(Tracked, Base):
    """One account of an influencer on one platform; the handle is normalized, the URL as given."""

    __tablename__ = "account"
    __table_args__ = (UniqueConstraint("platform", "handle", name="uq_account_platform_handle"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    influencer_id: Mapped[int] = mapped_column(ForeignKey("influencer.id", ondelete="CASCADE"), index=True)
    platform: Mapped[str] = mapped_column(ForeignKey("platform.code"))
    handle: Mapped[str] = mapped_column(String(200))
    url: Mapped[str] = mapped_column(String(500), default="")
    followers: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    er: Mapped[Decimal | None] = mapped_column(PercentType, nullable=True)
    avg_reach: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    avg_views: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    created_at: Mapped[Timestamp]
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    influencer: Mapped[Influencer] = relationship(back_populates="accounts")
    terms: Mapped[list[Terms]] = relationship(back_populates="account", cascade="all, delete-orphan")


class Terms(Tracked, Base):
    """The agreed terms for one account and one format: price, what is included, conditions."""

    __tablename__ = "terms"
    __table_args__ = (UniqueConstraint("account_id", "format_id", name="uq_terms_account_format"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    format_id: Mapped[int] = mapped_column(ForeignKey("format.id"))
    price: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    # A price written as a word ("договорная", "по запросу") is kept here, the price left empty.
    price_note: Mapped[str] = mapped_column(String(200), default="")
    included: Mapped[str] = mapped_column(Text, default="")
    prepayment_pct: Mapped[Decimal | None] = mapped_column(PercentType, nullable=True)
    product: Mapped[str] = mapped_column(String(20), default="")
    exclusivity: Mapped[str] = mapped_column(String(500), default="")
    agreed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now, onupdate=utc_now)

    account: Mapped[Account] = relationship(back_populates="terms")


class PriceChange(Base):
    """Every change of a price in the terms, so the planner sees what it was and when."""

    __tablename__ = "price_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"), index=True)
    format_id: Mapped[int] = mapped_column(ForeignKey("format.id"))
    old_price: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    new_price: Mapped[Decimal | None] = mapped_column(MoneyType, nullable=True)
    changed_at: Mapped[Timestamp]
    source: Mapped[str] = mapped_column(String(40), default="edit")


class SavedView(Tracked, Base):
    """A named filter + sort + columns of a table window."""

    __tablename__ = "saved_view"
    __table_args__ = (UniqueConstraint("window", "name", name="uq_saved_view_window_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    window: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)


class ImportMapping(Tracked, Base):
    """A saved column mapping for imports: header text → field."""

    __tablename__ = "import_mapping"
    __table_args__ = (UniqueConstraint("kind", "name", name="uq_import_mapping_kind_name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(String(200))
    payload: Mapped[str] = mapped_column(Text)
