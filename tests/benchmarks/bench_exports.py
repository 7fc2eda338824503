"""The influencer base of 100,000 exported to XLSX and to CSV with every field (the details read
for the export are inside the figure), each against the bare library writing the same cells (no
formats, no fitted widths, no atomic write)."""

from __future__ import annotations

import csv
import tempfile
from pathlib import Path

from common import median_ms, report
from fixtures import big_database


def run() -> None:
    from smmdesk.domain.influencer_table import FilterSpec
    from smmdesk.services import influencers as svc
    from smmdesk.services.influencer_details import load_export_details
    from smmdesk.services.influencer_export import export_influencers, export_rows
    from smmdesk.services.influencer_import import format_titles
    from smmdesk.storage.database import open_database

    db = open_database(big_database(), keep_backups=1)
    try:
        with db.reading() as session:
            table = svc.load_table(session)
            titles = format_titles(session)
            platforms = dict(svc.platforms(session))
            details = load_export_details(session)
        indices = table.matching(FilterSpec())
        columns, rows = export_rows(table, indices, titles, platforms, details=details)
        count = len(rows)

        def export(path: Path) -> None:
            with db.reading() as session:
                read = load_export_details(session)
            export_influencers(path, table, indices, titles, platforms, details=read)

        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp)

            def bare_xlsx() -> None:
                import xlsxwriter

                book = xlsxwriter.Workbook(str(out / "bare.xlsx"), {"strings_to_numbers": False,
                                                                   "strings_to_formulas": False,
                                                                   "strings_to_urls": False})  # fmt: skip
                sheet = book.add_worksheet()
                sheet.write_row(0, 0, [c.title for c in columns])
                for r, values in enumerate(rows, start=1):
                    sheet.write_row(
                        r, 0, [float(v) if not isinstance(v, (str, type(None))) else v for v in values]
                    )
                book.close()

            def bare_csv() -> None:
                with (out / "bare.csv").open("w", encoding="utf-8-sig", newline="") as handle:
                    writer = csv.writer(handle, delimiter=";")
                    writer.writerow([c.title for c in columns])
                    writer.writerows(rows)

            for suffix, target, bare, bare_name in (
                ("xlsx", 5000, bare_xlsx, "XlsxWriter write_row, same cells"),
                ("csv", 1500, bare_csv, "csv.writer, same rows"),
            ):
                path = out / f"base.{suffix}"
                figure = median_ms(lambda p=path: export(p), 3)
                name = f"{count} influencer accounts, {len(columns)} columns, to {suffix.upper()}"
                report(name, figure, target, floor=median_ms(bare, 3), floor_name=bare_name)
    finally:
        db.close()
