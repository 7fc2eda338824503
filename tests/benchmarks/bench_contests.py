"""A giveaway of 100,000 participants: imported from a comment export, normalized, drawn."""

from __future__ import annotations

import csv
import hashlib
import random
import sqlite3
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from common import median_ms, report

PARTICIPANTS = 100_000


def comment_export(path: Path) -> None:
    """As platforms export comments: the date, the author (a handle or a profile link), the text."""
    rng = random.Random(11)
    with path.open("w", encoding="utf-8", newline="") as handle:
        out = csv.writer(handle, delimiter=";")
        out.writerow(["Дата", "Автор", "Комментарий"])
        for n in range(PARTICIPANTS):
            name = f"User_{n:06d}"
            author = rng.choice([f"@{name}", f"https://instagram.com/{name}/?igshid=x{n}", name.lower()])
            out.writerow(["01.12.2026 12:00", author, "Участвую! 🎄"])


def run() -> None:
    from smmdesk.domain.contests import Prize
    from smmdesk.services import contests as svc
    from smmdesk.services.workspace import open_workspace

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        export = home / "comments.csv"
        comment_export(export)
        timings = []
        for attempt in range(3):
            db = open_workspace(home / f"contest{attempt}.smmdesk")
            with db.transaction() as session:
                contest = svc.create_contest(session, "Большой розыгрыш")
                svc.set_prizes(session, contest, [Prize("Приз", 10, Decimal(1000))])
            start = time.perf_counter()
            with db.transaction() as session:
                added = svc.import_entries(session, contest, export)
            with db.transaction() as session:
                svc.run_draw(session, contest, "сид розыгрыша")
            timings.append((time.perf_counter() - start) * 1000)
            assert len(added.added) == PARTICIPANTS
            db.close()
        timings.sort()

        raw = sqlite3.connect(home / "floor.sqlite")
        raw.execute("CREATE TABLE p (contest_id INTEGER, handle TEXT, raw TEXT, ineligible TEXT)")

        def floor() -> None:
            with export.open(encoding="utf-8") as handle:
                rows = [(1, row[1].lower(), row[1], "") for row in csv.reader(handle, delimiter=";")]
            raw.executemany("INSERT INTO p VALUES (?, ?, ?, ?)", rows)
            raw.commit()
            hashlib.sha256("\n".join(sorted(r[1] for r in rows)).encode()).hexdigest()

        report(
            f"{PARTICIPANTS} participants imported, normalized and drawn",
            timings[1],
            2000,
            floor=median_ms(floor, repeat=3),
            floor_name="csv read + raw sqlite3 insert + hash of the sorted list",
        )
        raw.close()
