"""A report as PDF on A4 landscape: heading and facts, each table with its header on every page and
its notes under it, then the charts, each across the page's width with its caption."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.report import DATE, NUMERIC, Report, cell_text
from smmdesk.io.pdf import Column, PdfDocument


def write_report_pdf(path: Path, report: Report) -> int:
    return _write(path, report)  # PdfDocument writes atomically


def _write(path: Path, report: Report) -> int:
    doc = PdfDocument(path, title=report.title)
    doc.heading(report.title)
    doc.pairs(report.facts)
    if report.note:
        doc.text(report.note, before_mm=1)
    for whole in report.tables:
        for table in whole.printed():
            caption = doc.text_height(table.title, bold=True, scale=1.25, before_mm=4)
            doc.keep(caption + doc.mm(20))  # a table's title stays with its first rows
            doc.text(table.title, bold=True, scale=1.25, before_mm=4)
            columns = [
                Column(
                    c.title, c.width, numeric=c.kind in NUMERIC, fit=c.kind == DATE
                )
                for c in table.columns
            ]
            rows = [
                [cell_text(v, k, report.currency) for v, k in zip(values, table.kinds_of(i), strict=True)]
                for i, values in enumerate(table.rows)
            ]
            bold: list[int] = []
            if table.totals is not None:
                kinds = [c.kind for c in table.columns]
                rows.append(
                    [
                        cell_text(v, k, report.currency) if v is not None else ""
                        for v, k in zip(table.totals, kinds, strict=True)
                    ]
                )
                bold.append(len(rows) - 1)
            notes = sum(doc.text_height(note, before_mm=1) for note in whole.notes)
            doc.table(columns, rows, bold_rows=bold, keep_with_next=notes)
        for note in whole.notes:
            doc.text(note, before_mm=1)
    for picture in report.pictures:
        doc.picture(picture.png)  # the chart carries its own title
    return doc.finish()
