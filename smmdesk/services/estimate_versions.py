"""Estimates and their versions: create, list, load, the draft that edits go to, the settings."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from smmdesk.domain import estimate as rules
from smmdesk.domain import influencers as influencer_rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate_view import LineView, VersionRef, VersionView
from smmdesk.domain.settings import AgencySettings
from smmdesk.domain.text import QT_TRANSLATE_NOOP, text_limit_error
from smmdesk.storage.models import (
    Account,
    Campaign,
    Client,
    Estimate,
    EstimateLine,
    EstimateVersion,
    Format,
    Influencer,
)


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
    estimate = Estimate(campaign_id=campaign_id, title=checked_title(session, campaign_id, title))
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


def rename_estimate(session: Session, estimate_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Gives an estimate its name (`{"title": …}`); returns the old one (the undo)."""
    estimate = session.get_one(Estimate, estimate_id)
    title = checked_title(session, estimate.campaign_id, changes.get("title", ""), estimate_id)
    old = {"title": estimate.title}
    estimate.title = title
    return old


def checked_title(session: Session, campaign_id: int, typed: str, estimate_id: int | None = None) -> str:
    """An estimate's name as stored: never empty and never another estimate's of the same campaign,
    so that two are never alike in the tree."""
    title = " ".join(str(typed).split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The estimate needs a name."), field="title")
    if len(title) > 300:
        raise text_limit_error("title", 300, len(title))
    taken = session.scalar(
        select(Estimate.id).where(
            Estimate.campaign_id == campaign_id, Estimate.title == title, Estimate.id != estimate_id
        )
    )
    if taken is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The campaign already has an estimate «{title}»."),
            field="title",
            title=title,
        )
    return title


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
    check_total_size(session, version_id)
    return old


def check_total_size(session: Session, version_id: int) -> None:
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
