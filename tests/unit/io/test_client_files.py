"""Every kind of file a client receives, made from the demo database and read as the client reads it:
each XLSX rendered by LibreOffice (a Russian office suite that recalculates on opening) and read
back from that rendering, each PDF read by poppler. Nothing internal in any of them: the bloggers'
fees, the payments to them, the agency's margin and the tax statuses are made unmistakable in the
database first, then searched for in every file, in every way a figure can be written."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from rendering import (
    needs_libreoffice,
    pdf_pages,
    pdf_text,
    render_problems,
    rendered,
    shown_cells,
    words_whole,
)

from smmdesk.domain.money import format_decimal
from smmdesk.domain.plan import build_plan
from smmdesk.io.plan_xlsx import PlanWords, write_plan_xlsx
from smmdesk.services import contest_protocol as cp
from smmdesk.services import estimates as est
from smmdesk.services import report
from smmdesk.services.estimate_export import export_version
from smmdesk.services.influencers import platforms
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.models import Estimate, EstimateVersion

CAMPAIGNS_WITH_RESULTS = (1, 5)
TAX_WORDS = ("самозанятый", "ИП/ООО на УСН", "ИП/ООО с НДС", "физлицо", "Гонорар", "гонорар", "Маржа",
             "маржа", "Оплачено", "налоговый статус")  # fmt: skip
WEEKDAYS = ("пн", "вт", "ср", "чт", "пт", "сб", "вс")


def make_internal_unmistakable(location: Path) -> None:
    """Every fee and payment gets kopecks no client price has (…,37 and …,73), so a leak cannot pass
    for a coincidence."""
    from sqlalchemy import text

    db = open_workspace(location, keep_backups=1)
    try:
        with db.engine.begin() as raw:  # as stored, past the program's own hooks
            for statement in (
                "UPDATE estimate_line SET contractor_fee = contractor_fee - 10000 + 37 + id * 100 "
                "WHERE contractor_fee IS NOT NULL",
                "UPDATE placement SET fee = fee - 10000 + 73 + id * 100 WHERE fee IS NOT NULL",
                "UPDATE payment SET amount = amount - 10000 + 37 + id * 100",
            ):
                raw.execute(text(statement))
    finally:
        db.close()


def internal_amounts(db) -> set[Decimal]:
    """What the client must never see: fees (per unit and per line), payments, margins."""
    from sqlalchemy import select

    from smmdesk.storage.models import Payment, Placement

    amounts: set[Decimal] = set()
    with db.reading() as s:
        for version_id in s.scalars(select(EstimateVersion.id)):
            view = est.load_version(s, version_id)
            for line in view.lines:
                for value in (line.contractor_fee, line.contractor_total, line.margin):
                    if value is not None:
                        amounts.add(value)
            if any(line.contractor_fee is not None for line in view.lines):
                amounts.update({view.contractor_total, view.margin})
        amounts.update(v for v in s.scalars(select(Placement.fee)) if v is not None)
        amounts.update(s.scalars(select(Payment.amount)))
    return {a for a in amounts if a % 1}  # the unmistakable ones: with kopecks


def spellings(amount: Decimal) -> set[str]:
    """Every way a file may write an amount: «12 345,37», «12345,37», «12345.37», «12,345.37»."""
    grouped = format_decimal(amount, 2)
    return {grouped.replace("\u00a0", " "), f"{amount:.2f}".replace(".", ","), f"{amount:.2f}",
            f"{amount:,.2f}"}  # fmt: skip


@pytest.fixture(scope="module")
def client_files(demo_copy: Path, tmp_path_factory: pytest.TempPathFactory, qapp) -> dict:
    folder = tmp_path_factory.mktemp("client-files")
    make_internal_unmistakable(demo_copy)
    db = open_workspace(demo_copy, keep_backups=1)
    with db.transaction() as session:
        add_review_campaign(session, folder)
    kinds = ("estimate", "report", "plan", "protocol", "reputation")
    files: dict[str, list[Path]] = {kind: [] for kind in kinds}
    try:
        with db.reading() as s:
            from sqlalchemy import select

            for estimate_id, version_id, number in s.execute(
                select(Estimate.id, EstimateVersion.id, EstimateVersion.number).join(
                    EstimateVersion, EstimateVersion.estimate_id == Estimate.id
                )
            ):
                for suffix in (".xlsx", ".pdf", ".csv"):
                    path = folder / f"смета-{estimate_id}-{number}{suffix}"
                    export_version(s, version_id, path)
                    files["estimate"].append(path)
            for campaign in CAMPAIGNS_WITH_RESULTS:
                for with_fee in (False, True):
                    paths = [
                        folder / f"отчёт-{campaign}-{int(with_fee)}{suffix}" for suffix in (".xlsx", ".pdf")
                    ]
                    report.export_campaign_report(s, campaign, paths, with_fee)
                    files["report"] += paths
            for suffix in (".xlsx", ".pdf"):
                path = folder / f"протокол{suffix}"
                cp.export_protocol(s, 1, path)
                files["protocol"].append(path)
            titles = dict(platforms(s))
            from smmdesk.services import campaigns as camp

            for campaign_id in CAMPAIGNS_WITH_RESULTS:
                info = camp.campaign(s, campaign_id)
                entries = est.campaign_plan_entries(s, campaign_id)
                for by in ("influencer", "platform"):
                    plan = build_plan(entries, info.period_from, info.period_to, by, titles)
                    words = PlanWords("План", f"План размещений: {info.client_name} — {info.name}",
                                      "Период: —", "Блогер" if by == "influencer" else "Площадка",
                                      "Без даты: {count}", WEEKDAYS, {})  # fmt: skip
                    path = folder / f"план-{campaign_id}-{by}.xlsx"
                    write_plan_xlsx(path, plan, words)
                    files["plan"].append(path)
            files["reputation"] = reputation_files(s, folder)
        internal = internal_amounts(db)
    finally:
        db.close()
    return {"folder": folder, "files": files, "internal": internal}


REPUTATION_BRAND = 1  # the demo's first client: November's mentions, queries, a service chosen


def add_review_campaign(session, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """The brand's review campaign: two customers asked, one review left, survey answers, a rating
    typed for Yandex Maps — so the report has its «Отзывы» section and its three charts."""
    from smmdesk.domain.reviews.campaign import Channel, Invitation, ReviewCampaign, ReviewPlatform, Trigger
    from smmdesk.domain.reviews.figures import ReviewLeft
    from smmdesk.services.reviews import campaigns, customers, figures, outcomes, surveys, waves

    day = dt.date(2026, 11, 20)
    made = ReviewCampaign(
        "Отзывы ноября", (ReviewPlatform.YANDEX_MAPS,), Trigger(days=3), Channel.SMS,
        Invitation("Бренд", "заказ {order}", "на Яндекс Картах", "ваш отзыв увидят все",
                   "{name}, {sender} просит оценить {subject}: {where}; {shown}. {link}\n{opt_out}"),
        "https://brand.ru/r/", opt_out="Ответьте СТОП.",
    )  # fmt: skip
    ident = campaigns.create_campaign(session, REPUTATION_BRAND, made)
    crm = folder / "crm.csv"
    crm.write_text("ФИО;Телефон;Дата покупки;Согласие на рассылку\nАнна;+79161234567;15.11.2026;да\n"
                   "Борис;+79162223344;15.11.2026;да\n", encoding="utf-8")  # fmt: skip
    customers.apply_customers(session, customers.preview_customers(session, ident, crm))
    waves.prepare_wave(session, ident, day)
    from sqlalchemy import select

    from smmdesk.storage.models import ReviewRequest

    first = session.scalars(select(ReviewRequest.id).where(ReviewRequest.campaign_id == ident)).first()
    outcomes.record_outcome(session, first, review=ReviewLeft(ReviewPlatform.YANDEX_MAPS, 5, day))
    survey = folder / "survey.csv"
    survey.write_text("Отметка времени;NPS;CSAT\n21.11.2026 10:00;10;5\n22.11.2026 10:00;6;3\n", "utf-8")
    surveys.import_survey(session, ident, survey)
    figures.record_rating(session, REPUTATION_BRAND, ReviewPlatform.YANDEX_MAPS, day, Decimal("4.4"))


def reputation_files(session, folder: Path) -> list[Path]:  # type: ignore[no-untyped-def]
    """The brand's reputation report and plan, XLSX and PDF, in each export language."""
    from smmdesk.i18n import translator_for
    from smmdesk.services.reputation import files as rep

    made = []
    for language in ("ru", "en"):
        words = translator_for(language)
        for suffix in (".xlsx", ".pdf"):
            report_path = folder / f"репутация-{language}{suffix}"
            rep.export_reputation_report(session, REPUTATION_BRAND, report_path, None, None, words, language)
            plan_path = folder / f"план-репутации-{language}{suffix}"
            rep.export_reputation_plan(session, REPUTATION_BRAND, plan_path, words, language)
            made += [report_path, plan_path]
    return made


