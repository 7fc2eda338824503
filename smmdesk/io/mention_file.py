"""Reading a monitoring service's export (CSV or XLSX) into mentions.

The file is read by `tabular.read_table` (encodings, delimiters, hostile files refused), the
header found and matched by `reputation.columns`, the rows read by `reputation.rows`. The
planner's corrected mapping, when given, replaces the matched one; nothing here writes anything.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.reputation.columns import find_header, match_columns
from smmdesk.domain.reputation.rows import DEFAULT_OPTIONS, ParsedExport, ReadOptions, parse_rows
from smmdesk.domain.reputation.service_names import guess_service
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.tabular import TableFile, read_table

NO_HEADER = QT_TRANSLATE_NOOP(
    "Errors", "{name} has no header row naming a mention's link, text or time; it was not imported."
)
NO_ROWS = QT_TRANSLATE_NOOP("Errors", "{name} has a header but no mentions under it.")


@dataclass(frozen=True)
class MentionFile:
    """A read export: its table, where the header is, the mapping used, and the mentions read."""

    table: TableFile
    header_row: int  # 0-based index into table.rows
    mapping: Mapping[int, str]  # column index → field key
    options: ReadOptions
    parsed: ParsedExport

    @property
    def header(self) -> list[str]:
        return self.table.rows[self.header_row]


def read_mentions_file(
    path: Path,
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    sheet: str | None = None,
    mapping: Mapping[int, str] | None = None,
    header_row: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> MentionFile:
    """Reads `path`; the service is the option's, else the one the file name names.

    `mapping` and `header_row` are the planner's corrections of what was matched the first time
    (with a mapping and no header row found, the first row is the header). ImportFileError with
    the reason for a file that is not a table or has no usable header.
    """
    table = read_table(path, sheet, progress)
    return mentions_from_table(table, path.name, options, mapping=mapping, header_row=header_row)


def mentions_from_table(
    table: TableFile,
    name: str,
    options: ReadOptions = DEFAULT_OPTIONS,
    *,
    mapping: Mapping[int, str] | None = None,
    header_row: int | None = None,
) -> MentionFile:
    """The mentions of a table already read from the file `name` (a correction of the mapping or
    the header row counts again from what was read, never reading the file again)."""
    if header_row is None:
        header_row = find_header(table.rows)
    if header_row is None and mapping is not None:
        header_row = 0
    if header_row is None or header_row >= len(table.rows):
        raise ImportFileError(NO_HEADER, name=name)
    if not any(any(cell for cell in row) for row in table.rows[header_row + 1 :]):
        raise ImportFileError(NO_ROWS, name=name)
    used = dict(mapping) if mapping is not None else match_columns(table.rows[header_row])
    if not options.service:
        options = ReadOptions(guess_service(name), options.zone)
    parsed = parse_rows(table.rows[header_row + 1 :], used, header_row + 2, options)
    return MentionFile(table, header_row, used, options, parsed)
