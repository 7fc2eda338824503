"""Use cases of clients, campaigns and estimates: the lines, versions, approval and comparison.

A draft version is edited; a sent, approved or rejected one is frozen. Editing an estimate whose
latest version is frozen first makes a new draft that copies it (`editable_version`).
"""

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
from smmdesk.domain.estimate_view import LineView, VersionRef, VersionView
from smmdesk.domain.plan import PlanEntry
from smmdesk.domain.settings import AgencySettings
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services import placements
from smmdesk.storage.models import (
    Account,
    Campaign,
    Client,
    Estimate,
    EstimateLine,
    EstimateVersion,
    Format,
    Influencer,
    Terms,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

# --- estimates and versions ---


@dataclass(frozen=True)
class EstimateInfo:
    id: int
    campaign_id: int
    title: str
    versions: tuple[VersionRef, ...]

    @property
    def latest(self) -> VersionRef:
        return self.versions[-1]


def create_estimate(session: Session, campaign_id: int, title: str, settings: AgencySettings) -> int:
    """A new estimate with an empty first draft; its VAT rate and fee are copied from the settings."""
    session.get_one(Campaign, campaign_id)
    estimate = Estimate(campaign_id=campaign_id, title=title.strip())
    session.add(estimate)
    session.flush()
    session.add(
        EstimateVersion(
            estimate_id=estimate.id,
            number=1,
            status=rules.VersionStatus.DRAFT.value,
            agency_fee_pct=settings.agency_fee,
            vat_mode=rules.VatMode.ON_TOP.value,
            vat_rate=settings.vat_rate,
            currency=settings.currency,
        )
    )
    session.flush()
    return estimate.id


def delete_estimate(session: Session, estimate_id: int) -> None:
    """Removes an estimate whose only version is an empty draft (the undo of making one)."""
    estimate = session.get_one(Estimate, estimate_id)
    if len(estimate.versions) > 1 or any(
        v.lines or v.status != rules.VersionStatus.DRAFT for v in estimate.versions
    ):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The estimate has lines or versions; it is kept."))
    session.delete(estimate)


def list_estimates(session: Session, campaign_id: int) -> list[EstimateInfo]:
    estimates = session.scalars(
        select(Estimate).where(Estimate.campaign_id == campaign_id).order_by(Estimate.id)
    )
    return [
        EstimateInfo(
            e.id, e.campaign_id, e.title, tuple(VersionRef(v.id, v.number, v.status) for v in e.versions)
        )
        for e in estimates
    ]


def latest_version(session: Session, estimate_id: int) -> int:
    query = select(EstimateVersion.id).where(EstimateVersion.estimate_id == estimate_id)
    found = session.scalar(query.order_by(EstimateVersion.number.desc()).limit(1))
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no estimate number {id}."), id=estimate_id
        )
    return found


def latest_approved(session: Session, estimate_id: int) -> int | None:
    return session.scalar(
        select(EstimateVersion.id)
        .where(
            EstimateVersion.estimate_id == estimate_id,
            EstimateVersion.status == rules.VersionStatus.APPROVED.value,
        )
        .order_by(EstimateVersion.number.desc())
        .limit(1)
    )


def version_by_number(session: Session, estimate_id: int, number: int) -> int:
    found = session.scalar(
        select(EstimateVersion.id).where(
            EstimateVersion.estimate_id == estimate_id, EstimateVersion.number == number
        )
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Estimate {id} has no version {number}."),
            id=estimate_id,
            number=number,
        )
    return found


