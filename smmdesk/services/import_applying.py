"""Applying a planned influencer import in one transaction, in chunks, with what undo needs."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.import_columns import PRICE_PREFIX
from smmdesk.domain.influencer_rows import Incoming
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.services.import_planning import ACCOUNT_FIELDS, PERSON_FIELDS, ImportPlan, Planned, Progress
from smmdesk.services.import_progress import Cancelled, steps
from smmdesk.services.import_undo import ImportChange, snapshot_rows
from smmdesk.storage.bulk import bulk_insert, insert_returning_ids
from smmdesk.storage.models import Account, Format, Influencer, InfluencerTag, PriceChange, Tag, Terms
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

CHUNK = 10000



@dataclass
class ImportResult:
    added: int
    updated: int
    skipped: int
    unchanged: int
    influencer_ids: list[int]
    change: ImportChange | None = None  # what undo and redo need (services.import_undo)


def apply_import(
    session: Session,
    plan: ImportPlan,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> ImportResult:
    """Writes the plan in the caller's transaction; raises ImportCancelled to roll it all back."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import a list"))
    with gc_paused():
        return _apply(session, plan, progress, cancelled)


def _apply(
    session: Session, plan: ImportPlan, progress: Progress | None, cancelled: Cancelled | None
) -> ImportResult:
    formats = {code: fid for code, fid in session.execute(select(Format.code, Format.id))}
    step = steps(len(plan.accounts), progress, cancelled)

    now = utc_now()
    conn = session.connection()  # Core inserts: the ORM's bulk path costs several times more
    new = [p for p in plan.accounts if p.account_id is None]
    existing = [p for p in plan.accounts if p.account_id is not None]
    changing = sorted(
        {
            p.influencer_id
            for p in existing
            if p.influencer_id is not None and (p.final_changes() or p.new_tags)
        }
    )
    change = ImportChange(list(changing), snapshot_rows(session, changing))  # before the first write
    touched: list[int] = []
    for start in range(0, len(new), CHUNK):
        chunk = new[start : start + CHUNK]
        # Accounts of one person (same name and phone or e-mail) share one influencer.
        persons: dict[Any, list[Planned]] = {}
        for p in chunk:
            persons.setdefault(person_key(p.incoming), []).append(p)
        groups = list(persons.values())
        person_ids = insert_returning_ids(
            conn, Influencer, PERSON_COLUMNS, [_person_row(group, now) for group in groups]
        )
        owner = {id(p): pid for group, pid in zip(groups, person_ids, strict=True) for p in group}
        account_rows = []
        for p in chunk:
            values = p.incoming.values
            account_rows.append(
                (
                    owner[id(p)],
                    p.incoming.platform,
                    p.incoming.handle,
                    values.get("url", ""),
                    values.get("followers"),
                    values.get("er"),
                    values.get("avg_reach"),
                    values.get("avg_views"),
                    now,
                    now,
                )
            )
        account_ids = insert_returning_ids(conn, Account, ACCOUNT_COLUMNS, account_rows)
        terms_rows = []
        for p, account_id in zip(chunk, account_ids, strict=True):
            prices, notes, terms = p.incoming.prices, p.incoming.price_notes, p.incoming.terms
            codes = [*prices, *notes, *(c for c, given in terms.items() if any(given.values()))]
            for code in dict.fromkeys(codes):
                if code in formats:
                    price, note = prices.get(code), "" if code in prices else notes.get(code, "")
                    row = _terms_row(account_id, formats[code], price, note, now, terms.get(code))
                    terms_rows.append(row)
        bulk_insert(conn, Terms, TERMS_COLUMNS, terms_rows)
        change.tags += _add_tags(
            session,
            [
                (pid, tuple(dict.fromkeys(t for p in group for t in p.incoming.tags)))
                for group, pid in zip(groups, person_ids, strict=True)
            ],
        )
        touched.extend(person_ids)
        step(len(chunk))
    added_people = list(touched)

    updated = 0
    # A person's new tags are linked once, however many of the person's accounts the file lists.
    new_tags: dict[int, dict[str, None]] = {}
    for start in range(0, len(existing), CHUNK):
        chunk = existing[start : start + CHUNK]
        for p in chunk:
            changes = p.final_changes()
            if not changes and not p.new_tags:
                continue
            assert p.account_id is not None and p.influencer_id is not None
            _apply_changes(session, p.account_id, p.influencer_id, changes, formats, now)
            new_tags.setdefault(p.influencer_id, {}).update(dict.fromkeys(p.new_tags))
            touched.append(p.influencer_id)
            updated += 1
        step(len(chunk))
    change.tags += _add_tags(session, [(pid, tuple(tags)) for pid, tags in new_tags.items()])
    change.people = added_people + change.people
    return ImportResult(len(new), updated, len(plan.skipped), len(existing) - updated, touched, change)


_NOT_DIGIT = re.compile(r"\D")


