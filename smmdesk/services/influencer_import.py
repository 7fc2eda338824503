"""Importing influencer lists: read, match columns, merge duplicates, preview, then one transaction.

Duplicates are accounts with the same platform and normalized handle. Inside one file a row
further down is taken as the newer one: its values win and the difference is listed as a
conflict. Against the base, empty fields are filled and a differing value is a conflict the
planner decides; by default (and always on the command line) the base keeps its value.
"""

from __future__ import annotations

import json
import logging
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
from smmdesk.domain.handles import _fold, parse_handle, platform_code, profile_url
from smmdesk.domain.import_columns import PRICE_PREFIX, find_header, match_header
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.tabular import TableFile, read_table
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
from smmdesk.storage.types import utc_now

log = logging.getLogger("smmdesk.io")

PERSON_FIELDS = ("name", "city", "topics", "phone", "email", "messenger", "tax_status", "status", "notes")
ACCOUNT_FIELDS = ("url", "followers", "er", "avg_reach", "avg_views")
TOTAL_WORDS = ("итого", "итог", "всего", "total", "totals", "сумма", "grand total")
CHUNK = 2000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(Exception):
    """The planner pressed Cancel; the transaction was rolled back."""


@dataclass
class RowNote:
    """A row that was skipped, or a value in a row that was not taken, with the reason."""

    row: int  # 1-based, as the spreadsheet numbers rows
    reason: str  # source text, context "Errors"
    params: dict[str, Any] = field(default_factory=dict)
    cells: str = ""

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("Errors", self.reason) if translate else self.reason
        return text.format(**self.params)


@dataclass
class Incoming:
    """One account as the file describes it, merged over its rows."""

    platform: str
    handle: str
    rows: list[int]
    values: dict[str, Any]
    tags: tuple[str, ...] = ()
    prices: dict[str, Decimal] = field(default_factory=dict)
    price_notes: dict[str, str] = field(default_factory=dict)


@dataclass
class Conflict:
    platform: str
    handle: str
    field: str  # a person/account field, or "price:<format code>"
    current: Any
    incoming: Any
    source: str  # "file": two rows of the file differ; "base": the file differs from the base
    rows: list[int]
    take_incoming: bool


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


# --- parsing rows ---------------------------------------------------------------------------------------


def _note(notes: list[RowNote], row: int, reason: str, cells: Sequence[str], **params: Any) -> None:
    notes.append(RowNote(row, reason, params, " | ".join(c for c in cells if c)))


