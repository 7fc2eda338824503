"""SIGKILL of a real smmdesk process while it writes an export or a backup: the earlier file is
untouched byte for byte, the database is sound, and the next start leaves nothing half-written."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import SAMPLES, digest
from faults_support import kill_when, smmdesk

from smmdesk.io.atomic import TEMP_MARK, leftovers
from smmdesk.storage.backup import check_file, list_backups


def _big_base(tmp_path: Path) -> Path:
    """A base of 8,000 influencers: its export takes seconds, long enough to be killed in."""
    path = tmp_path / "big.smmdesk"
    made = smmdesk("demo", str(path), "--influencers", "8000", home=tmp_path)
    assert made.returncode == 0, made.stderr
    return path


def test_an_export_killed_midway_leaves_the_earlier_file_and_the_next_one_cleans_up(tmp_path: Path) -> None:
    db = _big_base(tmp_path)
    out = tmp_path / "base.xlsx"
    export = ["--db", str(db), "export", "influencers", "--out", str(out)]
    first = smmdesk(*export, home=tmp_path)
    assert first.returncode == 0, first.stderr
    earlier = digest(out)

    def writing() -> bool:
        return any(p.stat().st_size > 0 for p in leftovers(out) if p.exists())

    assert kill_when(export, tmp_path, writing), "the export ended before it could be killed"
    assert digest(out) == earlier  # the earlier file, byte for byte
    assert leftovers(out), "the killed export was caught writing its temporary file"
    assert check_file(db, full=True) is None

    again = smmdesk(*export, home=tmp_path)  # the next start
    assert again.returncode == 0, again.stderr
    assert leftovers(out) == []
    from openpyxl import load_workbook

    book = load_workbook(out, read_only=True)
    try:
        assert book.active is not None and book.active.max_row == 9307  # the header and every account
    finally:
        book.close()


def _with_screenshots(db: Path, megabytes: int) -> None:
    """Screenshots kept as proof make a planner's file large (they live inside it)."""
    import os

    with sqlite3.connect(db) as conn:
        placement = conn.execute("SELECT min(id) FROM placement").fetchone()[0]
        picture = os.urandom(1 << 20)
        conn.executemany(
            "INSERT INTO screenshot (placement_id, file_name, media_type, width, height, size, data, "
            "thumbnail, added_at) VALUES (?, ?, 'image/png', 1080, 1920, ?, ?, x'', '2026-11-20 10:00:00')",
            [(placement, f"proof-{i}.png", len(picture), picture) for i in range(megabytes)],
        )
    assert check_file(db) is None


@pytest.mark.file_only
def test_a_backup_killed_midway_leaves_no_part_after_the_next_start(demo_path: Path, tmp_path: Path) -> None:
    db = tmp_path / "planner.smmdesk"
    shutil.copyfile(demo_path, db)
    _with_screenshots(db, 150)
    folder = db.parent / (db.name + ".backups")
    listing = SAMPLES / "influencers_agency_cp1251.csv"
    importing = ["--db", str(db), "import", "influencers", str(listing)]
    assert smmdesk(*importing, home=tmp_path).returncode == 0  # one import, one backup before it
    (earlier,) = list_backups(db)
    kept, before = digest(earlier.path), digest(db)

    def backing_up() -> bool:
        return folder.is_dir() and any(TEMP_MARK in p.name for p in folder.iterdir())

    assert kill_when(importing, tmp_path, backing_up), "the backup ended before it could be killed"
    assert any(TEMP_MARK in p.name for p in folder.iterdir()), "killed while the copy was being written"
    assert digest(db) == before  # the import had not begun: the backup comes first
    assert digest(earlier.path) == kept

    again = smmdesk(*importing, home=tmp_path)  # the next start
    assert again.returncode == 0, again.stderr
    names = sorted(p.name for p in folder.iterdir())
    assert not [n for n in names if TEMP_MARK in n or n.endswith(".part")], names
    assert len(names) == 2 and earlier.path.name in names
    assert all(check_file(b.path, full=True) is None for b in list_backups(db))
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM screenshot WHERE size = ?", (1 << 20,)).fetchone()[0] == 150
