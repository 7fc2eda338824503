"""Reading the tables people keep: CSV in any of Excel's encodings and delimiters, and XLSX.

Everything comes back as rows of strings. Hostile files are refused before they cost memory:
a size limit, a zip-bomb check on XLSX, defusedxml against entity expansion, binary detection.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import logging
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused

log = logging.getLogger("smmdesk.io")

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_XLSX_UNPACKED = 400 * 1024 * 1024
MAX_COMPRESSION_RATIO = 200
DELIMITERS = (";", ",", "\t")


@dataclass
class TableFile:
    """The rows of one sheet (or of a CSV), and the names of all sheets for the planner to choose."""

    path: Path
    rows: list[list[str]]
    sheets: list[str]
    sheet: str
    encoding: str = ""
    delimiter: str = ""


def _refuse(message: str, **params: Any) -> ImportFileError:
    return ImportFileError(message, **params)


def read_table(
    path: Path, sheet: str | None = None, progress: Callable[[int, int], None] | None = None
) -> TableFile:
    """Reads a CSV or XLSX file into rows of text; raises ImportFileError with the reason."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "The file {name} cannot be read: {reason}"),
            name=path.name,
            reason=exc.strerror or str(exc),
        ) from None
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
    with path.open("rb") as handle:
        head = handle.read(8)
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
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        # UTF-16 without a BOM has a zero in every other byte; anything else with zeros is binary.
        zeros_odd = data[1:4096:2].count(0)
        if zeros_odd > len(data[:4096]) // 4:
            try:
                return data.decode("utf-16-le"), "utf-16-le"
            except UnicodeDecodeError:
                pass
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a text table (it holds binary data)."), name=name
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1251", errors="replace")
    controls = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t")
    if controls > 8 or text.count("\ufffd") > len(text) // 100:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a text table (it holds binary data)."), name=name
        )
    return text, "cp1251"


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


def _read_csv(path: Path) -> TableFile:
    text, encoding = decode(path.read_bytes(), path.name)
    delimiter = sniff_delimiter(text)
    try:
        with gc_paused():
            rows = [
                [cell.strip() for cell in row]
                for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
            ]
    except csv.Error as exc:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a readable CSV table: {reason}"),
            name=path.name,
            reason=str(exc),
        ) from None
    return TableFile(path, rows, [path.stem], path.stem, encoding, delimiter)


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
    return str(value).strip()


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
            rows = [[cell_text(v) for v in row] for row in workbook[chosen].iter_rows(values_only=True)]
        except DefusedXmlException:
            raise _refuse(ENTITY_TRICKS, name=path.name) from None
    finally:
        workbook.close()
    return TableFile(path, rows, names, chosen)
