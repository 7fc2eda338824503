"""Rows of a customers' export (a shop's CRM, a cash register, a marketplace) → customers.

Columns are matched from Russian and English headers by the one header matcher; phones and
e-mails are normalised; a row with no phone, e-mail or order is listed with the reason, and so is
each value not taken. The same customer on several rows (one phone, several orders) is one
customer: the latest purchase counts, and a "no" to consent on any row is a no.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import TypeVar

from smmdesk.domain.cell_values import parse_day, parse_yes_no
from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.header_match import locate_header
from smmdesk.domain.import_columns import FieldDef, vocabulary_of
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reviews.customers import Customer, normalize_email, normalize_phone
from smmdesk.domain.text import QT_TRANSLATE_NOOP

CUSTOMER_FIELDS: tuple[FieldDef, ...] = (
    FieldDef(
        "name",
        QT_TRANSLATE_NOOP("ImportFields", "Name"),
        ("имя", "фио", "клиент", "покупатель", "имя клиента", "имя покупателя", "получатель",
         "name", "full name", "customer", "customer name", "client", "first name", "buyer"),
    ),
    FieldDef(
        "phone",
        QT_TRANSLATE_NOOP("ImportFields", "Phone"),
        ("телефон", "тел", "мобильный", "мобильный телефон", "номер телефона", "телефон клиента",
         "моб. телефон", "моб телефон", "тел.", "сотовый", "ваш телефон", "контактный телефон",
         "phone", "mobile", "phone number", "msisdn", "cell", "mobile phone", "contact phone"),
    ),
    FieldDef(
        "email",
        QT_TRANSLATE_NOOP("ImportFields", "E-mail"),
        ("e-mail", "email", "почта", "эл почта", "электронная почта", "адрес почты",
         "эл. почта", "эл. адрес", "эл адрес", "электронный адрес", "адрес электронной почты", "ваш e-mail",
         "mail", "e-mail address", "email address"),
    ),
    FieldDef(
        "order",
        QT_TRANSLATE_NOOP("ImportFields", "Order"),
        ("заказ", "номер заказа", "№ заказа", "чек", "номер чека", "№ чека", "визит", "запись",
         "order", "order id", "order number", "order no", "receipt", "booking"),
    ),
    FieldDef(
        "date",
        QT_TRANSLATE_NOOP("ImportFields", "Date"),
        ("дата", "дата покупки", "дата заказа", "дата визита", "дата услуги", "дата доставки", "дата чека",
         "date", "purchase date", "order date", "visit date", "service date", "delivery date"),
    ),
    FieldDef(
        "consent",
        QT_TRANSLATE_NOOP("ImportFields", "Consent to be contacted"),
        ("согласие", "согласие на рассылку", "согласие на связь", "согласие на контакт",
         "согласен на рассылку", "рассылка", "подписка",
         "consent", "marketing consent", "opt-in", "opt in", "subscribed", "may contact"),
    ),
    FieldDef(
        "staff",
        QT_TRANSLATE_NOOP("ImportFields", "Staff"),
        ("сотрудник", "персонал", "работник", "сотрудник компании",
         "staff", "employee", "is staff", "is employee"),
    ),
)  # fmt: skip

NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} has no header row naming a phone or an e-mail column (for example “Телефон”, “E-mail”).",
)
_NOTES = {
    "phone": QT_TRANSLATE_NOOP("Errors", "phone not taken: “{text}”"),
    "email": QT_TRANSLATE_NOOP("Errors", "e-mail not taken: “{text}”"),
    "date": QT_TRANSLATE_NOOP("Errors", "date not understood: “{text}”"),
    "consent": QT_TRANSLATE_NOOP("Errors", "consent not understood (taken as no): “{text}”"),
    "staff": QT_TRANSLATE_NOOP("Errors", "staff mark not understood (taken as staff): “{text}”"),
}
NO_CONTACT = QT_TRANSLATE_NOOP("Errors", "no phone, e-mail or order")
T = TypeVar("T")
MERGED = QT_TRANSLATE_NOOP("Errors", "the same customer as row {first}: merged into one")
NO_CONSENT = QT_TRANSLATE_NOOP("Errors", "consent cell empty: no consent — will not be asked")


@dataclass(frozen=True)
class CustomerImport:
    customers: tuple[Customer, ...]
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    missing: tuple[str, ...]  # fields the file has no column for ("consent": nobody may be asked)
    header_row: int  # 1-based


def find_customer_header(rows: Sequence[Sequence[str]], name: str) -> tuple[int, dict[int, str]]:
    """The header row's index and its column → field mapping; ImportFileError when there is none."""
    found = locate_header(rows, vocabulary_of(CUSTOMER_FIELDS), frozenset(("phone", "email", "order")))
    if found is None:
        raise ImportFileError(NO_HEADER, name=name)
    return found


