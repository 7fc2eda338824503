"""Use cases of clients and campaigns: who the estimates are for, and for which period."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from smmdesk.domain import influencers as influencer_rules
from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.storage.models import Campaign, Client, Estimate

CLIENT_FIELDS = ("name", "legal_name", "inn", "contact_person", "email", "phone", "notes")
CAMPAIGN_FIELDS = ("client_id", "name", "period_from", "period_to", "goal", "brief", "budget_limit")


@dataclass(frozen=True)
class ClientInfo:
    id: int
    name: str
    legal_name: str
    inn: str
    contact_person: str
    email: str
    phone: str
    notes: str


@dataclass(frozen=True)
class CampaignInfo:
    id: int
    client_id: int
    client_name: str
    name: str
    period_from: dt.date
    period_to: dt.date
    goal: str
    brief: str
    budget_limit: Decimal | None
    estimates: int


def _valid_client(values: dict[str, Any]) -> dict[str, Any]:
    clean = {k: (clean_text(v).strip() if isinstance(v, str) else v) for k, v in values.items()}
    if "name" in clean and not clean["name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="name")
    inn = clean.get("inn")
    if inn and not re.fullmatch(r"\d{10}|\d{12}", inn):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An INN has 10 or 12 digits."), field="inn")
    if "email" in clean:
        clean["email"] = influencer_rules.valid_email(clean["email"])
    if "phone" in clean:
        clean["phone"] = influencer_rules.valid_phone(clean["phone"])
    return clean


def _valid_campaign(values: dict[str, Any], current: Campaign | None = None) -> dict[str, Any]:
    clean = dict(values)
    if "name" in clean:
        clean["name"] = clean_text(str(clean["name"])).strip()
        if not clean["name"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="name")
    start = clean.get("period_from", current.period_from if current else None)
    end = clean.get("period_to", current.period_to if current else None)
    if start is None or end is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A campaign needs its period."), field="period_from"
        )
    if end < start:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="period_to"
        )
    budget = clean.get("budget_limit")
    if budget is not None and budget < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A budget cannot be negative."), field="budget_limit"
        )
    limits.money(budget, "budget_limit")
    return clean


def list_clients(session: Session, search: str = "") -> list[ClientInfo]:
    clients = [
        ClientInfo(c.id, *(getattr(c, f) for f in CLIENT_FIELDS)) for c in session.scalars(select(Client))
    ]
    # Matched here, not in SQL: SQLite's LIKE folds the case of Latin letters only.
    needle = search.strip().casefold()
    found = [c for c in clients if needle in f"{c.name} {c.legal_name} {c.inn}".casefold()]
    return sorted(found, key=lambda c: c.name.casefold())


def create_client(session: Session, name: str, **values: Any) -> int:
    clean = _valid_client({"name": name, **values})
    client = Client(**clean)
    session.add(client)
    session.flush()
    return client.id


def update_client(session: Session, client_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    client = session.get_one(Client, client_id)
    clean = _valid_client(changes)
    old = {k: getattr(client, k) for k in clean}
    for k, v in clean.items():
        setattr(client, k, v)
    return old


def delete_client(session: Session, client_id: int) -> None:
    if session.scalar(select(func.count(Campaign.id)).where(Campaign.client_id == client_id)):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The client has campaigns; delete them first."))
    session.execute(delete(Client).where(Client.id == client_id))


def delete_campaign(session: Session, campaign_id: int) -> None:
    """Removes a campaign that has no estimates (the undo of making one)."""
    if session.scalar(select(func.count(Estimate.id)).where(Estimate.campaign_id == campaign_id)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The campaign has estimates; it cannot be removed.")
        )
    session.execute(delete(Campaign).where(Campaign.id == campaign_id))


def list_campaigns(session: Session, search: str = "", client_id: int | None = None) -> list[CampaignInfo]:
    counts = (
        select(Estimate.campaign_id, func.count(Estimate.id).label("n"))
        .group_by(Estimate.campaign_id)
        .subquery()
    )
    query = (
        select(Campaign, Client.name, func.coalesce(counts.c.n, 0))
        .join(Client, Client.id == Campaign.client_id)
        .outerjoin(counts, counts.c.campaign_id == Campaign.id)
        .order_by(Campaign.period_from.desc(), Campaign.name)
    )
    if client_id is not None:
        query = query.where(Campaign.client_id == client_id)
    needle = search.strip().casefold()
    return [
        CampaignInfo(
            c.id, c.client_id, client, c.name, c.period_from, c.period_to, c.goal, c.brief, c.budget_limit, n
        )
        for c, client, n in session.execute(query)
        if needle in f"{c.name} {client}".casefold()
    ]


def campaign(session: Session, campaign_id: int) -> CampaignInfo:
    found = [c for c in list_campaigns(session) if c.id == campaign_id]
    if not found:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no campaign number {id}."), id=campaign_id
        )
    return found[0]


def create_campaign(
    session: Session, client_id: int, name: str, period_from: dt.date, period_to: dt.date, **values: Any
) -> int:
    clean = _valid_campaign({"name": name, "period_from": period_from, "period_to": period_to, **values})
    session.get_one(Client, client_id)
    row = Campaign(client_id=client_id, **clean)
    session.add(row)
    session.flush()
    return row.id


def update_campaign(session: Session, campaign_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    row = session.get_one(Campaign, campaign_id)
    clean = _valid_campaign(changes, row)
    old = {k: getattr(row, k) for k in clean}
    for k, v in clean.items():
        setattr(row, k, v)
    return old
