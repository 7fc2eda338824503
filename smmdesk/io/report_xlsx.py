"""A report as XLSX: a sheet per table (the first one under the report's heading and facts), each
figure a number in its format ("—" where undefined), and the charts as native spreadsheet charts
drawn from a sheet of their data, so that the client can restyle them and they follow the data."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

from smmdesk.domain.money import round_to
from smmdesk.domain.report import (
    ACHIEVED,
    COUNT,
    DATE,
    DECIMAL,
    FIGURE,
    MONEY,
    PERCENT,
    TEXT,
    ChartData,
    Report,
    Series,
    Table,
    figure_places,
    shown_places,
)
from smmdesk.domain.ticks import value_scale
from smmdesk.io import xlsx_book as xb
from smmdesk.io.xlsx_book import (
    FONT,
    HEADER,
    PERCENT1,
    PERCENT2,
    Book,
    Sheet,
    Style,
    in_language,
    money_format,
    page_setup,
    xlsx_book,
)

TITLE = Style(bold=True, size=14)
LABEL = Style(bold=True)
NOTE = Style(italic=True)
CAPTION = Style(bold=True, size=12)
CHART_COLORS = ("#2F6FB0", "#E07B39", "#3A9D5D", "#8E5EA2", "#C0392B")
CHART_PX = (960, 430)
CHART_ROWS = 23  # rows a chart of CHART_PX takes, with a gap
MIN_ROWS_AT_FOOT = 3  # a table's first rows that print with its caption and header
SHORT_TABLE_ROWS = 20  # a table of no more rows (the KPIs) prints on one page
CHART_COLUMNS = 15  # default columns (64 px) a chart of CHART_PX spans


def number_format(kind: str, currency: str, language: str = "ru") -> str:
    """A kind's number format in the file's language (`xlsx_book.in_language`)."""
    code = {COUNT: xb.COUNT, MONEY: money_format(currency), PERCENT: PERCENT2, ACHIEVED: PERCENT1,
            DATE: xb.DATE, DECIMAL: "#,##0.0", FIGURE: "#,##0.00"}.get(kind, "")  # fmt: skip
    return in_language(code, language)


def cell_number(value: Any, kind: str) -> float:
    """The figure as stored: rounded by the one rounding to what it shows; a percentage as a fraction."""
    rounded = round_to(Decimal(value), shown_places(kind))
    return float(rounded / 100 if kind in (PERCENT, ACHIEVED) else rounded)


def write_cell(
    sheet: Sheet, row: int, col: int, value: Any, kind: str, style: Style, currency: str, language: str = "ru"
) -> None:
    if kind == TEXT or isinstance(value, str):
        if value in (None, ""):
            sheet.blank(row, col, style)
        else:
            sheet.text(row, col, str(value), style)
        return
    styled = figure_style(style, kind, currency, language)
    if value is None:
        sheet.dash(row, col, styled)
    elif kind == DATE and isinstance(value, dt.date):
        sheet.date(row, col, value, styled)
    elif kind == FIGURE and figure_places(value) == 0:  # «431 599», not «431 599,00»
        sheet.number(row, col, cell_number(value, kind), figure_style(style, COUNT, currency, language))
    else:
        sheet.number(row, col, cell_number(value, kind), styled)


@lru_cache(maxsize=128)
def figure_style(style: Style, kind: str, currency: str, language: str = "ru") -> Style:
    """A cell's style with its kind's number format, at the right (a date centred): made once."""
    number = number_format(kind, currency, language)
    return replace(style, number=number, align="center" if kind == DATE else "right")


def _footer(report: Report) -> str:
    """The page footer in the file's language, as a spreadsheet's header codes write it."""
    return report.words.page.format(page="&P", pages="&N")


def write_report_xlsx(path: Path, report: Report) -> None:
    with xlsx_book(path, report.title) as book:
        for number, table in enumerate(report.tables):
            sheet = book.sheet(report.sheet_names.get(table.title, table.title))
            row = 0
            if number == 0:
                row = _heading(sheet, report, len(table.columns) - 1)
            _table(sheet, table, row, report.currency, report.numbers.language)
            page_setup(sheet, report.title, landscape=len(table.columns) > 8, pages=_footer(report))
        if report.charts:
            _charts(book, report)


def _heading(sheet: Sheet, report: Report, last: int) -> int:
    """The title and the facts over the table's width, wrapped there (a long name takes more lines,
    never more page); a date is a date cell, a count a number."""
    sheet.merged_text(0, 0, last, report.title, replace(TITLE, wrap=True))
    row = 1
    value = Style(align="left", wrap=True)
    language = report.numbers.language
    for label, fact in report.facts:
        sheet.text(row, 0, label + ":", LABEL)
        if isinstance(fact, dt.date):
            sheet.merged_date(row, 1, last, fact, replace(value, number=in_language(xb.DATE, language)))
        elif isinstance(fact, int) and not isinstance(fact, bool):
            sheet.merged_number(row, 1, last, fact, replace(value, number=in_language(xb.COUNT, language)))
        else:
            sheet.merged_text(row, 1, last, str(fact), value)
        row += 1
    if report.note:
        sheet.merged_text(row, 0, last, report.note, replace(NOTE, wrap=True, align="left"))
        row += 1
    return row + 1


def _longer(value: object, px: float) -> bool:
    """Whether a cell's text is wider than `px` on one line (it wraps there)."""
    return isinstance(value, str) and any(xb.text_px(line) + xb.PAD_PX > px for line in value.split("\n"))


