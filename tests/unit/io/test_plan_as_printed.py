"""The placement plan's XLSX as it prints: a day's publications summed by format, every count kept
with its format's name, no row taller than Excel allows, each account a row of its own with its
platform, an Arabic name that leaves its handle alone, and a 31-day month at a legible scale in
two halves, each with its title and names."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook
from rendering import needs_libreoffice, pdf_pages, rendered, words_inked

from smmdesk.domain.estimate_view import LineView
from smmdesk.domain.plan import PlanEntry, build_plan
from smmdesk.io.plan_xlsx import PlanWords, write_plan_xlsx

MAY = dt.date(2027, 5, 1)
TITLES = {"vk": "VK", "telegram": "Telegram", "instagram": "Instagram"}
SHORT = {1: "Фото", 2: "Сторис", 3: "Фото меропр.", 4: "Интеграция", 5: "Видео", 6: "Reels", 7: "Прямой эфир"}
WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")
FSI, PDI = "\u2068", "\u2069"  # Unicode's first-strong isolate and its end


def entry(n: int, name: str, platform: str, handle: str, day: dt.date, fmt: int = 1, quantity: int = 1,
          account: int | None = None) -> PlanEntry:  # fmt: skip
    line = LineView(
        id=n, line_key=f"k{n}", position=n, kind="placement", account_id=account or n, format_id=fmt,
        format_title=SHORT[fmt], planned_date=day, title="", quantity=quantity, unit_price=Decimal(1000),
        discount_pct=Decimal(0), contractor_fee=None, influencer_name=name, platform=platform,
        handle=handle, tax_status="", followers=None, reach=None, views=None,
    )  # fmt: skip
    return PlanEntry(1, line)


def words(row_title: str) -> PlanWords:
    return PlanWords("План", "План размещений: ООО «Ромашка» — Май", "Период: 01.05.2027 — 31.05.2027",
                     row_title, "Без даты: {count}", WEEKDAYS, SHORT)  # fmt: skip


def plan_files(tmp_path: Path) -> dict[str, Path]:
    entries = [entry(n, f"Блогер {n}", "telegram", f"tg{n}", dt.date(2027, 5, 10)) for n in range(7)]
    entries += [
        entry(10, "Анна", "instagram", "anna", dt.date(2027, 5, 3), fmt=3, quantity=2, account=50),
        entry(11, "Анна", "vk", "anna", dt.date(2027, 5, 3), fmt=2, quantity=3, account=51),
        entry(12, "مريم العلي", "instagram", "mariam_ali", dt.date(2027, 5, 4), fmt=4, account=52),
    ]
    # One busy account: every format on one day, twice over.
    entries += [entry(20 + f, "Вера", "vk", "vera", dt.date(2027, 5, 20), fmt=f, quantity=2, account=60)
                for f in range(1, 8)] * 2  # fmt: skip
    made = {}
    for by, title in (("influencer", "Блогер"), ("platform", "Площадка")):
        plan = build_plan(entries, MAY, dt.date(2027, 5, 31), by, TITLES)
        made[by] = tmp_path / f"план-{by}.xlsx"
        write_plan_xlsx(made[by], plan, words(title))
    return made


def cells(path: Path) -> dict[str, str]:
    sheet = load_workbook(path).active
    return {c.coordinate: str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None}


def test_a_platforms_day_sums_its_publications_and_no_row_outgrows_excel(tmp_path: Path) -> None:
    made = plan_files(tmp_path)
    by_platform = cells(made["platform"])
    assert "Фото×7" in by_platform.values()  # seven photos in Telegram on the 10th
    assert not any(v == "Фото" or v.count("Фото\n") > 1 for v in by_platform.values())
    for path in made.values():
        sheet = load_workbook(path).active
        heights = [d.height for d in sheet.row_dimensions.values() if d.height]
        assert heights and max(heights) <= 409  # Excel's tallest row
        for value in cells(path).values():
            for line in value.split("\n"):
                assert not re.fullmatch(r"×\d+", line.strip())  # a count never stands alone


def test_each_account_is_a_row_with_its_platform_and_an_arabic_name_is_isolated(tmp_path: Path) -> None:
    labels = [v for k, v in cells(plan_files(tmp_path)["influencer"]).items() if k.startswith("A")]
    assert "Анна (Instagram @anna)" in labels and "Анна (VK @anna)" in labels
    assert f"{FSI}مريم العلي{PDI} (Instagram @mariam_ali)" in labels


@needs_libreoffice
def test_a_31_day_month_prints_in_two_legible_halves(tmp_path: Path) -> None:
    made = plan_files(tmp_path)
    sheet = load_workbook(made["influencer"]).active
    assert 80 <= sheet.page_setup.scale <= 100  # not a 31-day strip shrunk to half size
    pdfs = rendered(list(made.values()), tmp_path)
    for path, pdf in pdfs.items():
        pages = [p for p in pdf_pages(pdf) if p.strip()]
        days = [sorted({int(d) for d in re.findall(r"\b(\d\d)\.05\b(?!\.\d)", page)}) for page in pages]
        halves = {(d[0], d[-1]) for d in days if d}
        assert halves == {(1, 15), (16, 31)}, (path.name, halves)
        for page in pages:  # the title over the names, whole, under the running header
            assert page.count("План размещений: ООО «Ромашка» — Май") == 2, (path.name, page[:300])
            assert "Период: 01.05.2027 — 31.05.2027" in page
            assert "Блогер" in page or "Площадка" in page
        for number in range(1, len(pages) + 1):  # and printed: not cut at the names' column edge
            header, title = words_inked(pdf, number, "Май")
            assert title > header / 3, (path.name, number)  # its last word in ink, as in the header
        text = "\n".join(pages)
        assert "@mariam_ali)" in text or path.name.endswith("platform.xlsx")  # the handle, whole
        for page in pages:
            for line in page.splitlines():
                assert not re.fullmatch(r"\s*×\d+\s*", line)
