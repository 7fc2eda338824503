"""The command line: version, demo, self-test, exit codes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

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
    assert load_workbook(out).sheetnames == ["КПЭ", "Публикации", "Графики"]
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
