"""One influencer: its card, person fields, tags, accounts and terms with their price history."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import parse_handle, profile_url
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.models import Account, Influencer, InfluencerTag, Platform, PriceChange, Tag, Terms
from smmdesk.storage.types import utc_now


@dataclass(frozen=True)
class TermsInfo:
    format_id: int
    price: Decimal | None
    price_note: str
    included: str
    prepayment_pct: Decimal | None
    product: str
    exclusivity: str
    agreed_on: dt.date | None


@dataclass(frozen=True)
class PriceChangeInfo:
    format_id: int
    old_price: Decimal | None
    new_price: Decimal | None
    changed_at: dt.datetime
    source: str


@dataclass(frozen=True)
class AccountInfo:
    id: int
    platform: str
    handle: str
    url: str
    followers: int | None
    er: Decimal | None
    avg_reach: int | None
    avg_views: int | None
    terms: tuple[TermsInfo, ...] = ()
    history: tuple[PriceChangeInfo, ...] = ()


@dataclass(frozen=True)
class InfluencerDetail:
    id: int
    values: dict[str, Any]  # the editable person fields (rules.INFLUENCER_FIELDS)
    tags: tuple[str, ...]
    accounts: tuple[AccountInfo, ...]
    archived: bool
    created_at: dt.datetime
    updated_at: dt.datetime
    changed_by: str = ""  # who last changed the person, and when (for a refused edit)
    changed_at: dt.datetime | None = None


def detail(session: Session, influencer_id: int) -> InfluencerDetail:
    person = session.get_one(Influencer, influencer_id)
    tag_names = tuple(
        session.scalars(
            select(Tag.name)
            .join(InfluencerTag, InfluencerTag.tag_id == Tag.id)
            .where(InfluencerTag.influencer_id == influencer_id)
            .order_by(Tag.name)
        )
    )
    accounts = []
    for account in person.accounts:
        terms = tuple(
            TermsInfo(
                t.format_id,
                t.price,
                t.price_note,
                t.included,
                t.prepayment_pct,
                t.product,
                t.exclusivity,
                t.agreed_on,
            )
            for t in sorted(account.terms, key=lambda t: t.format_id)
        )
        history = tuple(
            PriceChangeInfo(h.format_id, h.old_price, h.new_price, h.changed_at, h.source)
            for h in session.scalars(
                select(PriceChange)
                .where(PriceChange.account_id == account.id)
                .order_by(PriceChange.id.desc())
            )
        )
        accounts.append(
            AccountInfo(
                account.id,
                account.platform,
                account.handle,
                account.url,
                account.followers,
                account.er,
                account.avg_reach,
                account.avg_views,
                terms,
                history,
            )
        )
    values = {name: getattr(person, name) for name in rules.INFLUENCER_FIELDS}
    return InfluencerDetail(
        person.id, values, tag_names, tuple(accounts), person.archived, person.created_at, person.updated_at,
        person.changed_by, person.changed_at,
    )  # fmt: skip


def _check_account_free(session: Session, platform: str, handle: str, own_id: int | None = None) -> None:
    taken = session.scalar(select(Account.id).where(Account.platform == platform, Account.handle == handle))
    if taken is not None and taken != own_id:
        owner = session.scalar(select(Influencer.name).join(Account).where(Account.id == taken))
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{platform} account {handle} is already in the base ({name})."),
            field="handle",
            platform=platform,
            handle=handle,
            name=owner or "",
        )


def _account_key(session: Session, platform: str, handle_text: str) -> tuple[str, str, str]:
    if session.get(Platform, platform) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown platform: {text}"), field="platform", text=platform
        )
    parsed = parse_handle(handle_text)
    if parsed is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Not an account name or profile link: {text}"),
            field="handle",
            text=handle_text,
        )
    return platform, parsed.handle, parsed.url or profile_url(platform, parsed.handle)


def create_influencer(
    session: Session, name: str, platform: str | None = None, handle: str = "", **values: Any
) -> int:
    """A new person, with a first account when a platform and handle are given; `values` may hold
    the person's fields and the account's (followers, ER, reach, views, link)."""
    account_values = {k: values.pop(k) for k in list(values) if k in rules.ACCOUNT_FIELDS}
    clean = rules.validated(rules.INFLUENCER_FIELDS, {"name": name, **values})
    person = Influencer(**{"status": rules.RelationStatus.NEW.value, "tax_status": "", **clean})
    session.add(person)
    session.flush()
    if platform:
        add_account(session, person.id, platform, handle, **account_values)
    return person.id


def update_influencer(session: Session, influencer_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Applies validated changes; returns the previous values (for undo)."""
    clean = rules.validated(rules.INFLUENCER_FIELDS, changes)
    person = session.get_one(Influencer, influencer_id)
    old = {name: getattr(person, name) for name in clean}
    if (
        clean.get("status")
        and clean["status"] != rules.RelationStatus.BLACKLIST
        and "blacklist_reason" not in clean
    ):
        old["blacklist_reason"] = person.blacklist_reason
        clean["blacklist_reason"] = ""
    for name, value in clean.items():
        setattr(person, name, value)
    person.updated_at = utc_now()
    return old


