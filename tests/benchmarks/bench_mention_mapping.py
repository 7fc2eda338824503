"""A correction in the mentions import's column mapping on a 500,000-row export (issue 14): the
counts again after one column's field is changed (the author's name left out).

Before: the file read again with the corrected mapping (`preview_import` given the path only, as
the dialog did). After: the counts again from the table read the first time (`table=`), as the
dialog does now (off the UI thread, with progress and Cancel). Each way REPEAT times, alternated so
that the machine's load falls on both alike, the fastest reported. The floor, measured in the same run,
is the rows parsed into mentions from the table already read (`parse_rows` alone: no file, no
database, no merge); the file's read alone (`read_table`) is what a correction no longer does.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from common import report
from mention_fixtures import big_mentions_csv

ROWS = 500_000
REPEAT = 1  # each way (the fastest reported when more)


def run() -> None:
    from smmdesk.domain.reputation.rows import ReadOptions, parse_rows
    from smmdesk.gcpause import gc_paused
    from smmdesk.services import campaigns
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.services.workspace import open_workspace

    path = big_mentions_csv(ROWS)
    times: dict[str, list[float]] = {"again": [], "table": []}
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "bench.smmdesk")
        try:
            with db.transaction() as session:
                client = campaigns.create_client(session, "Северный Ветер")
            with db.reading() as session:
                first = imp.preview_import(session, client, path, service="Brand Analytics")
            table, header = first.file.table, first.file.header_row
            mapping = dict(first.file.mapping)
            author = next(i for i, key in mapping.items() if key == "author_name")
            corrected = {i: key for i, key in mapping.items() if i != author}
            del first

            def correction(given: Any) -> float:
                """One correction counted (the file read again when no table is given), its counts
                checked, then dropped."""
                started = time.perf_counter()
                with db.reading() as session:
                    made = imp.preview_import(
                        session, client, path, service="Brand Analytics", mapping=corrected,
                        header_row=header, table=given,
                    )  # fmt: skip
                elapsed = time.perf_counter() - started
                assert made.counts == (ROWS, 0, 0), made.counts
                return elapsed

            for _ in range(REPEAT):
                times["again"].append(correction(None))
                times["table"].append(correction(table))
        finally:
            db.close()
    from smmdesk.io.tabular import read_table

    with gc_paused():  # as the preview reads and parses
        started = time.perf_counter()
        read_table(path)
        read = time.perf_counter() - started
        started = time.perf_counter()
        options = ReadOptions("Brand Analytics", "Europe/Moscow")
        parse_rows(table.rows[header + 1 :], corrected, header + 2, options)
        floor = time.perf_counter() - started

    report("mapping: a correction, the file read again", min(times["again"]), 15, unit="s", floor=floor,
           floor_name="parse_rows")  # fmt: skip
    report("mapping: a correction, from the table read", min(times["table"]), 15, unit="s", floor=floor,
           floor_name="parse_rows")  # fmt: skip
    report("mapping: the file read a correction no longer does", read, 15, unit="s")
