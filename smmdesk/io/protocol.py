"""The protocol of a draw as XLSX (machine-readable: `smmdesk contest verify` reads it back) and as
PDF to publish. Both say the same, in Russian as published to the participants: times in the
contest's time zone with the zone named, the prizes by place with the personal income tax note,
the rules and the algorithm wrapped to the page, the organiser's signature line."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from smmdesk.domain.contests import TAX_FREE_LIMIT
from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.money import format_money
from smmdesk.domain.protocol import (
    ALGORITHM_WORDS,
    EarlierDraw,
    PlacePrize,
    ProtocolData,
    recorded_places,
    tax_words,
    zone_words,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io import xlsx_book as xb
from smmdesk.io.xlsx_book import HEADER, Sheet, Style, page_setup, xlsx_book

SHEET, PEOPLE, SET_ASIDE = "Протокол", "Участники", "Не допущены"
SEED, HASH, COUNT, DRAWN = (
    "Сид",
    "Хэш списка участников (SHA-256)",
    "Участников в списке",
    "Дата и время розыгрыша",
)
PLACES, OUT, ZONE, ORGANISER = "Призовых мест", "Дисквалификаций", "Часовой пояс", "Организатор"
RULES = "Правила"
PRIZE_LIST = "Призы"  # the fact that lists the contest's prizes (by protocol_data)
PRIZES = ("Место", "Приз", "Стоимость", "НДФЛ")
WINNERS = ("Место", "Победитель", "Приз", "Попытка")
DISQUALIFIED = ("Дисквалифицирован", "Причина", "Когда")
EARLIER = ("Розыгрыш от", "Сид", "Хэш списка", "Победители", "Причина повторного розыгрыша")
PRIVATE = "Список участников не публикуется; его хэш и число участников — на листе «Протокол»."
SIGNATURE = "Организатор: ______________________ / ______________ /      Дата: ____________"
WIDTHS = (175, 175, 175, 90, 165)  # px: a portrait A4 page across (the label column, then values)
# The participants: three columns of (№, участник) to a portrait page, 50 lines down each.
PEOPLE_COLUMNS, PEOPLE_ROWS, PEOPLE_PT, PEOPLE_LINE_PT = 3, 50, 10, 13.5
NUMBER_PX, PERSON_PX = 44, 190

TITLE, CAPTION = Style(bold=True, size=14, wrap=True), Style(bold=True, size=12)
LABEL = Style(bold=True, wrap=True)
CELL, WRAPPED = Style(border=True, wrap=True), Style(wrap=True, align="left")
NUMBER = Style(number=xb.COUNT, border=True, align="center")
MONEY_CELL = Style(number=xb.money_format("RUB"), border=True, align="right")
NONE = "нет"  # a table without rows: «Дисквалификации: нет»


@dataclass(frozen=True)
class Money:
    """A prize's value in the prizes table: a number cell in roubles, not a text."""

    amount: Decimal
TAX_FOOTNOTE = (
    "НДФЛ: стоимость призов, полученных одним победителем за год, сверх {limit} облагается налогом на "
    "доходы физических лиц (п. 28 ст. 217 НК РФ); организатор удерживает налог или сообщает победителю."
)


def _facts(data: ProtocolData) -> list[tuple[str, str]]:
    return [
        *data.facts,
        (ORGANISER, data.organiser or "—"),
        (ZONE, f"{zone_words(data.time_zone, data.drawn_at)} ({data.time_zone})"),
        (DRAWN, data.when(data.drawn_at)),
        (SEED, data.seed),
        (HASH, data.list_hash),
    ]


def _numbers(data: ProtocolData) -> list[tuple[str, int]]:
    return [(COUNT, data.count), (PLACES, len(data.winners)), (OUT, len(data.disqualified))]


