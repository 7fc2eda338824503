"""The client's estimate read back from its three files: XLSX (with openpyxl, and as LibreOffice
shows and recalculates it), PDF (as poppler reads it) and CSV; in each VAT mode and currency."""

from __future__ import annotations

import csv
import datetime as dt
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from rendering import (
    needs_libreoffice,
    pdf_text,
    raw_cells,
    render_problems,
    rendered,
    shown_cells,
    words_whole,
)

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services.estimate_export import export_version
from smmdesk.services.settings import save_agency_settings
from smmdesk.storage.database import Database

HOSTILE = '=HYPERLINK("http://example.invalid/x","нажмите")'
# The words of RULES.md for each VAT mode: (subtotal, VAT, last line), and the figures of its
# worked example (fee 15 %, VAT 22 %), computed by hand from the four lines.
WORDS = {
    "on_top": ("Итого без НДС", "НДС 22 %", "Всего к оплате"),
    "included": ("Итого", "в том числе НДС 22 %", "Всего к оплате"),
    "none": ("Итого", "НДС не облагается (УСН)", "Всего к оплате"),
}
SUBTOTAL = D("211484.99")
VAT = {"on_top": D("46526.70"), "included": D("38136.64"), "none": None}
TOTAL = {"on_top": D("258011.69"), "included": SUBTOTAL, "none": SUBTOTAL}


@pytest.fixture
def worked(db: Database) -> int:
    """RULES.md's worked example as an estimate, with a hostile name on one line."""
    with db.transaction() as s:
        save_agency_settings(s, AgencySettings(agency_name="Агентство «Северный ветер» & Co"))
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
        estimate = est.create_estimate(s, campaign, "Декабрь & январь", AgencySettings(agency_fee=D("15")))
        version = est.latest_version(s, estimate)
        (a,) = est.add_placements(s, version, [accounts["anna.style"]], 1, dt.date(2026, 12, 5))
        est.update_line(s, a, {"quantity": 2, "contractor_fee": D("11111.11")})
        (b,) = est.add_placements(s, version, [accounts["petr"]], 3, dt.date(2026, 12, 8))
        est.update_line(s, b, {"unit_price": D("120000"), "discount_pct": D("10")})
        c = est.add_cost(s, version, "Telegram, пост (свой формат)", 3, D("7333.33"))
        est.update_line(s, c, {"discount_pct": D("5")})
        est.add_cost(s, version, "Продакшн (съёмка)", 1, D("25000"))
    return version


def export(db: Database, version: int, path: Path) -> None:
    with db.reading() as s:
        export_version(s, version, path, made_on=dt.date(2026, 11, 26))


def settings(db: Database, version: int, **changes: object) -> None:
    with db.transaction() as s:
        est.update_settings(s, version, changes)


def labelled(sheet) -> dict[str, object]:
    """label in B → its row, for the rows under the lines (the totals, the forecast, signatures)."""
    return {
        row[1].value: row
        for row in sheet.iter_rows(min_row=9)
        if row[0].value is None and isinstance(row[1].value, str)
    }


def test_xlsx_has_the_header_block_formulas_with_values_and_print_setup(
    db: Database, worked: int, tmp_path: Path
) -> None:
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    sheet = load_workbook(path).active
    values = load_workbook(path, data_only=True).active  # what a preview or pandas shows
    assert sheet["A1"].value == "Смета «Декабрь & январь», версия 1"
    block = {sheet[f"B{r}"].value: sheet[f"C{r}"].value for r in range(2, 7)}
    assert block == {
        "Агентство:": "Агентство «Северный ветер» & Co",
        "Клиент:": 'ООО «Ромашка» (ООО "Ромашка")',
        "Кампания:": "Новогодняя коллекция",
        "Период:": "01.12.2026 — 31.12.2026",
        "Версия:": "1, черновик",
    }
    header = [c.value for c in sheet[8]]
    assert header[:11] == [
        "№", "Блогер / статья расходов", "Площадка", "Аккаунт", "Формат", "Дата", "Кол-во", "Цена за ед., ₽",
        "Сумма, ₽", "Скидка, %", "Итого, ₽",
    ]  # fmt: skip
    assert sheet["I9"].value == "=ROUND(G9*H9,2)" and sheet["K9"].value == "=ROUND(I9*(1-J9/100),2)"
    assert [values[f"K{r}"].value for r in range(9, 13)] == [30000, 108000, 20899.99, 25000]
    assert sheet["B9"].value == HOSTILE and sheet["B9"].data_type == "s"
    assert sheet["K9"].number_format == '#,##0.00 "₽"' and sheet["F9"].value == dt.datetime(2026, 12, 5)
    assert sheet["C9"].value == "Instagram"  # the platform's title, not its code
    fonts = {c.font.name for row in sheet.iter_rows() for c in row if c.value is not None}
    assert fonts == {"Calibri"}
    assert sheet.freeze_panes == "A9" and sheet.print_title_rows == "$8:$8"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.paperSize == 9
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.page_setup.fitToHeight == 0  # 1 page wide
    assert sheet.oddHeader.left.text == "Смета «Декабрь && январь», версия 1"  # "&" escaped
    rows = labelled(sheet)
    assert list(rows)[:7] == [
        "Сумма без скидки", "Скидка", "Итого по размещениям и расходам", "Агентская комиссия, 15 %",
        "Итого без НДС", "НДС 22 %", "Всего к оплате",
    ]  # fmt: skip
    cached = {label: values[f"K{row[1].row}"].value for label, row in rows.items()}
    assert cached["Агентская комиссия, 15 %"] == 27585 and cached["Всего к оплате"] == 258011.69
    for label in ("Агентская комиссия, 15 %", "НДС 22 %"):  # rates sit in the words, not under «Скидка»
        assert sheet[f"J{rows[label][1].row}"].value is None


