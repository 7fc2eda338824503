"""Reading the tables people keep: CSV in any of Excel's encodings and delimiters, and XLSX.

Everything comes back as rows of strings. Hostile files are refused before they cost memory:
a size limit, a zip-bomb check on XLSX, defusedxml against entity expansion, binary detection.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_file_text, clean_text
from smmdesk.gcpause import gc_paused

log = logging.getLogger("smmdesk.io")

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_XLSX_UNPACKED = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
DELIMITERS = (";", ",", "\t")


@dataclass
class TableFile:
    """The rows of one sheet (or of a CSV), and the names of all sheets for the planner to choose.

    `foreign` names the rows (by index) of a CSV written in another encoding than the rest of
    the file (one UTF-8 line in a Windows-1251 file, or the reverse): each was read in its own
    encoding, and the preview says so for the planner to check."""

    path: Path
    rows: list[list[str]]
    sheets: list[str]
    sheet: str
    encoding: str = ""
    delimiter: str = ""
    foreign: dict[int, str] = field(default_factory=dict)
    # (row index, column index) of each cell of a CSV a NUL byte was removed from, for the report.
    nul_cells: list[tuple[int, int]] = field(default_factory=list)


@dataclass
class Decoded:
    """A text file's content; `foreign` holds the lines (0-based) in another encoding than the file's;
    `nuls` counts the NUL bytes a text file held (removed, or marked when the caller asked)."""

    text: str
    encoding: str
    foreign: dict[int, str] = field(default_factory=dict)
    nuls: int = 0


# Where a CSV held a NUL byte, while it is split into cells (the csv module refuses NUL itself): a
# private-use character no table holds, removed again once the cell it is in has been noted.
NUL_MARK = "\ue000"
# More NUL bytes than this in the first 4 KB (and not UTF-16): a binary file, not a table.
MAX_NULS = 8


def _refuse(message: str, **params: Any) -> ImportFileError:
    return ImportFileError(message, **params)


def _cannot_read(path: Path, exc: OSError) -> ImportFileError:
    return _refuse(
        QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {reason}"),
        name=path.name,
        reason=exc.strerror or str(exc),
    )


def check_size(path: Path) -> int:
    """The file's size; an empty file or one over the import limit is refused."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if size == 0:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "The file {name} is empty."), name=path.name)
    if size > MAX_FILE_BYTES:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "The file {name} is {size} MB; files over {limit} MB are not imported."
            ),
            name=path.name,
            size=size // (1024 * 1024),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        )
    return size


def read_text_file(path: Path) -> Decoded:
    """A text file that comes in (a participant list, a list given beside a protocol): the same
    size limit, encodings and control-character cleaning as a CSV table."""
    check_size(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    return decode_lines(data, path.name)


def read_table(
    path: Path, sheet: str | None = None, progress: Callable[[int, int], None] | None = None
) -> TableFile:
    """Reads a CSV or XLSX file into rows of text; raises ImportFileError with the reason."""
    check_size(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    if head.startswith(b"PK\x03\x04"):
        return _read_xlsx(path, sheet)
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} is an old Excel file (.xls); save it as .xlsx or CSV and import that."
            ),
            name=path.name,
        )
    return _read_csv(path)


# --- CSV --------------------------------------------------------------------------------------------


def decode(data: bytes, name: str) -> tuple[str, str]:
    """The text and the encoding it was in: BOMs first, then UTF-8, then Windows-1251."""
    decoded = decode_lines(data, name)
    return decoded.text, decoded.encoding


NOT_TEXT = QT_TRANSLATE_NOOP("Errors", "{name} is not a text table (it holds binary data).")


