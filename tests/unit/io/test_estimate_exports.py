"""The client's estimate read back from XLSX (and recalculated by LibreOffice), PDF and CSV."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services.estimate_export import export_version
from smmdesk.services.settings import save_agency_settings
from smmdesk.storage.database import Database

HOSTILE = '=HYPERLINK("http://example.invalid/x","нажмите")'


@pytest.fixture
def worked(db: Database) -> int:
    """RULES.md's worked example as an estimate, with a hostile name on one line."""
    with db.transaction() as s:
        save_agency_settings(s, AgencySettings(agency_name="Агентство «Северный ветер»"))
        client = camp.create_client(s, "ООО «Ромашка»", legal_name='ООО "Ромашка"')
        campaign = camp.create_campaign(
            s, client, "Новогодняя коллекция", dt.date(2026, 12, 1), dt.date(2026, 12, 31)
        )
        inf.create_influencer(s, HOSTILE, "instagram", "anna.style", followers=120_000, avg_views=45_000)
        inf.create_influencer(s, "Пётр Сидоров", "youtube", "petr")
        accounts = {
            h: s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == h))
            for h in ("anna.style", "petr")
        }
        inf.set_terms(s, accounts["anna.style"], 1, {"price": D("15000")})
        estimate = est.create_estimate(s, campaign, "Декабрь", AgencySettings(agency_fee=D("15")))
        version = est.latest_version(s, estimate)
        (a,) = est.add_placements(s, version, [accounts["anna.style"]], 1, dt.date(2026, 12, 5))
        est.update_line(s, a, {"quantity": 2})
        (b,) = est.add_placements(s, version, [accounts["petr"]], 3, dt.date(2026, 12, 8))
        est.update_line(s, b, {"unit_price": D("120000"), "discount_pct": D("10")})
        c = est.add_cost(s, version, "Telegram, пост (свой формат)", 3, D("7333.33"))
        est.update_line(s, c, {"discount_pct": D("5")})
        est.add_cost(s, version, "Продакшн (съёмка)", 1, D("25000"))
    return version


def export(db: Database, version: int, path: Path) -> None:
    with db.reading() as s:
        export_version(s, version, path, made_on=dt.date(2026, 11, 26))


def test_xlsx_has_the_header_block_formulas_and_print_setup(
    db: Database, worked: int, tmp_path: Path
) -> None:
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    sheet = load_workbook(path).active
    assert sheet["A1"].value == "Смета «Декабрь», версия 1"
    assert [sheet[f"B{r}"].value for r in range(2, 7)] == [
        "Агентство «Северный ветер»",
        'ООО «Ромашка» (ООО "Ромашка")',
        "Новогодняя коллекция",
        "01.12.2026 — 31.12.2026",
        "1, черновик, от 26.11.2026",
    ]
    assert [c.value for c in sheet[8]][:11] == [
        "№", "Блогер / статья расходов", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед., ₽",
        "Сумма, ₽", "Скидка, %", "Итого, ₽",
    ]  # fmt: skip
    assert sheet["I9"].value == "=ROUND(G9*H9,2)" and sheet["K9"].value == "=ROUND(I9*(1-J9/100),2)"
    assert sheet["B9"].value == HOSTILE and sheet["B9"].data_type == "s"
    assert sheet["K9"].number_format == '#,##0.00 "₽"'
    assert sheet["F9"].value == dt.datetime(2026, 12, 5)
    assert sheet.freeze_panes == "A9"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet.print_title_rows == "$8:$8"
    labels = [sheet[f"B{r}"].value for r in range(14, 21)]
    assert labels == [
        "Сумма без скидки", "Скидка", "Итого по размещениям и расходам", "Агентская комиссия, 15 %",
        "Итого без НДС", "НДС 22 %", "Всего к оплате с НДС",
    ]  # fmt: skip


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_recalculates_the_program_totals_to_the_kopeck(
    db: Database, worked: int, tmp_path: Path
) -> None:
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    out = tmp_path / "out"
    # Raw values (the ninth option "save cell contents as shown" is false), UTF-8, comma-separated.
    csv_filter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false"
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    command = ["soffice", "--headless", profile, "--convert-to", csv_filter, "--outdir", str(out), str(path)]
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((out / "smeta.csv").read_text("utf-8").splitlines()))
    by_label = {row[1]: row for row in rows if len(row) > 10 and row[1]}
    with db.reading() as s:
        totals = est.load_version(s, worked).totals
    assert D(by_label["Итого по размещениям и расходам"][10]) == totals.net_total == D("183899.99")
    assert D(by_label["Агентская комиссия, 15 %"][10]) == totals.agency_fee == D("27585.00")
    assert D(by_label["Итого без НДС"][10]) == totals.subtotal
    assert D(by_label["НДС 22 %"][10]) == totals.vat == D("46526.70")
    assert D(by_label["Всего к оплате с НДС"][10]) == totals.total == D("258011.69")
    assert [D(rows[r][10]) for r in range(8, 12)] == [D("30000"), D("108000"), D("20899.99"), D("25000")]
    assert rows[8][1] == HOSTILE  # still text after recalculation


def test_pdf_is_a4_russian_with_totals_and_signatures(
    qapp, db: Database, worked: int, tmp_path: Path
) -> None:
    path = tmp_path / "smeta.pdf"
    export(db, worked, path)
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and b"/MediaBox [0 0 842" in data  # A4 landscape, in points
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        text = text.replace("\u00a0", " ")
        for expected in ("Смета «Декабрь»", "Всего к оплате с НДС", "258 011,69 ₽", "Согласовано (клиент)",
                         "Страница 1 из 1", "Пётр Сидоров", "=HYPERLINK("):  # fmt: skip
            assert expected in text, expected


def test_csv_is_raw_data_with_outside_text_neutralized(db: Database, worked: int, tmp_path: Path) -> None:
    path = tmp_path / "smeta.csv"
    export(db, worked, path)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["№", "Тип", "Блогер / статья"]
    assert rows[1][2] == "'" + HOSTILE
    assert rows[3][11] == "20899,99"
    assert rows[-1][2:] == ["Всего к оплате", "", "", "", "", "", "", "", "", "258011,69"]


def test_unknown_export_format_is_refused(db: Database, worked: int, tmp_path: Path) -> None:
    from smmdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        export(db, worked, tmp_path / "smeta.docx")