def load_version(session: Session, version_id: int) -> VersionView:
    version = session.get_one(EstimateVersion, version_id)
    estimate = version.estimate
    camp = session.get_one(Campaign, estimate.campaign_id)
    client = session.get_one(Client, camp.client_id)
    lines = load_version_lines(session, version_id)
    accounts = {line.account_id for line in lines if line.account_id}
    blacklisted = (
        frozenset(
            session.scalars(
                select(Account.id)
                .join(Influencer, Influencer.id == Account.influencer_id)
                .where(
                    Account.id.in_(accounts),
                    Influencer.status == influencer_rules.RelationStatus.BLACKLIST.value,
                )
            )
        )
        if accounts
        else frozenset()
    )
    return VersionView(
        estimate.id, version.id, version.number, version.status, estimate.title, version.agency_fee_pct,
        version.vat_mode, version.vat_rate, version.currency, camp.id, camp.name, camp.period_from,
        camp.period_to, camp.budget_limit, client.name, client.legal_name, version.created_at,
        version.sent_at, version.decided_at, version.decided_by, version.decision_comment, lines,
        tuple(VersionRef(v.id, v.number, v.status) for v in estimate.versions), blacklisted,
    )  # fmt: skip


def _draft(session: Session, version_id: int) -> EstimateVersion:
    # Locked on a server: a version being sent meanwhile is seen as sent, never edited after.
    version = session.get_one(EstimateVersion, version_id, with_for_update=True, populate_existing=True)
    if version.status != rules.VersionStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Version {number} was sent to the client and is frozen; changes go to a new version.",
            ),
            number=version.number,
        )
    return version


def editable_version(session: Session, estimate_id: int) -> tuple[int, bool]:
    """The draft to edit: the latest version if it is a draft, else a new draft copying it.

    Returns (version id, whether it was just made). The estimate is locked first on a server, so
    two planners changing a sent version at once make one new draft, not two.
    """
    session.get_one(Estimate, estimate_id, with_for_update=True, populate_existing=True)
    latest = session.get_one(EstimateVersion, latest_version(session, estimate_id))
    if latest.status == rules.VersionStatus.DRAFT:
        return latest.id, False
    draft = EstimateVersion(
        estimate_id=estimate_id,
        number=latest.number + 1,
        status=rules.VersionStatus.DRAFT.value,
        agency_fee_pct=latest.agency_fee_pct,
        vat_mode=latest.vat_mode,
        vat_rate=latest.vat_rate,
        currency=latest.currency,
    )
    session.add(draft)
    session.flush()
    columns = [c.key for c in EstimateLine.__table__.columns if c.key not in ("id", "version_id")]
    rows = [
        {**{k: getattr(line, k) for k in columns}, "version_id": draft.id}
        for line in session.scalars(select(EstimateLine).where(EstimateLine.version_id == latest.id))
    ]
    if rows:
        session.execute(insert(EstimateLine), rows)
    return draft.id, True


def drop_version(session: Session, version_id: int) -> None:
    """Undo of making a new draft: removes it (only a draft can go)."""
    _draft(session, version_id)
    session.execute(delete(EstimateVersion).where(EstimateVersion.id == version_id))


def update_settings(session: Session, version_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    version = _draft(session, version_id)
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key == "agency_fee_pct":
            clean[key] = rules.valid_rate(Decimal(value), key)
        elif key == "vat_rate":
            clean[key] = rules.valid_rate(Decimal(value), key)
        elif key == "vat_mode":
            clean[key] = rules.VatMode(value).value
        elif key == "currency":
            clean[key] = AgencySettings(currency=str(value).upper()).validated().currency
        else:
            raise KeyError(key)
    old = {k: getattr(version, k) for k in clean}
    for k, v in clean.items():
        setattr(version, k, v)
    _check_total_size(session, version_id)
    return old


def _check_total_size(session: Session, version_id: int) -> None:
    """Refuses (the caller's transaction then stores nothing) a version whose line or total passes
    what a spreadsheet holds to the kopeck (estimate.check_total_size)."""
    version = session.get_one(EstimateVersion, version_id)
    rows = session.execute(
        select(EstimateLine.quantity, EstimateLine.unit_price, EstimateLine.discount_pct).where(
            EstimateLine.version_id == version_id
        )
    ).all()
    amounts = [
        rules.LineAmounts(quantity, price or Decimal(0), discount or Decimal(0))
        for quantity, price, discount in rows
    ]
    rules.check_total_size(amounts, version.agency_fee_pct, version.vat_mode, version.vat_rate)


# --- lines ---

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
    _check_total_size(session, version_id)
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
    _check_total_size(session, version_id)
    return line.id


def update_line(session: Session, line_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    line = session.get_one(EstimateLine, line_id)
    _draft(session, line.version_id)
    clean = _clean_line(changes)
    old = {k: getattr(line, k) for k in clean}
    for k, v in clean.items():
        setattr(line, k, v)
    session.flush()
    _check_total_size(session, line.version_id)
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
        _check_total_size(session, version_id)
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


# --- approval ---


def send_to_client(session: Session, version_id: int) -> None:
    version = _draft(session, version_id)
    lines = session.scalars(select(EstimateLine).where(EstimateLine.version_id == version_id)).all()
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An empty estimate cannot be sent."))
    missing = [line for line in lines if line.unit_price is None]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} lines have no price yet; type the prices in before sending."
            ),
            count=len(missing),
        )
    version.status = rules.VersionStatus.SENT.value
    version.sent_at = utc_now()