def file_text(path: Path) -> str:
    """All a file holds as text: an XLSX's every part (cells, chart caches, properties), a PDF's text."""
    if path.suffix == ".xlsx":
        with zipfile.ZipFile(path) as archive:
            return "\n".join(
                archive.read(n).decode("utf-8") for n in archive.namelist() if n.endswith(".xml")
            )
    if path.suffix == ".pdf":
        return pdf_text(path) if shutil.which("pdftotext") else ""
    return path.read_text("utf-8-sig")


def test_no_client_file_holds_a_fee_a_payment_a_margin_or_a_tax_status(client_files: dict) -> None:
    internal = client_files["internal"]
    assert len(internal) > 100  # fees of lines and placements, payments, margins
    leaks = []
    every = [p for kind in client_files["files"].values() for p in kind]
    assert len(every) > 30
    for path in every:
        text = file_text(path).replace("\u00a0", " ")
        numbers = set(re.findall(r"<(?:c:)?v>(-?\d+(?:\.\d+)?)</(?:c:)?v>", text))  # XML's stored values
        for amount in internal:
            if (
                any(spelling in text for spelling in spellings(amount))
                or f"{amount:f}".rstrip("0") in numbers
            ):
                leaks.append(f"{path.name}: {amount}")
        leaks += [f"{path.name}: «{word}»" for word in TAX_WORDS if word in text]
    assert leaks == []


