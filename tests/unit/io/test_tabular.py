"""Reading tables: every encoding and delimiter Excel produces, and hostile files refused cleanly."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from openpyxl import Workbook

from smmdesk.domain.errors import ImportFileError
from smmdesk.io.tabular import read_table

ROWS = [
    ["Имя", "Площадка", "Ник", "Подписчики"],
    ["Анна Ёлкина", "ВК", "@anna", "1 234"],
    ["Пётр", "TG", "petr", "5,5 тыс."],
]


def write_text(path: Path, text: str, encoding: str) -> Path:
    path.write_bytes(text.encode(encoding))
    return path


@pytest.mark.parametrize(
    ("encoding", "delimiter"),
    [("utf-8", ","), ("utf-8-sig", ";"), ("cp1251", ";"), ("utf-16", "\t"), ("utf-8", "\t")],
)
def test_csv_in_every_encoding_and_delimiter(tmp_path: Path, encoding: str, delimiter: str) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter).writerows(ROWS)
    text = buffer.getvalue()
    table = read_table(write_text(tmp_path / "list.csv", text, encoding))
    assert table.rows == ROWS
    assert table.delimiter == delimiter


def test_quoted_cells_with_delimiters_inside(tmp_path: Path) -> None:
    path = write_text(tmp_path / "q.csv", 'Имя;Тематика\n"Анна";"мода; еда"\n', "utf-8")
    assert read_table(path).rows == [["Имя", "Тематика"], ["Анна", "мода; еда"]]


def test_xlsx_sheet_choice_and_cell_text(tmp_path: Path) -> None:
    book = Workbook()
    first = book.active
    first.title = "База"
    first.append(["Заголовок списка"])
    first.append(["Имя", "Подписчики", "ER"])
    first.append(["Анна", 30000.0, 4.6])
    book.create_sheet("Архив").append(["старое"])
    path = tmp_path / "list.xlsx"
    book.save(path)
    table = read_table(path)
    assert table.sheets == ["База", "Архив"] and table.sheet == "База"
    assert table.rows[2] == ["Анна", "30000", "4.6"]
    assert read_table(path, "Архив").rows == [["старое"]]
    with pytest.raises(ImportFileError, match="no sheet"):
        read_table(path, "Нет такого")


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(ImportFileError, match="empty"):
        read_table(path)


def test_a_200_mb_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.csv"
    with path.open("wb") as handle:
        handle.truncate(200 * 1024 * 1024)  # sparse: costs no disk and no time
    with pytest.raises(ImportFileError, match="200 MB"):
        read_table(path)


def test_a_binary_renamed_to_csv(tmp_path: Path) -> None:
    path = tmp_path / "photo.csv"
    path.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ImportFileError, match="binary"):
        read_table(path)


def test_an_old_xls_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "old.csv"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    with pytest.raises(ImportFileError, match="xls"):
        read_table(path)


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"\x00" * (30 * 1024 * 1024))
    assert path.stat().st_size < 100_000
    with pytest.raises(ImportFileError, match="zip bomb"):
        read_table(path)


def test_billion_laughs_is_refused(tmp_path: Path) -> None:
    book = Workbook()
    book.active.append(["Имя", "Ник"])
    book.active.append(["&lol9;", "x"])
    path = tmp_path / "laughs.xlsx"
    book.save(path)
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10 if i > 1 else "&lol;" * 10}">'
            for i in range(1, 10)
        )
        + "]>"
    )
    hostile = tmp_path / "hostile.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(hostile, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.decode("utf-8")
                body = body.split("?>", 1)[1] if body.startswith("<?xml") else body
                data = (laughs + body.replace("<t>x</t>", "<t>&lol9;</t>")).encode("utf-8")
            target.writestr(item, data)
    with pytest.raises(ImportFileError, match="entity"):
        read_table(hostile)


def test_a_broken_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "broken.xlsx"
    path.write_bytes(b"PK\x03\x04" + b"garbage" * 100)
    with pytest.raises(ImportFileError, match="not a readable XLSX"):
        read_table(path)