def parse_row(
    cells: Sequence[str],
    number: int,
    mapping: dict[int, str],
    aliases: dict[str, str],
    warnings: list[RowNote],
) -> Incoming | RowNote:
    """One data row → an Incoming account, or the reason it cannot be imported."""
    raw: dict[str, str] = {}
    for index, key in mapping.items():
        if index < len(cells) and cells[index].strip():
            raw[key] = cells[index].strip()
    joined = " | ".join(c for c in cells if c.strip())
    if not joined:
        return RowNote(number, QT_TRANSLATE_NOOP("Errors", "empty line"))
    first = next(c for c in cells if c.strip()).strip().lower().rstrip(":")
    if first in TOTAL_WORDS:
        return RowNote(number, QT_TRANSLATE_NOOP("Errors", "a totals row"), cells=joined)
    parsed = parse_handle(raw.get("handle", ""))
    platform = platform_code(raw["platform"], aliases) if "platform" in raw else None
    if platform is None and parsed is not None:
        platform = parsed.platform
    if platform is None:
        if "platform" in raw:
            return RowNote(
                number,
                QT_TRANSLATE_NOOP("Errors", "unknown platform “{text}”"),
                {"text": raw["platform"]},
                joined,
            )
        return RowNote(number, QT_TRANSLATE_NOOP("Errors", "no platform"), cells=joined)
    if parsed is None:
        if "handle" in raw:
            return RowNote(
                number,
                QT_TRANSLATE_NOOP("Errors", "not an account name or link: “{text}”"),
                {"text": raw["handle"]},
                joined,
            )
        return RowNote(number, QT_TRANSLATE_NOOP("Errors", "no account name or link"), cells=joined)

    values: dict[str, Any] = {"url": parsed.url or profile_url(platform, parsed.handle)}

    def warn(reason: str, **params: Any) -> None:
        _note(warnings, number, reason, cells, **params)

    for key in ("name", "city", "topics", "messenger", "notes"):
        if key in raw:
            values[key] = raw[key]
    if "phone" in raw:
        try:
            values["phone"] = rules.valid_phone(raw["phone"])
        except ValidationError:
            warn(QT_TRANSLATE_NOOP("Errors", "phone not taken: “{text}”"), text=raw["phone"])
    if "email" in raw:
        try:
            values["email"] = rules.valid_email(raw["email"])
        except ValidationError:
            warn(QT_TRANSLATE_NOOP("Errors", "e-mail not taken: “{text}”"), text=raw["email"])
    for key in ("followers", "avg_reach", "avg_views"):
        if key in raw:
            try:
                values[key] = humannum.parse_count(raw[key])
            except ValueError:
                warn(QT_TRANSLATE_NOOP("Errors", "number not understood: “{text}”"), text=raw[key])
    if "er" in raw:
        try:
            values["er"] = rules.valid_er(humannum.parse_percent(raw["er"]))
        except (ValueError, ValidationError):
            warn(
                QT_TRANSLATE_NOOP("Errors", "ER not taken (a percentage from 0 to 100): “{text}”"),
                text=raw["er"],
            )
    if "status" in raw:
        status = rules.status_from_text(raw["status"])
        if status is None:
            warn(QT_TRANSLATE_NOOP("Errors", "status not understood: “{text}”"), text=raw["status"])
        else:
            values["status"] = status.value
    if "tax_status" in raw:
        tax = rules.tax_status_from_text(raw["tax_status"])
        if tax is None:
            warn(QT_TRANSLATE_NOOP("Errors", "tax status not understood: “{text}”"), text=raw["tax_status"])
        else:
            values["tax_status"] = tax.value
    prices: dict[str, Decimal] = {}
    notes: dict[str, str] = {}
    for key, text in raw.items():
        if not key.startswith(PRICE_PREFIX):
            continue
        code = key[len(PRICE_PREFIX) :]
        word = humannum.price_word(text)
        if word is not None:
            notes[code] = word
            continue
        try:
            price = humannum.parse_price(text)
        except ValueError:
            warn(QT_TRANSLATE_NOOP("Errors", "price not understood: “{text}”"), text=text)
            continue
        if price is not None:
            prices[code] = price
    tags = rules.split_tags(raw.get("tags", ""))
    return Incoming(platform, parsed.handle, [number], values, tags, prices, notes)