def test_the_scan_finds_a_fee_when_one_is_there(client_files: dict, tmp_path: Path) -> None:
    """The scan above, run on a file that does hold a fee (as the internal view would show it)."""
    fee = next(iter(sorted(client_files["internal"])))
    leaked = tmp_path / "leak.csv"
    leaked.write_text(f"Гонорар блогера;{format_decimal(fee, 2)}\n", "utf-8")
    text = file_text(leaked).replace("\u00a0", " ")
    assert any(spelling in text for spelling in spellings(fee))


@pytest.fixture(scope="module")
def renderings(client_files: dict) -> dict[Path, Path]:
    spreadsheets = [p for kind in client_files["files"].values() for p in kind if p.suffix == ".xlsx"]
    return rendered(spreadsheets, client_files["folder"] / "lo")


@needs_libreoffice
@pytest.mark.parametrize("kind", ["estimate", "report", "plan", "protocol", "reputation"])
def test_every_client_spreadsheet_renders_whole(client_files: dict, renderings: dict, kind: str) -> None:
    """As LibreOffice prints it: no ###, no error, no raw platform code, roubles where money is."""
    for path in (p for p in client_files["files"][kind] if p.suffix == ".xlsx"):
        text = pdf_text(renderings[path])
        symbol = "₽" if kind in ("estimate", "report", "protocol") else ""
        # a plan has no money, nor has a reputation file: each names what it is instead
        named = symbol or ("SLA" if kind == "reputation" else "Пери")
        problems = render_problems(text, currency_symbol=named)
        assert problems == [], path.name


