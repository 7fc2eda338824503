"""The review campaigns in a brand's reputation report: the funnel, NPS by month and each platform's
rating by month as native charts in the workbook (their ranges hold the figures counted by hand) and
as pictures in the PDF; the section's every word in the report's language."""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import zipfile
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from review_setup import DAY, coffee_campaign, write_customers, write_survey
from sqlalchemy import select

from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.domain.reviews.figures import ReviewLeft
from smmdesk.i18n import translator_for
from smmdesk.services import campaigns as clients
from smmdesk.services.reputation.files import export_reputation_report
from smmdesk.services.reviews import campaigns, customers, figures, outcomes, surveys, waves
from smmdesk.storage.models import Mention, ReviewRequest

# November: 10, 9, 3 → (2 − 1) ÷ 3 × 100 = 33,3; December: 2, 6, 8, 10 → (1 − 2) ÷ 4 × 100 = −25,0
# The three detractors (3, 2, 6) go to the mentions queue with their phones as authors.
ANSWERS = [
    ("03.11.2026 10:00", "10", "5", "", "", "SMS"),
    ("04.11.2026 10:00", "9", "5", "", "", "SMS"),
    ("05.11.2026 10:00", "3", "2", "+79160000001", "Холодный кофе", "SMS"),
    ("01.12.2026 10:00", "2", "1", "+79160000002", "Грубый бариста", "SMS"),
    ("02.12.2026 10:00", "6", "3", "+79160000002", "Долго", "SMS"),
    ("03.12.2026 10:00", "8", "4", "", "", "SMS"),
    ("04.12.2026 10:00", "10", "5", "", "", "SMS"),
]


@pytest.fixture
def brand(db, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """A coffee shop with one campaign: 2 requests sent, 2 delivered, 1 clicked, 1 review of 5 stars;
    survey answers in November and December; Yandex Maps' rating typed twice, 2GIS's once."""
    with db.transaction() as session:
        client = clients.create_client(session, "Кофейня «Зерно»")
        ident = campaigns.create_campaign(session, client, coffee_campaign())
        customers.apply_customers(
            session, customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
        )
        waves.prepare_wave(session, ident, DAY)
        first, second = session.scalars(select(ReviewRequest.id).order_by(ReviewRequest.id)).all()
        outcomes.record_outcome(session, first, delivered=True, clicked=True,
                                review=ReviewLeft(ReviewPlatform.TWO_GIS, 5, DAY), today=DAY)  # fmt: skip
        outcomes.record_outcome(session, second, delivered=True, today=DAY)
        surveys.import_survey(session, ident, write_survey(tmp_path / "survey.csv", ANSWERS))
        for platform, day, rating in (
            (ReviewPlatform.YANDEX_MAPS, dt.date(2026, 11, 28), "4.3"),
            (ReviewPlatform.YANDEX_MAPS, dt.date(2026, 12, 5), "4.6"),
            (ReviewPlatform.TWO_GIS, dt.date(2026, 12, 6), "3.9"),
        ):
            figures.record_rating(session, client, platform, day, Decimal(rating))
    return client


def export(db, client: int, path: Path, language: str) -> Path:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        export_reputation_report(session, client, path, None, None, translator_for(language), language)
    return path


def native_charts(path: Path) -> dict[str, list[tuple[str, list]]]:
    """Each native chart's title → its series as (name, the values its range points at)."""
    book = openpyxl.load_workbook(path)
    charts: dict[str, list[tuple[str, list]]] = {}
    with zipfile.ZipFile(path) as archive:
        for name in sorted(n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)):
            xml = archive.read(name).decode("utf-8")
            title = "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml.split("</c:title>")[0]))
            series = []
            for part in xml.split("<c:ser>")[1:]:
                label = re.search(r"<c:tx>.*?<c:f>([^<]*)</c:f>", part, re.S)
                values = re.search(r"<c:val>.*?<c:f>([^<]*)</c:f>", part, re.S)
                assert label and values
                series.append((cells(book, label.group(1))[0], cells(book, values.group(1))))
            charts[title] = series
    return charts


def cells(book: openpyxl.Workbook, reference: str) -> list:
    sheet, where = reference.rsplit("!", 1)
    found = book[sheet.strip("'")][where.replace("$", "")]
    if not isinstance(found, tuple):
        return [found.value]
    return [c.value for row in found for c in row]


def test_the_workbook_draws_the_funnel_nps_and_ratings_from_the_figures(db, brand, tmp_path) -> None:  # type: ignore[no-untyped-def]
    charts = native_charts(export(db, brand, tmp_path / "report.xlsx", "ru"))
    # sent 2, delivered 2, clicked 1, one review
    assert charts["Запросы отзывов: воронка"] == [("Запросов", [2, 2, 1, 1])]
    assert charts["NPS по месяцам"] == [("NPS", [33.3, -25.0])]
    # the last rating typed in each month; 2GIS had none in November
    assert charts["Рейтинг площадок по месяцам"] == [("2ГИС", [None, 3.9]), ("Яндекс Карты", [4.3, 4.6])]
    assert "Упоминания по тональности, по дням" in charts  # the report's own chart is still there


def chart_xml(path: Path) -> dict[str, str]:
    """Each native chart's title → its XML."""
    with zipfile.ZipFile(path) as archive:
        found = {}
        for name in (n for n in archive.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)):
            xml = archive.read(name).decode("utf-8")
            found["".join(re.findall(r"<a:t>([^<]*)</a:t>", xml.split("</c:title>")[0]))] = xml
    return found


