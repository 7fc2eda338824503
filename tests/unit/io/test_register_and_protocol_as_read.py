"""The payments register and the draw protocol as their readers see them: the register in each
payment's own currency with a total per currency, its count a number and its columns whole; the
protocol's prize values numbers in roubles, its empty tables saying «нет», its set-aside list
titled and paginated, its participants in columns across the page."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from made_campaigns import DAY, made_campaign
from openpyxl import load_workbook
from rendering import PDFTOTEXT, needs_libreoffice, pdf_pages, pdf_text, rendered

from smmdesk.services import contest_protocol as cp
from smmdesk.services import placements as pl
from smmdesk.services import report

FIGURES = {"impressions": 8000, "reach": 5000}


@pytest.fixture
def register(db, tmp_path: Path) -> Path:
    """A rouble campaign and a dollar one, each blogger paid in full by bank transfer."""
    made = [
        made_campaign(db, "Рубли", ["10000", "2500.50"], [FIGURES] * 2),
        made_campaign(db, "Доллары", ["1000", "250.25"], [FIGURES] * 2, currency="USD", client="Acme Inc."),
    ]
    with db.transaction() as s:
        for campaign in made:
            for row in pl.list_rows(s, campaign.campaign):
                pl.update_placement(s, row.id, {"fee": row.cost})
                pl.add_payment(s, row.id, DAY, row.cost, "final", "перевод на счёт", "п/п 1")
    path = tmp_path / "реестр.xlsx"
    with db.reading() as s:
        report.export_payments_register(s, dt.date(2027, 5, 1), dt.date(2027, 5, 31), path)
    return path


def test_each_payment_in_its_currency_and_a_total_for_each(register: Path) -> None:
    sheet = load_workbook(register)["Платежи"]
    rows = {row[2].value: row for row in sheet.iter_rows() if row[2].value and row[7].value is not None}
    dollars = [r for name, r in rows.items() if "Доллары" in name]
    roubles = [r for name, r in rows.items() if "Рубли" in name]
    assert len(dollars) == len(roubles) == 2
    assert all(r[7].number_format == '#,##0.00 "$"' for r in dollars)
    assert all(r[7].number_format == '#,##0.00 "₽"' for r in roubles)
    totals = {str(row[0].value): row[7] for row in sheet.iter_rows() if str(row[0].value).startswith("Итого")}
    assert totals["Итого, ₽"].value == 12500.5 and totals["Итого, ₽"].number_format.endswith('"₽"')
    assert totals["Итого, $"].value == 1250.25 and totals["Итого, $"].number_format.endswith('"$"')
    count = next(row[1] for row in sheet.iter_rows() if row[0].value == "Платежей:")
    assert count.value == 4 and count.data_type == "n"  # a number, not the text «4»


@needs_libreoffice
def test_the_register_renders_in_its_currencies_with_its_method_on_one_line(register: Path) -> None:
    text = pdf_text(rendered([register], register.parent)[register])
    assert "1 250,25 $" in text and "12 500,50 ₽" in text
    assert "13 750,75" not in text  # dollars and roubles never added up
    assert re.search(r"перевод на счёт", text)  # whole on its line, not «перевод на» over «счёт»


@pytest.fixture(scope="module")
def protocol(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[str, Path]:
    from smmdesk.services.workspace import open_workspace

    folder = tmp_path_factory.mktemp("protocol")
    made = {}
    db = open_workspace(demo_copy, keep_backups=1)
    try:
        with db.reading() as s:
            for suffix in (".xlsx", ".pdf"):
                made[suffix] = folder / f"протокол{suffix}"
                cp.export_protocol(s, 1, made[suffix])
    finally:
        db.close()
    return made


def test_prize_values_are_numbers_in_roubles(protocol: dict[str, Path]) -> None:
    sheet = load_workbook(protocol[".xlsx"])["Протокол"]
    titles = ["Место", "Приз", "Стоимость", "НДФЛ"]
    header = next(row for row in sheet.iter_rows() if [c.value for c in row[:4]] == titles)
    values = [row[2] for row in sheet.iter_rows(min_row=header[0].row + 1, max_row=header[0].row + 4)]
    assert [v.value for v in values] == [3500, 3500, 3500, 10000]
    assert all(v.data_type == "n" and v.number_format == '#,##0.00 "₽"' for v in values)
    assert all(v.alignment.horizontal == "right" for v in values)
    assert cp.verify_protocol(protocol[".xlsx"]).matches  # and it still verifies


def test_empty_tables_say_none_in_both_files(protocol: dict[str, Path]) -> None:
    sheet = load_workbook(protocol[".xlsx"])["Протокол"]
    assert "Прежние розыгрыши: нет" in [c.value for row in sheet.iter_rows() for c in row]
    if PDFTOTEXT is not None:
        assert "Прежние розыгрыши: нет" in pdf_text(protocol[".pdf"])


@needs_libreoffice
def test_the_set_aside_and_the_participants_print_titled_numbered_and_in_columns(
    protocol: dict[str, Path],
) -> None:
    book = load_workbook(protocol[".xlsx"])
    people = book["Участники"]
    assert [c.value for c in people[1]][:6] == ["№", "Участник"] * 3
    pdf = rendered([protocol[".xlsx"]], protocol[".xlsx"].parent)[protocol[".xlsx"]]
    pages = [p for p in pdf_pages(pdf) if p.strip()]
    listing = [p for p in pages if "Участники: Протокол" in p]
    assert 1 <= len(listing) <= 7  # 865 participants: 150 to a page, not 20 pages of one column
    assert all(re.search(r"Страница \d+ из \d+", p) for p in pages)
    aside = [p for p in pages if "не допущены к розыгрышу" in p]
    assert aside and all(re.search(r"Страница \d+ из \d+", p) for p in aside)
