"""Use cases of the influencer base: load the table, create, edit, tag, delete and restore.

Every function takes a Session inside the caller's transaction, except the `*_in` helpers the
window calls, which open one transaction per user action and return what undo needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from sqlalchemy import Integer, String, case, delete, func, insert, select, type_coerce, update
from sqlalchemy.orm import Session

from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import parse_handle, profile_url
from smmdesk.domain.influencer_table import InfluencerRow, InfluencerTable
from smmdesk.domain.influencers import FormatInfo
from smmdesk.domain.text import QT_TRANSLATE_NOOP, fold
from smmdesk.gcpause import gc_paused
from smmdesk.storage.models import (
    Account,
    Base,
    Format,
    Influencer,
    InfluencerTag,
    Platform,
    PriceChange,
    Tag,
    Terms,
)
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


# --- reference data -------------------------------------------------------------------------------


def platforms(session: Session) -> list[tuple[str, str]]:
    return [
        (p.code, p.title)
        for p in session.scalars(select(Platform).order_by(Platform.position, Platform.title))
    ]


def add_platform(session: Session, title: str) -> str:
    """A platform the planner adds; its code is derived from the title."""
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="title")
    if session.scalar(select(Platform.code).where(Platform.title_key == fold(title))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A platform named {title} already exists."),
            title=title,
            field="title",
        )
    code = ("".join(ch for ch in title.lower() if ch.isalnum()) or "platform")[:30]
    existing = {p.code for p in session.scalars(select(Platform))}
    base, n = code, 1
    while code in existing:
        n += 1
        code = f"{base}{n}"
    position = (session.scalar(select(func.max(Platform.position))) or 0) + 1
    session.add(Platform(code=code, title=title, builtin=False, position=position))
    return code


def remove_platform(session: Session, code: str) -> None:
    """Takes back a platform the planner added, as long as no account uses it."""
    platform = session.get_one(Platform, code)
    if platform.builtin:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A built-in platform cannot be removed."))
    if session.scalar(select(func.count(Account.id)).where(Account.platform == code)):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Accounts use this platform; it cannot be removed.")
        )
    session.delete(platform)


def formats(session: Session, *, include_archived: bool = False) -> list[FormatInfo]:
    query = select(Format).order_by(Format.position, Format.id)
    if not include_archived:
        query = query.where(Format.archived.is_(False))
    return [FormatInfo(f.id, f.code, f.title, f.builtin, f.archived) for f in session.scalars(query)]


def add_format(session: Session, title: str) -> int:
    title = " ".join(title.split())
    if not title:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="title")
    # Compared folded (Cyrillic case included, the same on every engine); the key is unique.
    if session.scalar(select(Format.id).where(Format.title_key == fold(title))):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A format named {title} already exists."), title=title
        )
    code = "custom_" + "".join(ch if ch.isalnum() else "_" for ch in title.lower())[:40]
    while session.scalar(select(Format.id).where(Format.code == code)):
        code += "_"
    position = (session.scalar(select(func.max(Format.position))) or 0) + 1
    fmt = Format(code=code, title=title, builtin=False, position=position, archived=False)
    session.add(fmt)
    session.flush()
    return fmt.id


def update_format(
    session: Session, format_id: int, *, title: str | None = None, archived: bool | None = None
) -> dict[str, Any]:
    fmt = session.get_one(Format, format_id)
    old = {"title": fmt.title, "archived": fmt.archived}
    if title is not None:
        if fmt.builtin:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A built-in format cannot be renamed."))
        title = " ".join(title.split()) or fmt.title
        taken = select(Format.id).where(Format.title_key == fold(title), Format.id != format_id)
        if session.scalar(taken) is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A format named {title} already exists."),
                title=title,
                field="title",
            )
        fmt.title = title
    if archived is not None:
        fmt.archived = archived
    return old


# --- the table ---------------------------------------------------------------------------------------


TAG_SEPARATOR = "\x1f"
CHUNK = 10_000  # rows read at a time while loading the table
_PEOPLE_COLUMNS = (
    Influencer.id, Account.id, Influencer.name, Account.platform, Account.handle, Account.url,
    Account.followers, type_coerce(Account.er, Integer), Account.avg_reach, Account.avg_views,
    Influencer.city, Influencer.topics, Influencer.status, Influencer.tax_status, Influencer.phone,
    Influencer.email, Influencer.messenger, Influencer.notes, Influencer.archived,
    type_coerce(Influencer.updated_at, String),
)  # fmt: skip


def _build_rows(
    session: Session, format_ids: Sequence[int], influencer_ids: Sequence[int] | None
) -> list[InfluencerRow]:
    """The table's rows in three plain queries (people with accounts, prices pivoted per format by
    the engine, tags aggregated), joined here: far cheaper than one query with joined subqueries."""
    conn = session.connection()
    people = (
        select(*_PEOPLE_COLUMNS)
        .select_from(Influencer)
        .outerjoin(Account, Account.influencer_id == Influencer.id)
    )
    price = type_coerce(Terms.price, Integer)
    pivot = select(
        Terms.account_id,
        *[func.max(case((Terms.format_id == fid, price))) for fid in format_ids],
        *[func.max(case((Terms.format_id == fid, Terms.price_note))) for fid in format_ids],
    ).group_by(Terms.account_id)
    tags = (
        select(InfluencerTag.influencer_id, func.aggregate_strings(Tag.name, TAG_SEPARATOR))
        .join(Tag, Tag.id == InfluencerTag.tag_id)
        .group_by(InfluencerTag.influencer_id)
    )
    if influencer_ids is not None:
        wanted = list(influencer_ids)
        people = people.where(Influencer.id.in_(wanted))
        pivot = pivot.where(Terms.account_id.in_(select(Account.id).where(Account.influencer_id.in_(wanted))))
        tags = tags.where(InfluencerTag.influencer_id.in_(wanted))
    width = len(format_ids)
    no_prices: tuple[None, ...] = (None,) * width
    no_notes = ("",) * width
    # Values that repeat (platforms, cities, statuses, the import's timestamp, price lists) are kept
    # once: at 100,000 rows that is a good part of the table's memory. The results are read in
    # chunks and kept as plain tuples, so the peak (and the heap left behind) stays small.
    shared: dict[Any, Any] = {}
    one: Callable[[Any, Any], Any] = shared.setdefault
    prices: dict[int, tuple[tuple[int | None, ...], tuple[str, ...]]] = {}
    for chunk in conn.execute(pivot).partitions(CHUNK):
        for p in chunk:
            amounts = tuple(p[1 : width + 1])
            notes = tuple(n or "" for n in p[width + 1 :]) if any(p[width + 1 :]) else no_notes
            prices[p[0]] = (one(amounts, amounts), notes)
    tag_names = {}
    for chunk in conn.execute(tags).partitions(CHUNK):
        for influencer_id, names in chunk:
            if names:
                listed = tuple(sorted(names.split(TAG_SEPARATOR)))
                tag_names[influencer_id] = one(listed, listed)
    rows = []
    for chunk in conn.execute(people).partitions(CHUNK):
        for r in chunk:
            account_prices, notes = prices.get(r[1], (no_prices, no_notes))
            rows.append(
                InfluencerRow(
                    r[0], r[1], one(r[2], r[2]), one(r[3], r[3]) or "", r[4] or "", r[5] or "", r[6],
                    r[7], r[8], r[9], one(r[10], r[10]), one(r[11], r[11]), tag_names.get(r[0], ()),
                    one(r[12], r[12]), one(r[13], r[13]), r[14], r[15], one(r[16], r[16]), one(r[17], r[17]),
                    bool(r[18]), one(r[19], r[19]) or "", account_prices, notes,
                )
            )  # fmt: skip
    return rows


def load_table(session: Session) -> InfluencerTable:
    """Every account of every influencer, with prices per (active) format, in no particular order."""
    active = formats(session)
    with gc_paused():
        return InfluencerTable(
            _build_rows(session, [f.id for f in active], None), tuple(f.code for f in active)
        )


def load_first(session: Session, limit: int) -> InfluencerTable:
    """The first influencers by name, for the first screen while the whole table loads."""
    active = formats(session)
    first = (
        select(Influencer.id)
        .where(Influencer.archived.is_(False))
        .order_by(Influencer.name, Influencer.id)
        .limit(limit)
    )
    ids = list(session.scalars(first))
    rows = _build_rows(session, [f.id for f in active], ids)
    return InfluencerTable(rows, tuple(f.code for f in active))


def load_rows(session: Session, table: InfluencerTable, influencer_ids: Sequence[int]) -> list[InfluencerRow]:
    """Fresh rows of a few influencers, with the table's formats (after an edit)."""
    if not influencer_ids:
        return []
    by_code = {f.code: f.id for f in formats(session, include_archived=True)}
    ids = [by_code[code] for code in table.formats if code in by_code]
    rows = _build_rows(session, ids, influencer_ids)
    return sorted(rows, key=lambda row: (row.influencer_id, row.account_id or 0))