def read_customers(rows: Sequence[Sequence[str]], name: str) -> CustomerImport:
    """The customers of a table's rows (as `io.tabular` reads them)."""
    header, mapping = find_customer_header(rows, name)
    return parse_customers(rows[header + 1 :], header + 2, mapping, header + 1)


def parse_customers(
    data: Sequence[Sequence[str]], first_number: int, mapping: dict[int, str], header_row: int = 1
) -> CustomerImport:
    columns = {key: index for index, key in mapping.items()}
    skipped: list[RowNote] = []
    warnings: list[RowNote] = []
    merged: dict[str, Customer] = {}
    first_row: dict[str, int] = {}
    for number, cells in enumerate(data, start=first_number):
        values = {key: (cells[i] if i < len(cells) else "") for key, i in columns.items()}
        if not any(cells):
            continue
        notes: list[RowNote] = []

        joined = " | ".join(c for c in cells if c)

        def note(
            key: str, text: str, notes: list[RowNote] = notes, number: int = number, joined: str = joined
        ) -> None:
            notes.append(RowNote(number, _NOTES[key], {"text": text}, joined))

        phone = _read(normalize_phone, values.get("phone", ""), "phone", note) or ""
        email = _read(normalize_email, values.get("email", ""), "email", note) or ""
        order = values.get("order", "").strip()
        if not (phone or email or order):
            skipped.append(RowNote(number, NO_CONTACT, cells=joined))
            continue
        day = _read(parse_day, values.get("date", ""), "date", note)
        consent = _read(parse_yes_no, values.get("consent", ""), "consent", note)
        if "consent" in columns and not values["consent"].strip():
            notes.append(RowNote(number, NO_CONSENT, cells=joined))
        staff_text = values.get("staff", "")
        staff = _read(parse_yes_no, staff_text, "staff", note)
        customer = Customer(
            name=values.get("name", "").strip(),
            phone=phone,
            email=email,
            order=order,
            day=day,
            consent=bool(consent),
            staff=bool(staff) or (staff is None and bool(staff_text.strip())),
            row=number,
        )
        warnings.extend(notes)
        key = customer.key
        if key in merged:
            warnings.append(RowNote(number, MERGED, {"first": first_row[key]}, joined))
            merged[key] = merge_customer(merged[key], customer)
        else:
            merged[key] = customer
            first_row[key] = number
    present = set(mapping.values())
    missing = tuple(f for f in ("consent", "staff", "date") if f not in present)
    return CustomerImport(tuple(merged.values()), tuple(skipped), tuple(warnings), missing, header_row)


def _read(convert: Callable[[str], T], text: str, key: str, note: Callable[[str, str], None]) -> T | None:
    """`convert(text)`, or None with a note when the text is not understood."""
    if not text.strip():
        return None
    try:
        return convert(text)
    except ValueError:
        note(key, text)
        return None


def merge_customer(older: Customer, newer: Customer) -> Customer:
    """One customer over two rows: the later purchase counts; a no to consent anywhere is a no."""
    days = [d for d in (older.day, newer.day) if d is not None]
    return replace(
        older,
        name=newer.name or older.name,
        email=older.email or newer.email,
        phone=older.phone or newer.phone,
        order=newer.order if newer.day and (older.day is None or newer.day >= older.day) else older.order,
        day=max(days) if days else None,
        consent=older.consent and newer.consent,
        staff=older.staff or newer.staff,
    )
