"""The strategy document for the client, read as the client reads it: the XLSX rendered by
LibreOffice and read back, the PDF read by poppler. Nothing internal in either: the people's hourly
rates, the agreements' and payments' amounts and the staffing costs are made unmistakable (kopecks
no figure of the document has) and searched for in every spelling."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from decimal import Decimal as D

import pytest
from openpyxl import load_workbook
from rendering import needs_libreoffice, pdf_pages, pdf_text, render_problems, rendered, words_whole

from smmdesk.domain.money import format_decimal
from smmdesk.domain.strategy.control import KpiBar
from smmdesk.domain.strategy.plan import Raci
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_items as items
from smmdesk.services import strategy_state as state
from smmdesk.services.strategy_document import export_strategy
from smmdesk.services.workspace import open_workspace

RATE, FEE, BONUS = D("1537.37"), D("45000.73"), D("10000.37")


def spellings(amount: D) -> set[str]:
    grouped = format_decimal(amount, 2)
    return {grouped.replace("\u00a0", " "), grouped, f"{amount:.2f}".replace(".", ","), f"{amount:.2f}"}


@pytest.fixture(scope="module")
def document(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict:
    from smmdesk.i18n import translator_for

    folder = tmp_path_factory.mktemp("strategy")
    db = open_workspace(folder / "planner.smmdesk")
    start, end = dt.date(2026, 11, 2), dt.date(2027, 1, 31)
    try:
        with db.transaction() as s:
            sid = st.create_strategy(s, "Рост сообщества «Ромашки»", start, end)
            v = st.latest_version(s, sid)
            owner = "Мария Петрова"
            goal = items.add(s, v, "goal", title="Узнаваемость бренда", kind="awareness", owner=owner,
                             start=start, end=end)  # fmt: skip
            sub = items.add(s, v, "goal", title="Сообщество ВКонтакте", kind="engagement", owner=owner,
                            start=start, end=end, parent_id=goal)  # fmt: skip
            kpi = items.add(s, v, "kpi", goal_id=sub, metric="Подписчики сообщества", unit="чел.",
                            baseline=D(1000), target=D(3000), start=start, due=end)  # fmt: skip
            anna = items.add(s, v, "executor", name="Анна Смирнова", kind="employee", role="designer",
                             weekly_hours=D(10), hourly_rate=RATE)  # fmt: skip
            items.add(s, v, "agreement", executor_id=anna, kind="monthly", amount=FEE, start=start, end=end)
            for n in range(12):
                first = start + dt.timedelta(days=7 * n)
                title = f"Серия публикаций №{n + 1} для сообщества"
                items.add(s, v, "task", title=title, role="designer", start=first,
                          due=first + dt.timedelta(days=4), effort=D(30), goal_id=sub,
                          acceptance="Макеты согласованы с клиентом",
                          raci=Raci((anna,), (anna,)))  # fmt: skip
            point = items.add(s, v, "checkpoint", title="Половина пути", day=dt.date(2026, 12, 15),
                              bar=KpiBar(kpi, D(2000)))  # fmt: skip
            items.add(s, v, "agreement", executor_id=anna, kind="kpi_bonus", amount=BONUS,
                      start=dt.date(2026, 12, 20), kpi_id=kpi, threshold=D(2000),
                      checkpoint_id=point)  # fmt: skip
            ctl.add_check_in(s, sid, kpi, dt.date(2026, 12, 1), D(1800), "статистика сообщества")
        with db.reading() as s:
            costs = {r.cost for r in state.staffing(s, v).rows if r.cost}
        files = {}
        for suffix in (".pdf", ".xlsx"):
            path = folder / f"стратегия{suffix}"
            with db.reading() as s:
                export_strategy(s, sid, path, translator_for("ru"))
            files[suffix] = path
    finally:
        db.close()
    return {"files": files, "folder": folder, "internal": {RATE, FEE, BONUS, *costs}}


def test_the_xlsx_holds_the_goal_tree_kpis_plan_and_checkpoints(document: dict) -> None:
    book = load_workbook(document["files"][".xlsx"])
    cells = {ws.title: [[c for c in row if c is not None] for row in ws.iter_rows(values_only=True)]
             for ws in book.worksheets}  # fmt: skip
    assert {"Цели", "КПЭ", "План работ", "Контрольные точки"} <= set(cells)
    goals = [row[0] for row in cells["Цели"] if row and isinstance(row[0], str)]
    assert "Узнаваемость бренда" in goals and "    Сообщество ВКонтакте" in goals  # the sub-goal under it
    tasks = [row for row in cells["План работ"] if row and str(row[0]).startswith("Серия")]
    assert len(tasks) == 12 and all("дизайнер" in row for row in tasks)


def test_nothing_internal_is_in_the_client_document(document: dict) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler is not installed")
    texts = [pdf_text(document["files"][".pdf"])]
    book = load_workbook(document["files"][".xlsx"])
    texts.append(
        "\n".join(str(c) for ws in book.worksheets for row in ws.iter_rows(values_only=True) for c in row)
    )
    whole = "\n".join(texts)
    for amount in document["internal"]:
        for spelled in spellings(amount) | {str(float(amount))}:
            assert spelled not in whole, spelled
    assert "ставк" not in whole.lower() and "бонус" not in whole.lower()


def test_the_pdf_reads_whole_with_numbered_pages(document: dict) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler is not installed")
    pages = pdf_pages(document["files"][".pdf"])
    text = "\n".join(pages)
    assert render_problems(text, currency_symbol="Цели") == []  # a document without money
    assert "Рост сообщества «Ромашки»" in text and "Половина пути" in text and "КПЭ" in text
    assert all(re.search(r"Страница \d+ из \d+", page) for page in pages if page.strip())
    assert "80,0 %" in text.replace("\u00a0", " ") or "40,0 %" in text.replace("\u00a0", " ")


@needs_libreoffice
def test_the_xlsx_renders_whole_in_libreoffice(document: dict) -> None:
    xlsx = document["files"][".xlsx"]
    text = pdf_text(rendered([xlsx], document["folder"] / "render")[xlsx])
    assert render_problems(text, currency_symbol="Цели") == []
    labels = ["Серия публикаций №12 для сообщества", "Подписчики сообщества", "Макеты согласованы с клиентом",
              "Сообщество ВКонтакте", "Критерий приёмки", "Исполняет (R)", "Отвечает (A)"]  # fmt: skip
    assert words_whole(text, labels) == []


def test_every_figure_of_the_document_is_grouped_as_the_other_files_group_them(document: dict) -> None:
    """The checkpoint's bar «не хуже 2 000» (it printed «2000»): no figure of four digits or more
    goes ungrouped, in the PDF's text or in the XLSX's cells (dates aside)."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler is not installed")
    text = pdf_text(document["files"][".pdf"]).replace("\u00a0", " ")
    assert "Подписчики сообщества: не хуже 2 000" in text
    assert re.findall(r"(?<![\d.])\d{4,}", text) == []
    book = load_workbook(document["files"][".xlsx"])
    sheet = book["Контрольные точки"]
    bars = [row[2] for row in sheet.iter_rows(values_only=True) if row[1] == "Половина пути"]
    assert bars == ["Подписчики сообщества: не хуже 2\u00a0000"]


def test_a_kpi_of_people_is_written_whole_in_the_pdf_and_the_xlsx(document: dict) -> None:
    """«1 800 чел.», never «1 800,0»: the KPI's baseline 1 000, target 3 000 and value 1 800 are
    whole figures, written without decimals in the PDF's text and as whole numbers in the XLSX."""
    if not shutil.which("pdftotext"):
        pytest.skip("poppler is not installed")
    text = pdf_text(document["files"][".pdf"]).replace("\u00a0", " ")
    assert "1 800" in text and "3 000" in text
    assert not re.search(r"\b(1 000|3 000|1 800),\d", text), "a whole figure written with decimals"
    book = load_workbook(document["files"][".xlsx"])
    row = next(r for r in book["КПЭ"].iter_rows() if r[1].value == "Подписчики сообщества")
    header = next(r for r in book["КПЭ"].iter_rows() if any(c.value == "База" for c in r))
    cells = {h.value: c for h, c in zip(header, row, strict=False)}
    figures = [cells["База"], cells["Цель, значение"], cells["Сейчас"]]
    assert [c.value for c in figures] == [1000, 3000, 1800]
    assert [c.number_format for c in figures] == ["#,##0"] * 3  # whole, not «#,##0.0»
