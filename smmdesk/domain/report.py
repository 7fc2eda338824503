"""A document for the client as plain data: a heading, facts about it, tables and pictures.
`io/` writes one as XLSX or PDF; the services decide what goes in it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from smmdesk.domain.metrics import SHOWN_PLACES
from smmdesk.domain.money import format_decimal, format_money, round_to

# How a column's values are written: text stays text, numbers get their format.
TEXT, COUNT, MONEY, PERCENT, DATE = "text", "count", "money", "percent", "date"
ACHIEVED = "achieved"  # a percentage of a target, shown with one decimal
DECIMAL = "decimal"  # a figure with one decimal (hours, an NPS)
# A counted figure (a KPI's baseline, target or value: people, followers, a share): whole ones
# without decimals, «431 599», others with two, «7,50», as `money.format_figure` writes them.
FIGURE = "figure"
NUMERIC = (COUNT, MONEY, PERCENT, ACHIEVED, DECIMAL, FIGURE)


@dataclass(frozen=True)
class Column:
    title: str
    kind: str = TEXT
    width: float = 12  # characters in XLSX; the PDF shares the page in proportion


@dataclass
class Table:
    title: str
    columns: list[Column]
    rows: list[list[Any]]  # values by kind: str, int, Decimal, date, or None for "—"
    totals: list[Any] | None = None  # a last row in bold
    # A table too wide for an A4 page is printed in parts: (title, column indices) each.
    parts: list[tuple[str, list[int]]] | None = None
    row_kinds: list[list[str]] | None = None  # each row's kinds, for a table whose rows mix them (KPIs)
    notes: list[str] = field(default_factory=list)  # lines under the table (what a ratio is over)
    # A table of several currencies (the payments register): each row's, and a totals row for each
    # currency in place of `totals` (amounts in different currencies are never added up).
    row_currencies: list[str] | None = None
    totals_by_currency: dict[str, list[Any]] | None = None

    def currency_of(self, index: int, default: str) -> str:
        return self.row_currencies[index] if self.row_currencies is not None else default

    def total_rows(self, default: str) -> list[tuple[list[Any], str]]:
        """The bold rows under the table, each with its currency."""
        if self.totals_by_currency is not None:
            return list((row, currency) for currency, row in self.totals_by_currency.items())
        return [] if self.totals is None else [(self.totals, default)]

    def kinds_of(self, index: int) -> list[str]:
        if self.row_kinds is not None:
            return self.row_kinds[index]
        return [column.kind for column in self.columns]

    def part(self, title: str, indices: list[int]) -> Table:
        """The columns `indices` of this table as a table of its own; its totals row only when the
        part has a total to show (not «Итого» over links and notes)."""
        totals = None if self.totals is None else [self.totals[i] for i in indices]
        if totals is not None and all(v in (None, "") for v in totals[1:]):
            totals = None
        by_currency = self.totals_by_currency
        return Table(
            title,
            [self.columns[i] for i in indices],
            [[row[i] for i in indices] for row in self.rows],
            totals,
            row_kinds=None if self.row_kinds is None else [[k[i] for i in indices] for k in self.row_kinds],
            row_currencies=self.row_currencies,
            totals_by_currency=None
            if by_currency is None
            else {c: [row[i] for i in indices] for c, row in by_currency.items()},
        )

    def printed(self) -> list[Table]:
        return [self.part(title, indices) for title, indices in self.parts] if self.parts else [self]


@dataclass
class Picture:
    title: str
    png: bytes
    width_px: int
    height_px: int


@dataclass
class Series:
    name: str
    values: list[Any]  # None where there is no value
    kind: str = COUNT  # how its values are written: COUNT or MONEY
    secondary: bool = False  # drawn against a scale on the right
    dashed: bool = False  # a plan or a limit, against the solid facts
    color: str | None = None  # its own colour (a sentiment's, as the PDF draws it), else the palette's


@dataclass
class ChartData:
    """A chart as data: an XLSX draws it natively from cells (it follows them if they change)."""

    key: str
    title: str
    kind: str  # "line", "bar" (horizontal) or "column"
    categories: list[Any]  # dates or labels
    series: list[Series]
    low: float | None = None  # a fixed value scale (NPS runs −100…100, a rating 1…5); else from 0
    high: float | None = None
    markers: bool = False  # each value marked (a month's figure, a series of one value)


@dataclass(frozen=True)
class FileNumbers:
    """How a client file writes its numbers and dates, by the file's language: Russian print
    («1 234,5», «31,11 %», «05.10.2026») or English («1,234.5», «31.11%», and dates in ISO 8601,
    2026-10-05, which a reader in the US and in Britain read alike). The one place every file
    written in a language takes them from (`numbers_for`)."""

    language: str
    decimal_point: str
    group_separator: str
    percent_sign: str  # what follows a percentage's figure
    date_format: str  # strftime

    def number(self, value: Decimal | int, places: int = 0) -> str:
        """A figure rounded by the one rounding (half up) to `places`, grouped and pointed so."""
        return format_decimal(
            Decimal(value), places, decimal_point=self.decimal_point, group_separator=self.group_separator
        )

    def percent(self, value: Decimal, places: int) -> str:
        return self.number(value, places) + self.percent_sign

    def date(self, day: dt.date) -> str:
        return day.strftime(self.date_format)


RUSSIAN = FileNumbers("ru", ",", "\u00a0", "\u00a0%", "%d.%m.%Y")
ENGLISH = FileNumbers("en", ".", ",", "%", "%Y-%m-%d")


def numbers_for(language: str) -> FileNumbers:
    """The numbers and dates of a file written in `language` ("en" English, else Russian)."""
    return ENGLISH if language == "en" else RUSSIAN


@dataclass(frozen=True)
class FileWords:
    """The words the writers add of their own (the page footer, the charts' sheets), in the file's
    language: Russian unless a file written in another language gives its own."""

    page: str = "Страница {page} из {pages}"
    charts: str = "Графики"
    chart_data: str = "Данные графиков"
    date: str = "Дата"


@dataclass
class Report:
    title: str
    facts: list[tuple[str, Any]]  # "Клиент: ООО «Ромашка»" under the title; a date or a count as such
    note: str = ""  # e.g. whether costs include the agency fee and VAT
    tables: list[Table] = field(default_factory=list)
    pictures: list[Picture] = field(default_factory=list)
    sheet_names: dict[str, str] = field(default_factory=dict)  # table title → XLSX sheet name
    currency: str = "RUB"  # every amount in the report is in it
    charts: list[ChartData] = field(default_factory=list)
    page_numbers: bool = True
    words: FileWords = field(default_factory=FileWords)
    numbers: FileNumbers = RUSSIAN  # how its numbers and dates are written


def figure_places(value: Any) -> int:
    """0 for a whole figure (after the one rounding to two places), else 2."""
    rounded = round_to(Decimal(value), 2)
    return 0 if rounded == rounded.to_integral_value() else 2


def shown_places(kind: str) -> int:
    """How many decimals a figure of this kind shows: the one rounding rounds it to exactly these."""
    return {**SHOWN_PLACES, ACHIEVED: 1, DECIMAL: 1}.get(kind, 2)


def percent_text(
    value: Decimal, places: int, decimal_point: str = ",", group_separator: str = "\u00a0"
) -> str:
    """A percentage as every window and file shows it: '4,65 %', '400,0 %' (fixed decimals,
    rounded by the one rounding, a non-breaking space before the sign)."""
    number = format_decimal(value, places, decimal_point=decimal_point, group_separator=group_separator)
    return number + "\u00a0%"


def fact_text(value: Any, numbers: FileNumbers = RUSSIAN) -> str:
    """A fact's value as printed: a date as 05.10.2026, a count as 1 234, text as it is (in English
    2026-10-05 and 1,234)."""
    if isinstance(value, dt.date):
        return numbers.date(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return numbers.number(value)
    return str(value)


def cell_text(value: Any, kind: str, currency: str = "RUB", numbers: FileNumbers = RUSSIAN) -> str:
    """A value as a reader expects it: '12 500,00 ₽', '1 234', '4,65 %', '05.10.2026'; '—' when
    unknown (in English '12,500.00 ₽', '1,234', '4.65%', '2026-10-05')."""
    if value is None or value == "":
        return "" if kind == TEXT else "—"
    if kind == MONEY:
        point, group = numbers.decimal_point, numbers.group_separator
        return format_money(Decimal(value), currency, decimal_point=point, group_separator=group)
    if kind == COUNT:
        return numbers.number(value)
    if kind == DECIMAL:
        return numbers.number(Decimal(value), 1)
    if kind == FIGURE:
        return numbers.number(Decimal(value), figure_places(value))
    if kind in (PERCENT, ACHIEVED):
        return numbers.percent(Decimal(value), shown_places(kind))
    if kind == DATE and isinstance(value, dt.date):
        return numbers.date(value)
    return str(value)