def write_protocol_xlsx(path: Path, data: ProtocolData) -> None:
    with xlsx_book(path, data.title) as book:
        sheet = book.sheet(SHEET)
        for col, px in enumerate(WIDTHS):
            sheet.width(col, px)
        last = len(WIDTHS) - 1
        sheet.merged_text(0, 0, last, data.title, TITLE)
        row = 1
        for label, value in _facts(data):
            sheet.text(row, 0, label, LABEL)
            sheet.merged_text(row, 1, last, value, WRAPPED)
            row += 1
        for label, number in _numbers(data):
            sheet.text(row, 0, label, LABEL)
            sheet.number(row, 1, number, Style(number=xb.COUNT, align="left"))
            row += 1
        sheet.text(row, 0, RULES, LABEL)
        sheet.merged_text(row, 1, last, data.rules or "—", WRAPPED)
        row += 2
        prizes = [[p.place, p.name, Money(p.value), tax_words(p)] for p in data.prizes]
        row = _table(sheet, row, "Призы", PRIZES, prizes)
        if any(p.taxable for p in data.prizes):  # below the table's blank row: a reader stops there
            sheet.merged_text(row, 0, last, _footnote(), WRAPPED)
            row += 2
        row = _table(sheet, row, "Победители", WINNERS, [list(w) for w in data.winners])
        row = _table(sheet, row, "Дисквалификации", DISQUALIFIED,
                     [[who, why, data.when(when)] for who, why, when in data.disqualified])  # fmt: skip
        row = _table(sheet, row, "Прежние розыгрыши", EARLIER,
                     [[data.when(e.drawn_at), e.seed, e.list_hash, ", ".join(e.winners), e.reason]
                      for e in data.earlier])  # fmt: skip
        for line in ALGORITHM_WORDS:
            sheet.merged_text(row, 0, last, line, WRAPPED)
            row += 1
        row += 1
        sheet.merged_text(row, 0, last, SIGNATURE, WRAPPED)
        page_setup(sheet, data.title, landscape=False)
        _people(book.sheet(PEOPLE), data)
        if data.people is not None:
            _set_aside(book.sheet(SET_ASIDE), data)


def _set_aside(sheet: Sheet, data: ProtocolData) -> None:
    """Who was not admitted to the draw and why: printed with its title and numbered pages."""
    title = f"{data.title}: не допущены к розыгрышу"
    sheet.width(0, 300)
    sheet.width(1, 400)
    sheet.merged_text(0, 0, 1, title, replace(CAPTION, wrap=True))
    if not data.ineligible:
        sheet.text(2, 0, "нет", fit=False)
    else:
        sheet.text(2, 0, "Участник", HEADER)
        sheet.text(2, 1, "Причина", HEADER)
        sheet.repeat_rows(2)
        for n, (who, why) in enumerate(data.ineligible, start=3):
            sheet.text(n, 0, who, CELL)
            sheet.text(n, 1, why, CELL)
    page_setup(sheet, title, landscape=False)


def _footnote() -> str:
    return TAX_FOOTNOTE.format(limit=format_money(TAX_FREE_LIMIT))


def _table(sheet: Sheet, row: int, caption: str, titles: tuple[str, ...], rows: list[list[object]]) -> int:
    """A captioned table; returns the row after it and a blank one (a reader stops at an empty row).
    A table without rows says so in its caption («Прежние розыгрыши: нет»), with no header."""
    if not rows:
        sheet.text(row, 0, f"{caption}: {NONE}", CAPTION, fit=False)
        return row + 2
    sheet.text(row, 0, caption, CAPTION)
    sheet.keep_together(row, row + 1 + min(len(rows), 3))
    row += 1
    for col, title in enumerate(titles):
        sheet.text(row, col, title, HEADER)
    for values in rows:
        row += 1
        for col, value in enumerate(values):
            if isinstance(value, Money):
                sheet.number(row, col, value.amount, MONEY_CELL)
            elif isinstance(value, int):
                sheet.number(row, col, value, NUMBER)
            elif value:
                sheet.text(row, col, str(value), CELL, fit=False)
            else:
                sheet.blank(row, col, CELL)
    return row + 2