def _merge(target: Incoming, newer: Incoming, conflicts: list[Conflict]) -> None:
    """Folds a later row into an earlier one: blanks filled, differences taken from the later row."""
    rows = [*target.rows, *newer.rows]

    def fold(kind: str, mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        for key, value in theirs.items():
            old = mine.get(key)
            if old in (None, ""):
                mine[key] = value
            elif value not in (None, "") and value != old and not (key == "url"):
                conflicts.append(
                    Conflict(target.platform, target.handle, kind + key, old, value, "file", rows, True)
                )
                mine[key] = value

    fold("", target.values, newer.values)
    fold(PRICE_PREFIX, target.prices, newer.prices)
    for code, word in newer.price_notes.items():
        target.price_notes.setdefault(code, word)
    target.tags = tuple(dict.fromkeys((*target.tags, *newer.tags)))
    target.rows = rows


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
    plan.data_rows = sum(1 for row in data if any(cell.strip() for cell in row))
    if plan.data_rows == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} has a header but no rows to import."), name=table.path.name
        )
    aliases = platform_aliases(session)
    known_platforms = {p for (p,) in session.execute(select(Platform.code))}
    merged: dict[tuple[str, str], Incoming] = {}
    total = len(data)
    for offset, cells in enumerate(data):
        number = header_row + 2 + offset
        result = parse_row(cells, number, mapping, aliases, plan.warnings)
        if isinstance(result, RowNote):
            if result.reason != "empty line":
                plan.skipped.append(result)
            continue
        if result.platform not in known_platforms:
            plan.skipped.append(
                RowNote(
                    number,
                    QT_TRANSLATE_NOOP("Errors", "unknown platform “{text}”"),
                    {"text": result.platform},
                )
            )
            continue
        key = (result.platform, result.handle)
        if key in merged:
            _merge(merged[key], result, plan.conflicts)
        else:
            merged[key] = result
        if progress and offset % 5000 == 0:
            progress(offset, total)
    _against_base(session, plan, list(merged.values()))
    return plan


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
    new = [p for p in plan.accounts if p.account_id is None]
    touched: list[int] = []
    for start in range(0, len(new), CHUNK):
        chunk = new[start : start + CHUNK]
        person_rows = []
        for p in chunk:
            values = p.incoming.values
            person_rows.append(
                {
                    "name": values.get("name") or p.incoming.handle,
                    "city": values.get("city", ""),
                    "topics": values.get("topics", ""),
                    "status": values.get("status", rules.RelationStatus.NEW.value),
                    "blacklist_reason": "",
                    "tax_status": values.get("tax_status", ""),
                    "phone": values.get("phone", ""),
                    "email": values.get("email", ""),
                    "messenger": values.get("messenger", ""),
                    "audience_geo": "",
                    "audience_age": "",
                    "notes": values.get("notes", ""),
                    "archived": False,
                    "created_at": now,
                    "updated_at": now,
                }
            )
        person_ids = list(
            session.scalars(
                insert(Influencer).returning(Influencer.id, sort_by_parameter_order=True), person_rows
            )
        )
        account_rows = [
            {
                "influencer_id": person_id,
                "platform": p.incoming.platform,
                "handle": p.incoming.handle,
                "url": p.incoming.values.get("url", ""),
                "followers": p.incoming.values.get("followers"),
                "er": p.incoming.values.get("er"),
                "avg_reach": p.incoming.values.get("avg_reach"),
                "avg_views": p.incoming.values.get("avg_views"),
                "created_at": now,
                "updated_at": now,
            }
            for p, person_id in zip(chunk, person_ids, strict=True)
        ]
        account_ids = list(
            session.scalars(insert(Account).returning(Account.id, sort_by_parameter_order=True), account_rows)
        )
        terms_rows = []
        history_rows = []
        for p, account_id in zip(chunk, account_ids, strict=True):
            for code in dict.fromkeys([*p.incoming.prices, *p.incoming.price_notes]):
                if code not in formats:
                    continue
                price = p.incoming.prices.get(code)
                terms_rows.append(
                    _terms_row(
                        account_id,
                        formats[code],
                        price,
                        "" if price is not None else p.incoming.price_notes.get(code, ""),
                        now,
                    )
                )
                if price is not None:
                    history_rows.append(_history_row(account_id, formats[code], None, price, now))
        if terms_rows:
            session.execute(insert(Terms), terms_rows)
        if history_rows:
            session.execute(insert(PriceChange), history_rows)
        _add_tags(session, [(pid, p.incoming.tags) for p, pid in zip(chunk, person_ids, strict=True)])
        touched.extend(person_ids)
        step(len(chunk))

    updated = 0
    existing = [p for p in plan.accounts if p.account_id is not None]
    for start in range(0, len(existing), CHUNK):
        chunk = existing[start : start + CHUNK]
        for p in chunk:
            changes = p.final_changes()
            if not changes and not p.new_tags:
                continue
            assert p.account_id is not None and p.influencer_id is not None
            _apply_changes(session, p.account_id, p.influencer_id, changes, formats, now)
            _add_tags(session, [(p.influencer_id, p.new_tags)])
            touched.append(p.influencer_id)
            updated += 1
        step(len(chunk))
    return ImportResult(len(new), updated, len(plan.skipped), len(existing) - updated, touched)


def _terms_row(account_id: int, format_id: int, price: Decimal | None, note: str, now: Any) -> dict[str, Any]:
    return {
        "account_id": account_id,
        "format_id": format_id,
        "price": price,
        "price_note": note,
        "included": note if price is None and note and not humannum.is_dash(note) else "",
        "product": "",
        "exclusivity": "",
        "updated_at": now,
    }


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
                session.execute(
                    insert(Terms),
                    [
                        _terms_row(
                            account_id,
                            formats[code],
                            value if is_price else None,
                            "" if is_price else value,
                            now,
                        )
                    ],
                )
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


def _add_tags(session: Session, pairs: list[tuple[int, tuple[str, ...]]]) -> None:
    names = {tag for _, tags in pairs for tag in tags}
    if not names:
        return
    ids = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(names))).all())
    missing = [n for n in names if n not in ids]
    if missing:
        session.execute(insert(Tag), [{"name": n} for n in missing])
        ids.update(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(missing))).all())
    session.execute(
        insert(InfluencerTag).prefix_with("OR IGNORE", dialect="sqlite"),
        [{"influencer_id": pid, "tag_id": ids[tag]} for pid, tags in pairs for tag in tags],
    )


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
