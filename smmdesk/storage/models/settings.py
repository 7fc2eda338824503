"""Settings that travel with the database file (agency-wide defaults), as key/value text."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from smmdesk.storage.models.base import Base, Tracked


class Setting(Tracked, Base):
    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