def test_every_formula_keeps_its_computed_value(db: Database, worked: int, tmp_path: Path) -> None:
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    with zipfile.ZipFile(path) as archive:
        xml = archive.read("xl/worksheets/sheet1.xml").decode()
    formulas = xml.count("<f>")
    assert formulas > 20 and formulas == len(re.findall(r"<f>[^<]*</f><v>[^<]+</v>", xml))


@pytest.mark.parametrize("mode", ["on_top", "included", "none"])
def test_each_vat_mode_is_worded_as_rules_md_in_xlsx_pdf_and_csv(
    qapp, db: Database, worked: int, tmp_path: Path, mode: str
) -> None:
    settings(db, worked, vat_mode=mode)
    subtotal, vat, last = WORDS[mode]
    for suffix in (".xlsx", ".pdf", ".csv"):
        export(db, worked, tmp_path / f"smeta{suffix}")
    rows = labelled(load_workbook(tmp_path / "smeta.xlsx", data_only=True).active)
    words = list(rows)[4:7]
    assert words == [subtotal, vat, last]
    assert rows[subtotal][10].value == float(SUBTOTAL) and rows[last][10].value == float(TOTAL[mode])
    assert rows[vat][10].value == (None if VAT[mode] is None else float(VAT[mode]))
    csv_rows = list(csv.reader((tmp_path / "smeta.csv").read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert [r[2] for r in csv_rows[-3:]] == [subtotal, vat, last]
    assert csv_rows[-1][11] == str(TOTAL[mode]).replace(".", ",")
    if mode == "included":  # nothing is «без НДС» that is not total − VAT
        assert not any("без НДС" in r[2] for r in csv_rows)
    text = pdf_text(tmp_path / "smeta.pdf")
    assert f"{vat}" in text and f"{last}" in text
    assert ("Итого без НДС" in text) == (mode == "on_top")


def test_a_usd_estimate_never_shows_roubles(qapp, db: Database, worked: int, tmp_path: Path) -> None:
    settings(db, worked, currency="USD")
    for suffix in (".xlsx", ".pdf", ".csv"):
        export(db, worked, tmp_path / f"smeta{suffix}")
    sheet = load_workbook(tmp_path / "smeta.xlsx").active
    assert [c.value for c in sheet[8]][7:11] == ["Цена за ед., $", "Сумма, $", "Скидка, %", "Итого, $"]
    formats = {c.number_format for row in sheet.iter_rows() for c in row}
    assert '#,##0.00 "$"' in formats and not any("₽" in f for f in formats)
    text = pdf_text(tmp_path / "smeta.pdf")
    assert "₽" not in text and "258 011,69 $" in text
    assert "₽" not in (tmp_path / "smeta.csv").read_text("utf-8-sig")


def test_a_line_without_a_price_is_a_dash_and_a_draft_says_how_many(
    qapp, db: Database, worked: int, tmp_path: Path
) -> None:
    with db.transaction() as s:
        account = s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == "petr"))
        est.add_placements(s, worked, [account], 2, dt.date(2026, 12, 20))  # no price on the card
    for suffix in (".xlsx", ".pdf", ".csv"):
        export(db, worked, tmp_path / f"smeta{suffix}")
    sheet = load_workbook(tmp_path / "smeta.xlsx", data_only=True).active
    unpriced = next(row for row in sheet.iter_rows(min_row=9) if row[0].value == 5)
    assert [unpriced[c].value for c in (7, 8, 10, 14, 15)] == ["—"] * 5
    notes = [c.value for row in sheet.iter_rows(max_row=8) for c in row if isinstance(c.value, str)]
    assert any("у 1 строки нет цены" in n for n in notes)
    assert labelled(sheet)["Всего к оплате"][10].value == 258011.69  # the line adds nothing
    text = pdf_text(tmp_path / "smeta.pdf")
    assert "у 1 строки нет цены" in text
    line = next(r for r in csv.reader((tmp_path / "smeta.csv").open(encoding="utf-8-sig"), delimiter=";")
                if r[0] == "5")  # fmt: skip
    assert line[8:12] == ["—", "—", "0,00", "—"]


