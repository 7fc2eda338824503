"""Exporting the base (or a selection) as one row per account, in the interface language.

What the file holds reads back into the same base (`influencer_import`): every field, the prices
and the words written instead of a price («договорная»). A text longer than a spreadsheet cell
holds is cut in the XLSX with a note in the cell, and the export says which cells were cut.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.import_columns import TERMS_HEADERS
from smmdesk.domain.influencer_table import InfluencerRow, InfluencerTable
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io.safe_text import CELL_LIMIT, fit_cell, write_csv_rows
from smmdesk.io.xlsx_table import DECIMAL2, INTEGER, ROUBLES, Column, write_table
from smmdesk.services.influencer_details import EMPTY_PERSON, EMPTY_TERMS, ExportDetails

Translate = Callable[[str, str], str]
# progress(done, total): called every PROGRESS_STEP rows; it may raise to stop (the planner cancelled).
Progress = Callable[[int, int], None]
PROGRESS_STEP = 2000

HEADERS = (
    QT_TRANSLATE_NOOP("Export", "Name"),
    QT_TRANSLATE_NOOP("Export", "Platform"),
    QT_TRANSLATE_NOOP("Export", "Account"),
    QT_TRANSLATE_NOOP("Export", "Link"),
    QT_TRANSLATE_NOOP("Export", "Followers"),
    QT_TRANSLATE_NOOP("Export", "ER, %"),
    QT_TRANSLATE_NOOP("Export", "Average reach"),
    QT_TRANSLATE_NOOP("Export", "Average views"),
    QT_TRANSLATE_NOOP("Export", "City"),
    QT_TRANSLATE_NOOP("Export", "Topics"),
    QT_TRANSLATE_NOOP("Export", "Tags"),
    QT_TRANSLATE_NOOP("Export", "Status"),
    QT_TRANSLATE_NOOP("Export", "Tax status"),
    QT_TRANSLATE_NOOP("Export", "Phone"),
    QT_TRANSLATE_NOOP("Export", "E-mail"),
    QT_TRANSLATE_NOOP("Export", "Messenger"),
)
# With the details (`influencer_details`): the person's columns after the contacts, and after the
# prices each format's terms, for the formats whose terms hold anything beyond a price.
PERSON_HEADERS = (
    QT_TRANSLATE_NOOP("Export", "Blacklist reason"),
    QT_TRANSLATE_NOOP("Export", "Audience geography"),
    QT_TRANSLATE_NOOP("Export", "Audience age"),
    QT_TRANSLATE_NOOP("Export", "Women in the audience, %"),
    QT_TRANSLATE_NOOP("Export", "In the archive"),
)
YES = QT_TRANSLATE_NOOP("Export", "yes")
NOTES = QT_TRANSLATE_NOOP("Export", "Notes")
SHEET = QT_TRANSLATE_NOOP("Export", "Influencers")
PRICE_HEADER = QT_TRANSLATE_NOOP("Export", "{format}, ₽")
CUT_MARK = QT_TRANSLATE_NOOP("Export", " … [cut: {count} characters in all]")


@dataclass(frozen=True)
class Exported:
    """What an export wrote: how many accounts, and the cells cut to fit (row in the file, column)."""

    count: int
    cut: list[tuple[int, str]] = field(default_factory=list)


def _identity(context: str, text: str) -> str:
    return text


def export_rows(
    table: InfluencerTable,
    indices: Sequence[int],
    format_titles: dict[str, str],
    platform_titles: dict[str, str],
    translate: Translate = _identity,
    progress: Progress | None = None,
    *,
    for_csv: bool = False,
    details: ExportDetails | None = None,
) -> tuple[list[Column], list[list[Any]]]:
    """The columns and one row per account. ER and prices are whole hundredths (ER × 100, kopecks),
    exact, shown by each writer with two decimals (for CSV they come as text already: "4,60", as
    Russian Excel reads a number; "4.60" would become a date). With `details`, the blacklist
    reason, the audience and the formats' terms too."""
    columns = [Column(translate("Export", h)) for h in HEADERS]
    columns[4] = Column(columns[4].title, INTEGER)
    columns[5] = Column(columns[5].title, DECIMAL2, hundredths=True)
    columns[6] = Column(columns[6].title, INTEGER)
    columns[7] = Column(columns[7].title, INTEGER)
    if details is not None:
        columns += [Column(translate("Export", h)) for h in PERSON_HEADERS]
        columns[-2] = Column(columns[-2].title, DECIMAL2, hundredths=True)
    for code in table.formats:
        title = format_titles.get(code, code)
        columns.append(
            Column(translate("Export", PRICE_HEADER).format(format=title), ROUBLES, hundredths=True)
        )
    terms_codes = [c for c in table.formats if details is not None and c in details.formats]
    for code in terms_codes:
        title = format_titles.get(code, code)
        for name, header in TERMS_HEADERS.items():
            kind = DECIMAL2 if name == "prepayment_pct" else ""
            heading = translate("Export", header).format(format=title)
            columns.append(Column(heading, kind, hundredths=kind != ""))
    columns.append(Column(translate("Export", NOTES)))
    products = {k: translate("Influencers", v) for k, v in rules.PRODUCT_LABELS.items() if k}
    archived = ("", translate("Export", YES))
    number: Callable[[int | None], Any] = (
        (lambda v: None if v is None else _hundredths(v)) if for_csv else (lambda v: v)
    )
    statuses = {k: translate("Influencers", v) for k, v in rules.STATUS_LABELS.items()}
    taxes = {k: translate("Influencers", v) for k, v in rules.TAX_LABELS.items()}
    rows = []
    for done, index in enumerate(indices):
        if progress is not None and done % PROGRESS_STEP == 0:
            progress(done, len(indices))
        row: InfluencerRow = table.rows[index]
        if row.account_id is None:
            continue
        er: Any = row.er
        prices: list[Any] = list(row.prices)
        if for_csv:
            er = None if er is None else _hundredths(er)
            texts = [None if k is None else str(k).rjust(3, "0") for k in prices]  # _hundredths, inlined
            prices = [None if t is None else t[:-2] + "," + t[-2:] for t in texts]
        if row.price_notes:
            # A price written as a word («договорная») goes out as that word, and comes back as one.
            prices = [
                word or None if k is None else p
                for k, p, word in zip(row.prices, prices, row.price_notes, strict=True)
            ]
        rows.append(
            [
                row.name,
                platform_titles.get(row.platform, row.platform),
                row.handle,
                row.url,
                row.followers,
                er,
                row.avg_reach,
                row.avg_views,
                row.city,
                row.topics,
                ", ".join(row.tags),
                statuses.get(row.status, row.status),
                taxes.get(row.tax_status, row.tax_status) if row.tax_status else "",
                row.phone,
                row.email,
                row.messenger,
                *_person(details, row.influencer_id, number, archived[row.archived]),
                *prices,
                *_terms(details, row.account_id, terms_codes, products, number),
                row.notes,
            ]
        )
    return columns, rows


