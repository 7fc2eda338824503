"""An estimate of 2,000 lines: opening it, one cell edit to new totals, XLSX and PDF export."""

from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
import statistics
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

from common import median_ms, report, timed_ms
from fixtures import open_workspace

LINES = 2_000


def make_estimate(path: Path) -> int:
    """The demo database with a 2,000-line estimate in the Valentine's campaign (id 4)."""
    from sqlalchemy import select

    from smmdesk.services import estimates as est
    from smmdesk.services.demo import write_demo
    from smmdesk.services.settings import load_agency_settings
    from smmdesk.storage.database import open_database
    from smmdesk.storage.models import Account, Influencer

    write_demo(path)
    db = open_database(path, keep_backups=1)
    try:
        with db.transaction() as session:
            accounts = list(
                session.scalars(
                    select(Account.id)
                    .join(Influencer, Influencer.id == Account.influencer_id)
                    .where(Influencer.status != "blacklist")
                    .order_by(Account.id)
                )
            )
            estimate_id = est.create_estimate(session, 4, "Большая смета", load_agency_settings(session))
            version_id = est.latest_version(session, estimate_id)
            start = dt.date(2027, 2, 1)
            for n in range(LINES // 100):
                chosen = [accounts[(n * 100 + i) % len(accounts)] for i in range(100)]
                day = start + dt.timedelta(days=n % 14)
                ids = est.add_placements(session, version_id, chosen, 1 + n % 4, day)
                for i, line_id in enumerate(ids):
                    changes = {"unit_price": Decimal(10_000 + 37 * i), "quantity": 1 + i % 3}
                    est.update_line(session, line_id, {**changes, "discount_pct": Decimal(i % 4)})
    finally:
        db.close()
    return estimate_id


def run() -> None:
    from smmdesk.services import estimates as est
    from smmdesk.services.estimate_export import export_version
    from smmdesk.services.workspace import reading
    from smmdesk.ui.core.bus import Changes
    from smmdesk.ui.widgets.estimate_editor import EstimateEditor

    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        path = home / "estimate.smmdesk"
        estimate_id = make_estimate(path)
        app, _, workspace = open_workspace(path, home)
        editor = EstimateEditor(workspace)
        # The estimates section passes each change to its editor; here the bench does.
        pending = Changes()

        def follow(entity: str, ids: Any) -> None:
            pending.add(entity, ids)
            editor.refresh(pending.take())

        workspace.bus.changed.connect(follow)
        editor.resize(1366, 768)
        editor.show()
        app.processEvents()

        def open_it() -> None:
            editor.load(None)
            editor.load(estimate_id)
            editor.repaint()

        opened = median_ms(open_it, repeat=7)
        assert editor.model.rowCount() == LINES
        raw = sqlite3.connect(path)

        def raw_scan() -> None:
            raw.execute(
                "SELECT l.* FROM estimate_line l JOIN estimate_version v ON v.id = l.version_id "
                "WHERE v.estimate_id = ? ORDER BY l.position",
                (estimate_id,),
            ).fetchall()

        report(
            f"open an estimate of {LINES} lines and paint it",
            opened,
            300,
            floor=median_ms(raw_scan, repeat=7),
            floor_name="raw sqlite3 read of its lines",
        )

        column = editor.model.column_index("quantity")
        edits = []
        for row in range(0, 40, 2):
            index = editor.model.index(row, column)
            before = editor.totals.text()
            value = 7 + row % 5

            def edit(i: Any = index, v: int = value) -> None:
                editor.model.setData(i, v)
                app.processEvents()
                editor.repaint()

            edits.append(timed_ms(edit))
            assert editor.totals.text() != before
        line_id = editor.version.lines[0].id if editor.version else 0

        raw.execute("PRAGMA synchronous = FULL")  # as the program writes
        flip = iter(range(1_000_000))

        def raw_update() -> None:
            raw.execute("UPDATE estimate_line SET quantity = ? WHERE id = ?", (2 + next(flip) % 2, line_id))
            raw.commit()

        report(
            "edit one cell to new totals on screen, median",
            statistics.median(edits),
            50,
            floor=median_ms(raw_update, repeat=9),
            floor_name="raw sqlite3 update + commit",
        )
        report("edit one cell to new totals on screen, worst", max(edits), 50)
        raw.close()

        db = workspace.db
        assert db is not None
        version_id = reading(db, est.latest_version, estimate_id)
        out = home / "out"
        out.mkdir()
        xlsx = median_ms(lambda: reading(db, export_version, version_id, out / "смета.xlsx"), repeat=3)
        report(
            f"export {LINES} lines to XLSX",
            xlsx,
            1000,
            floor=median_ms(lambda: bare_xlsx(out / "bare.xlsx"), repeat=3),
            floor_name="XlsxWriter, same cells, no formats",
        )
        pdf = median_ms(lambda: reading(db, export_version, version_id, out / "смета.pdf"), repeat=3)
        report(
            f"export {LINES} lines to PDF",
            pdf,
            2000,
            floor=median_ms(lambda: bare_pdf(out / "bare.pdf"), repeat=3),
            floor_name="QPdfWriter, drawText of the same lines",
        )
        editor.close()
        workspace.close()
        shutil.rmtree(out)


def bare_xlsx(path: Path) -> None:
    import xlsxwriter

    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet()
    for row in range(LINES):
        sheet.write_row(row, 0, [row, "Блогер", "Instagram", "@handle", "Фото", "01.02.2027", 2, 10000.5])
        sheet.write_formula(row, 8, f"=ROUND(G{row + 1}*H{row + 1},2)", None, 20001)
        sheet.write_number(row, 9, 3)
        sheet.write_formula(row, 10, f"=ROUND(I{row + 1}*(1-J{row + 1}/100),2)", None, 19401)
    book.close()


def bare_pdf(path: Path) -> None:
    from PySide6.QtGui import QPageSize, QPainter, QPdfWriter

    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(144)
    painter = QPainter(writer)
    y = 40
    for row in range(LINES):
        if y > writer.height() - 40:
            writer.newPage()
            y = 40
        painter.drawText(
            40, y, f"{row}  Блогер  instagram  @handle  Фото  01.02.2027  2  10 000,50 ₽  19 401,00"
        )
        y += 22
    painter.end()


if __name__ == "__main__":
    start = time.perf_counter()
    run()
    print(f"({(time.perf_counter() - start):.1f} s)")