def test_the_estimate_says_who_approved_it_and_when(qapp, db: Database, worked: int, tmp_path: Path) -> None:
    with db.transaction() as s:
        est.send_to_client(s, worked)
        est.decide(s, worked, True, "Иванова И.")
        decided = est.load_version(s, worked).decided_at
    assert decided is not None
    day = decided.astimezone().strftime("%d.%m.%Y")
    for suffix in (".xlsx", ".pdf"):
        export(db, worked, tmp_path / f"smeta{suffix}")
    sheet = load_workbook(tmp_path / "smeta.xlsx").active
    assert sheet["C6"].value == f"1, согласована {day}, Иванова И."
    assert f"1, согласована {day}, Иванова И." in pdf_text(tmp_path / "smeta.pdf")


def test_csv_is_raw_data_with_outside_text_neutralized(db: Database, worked: int, tmp_path: Path) -> None:
    path = tmp_path / "smeta.csv"
    export(db, worked, path)
    rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0][:3] == ["№", "Тип", "Блогер / статья"] and rows[0][8] == "Цена за ед., ₽"
    assert rows[1][2] == "'" + HOSTILE
    assert rows[3][11] == "20899,99"
    assert rows[-1][2:] == ["Всего к оплате", "", "", "", "", "", "", "", "", "258011,69"]


def test_unknown_export_format_is_refused(db: Database, worked: int, tmp_path: Path) -> None:
    from smmdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError):
        export(db, worked, tmp_path / "smeta.docx")


@needs_libreoffice
def test_libreoffice_recalculates_the_program_totals_to_the_kopeck(
    db: Database, worked: int, tmp_path: Path
) -> None:
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    rows = raw_cells(path, tmp_path)
    by_label = {row[1]: row for row in rows if len(row) > 10 and row[1]}

    def figure(label: str) -> D:
        return D(by_label[label][10].replace(",", "."))

    with db.reading() as s:
        totals = est.load_version(s, worked).totals
    assert figure("Итого по размещениям и расходам") == totals.net_total == D("183899.99")
    assert figure("Агентская комиссия, 15 %") == totals.agency_fee == D("27585.00")
    assert figure("Итого без НДС") == totals.subtotal
    assert figure("НДС 22 %") == totals.vat == D("46526.70")
    assert figure("Всего к оплате") == totals.total == D("258011.69")
    assert rows[8][1] == HOSTILE  # still text after recalculation


@needs_libreoffice
def test_libreoffice_recalculates_rather_than_trusting_the_stored_values(
    db: Database, worked: int, tmp_path: Path
) -> None:
    """The check above would pass with wrong formulas if LibreOffice showed the stored values: here a
    stored value is made wrong on purpose and LibreOffice must show the formula's result instead."""
    path = tmp_path / "smeta.xlsx"
    export(db, worked, path)
    tampered = tmp_path / "tampered.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(tampered, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<v>258011.69</v>", b"<v>1</v>")
                assert b"<v>1</v>" in data
            target.writestr(item, data)
    rows = raw_cells(tampered, tmp_path)
    total = next(row for row in rows if len(row) > 10 and row[1] == "Всего к оплате")
    assert total[10] == "258011,69"


@needs_libreoffice
@pytest.mark.parametrize("currency", ["RUB", "USD"])
def test_rendered_by_libreoffice_the_estimate_shows_every_figure_and_label_whole(
    qapp, db: Database, worked: int, tmp_path: Path, currency: str
) -> None:
    settings(db, worked, currency=currency)
    with db.transaction() as s:  # long names, a large quantity: the widest figures an estimate has
        line = est.add_cost(
            s, worked, "Доставка продукта блогерам по всей России и странам СНГ", 9999, D("99999.99")
        )
        est.update_line(s, line, {"discount_pct": D("12.5")})
    xlsx = tmp_path / "smeta.xlsx"
    export(db, worked, xlsx)
    shown = shown_cells(xlsx, tmp_path)
    pdf = rendered([xlsx], tmp_path)[xlsx]
    text = pdf_text(pdf)
    symbol = "$" if currency == "USD" else "₽"
    assert render_problems(text, currency_symbol=symbol) == []
    figures = [cell for row in shown for cell in row if cell.endswith(symbol)]
    assert figures and all(f.replace("\u00a0", " ") in text for f in figures)  # no figure cut or hidden
    labels = [cell for row in shown[:8] for cell in row if cell]
    assert words_whole(text, labels) == []
    grand = next(row for row in shown if len(row) > 10 and row[1] == "Всего к оплате")[10]
    assert grand.replace("\u00a0", " ") in text