def decide(
    session: Session,
    version_id: int,
    approved: bool,
    who: str,
    comment: str = "",
    decided_on: dt.date | None = None,
) -> placements.SyncChange | None:
    """Records the client's decision (today, or on `decided_on`: a letter read a day late);
    an approved version's placement lines become placements."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "approve or reject an estimate"))
    version = session.get_one(EstimateVersion, version_id, with_for_update=True, populate_existing=True)
    if version.status != rules.VersionStatus.SENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only a version sent to the client can be approved or rejected.")
        )
    if not who.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say who decided on the client's side."), field="who"
        )
    version.status = (rules.VersionStatus.APPROVED if approved else rules.VersionStatus.REJECTED).value
    version.decided_at = rules.decision_time(decided_on, utc_now())
    version.decided_by = who.strip()
    version.decision_comment = comment.strip()
    return placements.sync_from_version(session, version_id) if approved else None


def reopen(session: Session, version_id: int, previous: dict[str, Any]) -> None:
    """Undo of sending or deciding: puts the version back as it was."""
    version = session.get_one(EstimateVersion, version_id)
    for key, value in previous.items():
        setattr(version, key, value)


def workflow_state(session: Session, version_id: int) -> dict[str, Any]:
    version = session.get_one(EstimateVersion, version_id)
    return {
        k: getattr(version, k) for k in ("status", "sent_at", "decided_at", "decided_by", "decision_comment")
    }


@dataclass(frozen=True)
class WorkflowChange:
    """A step of sending or deciding, with what undo puts back."""

    before: dict[str, Any]
    sync: placements.SyncChange | None  # what approval did to the placements


def change_workflow(session: Session, version_id: int, action: Any, *args: Any) -> WorkflowChange:
    before = workflow_state(session, version_id)
    result = action(session, version_id, *args)
    return WorkflowChange(before, result if isinstance(result, placements.SyncChange) else None)


def undo_workflow(session: Session, version_id: int, change: WorkflowChange) -> None:
    if change.sync:
        placements.revert_sync(session, change.sync)
    reopen(session, version_id, change.before)


def placement_accounts(session: Session) -> set[int]:
    """Accounts that any estimate uses (they are archived, not deleted)."""
    return set(
        session.scalars(
            select(EstimateLine.account_id).where(EstimateLine.account_id.is_not(None)).distinct()
        )
    )


# --- edits of "the estimate": made in its draft, which is created when the latest version is frozen ---


@dataclass(frozen=True)
class DraftEdit:
    """What an edit did: in which version, whether that version was just made, and the undo data."""

    version_id: int
    made: bool
    value: Any


def in_draft(session: Session, estimate_id: int, action: Any, *args: Any, **kwargs: Any) -> DraftEdit:
    """Runs `action(session, version_id, *args)` on the estimate's draft (made if needed)."""
    version_id, made = editable_version(session, estimate_id)
    return DraftEdit(version_id, made, action(session, version_id, *args, **kwargs))