@needs_libreoffice
def test_no_label_is_cut_in_a_rendered_spreadsheet(client_files: dict, renderings: dict) -> None:
    """Each header cell and each text cell of the estimates and the report's tables shows whole."""
    checked = 0
    for path in client_files["files"]["estimate"][:6] + client_files["files"]["report"][:2]:
        if path.suffix != ".xlsx":
            continue
        text = pdf_text(renderings[path])
        cells = shown_cells(path, client_files["folder"] / f"cells-{path.stem}")
        labels = [c for row in cells for c in row if c and not re.fullmatch(r"[\d\s\u00a0,.₽%—-]+", c)]
        labels = [c for c in labels if not c.startswith("http") and len(c) < 80]
        checked += len(labels)
        assert words_whole(text, labels) == [], path.name
    assert checked > 150


@needs_libreoffice
def test_the_plan_prints_a_month_to_a_page_with_its_title_and_days(
    client_files: dict, renderings: dict
) -> None:
    for path in client_files["files"]["plan"]:
        pages = [p for p in pdf_pages(renderings[path]) if p.strip()]
        assert pages
        for page in pages:
            assert "План размещений" in page  # repeated on every page
            days = re.findall(r"\b(\d\d)\.(\d\d)\b", page)
            months = {m for _, m in days}
            assert len(months) == 1, (path.name, months)  # one month across
        whole = "\n".join(pages)
        assert render_problems(whole, currency_symbol="План") == []


def test_the_plan_over_two_months_breaks_between_them(tmp_path: Path) -> None:
    """A campaign from 20 January to 10 March: four pages across, each half a month at most, whole."""
    from smmdesk.domain.plan import Plan
    from smmdesk.io.plan_xlsx import month_starts, page_starts, print_scale

    plan = Plan(dt.date(2027, 1, 20), dt.date(2027, 3, 10), [("a", "Анна (@anna)")])
    days = plan.days()
    assert [days[i] for i in month_starts(days)] == [dt.date(2027, 2, 1), dt.date(2027, 3, 1)]
    assert [days[i] for i in page_starts(days)] == [dt.date(2027, 2, 1), dt.date(2027, 2, 16),
                                                    dt.date(2027, 3, 1)]  # fmt: skip
    assert 80 < print_scale(days) < 100  # 16 days across at most: legible
    path = tmp_path / "план.xlsx"
    write_plan_xlsx(path, plan, PlanWords("План", "План размещений", "Период", "Блогер", "Без даты: {count}",
                                          WEEKDAYS, {}))  # fmt: skip
    if shutil.which("soffice") and shutil.which("pdftotext"):
        pages = [p for p in pdf_pages(rendered([path], tmp_path)[path]) if p.strip()]
        assert len(pages) == 4
        assert "31.01" in pages[0] and "01.02" in pages[1] and "15.02" in pages[1]
        assert "16.02" in pages[2] and "28.02" in pages[2] and "10.03" in pages[3]


def test_every_client_pdf_reads_whole(client_files: dict) -> None:
    if not shutil.which("pdftotext"):
        pytest.skip("poppler is not installed")
    for kind in ("estimate", "report", "protocol", "reputation"):
        for path in (p for p in client_files["files"][kind] if p.suffix == ".pdf"):
            pages = pdf_pages(path)
            text = "\n".join(pages)
            named = "SLA" if kind == "reputation" else "₽"
            assert render_problems(text, currency_symbol=named) == [], path.name
            footer = r"Page \d+ of \d+" if "-en" in path.stem else r"Страница \d+ из \d+"
            assert all(re.search(footer, page) for page in pages if page.strip()), path.name
    protocol = pdf_pages(next(p for p in client_files["files"]["protocol"] if p.suffix == ".pdf"))
    signed = next(page for page in protocol if "Организатор: ____" in page)
    assert "Проверить протокол можно" in signed  # the signature line never stands alone on a page


