"""Exports read back: one row per account, prices per format, outside text still text."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SAMPLES
from openpyxl import load_workbook

from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.influencer_export import export_influencers
from smmdesk.storage.database import Database

HOSTILE = ['=HYPERLINK("http://example.invalid/x","нажмите")', "-2+3+cmd|' /C calc'!A0"]


@pytest.fixture
def imported(db: Database):
    table = imp.open_file(SAMPLES / "influencers_agency_cp1251.csv")
    with db.transaction() as session:
        imp.apply_import(session, imp.plan_import(session, table))
    with db.reading() as session:
        return svc.load_table(session), imp.format_titles(session), dict(svc.platforms(session))


def test_xlsx_round_trip_keeps_text_as_text(imported, tmp_path: Path) -> None:
    table, titles, platforms = imported
    path = tmp_path / "base.xlsx"
    written = export_influencers(path, table, range(len(table)), titles, platforms)
    assert written.count == 60 and written.cut == []
    sheet = load_workbook(path).active
    header = [c.value for c in sheet[1]]
    assert header[:6] == ["Name", "Platform", "Account", "Link", "Followers", "ER, %"]
    assert "Фото с продуктом, ₽" in header
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == 60
    notes = {row[-1].value: row[-1].data_type for row in rows if row[-1].value}
    for text in HOSTILE:
        assert notes[text] == "s"
    phones = [row[header.index("Phone")].value for row in rows]
    assert "+7 928 192-78-98" in phones
    by_handle = {row[2].value: row for row in rows}
    sofya = by_handle["sofya.58"]
    assert sofya[4].value == 104549 and sofya[4].number_format == "#,##0"
    photo = header.index("Фото с продуктом, ₽")
    assert Decimal(str(sofya[photo].value)) == Decimal("60000")
    assert sheet.freeze_panes == "A2"


def test_csv_neutralizes_formulas_and_keeps_phones_readable(imported, tmp_path: Path) -> None:
    table, titles, platforms = imported
    path = tmp_path / "base.csv"
    export_influencers(path, table, range(len(table)), titles, platforms)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines(), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert "'" + HOSTILE[0] in cells and "'" + HOSTILE[1] in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
    assert "'+7 928 192-78-98" in cells
    sofya = next(row for row in rows if "sofya.58" in row)
    assert "7,70" in sofya


def test_a_selection_exports_only_the_selected(imported, tmp_path: Path) -> None:
    table, titles, platforms = imported
    path = tmp_path / "some.xlsx"
    assert export_influencers(path, table, [0, 1, 2], titles, platforms).count == 3
    assert load_workbook(path).active.max_row == 4


def test_unknown_extension_is_refused(imported, tmp_path: Path) -> None:
    from smmdesk.domain.errors import ValidationError

    table, titles, platforms = imported
    with pytest.raises(ValidationError):
        export_influencers(tmp_path / "base.ods", table, [0], titles, platforms)