def decode_lines(data: bytes, name: str, nul_mark: str = "") -> Decoded:
    """The text, line by line where the encodings are mixed: a file in Windows-1251 with a line
    pasted in UTF-8 (or the reverse) reads each line in its own encoding and names those lines,
    instead of turning them into mojibake. Control characters are removed; a stray NUL byte (one a
    broken export left) becomes `nul_mark` (removed by default), and a file with many is binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return Decoded(clean_file_text(data.decode("utf-16")), "utf-16")
    body, bom = (data[3:], True) if data.startswith(b"\xef\xbb\xbf") else (data, False)
    if not bom and data[:4096].count(0) > MAX_NULS:
        # UTF-16 without a BOM has a zero in every other byte; anything else with zeros is binary.
        zeros_odd = data[1:4096:2].count(0)
        if zeros_odd > len(data[:4096]) // 4:
            try:
                return Decoded(clean_file_text(data.decode("utf-16-le")), "utf-16-le")
            except UnicodeDecodeError:
                pass
        raise _refuse(NOT_TEXT, name=name)
    nuls = body.count(0)
    controls = sum(1 for byte in body[:4096] if byte < 32 and byte not in b"\r\n\t\x00")
    body = body.translate(None, _CONTROL_BYTES_BUT_NUL)  # C0 but tab and line ends, and DEL
    if nuls:
        body = body.replace(b"\x00", b"\x1a")  # SUB, the other controls gone, stands for NUL below
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        decoded = _mixed(body, bom)
    else:
        decoded = Decoded(text, "utf-8-sig" if bom else "utf-8")
    if controls > 8 or decoded.text.count("\ufffd") > len(decoded.text) // 100:
        raise _refuse(NOT_TEXT, name=name)
    if decoded.encoding.startswith("utf-8") and b"\xc2" in body:  # C1 controls, as UTF-8 writes them
        decoded.text = clean_file_text(decoded.text.replace("\x1a", NUL_MARK)).replace(NUL_MARK, "\x1a")
    if nuls:
        decoded.text = decoded.text.replace("\x1a", nul_mark)
        decoded.nuls = nuls
    return decoded


_CONTROL_BYTES = bytes([*range(0, 9), 11, 12, *range(14, 32), 127])
_CONTROL_BYTES_BUT_NUL = _CONTROL_BYTES[1:]
_UNREADABLE = re.compile("[\udc80-\udcff]")  # bytes UTF-8 could not read, kept by surrogateescape
# Two Cyrillic letters in a row as UTF-8 writes them: Windows-1251 text never holds these bytes in a
# row (they would read "Рё" or "С»" twice over), and a Russian line in UTF-8 always does. Scanning for
# this one pattern keeps a 20 MB list at a tenth of a second.
_UTF8_CYRILLIC = re.compile(rb"[\xd0\xd1][\x80-\xbf][\xd0\xd1][\x80-\xbf]")
_UTF8_COMMON = re.compile(rb"\xd0[\xb0\xb5\xbe]")


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _mixed(body: bytes, bom: bool) -> Decoded:
    """A file that is not all UTF-8: Windows-1251 with UTF-8 lines, or UTF-8 with Windows-1251 lines,
    whichever most of its first lines are (a BOM says UTF-8)."""
    sample = [line for line in body[:65536].split(b"\n") if not line.isascii()]
    mostly_utf8 = bom or 2 * sum(1 for line in sample if _is_utf8(line)) > len(sample)
    foreign: dict[int, str] = {}
    if mostly_utf8:
        lines = body.decode("utf-8", errors="surrogateescape").split("\n")
        for n, line in enumerate(lines):
            if _UNREADABLE.search(line):
                lines[n] = line.encode("utf-8", errors="surrogateescape").decode("cp1251", errors="replace")
                foreign[n] = "cp1251"
        return Decoded("\n".join(lines), "utf-8-sig" if bom else "utf-8", foreign)
    text = body.decode("cp1251", errors="replace")
    found: dict[int, str] = {}
    seen = -1
    # The commonest Russian letters (о, е, а) as UTF-8 writes them, which Windows-1251 text never holds
    # ("Рѕ", "Рµ", "Р°"): without one of them there is no UTF-8 line to look for.
    if not _UTF8_COMMON.search(body):
        return Decoded(text, "cp1251")
    for match in _UTF8_CYRILLIC.finditer(body):
        begin = body.rfind(b"\n", 0, match.start()) + 1
        if begin <= seen:
            continue
        seen = begin
        end = body.find(b"\n", begin)
        raw = body[begin : end if end >= 0 else len(body)]
        if _is_utf8(raw):
            found[body.count(b"\n", 0, begin)] = clean_file_text(raw.decode("utf-8"))
    if found:
        lines = text.split("\n")
        for n, line_text in found.items():
            lines[n] = line_text
            foreign[n] = "utf-8"
        text = "\n".join(lines)
    return Decoded(text, "cp1251", foreign)


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits most of the first lines into the same, largest number of cells."""
    sample = text[:65536].splitlines()[:60]
    best, best_score = ";", -1.0
    for delimiter in DELIMITERS:
        counts = [
            len(row) for row in csv.reader(sample, delimiter=delimiter) if any(cell.strip() for cell in row)
        ]
        if not counts:
            continue
        common = max(set(counts), key=counts.count)
        if common < 2:
            continue
        score = counts.count(common) * common
        if score > best_score:
            best, best_score = delimiter, score
    return best


FIELD_TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors",
    "{name}: a cell near line {line} is longer than {limit} characters, more than a table of people "
    "holds; the file was not imported.",
)
# The apostrophe a CSV export puts before text a spreadsheet would run (safe_text.neutralize).
PROTECTED = ("'=", "'+", "'-", "'@", "'\t", "'\r", "''")


def _unprotected(cell: str) -> str:
    return cell[1:] if cell.startswith(PROTECTED) else cell


