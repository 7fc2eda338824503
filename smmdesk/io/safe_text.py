"""Text from outside stays text: CSV cells neutralized as OWASP advises, XLSX cells typed as strings.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
by Excel or LibreOffice when a CSV is opened; it gets a leading apostrophe. In XLSX the same text
is written as a string cell, so it shows exactly as it came.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from smmdesk.domain.text import clean_text
from smmdesk.io.atomic import atomic_output

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# A text that itself starts with an apostrophe before one of those (or with two) gets one more, so
# that reading the file back (io.tabular) takes exactly one off and gets the text as it was.
_PROTECTED_START = tuple("'" + start for start in (*DANGEROUS_START, "'"))
CELL_LIMIT = 32_767  # the most characters a cell of Excel (and of LibreOffice) holds
CUT_MARK = " … [обрезано: всего {count} символов]"  # client files are in Russian


def neutralize(value: Any) -> Any:
    """For CSV: a text that a spreadsheet would execute gets a leading apostrophe; numbers pass."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START + _PROTECTED_START):
        return "'" + value
    return value


def fit_cell(text: str, mark: str = CUT_MARK) -> str:
    """`text` as a spreadsheet cell holds it: longer than a cell, it is cut and ends with `mark`,
    which says how long it was (the whole text stays in the program)."""
    if len(text) <= CELL_LIMIT:
        return text
    tail = mark.format(count=len(text))
    return text[: CELL_LIMIT - len(tail)] + tail


def write_csv_rows(path: Path, rows: Iterable[Sequence[Any]], *, delimiter: str = ";") -> None:
    """UTF-8 with BOM and `;`: what Excel in a Russian locale opens correctly by double-click."""
    with atomic_output(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        for row in rows:
            writer.writerow(["" if v is None else neutralize(v) for v in row])


def set_text(cell: Any, value: str) -> None:
    """An openpyxl cell holding `value` as a string, even when it starts with '=', without the
    control characters XML refuses (kept from before they were removed on the way in), and cut
    to what a cell holds."""
    cell.value = fit_cell(clean_text(value))
    cell.data_type = "s"
