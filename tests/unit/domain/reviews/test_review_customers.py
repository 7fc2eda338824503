"""Customers: phones and e-mails normalised, who may be asked, and their exports read from real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.reviews.campaign import Channel
from smmdesk.domain.reviews.customer_rows import read_customers
from smmdesk.domain.reviews.customers import (
    Customer,
    NotAskedReason,
    normalize_email,
    normalize_phone,
    refusal,
)
from smmdesk.io.review_imports import read_customer_file


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("8 (916) 123-45-67", "+79161234567"),
        ("+7 916 123 45 67", "+79161234567"),
        ("79161234567", "+79161234567"),
        ("9161234567", "+79161234567"),
        ("+375 29 123-45-67", "+375291234567"),
        ("", ""),
    ],
)
def test_phones_are_normalised_to_one_form(text: str, phone: str) -> None:
    assert normalize_phone(text) == phone


@pytest.mark.parametrize("text", ["123-45", "нет телефона", "8 916 123 45 67 доб. 5", "1" * 16])
def test_what_is_no_phone_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        normalize_phone(text)


def test_emails_are_normalised_and_checked() -> None:
    assert normalize_email("  Anna.Petrova@Mail.RU ") == "anna.petrova@mail.ru"
    assert normalize_email("mailto:anna@mail.ru") == "anna@mail.ru"
    for bad in ("anna@", "anna.mail.ru", "an na@mail.ru", "anna@mail..ru"):
        with pytest.raises(ValueError):
            normalize_email(bad)


def test_without_consent_nobody_and_staff_never() -> None:
    customer = Customer("Анна", phone="+79161234567", email="anna@mail.ru", consent=True)
    assert refusal(customer, Channel.SMS) is None
    assert refusal(Customer("Анна", phone="+79161234567"), Channel.SMS) is NotAskedReason.NO_CONSENT
    staff = Customer("Ира", phone="+79160000000", consent=True, staff=True)
    assert refusal(staff, Channel.SMS) is NotAskedReason.STAFF
    assert (
        refusal(Customer("Олег", email="o@mail.ru", consent=True), Channel.SMS) is NotAskedReason.NO_CONTACT
    )
    assert refusal(Customer("Олег", order="A-1", consent=True), Channel.QR_RECEIPT) is None


CRM_ROWS = [
    ["Выгрузка клиентов за декабрь", "", "", "", "", "", ""],
    ["ФИО", "Телефон", "E-mail", "№ заказа", "Дата покупки", "Согласие на рассылку", "Сотрудник"],
    ["Анна Петрова", "8 (916) 123-45-67", "Anna@Mail.ru", "A-17", "01.12.2026", "да", "нет"],
    ["Олег", "", "oleg@yandex.ru", "A-18", "2026-12-02", "нет", ""],
    ["Ира (бариста)", "+7 916 000 00 00", "", "A-19", "02.12.2026", "да", "да"],
    ["", "", "", "", "", "", ""],
    ["Без контакта", "", "", "", "03.12.2026", "да", ""],
    ["Пётр", "12-34", "petr@mail", "A-20", "32.12.2026", "может быть", ""],
    ["Анна П.", "+79161234567", "", "A-21", "05.12.2026", "да", ""],
]


def test_a_crm_export_is_read_with_its_title_row_skipped_and_problems_listed() -> None:
    found = read_customers(CRM_ROWS, "crm.xlsx")
    assert found.header_row == 2
    by_name = {c.name: c for c in found.customers}
    anna = by_name["Анна П."]  # rows 3 and 9 are one customer: the later purchase counts
    assert (anna.phone, anna.email, anna.order, anna.day) == (
        "+79161234567", "anna@mail.ru", "A-21", dt.date(2026, 12, 5),
    )  # fmt: skip
    assert anna.consent and not anna.staff
    assert not by_name["Олег"].consent
    assert by_name["Ира (бариста)"].staff
    petr = by_name["Пётр"]  # kept by its order; what could not be read is listed, not guessed
    assert (petr.phone, petr.email, petr.day, petr.consent) == ("", "", None, False)
    assert [n.row for n in found.skipped] == [7]
    assert found.skipped[0].render() == "no phone, e-mail or order"
    reasons = sorted(n.render() for n in found.warnings if n.row == 8)
    assert reasons == [
        "consent not understood (taken as no): “может быть”",
        "date not understood: “32.12.2026”",
        "e-mail not taken: “petr@mail”",
        "phone not taken: “12-34”",
    ]
    assert any(n.row == 9 and "row 3" in n.render() for n in found.warnings)
    assert found.missing == ()


def test_english_headers_match_too_and_a_missing_consent_column_is_said() -> None:
    rows = [
        ["Customer name", "Mobile", "Order ID", "Order date"],
        ["Ann", "+44 20 7946 0958", "X1", "2026-12-01"],
    ]
    found = read_customers(rows, "export.csv")
    assert found.customers[0].phone == "+442079460958"
    assert not found.customers[0].consent
    assert "consent" in found.missing and "staff" in found.missing


def test_a_file_without_a_contact_column_is_refused() -> None:
    with pytest.raises(ImportFileError, match="no header row naming a phone or an e-mail"):
        read_customers([["Имя", "Город"], ["Анна", "Москва"]], "list.csv")


def test_a_cp1251_csv_with_semicolons_and_an_xlsx_read_alike(tmp_path: Path) -> None:
    text = "\r\n".join(";".join(row) for row in CRM_ROWS[1:5])
    csv_path = tmp_path / "клиенты.csv"
    csv_path.write_bytes(text.encode("cp1251"))
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in CRM_ROWS:
        sheet.append(row)
    xlsx_path = tmp_path / "клиенты.xlsx"
    workbook.save(xlsx_path)
    from_csv, from_xlsx = read_customer_file(csv_path), read_customer_file(xlsx_path)
    assert [c.name for c in from_csv.customers] == ["Анна Петрова", "Олег", "Ира (бариста)"]
    assert {c.key for c in from_csv.customers} <= {c.key for c in from_xlsx.customers}


def test_a_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "клиенты.csv"
    path.write_bytes(bytes(range(256)) * 50)
    with pytest.raises(ImportFileError, match="binary"):
        read_customer_file(path)