def undo_in_draft(session: Session, edit: DraftEdit, undo: Any, *args: Any) -> None:
    """Undoes an `in_draft` edit: a draft it made is dropped whole; otherwise `undo` reverses it."""
    if edit.made:
        drop_version(session, edit.version_id)
    else:
        undo(session, edit.version_id, edit.value, *args)


def _line_by_key(session: Session, version_id: int, key: str) -> EstimateLine:
    line = session.scalar(
        select(EstimateLine).where(EstimateLine.version_id == version_id, EstimateLine.line_key == key)
    )
    if line is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The line is no longer in the estimate."))
    return line


def update_line_by_key(
    session: Session, version_id: int, key: str, changes: dict[str, Any]
) -> dict[str, Any]:
    return update_line(session, _line_by_key(session, version_id, key).id, changes)


def restore_line_by_key(session: Session, version_id: int, old: dict[str, Any], key: str) -> None:
    update_line(session, _line_by_key(session, version_id, key).id, old)


def delete_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> LinesSnapshot:
    ids = [_line_by_key(session, version_id, key).id for key in keys]
    return delete_lines(session, ids)


def restore_deleted(session: Session, version_id: int, snapshot: LinesSnapshot) -> None:
    restore_lines(session, snapshot)


def duplicate_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> list[int]:
    return duplicate_lines(session, [_line_by_key(session, version_id, key).id for key in keys])


def remove_lines(session: Session, version_id: int, line_ids: Sequence[int]) -> None:
    """Undo of adding or duplicating lines."""
    delete_lines(session, line_ids)


def reorder_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> list[int]:
    ids = [_line_by_key(session, version_id, key).id for key in keys]
    return reorder(session, version_id, ids)


def restore_order(session: Session, version_id: int, previous: list[int]) -> None:
    reorder(session, version_id, previous)


def restore_settings(session: Session, version_id: int, old: dict[str, Any]) -> None:
    update_settings(session, version_id, old)


def line_views(session: Session, version_id: int, keys: Sequence[str]) -> list[LineView]:
    """Fresh snapshots of a few lines (after an edit), without reloading the whole version."""
    return list(load_version_lines(session, version_id, keys))


def load_version_lines(
    session: Session, version_id: int, keys: Sequence[str] | None = None
) -> tuple[LineView, ...]:
    titles = dict(session.execute(select(Format.id, Format.title)).all())
    query = select(EstimateLine).where(EstimateLine.version_id == version_id)
    if keys is not None:
        query = query.where(EstimateLine.line_key.in_(list(keys)))
    rows = session.scalars(query.order_by(EstimateLine.position))
    return tuple(
        LineView(
            line.id, line.line_key, line.position, line.kind, line.account_id, line.format_id,
            titles.get(line.format_id or 0, ""), line.planned_date, line.title, line.quantity,
            line.unit_price, line.discount_pct, line.contractor_fee, line.influencer_name, line.platform,
            line.handle, line.tax_status, line.followers, line.reach, line.views, line.notes,
        )
        for line in rows
    )  # fmt: skip


def campaign_plan_entries(session: Session, campaign_id: int) -> list[PlanEntry]:
    """The placements of a campaign for its plan: the latest version of each of its estimates."""
    entries = []
    for estimate in list_estimates(session, campaign_id):
        version = estimate.latest
        entries += [PlanEntry(estimate.id, line) for line in load_version_lines(session, version.id)]
    return entries


def move_placements(
    session: Session, version_id: int, keys: Sequence[str], day: dt.date | None
) -> dict[str, Any]:
    """Sets the planned date of lines (a drag in the plan); returns each line's previous date."""
    previous = {}
    for key in keys:
        line = _line_by_key(session, version_id, key)
        previous[key] = line.planned_date
        line.planned_date = day
    return previous


def restore_dates(session: Session, version_id: int, previous: dict[str, Any], *_: Any) -> None:
    for key, day in previous.items():
        _line_by_key(session, version_id, key).planned_date = day
