"""The protocol of a draw as XLSX (machine-readable: `smmdesk contest verify` reads it back) and as
PDF to publish. Both say the same; in Russian, as published to the participants."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.protocol import ALGORITHM_WORDS, EarlierDraw, ProtocolData
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.xlsx_writer import Sheet, Style, write_xlsx

SHEET, PEOPLE, SET_ASIDE = "Протокол", "Участники", "Не допущены"
SEED, HASH, COUNT, DRAWN = (
    "Сид",
    "Хэш списка участников (SHA-256)",
    "Участников в списке",
    "Дата и время розыгрыша",
)
RULES = "Правила"
WINNERS = ("Место", "Победитель", "Приз", "Попытка")
DISQUALIFIED = ("Дисквалифицирован", "Причина", "Когда")
EARLIER = ("Розыгрыш от", "Сид", "Хэш списка", "Победители", "Причина повторного розыгрыша")
PRIVATE = "Список участников не публикуется; его хэш и число участников — на листе «Протокол»."

TITLE, LABEL, CAPTION = Style(font="title"), Style(font="bold"), Style(font="caption")
HEADER = Style(font="bold", border=True, fill=True, wrap=True, center=True)
CELL, NUMBER = Style(border=True), Style(number="count", border=True)


def _when(value: dt.datetime) -> str:
    local = value.astimezone() if value.tzinfo else value
    return local.strftime("%d.%m.%Y %H:%M:%S %Z").strip()


def write_protocol_xlsx(path: Path, data: ProtocolData) -> None:
    sheet = Sheet(SHEET, widths=[34, 40, 36, 14, 40])
    sheet.add([(data.title, TITLE)])
    for label, value in data.facts:
        sheet.add([(label, LABEL), (value, None)])
    sheet.add([(RULES, LABEL), (data.rules, Style(wrap=True))])
    sheet.add([(DRAWN, LABEL), (_when(data.drawn_at), None)])
    sheet.add([(SEED, LABEL), (data.seed, None)])
    sheet.add([(HASH, LABEL), (data.list_hash, None)])
    sheet.add([(COUNT, LABEL), (data.count, None)])
    sheet.add([])
    sheet.add([("Победители", CAPTION)])
    sheet.add([(title, HEADER) for title in WINNERS])
    for place, winner, prize, attempt in data.winners:
        sheet.add([(place, NUMBER), (winner, CELL), (prize, CELL), (attempt, NUMBER)])
    sheet.add([])
    sheet.add([("Дисквалификации", CAPTION)])
    sheet.add([(title, HEADER) for title in DISQUALIFIED])
    for who, why, when in data.disqualified:
        sheet.add([(who, CELL), (why, CELL), (_when(when), CELL)])
    sheet.add([])
    sheet.add([("Прежние розыгрыши", CAPTION)])
    sheet.add([(title, HEADER) for title in EARLIER])
    for draw in data.earlier:
        cells = (_when(draw.drawn_at), draw.seed, draw.list_hash, ", ".join(draw.winners), draw.reason)
        sheet.add([(value, CELL) for value in cells])
    sheet.add([])
    for line in ALGORITHM_WORDS:
        sheet.add([(line, None)])
    people = Sheet(PEOPLE, widths=[10, 40])
    if data.people is None:
        people.add([(PRIVATE, None)])
    else:
        header = people.add([("№", HEADER), ("Участник", HEADER)])
        people.frozen_rows = header
        for index, person in enumerate(data.people):
            people.add([(index, NUMBER), (person, CELL)])
    sheets = [sheet, people]
    if data.people is not None:
        aside = Sheet(SET_ASIDE, widths=[36, 40])
        aside.add([("Участник", HEADER), ("Причина", HEADER)])
        for who, why in data.ineligible:
            aside.add([(who, CELL), (why, CELL)])
        sheets.append(aside)
    write_xlsx(path, sheets, data.title)


def write_protocol_pdf(path: Path, data: ProtocolData) -> int:
    from smmdesk.io.pdf import Column, PdfDocument

    doc = PdfDocument(path, title=data.title, landscape=False)
    doc.heading(data.title)
    doc.pairs([*data.facts, (DRAWN, _when(data.drawn_at)), (SEED, data.seed), (HASH, data.list_hash),
               (COUNT, str(data.count))])  # fmt: skip
    doc.text(RULES + ":", bold=True, before_mm=2)
    doc.text(data.rules or "—")
    doc.text("Победители", bold=True, scale=1.2, before_mm=3)
    widths = (Column(WINNERS[0], 1, numeric=True), Column(WINNERS[1], 4), Column(WINNERS[2], 4),
              Column(WINNERS[3], 1, numeric=True))  # fmt: skip
    doc.table(widths, [[str(p), w, prize, str(a)] for p, w, prize, a in data.winners])
    if data.disqualified:
        doc.text("Дисквалификации", bold=True, scale=1.2, before_mm=2)
        doc.table([Column(t, 3) for t in DISQUALIFIED], [[w, r, _when(t)] for w, r, t in data.disqualified])
    if data.earlier:
        doc.text("Прежние розыгрыши", bold=True, scale=1.2, before_mm=2)
        doc.table(
            [Column(EARLIER[0], 2), Column(EARLIER[1], 2), Column(EARLIER[2], 4), Column(EARLIER[4], 3)],
            [[_when(e.drawn_at), e.seed, e.list_hash, e.reason] for e in data.earlier],
        )
    doc.space(3)
    for line in ALGORITHM_WORDS:
        doc.text(line)
    doc.text(PEOPLE, bold=True, scale=1.2, before_mm=3)
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
    values = {row[0]: row[1] if len(row) > 1 else "" for row in rows if row}
    for label in (SEED, HASH, COUNT):
        if label not in values:
            raise _refuse(path, label)
    if not any(tuple(row[:4]) == WINNERS for row in rows):
        raise _refuse(path, "Победители")
    winners = [
        (_whole(path, p, WINNERS[0]), w, prize, _whole(path, a or "0", WINNERS[3]))
        for p, w, prize, a in _section(rows, WINNERS)
    ]
    disqualified = [(w, r, dt.datetime.now(dt.UTC)) for w, r, _ in _section(rows, DISQUALIFIED)]
    people_rows = read_table(path, PEOPLE).rows if PEOPLE in table.sheets else []
    people = None
    if people_rows and people_rows[0][:2] == ["№", "Участник"]:
        people = [row[1] for row in people_rows[1:] if len(row) > 1 and row[1] != ""]
    earlier = [EarlierDraw(dt.datetime.now(dt.UTC), s, h, [], r) for _, s, h, _, r in _section(rows, EARLIER)]
    return ProtocolData(
        rows[0][0] if rows and rows[0] else "", [], values.get(RULES, ""), values[SEED], values[HASH],
        _whole(path, values[COUNT] or "0", COUNT), dt.datetime.now(dt.UTC), winners, disqualified, people, [],
        earlier,
    )  # fmt: skip
