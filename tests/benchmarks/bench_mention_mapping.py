"""A correction in the mentions import's column mapping on a 500,000-row export (issue 14): the
counts again after one column's field is changed (the author's name left out).

Before: the file read again with the corrected mapping (`preview_import` given the path only, as
the dialog did). After: the counts again from the table read the first time (`table=`), as the
dialog does now. The floor, measured in the same run, is the rows parsed into mentions from the
table already read (`parse_rows` alone: no file, no database, no merge).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from common import report
from mention_fixtures import big_mentions_csv

ROWS = 500_000


def run() -> None:
    from smmdesk.domain.reputation.rows import ReadOptions, parse_rows
    from smmdesk.gcpause import gc_paused
    from smmdesk.services import campaigns
    from smmdesk.services.reputation import mention_import as imp
    from smmdesk.services.workspace import open_workspace

    path = big_mentions_csv(ROWS)
    with tempfile.TemporaryDirectory() as folder:
        db = open_workspace(Path(folder) / "bench.smmdesk")
        try:
            with db.transaction() as session:
                client = campaigns.create_client(session, "Северный Ветер")
            with db.reading() as session:
                first = imp.preview_import(session, client, path, service="Brand Analytics")
            mapping = dict(first.file.mapping)
            author = next(i for i, key in mapping.items() if key == "author_name")
            corrected = {i: key for i, key in mapping.items() if i != author}
            header = first.file.header_row

            started = time.perf_counter()
            with db.reading() as session:
                before = imp.preview_import(
                    session, client, path, service="Brand Analytics", mapping=corrected, header_row=header
                )
            read_again = time.perf_counter() - started

            started = time.perf_counter()
            with db.reading() as session:
                after = imp.preview_import(
                    session, client, path, service="Brand Analytics", mapping=corrected, header_row=header,
                    table=first.file.table,
                )  # fmt: skip
            from_table = time.perf_counter() - started
        finally:
            db.close()
    assert before.counts == after.counts == (ROWS, 0, 0), (before.counts, after.counts)
    rows = first.file.table.rows[header + 1 :]
    with gc_paused():  # as the preview parses
        started = time.perf_counter()
        parse_rows(rows, corrected, header + 2, ReadOptions("Brand Analytics", "Europe/Moscow"))
        floor = time.perf_counter() - started

    report("mapping: a correction, the file read again", read_again, 15, unit="s", floor=floor,
           floor_name="parse_rows")  # fmt: skip
    report("mapping: a correction, from the table read", from_table, 15, unit="s", floor=floor,
           floor_name="parse_rows")  # fmt: skip
