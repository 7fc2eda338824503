"""The client's estimate as it prints: the totals block with the last lines wherever the page
breaks, a long title wrapped over the table (the page never shrinks for it, the running header
kept), and a draft's forecast over the lines that have both a price and views, in the window, the
XLSX and the PDF alike."""

from __future__ import annotations

import datetime as dt
import html
import re
import zipfile
from decimal import Decimal as D
from pathlib import Path

import pytest
from rendering import PDFTOTEXT, SOFFICE, needs_libreoffice, pdf_pages, pdf_text, rendered

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.estimate_export import export_version

LONG = ("Очень длинное название сметы для федеральной сети магазинов «Ромашка» & партнёров " * 3).strip()


def estimate_of(db, title: str, costs: int, campaign: int | None = None) -> int:
    with db.transaction() as s:
        if campaign is None:
            client = camp.create_client(s, "ООО «Ромашка»")
            campaign = camp.create_campaign(s, client, "Весна", dt.date(2027, 3, 1), dt.date(2027, 3, 31))
        estimate = est.create_estimate(s, campaign, title, AgencySettings())
        version = est.latest_version(s, estimate)
        for n in range(costs):
            est.add_cost(s, version, f"Расход {n + 1}", 1, D("1000"))
    return version


def words_of(page: str) -> str:
    return " ".join(page.split())


@needs_libreoffice
def test_the_totals_and_signatures_print_with_the_last_lines(db, tmp_path: Path) -> None:
    """Estimates of 18 to 27 lines, printed by LibreOffice: the page with the totals holds all of
    them, the signatures and at least the last two lines; no page holds half of the block."""
    paths = []
    for count in range(18, 28):
        version = estimate_of(db, f"Смета на {count} строк", count)
        path = tmp_path / f"смета-{count}.xlsx"
        with db.reading() as s:
            export_version(s, version, path)
        paths.append((count, path))
    pdfs = rendered([p for _, p in paths], tmp_path)
    block = ("Сумма без скидки", "Итого по размещениям и расходам", "Агентская комиссия", "Итого без НДС",
             "НДС 22 %", "Всего к оплате", "Согласовано (клиент)", "Агентство: ___")  # fmt: skip
    for count, path in paths:
        pages = [words_of(p) for p in pdf_pages(pdfs[path]) if p.strip()]
        holding = [p for p in pages if any(words in p for words in block)]
        assert len(holding) == 1, (count, len(pages))
        last = holding[0]
        assert all(words in last for words in block), count
        assert f"Расход {count - 1} " in last and f"Расход {count} " in last, count


def test_a_long_title_keeps_the_running_header_and_wraps_over_the_table(db, tmp_path: Path) -> None:
    version = estimate_of(db, LONG, 3)
    short = estimate_of(db, "Весна", 3)
    long_path, short_path = tmp_path / "длинная.xlsx", tmp_path / "короткая.xlsx"
    with db.reading() as s:
        export_version(s, version, long_path)
        export_version(s, short, short_path)
    with zipfile.ZipFile(long_path) as archive:
        sheet = archive.read("xl/worksheets/sheet1.xml").decode()
    header = re.search(r"<oddHeader>(.*?)</oddHeader>", sheet)
    assert header is not None, "XlsxWriter dropped the running header"
    shown = html.unescape(header[1])
    assert len(shown) <= 255 and shown.endswith("…") and "&& партнёров" in shown  # "&" escaped
    from openpyxl import load_workbook

    first = load_workbook(long_path).active["A1"]
    assert first.value == f"Смета «{LONG}», версия 1" and first.alignment.wrap_text  # whole in the sheet
    if PDFTOTEXT is None or SOFFICE is None:
        return
    pdfs = rendered([long_path, short_path], tmp_path)
    text = words_of(pdf_text(pdfs[long_path]))
    assert all(word in text for word in ("федеральной", "партнёров", "версия"))

    def header_size(pdf: Path) -> float:
        """The height of «Подписчики» in the table's header, in points: the page's scale."""
        import subprocess

        boxes = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
        found = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Подписчики<', boxes)
        assert found
        return float(found[2]) - float(found[1])

    assert header_size(pdfs[long_path]) == pytest.approx(header_size(pdfs[short_path]), rel=0.02)


