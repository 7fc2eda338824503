"""Agency-wide defaults that travel with the database file: VAT rate, agency fee, currency."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import round_to
from smmdesk.domain.text import QT_TRANSLATE_NOOP

# 22 % is the Russian VAT rate since 2026-01-01. It is only the default of a setting: each
# estimate stores the rate it was made with.
DEFAULT_VAT_RATE = Decimal("22")
DEFAULT_AGENCY_FEE = Decimal("15")
DEFAULT_CURRENCY = "RUB"


@dataclass(frozen=True)
class AgencySettings:
    agency_name: str = ""
    vat_rate: Decimal = DEFAULT_VAT_RATE
    agency_fee: Decimal = DEFAULT_AGENCY_FEE
    currency: str = DEFAULT_CURRENCY

    def validated(self) -> AgencySettings:
        for name, value in (("vat_rate", self.vat_rate), ("agency_fee", self.agency_fee)):
            if not Decimal(0) <= value <= Decimal(100):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A percentage must be between 0 and 100."), field=name
                )
            if value != round_to(value, 2):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "A percentage has at most two decimals."), field=name
                )
        if not re.fullmatch(r"[A-Z]{3}", self.currency):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A currency is a three-letter ISO code such as RUB."),
                field="currency",
            )
        return self


MAX_BACKUPS_KEPT = 100


def valid_backups_kept(text: str) -> int:
    """How many backups to keep, as typed: a whole number from 1 to 100, else refused."""
    typed = text.strip()
    if not typed.isdigit() or not 1 <= int(typed) <= MAX_BACKUPS_KEPT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Keep from 1 to {most} backups: {text} will not do."),
            field="backups_kept",
            most=MAX_BACKUPS_KEPT,
            text=text,
        )
    return int(typed)
