"""Importing influencer lists: read, match columns, merge duplicates, preview, then one transaction.

Duplicates are accounts with the same platform and normalized handle. Inside one file a row
further down is taken as the newer one: its values win and the difference is listed as a
conflict. Against the base, empty fields are filled and a differing value is a conflict the
planner decides; by default (and always on the command line) the base keeps its value.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import _fold
from smmdesk.domain.import_columns import PRICE_PREFIX, find_header, match_header
from smmdesk.domain.influencer_rows import Conflict, Incoming, RowNote, parse_rows
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.services.import_undo import ImportChange, snapshot_rows
from smmdesk.storage.bulk import bulk_insert, insert_returning_ids
from smmdesk.storage.models import (
    Account,
    Format,
    ImportMapping,
    Influencer,
    InfluencerTag,
    Platform,
    PriceChange,
    Tag,
    Terms,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

log = logging.getLogger("smmdesk.io")

PERSON_FIELDS = ("name", "city", "topics", "phone", "email", "messenger", "tax_status", "status", "notes")
ACCOUNT_FIELDS = ("url", "followers", "er", "avg_reach", "avg_views")
TOTAL_WORDS = ("итого", "итог", "всего", "total", "totals", "сумма", "grand total")
CHUNK = 10000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The planner pressed Cancel; the transaction was rolled back."""


@dataclass
class Planned:
    incoming: Incoming
    account_id: int | None = None
    influencer_id: int | None = None
    changes: dict[str, Any] = field(default_factory=dict)  # empty base fields the file fills
    new_tags: tuple[str, ...] = ()
    conflicts: list[Conflict] = field(default_factory=list)  # with the base

    @property
    def action(self) -> str:
        if self.account_id is None:
            return "add"
        accepted = any(c.take_incoming for c in self.conflicts)
        return "update" if self.changes or self.new_tags or accepted else "same"

    def final_changes(self) -> dict[str, Any]:
        return {**self.changes, **{c.field: c.incoming for c in self.conflicts if c.take_incoming}}


@dataclass
class ImportPlan:
    source: str
    sheet: str
    sheets: list[str]
    header_row: int | None
    mapping: dict[int, str]
    headers: list[str]
    accounts: list[Planned] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    data_rows: int = 0

    def count(self, action: str) -> int:
        return sum(1 for p in self.accounts if p.action == action)

    @property
    def added(self) -> int:
        return self.count("add")

    @property
    def updated(self) -> int:
        return self.count("update")


@dataclass
class ImportResult:
    added: int
    updated: int
    skipped: int
    unchanged: int
    influencer_ids: list[int]
    change: ImportChange | None = None  # what undo and redo need (services.import_undo)


# --- reading and matching -------------------------------------------------------------------------


def format_titles(session: Session) -> dict[str, str]:
    return {
        f.code: f.title
        for f in session.scalars(select(Format).where(Format.archived.is_(False)).order_by(Format.position))
    }


def platform_aliases(session: Session) -> dict[str, str]:
    return {_fold(p.title): p.code for p in session.scalars(select(Platform))}


def open_file(path: Path, sheet: str | None = None, progress: Progress | None = None) -> TableFile:
    return read_table(path, sheet, progress)


def guess_mapping(table: TableFile, titles: dict[str, str]) -> tuple[int | None, dict[int, str]]:
    header = find_header(table.rows, titles)
    if header is None:
        return None, {}
    return header, match_header(table.rows[header], titles)


# --- planning against the base --------------------------------------------------------------------------


def plan_import(
    session: Session,
    table: TableFile,
    header_row: int | None = None,
    mapping: dict[int, str] | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """What an import would do, computed without writing anything."""
    titles = format_titles(session)
    if mapping is None or header_row is None:
        guessed_header, guessed = guess_mapping(table, titles)
        header_row = guessed_header if header_row is None else header_row
        mapping = guessed if mapping is None else mapping
    headers = list(table.rows[header_row]) if header_row is not None else []
    plan = ImportPlan(str(table.path), table.sheet, table.sheets, header_row, dict(mapping), headers)
    if header_row is None or "handle" not in mapping.values():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No header row with an account column was found in {name}. Choose the columns by hand.",
            ),
            name=table.path.name,
        )
    data = table.rows[header_row + 1 :]
    plan.data_rows = sum(1 for row in data if any(row))
    if plan.data_rows == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} has a header but no rows to import."), name=table.path.name
        )
    aliases = platform_aliases(session)
    known_platforms = {p for (p,) in session.execute(select(Platform.code))}
    with gc_paused():
        parsed = parse_rows(data, header_row + 2, mapping, aliases, known_platforms)
    plan.skipped, plan.warnings, plan.conflicts = parsed.skipped, parsed.warnings, parsed.conflicts
    _flag_foreign_rows(plan, table)
    _flag_nul_cells(plan, table)
    if progress:
        progress(len(data), len(data))
    _against_base(session, plan, parsed.accounts)
    return plan


