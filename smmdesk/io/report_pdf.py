"""A report as PDF on A4 landscape: heading and facts, each table with its header on every page,
then the charts, one to a page's width."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.report import COUNT, DATE, MONEY, PERCENT, Report, cell_text
from smmdesk.io.pdf import Column, PdfDocument


def write_report_pdf(path: Path, report: Report) -> int:
    doc = PdfDocument(path, title=report.title)
    doc.heading(report.title)
    doc.pairs(report.facts)
    if report.note:
        doc.text(report.note, before_mm=1)
    for table in (printed for whole in report.tables for printed in whole.printed()):
        doc.text(table.title, bold=True, scale=1.25, before_mm=4)
        columns = [
            Column(c.title, c.width, numeric=c.kind in (COUNT, MONEY, PERCENT), fit=c.kind == DATE)
            for c in table.columns
        ]
        kinds = [c.kind for c in table.columns]
        rows = [[cell_text(v, k) for v, k in zip(values, kinds, strict=True)] for values in table.rows]
        bold: list[int] = []
        if table.totals is not None:
            rows.append(
                [cell_text(v, k) if v is not None else "" for v, k in zip(table.totals, kinds, strict=True)]
            )
            bold.append(len(rows) - 1)
        doc.table(columns, rows, bold_rows=bold)
    for picture in report.pictures:
        doc.new_page()
        doc.text(picture.title, bold=True, scale=1.25)
        doc.picture(picture.png, width_fraction=0.9)
    return doc.finish()
