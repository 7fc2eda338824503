"""A report as PDF on A4 landscape: heading and facts, each table with its header on every page and
its notes under it, then the charts, each across the page's width with its caption."""

from __future__ import annotations

from pathlib import Path

from smmdesk.domain.report import DATE, NUMERIC, Report, cell_text, fact_text
from smmdesk.io.pdf import Column, PdfDocument

SHORT_TABLE_ROWS = 20  # a table of no more rows (the KPIs) is printed on one page, never split


def write_report_pdf(path: Path, report: Report) -> int:
    return _write(path, report)  # PdfDocument writes atomically


def _write(path: Path, report: Report) -> int:
    doc = PdfDocument(path, title=report.title, footer=report.words.page)
    doc.heading(report.title)
    doc.pairs([(label, fact_text(value, report.numbers)) for label, value in report.facts])
    if report.note:
        doc.text(report.note, before_mm=1)
    for whole in report.tables:
        for table in whole.printed():
            columns = [
                Column(c.title, c.width, numeric=c.kind in NUMERIC, fit=c.kind == DATE) for c in table.columns
            ]
            rows = [
                [
                    cell_text(v, k, table.currency_of(i, report.currency), report.numbers)
                    for v, k in zip(values, table.kinds_of(i), strict=True)
                ]
                for i, values in enumerate(table.rows)
            ]
            bold: list[int] = []
            kinds = [c.kind for c in table.columns]
            for totals, money in table.total_rows(report.currency):
                cells = zip(totals, kinds, strict=True)
                rows.append([cell_text(v, k, money, report.numbers) if v is not None else ""
                             for v, k in cells])  # fmt: skip
                bold.append(len(rows) - 1)
            notes = sum(doc.text_height(note, before_mm=1) for note in whole.notes)
            short = len(rows) <= SHORT_TABLE_ROWS  # the KPIs: on one page, whatever comes before
            doc.table(columns, rows, bold_rows=bold, keep_with_next=notes, caption=table.title,
                      keep_whole=short)  # fmt: skip
        if whole.notes:  # the notes' first two lines never part at a page's foot
            doc.keep(sum(doc.text_height(note, before_mm=1) for note in whole.notes[:2]))
        for note in whole.notes:
            doc.text(note, before_mm=1)
    for picture in report.pictures:
        doc.picture(picture.png)  # the chart carries its own title
    return doc.finish()
