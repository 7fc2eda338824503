"""Planning an influencer import: the file read, its columns matched, its rows merged and set against
the base."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import _fold
from smmdesk.domain.import_columns import PRICE_PREFIX, find_header, match_header
from smmdesk.domain.influencer_rows import Conflict, Incoming, RowNote, parse_rows
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.storage.models import Account, Format, Influencer, InfluencerTag, Platform, Tag, Terms

log = logging.getLogger("smmdesk.io")

PERSON_FIELDS = (
    "name", "city", "topics", "phone", "email", "messenger", "tax_status", "status", "blacklist_reason",
    "audience_geo", "audience_age", "audience_female_pct", "archived", "notes",
)  # fmt: skip
ACCOUNT_FIELDS = ("url", "followers", "er", "avg_reach", "avg_views")
TOTAL_WORDS = ("итого", "итог", "всего", "total", "totals", "сумма", "grand total")

Progress = Callable[[int, int], None]


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
