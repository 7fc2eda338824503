"""Text from outside stays text: CSV cells neutralized as OWASP advises, XLSX cells typed as strings.

A cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would be run as a formula
by Excel or LibreOffice when a CSV is opened; it gets a leading apostrophe. In XLSX the same text
is written as a string cell (`io.xlsx_book`), so it shows exactly as it came.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
_DANGEROUS_FIRST = frozenset(DANGEROUS_START)


def neutralize(value: Any) -> Any:
    """For CSV: a text that a spreadsheet would execute gets a leading apostrophe; numbers pass."""
    if isinstance(value, str) and value.startswith(DANGEROUS_START):
        return "'" + value
    return value


def write_csv_rows(path: Path, rows: Iterable[Sequence[Any]], *, delimiter: str = ";") -> None:
    """UTF-8 with BOM and `;`: what Excel in a Russian locale opens correctly by double-click.
    Written beside `path` and moved into place when complete."""
    from smmdesk.io.atomic import atomic_output

    with atomic_output(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writerow, dangerous = writer.writerow, _DANGEROUS_FIRST
        # neutralize() inlined (a base of 100,000 rows has two million cells); csv writes None as "".
        for row in rows:
            writerow(["'" + v if v.__class__ is str and v[:1] in dangerous else v for v in row])