def set_tags(session: Session, influencer_id: int, tags: Iterable[str]) -> tuple[str, ...]:
    """Replaces the person's tags; returns the previous ones."""
    old = detail_tags(session, influencer_id)
    wanted = rules.split_tags(", ".join(tags))
    session.execute(delete(InfluencerTag).where(InfluencerTag.influencer_id == influencer_id))
    for tag_id in _tag_ids(session, wanted).values():
        session.add(InfluencerTag(influencer_id=influencer_id, tag_id=tag_id))
    session.execute(update(Influencer).where(Influencer.id == influencer_id).values(updated_at=utc_now()))
    return old


def detail_tags(session: Session, influencer_id: int) -> tuple[str, ...]:
    query = select(Tag.name).join(InfluencerTag, InfluencerTag.tag_id == Tag.id)
    return tuple(
        session.scalars(query.where(InfluencerTag.influencer_id == influencer_id).order_by(Tag.name))
    )


def _tag_ids(session: Session, names: Iterable[str]) -> dict[str, int]:
    names = list(dict.fromkeys(names))
    if not names:
        return {}
    found = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
    for name in names:
        if name not in found:
            tag = Tag(name=name)
            session.add(tag)
            session.flush()
            found[name] = tag.id
    return found


def add_account(session: Session, influencer_id: int, platform: str, handle: str, **values: Any) -> int:
    platform, normalized, url = _account_key(session, platform, handle)
    _check_account_free(session, platform, normalized)
    clean = rules.validated(rules.ACCOUNT_FIELDS, values)
    account = Account(
        influencer_id=influencer_id, platform=platform, handle=normalized, **{"url": url, **clean}
    )
    session.add(account)
    session.flush()
    return account.id


def update_account(session: Session, account_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    account = session.get_one(Account, account_id)
    old: dict[str, Any] = {}
    changes = dict(changes)
    if "platform" in changes or "handle" in changes:
        platform, handle, url = _account_key(
            session, changes.pop("platform", account.platform), changes.pop("handle", account.handle)
        )
        _check_account_free(session, platform, handle, account_id)
        old.update(platform=account.platform, handle=account.handle)
        account.platform, account.handle = platform, handle
        if "url" not in changes and url != account.url:
            old["url"] = account.url
            account.url = url
    clean = rules.validated(rules.ACCOUNT_FIELDS, changes)
    for name, value in clean.items():
        old.setdefault(name, getattr(account, name))
        setattr(account, name, value)
    session.execute(
        update(Influencer).where(Influencer.id == account.influencer_id).values(updated_at=utc_now())
    )
    return old


def set_terms(
    session: Session, account_id: int, format_id: int, changes: dict[str, Any], *, source: str = "edit"
) -> dict[str, Any] | None:
    """Creates or changes the terms of an account for a format; a price change is kept in history.

    Returns the previous values, or None when the terms did not exist before.
    """
    clean = rules.validated(rules.TERMS_FIELDS, changes)
    terms = session.scalar(select(Terms).where(Terms.account_id == account_id, Terms.format_id == format_id))
    old: dict[str, Any] | None
    if terms is None:
        old = None
        terms = Terms(
            account_id=account_id, format_id=format_id, price_note="", included="", product="", exclusivity=""
        )
        session.add(terms)
        previous_price = None
    else:
        old = {name: getattr(terms, name) for name in clean}
        previous_price = terms.price
    for name, value in clean.items():
        setattr(terms, name, value)
    # A first price is not a change; its date is in the terms. Changes of a price are kept.
    if "price" in clean and previous_price is not None and clean["price"] != previous_price:
        session.add(
            PriceChange(
                account_id=account_id,
                format_id=format_id,
                old_price=previous_price,
                new_price=clean["price"],
                source=source,
            )
        )
    influencer_id = session.scalar(select(Account.influencer_id).where(Account.id == account_id))
    session.execute(update(Influencer).where(Influencer.id == influencer_id).values(updated_at=utc_now()))
    return old


def remove_terms(session: Session, account_id: int, format_id: int) -> None:
    session.execute(delete(Terms).where(Terms.account_id == account_id, Terms.format_id == format_id))


def restore_terms(
    session: Session, account_id: int, format_id: int, previous: dict[str, Any] | None
) -> None:
    """Undo of `set_terms`: the earlier values come back, and the price history forgets the change
    that is undone (it is the newest entry for the account and format)."""
    if previous is None:
        remove_terms(session, account_id, format_id)  # a first price made no history entry
        return
    terms = session.scalar(select(Terms).where(Terms.account_id == account_id, Terms.format_id == format_id))
    if terms is None:
        return
    if "price" in previous and previous["price"] != terms.price:
        newest = session.scalar(
            select(PriceChange)
            .where(PriceChange.account_id == account_id, PriceChange.format_id == format_id)
            .order_by(PriceChange.id.desc())
            .limit(1)
        )
        if newest is not None and newest.new_price == terms.price and newest.old_price == previous["price"]:
            session.delete(newest)
    for name, value in previous.items():
        setattr(terms, name, value)