@needs_libreoffice
def test_the_payments_register_fits_its_columns_and_numbers_its_pages(
    demo_path: Path, tmp_path: Path
) -> None:
    """The register is the agency's own file (payments to bloggers), printed for the accountant."""
    db = open_workspace(demo_path, keep_backups=1)
    try:
        with db.reading() as s:
            path = tmp_path / "реестр.xlsx"
            report.export_payments_register(s, dt.date(2026, 9, 1), dt.date(2026, 12, 31), path)
    finally:
        db.close()
    pages = [p for p in pdf_pages(rendered([path], tmp_path)[path]) if p.strip()]
    text = "\n".join(pages)
    assert render_problems(text) == []
    assert all(f"Страница {n} из {len(pages)}" in page for n, page in enumerate(pages, start=1))
    cells = shown_cells(path, tmp_path)
    labels = [c for row in cells for c in row if c and not re.fullmatch(r"[\d\s\u00a0,.₽%—-]+", c)]
    assert len(labels) > 50 and words_whole(text, labels) == []


@needs_libreoffice
def test_the_protocol_wraps_its_rules_and_algorithm_to_the_page(client_files: dict, renderings: dict) -> None:
    """Long paragraphs wrap inside the page's width: every word of them is printed, none cut."""
    from smmdesk.domain.protocol import ALGORITHM_WORDS

    path = next(p for p in client_files["files"]["protocol"] if p.suffix == ".xlsx")
    text = pdf_text(renderings[path])
    rules = next(
        row[1] for row in shown_cells(path, client_files["folder"] / "rules") if row and row[0] == "Правила"
    )
    assert len(rules) > 150 and words_whole(text, [rules, *ALGORITHM_WORDS]) == []


@needs_libreoffice
def test_no_label_of_the_reputation_files_is_cut(client_files: dict, renderings: dict) -> None:
    """Every sheet of the reputation report and plan, in each language, as LibreOffice prints it:
    each header and text cell shows whole."""
    checked = 0
    for path in (p for p in client_files["files"]["reputation"] if p.suffix == ".xlsx"):
        text = pdf_text(renderings[path])
        for sheet in range(1, 6):  # the plan's five sheets; the report's four and its «Отзывы»
            cells = shown_cells(path, client_files["folder"] / f"cells-{path.stem}", sheet)
            labels = [c for row in cells for c in row if c and not re.fullmatch(r"[\d\s\u00a0,.%—–:-]+", c)]
            labels = [c for c in labels if not c.startswith("http") and len(c) < 200]
            checked += len(labels)
            assert words_whole(text, labels) == [], f"{path.name}, sheet {sheet}"
    assert checked > 300


RUSSIAN_OWN_WORDS = (
    "Репутация бренда", "Тональность", "Итого", "Страница", "Графики", "Клиент", "Период", "Выбор сервиса",
    "Лестница эскалации", "Шаблоны ответов", "Сроки ответа", " мин", "Позитив", "Негатив", "не назначен",
    "Согласующий", "Почему", "Правило тона", "Упоминания по тональности", "Данные графиков",
    "Кампания", "Канал", "Запросов", "Доставлено", "Средняя оценка", "Запросы отзывов", "Яндекс Карты",
)  # fmt: skip


def test_the_reputation_files_in_english_say_nothing_in_russian_of_their_own(client_files: dict) -> None:
    """The export language is the file's: in English every word the file adds is English (the
    brand's data — its name, authors, places, query texts — stays as it was typed)."""
    english = [p for p in client_files["files"]["reputation"] if "-en" in p.stem]
    russian = [p for p in client_files["files"]["reputation"] if "-ru" in p.stem]
    assert len(english) == len(russian) == 4
    for path in english:
        text = file_text(path).replace("\u00a0", " ")
        assert [w for w in RUSSIAN_OWN_WORDS if w in text] == [], path.name
        assert ("Reputation of the brand" in text) != ("Reputation management plan" in text), path.name
    for path in russian:  # the same words are there in the Russian files: the check can fail
        text = file_text(path).replace("\u00a0", " ")
        assert "Клиент" in text and ("Итого" in text or "Лестница эскалации" in text), path.name
        if "план" in path.stem:  # the services' rank, not a place of the mentions
            assert "Место" in text and "Площадка" not in text, path.name
        else:  # the review campaigns' section and, in the workbook, its charts' platform
            assert "Кампания" in text and "Запросов" in text, path.name
            assert path.suffix == ".pdf" or "Яндекс Карты" in text, path.name


