"""A campaign's customers imported from a CRM's, a cash register's or a marketplace's export.

As the other imports: the file is read by `io.tabular` (encodings, delimiters, hostile files
refused), its columns matched by the header matcher or by the planner's mapping, and previewed
(who is new, who is updated, who is the same, which rows are skipped and which values were not
taken, with the reason). Nothing is written until the preview is applied; then everything in the
caller's transaction, or nothing. The import is one step of the history: `undo_customers` takes it
back, `redo_customers` brings the same rows back with their ids. A customer already in the campaign
(the same phone, else e-mail, else order) is merged by the domain's rule: the later purchase counts,
a "no" to consent is a no.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reviews.customer_rows import (
    MERGED,
    NO_CONSENT,
    CustomerImport,
    find_customer_header,
    merge_customer,
    parse_customers,
)
from smmdesk.domain.reviews.customers import Customer
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io.tabular import read_table
from smmdesk.services.import_progress import Cancelled, Progress, steps
from smmdesk.services.reviews.campaigns import open_campaign
from smmdesk.storage.bulk import bulk_insert, insert_returning_ids
from smmdesk.storage.models import ReviewCustomer, ReviewRequest
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

CHUNK = 10_000
KEY_CHUNK = 900
CUSTOMER_COLUMNS = ("campaign_id", "key", "name", "phone", "email", "order_ref", "day", "consent", "staff",
                    "imported_at")  # fmt: skip
FIELDS = ("name", "phone", "email", "order_ref", "day", "consent", "staff")
ALREADY_ASKED = QT_TRANSLATE_NOOP(
    "Errors",
    "{count} customers of this import have already had a request: the import cannot be taken back "
    "(the compliance log keeps who was asked).",
)


@dataclass
class CustomerPreview:
    campaign_id: int
    parsed: CustomerImport
    headers: list[str]
    mapping: dict[int, str]
    added: list[Customer]
    updated: list[tuple[int, Customer, Customer]]  # (id, as stored, as merged)
    same: list[Customer]


@dataclass
class CustomerChange:
    """What an import wrote, for undo and redo."""

    campaign_id: int
    added: list[int]
    before: dict[int, dict[str, Any]]
    after: dict[int, dict[str, Any]]
    rows: list[dict[str, Any]] | None = None  # the added rows as undo removed them, for redo


@dataclass
class CustomerImportResult:
    added: int
    updated: int
    same: int
    skipped: int
    change: CustomerChange = field(repr=False, default_factory=lambda: CustomerChange(0, [], {}, {}))


def values_of(customer: Customer) -> dict[str, Any]:
    return {
        "name": customer.name,
        "phone": customer.phone,
        "email": customer.email,
        "order_ref": customer.order,
        "day": customer.day,
        "consent": customer.consent,
        "staff": customer.staff,
    }


def customer_of(row: Any) -> Customer:
    """A stored row (an ORM object or a result row) as the domain's customer."""
    return Customer(row.name, row.phone, row.email, row.order_ref, row.day, row.consent, row.staff)


def customer_from(values: Any) -> Customer:
    """A customer of a result row whose first seven values are name, phone, e-mail, order, day,
    consent and staff (faster than by name over 100,000 rows)."""
    return Customer(*values[:7])


def stored_customers(session: Session, campaign_id: int) -> dict[str, tuple[int, Customer]]:
    """key → (id, customer) of the campaign's customers."""
    t = ReviewCustomer.__table__.c
    rows = session.execute(
        select(t.id, t.key, t.name, t.phone, t.email, t.order_ref, t.day, t.consent, t.staff).where(
            t.campaign_id == campaign_id
        )
    )
    return {r.key: (r.id, customer_of(r)) for r in rows}


def preview_customers(
    session: Session,
    campaign_id: int,
    path: Path,
    sheet: str | None = None,
    mapping: Mapping[int, str] | None = None,
    header_row: int | None = None,
) -> CustomerPreview:
    """The file read (its columns matched, or as the planner mapped them under `header_row`, 0-based)
    and compared with the campaign's customers; nothing is written."""
    open_campaign(session, campaign_id)
    rows = read_table(path, sheet).rows
    if mapping is None:
        header, found = find_customer_header(rows, path.name)
    else:
        header = _header_of(rows, mapping) if header_row is None else header_row
        found = dict(mapping)
    parsed = parse_customers(rows[header + 1 :], header + 2, found, header + 1)
    return compare(session, campaign_id, parsed, rows[header] if rows else [], found)


