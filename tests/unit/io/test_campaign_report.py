"""The client's campaign report and the charts, read back from the files they make."""

from __future__ import annotations

import csv
import datetime as dt
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.charts import campaign as charts
from smmdesk.domain.money import round_to
from smmdesk.domain.results import CostSeries, PaymentSeries, by_group, daily_series
from smmdesk.services import kpi, report
from smmdesk.services import placements as pl
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.database import Database

AUTUMN = 5  # the demo's campaign that has run
HOSTILE = '=HYPERLINK("http://evil.example","Нажми")'
MADE = dt.date(2026, 11, 26)


@pytest.fixture
def demo_db(demo_path: Path):
    db = open_workspace(demo_path, keep_backups=1)
    with db.transaction() as s:  # a name from outside that a spreadsheet would run
        row = pl.list_rows(s, AUTUMN)[0]
        s.get_one(pl.Placement, row.id).influencer_name = HOSTILE
    yield db
    db.close()


def test_the_xlsx_report_holds_kpis_publications_proof_and_charts(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "отчёт.xlsx"
    with demo_db.reading() as s:
        made = report.export_campaign_report(s, AUTUMN, path, made_on=MADE)
        results = kpi.campaign_results(s, AUTUMN)
    book = load_workbook(path)
    assert book.sheetnames == ["КПЭ", "Публикации", "Графики", "Данные графиков"]
    kpis = book["КПЭ"]
    assert kpis["A1"].value == "Отчёт по кампании «Осенняя распродажа»"
    cells = [[c.value for c in row] for row in kpis.iter_rows()]
    assert ["Дата отчёта:", dt.datetime(2026, 11, 26)] == cells[4][:2]  # a date cell, not a text
    assert kpis["B5"].is_date and kpis["B5"].number_format == "dd.mm.yyyy"
    assert any("без агентской комиссии и НДС" in str(row[0]) for row in cells)
    reach_row = next(row for row in kpis.iter_rows() if row[0].value == "Охват")
    line = next(k for k in results.kpis if k.key == "reach")
    # Figures are numbers in their formats; «Выполнение» a percentage, rounded half-up as shown.
    assert reach_row[1].value == 450000 and reach_row[1].number_format == "#,##0"
    assert reach_row[3].value == pytest.approx(float(round_to(line.achieved, 1)) / 100)
    assert reach_row[3].number_format == '0.0"\u00a0"%' and reach_row[3].alignment.horizontal == "right"
    cpm_row = next(row for row in kpis.iter_rows() if row[0].value == "CPM")
    assert cpm_row[2].number_format == '#,##0.00 "₽"' and isinstance(cpm_row[2].value, float)
    undefined = [row[1] for row in kpis.iter_rows() if row[0].value == "CPV"]
    assert undefined[0].value == "—" and undefined[0].alignment.horizontal == "right"
    assert any(str(row[0]).startswith("CPM: по 26 из 27 публикаций") for row in cells if row[0])
    publications = book["Публикации"]
    header = [c.value for c in publications[2]]
    assert header[:5] == ["Блогер", "Площадка", "Формат", "Дата", "Стоимость"]
    rows = [[c.value for c in row] for row in publications.iter_rows(min_row=3)]
    assert len(rows) == len(results.publications) + 1 and rows[-1][0] == "Итого"
    assert sum(r[4] for r in rows[:-1]) == pytest.approx(float(results.figure_set.cost))
    assert publications.cell(row=3, column=1).data_type == "s"  # outside text stays text
    assert HOSTILE in [r[0] for r in rows]
    assert publications["E3"].number_format.endswith('"₽"') and publications.freeze_panes == "A3"
    assert header[15:] == ["Ссылка", "ERID", "Источник данных"]
    assert any(r[16] == "нет ERID" for r in rows[:-1])  # the one published without its token
    assert all(r[17] for r in rows[:-1]) and any("скриншот" in r[17] for r in rows[:-1])
    # The charts are the spreadsheet's own, drawn from the data sheet; the PDF has the pictures.
    with zipfile.ZipFile(path) as archive:
        charts = [n for n in archive.namelist() if n.startswith("xl/charts/chart")]
        assert not [n for n in archive.namelist() if n.startswith("xl/media/")]
        xml = archive.read(charts[0]).decode()
    assert len(charts) == len(made.charts) >= 6 and "'Данные графиков'!$" in xml
    assert [c.key for c in made.charts][:3] == ["reach", "cpe", "cpv"] and made.charts[-1].key == "budget"
    assert len(made.pictures) == 4


def test_the_ratios_say_how_many_publications_they_are_over(demo_db: Database) -> None:
    """27 publications, one without figures: each ratio is over 26, and the report says so."""
    with demo_db.reading() as s:
        made = report.campaign_report(s, AUTUMN, False, MADE)
        results = kpi.campaign_results(s, AUTUMN)
    without = [p for p in results.publications if p.figures.impressions is None]
    assert len(results.publications) == 27 and len(without) == 1
    notes = made.tables[0].notes
    assert notes[0].startswith("Отношения посчитаны по публикациям")
    assert "CPM: по 26 из 27 публикаций" in notes and "ER: по 26 из 27 публикаций" in notes
    # The figure is the ratio of the sums over those 26, which is what the client can check by hand.
    known = [p.figures for p in results.publications if p.figures.impressions is not None]
    by_hand = sum(f.cost for f in known) / sum(f.impressions for f in known) * 1000
    assert next(k.fact for k in results.kpis if k.key == "cpm") == by_hand


def test_the_pdf_report_reads_well(demo_db: Database, tmp_path: Path, qapp) -> None:
    path = tmp_path / "отчёт.pdf"
    with demo_db.reading() as s:
        report.export_campaign_report(s, AUTUMN, path, with_fee_and_vat=True, made_on=MADE)
    assert path.read_bytes().startswith(b"%PDF") and not (tmp_path / "отчёт.pdf.part").exists()
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True).stdout
        text = text.replace("\u00a0", " ")
        for expected in ("Отчёт по кампании «Осенняя распродажа»", "с агентской комиссией и НДС",
                         "Показатели эффективности", "Публикации и их результаты", "Итого", "Страница 1 из",
                         "Публикации: ссылки, маркировка, источники данных",
                         "=HYPERLINK(", "CPM: по 26 из 27 публикаций"):  # fmt: skip
            assert expected in text, expected
        pages = text.split("\f")
        assert all("Отчёт по кампании «Осенняя распродажа»" in page for page in pages[1:-1])  # running header
        listed = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
        charts = [line.split() for line in listed.splitlines()[2:] if line.split()[2] == "image"]
        assert len(charts) == 4  # each on a page of its own, across the page's width


