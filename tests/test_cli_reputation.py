"""The Репутация section's commands, run as the planner runs them (on a file, or with --db URL on a
server): import mentions, export mentions, query compile, query test, report reputation and the plan;
each file written is read back."""

from __future__ import annotations

import csv
import json
import re
import subprocess
from pathlib import Path

import openpyxl
from test_cli import smmdesk

from smmdesk.services import campaigns
from smmdesk.services.workspace import open_workspace

SAMPLES = Path(__file__).resolve().parents[1].parent / "shared" / "samples"


def with_brands(db_path: Path, *names: str) -> str:
    db = open_workspace(db_path)
    with db.transaction() as session:
        for name in names:
            campaigns.create_client(session, name)
    db.close()
    return str(db_path)


def run(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return smmdesk("--lang", "ru", *args, home=home)


def test_mentions_imported_twice_and_exported_one_row_each(db_path: Path, tmp_path: Path) -> None:
    db = with_brands(db_path, "Северный Ветер")
    first = run(tmp_path, "--db", db, "import", "mentions", str(SAMPLES / "mentions_youscan.xlsx"))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "добавлено 180, как раньше 0, пропущено 0"
    report = tmp_path / "rows.csv"
    second = run(
        tmp_path, "--db", db, "import", "mentions", str(SAMPLES / "mentions_brandanalytics.csv"),
        "--report", str(report),
    )  # fmt: skip
    assert second.stdout.strip() == "добавлено 80, как раньше 80, пропущено 0", second.stderr
    assert len(report.read_text("utf-8-sig").splitlines()) == 161
    ba = str(SAMPLES / "mentions_brandanalytics.csv")
    again = smmdesk("--lang", "en", "--db", db, "import", "mentions", ba, home=tmp_path)
    assert again.stdout.strip() == "added 0, same as before 160, skipped 0"

    out = tmp_path / "mentions.csv"
    exported = run(tmp_path, "--db", db, "export", "mentions", "--out", str(out))
    assert exported.returncode == 0 and "260" in exported.stdout
    rows = list(csv.reader(out.read_text("utf-8-sig").splitlines(), delimiter=";"))
    header, body = rows[0], rows[1:]
    assert len(body) == 260 and header[:5] == [
        "Сервисы", "Ссылка как в выгрузке", "Ссылка", "Опубликовано (UTC)", "Собрано (UTC)",
    ]  # fmt: skip
    both = [r for r in body if r[0] == "YouScan, Brand Analytics"]
    assert len(both) == 80
    first_row = next(r for r in body if r[1] == "https://instagram.com/p/qqjrznxxpqp?igshid=abc123")
    assert first_row[2] == "https://instagram.com/p/qqjrznxxpqp"
    assert first_row[3:5] == ["2026-11-01T20:26:00Z", "2026-11-01T20:31:00Z"]  # 23:26 and 23:31 Moscow
    book = tmp_path / "mentions.xlsx"
    assert run(tmp_path, "--db", db, "export", "mentions", "--out", str(book)).returncode == 0
    sheet = openpyxl.load_workbook(book, read_only=True).worksheets[0]
    assert sum(1 for _ in sheet.iter_rows()) == 261


def test_query_compile_prints_the_query_or_the_limits_it_breaks(tmp_path: Path) -> None:
    good = run(tmp_path, "query", "compile", "доставк* AND курьер", "--service", "YouScan")
    assert (good.returncode, good.stdout.strip()) == (0, "доставк* AND курьер")
    bad = run(tmp_path, "query", "compile", "дос* AND курьер", "--service", "YouScan")
    assert bad.returncode == 1 and "дос*" in bad.stdout and "4" in bad.stdout
    unknown = run(tmp_path, "query", "compile", "доставка", "--service", "Нет такого")
    assert unknown.returncode == 1 and "Traceback" not in unknown.stderr and unknown.stderr.strip()
    broken = run(tmp_path, "query", "compile", "доставка AND (курьер", "--service", "YouScan")
    assert broken.returncode == 1 and "14" in broken.stderr and "Traceback" not in broken.stderr


def test_query_test_counts_the_matching_mentions(db_path: Path, tmp_path: Path) -> None:
    db = with_brands(db_path, "Северный Ветер")
    run(tmp_path, "--db", db, "import", "mentions", str(SAMPLES / "mentions_youscan.xlsx"))
    result = run(tmp_path, "--db", db, "query", "test", '"Северный Ветер" AND курьер', "--first", "2")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    count = int(lines[0].split()[0])
    assert count > 0 and lines[0].endswith("из 180 упоминаний подходят")
    assert len(lines) == 3 and all("урьер" in line for line in lines[1:])


def test_a_database_with_several_clients_asks_which(db_path: Path, tmp_path: Path) -> None:
    db = with_brands(db_path, "Северный Ветер", "Южный Берег")
    result = run(tmp_path, "--db", db, "import", "mentions", str(SAMPLES / "mentions_youscan.xlsx"))
    assert result.returncode == 1 and "--client" in result.stderr and "Traceback" not in result.stderr
    sample = str(SAMPLES / "mentions_youscan.xlsx")
    chosen = run(tmp_path, "--db", db, "import", "mentions", sample, "--client", "2")
    assert chosen.returncode == 0 and chosen.stdout.startswith("добавлено 180")


def test_the_reputation_report_and_plan_are_written_and_read_back(db_path: Path, tmp_path: Path) -> None:
    db = with_brands(db_path, "Северный Ветер")
    for name in ("mentions_youscan.xlsx", "mentions_brandanalytics.csv"):
        run(tmp_path, "--db", db, "import", "mentions", str(SAMPLES / name))
    book = tmp_path / "report.xlsx"
    made = run(tmp_path, "--db", db, "report", "reputation", "1", "--out", str(book))
    assert made.returncode == 0, made.stderr
    sheet = openpyxl.load_workbook(book).worksheets[0]
    cells = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    totals = next(row for row in cells if row and row[0] == "Итого")
    # positive, neutral, negative, unknown, all: the shared truth of the two samples
    assert list(totals[1:6]) == [82, 73, 85, 20, 260]
    pdf = tmp_path / "report.pdf"
    period = ("--from", "2026-11-03", "--to", "03.11.2026")
    assert run(tmp_path, "--db", db, "report", "reputation", "1", "--out", str(pdf), *period).returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Репутация бренда «Северный Ветер»" in text and "Ответы в срок (SLA)" in text
    assert "03.11.2026 — 03.11.2026" in text and "04.11.2026" not in text
    plan = tmp_path / "plan.pdf"
    assert run(tmp_path, "--db", db, "report", "reputation-plan", "1", "--out", str(plan)).returncode == 0
    text = subprocess.run(["pdftotext", "-layout", str(plan), "-"], capture_output=True, text=True).stdout
    assert "Выбор сервиса мониторинга" in text and "Лестница эскалации" in text and "Шаблоны ответов" in text
    wrong = run(tmp_path, "--db", db, "report", "reputation", "1", "--out", str(tmp_path / "r.docx"))
    assert wrong.returncode == 1 and ".docx" in wrong.stderr


def test_the_reputation_files_are_written_in_the_language_asked(db_path: Path, tmp_path: Path) -> None:
    db = with_brands(db_path, "Северный Ветер")
    run(tmp_path, "--db", db, "import", "mentions", str(SAMPLES / "mentions_youscan.xlsx"))
    book = tmp_path / "report.xlsx"
    made = run(tmp_path, "--db", db, "report", "reputation", "1", "--out", str(book), "--language", "en")
    assert made.returncode == 0, made.stderr
    cells = [c for row in openpyxl.load_workbook(book).worksheets[0].iter_rows(values_only=True) for c in row]
    assert "Reputation of the brand «Северный Ветер»" in cells and "Total" in cells and "Итого" not in cells
    plan = tmp_path / "plan.xlsx"
    made = run(tmp_path, "--db", db, "report", "reputation-plan", "1", "--out", str(plan), "--language", "en")
    assert made.returncode == 0, made.stderr
    sheets = openpyxl.load_workbook(plan).sheetnames
    assert sheets == ["Service choice", "Queries", "SLA", "Escalation", "Replies"]


EXPORT_HEADER_EN = [
    "Services", "Link as imported", "Link", "Published (UTC)", "Collected (UTC)", "Author", "Kind of source",
    "Sentiment", "Category", "Severity", "Status", "Deadline (UTC)", "Text",
]  # fmt: skip
WORD_COLUMNS = (6, 7, 8, 9, 10)  # kind of source, sentiment, category, severity, status


def test_the_mentions_export_speaks_the_language_chosen(db_path, tmp_path, qapp) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.i18n import translator_for

    db = with_brands(db_path, "Северный Ветер")
    youscan = SAMPLES / "mentions_youscan.xlsx"
    assert run(tmp_path, "--db", db, "import", "mentions", str(youscan)).returncode == 0
    english, russian, default = tmp_path / "en.csv", tmp_path / "ru.xlsx", tmp_path / "default.csv"
    export = ("--db", db, "export", "mentions", "--out")
    assert run(tmp_path, *export, str(english), "--language", "en").returncode == 0  # a Russian interface
    chosen_ru = smmdesk("--lang", "en", *export, str(russian), "--language", "ru", home=tmp_path)
    assert chosen_ru.returncode == 0, chosen_ru.stderr
    assert smmdesk("--lang", "en", *export, str(default), home=tmp_path).returncode == 0

    def csv_rows(path: Path) -> list[list[str]]:
        return list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))

    en_rows = csv_rows(english)
    assert en_rows[0] == EXPORT_HEADER_EN and csv_rows(default) == en_rows  # the interface's: English
    truth_file = SAMPLES / "mentions_youscan.truth.json"
    truth = {m["link"]: m["sentiment"] for m in json.loads(truth_file.read_text("utf-8"))}
    sentiment = {r[2]: r[7] for r in en_rows[1:]}
    assert sentiment == {link: word.capitalize() for link, word in truth.items()}  # "positive" → "Positive"
    for row in en_rows[1:]:
        assert not any(re.search("[а-яё]", row[i], re.IGNORECASE) for i in WORD_COLUMNS), row
        assert row[9].startswith("S3 ordinary") if row[7] == "Negative" else True  # a new negative: S3
    negatives = sum(1 for r in en_rows[1:] if r[7] == "Negative")
    assert negatives and sum(1 for r in en_rows[1:] if r[9].startswith("S3")) >= negatives

    ru = translator_for("ru")
    sheet = openpyxl.load_workbook(russian, read_only=True).worksheets[0]
    ru_rows = [["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)]
    assert ru_rows[0] == [ru("MentionExport", h) for h in EXPORT_HEADER_EN] != EXPORT_HEADER_EN
    assert len(ru_rows) == len(en_rows)
    for en_row, ru_row in zip(en_rows[1:], ru_rows[1:], strict=True):
        assert ru_row[:6] == en_row[:6] and ru_row[11:] == en_row[11:]  # links, times, the author as stored
        for i in WORD_COLUMNS:
            assert ru_row[i] == (ru("Reputation", en_row[i]) if en_row[i] else ""), (i, en_row[i], ru_row[i])
            assert ru_row[i] != en_row[i] or not en_row[i]
