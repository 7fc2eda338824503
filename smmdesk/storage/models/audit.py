"""Who did what: one row per change of one field of one record (or its creation or deletion)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import BigInteger, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from smmdesk.storage.models.base import Base
from smmdesk.storage.types import UtcDateTime, utc_now


class AuditEntry(Base):
    """`action` is "create", "update" or "delete"; for an update, `field` with its old and new value
    as text. Written in the same transaction as the change, so the log and the data never disagree;
    the server's grants let planners add rows and nobody change them."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_record", "table_name", "row_id"),)

    # 64-bit on a server; on SQLite an INTEGER PRIMARY KEY (the rowid, 64-bit there anyway).
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime, default=utc_now)
    user_name: Mapped[str] = mapped_column(String(100), default="")
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(60), default="")
    old: Mapped[str | None] = mapped_column(Text, nullable=True)
    new: Mapped[str | None] = mapped_column(Text, nullable=True)
