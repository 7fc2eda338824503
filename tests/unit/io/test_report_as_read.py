"""The client's campaign report as the client reads it: its note on costs in the words of the
estimate's VAT mode, its charts' axes and titles, the budget on the estimate's own basis, what it
prints and how its pages break. Each XLSX is rendered by LibreOffice, each PDF read by poppler."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from made_campaigns import DAY, made_campaign
from openpyxl import load_workbook
from rendering import PDFTOTEXT, SOFFICE, needs_libreoffice, pdf_pages, pdf_text, rendered

from smmdesk.domain.report import ChartData, Column, Report, Series, Table
from smmdesk.io.report_xlsx import write_report_xlsx
from smmdesk.services import kpi, report

FIGURES = {"impressions": 8000, "reach": 5000, "likes": 100, "followers": 3000, "clicks": 20}
# RULES.md's words for each VAT mode, as a report's note on its costs says them.
NOTES = {
    ("on_top", False): "без агентской комиссии и НДС",
    ("on_top", True): "с агентской комиссией и НДС",
    ("included", False): "без агентской комиссии, в том числе НДС",
    ("included", True): "с агентской комиссией, в том числе НДС",
    ("none", False): "без агентской комиссии; НДС не облагается (УСН)",
    ("none", True): "с агентской комиссией (всего к оплате по смете); НДС не облагается (УСН)",
}
WRONG = {
    "included": ["без агентской комиссии и НДС", "с агентской комиссией и НДС"],  # VAT is in the cost
    "none": ["комиссии и НДС", "комиссией и НДС"],  # there is no VAT to include or leave out
}


@pytest.fixture(scope="module")
def modes(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict:
    from smmdesk.services.workspace import open_workspace

    folder = tmp_path_factory.mktemp("vat-modes")
    db = open_workspace(folder / "modes.smmdesk")
    made = {mode: made_campaign(db, f"Режим {mode}", ["10000"], [FIGURES], vat_mode=mode)
            for mode in ("on_top", "included", "none")}  # fmt: skip
    files = {}
    with db.reading() as s:
        for mode, campaign in made.items():
            for with_fee in (False, True):
                paths = [folder / f"отчёт-{mode}-{int(with_fee)}{suffix}" for suffix in (".xlsx", ".pdf")]
                report.export_campaign_report(s, campaign.campaign, paths, with_fee, made_on=DAY)
                files[mode, with_fee] = paths
    yield {"db": db, "made": made, "files": files, "folder": folder}
    db.close()


def test_the_cost_note_follows_the_vat_mode_in_the_pdf_and_the_xlsx(modes: dict) -> None:
    for (mode, with_fee), (xlsx, pdf) in modes["files"].items():
        cells = [str(c.value) for row in load_workbook(xlsx)["КПЭ"].iter_rows() for c in row if c.value]
        note = next(c for c in cells if c.startswith("Стоимость указана"))
        texts = [note]
        if PDFTOTEXT:
            texts.append(" ".join(pdf_text(pdf).split()))
        for text in texts:
            assert NOTES[mode, with_fee] in text, (mode, with_fee, text[:300])
            for wrong in WRONG.get(mode, []):
                assert wrong not in text.replace(NOTES[mode, with_fee], ""), (mode, with_fee)


def test_the_budget_is_set_against_what_the_estimate_checks_it_by(modes: dict) -> None:
    """The estimate checks its total to pay against the campaign's budget: the chart's cost is the
    same figure (10 000 ₽ + 15 % fee + 22 % VAT on top = 14 030 ₽), whether or not the report's
    costs carry the fee, and the chart says which it is."""
    db, made = modes["db"], modes["made"]["on_top"]
    with db.reading() as s:
        from smmdesk.services import estimates as est

        to_pay = est.load_version(s, made.version).totals.total
        assert to_pay == Decimal("14030.00")
        for with_fee in (False, True):
            results = kpi.campaign_results(s, made.campaign, with_fee)
            figure = report.campaign_charts(s, results, keys=["budget"])["budget"]
            line = figure.axes[0].get_lines()[0]
            assert line.get_ydata()[-1] == pytest.approx(float(to_pay))
            assert "с агентской комиссией и НДС" in line.get_label()
    xlsx = modes["files"]["on_top", False][0]
    book = load_workbook(xlsx)
    data = book["Данные графиков"]
    names = [str(c.value) for row in data.iter_rows() for c in row if c.value]
    assert any(n.startswith("К оплате нарастающим итогом (с агентской комиссией и НДС)") for n in names)
    assert 14030 in [c.value for row in data.iter_rows() for c in row]  # the series the native chart draws


def test_the_native_charts_axes_have_the_decimals_their_values_need(tmp_path: Path) -> None:
    """CPV of 0,17–0,42 $: the axis reads 0,1 $ 0,2 $ … in dollars, never «0 $ 0 $ 0 $»."""
    path = tmp_path / "оси.xlsx"
    made = Report("Отчёт", [("Клиент", "ООО")], tables=[Table("Т", [Column("A")], [["x"]])], currency="USD")
    values = [Decimal("0.42"), Decimal("0.17"), Decimal("0.35")]
    made.charts = [ChartData("cpv", "CPV по блогерам", "bar", ["Анна", "Борис", "Вера"],
                             [Series("CPV", values, "money")])]  # fmt: skip
    write_report_xlsx(path, made)
    with zipfile.ZipFile(path) as archive:
        chart = archive.read("xl/charts/chart1.xml").decode()
    axis = re.search(r"<c:valAx>.*?</c:valAx>", chart, re.S)
    assert axis and 'formatCode="#,##0.0 &quot;$&quot;"' in axis[0]
    assert '<c:majorUnit val="0.1"/>' in axis[0]
    if SOFFICE is None or PDFTOTEXT is None:
        return
    page = pdf_pages(rendered([path], tmp_path)[path])[1]
    ticks = re.findall(r"\d+,\d\s\$", page)
    assert ticks[:5] == ["0,0 $", "0,1 $", "0,2 $", "0,3 $", "0,4 $"] and "₽" not in page


@pytest.fixture(scope="module")
def sixteen(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict:
    from smmdesk.services.workspace import open_workspace

    folder = tmp_path_factory.mktemp("sixteen")
    db = open_workspace(folder / "sixteen.smmdesk")
    prices = [str(1000 + 500 * n) for n in range(16)]
    made = made_campaign(db, "Шестнадцать", prices, [FIGURES] * 16)
    paths = [folder / "отчёт.xlsx", folder / "отчёт.pdf"]
    with db.reading() as s:
        built = report.export_campaign_report(s, made.campaign, paths, made_on=DAY)
        results = kpi.campaign_results(s, made.campaign)
        figure = report.campaign_charts(s, results, keys=["cost"])["cost"]
    db.close()
    return {"paths": paths, "report": built, "figure": figure, "folder": folder}


def test_the_cost_charts_say_how_many_bloggers_they_show(sixteen: dict) -> None:
    """16 bloggers, the 12 costliest drawn: the PDF's chart, the XLSX's native ones say «12 из 16»."""
    assert "12 из 16 блогеров" in sixteen["figure"].get_suptitle()
    titles = [c.title for c in sixteen["report"].charts if c.key in ("cpe", "cpv")]
    assert len(titles) == 2 and all("12 из 16" in t for t in titles)
    with zipfile.ZipFile(sixteen["paths"][0]) as archive:
        xml = "".join(archive.read(n).decode() for n in archive.namelist() if n.startswith("xl/charts/"))
    assert xml.count("12 из 16") == 2


@needs_libreoffice
def test_the_xlsx_prints_no_chart_data_and_no_caption_at_a_page_foot(sixteen: dict) -> None:
    xlsx = sixteen["paths"][0]
    assert load_workbook(xlsx)["Данные графиков"].sheet_state == "hidden"
    pages = pdf_pages(rendered([xlsx], sixteen["folder"])[xlsx])
    days = {f"{DAY + dt.timedelta(days=n):%d.%m.%Y}" for n in range(1, 20)}  # only the data sheet lists them
    assert not [day for day in days if any(day in page for page in pages)]
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        captions = [i for i, line in enumerate(lines) if line.strip().startswith("Показатели эффективности")]
        assert all(len(lines) - i > 4 for i in captions)  # its header and first rows come with it


def test_the_pdf_keeps_a_short_table_whole_and_prints_no_empty_total(sixteen: dict) -> None:
    if PDFTOTEXT is None:
        pytest.skip("poppler is not installed")
    pages = pdf_pages(sixteen["paths"][1])
    with_kpis = [p for p in pages if "Охват" in p and "Выполнение" in p]
    assert len(with_kpis) == 1  # the KPI table on one page, its notes with it
    assert "Все показатели посчитаны по всем 16 публикациям" in with_kpis[0]
    links = [p for p in pages if "ссылки, маркировка" in p]
    assert links and not any(re.search(r"^\s*Итого\s*$", line) for p in links for line in p.splitlines())


def test_the_report_date_is_a_date_and_its_words_count_right(sixteen: dict, modes: dict) -> None:
    sheet = load_workbook(sixteen["paths"][0])["КПЭ"]
    cells = {row[0].value: row[1] for row in sheet.iter_rows() if row[0].value}
    assert cells["Дата отчёта:"].is_date and cells["Дата отчёта:"].value == dt.datetime(2027, 5, 5)
    assert cells["Публикаций:"].value == "16 из 16 запланированных"
    one = load_workbook(modes["files"]["none", False][0])["КПЭ"]
    texts = [str(c.value) for row in one.iter_rows() for c in row if c.value]
    assert "1 из 1 запланированной" in texts  # not «запланированных»
    assert "Все показатели посчитаны по 1 публикации." in texts  # not «по всем 1 публикациям»


def word_height(pdf: Path, word: str) -> float:
    """The height of `word` where LibreOffice printed it, in points: the page's scale shows in it."""
    import subprocess

    boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    found = re.search(rf'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">{word}<', boxes)
    assert found, word
    return float(found[2]) - float(found[1])