DECIMAL_COMMA = re.compile(r"\d,\d(?!\d\d)")  # «31,11», «0,5»; never English thousands (1,234)
RUSSIAN_DATE = re.compile(r"\b\d\d\.\d\d\.\d{4}\b")
ISO_DATE = re.compile(r"\b20\d\d-\d\d-\d\d\b")


def negative_share(demo: Path) -> Decimal:
    """The brand's share of negative, counted here from the stored mentions (RULES.md: the negative
    among those whose sentiment is known, the planner's correction first; a survey's private
    follow-ups are no part of it), rounded half up."""
    from sqlalchemy import select

    from smmdesk.domain.money import round_to
    from smmdesk.storage.models import Mention, ReviewAnswer

    db = open_workspace(demo)
    try:
        with db.reading() as s:
            rows = s.execute(
                select(Mention.sentiment, Mention.sentiment_set).where(
                    Mention.client_id == REPUTATION_BRAND,
                    Mention.id.not_in(
                        select(ReviewAnswer.mention_id).where(ReviewAnswer.mention_id.is_not(None))
                    ),
                )
            )
            known = [chosen or found for found, chosen in rows if (chosen or found) != "unknown"]
    finally:
        db.close()
    return round_to(Decimal(100) * sum(1 for s in known if s == "negative") / len(known), 2)


@needs_libreoffice
def test_the_reputation_files_write_numbers_and_dates_in_their_language(
    client_files: dict, renderings: dict, demo_copy: Path
) -> None:
    """As LibreOffice prints them (in a Russian reader's locale) and as poppler reads the PDFs: the
    English report and plan write 31.11% and 2026-11-30 (ISO 8601), never a decimal comma or
    «30.11.2026»; the Russian ones write «31,11 %» and «30.11.2026» as before."""
    share = negative_share(demo_copy)
    for path in client_files["files"]["reputation"]:
        text = pdf_text(renderings[path] if path.suffix == ".xlsx" else path)
        english = "-en" in path.stem
        if english:
            assert DECIMAL_COMMA.findall(text) == [] and RUSSIAN_DATE.findall(text) == [], path.name
            assert ISO_DATE.search(text), path.name
        else:
            assert RUSSIAN_DATE.search(text) and not ISO_DATE.search(text), path.name
        if "план" not in path.stem:  # the report: its share of negative, as counted here
            shown = f"{share:.2f}%" if english else f"{share:.2f}".replace(".", ",") + " %"
            assert shown in text, (path.name, shown)


def test_the_english_reputation_workbooks_keep_their_figures_as_numbers(client_files: dict) -> None:
    """Read back: a count is a number, a date a date, each with the English locale in its format, so
    that any reader's spreadsheet shows 1,234 and 2026-11-01; the Russian workbook's formats are the
    Russian ones as before."""
    import openpyxl

    reports = [p for p in client_files["files"]["reputation"] if p.suffix == ".xlsx" and "план" not in p.stem]
    assert len(reports) == 2
    for path in reports:
        sentiment = openpyxl.load_workbook(path).worksheets[0]
        rows = list(sentiment.iter_rows())
        dated = [row for row in rows if isinstance(row[0].value, dt.datetime) and row[1].value is not None]
        assert len(dated) >= 20, path.name  # November's days with mentions, a row each
        for row in dated:
            assert all(isinstance(c.value, int) for c in row[1:6]), path.name
        formats = {c.number_format for row in dated for c in row[:6]}
        if "-en" in path.stem:
            assert formats == {"[$-409]yyyy-mm-dd", "[$-409]#,##0"}, formats
        else:
            assert formats == {"dd.mm.yyyy", "#,##0"}, formats
