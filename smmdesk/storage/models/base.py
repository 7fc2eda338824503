"""Declarative base with a naming convention, so batch migrations can name every constraint; and
the columns every edited record carries (its version, who made it, who changed it last and when)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Integer, MetaData, String, literal_column
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

from smmdesk.storage.types import UtcDateTime, current_user, utc_now

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Tracked:
    """An edited record: `row_version` is SQLAlchemy's version counter (an UPDATE over a version
    someone else has since written matches no row and is refused), and who created and last
    changed it, and when. The user is the connection's (`storage.tracking`)."""

    # Core UPDATE statements bump it too (the ORM sets it itself).
    row_version: Mapped[int] = mapped_column(
        Integer, default=1, server_default="1", onupdate=literal_column("row_version + 1")
    )
    created_by: Mapped[str] = mapped_column(String(100), default=current_user, server_default="")
    changed_by: Mapped[str] = mapped_column(
        String(100), default=current_user, onupdate=current_user, server_default=""
    )
    changed_at: Mapped[dt.datetime | None] = mapped_column(
        UtcDateTime, nullable=True, default=utc_now, onupdate=utc_now
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.row_version}  # type: ignore[attr-defined]