def test_very_long_names_wrap_in_the_header_and_keep_the_running_header(db, tmp_path: Path) -> None:
    """A campaign named in 240 characters for a client named in 200 (the most a client's name
    holds): every sheet keeps its running header (shortened, never dropped), the header block wraps
    its values whole, the page is not shrunk to make room for them."""
    long_campaign = ("Осенняя распродажа " + "и много слов о ней " * 12).strip()
    long_client = ("ООО «Ромашка» " + "с очень длинным названием " * 11)[:200].strip()
    assert len(long_campaign) > 230 and len(long_client) >= 199
    made = {
        "long": made_campaign(db, long_campaign, ["10000"], [FIGURES], client=long_client, bloggers=["Анна"]),
        "short": made_campaign(db, "Осень", ["10000"], [FIGURES]),
    }
    paths = {}
    with db.reading() as s:
        for key, campaign in made.items():
            paths[key] = tmp_path / f"отчёт-{key}.xlsx"
            report.export_campaign_report(s, campaign.campaign, paths[key], made_on=DAY)
    with zipfile.ZipFile(paths["long"]) as archive:
        printed = [f"xl/worksheets/sheet{n}.xml" for n in (1, 2, 3)]  # КПЭ, Публикации, Графики
        headers = [re.search(r"<oddHeader>(.*?)</oddHeader>", archive.read(n).decode()) for n in printed]
    assert all(h is not None and h[1].endswith("…") for h in headers)
    kpis = load_workbook(paths["long"])["КПЭ"]
    assert kpis["A1"].value == f"Отчёт по кампании «{long_campaign}»"  # whole in the sheet
    if SOFFICE is None or PDFTOTEXT is None:
        return
    pdfs = rendered(list(paths.values()), tmp_path)
    first = " ".join(pdf_pages(pdfs[paths["long"]])[0].split())
    assert long_client in first  # wrapped across the table, every word on the page
    assert "Охват" in first and "CTR, %" in first  # the KPI table whole on its page
    assert word_height(pdfs[paths["long"]], "Показатель") == pytest.approx(
        word_height(pdfs[paths["short"]], "Показатель"), rel=0.02
    )