def person_key(incoming: Incoming) -> Any:
    """Rows of one person: the same name and the same phone (or e-mail). Otherwise each row is its own."""
    values = incoming.values
    name = " ".join(values.get("name", "").lower().split())
    contact = _NOT_DIGIT.sub("", values.get("phone", "")) or values.get("email", "").lower()
    return (name, contact) if name and contact else id(incoming)


NEW_STATUS = rules.RelationStatus.NEW.value
PERSON_COLUMNS = (
    "name", "city", "topics", "status", "blacklist_reason", "tax_status", "phone", "email", "messenger",
    "audience_geo", "audience_age", "audience_female_pct", "notes", "archived", "created_at", "updated_at",
)  # fmt: skip
ACCOUNT_COLUMNS = (
    "influencer_id", "platform", "handle", "url", "followers", "er", "avg_reach", "avg_views", "created_at",
    "updated_at",
)  # fmt: skip
TERMS_COLUMNS = (
    "account_id",
    "format_id",
    "price",
    "price_note",
    "included",
    "prepayment_pct",
    "product",
    "exclusivity",
    "agreed_on",
    "updated_at",
)


def _person_row(group: list[Planned], now: Any) -> tuple[Any, ...]:
    if len(group) == 1:
        values = group[0].incoming.values
    else:
        values = {}
        for planned in group:
            for key, value in planned.incoming.values.items():
                if value not in (None, "") and key not in values:
                    values[key] = value
    return (
        values.get("name") or group[0].incoming.handle,
        values.get("city", ""),
        values.get("topics", ""),
        values.get("status", NEW_STATUS),
        values.get("blacklist_reason", ""),
        values.get("tax_status", ""),
        values.get("phone", ""),
        values.get("email", ""),
        values.get("messenger", ""),
        values.get("audience_geo", ""),
        values.get("audience_age", ""),
        values.get("audience_female_pct"),
        values.get("notes", ""),
        bool(values.get("archived")),
        now,
        now,
    )


def _terms_row(
    account_id: int,
    format_id: int,
    price: Decimal | None,
    note: str,
    now: Any,
    terms: dict[str, Any] | None = None,
) -> tuple[Any, ...]:
    """A new terms row. When the file has the format's terms columns (the program's own export),
    they are taken as written; otherwise a word in place of a price is also what is included."""
    if terms is None:
        included = note if price is None and note and not humannum.is_dash(note) else ""
        terms = {"included": included}
    return (
        account_id, format_id, price, note, terms.get("included", ""), terms.get("prepayment_pct"),
        terms.get("product", ""), terms.get("exclusivity", ""), terms.get("agreed_on"), now,
    )  # fmt: skip


def _history_row(
    account_id: int, format_id: int, old: Decimal | None, new: Decimal | None, now: Any
) -> dict[str, Any]:
    return {
        "account_id": account_id,
        "format_id": format_id,
        "old_price": old,
        "new_price": new,
        "changed_at": now,
        "source": "import",
    }


def _apply_changes(
    session: Session,
    account_id: int,
    influencer_id: int,
    changes: dict[str, Any],
    formats: dict[str, int],
    now: Any,
) -> None:
    person = {k: v for k, v in changes.items() if k in PERSON_FIELDS}
    account = {k: v for k, v in changes.items() if k in ACCOUNT_FIELDS}
    if person:
        session.execute(
            update(Influencer).where(Influencer.id == influencer_id).values(**person, updated_at=now)
        )
    if account:
        session.execute(update(Account).where(Account.id == account_id).values(**account, updated_at=now))
    for key, value in changes.items():
        if key.startswith(PRICE_PREFIX) or key.startswith("note:"):
            code = key.split(":", 1)[1]
            if code not in formats:
                continue
            is_price = key.startswith(PRICE_PREFIX)
            terms = session.scalar(
                select(Terms).where(Terms.account_id == account_id, Terms.format_id == formats[code])
            )
            if terms is None:
                row = _terms_row(
                    account_id, formats[code], value if is_price else None, "" if is_price else value, now
                )
                bulk_insert(session.connection(), Terms, TERMS_COLUMNS, [row])
                old_price = None
            elif is_price:
                old_price = terms.price
                terms.price, terms.price_note, terms.updated_at = value, "", now
            else:
                terms.price_note = value
                continue
            if is_price:
                session.execute(
                    insert(PriceChange), [_history_row(account_id, formats[code], old_price, value, now)]
                )


def _add_tags(session: Session, pairs: list[tuple[int, tuple[str, ...]]]) -> list[tuple[int, str]]:
    """Links tags the influencers do not have yet (the callers pass only new ones, each person
    once); returns the tags it had to create (id, name)."""
    names = {tag for _, tags in pairs for tag in tags}
    if not names:
        return []
    ids = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
    missing = [n for n in names if n not in ids]
    created: list[tuple[int, str]] = []
    if missing:
        session.execute(insert(Tag), [{"name": n} for n in missing])
        created = [(i, n) for n, i in session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(missing)))]
        ids.update({n: i for i, n in created})
    links = {(pid, ids[tag]) for pid, tags in pairs for tag in tags}
    bulk_insert(session.connection(), InfluencerTag, ("influencer_id", "tag_id"), sorted(links))
    return created