def _person(
    details: ExportDetails | None, influencer_id: int, number: Callable[[Any], Any], archived: str
) -> list[Any]:
    if details is None:
        return []
    held = details.people.get(influencer_id, EMPTY_PERSON)
    return [
        held.blacklist_reason, held.audience_geo, held.audience_age, number(held.audience_female_pct),
        archived,
    ]  # fmt: skip


def _terms(
    details: ExportDetails | None,
    account_id: int,
    codes: Sequence[str],
    products: dict[str, str],
    number: Callable[[Any], Any],
) -> list[Any]:
    if details is None or not codes:
        return []
    by_format = details.terms.get(account_id, {})
    cells: list[Any] = []
    for code in codes:
        held = by_format.get(code, EMPTY_TERMS)
        day = held.agreed_on
        cells += [
            held.included,
            number(held.prepayment_pct),
            products.get(held.product, held.product),
            held.exclusivity,
            "" if day is None else f"{day.day:02}.{day.month:02}.{day.year}",
        ]
    return cells


def export_influencers(
    path: Path,
    table: InfluencerTable,
    indices: Sequence[int],
    format_titles: dict[str, str],
    platform_titles: dict[str, str],
    translate: Translate = _identity,
    progress: Progress | None = None,
    details: ExportDetails | None = None,
) -> Exported:
    """Writes XLSX or CSV by the file's extension; returns what was written. With `details`
    (`influencer_details.load_export_details`) the file holds every field and reads back into the
    same base. The collector is paused while the file is made: a full collection over a loaded
    base holds the interpreter for about 300 ms at a time, and the window would stand still."""
    with gc_paused():
        return _export(path, table, indices, format_titles, platform_titles, translate, progress, details)


def _export(
    path: Path,
    table: InfluencerTable,
    indices: Sequence[int],
    format_titles: dict[str, str],
    platform_titles: dict[str, str],
    translate: Translate,
    progress: Progress | None,
    details: ExportDetails | None,
) -> Exported:
    suffix = path.suffix.lower()
    columns, rows = export_rows(
        table, indices, format_titles, platform_titles, translate, progress,
        for_csv=suffix == ".csv", details=details,
    )  # fmt: skip
    if progress is not None:
        progress(len(indices), len(indices))
    if suffix == ".xlsx":
        cut = _fit_cells(columns, rows, translate("Export", CUT_MARK))
        write_table(path, translate("Export", SHEET), columns, rows)
        return Exported(len(rows), cut)
    if suffix == ".csv":
        write_csv_rows(path, [[c.title for c in columns], *rows])
        return Exported(len(rows))
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv, not {suffix}."), suffix=suffix or "—"
    )


def _fit_cells(columns: Sequence[Column], rows: list[list[Any]], mark: str) -> list[tuple[int, str]]:
    """Cuts the texts a cell cannot hold (a CSV keeps them whole); returns where (row, column)."""
    cut = []
    for number, values in enumerate(rows, start=2):  # the header is the first row
        for index, value in enumerate(values):
            if isinstance(value, str) and len(value) > CELL_LIMIT:
                values[index] = fit_cell(value, mark)
                cut.append((number, columns[index].title))
    return cut


def _hundredths(value: int) -> str:
    """Whole hundredths (kopecks, ER × 100) as Russian Excel reads them: 1234567 → "12345,67"."""
    digits = str(value).rjust(3, "0")  # exact, and faster than formatting a divmod
    return digits[:-2] + "," + digits[-2:]
