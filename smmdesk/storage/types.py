"""Column types: money as integer kopecks read as Decimal, timestamps as UTC."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator

from smmdesk.domain.money import from_kopecks, to_kopecks


class MoneyType(TypeDecorator[Decimal]):
    """Stores Decimal roubles as integer kopecks; SQLite has no decimal type."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_kopecks(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_kopecks(int(value))


class PercentType(TypeDecorator[Decimal]):
    """A percentage such as 22 or 4.65, stored as hundredths of a percent in an integer."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        hundredths = Decimal(value) * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"{value} %: at most two decimals")
        return int(hundredths)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(int(value)) / 100).quantize(Decimal("0.01"))


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Aware UTC datetimes in, aware UTC datetimes out, whatever the engine stores."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else value.replace(tzinfo=dt.UTC)


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


Money = Annotated[Decimal, mapped_column(MoneyType)]
MoneyOrNone = Annotated[Decimal | None, mapped_column(MoneyType, nullable=True)]
Percent = Annotated[Decimal, mapped_column(PercentType)]
Timestamp = Annotated[dt.datetime, mapped_column(UtcDateTime, default=utc_now)]
ShortText = Annotated[str, mapped_column(String(200), default="")]
LongText = Annotated[str, mapped_column(Text, default="")]
