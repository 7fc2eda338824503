"""Files that lie about themselves: an XLSX whose `<dimension>` says A1:A1 (every row but the first
would be lost) or A1:XFD1048576 (16 384 × 1 048 576 empty cells to read), a CSV with one NUL byte."""

from __future__ import annotations

import re
import threading
import zipfile
from pathlib import Path

import pytest
import xlsxwriter

from smmdesk.io.tabular import read_table

ROWS = [["Имя", "Площадка", "Аккаунт", "Подписчики"]] + [
    [f"Блогер {n}", "Telegram", f"@blogger{n}", str(1000 * n)] for n in range(1, 40)
]


def _xlsx_claiming(path: Path, dimension: str) -> Path:
    """A real workbook whose sheet's `<dimension ref=…>` is rewritten to `dimension`."""
    plain = path.with_name("plain.xlsx")
    book = xlsxwriter.Workbook(str(plain))
    sheet = book.add_worksheet("Лист1")
    for r, row in enumerate(ROWS):
        sheet.write_row(r, 0, row)
    book.close()
    with zipfile.ZipFile(plain) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data, count = re.subn(
                    rb'<dimension ref="[^"]*"/>', f'<dimension ref="{dimension}"/>'.encode(), data
                )
                assert count == 1
            target.writestr(item, data)
    plain.unlink()
    return path


def _read_within(path: Path, seconds: float) -> list[list[str]]:
    """Reads the table on a thread; a read that does not end in `seconds` fails the test instead of
    hanging it (the lying dimension made it read for hours)."""
    found: list[list[list[str]]] = []
    reader = threading.Thread(target=lambda: found.append(read_table(path).rows), daemon=True)
    reader.start()
    reader.join(seconds)
    assert found, f"reading {path.name} did not end in {seconds} s"
    return found[0]


@pytest.mark.parametrize("dimension", ["A1:A1", "A1", "B2:C3"])
def test_an_xlsx_whose_dimension_says_less_keeps_every_row_and_column(tmp_path: Path, dimension: str) -> None:
    rows = _read_within(_xlsx_claiming(tmp_path / "list.xlsx", dimension), 60)
    assert rows == ROWS


def test_an_xlsx_whose_dimension_says_the_whole_sheet_reads_only_what_it_holds(tmp_path: Path) -> None:
    rows = _read_within(_xlsx_claiming(tmp_path / "list.xlsx", "A1:XFD1048576"), 60)
    assert rows == ROWS


def test_an_xlsx_with_a_ragged_sheet_is_squared_to_its_real_extent(tmp_path: Path) -> None:
    path = tmp_path / "ragged.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    sheet.write_row(0, 0, ["a", "b"])
    sheet.write(3, 4, "far")  # rows 2 and 3 are missing in the file, row 4 reaches column E
    sheet.write_blank(9, 9, None, book.add_format({"bold": True}))  # styled but empty: not content
    book.close()
    assert _read_within(path, 60) == [
        ["a", "b", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", ""],
        ["", "", "", "", "far"],
    ]


def test_one_nul_byte_in_a_csv_is_removed_and_said_with_its_row_and_column(tmp_path: Path, russian) -> None:
    from faults_support import smmdesk

    listing = tmp_path / "list.csv"
    listing.write_bytes(
        "Имя;Площадка;Аккаунт;Подписчики;Город\n"
        "Анна;Instagram;@anna;12 000;Казань\n"
        "Борис;Telegram;@boris;5 000;Сама\x00ра\n".encode("cp1251")
    )
    table = read_table(listing)
    assert table.rows[2] == ["Борис", "Telegram", "@boris", "5 000", "Самара"]
    assert table.nul_cells == [(2, 4)]
    db = tmp_path / "base.smmdesk"
    result = smmdesk("--lang", "ru", "--db", str(db), "import", "influencers", str(listing),
                     "--report", str(tmp_path / "report.csv"), home=tmp_path)  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].startswith("добавлено 2")
    report = [line.split(";") for line in (tmp_path / "report.csv").read_text("utf-8-sig").splitlines()]
    notes = [(row, reason) for row, outcome, _, reason in report if outcome == "warning"]
    assert notes == [("3", "из столбца «Город» удалён нулевой байт (невидимый испорченный символ)")]


def test_a_nul_between_cells_and_one_inside_a_quoted_cell_are_both_found(tmp_path: Path) -> None:
    path = tmp_path / "quoted.csv"
    path.write_bytes(b'name;note\n"A\x00nna";"one\nt\x00wo"\x00\n')
    table = read_table(path)
    assert table.rows[1] == ["Anna", "one\ntwo"]
    assert table.nul_cells == [(1, 0), (1, 1)]


def test_a_file_full_of_nul_bytes_is_still_refused_as_binary(tmp_path: Path) -> None:
    from smmdesk.domain.errors import ImportFileError

    path = tmp_path / "picture.csv"
    path.write_bytes(b"name;note\n" + bytes(range(256)) * 8)
    with pytest.raises(ImportFileError, match="binary"):
        read_table(path)


def test_a_5_mb_participant_line_is_set_aside_and_the_protocol_verifies(tmp_path: Path, russian) -> None:
    import datetime as dt
    from decimal import Decimal

    from faults_support import smmdesk

    from smmdesk.domain.contests import Prize
    from smmdesk.services import contest_protocol as cp
    from smmdesk.services import contests as svc
    from smmdesk.services.workspace import open_workspace

    listing = tmp_path / "участники.txt"
    listing.write_text("\n".join(["user0", "a" * 5_000_000, *(f"user{n}" for n in range(1, 30))]), "utf-8")
    db = open_workspace(tmp_path / "base.smmdesk")
    try:
        with db.transaction() as s:
            contest = svc.create_contest(
                s, "Розыгрыш", platform="instagram", account="romashka", mechanics="comment", rules="",
                starts_on=dt.date(2026, 12, 1), ends_on=dt.date(2026, 12, 20),
            )  # fmt: skip
            svc.set_prizes(s, contest, [Prize("Сертификат", 2, Decimal("1000"))])
            added = svc.import_entries(s, contest, listing)
        assert len(added.added) == 30
        ((line, shown),) = added.rejected
        assert line == 2 and len(shown) == 80 and shown.endswith("…")  # named by its line, not 5 MB of it
        with db.transaction() as s:
            svc.run_draw(s, contest, "20.12.2026 20:00, фраза «снег»")
        with db.reading() as s:
            cp.export_protocol(s, contest, tmp_path / "протокол.xlsx")
    finally:
        db.close()
    assert cp.verify_protocol(tmp_path / "протокол.xlsx").matches
    done = smmdesk("--lang", "ru", "contest", "verify", str(tmp_path / "протокол.xlsx"), home=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
