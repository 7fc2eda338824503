"""The command line: version, demo, self-test, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def smmdesk(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
    )
    return subprocess.run(
        [sys.executable, "-m", "smmdesk", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_version(tmp_path: Path) -> None:
    from smmdesk.version import __version__

    result = smmdesk("--version", home=tmp_path)
    assert result.returncode == 0 and result.stdout.strip() == f"smmdesk {__version__}"


def test_self_test_passes_and_reports(tmp_path: Path) -> None:
    report = tmp_path / "report.json"
    result = smmdesk("self-test", "--report", str(report), home=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    data = json.loads(report.read_text("utf-8"))
    assert data["ok"] is True
    assert {c["check"] for c in data["checks"]} >= {"database", "translations", "import", "exports", "chart"}
    assert all(c["ok"] for c in data["checks"])


def test_demo_writes_a_database_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "demo.smmdesk"
    first = smmdesk("--lang", "ru", "demo", str(target), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Демонстрационная база записана" in first.stdout
    again = smmdesk("--lang", "ru", "demo", str(target), home=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr


def test_import_and_export_influencers(tmp_path: Path) -> None:
    import csv

    from conftest import SAMPLES

    db = tmp_path / "base.smmdesk"
    report = tmp_path / "report.csv"
    result = smmdesk(
        "--lang",
        "en",
        "--db",
        str(db),
        "import",
        "influencers",
        str(SAMPLES / "influencers_planner.xlsx"),
        "--report",
        str(report),
        home=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "added 40, updated 0, skipped 2"
    assert "conflict: youtube/aleksey.style name: kept “Алексей Новиков”" in result.stdout
    rows = list(csv.reader(report.read_text("utf-8-sig").splitlines(), delimiter=";"))
    assert rows[0] == ["row", "outcome", "account", "reason"]
    assert ["50", "skipped", "Итого | —", "a totals row"] in rows
    again = smmdesk(
        "--lang",
        "ru",
        "--db",
        str(db),
        "import",
        "influencers",
        str(SAMPLES / "influencers_agency_cp1251.csv"),
        home=tmp_path,
    )
    assert again.stdout.strip().splitlines()[-1] == "добавлено 60, обновлено 0, пропущено 2"
    out = tmp_path / "base.csv"
    exported = smmdesk("--db", str(db), "export", "influencers", "--out", str(out), home=tmp_path)
    assert exported.returncode == 0, exported.stderr
    assert len(out.read_text("utf-8-sig").splitlines()) == 101


def test_unreadable_files_exit_non_zero_with_the_reason(tmp_path: Path) -> None:
    db = tmp_path / "base.smmdesk"
    missing = smmdesk(
        "--lang", "en", "--db", str(db), "import", "influencers", str(tmp_path / "nope.csv"), home=tmp_path
    )
    assert missing.returncode == 1 and "cannot be read" in missing.stderr
    binary = tmp_path / "photo.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    refused = smmdesk("--lang", "en", "--db", str(db), "import", "influencers", str(binary), home=tmp_path)
    assert refused.returncode == 1 and "binary" in refused.stderr


def test_a_command_that_writes_waits_for_the_window_to_let_go(tmp_path: Path) -> None:
    from conftest import SAMPLES, hold_lock

    db = tmp_path / "base.smmdesk"
    smmdesk("demo", str(db), home=tmp_path)
    holder = hold_lock(db)
    try:
        result = smmdesk(
            "--lang",
            "en",
            "--db",
            str(db),
            "import",
            "influencers",
            str(SAMPLES / "influencers_planner.xlsx"),
            home=tmp_path,
        )
        assert result.returncode == 3 and f"process {holder.pid}" in result.stderr
        exported = smmdesk(
            "--db", str(db), "export", "influencers", "--out", str(tmp_path / "x.csv"), home=tmp_path
        )
        assert exported.returncode == 0  # reading is fine while the window has it
    finally:
        holder.kill()
        holder.wait()


def test_export_estimate_by_number_and_version(tmp_path: Path) -> None:
    db = tmp_path / "demo.smmdesk"
    smmdesk("demo", str(db), home=tmp_path)
    for suffix in ("xlsx", "pdf", "csv"):
        out = tmp_path / f"estimate.{suffix}"
        result = smmdesk(
            "--lang", "en", "--db", str(db), "export", "estimate", "1", "--out", str(out), home=tmp_path
        )
        assert result.returncode == 0, result.stderr
        assert out.stat().st_size > 1000
        assert "Estimate 1, version" in result.stdout and "₽" in result.stdout
    first = smmdesk(
        "--lang",
        "en",
        "--db",
        str(db),
        "export",
        "estimate",
        "1",
        "--version",
        "1",
        "--out",
        str(tmp_path / "v1.xlsx"),
        home=tmp_path,
    )
    assert first.returncode == 0 and "version 1:" in first.stdout
    missing = smmdesk(
        "--lang",
        "en",
        "--db",
        str(db),
        "export",
        "estimate",
        "1",
        "--version",
        "99",
        "--out",
        str(tmp_path / "v99.xlsx"),
        home=tmp_path,
    )
    assert missing.returncode == 1 and "no version 99" in missing.stderr


def test_report_on_a_campaign(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    db = tmp_path / "demo.smmdesk"
    smmdesk("demo", str(db), home=tmp_path)
    out = tmp_path / "report.xlsx"
    result = smmdesk(
        "--lang", "ru", "--db", str(db), "report", "campaign", "5", "--out", str(out), home=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "Отчёт по кампании «Осенняя распродажа»" in result.stdout and "4" in result.stdout
    assert load_workbook(out).sheetnames == ["КПЭ", "Публикации", "Графики", "Данные графиков"]
    pdf, both = tmp_path / "report.pdf", tmp_path / "both.xlsx"
    result = smmdesk(
        "--db", str(db), "report", "campaign", "5", "--with-fee-and-vat",
        "--out", str(pdf), "--out", str(both), home=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0 and pdf.read_bytes().startswith(b"%PDF") and both.stat().st_size > 10_000
    missing = smmdesk(
        "--lang", "en", "--db", str(db), "report", "campaign", "77", "--out", str(out), home=tmp_path
    )
    assert missing.returncode == 1 and "no campaign number 77" in missing.stderr
    wrong = smmdesk(
        "--lang", "en", "--db", str(db), "report", "campaign", "5", "--out", "r.docx", home=tmp_path
    )
    assert wrong.returncode == 1 and ".docx" in wrong.stderr


def test_a_contest_drawn_exported_and_verified_from_the_command_line(tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from smmdesk.domain.contests import Prize
    from smmdesk.services import contests as svc
    from smmdesk.services.workspace import open_workspace

    db_path = tmp_path / "c.smmdesk"
    db = open_workspace(db_path)
    with db.transaction() as s:
        contest = svc.create_contest(s, "Розыгрыш", platform="vk", account="shop")
        svc.set_prizes(s, contest, [Prize("Приз", 2, Decimal(500))])
        svc.paste_entries(s, contest, "\n".join(f"user{n}" for n in range(30)))
    db.close()
    base = ("--lang", "en", "--db", str(db_path), "contest", "draw", str(contest))
    drawn = smmdesk(*base, "--seed", "сид", home=tmp_path)
    assert drawn.returncode == 0, drawn.stderr
    assert "Drawn from 30 participants" in drawn.stdout and "1. user" in drawn.stdout
    again = smmdesk(*base, "--seed", "x", home=tmp_path)
    assert again.returncode == 1 and "reason" in again.stderr
    protocol = tmp_path / "protocol.xlsx"
    out = smmdesk(
        "--db", str(db_path), "export", "contest", str(contest), "--out", str(protocol), home=tmp_path
    )
    assert out.returncode == 0, out.stderr
    ok = smmdesk("--lang", "en", "contest", "verify", str(protocol), home=tmp_path)
    assert ok.returncode == 0 and "verifies" in ok.stdout
    book = load_workbook(protocol)
    for row in book["Протокол"].iter_rows():
        if row[0].value == "Сид":
            row[1].value = "другой сид"
    book.save(tmp_path / "forged.xlsx")
    bad = smmdesk("--lang", "en", "contest", "verify", str(tmp_path / "forged.xlsx"), home=tmp_path)
    assert bad.returncode == 1 and "does not verify" in bad.stdout and "place" in bad.stdout


@pytest.mark.parametrize("count", [20, 1])
def test_a_small_demo_holds_what_was_asked_and_its_whole_story(tmp_path: Path, count: int) -> None:
    import sqlite3

    target = tmp_path / "small.smmdesk"
    result = smmdesk("--lang", "en", "demo", str(target), "--influencers", str(count), home=tmp_path)
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(target) as db:
        assert db.execute("SELECT count(*) FROM influencer").fetchone() == (count,)
        assert db.execute("SELECT count(*) FROM estimate").fetchone()[0] >= 4
        if count >= 20:
            assert db.execute("SELECT count(*) FROM placement").fetchone()[0] >= 1
        # a Russian agency's demo: what the program writes into its data is Russian, whatever the
        # interface (a survey's follow-up names its survey, the customer who answered and their complaint)
        follow_ups = db.execute(
            "SELECT author_name, place, text FROM mention"
            " WHERE id IN (SELECT mention_id FROM review_answer WHERE mention_id IS NOT NULL)"
        ).fetchall()
        assert follow_ups and all(place.startswith("Опрос кампании «") for _, place, _ in follow_ups)
        assert all(not author.isascii() and not text.isascii() for author, _, text in follow_ups)
    refused = smmdesk("demo", str(tmp_path / "none.smmdesk"), "--influencers", "0", home=tmp_path)
    assert refused.returncode == 2 and "at least 1" in refused.stderr
    assert not (tmp_path / "none.smmdesk").exists()
