"""Text that comes in: control characters are removed on the way in and never break an export; a text
longer than a spreadsheet cell is stored whole and the export says where it was cut; a line in
another encoding is flagged, not turned into mojibake; the CSV field-size limit, the size limit of
participant lists and compressed-chunk bombs in PNG pictures are refused in words."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.domain.errors import ImportFileError, ValidationError
from smmdesk.i18n import error_text
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading

HEADER = "Имя;Площадка;Аккаунт;Подписчики;Заметки\n"


def _export(db, path: Path):  # type: ignore[no-untyped-def]
    from smmdesk.domain.influencer_table import FilterSpec
    from smmdesk.i18n import translate
    from smmdesk.services.influencer_export import export_influencers

    with db.reading() as session:
        table = svc.load_table(session)
        return export_influencers(
            path, table, table.matching(FilterSpec()), imp.format_titles(session),
            dict(svc.platforms(session)), translate,
        )  # fmt: skip


def _plan(db, path: Path) -> imp.ImportPlan:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return imp.plan_import(session, imp.open_file(path))


def test_a_control_character_is_removed_on_the_way_in(db, tmp_path: Path) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(HEADER + "Ан\x01на\x7f;Telegram;@anna;100;заметка\x85 с C1\n", "utf-8")
    with db.transaction() as session:
        imp.apply_import(session, imp.plan_import(session, imp.open_file(listing)))
    typed = in_transaction(db, svc.create_influencer, "Бо\x02рис\x1b", "vk", "@boris", notes="a\x0bb")
    rows = {r.handle: r for r in reading(db, svc.load_table).rows}
    assert rows["anna"].name == "Анна" and rows["anna"].notes == "заметка с C1"
    assert rows["boris"].name == "Борис" and rows["boris"].notes == "ab"
    assert rows["boris"].influencer_id == typed


def test_a_control_character_already_in_the_base_does_not_break_the_exports(
    demo_path: Path, tmp_path: Path, qapp, russian
) -> None:
    from sqlalchemy import text

    db = open_workspace(demo_path)
    try:
        with db.engine.begin() as conn:  # as an earlier version may have stored it
            conn.execute(text("UPDATE influencer SET name = 'Ан\x01на', notes = 'x\x02y' WHERE id = 1"))
        assert _export(db, tmp_path / "base.xlsx").count > 0
        assert _export(db, tmp_path / "base.csv").count > 0
    finally:
        db.close()
    names = [row[0].value for row in load_workbook(tmp_path / "base.xlsx").active.iter_rows(min_row=2)]
    assert "Анна" in names


def test_a_text_longer_than_a_cell_is_stored_whole_and_the_export_says_where_it_was_cut(
    db, tmp_path: Path, russian
) -> None:
    long_note = ("Договорённости: " + "очень подробно. " * 2600).strip()  # 41,615 characters
    listing = tmp_path / "list.csv"
    listing.write_text(
        HEADER + f"Анна;Telegram;@anna;100;{long_note}\nБорис;VK;@boris;200;коротко\n", "utf-8"
    )
    with db.transaction() as session:
        imp.apply_import(session, imp.plan_import(session, imp.open_file(listing)))
    (anna,) = [r for r in reading(db, svc.load_table).rows if r.handle == "anna"]
    assert anna.notes == long_note  # whole in the base
    written = _export(db, tmp_path / "base.xlsx")
    sheet = load_workbook(tmp_path / "base.xlsx").active
    header = [c.value for c in sheet[1]]
    (row,) = [r for r in sheet.iter_rows(min_row=2) if r[2].value == "anna"]
    cell = row[header.index("Заметки")].value
    assert written.cut == [(row[0].row, "Заметки")]
    assert len(cell) == 32767 and cell.endswith(f"[обрезано: всего {len(long_note)} символов]")
    assert long_note.startswith(cell[: 32767 - 60])
    _export(db, tmp_path / "base.csv")
    assert long_note in (tmp_path / "base.csv").read_text("utf-8-sig")  # a CSV holds it whole


@pytest.mark.parametrize(
    ("file_encoding", "line_encoding", "said"),
    [("cp1251", "utf-8", "в кодировке UTF-8, остальной файл — в Windows-1251"),
     ("utf-8", "cp1251", "в кодировке Windows-1251, остальной файл — в UTF-8")],
)  # fmt: skip
def test_a_line_in_another_encoding_is_flagged_in_the_preview_and_read_right(
    file_encoding: str, line_encoding: str, said: str, qtbot, workspace, tmp_path: Path, russian
) -> None:
    from smmdesk.ui.dialogs.import_dialog import ImportDialog

    listing = tmp_path / "list.csv"
    listing.write_bytes(
        (HEADER + "Анна Иванова;Telegram;@anna;100;Москва\n").encode(file_encoding)
        + "Борис Щукин;VK;@boris;200;Санкт-Петербург\n".encode(line_encoding)
        + "Вера Ёлкина;VK;@vera;300;Казань\n".encode(file_encoding)
    )
    dialog = ImportDialog(workspace, listing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)  # the file is read in the background first
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    assert "Будет добавлено 3" in dialog.summary.text()
    flagged = [
        (dialog.warnings_list.item(r, 0).text(), dialog.warnings_list.item(r, 1).text())
        for r in range(dialog.warnings_list.rowCount())
    ]
    assert len(flagged) == 1 and flagged[0][0] == "3" and said in flagged[0][1]
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    names = {r.handle: (r.name, r.notes) for r in reading(workspace.db, svc.load_table).rows}
    assert names == {
        "anna": ("Анна Иванова", "Москва"),
        "boris": ("Борис Щукин", "Санкт-Петербург"),
        "vera": ("Вера Ёлкина", "Казань"),
    }


def test_the_csv_field_size_limit_is_said_in_russian(db, tmp_path: Path, russian) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(HEADER + "Анна;Telegram;@anna;100;" + '"' + "x" * 200_000 + '"\n', "utf-8")
    with pytest.raises(ImportFileError) as caught:
        _plan(db, listing)
    said = error_text(caught.value)
    assert "list.csv: ячейка около строки 2 длиннее 131072 символов" in said and "не импортирован" in said


def test_a_participant_text_file_has_the_size_limit_of_a_csv(db, tmp_path: Path, russian) -> None:
    from smmdesk.services import contests

    contest = in_transaction(db, contests.create_contest, "Розыгрыш")
    huge = tmp_path / "participants.txt"
    with huge.open("wb") as handle:  # 101 MB, sparse: no time spent writing it
        handle.write(b"@anna\n")
        handle.truncate(101 * 1024 * 1024)
    with pytest.raises(ImportFileError) as caught:
        in_transaction(db, contests.import_entries, contest, huge)
    assert "файлы больше 100 МБ не импортируются" in error_text(caught.value)
    fine = tmp_path / "fine.txt"
    fine.write_bytes(b"@anna\n" + "@борис_щукин\n".encode("cp1251") + b"@vera\x01\n")
    added = in_transaction(db, contests.import_entries, contest, fine)
    assert "anna" in added.added and "vera" in added.added  # the control character is gone
    assert "борис_щукин" in added.added or (2, "@борис_щукин") in added.rejected  # not mojibake


def _png_with(kind: bytes, payload: bytes) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (40, 40), (10, 120, 200)).save(out, "PNG")
    png = out.getvalue()
    chunk = struct.pack(">I", len(payload)) + kind + payload
    chunk += struct.pack(">I", zlib.crc32(kind + payload) & 0xFFFFFFFF)
    at = 33 if kind == b"iCCP" else len(png) - 12  # a profile before the pixels, a text after
    return png[:at] + chunk + png[at:]


@pytest.mark.parametrize("kind", [b"iCCP", b"zTXt"])
def test_png_compressed_chunk_bombs_are_refused(kind: bytes, demo_path: Path, russian) -> None:
    from smmdesk.services import publications
    from smmdesk.storage.models import Placement

    bomb = zlib.compress(b"\0" * (256 * 1024 * 1024), 9)  # 250 KB that unpack to 256 MB
    name = b"icc" if kind == b"iCCP" else b"Comment"
    picture = _png_with(kind, name + b"\0\0" + bomb)
    assert len(picture) < 300_000
    db = open_workspace(demo_path)
    try:
        with db.reading() as session:
            placement = session.query(Placement.id).first()[0]
            before = publications.screenshots_of(session, placement)
        with pytest.raises(ValidationError) as caught:
            in_transaction(db, publications.add_screenshot, placement, "скрин.png", picture)
        with db.reading() as session:
            assert publications.screenshots_of(session, placement) == before
    finally:
        db.close()
    assert "бомба-архив" in error_text(caught.value)
