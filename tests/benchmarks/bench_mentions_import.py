"""Reading and merging a 500,000-row service export (issue 14: the whole import ≤ 30 s end to end).

This measures the part that needs no database: the file read (`tabular`), the header matched, every
row turned into a mention (times in UTC, links normalized, sentiment, numbers) and the batch merged,
first into an empty base and then again into the 500,000 it made (a re-import: nothing is new).
The floor is `csv.reader` over the same decoded text.
"""

from __future__ import annotations

import csv
import io
import time

from common import report
from mention_fixtures import big_mentions_csv

from smmdesk.domain.reputation.mentions import merge_batch
from smmdesk.io.mention_file import read_mentions_file

ROWS = 500_000


def run() -> None:
    path = big_mentions_csv(ROWS)
    text = path.read_bytes().decode("cp1251")
    started = time.perf_counter()
    floor_rows = sum(1 for _ in csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    floor = time.perf_counter() - started

    started = time.perf_counter()
    file = read_mentions_file(path)
    read = time.perf_counter() - started
    mentions = file.parsed.mentions
    assert len(mentions) == ROWS == floor_rows - 1, (len(mentions), floor_rows)

    started = time.perf_counter()
    first = merge_batch((), mentions)
    merged = time.perf_counter() - started
    assert first.counts == (ROWS, 0, 0)

    started = time.perf_counter()
    again = merge_batch(first.added, mentions)
    remerged = time.perf_counter() - started
    assert again.counts == (0, ROWS, 0)

    report("mentions: read and parse 500k-row CSV", read, 15, unit="s", floor=floor, floor_name="csv.reader")
    report("mentions: merge 500k into an empty base", merged, 5, unit="s")
    report("mentions: re-import 500k (all known)", remerged, 5, unit="s")
    report("mentions: read + merge, the part before storage", read + merged, 20, unit="s", floor=floor,
           floor_name="csv.reader")  # fmt: skip