def test_an_unknown_report_format_is_refused(demo_db: Database, tmp_path: Path) -> None:
    from smmdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError), demo_db.reading() as s:
        report.export_campaign_report(s, AUTUMN, tmp_path / "отчёт.docx")


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_the_report(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    with demo_db.reading() as s:
        report.export_campaign_report(s, AUTUMN, path, made_on=MADE)
    out = tmp_path / "out"
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"
    command = ["soffice", "--headless", profile, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
               "--outdir", str(out), str(path)]  # fmt: skip
    subprocess.run(command, check=True, capture_output=True, timeout=180)
    rows = list(csv.reader((out / "report.csv").read_text("utf-8").splitlines()))
    assert rows[0][0] == "Отчёт по кампании «Осенняя распродажа»"
    assert any(row and row[0] == "Охват" for row in rows)


def test_the_payments_register(demo_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "реестр.xlsx"
    with demo_db.reading() as s:
        made = report.export_payments_register(s, dt.date(2026, 10, 1), dt.date(2026, 10, 31), path)
        paid = pl.payments_register(s, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    sheet = load_workbook(path)["Платежи"]
    rows = [
        [c.value for c in row]
        for row in sheet.iter_rows(min_row=sheet.max_row - len(paid), max_row=sheet.max_row)
    ]
    assert len(paid) > 5 and made.tables[0].total_rows("RUB")[0][0][7] == sum(p.amount for p in paid)
    assert rows[-1][0] == "Итого" and rows[-1][7] == pytest.approx(float(sum(p.amount for p in paid)))
    assert {r[4] for r in rows[:-1]} <= {"предоплата", "окончательный расчёт"}


def test_charts_draw_real_data_and_save_in_three_formats(demo_db: Database, tmp_path: Path) -> None:
    with demo_db.reading() as s:
        results = kpi.campaign_results(s, AUTUMN)
        to_pay = kpi.campaign_results(s, AUTUMN, with_fee_and_vat=True).figure_set.cost
        figures = report.campaign_charts(s, results)
        internal = report.campaign_charts(s, results, keys=report.INTERNAL_CHART_KEYS)
    assert list(figures) == list(report.CHART_KEYS) == ["reach", "cost", "groups", "budget"]
    reach = figures["reach"].axes[0]
    assert reach.get_title(loc="left") == "Охват и просмотры нарастающим итогом"
    assert [line.get_label() for line in reach.get_lines()][:4] == [
        "Охват, факт",
        "Просмотры, факт",
        "Охват, план",
        "Просмотры, план",
    ]
    assert reach.get_lines()[0].get_ydata()[-1] > 0
    budget = figures["budget"].axes[0]
    # Against the budget, the cost is what the estimate checks its budget by: the total to pay.
    assert budget.get_lines()[0].get_ydata()[-1] == pytest.approx(float(to_pay))
    assert "с агентской комиссией и НДС" in budget.get_lines()[0].get_label()
    assert "₽" in budget.yaxis.get_major_formatter()(150000, 0)
    assert "внутреннее" in internal["payments"].axes[0].get_title(loc="left")
    for suffix, magic in ((".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")):
        saved = charts.save(figures["cost"], tmp_path / f"chart{suffix}")
        assert saved.read_bytes().startswith(magic)
    assert charts.save(figures["groups"], tmp_path / "chart").suffix == ".png"


def test_charts_of_nothing_say_so_instead_of_failing() -> None:
    empty = daily_series(dt.date(2026, 1, 1), dt.date(2025, 12, 31), [], [])
    figure = charts.reach_chart(empty, lang="en")
    assert "No data yet" in [t.get_text() for t in figure.axes[0].texts]
    charts.cost_by_influencer_chart(by_group([]))
    charts.results_by_group_chart([], [])
    charts.payments_chart(PaymentSeries([], [], None, kpi.Decimal(0)))
    charts.budget_chart(CostSeries([], [], None))