def _read_csv(path: Path) -> TableFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _cannot_read(path, exc) from None
    decoded = decode_lines(data, path.name, nul_mark=NUL_MARK)
    text = decoded.text
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    foreign: dict[int, str] = {}
    try:
        with gc_paused():
            if decoded.foreign:
                rows = _rows_with_lines(reader, decoded.foreign, foreign)
            elif "'" in text:
                rows = [[_unprotected(cell.strip()) for cell in row] for row in reader]
            else:
                rows = [list(map(str.strip, row)) for row in reader]
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise _refuse(
                FIELD_TOO_LONG, name=path.name, line=reader.line_num, limit=csv.field_size_limit()
            ) from None
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable CSV table: {reason}"),
            name=path.name,
            reason=str(exc),
        ) from None
    nul_cells = _unmark_nuls(rows) if decoded.nuls else []
    return TableFile(path, rows, [path.stem], path.stem, decoded.encoding, delimiter, foreign, nul_cells)


def _unmark_nuls(rows: list[list[str]]) -> list[tuple[int, int]]:
    """Removes the marks left where NUL bytes were; returns the (row, column) of each such cell."""
    found = []
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if NUL_MARK in cell:
                row[c] = cell.replace(NUL_MARK, "").strip()
                found.append((r, c))
    return found


def _rows_with_lines(reader: Any, lines: dict[int, str], rows_out: dict[int, str]) -> list[list[str]]:
    """The rows, noting in `rows_out` which rows hold one of `lines` (0-based line numbers)."""
    rows: list[list[str]] = []
    first = 0
    for row in reader:
        last = reader.line_num  # the row spans lines first … last - 1 (0-based)
        found = next((lines[n] for n in range(first, last) if n in lines), None)
        if found is not None:
            rows_out[len(rows)] = found
        rows.append([_unprotected(cell.strip()) for cell in row])
        first = last
    return rows


# --- XLSX ---------------------------------------------------------------------------------------------


def _check_zip(path: Path) -> None:
    try:
        with zipfile.ZipFile(path) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, OSError):
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable XLSX file."), name=path.name
        ) from None
    unpacked = sum(entry.file_size for entry in entries)
    worst = max((entry.file_size / max(entry.compress_size, 1) for entry in entries), default=0)
    if unpacked > MAX_XLSX_UNPACKED or (worst > MAX_COMPRESSION_RATIO and unpacked > 10 * 1024 * 1024):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors", "{name} unpacks to {size} MB; it looks like a zip bomb and was not opened."
            ),
            name=path.name,
            size=unpacked // (1024 * 1024),
        )
    names = {entry.filename for entry in entries}
    if "xl/workbook.xml" not in names:
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{name} is not a readable XLSX file."), name=path.name)


ENTITY_TRICKS = QT_TRANSLATE_NOOP("Errors", "{name} contains XML entity tricks and was not opened.")


def _caused_by(exc: BaseException | None, kind: type[BaseException]) -> bool:
    while exc is not None:
        if isinstance(exc, kind):
            return True
        exc = exc.__cause__ or exc.__context__
    return False


def cell_text(value: Any) -> str:
    """A cell as the person sees it: 30000.0 → '30000', dates as dd.mm.yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)), "f")
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.strftime("%d.%m.%Y")
        # Seconds are kept when there are any: a mention's time is read to the second.
        return value.strftime("%d.%m.%Y %H:%M:%S" if value.second else "%d.%m.%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d.%m.%Y")
    return clean_text(str(value)).strip()


def _read_xlsx(path: Path, sheet: str | None) -> TableFile:
    _check_zip(path)
    from defusedxml.common import DefusedXmlException
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:
        log.warning("xlsx %s unreadable: %r", path, exc)
        if _caused_by(exc, DefusedXmlException):
            raise _refuse(ENTITY_TRICKS, name=path.name) from None
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable XLSX file."), name=path.name
        ) from None
    try:
        names = list(workbook.sheetnames)
        if sheet is not None and sheet not in names:
            raise _refuse(
                QT_TRANSLATE_NOOP("Errors", "{name} has no sheet {sheet}; it has: {sheets}."),
                name=path.name,
                sheet=sheet,
                sheets=", ".join(names),
            )
        chosen = sheet or names[0]
        try:
            rows = _sheet_rows(workbook[chosen])
        except DefusedXmlException:
            raise _refuse(ENTITY_TRICKS, name=path.name) from None
    finally:
        workbook.close()
    return TableFile(path, rows, names, chosen)


def _sheet_rows(worksheet: Any) -> list[list[str]]:
    """The sheet's cells as text, to their real extent. A read-only sheet believes its `<dimension>`
    element, which the file may get wrong either way: "A1:A1" would cut every row to one cell and the
    sheet to one row, "A1:XFD1048576" would read 16 384 × 1 048 576 empty cells. So the dimension is
    forgotten, and the rows are squared to the last column and row that hold anything."""
    worksheet.reset_dimensions()
    rows: list[list[str]] = []
    width = 0
    last_row = 0
    for values in worksheet.iter_rows(values_only=True):
        row = [cell_text(v) for v in values]
        filled = len(row)
        while filled and not row[filled - 1]:
            filled -= 1
        if filled:
            width = max(width, filled)
            last_row = len(rows) + 1
        rows.append(row)
    del rows[last_row:]
    for index, row in enumerate(rows):
        if len(row) != width:
            rows[index] = (row + [""] * width)[:width]
    return rows