def count_influencers(session: Session) -> int:
    return session.scalar(select(func.count(Influencer.id))) or 0


def size_estimate(session: Session) -> int:
    """About how many influencers there are, from the index alone (counting 100,000 rows costs more)."""
    return session.scalar(select(func.max(Influencer.id))) or 0


# --- one influencer ------------------------------------------------------------------------------


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
        person.id, values, tag_names, tuple(accounts), person.archived, person.created_at, person.updated_at
    )


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


def restore_terms(session: Session, account_id: int, format_id: int, previous: dict[str, Any] | None) -> None:
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


# --- several at once -------------------------------------------------------------------------------


def set_status(
    session: Session, influencer_ids: Sequence[int], status: str, reason: str = ""
) -> dict[int, tuple[str, str]]:
    """Sets one status on many; returns each one's previous (status, blacklist reason)."""
    rules.valid_choice(status, rules.RelationStatus, "status")
    old = {
        row.id: (row.status, row.blacklist_reason)
        for row in session.execute(
            select(Influencer.id, Influencer.status, Influencer.blacklist_reason).where(
                Influencer.id.in_(influencer_ids)
            )
        )
    }
    reason = reason if status == rules.RelationStatus.BLACKLIST else ""
    session.execute(
        update(Influencer)
        .where(Influencer.id.in_(influencer_ids))
        .values(status=status, blacklist_reason=reason, updated_at=utc_now())
    )
    return old