def _table(sheet: Sheet, table: Table, row: int, currency: str, language: str) -> None:
    sheet.text(row, 0, table.title, CAPTION, fit=False)
    header = row + 1
    for col, column in enumerate(table.columns):
        sheet.text(header, col, column.title, HEADER)
        if column.kind == TEXT:
            cap = max(column.width, 12) * 8
            sheet.cap(col, cap)
            if any(_longer(values[col], cap) for values in table.rows):
                sheet.width(col, cap)  # a text that wraps takes the column's width, not its longest word
    sheet.ws.freeze_panes(header + 1, 0)
    # A caption and header never stand at a page's foot without their first rows; a short table
    # (the KPIs) prints whole on one page where it fits; the header repeats on every page (a short
    # table of tall rows may still take two); the last row never starts a page alone.
    sheet.keep_together(row, header + min(len(table.rows), MIN_ROWS_AT_FOOT))
    end = header + len(table.rows) + len(table.total_rows(currency))  # the last row, totals included
    if len(table.rows) <= SHORT_TABLE_ROWS:
        sheet.keep_together(row, end)
    sheet.repeat_rows(header)
    if table.rows:
        sheet.keep_together(max(header + 1, header + len(table.rows) - 1), end)
    cell = Style(border=True)
    for index, values in enumerate(table.rows):
        kinds = table.kinds_of(index)
        money = table.currency_of(index, currency)
        for col, (value, kind) in enumerate(zip(values, kinds, strict=True)):
            write_cell(sheet, header + 1 + index, col, value, kind, cell, money, language)
    last = header + len(table.rows)
    bold = Style(border=True, bold=True)
    for totals, money in table.total_rows(currency):
        last += 1
        for col, (value, column) in enumerate(zip(totals, table.columns, strict=True)):
            write_cell(sheet, last, col, value, column.kind, bold, money, language)
    if table.rows:
        sheet.ws.autofilter(header, 0, header + len(table.rows), len(table.columns) - 1)
    for offset, note in enumerate(table.notes, start=2):
        sheet.text(last + offset, 0, note, NOTE, fit=False)  # runs over the empty cells to its right
    if len(table.notes) > 1:  # the notes' first two lines never part at a page's foot
        sheet.keep_together(last + 2, last + 3)


def _charts(book: Book, report: Report) -> None:
    """The chart data on its own sheet, and the charts drawn from it on the sheet «Графики»."""
    shown = book.sheet(report.words.charts)
    data = book.sheet(report.words.chart_data)
    row = 0
    placed = 0
    language = report.numbers.language
    for chart in report.charts:
        first = row
        data.text(row, 0, chart.title, CAPTION, fit=False)
        row += 1
        dated = chart.kind == "line" and all(isinstance(c, dt.date) for c in chart.categories)
        data.text(row, 0, report.words.date if dated else "", HEADER)
        for col, series in enumerate(chart.series, start=1):
            data.text(row, col, series.name, HEADER)
        row += 1
        for category in chart.categories:
            if isinstance(category, dt.date):
                data.date(row, 0, category, Style(number=in_language(xb.DATE, language)))
            else:
                data.text(row, 0, str(category))
            row += 1
        for col, series in enumerate(chart.series, start=1):
            for offset, value in enumerate(series.values):
                if value is not None:
                    figure = Style(number=number_format(series.kind, report.currency, language))
                    data.number(first + 2 + offset, col, cell_number(value, series.kind), figure)
        native = _native(book, chart, data.name, first, row - 1, report.currency, language)
        shown.ws.insert_chart(placed * CHART_ROWS + 1, 0, native,
                              {"x_offset": 4, "y_offset": 4})  # fmt: skip
        placed += 1
        row += 1
    # The title across the charts' width, wrapped there: a long one never widens the page.
    shown.merged_text(0, 0, CHART_COLUMNS - 1, report.title, replace(CAPTION, wrap=True, align="left"))
    # two charts to a page, each across its width
    page_setup(shown, report.title, landscape=False, pages=_footer(report))
    shown.ws.set_h_pagebreaks([CHART_ROWS * n + 1 for n in range(2, placed, 2)])
    data.ws.hide()  # the charts' numbers, for the client to restyle them: kept, never printed