def _header_of(rows: Sequence[Sequence[str]], mapping: Mapping[int, str]) -> int:
    """The first row that is not empty: the header row a mapping chosen by the planner names."""
    for index, cells in enumerate(rows):
        if any(c.strip() for c in cells):
            return index
    return 0


def compare(
    session: Session,
    campaign_id: int,
    parsed: CustomerImport,
    headers: Sequence[str],
    mapping: Mapping[int, str],
) -> CustomerPreview:
    known = stored_customers(session, campaign_id)
    added: list[Customer] = []
    updated: list[tuple[int, Customer, Customer]] = []
    same: list[Customer] = []
    for customer in parsed.customers:
        found = known.get(customer.key)
        if found is None:
            added.append(customer)
            continue
        ident, current = found
        merged = merge_customer(current, customer)
        if merged == current:
            same.append(customer)
        else:
            updated.append((ident, current, merged))
    return CustomerPreview(campaign_id, parsed, list(headers), dict(mapping), added, updated, same)


def apply_customers(
    session: Session,
    preview: CustomerPreview,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> CustomerImportResult:
    """Writes the preview in the caller's transaction; ImportCancelled rolls it all back."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import customers"))
    open_campaign(session, preview.campaign_id)
    with gc_paused():
        return _apply(session, preview, progress, cancelled)


def _apply(
    session: Session, preview: CustomerPreview, progress: Progress | None, cancelled: Cancelled | None
) -> CustomerImportResult:
    conn = session.connection()
    now = utc_now()
    step = steps(len(preview.added) + len(preview.updated), progress, cancelled)

    change = CustomerChange(preview.campaign_id, [], {}, {})
    for start in range(0, len(preview.added), CHUNK):
        chunk = preview.added[start : start + CHUNK]
        rows = [
            (preview.campaign_id, c.key, c.name, c.phone, c.email, c.order, c.day, c.consent, c.staff, now)
            for c in chunk
        ]
        change.added += insert_returning_ids(conn, ReviewCustomer, CUSTOMER_COLUMNS, rows)
        step(len(chunk))
    for ident, current, merged in preview.updated:
        old, new = values_of(current), values_of(merged)
        changed = {k: v for k, v in new.items() if old[k] != v}
        change.before[ident] = {k: old[k] for k in changed}
        if changed.get("consent") is False:  # a «нет» that came later: the gating check weighs when
            changed["consent_withdrawn_at"], change.before[ident]["consent_withdrawn_at"] = now, None
        if changed.get("staff") is True:
            changed["staff_marked_at"], change.before[ident]["staff_marked_at"] = now, None
        change.after[ident] = changed
        session.execute(update(ReviewCustomer).where(ReviewCustomer.id == ident).values(**changed))
        step(1)
    parsed = preview.parsed
    return CustomerImportResult(
        len(preview.added), len(preview.updated), len(preview.same), len(parsed.skipped), change
    )


def _chunks(ids: Sequence[int]) -> list[list[int]]:
    return [list(ids[start : start + KEY_CHUNK]) for start in range(0, len(ids), KEY_CHUNK)]


def undo_customers(session: Session, change: CustomerChange) -> None:
    """Takes an import back: the customers it added removed, those it updated as they were.
    Refused once a wave has asked any customer it added."""
    table = ReviewCustomer.__table__
    asked = 0
    for chunk in _chunks(change.added):
        asked += (
            session.scalar(
                select(func.count()).select_from(ReviewRequest).where(ReviewRequest.customer_id.in_(chunk))
            )
            or 0
        )
    if asked:
        raise ValidationError(ALREADY_ASKED, field="customers", count=asked)
    if change.rows is None:
        change.rows = []
        for chunk in _chunks(change.added):
            change.rows += [
                dict(r) for r in session.execute(select(table).where(table.c.id.in_(chunk))).mappings()
            ]
    for chunk in _chunks(change.added):
        session.execute(delete(ReviewCustomer).where(ReviewCustomer.id.in_(chunk)))
    _set_values(session, change.before)


def redo_customers(session: Session, change: CustomerChange) -> None:
    """Brings an import back after its undo: the same rows with the same ids."""
    assert change.rows is not None, "redo before undo"
    conn = session.connection()
    for start in range(0, len(change.rows), CHUNK):
        chunk = change.rows[start : start + CHUNK]
        keys = tuple(chunk[0])
        bulk_insert(conn, ReviewCustomer, keys, [tuple(r[k] for k in keys) for r in chunk])
    _set_values(session, change.after)


def _set_values(session: Session, values: Mapping[int, Mapping[str, Any]]) -> None:
    for ident, columns in values.items():
        if columns:
            session.execute(update(ReviewCustomer).where(ReviewCustomer.id == ident).values(**columns))


# --- the report ---------------------------------------------------------------------------------------


REPORT_HEADER = (
    QT_TRANSLATE_NOOP("ImportReport", "row"),
    QT_TRANSLATE_NOOP("ImportReport", "outcome"),
    QT_TRANSLATE_NOOP("ImportReport", "customer"),
    QT_TRANSLATE_NOOP("ImportReport", "reason"),
)
OUTCOMES = {
    "added": QT_TRANSLATE_NOOP("ImportReport", "added"),
    "updated": QT_TRANSLATE_NOOP("ImportReport", "updated"),
    "same": QT_TRANSLATE_NOOP("ImportReport", "same as before"),
    "merged": QT_TRANSLATE_NOOP("ImportReport", "merged"),
    "no consent": QT_TRANSLATE_NOOP("ImportReport", "no consent"),
    "skipped": QT_TRANSLATE_NOOP("ImportReport", "skipped"),
    "not taken": QT_TRANSLATE_NOOP("ImportReport", "value not taken"),
}


STAFF_ROW = QT_TRANSLATE_NOOP("ImportReport", "on the staff: never asked")
NO_CONSENT_ROW = QT_TRANSLATE_NOOP("ImportReport", "no consent to be contacted: not asked")


def _not_asked(customer: Customer, word: Callable[[str], str]) -> str:
    """Why a customer the file holds will not be asked (staff, a «нет» or no consent), or ""."""
    if customer.staff:
        return word(STAFF_ROW)
    return "" if customer.consent else word(NO_CONSENT_ROW)


def row_keys(parsed: CustomerImport) -> dict[int, str]:
    """The file's row → the key of the customer read from it (a merged row: the one it joined)."""
    keys = {c.row: c.key for c in parsed.customers}
    for note in parsed.warnings:
        if note.reason == MERGED:
            keys[note.row] = keys.get(int(note.params["first"]), "")
    return keys


def import_counts(parsed: CustomerImport) -> tuple[int, int, int, int]:
    """(merged duplicates, staff, without consent, values not taken) as the import window says them."""
    people = parsed.customers
    merged = sum(1 for note in parsed.warnings if note.reason == MERGED)
    staff = sum(1 for c in people if c.staff)
    no_consent = sum(1 for c in people if not c.consent and not c.staff)
    not_taken = sum(1 for note in parsed.warnings if _outcome_of(note) == "not taken")
    return merged, staff, no_consent, not_taken


def _outcome_of(note: RowNote) -> str:
    return {MERGED: "merged", NO_CONSENT: "no consent"}.get(note.reason, "not taken")


def report_rows(
    preview: CustomerPreview, translate: Callable[[str, str], str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(row, outcome, customer, reason) in the planner's language: each customer added, updated or
    the same with the row it was read from, each row merged into another, each row skipped and each
    value not taken, in the file's order."""
    word = (lambda text: translate("ImportReport", text)) if translate else (lambda text: text)
    out: list[tuple[int, str, str, str]] = []
    for key, people in (("added", preview.added), ("updated", [m for _, _, m in preview.updated]),
                        ("same", preview.same)):  # fmt: skip
        out += [(c.row, key, c.key, _not_asked(c, word)) for c in people]
    keys = row_keys(preview.parsed)
    out += [(n.row, "skipped", "", n.render(translate)) for n in preview.parsed.skipped]
    out += [
        (n.row, _outcome_of(n), keys.get(n.row, ""), n.render(translate)) for n in preview.parsed.warnings
    ]
    out.sort(key=lambda r: r[0])
    return [(str(row) if row else "", word(OUTCOMES[key]), who, why) for row, key, who, why in out]


def write_report(
    preview: CustomerPreview, path: Path, translate: Callable[[str, str], str] | None = None
) -> None:
    from smmdesk.io.safe_text import write_csv_rows

    header = tuple(translate("ImportReport", h) if translate else h for h in REPORT_HEADER)
    write_csv_rows(path, [header, *report_rows(preview, translate)])
