"""The lines of an estimate version: placements and costs added, edited, deleted, copied, reordered."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import estimate as rules
from smmdesk.domain import influencers as influencer_rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services.estimate_versions import _draft, check_total_size
from smmdesk.storage.models import Account, EstimateLine, EstimateVersion, Format, Influencer, Terms

LINE_FIELDS = (
    "title",
    "format_id",
    "planned_date",
    "quantity",
    "unit_price",
    "discount_pct",
    "contractor_fee",
    "notes",
)


def _clean_line(changes: dict[str, Any]) -> dict[str, Any]:
    clean = dict(changes)
    for key in clean:
        if key not in LINE_FIELDS:
            raise KeyError(key)
    if "quantity" in clean:
        clean["quantity"] = rules.valid_quantity(int(clean["quantity"]))
    if "discount_pct" in clean:
        clean["discount_pct"] = rules.valid_discount(Decimal(clean["discount_pct"] or 0))
    if "unit_price" in clean:
        clean["unit_price"] = rules.valid_unit_price(clean["unit_price"])
    if "contractor_fee" in clean:
        clean["contractor_fee"] = rules.valid_unit_price(clean["contractor_fee"])
    if "title" in clean:
        clean["title"] = clean_text(str(clean["title"])).strip()
    return clean


def _next_position(session: Session, version_id: int) -> int:
    # The version's lock keeps two planners adding lines at once from taking one position.
    session.get_one(EstimateVersion, version_id, with_for_update=True, populate_existing=True)
    return (
        session.scalar(select(func.max(EstimateLine.position)).where(EstimateLine.version_id == version_id))
        or 0
    ) + 1


def new_key() -> str:
    return uuid.uuid4().hex


def add_placements(
    session: Session,
    version_id: int,
    account_ids: Sequence[int],
    format_id: int,
    planned_date: dt.date | None,
) -> list[int]:
    """A line per account; the unit price is copied from the account's terms for the format.

    Blacklisted influencers are refused with their names. An account with no price for the
    format still gets its line, with the price empty and flagged until it is typed in.
    """
    _draft(session, version_id)
    session.get_one(Format, format_id)
    rows = session.execute(
        select(Account, Influencer)
        .join(Influencer, Influencer.id == Account.influencer_id)
        .where(Account.id.in_(list(account_ids)))
    ).all()
    blacklisted = sorted(
        person.name for _, person in rows if person.status == influencer_rules.RelationStatus.BLACKLIST
    )
    if blacklisted:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Blacklisted influencers cannot be placed: {names}."),
            field="account",
            names=", ".join(blacklisted),
        )
    prices = dict(
        session.execute(
            select(Terms.account_id, Terms.price).where(
                Terms.account_id.in_(list(account_ids)), Terms.format_id == format_id
            )
        ).all()
    )
    position = _next_position(session, version_id)
    by_id = {account.id: (account, person) for account, person in rows}
    created = []
    for account_id in account_ids:
        account, person = by_id[account_id]
        price = prices.get(account_id)
        created.append(EstimateLine(
            version_id=version_id, line_key=new_key(), position=position, kind=rules.LineKind.PLACEMENT.value,
            account_id=account.id, format_id=format_id, planned_date=planned_date, title="", quantity=1,
            unit_price=price, discount_pct=Decimal(0), contractor_fee=price, influencer_name=person.name,
            platform=account.platform, handle=account.handle, tax_status=person.tax_status,
            followers=account.followers, reach=account.avg_reach, views=account.avg_views,
        ))  # fmt: skip
        position += 1
    session.add_all(created)
    session.flush()
    check_total_size(session, version_id)
    return [line.id for line in created]


def add_cost(
    session: Session, version_id: int, title: str, quantity: int = 1, unit_price: Decimal | None = None
) -> int:
    _draft(session, version_id)
    clean = _clean_line({"title": title, "quantity": quantity, "unit_price": unit_price})
    if not clean["title"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say what the cost is for."), field="title")
    line = EstimateLine(
        version_id=version_id, line_key=new_key(), position=_next_position(session, version_id),
        kind=rules.LineKind.COST.value, discount_pct=Decimal(0), contractor_fee=clean["unit_price"], **clean,
    )  # fmt: skip
    session.add(line)
    session.flush()
    check_total_size(session, version_id)
    return line.id


def update_line(session: Session, line_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    line = session.get_one(EstimateLine, line_id)
    _draft(session, line.version_id)
    clean = _clean_line(changes)
    old = {k: getattr(line, k) for k in clean}
    for k, v in clean.items():
        setattr(line, k, v)
    session.flush()
    check_total_size(session, line.version_id)
    return old


@dataclass(frozen=True)
class LinesSnapshot:
    rows: tuple[dict[str, Any], ...]


def delete_lines(session: Session, line_ids: Sequence[int]) -> LinesSnapshot:
    lines = session.scalars(select(EstimateLine).where(EstimateLine.id.in_(list(line_ids)))).all()
    for version_id in {line.version_id for line in lines}:
        _draft(session, version_id)
    columns = [c.key for c in EstimateLine.__table__.columns]
    snapshot = LinesSnapshot(tuple({k: getattr(line, k) for k in columns} for line in lines))
    session.execute(delete(EstimateLine).where(EstimateLine.id.in_(list(line_ids))))
    return snapshot


def restore_lines(session: Session, snapshot: LinesSnapshot) -> None:
    if snapshot.rows:
        session.execute(insert(EstimateLine), list(snapshot.rows))


def duplicate_lines(session: Session, line_ids: Sequence[int]) -> list[int]:
    lines = session.scalars(
        select(EstimateLine).where(EstimateLine.id.in_(list(line_ids))).order_by(EstimateLine.position)
    ).all()
    created = []
    for line in lines:
        _draft(session, line.version_id)
        columns = [
            c.key for c in EstimateLine.__table__.columns if c.key not in ("id", "line_key", "position")
        ]
        copy = EstimateLine(
            **{k: getattr(line, k) for k in columns},
            line_key=new_key(),
            position=_next_position(session, line.version_id),
        )
        session.add(copy)
        session.flush()
        created.append(copy.id)
    for version_id in {line.version_id for line in lines}:
        check_total_size(session, version_id)
    return created


def reorder(session: Session, version_id: int, ordered_ids: Sequence[int]) -> list[int]:
    """Sets the order of the lines; returns the previous order (for undo)."""
    _draft(session, version_id)
    previous = list(
        session.scalars(
            select(EstimateLine.id)
            .where(EstimateLine.version_id == version_id)
            .order_by(EstimateLine.position)
        )
    )
    if sorted(previous) != sorted(ordered_ids):
        raise ValueError("the new order must hold exactly the version's lines")
    for position, line_id in enumerate(ordered_ids, start=1):
        session.execute(update(EstimateLine).where(EstimateLine.id == line_id).values(position=position))
    return previous
