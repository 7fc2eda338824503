"""The strategy document's XLSX as it prints: rendered by LibreOffice, every page of every sheet
begins with that sheet's header row, holds all its columns (the width fits the page), and no page
starts with a lone last row — for a plan of 18 tasks (a short table of tall rows that takes two
pages: its last rows went to a page without the header) and of 27 (three pages). The PDF's pages
are read the same way."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D
from pathlib import Path

import pytest
from rendering import needs_libreoffice, pdf_pages, rendered

from smmdesk.domain.strategy.control import KpiBar
from smmdesk.domain.strategy.plan import Raci
from smmdesk.services import strategy as st
from smmdesk.services import strategy_items as items
from smmdesk.services.strategy_document import export_strategy
from smmdesk.services.workspace import open_workspace

TASK = "Серия публикаций №"
# each sheet's caption, the header's first and last column, and a word only its rows print
HEADERS = {
    "Цели": ("Цель", "Прогресс", "Мария Петрова"),
    "КПЭ": ("Показатель", "Статус", "чел."),
    "План работ": ("Задача", "Критерий приёмки", TASK),
    "Контрольные точки": ("Дата", "Решение", "Точка "),
}


def make_document(folder: Path, tasks: int) -> dict[str, Path]:
    db = open_workspace(folder / f"plan-{tasks}.smmdesk")
    start, end = dt.date(2026, 11, 2), dt.date(2027, 1, 31)
    try:
        with db.transaction() as s:
            sid = st.create_strategy(s, "Рост сообщества «Ромашки»", start, end)
            v = st.latest_version(s, sid)
            goal = items.add(s, v, "goal", title="Узнаваемость бренда в социальных сетях", kind="awareness",
                             owner="Мария Петрова", start=start, end=end)  # fmt: skip
            kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="чел.", baseline=D(1000),
                            target=D(30_000), start=start, due=end)  # fmt: skip
            anna = items.add(s, v, "executor", name="Анна Смирнова", kind="employee", role="designer",
                             weekly_hours=D(10), hourly_rate=D(1000))  # fmt: skip
            for n in range(tasks):
                first = start + dt.timedelta(days=(n * 3) % 80)
                long = n % 2 == 1  # every other acceptance bar wraps over three lines
                items.add(s, v, "task", title=f"{TASK}{n + 1} для сообщества", role="designer", start=first,
                          due=first + dt.timedelta(days=4), effort=D(30), goal_id=goal,
                          acceptance="Макеты согласованы с клиентом"
                          + (" в переписке и на созвоне с аккаунт-менеджером" if long else ""),
                          raci=Raci((anna,), (anna,)))  # fmt: skip
            for n in range(30):
                items.add(s, v, "checkpoint", title=f"Точка {n + 1}", day=start + dt.timedelta(days=2 * n),
                          bar=KpiBar(kpi, D(2000 + 100 * n)))  # fmt: skip
        files = {}
        for suffix in (".xlsx", ".pdf"):
            files[suffix] = folder / f"стратегия-{tasks}{suffix}"
            with db.reading() as s:
                export_strategy(s, sid, files[suffix])
    finally:
        db.close()
    return files


@pytest.fixture(scope="module")
def documents(tmp_path_factory: pytest.TempPathFactory, qapp) -> dict[int, dict[str, Path]]:  # type: ignore[no-untyped-def]
    folder = tmp_path_factory.mktemp("strategy-pages")
    return {tasks: make_document(folder, tasks) for tasks in (18, 27)}


def sheet_pages(pages: list[str]) -> list[tuple[str, str]]:
    """(sheet caption, page text) for each printed page: a sheet's first page has its caption near
    the top, its later pages belong to the same sheet."""
    found, current = [], ""
    for page in pages:
        lines = [line.strip() for line in page.splitlines() if line.strip()]
        if not lines:
            continue
        current = next((line for line in lines[:10] if line in HEADERS), current)  # a caption on its own line
        found.append((current, page))
    return found


def header_first(page: str, caption: str) -> bool:
    """The sheet's header (its first and last column) prints above the page's first row."""
    first, last, body = HEADERS[caption]
    lines = [line for line in page.splitlines() if line.strip()]
    body_at = next(i for i, line in enumerate(lines) if body in line)
    header_at = [
        i for i, line in enumerate(lines[:body_at]) if re.search(rf"(?<!\w){first}(?!\w)", line)
        and last in " ".join(part.strip() for part in lines[max(0, i - 1) : i + 2])
    ]  # fmt: skip
    return bool(header_at)


def rows_on(page: str) -> int:
    return len(re.findall(re.escape(TASK) + r"\d+", page))


@needs_libreoffice
def test_every_printed_page_of_each_sheet_begins_with_its_header_and_none_with_a_lone_row(
    documents: dict[int, dict[str, Path]], tmp_path: Path
) -> None:
    xlsx = {tasks: files[".xlsx"] for tasks, files in documents.items()}
    pdfs = rendered(xlsx.values(), tmp_path)
    for tasks, path in xlsx.items():
        pages = sheet_pages(pdf_pages(pdfs[path]))
        assert {caption for caption, _ in pages} == set(HEADERS), tasks
        plan = [page for caption, page in pages if caption == "План работ"]
        assert len(plan) >= 2, (tasks, len(plan))  # the case at hand: a plan over more than one page
        assert sum(rows_on(page) for page in plan) == tasks  # every task printed, once
        for caption, page in pages:
            assert header_first(page, caption), (tasks, caption, page[:400])
        assert all(rows_on(page) >= 2 for page in plan), (tasks, [rows_on(p) for p in plan])


def test_the_pdf_repeats_each_table_s_header_on_its_every_page(documents: dict[int, dict[str, Path]]) -> None:
    pages = [p for p in pdf_pages(documents[27][".pdf"]) if TASK in p]
    assert len(pages) >= 3
    for page in pages:
        before = page[: page.index(TASK)]
        assert re.search(r"(?<!\w)Задача(?!\w)", before), page[:300]
