"""The first page read straight from the file is the page the regular query gives, needs no SQLAlchemy,
and gives way (None) to anything it cannot read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from smmdesk.services import influencers as svc
from smmdesk.services.first_screen import first_page
from smmdesk.services.workspace import reading

ROOT = Path(__file__).resolve().parents[3]


def key(row: Any) -> tuple[int, int]:
    return (row.influencer_id, row.account_id or 0)


def test_the_first_page_is_what_the_regular_query_gives(demo_template: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    page = first_page(demo_template, 40)
    assert page is not None
    db = open_workspace(demo_template, read_only=True)
    try:
        regular = reading(db, svc.load_first, 40)
        assert sorted(page.table.rows, key=key) == sorted(regular.rows, key=key)
        assert page.table.formats == regular.formats
        assert page.platforms == reading(db, svc.platforms)
        assert page.formats == reading(db, svc.formats)
    finally:
        db.close()


def test_it_gives_way_to_what_it_cannot_read(tmp_path: Path) -> None:
    assert first_page(tmp_path / "nowhere.smmdesk", 10) is None
    (tmp_path / "photo.smmdesk").write_bytes(b"\x89PNG" + bytes(4000))
    assert first_page(tmp_path / "photo.smmdesk", 10) is None
    assert first_page("postgresql+psycopg://team@server/smmdesk", 10) is None


def test_it_needs_no_sqlalchemy(demo_template: Path) -> None:
    code = (
        "import sys; from smmdesk.services.first_screen import first_page; "
        f"page = first_page({str(demo_template)!r}, 10); "
        "print(len(page.table.rows), 'sqlalchemy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    count, imported = out.stdout.split()
    assert int(count) >= 10 and imported == "False"
