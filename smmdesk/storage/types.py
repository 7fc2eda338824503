"""Column types: money as 64-bit integer kopecks read as Decimal, counts as 64-bit integers, UTC times.

PostgreSQL's `Integer` is 32-bit: 21 474 836,47 ₽ in kopecks, or a view count of 2^31, would not
fit; money, percentages kept as hundredths and counts are `BigInteger` on every engine.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import BigInteger, DateTime, String, Text
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator

from smmdesk.domain.money import from_kopecks, round_to, to_kopecks


class MoneyType(TypeDecorator[Decimal]):
    """Stores Decimal roubles as integer kopecks; SQLite has no decimal type."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        return to_kopecks(Decimal(value))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else from_kopecks(int(value))


class PercentType(TypeDecorator[Decimal]):
    """A percentage such as 22 or 4.65, stored as hundredths of a percent in an integer."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        hundredths = Decimal(value) * 100
        if hundredths != hundredths.to_integral_value():
            raise ValueError(f"{value} %: at most two decimals")
        return int(hundredths)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else round_to(Decimal(int(value)) / 100, 2)  # exact: hundredths


class ScaledType(TypeDecorator[Decimal]):
    """A decimal with a fixed number of places stored as a whole number of its smallest unit in a
    64-bit integer: hours as hundredths, a KPI's figures as ten-thousandths. More places than it
    keeps are refused (the services round first, to what they show)."""

    impl = BigInteger
    cache_ok = True

    def __init__(self, places: int) -> None:
        super().__init__()
        self.places = places

    def process_bind_param(self, value: Any, dialect: Dialect) -> int | None:
        if value is None:
            return None
        scaled = Decimal(value).scaleb(self.places)
        if scaled != scaled.to_integral_value():
            raise ValueError(f"{value}: at most {self.places} decimals")
        return int(scaled)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(int(value)).scaleb(-self.places)


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


def current_user(context: Any) -> str:
    """Column default: the user of the connection (the server role, or the computer's user name)."""
    return str(context.connection.info.get("smmdesk_user", ""))


Money = Annotated[Decimal, mapped_column(MoneyType)]
MoneyOrNone = Annotated[Decimal | None, mapped_column(MoneyType, nullable=True)]
Percent = Annotated[Decimal, mapped_column(PercentType)]
Timestamp = Annotated[dt.datetime, mapped_column(UtcDateTime, default=utc_now)]
Count = Annotated[int, mapped_column(BigInteger)]
CountOrNone = Annotated[int | None, mapped_column(BigInteger, nullable=True)]
ShortText = Annotated[str, mapped_column(String(200), default="")]
LongText = Annotated[str, mapped_column(Text, default="")]
