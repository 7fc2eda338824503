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
    assert {c["check"] for c in data["checks"]} >= {"database", "translations"}
    assert all(c["ok"] for c in data["checks"])


def test_demo_writes_a_database_and_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "demo.smmdesk"
    first = smmdesk("--lang", "ru", "demo", str(target), home=tmp_path)
    assert first.returncode == 0, first.stderr
    assert "Демонстрационная база записана" in first.stdout
    again = smmdesk("--lang", "ru", "demo", str(target), home=tmp_path)
    assert again.returncode == 2 and "--force" in again.stderr