def test_the_workbook_s_charts_read_as_the_pdf_s(db, brand, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The months named as the PDF and the window name them, the days of the sentiment chart as
    dates (not serial numbers), each sentiment in the PDF's colour (negative the PDF's red)."""
    from smmdesk.charts.reputation import SENTIMENT_COLORS
    from smmdesk.domain.reputation.sentiment import Sentiment

    path = export(db, brand, tmp_path / "report.xlsx", "ru")
    book = openpyxl.load_workbook(path)
    xml = chart_xml(path)
    months = re.search(r"<c:cat>.*?<c:f>([^<]*)</c:f>", xml["NPS по месяцам"], re.S)
    assert months and cells(book, months.group(1)) == ["ноябрь 2026", "декабрь 2026"]
    tone = xml["Упоминания по тональности, по дням"]
    assert "<c:dateAx>" in tone and 'formatCode="dd.mm"' in tone
    fills = re.findall(r"<c:ser>.*?<a:srgbClr val=\"([0-9A-F]{6})\"", tone, re.S)
    assert fills == [SENTIMENT_COLORS[s].lstrip("#").upper() for s in Sentiment]


def test_the_english_workbook_says_the_section_in_english(db, brand, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = export(db, brand, tmp_path / "report.xlsx", "en")
    charts = native_charts(path)
    assert charts["Review requests: the funnel"] == [("Requests", [2, 2, 1, 1])]
    assert [name for name, _ in charts["Platforms' rating by month"]] == ["2GIS", "Yandex Maps"]
    sheet = openpyxl.load_workbook(path)["Reviews"]
    rows = [r for r in sheet.iter_rows(values_only=True) if any(c is not None for c in r)]
    header = next(i for i, r in enumerate(rows) if r[0] == "Campaign")
    assert list(rows[header][:10]) == [
        "Campaign", "Channel", "Requests", "Delivered", "Clicked", "Reviews left", "Conversion, %",
        "Mean stars", "NPS", "CSAT, %",
    ]  # fmt: skip
    # 1 review ÷ 2 delivered × 100 = 50,0; NPS of all 7 answers: (3 − 3) ÷ 7 × 100 = 0,0
    assert list(rows[header + 1][:9]) == ["Отзывы декабря", "SMS", 2, 2, 1, 1, 50.0, 5.0, 0.0]
    words = " ".join(str(c) for r in rows for c in r if c is not None)
    assert re.findall(r"[А-Яа-яЁё]+", words.replace("Отзывы декабря", "")) == []


def images(pdf: Path) -> int:
    listed = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True)
    return sum(1 for line in listed.stdout.splitlines()[2:] if " image " in line)


def test_the_pdf_shows_the_three_review_charts_after_the_reports_own(db, brand, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        bare = clients.create_client(session, "Без кампаний")
    assert images(export(db, brand, tmp_path / "report.pdf", "en")) == 3 + 3
    assert images(export(db, bare, tmp_path / "bare.pdf", "en")) == 3


# The brand's public mentions: (author, place, sentiment); 1 negative of 3 → 33,33 %
PUBLIC_MENTIONS = [
    ("Ольга", "vk.com", "positive"),
    ("Ольга", "vk.com", "positive"),
    ("Пётр", "otzovik.com", "negative"),
]


def add_public_mentions(db, client: int) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        for n, (author, place, sentiment) in enumerate(PUBLIC_MENTIONS, start=1):
            moment = dt.datetime(2026, 12, n, 12, tzinfo=dt.UTC)
            session.add(Mention(client_id=client, link=f"https://{place}/{n}", link_key=f"k{n}",
                                published_at=moment, collected_at=moment, text="отзыв", author_name=author,
                                place=place, source_kind="social", sentiment=sentiment))  # fmt: skip


def test_the_detractors_follow_ups_stay_in_the_queue_but_out_of_every_figure(db, brand, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reputation.figures import figures as brand_figures
    from smmdesk.services.reputation.queue import queue

    add_public_mentions(db, brand)
    with db.reading() as session:
        listed = queue(session, brand).rows
        made = brand_figures(session, brand)
    # the planner still sees the three follow-ups beside the public mentions
    assert sorted(r.author for r in listed) == [
        "+79160000001",
        "+79160000002",
        "+79160000002",
        "Ольга",
        "Ольга",
        "Пётр",
    ]
    # the figures, counted from the public mentions alone
    authors: dict[str, int] = {}
    for author, _, _ in PUBLIC_MENTIONS:
        authors[author] = authors.get(author, 0) + 1
    negative = sum(1 for *_, sentiment in PUBLIC_MENTIONS if sentiment == "negative")
    assert made.total == len(PUBLIC_MENTIONS) == 3
    assert made.top_authors == sorted(authors.items(), key=lambda a: -a[1]) == [("Ольга", 2), ("Пётр", 1)]
    assert made.negative_share == Decimal(negative * 100) / len(PUBLIC_MENTIONS)
    assert [p for p, _ in made.top_places] == ["vk.com", "otzovik.com"]
    path = export(db, brand, tmp_path / "report.xlsx", "ru")
    book = openpyxl.load_workbook(path)
    facts = {row[0]: row[1] for row in book.worksheets[0].iter_rows(values_only=True, max_row=8) if row[0]}
    assert (facts["Упоминаний:"], facts["Доля негатива:"]) == (3, "33,33\u00a0%")  # a count is a number cell
    authors_sheet = [r for r in book["Авторы"].iter_rows(values_only=True) if r[0] in ("Ольга", "Пётр")]
    assert [tuple(r[:2]) for r in authors_sheet] == [("Ольга", 2), ("Пётр", 1)]
    text = " ".join(
        str(v) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True) for v in row
    )
    assert "+7916000000" not in text and "Холодный кофе" not in text
