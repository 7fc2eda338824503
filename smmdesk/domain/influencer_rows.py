"""Rows of an influencer list → accounts: values read as people write them, duplicates merged.

The work is done column by column: each distinct text of a column (a platform name, a status,
a price) is read once, which keeps a 100,000-row list to about a second. Inside one file a row
further down is taken as the newer one: its values win and the difference is kept as a conflict.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from itertools import zip_longest
from typing import Any

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import parse_handle, platform_code, profile_url
from smmdesk.domain.import_columns import PRICE_PREFIX, terms_key
from smmdesk.domain.limits import OutOfRange
from smmdesk.domain.text import QT_TRANSLATE_NOOP

TOTAL_WORDS = frozenset(("итого", "итог", "всего", "total", "totals", "сумма", "grand total"))
TEXT_FIELDS = (
    "name", "city", "topics", "messenger", "blacklist_reason", "audience_geo", "audience_age", "notes",
)  # fmt: skip


@dataclass(frozen=True)
class _Refused:
    """A text a reader refused; a refusal by a range (`OutOfRange`) keeps its own words."""

    error: Exception

    def note(self, row: int, default: str, text: str, cells: str) -> RowNote:
        if isinstance(self.error, OutOfRange):
            return RowNote(row, self.error.message, dict(self.error.params), cells)
        return RowNote(row, default, {"text": text}, cells)


@dataclass
class RowNote:
    """A row that was skipped, or a value in a row that was not taken, with the reason."""

    row: int  # 1-based, as the spreadsheet numbers rows
    reason: str  # source text, context "Errors"
    params: dict[str, Any] = field(default_factory=dict)
    cells: str = ""

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        text = translate("Errors", self.reason) if translate else self.reason
        # A value that is words of its own (a column's title, a Phrase) is translated with the text.
        params = {k: v.render(translate) if hasattr(v, "render") else v for k, v in self.params.items()}
        return text.format(**params)


@dataclass
class Incoming:
    """One account as the file describes it, merged over its rows."""

    platform: str
    handle: str
    rows: list[int]
    values: dict[str, Any]
    tags: tuple[str, ...] = ()
    prices: dict[str, Decimal] = field(default_factory=dict)
    price_notes: dict[str, str] = field(default_factory=dict)
    terms: dict[str, dict[str, Any]] = field(default_factory=dict)  # format code → terms field → value


@dataclass
class Conflict:
    platform: str
    handle: str
    field: str  # a person/account field, or "price:<format code>"
    current: Any
    incoming: Any
    source: str  # "file": two rows of the file differ; "base": the file differs from the base
    rows: list[int]
    take_incoming: bool


@dataclass
class ParsedRows:
    accounts: list[Incoming] = field(default_factory=list)
    skipped: list[RowNote] = field(default_factory=list)
    warnings: list[RowNote] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)


def _reader(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    """`convert` with each distinct text read once; a text it refuses reads as a _Refused."""
    memo: dict[str, Any] = {"": None}

    def read(text: str) -> Any:
        try:
            return memo[text]
        except KeyError:
            try:
                value = convert(text)
            except (ValueError, ArithmeticError, ValidationError) as exc:
                value = _Refused(exc)
            memo[text] = value
            return value

    return read


def _choice(convert: Callable[[str], Any]) -> Callable[[str], Any]:
    def read(text: str) -> Any:
        value = convert(text)
        if value is None:
            raise ValueError(text)
        return value.value

    return read


def _price(text: str) -> Any:
    word = humannum.price_word(text)
    return ("note", word) if word is not None else ("price", humannum.parse_price(text))


# Field → (reader factory, the message when a value is not taken). Readers are made per call.
_CONVERTERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "followers": (humannum.parse_count, QT_TRANSLATE_NOOP("Errors", "number not understood: “{text}”")),
    "avg_reach": (humannum.parse_count, QT_TRANSLATE_NOOP("Errors", "number not understood: “{text}”")),
    "avg_views": (humannum.parse_count, QT_TRANSLATE_NOOP("Errors", "number not understood: “{text}”")),
    "er": (
        lambda t: rules.valid_er(humannum.parse_percent(t)),
        QT_TRANSLATE_NOOP("Errors", "ER not taken (a percentage from 0 to 100): “{text}”"),
    ),
    "phone": (rules.valid_phone, QT_TRANSLATE_NOOP("Errors", "phone not taken: “{text}”")),
    "email": (rules.valid_email, QT_TRANSLATE_NOOP("Errors", "e-mail not taken: “{text}”")),
    "status": (
        _choice(rules.status_from_text),
        QT_TRANSLATE_NOOP("Errors", "status not understood: “{text}”"),
    ),
    "tax_status": (
        _choice(rules.tax_status_from_text),
        QT_TRANSLATE_NOOP("Errors", "tax status not understood: “{text}”"),
    ),
}
PRICE_NOT_UNDERSTOOD = QT_TRANSLATE_NOOP("Errors", "price not understood: “{text}”")
_CONVERTERS["archived"] = (rules.yes_from_text, QT_TRANSLATE_NOOP("Errors", "not a yes or a no: “{text}”"))
_CONVERTERS["audience_female_pct"] = (
    lambda t: rules.valid_share(humannum.parse_percent(t), "audience_female_pct"),
    QT_TRANSLATE_NOOP("Errors", "share not taken (a percentage from 0 to 100): “{text}”"),
)


def _date(text: str) -> dt.date:
    """A date as the export writes it (31.12.2026) or as ISO (2026-12-31)."""
    if "." in text:
        day, month, year = text.split(".")
        return dt.date(int(year), int(month), int(day))
    return dt.date.fromisoformat(text[:10])


def _text_cell(text: str) -> str:
    return text


# A format's terms beyond the price: field → (reader, the message when a value is not taken).
_TERMS_CONVERTERS: dict[str, tuple[Callable[[str], Any], str]] = {
    "included": (_text_cell, ""),
    "exclusivity": (_text_cell, ""),
    "prepayment_pct": (
        lambda t: rules.valid_share(humannum.parse_percent(t), "prepayment_pct"),
        QT_TRANSLATE_NOOP("Errors", "prepayment not taken (a percentage from 0 to 100): “{text}”"),
    ),
    "product": (
        _choice(rules.product_from_text),
        QT_TRANSLATE_NOOP("Errors", "product terms not understood: “{text}”"),
    ),
    "agreed_on": (_date, QT_TRANSLATE_NOOP("Errors", "date not understood: “{text}”")),
}


def parse_rows(
    data: Sequence[Sequence[str]],
    first_number: int,
    mapping: dict[int, str],
    aliases: dict[str, str],
    known_platforms: set[str],
) -> ParsedRows:
    """Reads the data rows (cells already stripped) into accounts, merging duplicates."""
    out = ParsedRows()
    transposed = list(zip_longest(*data, fillvalue=""))
    columns: dict[str, Sequence[str]] = {}
    count = len(data)
    for index, key in mapping.items():
        columns[key] = transposed[index] if index < len(transposed) else [""] * count
    blank = [""] * count

    def joined(i: int) -> str:
        return " | ".join(c for c in data[i] if c)

    platform_of = _reader(lambda t: platform_code(t, aliases))
    platforms = [platform_of(t) for t in columns.get("platform", blank)]
    handles = columns.get("handle", blank)
    converted: dict[str, list[Any]] = {}
    for key, (convert, _) in _CONVERTERS.items():
        if key in columns:
            read = _reader(convert)
            converted[key] = [read(t) for t in columns[key]]
    price_keys = [k for k in columns if k.startswith(PRICE_PREFIX)]
    price_of = _reader(_price)
    prices = {k: [price_of(t) for t in columns[k]] for k in price_keys}
    tags_column = columns.get("tags")
    text_columns = [(key, columns[key]) for key in TEXT_FIELDS if key in columns]
    price_columns = [(key[len(PRICE_PREFIX) :], prices[key], columns[key]) for key in price_keys]
    terms_columns = []
    for key in columns:
        found = terms_key(key)
        if found is not None:
            read, message = _TERMS_CONVERTERS[found[0]]
            reader = _reader(read)
            terms_columns.append((*found, [reader(t) for t in columns[key]], columns[key], message))

    merged: dict[tuple[str, str], Incoming] = {}
    for i in range(count):
        number = first_number + i
        row = data[i]
        first = (row[0] if row else "") or next((c for c in row if c), "")
        if not first:
            continue  # an empty line
        if first.lower().rstrip(":") in TOTAL_WORDS:
            out.skipped.append(RowNote(number, QT_TRANSLATE_NOOP("Errors", "a totals row"), cells=joined(i)))
            continue
        parsed = parse_handle(handles[i]) if handles[i] else None
        platform = platforms[i]
        if isinstance(platform, _Refused) or (
            platform is None and parsed is not None and parsed.platform is None
        ):
            platform = None
        if platform is None and parsed is not None:
            platform = parsed.platform
        if platform is None or platform not in known_platforms:
            platform_text = columns["platform"][i] if "platform" in columns else ""
            if platform_text:
                note = RowNote(
                    number,
                    QT_TRANSLATE_NOOP("Errors", "unknown platform “{text}”"),
                    {"text": platform_text},
                    joined(i),
                )
            else:
                note = RowNote(number, QT_TRANSLATE_NOOP("Errors", "no platform"), cells=joined(i))
            out.skipped.append(note)
            continue
        if parsed is None:
            if handles[i]:
                note = RowNote(
                    number,
                    QT_TRANSLATE_NOOP("Errors", "not an account name or link: “{text}”"),
                    {"text": handles[i]},
                    joined(i),
                )
            else:
                note = RowNote(
                    number, QT_TRANSLATE_NOOP("Errors", "no account name or link"), cells=joined(i)
                )
            out.skipped.append(note)
            continue
        values: dict[str, Any] = {"url": parsed.url or profile_url(platform, parsed.handle)}
        for key, texts in text_columns:
            if texts[i]:
                values[key] = texts[i]
        for key, column in converted.items():
            value = column[i]
            if isinstance(value, _Refused):
                out.warnings.append(value.note(number, _CONVERTERS[key][1], columns[key][i], joined(i)))
            elif value is not None:
                values[key] = value
        account_prices: dict[str, Decimal] = {}
        notes: dict[str, str] = {}
        for code, read_prices, texts in price_columns:
            value = read_prices[i]
            if value is None:
                continue
            if isinstance(value, _Refused):
                out.warnings.append(value.note(number, PRICE_NOT_UNDERSTOOD, texts[i], joined(i)))
                continue
            kind, amount = value
            if kind == "note":
                notes[code] = amount
            elif amount is not None:
                account_prices[code] = amount
        terms: dict[str, dict[str, Any]] = {}
        for name, code, read_terms, texts, message in terms_columns:
            value = read_terms[i]
            given = terms.setdefault(code, {})  # the file speaks of this format's terms, blanks too
            if isinstance(value, _Refused):
                out.warnings.append(value.note(number, message, texts[i], joined(i)))
            elif value not in (None, ""):
                given[name] = value
        tags = rules.split_tags(tags_column[i]) if tags_column and tags_column[i] else ()
        incoming = Incoming(platform, parsed.handle, [number], values, tags, account_prices, notes, terms)
        account_key = (platform, parsed.handle)
        if account_key in merged:
            merge(merged[account_key], incoming, out.conflicts)
        else:
            merged[account_key] = incoming
    out.accounts = list(merged.values())
    return out


def merge(target: Incoming, newer: Incoming, conflicts: list[Conflict]) -> None:
    """Folds a later row into an earlier one: blanks filled, differences taken from the later row."""
    rows = [*target.rows, *newer.rows]

    def fold(kind: str, mine: dict[str, Any], theirs: dict[str, Any]) -> None:
        for key, value in theirs.items():
            old = mine.get(key)
            if old in (None, ""):
                mine[key] = value
            elif value not in (None, "") and value != old and key != "url":
                conflicts.append(
                    Conflict(target.platform, target.handle, kind + key, old, value, "file", rows, True)
                )
                mine[key] = value

    fold("", target.values, newer.values)
    fold(PRICE_PREFIX, target.prices, newer.prices)
    for code, word in newer.price_notes.items():
        target.price_notes.setdefault(code, word)
    for code, terms in newer.terms.items():
        target.terms.setdefault(code, {}).update(terms)
    target.tags = tuple(dict.fromkeys((*target.tags, *newer.tags)))
    target.rows = rows