def axis_scale(series: list[Series], currency: str, language: str = "ru") -> dict[str, Any]:
    """A value axis from 0 at steps that read well, its figures with the decimals the step needs
    (a CPV of kopecks reads «0,10 ₽», not «0 ₽»), money in the report's currency."""
    values = [float(cell_number(v, s.kind)) for s in series for v in s.values if v is not None]
    money = any(s.kind == MONEY for s in series)
    scale = value_scale(max(values, default=0.0), whole=not money)
    figure = "#,##0" + ("." + "0" * scale.places if scale.places else "")
    number = f'{figure} "{money_format(currency).split(chr(34))[1]}"' if money else figure
    return {"min": 0, "max": scale.top, "major_unit": scale.step, "num_format": in_language(number, language)}


def _native(
    book: Book, chart: ChartData, sheet: str, first: int, last: int, currency: str, language: str = "ru"
) -> Any:
    """A native chart of the data at rows first+2…last of `sheet` (categories in column A)."""
    kind = {"line": "line", "bar": "bar", "column": "column"}[chart.kind]
    native = book.workbook.add_chart({"type": kind})
    font = {"name": FONT, "size": 9, "color": "#1F2D3D"}
    for col, series in enumerate(chart.series, start=1):
        color = series.color or CHART_COLORS[(col - 1) % len(CHART_COLORS)]
        spec: dict[str, Any] = {
            "name": [sheet, first + 1, col],
            "categories": [sheet, first + 2, 0, last, 0],
            "values": [sheet, first + 2, col, last, col],
        }
        if kind == "line":
            spec["line"] = {"color": color, "width": 1.5 if series.dashed else 2.25,
                            **({"dash_type": "dash"} if series.dashed else {})}  # fmt: skip
            if chart.markers:
                spec["marker"] = {"type": "circle", "size": 6, "fill": {"color": color},
                                  "border": {"color": color}}  # fmt: skip
        else:
            spec["fill"] = {"color": color}
            spec["gap"] = 60
        if series.secondary:
            spec["y2_axis"] = True
        native.add_series(spec)
    category_axis: dict[str, Any] = {"num_font": font, "major_gridlines": {"visible": False}}
    grid = {"visible": True, "line": {"color": "#D9DEE5"}}
    main = [s for s in chart.series if not s.secondary]
    value_axis = {**axis_scale(main, currency, language), "num_font": font, "major_gridlines": grid}
    if chart.low is not None and chart.high is not None:
        span = chart.high - chart.low
        step = span / 4 if span > 10 else 1
        value_axis.update(min=chart.low, max=chart.high, major_unit=step, num_format="0")
        category_axis["label_position"] = "low"  # the months under the chart, not along a zero inside it
    if kind in ("line", "column") and all(isinstance(c, dt.date) for c in chart.categories):
        step = max(1, len(chart.categories) // 8)
        category_axis.update(date_axis=True, num_format=in_language("dd.mm", language), major_unit=step,
                             major_unit_type="days")  # fmt: skip
    if kind == "bar":  # Excel draws a bar chart's categories bottom-up: turned so the first is on top
        category_axis["reverse"] = True
        native.set_x_axis(value_axis)
        native.set_y_axis(category_axis)
    else:
        native.set_x_axis(category_axis)
        native.set_y_axis(value_axis)
    if any(s.secondary for s in chart.series):
        right = [s for s in chart.series if s.secondary]
        native.set_y2_axis({**axis_scale(right, currency, language), "num_font": font})
    native.set_title({"name": chart.title, "name_font": {"name": FONT, "size": 12, "bold": True}})
    native.set_legend({"position": "bottom", "font": font} if len(chart.series) > 1 else {"none": True})
    native.set_size({"width": CHART_PX[0], "height": CHART_PX[1]})
    native.set_chartarea({"border": {"none": True}})
    return native