def _people(sheet: Sheet, data: ProtocolData) -> None:
    """The list P in PEOPLE_COLUMNS columns of (№, участник) across a portrait page, each page read
    down its first column, then the next: a few pages, not one long narrow column. Read back by
    its numbers (`_read_people`)."""
    if data.people is None:
        sheet.text(0, 0, PRIVATE)
        return
    for group in range(PEOPLE_COLUMNS):
        sheet.text(0, 2 * group, "№", HEADER)
        sheet.text(0, 2 * group + 1, "Участник", HEADER)
        sheet.width(2 * group, NUMBER_PX)
        sheet.width(2 * group + 1, PERSON_PX)
    sheet.ws.freeze_panes(1, 0)
    sheet.repeat_rows(0)
    number_style = replace(NUMBER, size=PEOPLE_PT)
    per_page = PEOPLE_ROWS * PEOPLE_COLUMNS
    for index, person in enumerate(data.people):
        page, at = divmod(index, per_page)
        group, line = divmod(at, PEOPLE_ROWS)
        row = 1 + page * PEOPLE_ROWS + line
        sheet.row_height(row, PEOPLE_LINE_PT)
        sheet.number(row, 2 * group, index, number_style)
        sheet.text(row, 2 * group + 1, person, _person_style(person), fit=False)
    pages = -(-len(data.people) // per_page)
    page_setup(sheet, f"Участники: {data.title}", landscape=False)
    sheet.ws.set_h_pagebreaks([1 + n * PEOPLE_ROWS for n in range(1, pages)])


def _person_style(person: str) -> Style:
    """A participant in their column: smaller type for a long entry, wrapped for a very long one
    (never cut by the next column's number)."""
    room = PERSON_PX - xb.PAD_PX
    width = xb.text_px(person, size=PEOPLE_PT)
    if width <= room:
        return Style(border=True, size=PEOPLE_PT)
    size = int(PEOPLE_PT * room / width * 2) / 2  # half points, down
    return Style(border=True, size=size) if size >= 6 else Style(border=True, size=6, wrap=True)


def _read_people(rows: list[list[str]]) -> list[str] | None:
    """The list P from its sheet: (№, участник) pairs in any number of columns, by their numbers."""
    if not rows or rows[0][:2] != ["№", "Участник"]:
        return None
    numbered = []
    for row in rows[1:]:
        for col in range(0, len(row) - 1, 2):
            number, person = row[col], row[col + 1]
            if person != "" and number.strip().isdigit():
                numbered.append((int(number), person))
    return [person for _, person in sorted(numbered)]


def write_protocol_pdf(path: Path, data: ProtocolData) -> int:
    return _pdf(path, data)  # PdfDocument writes atomically


def _pdf(path: Path, data: ProtocolData) -> int:
    from smmdesk.io.pdf import Column, PdfDocument

    doc = PdfDocument(path, title=data.title, landscape=False)
    doc.heading(data.title)
    doc.pairs([*_facts(data), *((label, str(n)) for label, n in _numbers(data))])
    doc.text(RULES + ":", bold=True, before_mm=2)
    doc.text(data.rules or "—")
    doc.text("Призы", bold=True, scale=1.2, before_mm=3)
    doc.table([Column(PRIZES[0], 1, numeric=True), Column(PRIZES[1], 5), Column(PRIZES[2], 2, numeric=True),
               Column(PRIZES[3], 2)],
              [[str(p.place), p.name, format_money(p.value), tax_words(p)] for p in data.prizes])  # fmt: skip
    if any(p.taxable for p in data.prizes):
        doc.text(_footnote())
    doc.text("Победители", bold=True, scale=1.2, before_mm=2)
    widths = (Column(WINNERS[0], 1, numeric=True), Column(WINNERS[1], 4), Column(WINNERS[2], 4),
              Column(WINNERS[3], 1, numeric=True))  # fmt: skip
    doc.table(widths, [[str(p), w, prize, str(a)] for p, w, prize, a in data.winners])
    if data.disqualified:
        doc.text("Дисквалификации", bold=True, scale=1.2, before_mm=2)
        doc.table(
            [Column(t, 3) for t in DISQUALIFIED], [[w, r, data.when(t)] for w, r, t in data.disqualified]
        )
    else:  # as the XLSX says it
        doc.text(f"Дисквалификации: {NONE}", bold=True, scale=1.2, before_mm=2)
    if data.earlier:
        doc.text("Прежние розыгрыши", bold=True, scale=1.2, before_mm=2)
        doc.table(
            [Column(EARLIER[0], 2), Column(EARLIER[1], 2), Column(EARLIER[2], 4), Column(EARLIER[4], 3)],
            [[data.when(e.drawn_at), e.seed, e.list_hash, e.reason] for e in data.earlier],
        )
    else:
        doc.text(f"Прежние розыгрыши: {NONE}", bold=True, scale=1.2, before_mm=2)
    doc.space(3)
    for line in ALGORITHM_WORDS[:-1]:
        doc.text(line)
    # The signature line never stands alone at the top of a page: the last paragraph goes with it.
    doc.keep(doc.text_height(ALGORITHM_WORDS[-1]) + doc.text_height(SIGNATURE, before_mm=8))
    doc.text(ALGORITHM_WORDS[-1])
    doc.text(SIGNATURE, before_mm=8)
    doc.text(PEOPLE, bold=True, scale=1.2, before_mm=4)
    if data.people is None:
        doc.text(PRIVATE)
    else:
        doc.table(
            [Column("№", 1, numeric=True), Column("Участник", 6)],
            [[str(i), p] for i, p in enumerate(data.people)],
        )
        if data.ineligible:
            doc.text(SET_ASIDE, bold=True, scale=1.2, before_mm=3)
            doc.table([Column("Участник", 3), Column("Причина", 4)], [list(x) for x in data.ineligible])
    return doc.finish()


# --- reading a protocol back ------------------------------------------------------------------------


def _refuse(path: Path, what: str) -> ImportFileError:
    return ImportFileError(
        QT_TRANSLATE_NOOP("Errors", "{name} is not a smmdesk draw protocol: {what} is missing."),
        name=path.name,
        what=what,
    )


def _whole(path: Path, text: str, what: str) -> int:
    """A number the protocol holds (a place, an attempt, the count); an edited one is refused."""
    cleaned = text.strip()
    if cleaned.isdigit() and len(cleaned) <= 12:
        return int(cleaned)
    raise ImportFileError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{name}: “{text}” in “{what}” is not a whole number, as smmdesk writes it: the protocol was "
            "edited. Check the one the organiser published.",
        ),
        name=path.name,
        text=cleaned[:60],
        what=what,
    )