def restore_statuses(session: Session, previous: dict[int, tuple[str, str]]) -> None:
    for influencer_id, (status, reason) in previous.items():
        session.execute(
            update(Influencer)
            .where(Influencer.id == influencer_id)
            .values(status=status, blacklist_reason=reason)
        )


def add_tag(session: Session, influencer_ids: Sequence[int], tag: str) -> list[int]:
    """Adds a tag to many; returns the ids that did not have it (the ones undo removes it from)."""
    (name,) = rules.split_tags(tag) or ("",)
    if not name:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The tag is empty."), field="tag")
    tag_id = _tag_ids(session, [name])[name]
    having = set(
        session.scalars(
            select(InfluencerTag.influencer_id).where(
                InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(influencer_ids)
            )
        )
    )
    gained = [i for i in influencer_ids if i not in having]
    if gained:
        session.execute(insert(InfluencerTag), [{"influencer_id": i, "tag_id": tag_id} for i in gained])
        session.execute(update(Influencer).where(Influencer.id.in_(gained)).values(updated_at=utc_now()))
    return gained


def remove_tag(session: Session, influencer_ids: Sequence[int], tag: str) -> list[int]:
    """Removes a tag from many; returns the ids that had it."""
    tag_id = session.scalar(select(Tag.id).where(Tag.name == tag.strip().lower()))
    if tag_id is None:
        return []
    had = list(
        session.scalars(
            select(InfluencerTag.influencer_id).where(
                InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(influencer_ids)
            )
        )
    )
    session.execute(
        delete(InfluencerTag).where(InfluencerTag.tag_id == tag_id, InfluencerTag.influencer_id.in_(had))
    )
    return had


# --- delete, archive, restore -------------------------------------------------------------------------

# Tables that belong to an influencer and go with it; any other table that points at an account
# (an estimate's placement line, a publication) is a reason to archive instead of delete.
_OWNED = {"influencer", "account", "terms", "price_change", "influencer_tag"}


@dataclass
class Snapshot:
    """Every row of some influencers, as stored, so a delete can be undone exactly."""

    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)

    @property
    def influencer_ids(self) -> list[int]:
        return [row["id"] for row in self.tables.get("influencer", [])]


def referenced_influencers(session: Session, influencer_ids: Sequence[int]) -> set[int]:
    """Those who are used outside the base: their accounts in estimates and placements, or the
    person in a contest."""
    account_table, person_table = Account.__table__, Influencer.__table__
    found: set[int] = set()
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is account_table:
                query = (
                    select(Account.influencer_id)
                    .join(table, fk.parent == Account.id)
                    .where(Account.influencer_id.in_(influencer_ids))
                    .distinct()
                )
                found.update(session.scalars(query))
            elif fk.column.table is person_table:
                found.update(
                    session.scalars(select(fk.parent).where(fk.parent.in_(influencer_ids)).distinct())
                )
    return found