ENCODING_NAMES = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1251": "Windows-1251"}


def _flag_foreign_rows(plan: ImportPlan, table: TableFile) -> None:
    """Rows written in another encoding than the rest of the file were read in their own; the
    preview lists each for the planner to check."""
    for index, encoding in sorted(table.foreign.items()):
        if plan.header_row is not None and index > plan.header_row:
            plan.warnings.append(
                RowNote(
                    index + 1,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "this row is in {encoding}, the rest of the file in {file}: it was read as "
                        "{encoding}; check it",
                    ),
                    {
                        "encoding": ENCODING_NAMES.get(encoding, encoding),
                        "file": ENCODING_NAMES.get(table.encoding, table.encoding),
                    },
                    " | ".join(c for c in table.rows[index] if c),
                )
            )
    plan.warnings.sort(key=lambda note: note.row)


def _flag_nul_cells(plan: ImportPlan, table: TableFile) -> None:
    """A NUL byte in a cell (a broken export leaves them) was removed; the report names the row and
    the column, so the planner can check that cell."""
    header = table.rows[plan.header_row] if plan.header_row is not None else []
    for index, column in table.nul_cells:
        if plan.header_row is None or index <= plan.header_row:
            continue
        title = header[column] if column < len(header) and header[column] else str(column + 1)
        plan.warnings.append(
            RowNote(
                index + 1,
                QT_TRANSLATE_NOOP(
                    "Errors", "a NUL byte (an invisible broken character) was removed from column {column}"
                ),
                {"column": title},
                " | ".join(c for c in table.rows[index] if c),
            )
        )
    plan.warnings.sort(key=lambda note: note.row)


def _base_values(session: Session, account_ids: list[int]) -> dict[int, dict[str, Any]]:
    found: dict[int, dict[str, Any]] = {}
    for start in range(0, len(account_ids), 500):
        chunk = account_ids[start : start + 500]
        query = (
            select(Account, Influencer)
            .join(Influencer, Influencer.id == Account.influencer_id)
            .where(Account.id.in_(chunk))
        )
        for account, person in session.execute(query):
            values = {name: getattr(person, name) for name in PERSON_FIELDS}
            values.update({name: getattr(account, name) for name in ACCOUNT_FIELDS})
            values["_influencer_id"] = person.id
            found[account.id] = values
        terms = (
            select(Terms.account_id, Format.code, Terms.price, Terms.price_note)
            .join(Format)
            .where(Terms.account_id.in_(chunk))
        )
        for account_id, code, price, note in session.execute(terms):
            found[account_id][PRICE_PREFIX + code] = price
            if note:
                found[account_id]["note:" + code] = note
        tags = (
            select(Account.id, Tag.name)
            .join(InfluencerTag, InfluencerTag.influencer_id == Account.influencer_id)
            .join(Tag, Tag.id == InfluencerTag.tag_id)
            .where(Account.id.in_(chunk))
        )
        for account_id, name in session.execute(tags):
            found[account_id].setdefault("_tags", set()).add(name)
    return found


def _against_base(session: Session, plan: ImportPlan, incoming: list[Incoming]) -> None:
    existing = {
        (p, h): i for p, h, i in session.execute(select(Account.platform, Account.handle, Account.id))
    }
    matched = [existing[(a.platform, a.handle)] for a in incoming if (a.platform, a.handle) in existing]
    base = _base_values(session, matched)
    for account in incoming:
        account_id = existing.get((account.platform, account.handle))
        if account_id is None:
            plan.accounts.append(Planned(account))
            continue
        current = base[account_id]
        planned = Planned(account, account_id, current["_influencer_id"])
        offered = {**account.values, **{PRICE_PREFIX + c: p for c, p in account.prices.items()}}
        for key, value in offered.items():
            if value in (None, "") or key == "url":
                continue
            old = current.get(key)
            if old in (None, ""):
                planned.changes[key] = value
            elif old != value:
                conflict = Conflict(
                    account.platform, account.handle, key, old, value, "base", account.rows, False
                )
                planned.conflicts.append(conflict)
                plan.conflicts.append(conflict)
        for code, word in account.price_notes.items():
            if current.get(PRICE_PREFIX + code) is None and not current.get("note:" + code):
                planned.changes["note:" + code] = word
        planned.new_tags = tuple(t for t in account.tags if t not in current.get("_tags", set()))
        plan.accounts.append(planned)