def _section(rows: list[list[str]], header: tuple[str, ...]) -> list[list[str]]:
    """The rows under a table's header row, up to the first empty row."""
    width = len(header)
    for index, row in enumerate(rows):
        if tuple(row[:width]) == header:
            found = []
            for below in rows[index + 1 :]:
                if not any(below[:width]):
                    break
                found.append((below + [""] * width)[:width])
            return found
    return []


def read_protocol_xlsx(path: Path) -> ProtocolData:
    """What a protocol says, read from its cells (the hostile-file checks of the importer apply)."""
    from smmdesk.io.tabular import read_table

    table = read_table(path, SHEET)
    rows = table.rows
    values: dict[str, str] = {}
    for row in rows:  # a label's first row: «Призы» the fact, not «Призы» the table's caption
        if row:
            values.setdefault(row[0], next((cell for cell in row[1:] if cell), ""))
    for label in (SEED, HASH, COUNT):
        if label not in values:
            raise _refuse(path, label)
    if not any(tuple(row[:4]) == WINNERS for row in rows):
        raise _refuse(path, "Победители")
    winners = [
        (_whole(path, p, WINNERS[0]), w, prize, _whole(path, a or "0", WINNERS[3]))
        for p, w, prize, a in _section(rows, WINNERS)
    ]
    prize_rows = _section(rows, PRIZES)
    prizes = [PlacePrize(_whole(path, p, PRIZES[0]), name, _money(value)) for p, name, value, _ in prize_rows]
    taxes = {prize.place: row[3] for prize, row in zip(prizes, prize_rows, strict=True)}
    never = dt.datetime.now(dt.UTC)
    disqualified = [(w, r, never) for w, r, _ in _section(rows, DISQUALIFIED)]
    people = _read_people(read_table(path, PEOPLE).rows) if PEOPLE in table.sheets else None
    earlier = [EarlierDraw(never, s, h, [], r) for _, s, h, _, r in _section(rows, EARLIER)]
    data = ProtocolData(
        rows[0][0] if rows and rows[0] else "", [], values.get(RULES, ""), values[SEED], values[HASH],
        _whole(path, values[COUNT] or "0", COUNT), never, winners, disqualified, people, [], earlier,
        prizes=prizes,
    )  # fmt: skip
    data.declared_places = _whole(path, values[PLACES], PLACES) if PLACES in values else None
    data.declared_out = _whole(path, values[OUT], OUT) if OUT in values else None
    data.declared_tax = taxes
    data.recorded_prizes = recorded_places(values.get(PRIZE_LIST, ""))
    return data


def _money(text: str) -> Decimal:
    cleaned = "".join(ch for ch in text if ch.isdigit() or ch in ",.").replace(",", ".")
    try:
        return Decimal(cleaned or "0")
    except InvalidOperation:
        return Decimal(0)
