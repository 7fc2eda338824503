"""What the influencer table leaves out and the export writes: the person's blacklist reason and
audience, and each format's terms beyond its price. Read for an export only, in two plain queries
(people, terms), so the table the window loads stays as narrow as it shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import Integer, or_, select, type_coerce
from sqlalchemy.orm import Session

from smmdesk.storage.models import Format, Influencer, Terms


@dataclass(frozen=True, slots=True)
class PersonDetails:
    blacklist_reason: str
    audience_geo: str
    audience_age: str
    audience_female_pct: int | None  # hundredths of a percent, as stored


@dataclass(frozen=True, slots=True)
class TermsDetails:
    included: str
    prepayment_pct: int | None  # hundredths of a percent, as stored
    product: str  # a `ProductTerms` value
    exclusivity: str
    agreed_on: dt.date | None


@dataclass
class ExportDetails:
    """People by influencer id; terms by account id and format code; the formats any terms name."""

    people: dict[int, PersonDetails] = field(default_factory=dict)
    terms: dict[int, dict[str, TermsDetails]] = field(default_factory=dict)
    formats: frozenset[str] = frozenset()


EMPTY_PERSON = PersonDetails("", "", "", None)
EMPTY_TERMS = TermsDetails("", None, "", "", None)


def load_export_details(session: Session) -> ExportDetails:
    """The details of the whole base; only the rows that hold something are read."""
    details = ExportDetails()
    people = select(
        Influencer.id, Influencer.blacklist_reason, Influencer.audience_geo, Influencer.audience_age,
        type_coerce(Influencer.audience_female_pct, Integer),
    ).where(
        or_(
            Influencer.blacklist_reason != "", Influencer.audience_geo != "", Influencer.audience_age != "",
            Influencer.audience_female_pct.is_not(None),
        )
    )  # fmt: skip
    for person_id, reason, geo, age, female in session.execute(people):
        details.people[person_id] = PersonDetails(reason or "", geo or "", age or "", female)
    terms = (
        select(
            Terms.account_id, Format.code, Terms.included, type_coerce(Terms.prepayment_pct, Integer),
            Terms.product, Terms.exclusivity, Terms.agreed_on,
        )
        .join(Format, Format.id == Terms.format_id)
        .where(
            or_(
                Terms.included != "", Terms.prepayment_pct.is_not(None), Terms.product != "",
                Terms.exclusivity != "", Terms.agreed_on.is_not(None),
            )
        )
    )  # fmt: skip
    codes: set[str] = set()
    for account_id, code, included, prepayment, product, exclusivity, agreed_on in session.execute(terms):
        held = TermsDetails(included or "", prepayment, product or "", exclusivity or "", agreed_on)
        details.terms.setdefault(account_id, {})[code] = held
        codes.add(code)
    details.formats = frozenset(codes)
    return details
