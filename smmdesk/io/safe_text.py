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

from smmdesk.io.atomic import atomic_output

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")
# A text that itself starts with an apostrophe before one of those (or with two) gets one more, so
# that reading the file back (io.tabular) takes exactly one off and gets the text as it was.
_PROTECTED_START = tuple("'" + start for start in (*DANGEROUS_START, "'"))
_DANGEROUS_FIRST = frozenset(DANGEROUS_START)
_PROTECTED = frozenset(_PROTECTED_START)
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
    """UTF-8 with BOM and `;`: what Excel in a Russian locale opens correctly by double-click.
    Written beside `path` and moved into place when complete. A cell made by `phone_cell` keeps its `+`."""
    with atomic_output(path) as temp, temp.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter, quoting=csv.QUOTE_MINIMAL)
        writerow, dangerous, protected = writer.writerow, _DANGEROUS_FIRST, _PROTECTED
        # neutralize() inlined (a base of 100,000 rows has two million cells); csv writes None as "".
        for row in rows:
            writerow(
                [
                    "'" + v if v.__class__ is str and (v[:1] in dangerous or v[:2] in protected) else v
                    for v in row
                ]
            )


class _E164(str):
    """A phone number in E.164, written as it is (its class is not `str`, so it is not neutralized)."""


def phone_cell(value: str) -> str:
    """A phone number in E.164 (`+` and up to 15 digits, which no spreadsheet runs as a formula)
    marked to keep its `+` in `write_csv_rows`; any other text is neutralized as usual."""
    if value[:1] == "+" and len(value) <= 16 and value[1:].isdigit():
        return _E164(value)
    return value