def find_by_name(session: Session, name: str) -> int | None:
    """The influencer of that exact name (case aside); the first one when there are namesakes."""
    return session.scalar(
        select(Influencer.id).where(Influencer.name_key == fold(name)).order_by(Influencer.id).limit(1)
    )


def snapshot(session: Session, influencer_ids: Sequence[int]) -> Snapshot:
    ids = list(influencer_ids)
    accounts = select(Account.id).where(Account.influencer_id.in_(ids))
    sources = {
        "influencer": select(Influencer.__table__).where(Influencer.id.in_(ids)),
        "influencer_tag": select(InfluencerTag.__table__).where(InfluencerTag.influencer_id.in_(ids)),
        "account": select(Account.__table__).where(Account.influencer_id.in_(ids)),
        "terms": select(Terms.__table__).where(Terms.account_id.in_(accounts)),
        "price_change": select(PriceChange.__table__).where(PriceChange.account_id.in_(accounts)),
    }
    return Snapshot(
        {name: [dict(row._mapping) for row in session.execute(query)] for name, query in sources.items()}
    )


def restore_snapshot(session: Session, snap: Snapshot) -> None:
    """Puts deleted rows back with their ids (the undo of a delete)."""
    for name in ("influencer", "account", "terms", "price_change", "influencer_tag"):
        rows = snap.tables.get(name)
        if rows:
            table = Base.metadata.tables[name]
            session.execute(insert(table), rows)


@dataclass
class DeleteResult:
    deleted: Snapshot
    archived: list[int]


def delete_influencers(session: Session, influencer_ids: Sequence[int]) -> DeleteResult:
    """Deletes the given influencers; those used in estimates are archived instead, never lost."""
    ids = list(dict.fromkeys(influencer_ids))
    keep = referenced_influencers(session, ids)
    archived = [i for i in ids if i in keep]
    doomed = [i for i in ids if i not in keep]
    snap = snapshot(session, doomed)
    if doomed:
        accounts = select(Account.id).where(Account.influencer_id.in_(doomed))
        session.execute(delete(PriceChange).where(PriceChange.account_id.in_(accounts)))
        session.execute(delete(Terms).where(Terms.account_id.in_(accounts)))
        session.execute(delete(Account).where(Account.influencer_id.in_(doomed)))
        session.execute(delete(InfluencerTag).where(InfluencerTag.influencer_id.in_(doomed)))
        session.execute(delete(Influencer).where(Influencer.id.in_(doomed)))
    if archived:
        session.execute(
            update(Influencer).where(Influencer.id.in_(archived)).values(archived=True, updated_at=utc_now())
        )
    return DeleteResult(snap, archived)


def undo_delete(session: Session, result: DeleteResult) -> None:
    restore_snapshot(session, result.deleted)
    if result.archived:
        session.execute(update(Influencer).where(Influencer.id.in_(result.archived)).values(archived=False))


def set_archived(session: Session, influencer_ids: Sequence[int], archived: bool) -> None:
    session.execute(
        update(Influencer).where(Influencer.id.in_(list(influencer_ids))).values(archived=archived)
    )


def influencer_of_account(session: Session, account_id: int) -> int:
    return session.scalar(select(Account.influencer_id).where(Account.id == account_id)) or 0


def delete_account(session: Session, account_id: int) -> Snapshot:
    """Removes one account (with its terms); refused when an estimate uses it."""
    influencer_id = influencer_of_account(session, account_id)
    whole = snapshot(session, [influencer_id])
    account_table = Account.__table__
    for table in Base.metadata.sorted_tables:
        if table.name in _OWNED:
            continue
        for fk in table.foreign_keys:
            if fk.column.table is account_table and session.scalar(
                select(func.count()).select_from(table).where(fk.parent == account_id)
            ):
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This account is used in an estimate; it cannot be removed.")
                )
    part = Snapshot(
        {
            "account": [r for r in whole.tables["account"] if r["id"] == account_id],
            "terms": [r for r in whole.tables["terms"] if r["account_id"] == account_id],
            "price_change": [r for r in whole.tables["price_change"] if r["account_id"] == account_id],
        }
    )
    session.execute(delete(PriceChange).where(PriceChange.account_id == account_id))
    session.execute(delete(Terms).where(Terms.account_id == account_id))
    session.execute(delete(Account).where(Account.id == account_id))
    return part