# --- applying ---------------------------------------------------------------------------------------


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
    total = len(plan.accounts)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        done += count
        if progress is not None:
            progress(done, total)

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
            prices, notes = p.incoming.prices, p.incoming.price_notes
            for code, price in prices.items():
                if code in formats:
                    terms_rows.append(_terms_row(account_id, formats[code], price, "", now))
            for code, note in notes.items():
                if code in formats and code not in prices:
                    terms_rows.append(_terms_row(account_id, formats[code], None, note, now))
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
    "audience_geo", "audience_age", "notes", "archived", "created_at", "updated_at",
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
    "product",
    "exclusivity",
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
        "",
        values.get("tax_status", ""),
        values.get("phone", ""),
        values.get("email", ""),
        values.get("messenger", ""),
        "",
        "",
        values.get("notes", ""),
        False,
        now,
        now,
    )


def _terms_row(
    account_id: int, format_id: int, price: Decimal | None, note: str, now: Any
) -> tuple[Any, ...]:
    included = note if price is None and note and not humannum.is_dash(note) else ""
    return (account_id, format_id, price, note, included, "", "", now)


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


# --- reports and saved mappings ---------------------------------------------------------------------


def report_rows(
    plan: ImportPlan, translate: Callable[[str, str], str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(row, outcome, account, reason) for every row the planner should know about."""
    out: list[tuple[str, str, str, str]] = []
    for p in plan.accounts:
        key = f"{p.incoming.platform}/{p.incoming.handle}"
        out.append((", ".join(map(str, p.incoming.rows)), p.action, key, ""))
    for note in plan.skipped:
        out.append((str(note.row), "skipped", note.cells, note.render(translate)))
    for note in plan.warnings:
        out.append((str(note.row), "warning", note.cells, note.render(translate)))
    for c in plan.conflicts:
        kept = c.incoming if c.take_incoming else c.current
        out.append(
            (
                ", ".join(map(str, c.rows)),
                "conflict",
                f"{c.platform}/{c.handle}",
                f"{c.field}: {c.current!s} ≠ {c.incoming!s} → {kept!s}",
            )
        )
    out.sort(key=lambda r: int(r[0].split(",")[0]) if r[0] else 0)
    return out


def write_report(plan: ImportPlan, path: Path, translate: Callable[[str, str], str] | None = None) -> None:
    from smmdesk.io.safe_text import write_csv_rows

    header = ("row", "outcome", "account", "reason")
    write_csv_rows(path, [header, *report_rows(plan, translate)])


def save_mapping(session: Session, name: str, headers: Sequence[str], mapping: dict[int, str]) -> None:
    payload = json.dumps(
        {headers[i] if i < len(headers) else str(i): key for i, key in mapping.items()}, ensure_ascii=False
    )
    row = session.scalar(
        select(ImportMapping).where(ImportMapping.kind == "influencers", ImportMapping.name == name)
    )
    if row is None:
        session.add(ImportMapping(kind="influencers", name=name, payload=payload))
    else:
        row.payload = payload


def saved_mappings(session: Session) -> dict[str, dict[str, str]]:
    rows = session.scalars(
        select(ImportMapping).where(ImportMapping.kind == "influencers").order_by(ImportMapping.name)
    )
    return {row.name: json.loads(row.payload) for row in rows}


def apply_saved_mapping(headers: Sequence[str], saved: dict[str, str]) -> dict[int, str]:
    """A saved header → field mapping applied to this file's headers (matched by the header text)."""
    folded = {" ".join(k.lower().split()): v for k, v in saved.items()}
    return {
        i: folded[" ".join(h.lower().split())]
        for i, h in enumerate(headers)
        if " ".join(h.lower().split()) in folded
    }
