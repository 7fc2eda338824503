"""The protocol of a draw: what a participant needs to repeat it, and the algorithm in words."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass
class EarlierDraw:
    drawn_at: dt.datetime
    seed: str
    list_hash: str
    winners: list[str]
    reason: str  # why it was drawn again


@dataclass
class ProtocolData:
    title: str
    facts: list[tuple[str, str]]  # contest, platform, account, mechanics, period… as shown
    rules: str
    seed: str
    list_hash: str
    count: int
    drawn_at: dt.datetime
    winners: list[tuple[int, str, str, int]]  # (place, winner, prize, attempt)
    disqualified: list[tuple[str, str, dt.datetime]] = field(default_factory=list)  # (who, why, when)
    people: list[str] | None = None  # the list P; None when the list is private
    ineligible: list[tuple[str, str]] = field(default_factory=list)  # set aside before the draw
    earlier: list[EarlierDraw] = field(default_factory=list)


ALGORITHM_WORDS = (
    "Как проводится и проверяется розыгрыш (алгоритм smmdesk-draw-1, описан в RULES.md):",
    "1. Записи участников приводятся к одному виду: строчные буквы, без «@», без адреса сайта перед ником "
    "и без параметров после «?»; повторы убираются; не допущенные к розыгрышу откладываются с причиной. "
    "Остальные сортируются по кодам символов Unicode — это список P из n участников (лист «Участники», "
    "номера с 0).",
    "2. Хэш списка — SHA-256 в шестнадцатеричной записи строчными буквами от участников списка P, "
    "соединённых переводом строки (без перевода строки в конце), в кодировке UTF-8.",
    "3. Сид — текст, объявленный до розыгрыша; записан в протоколе как есть.",
    "4. Для места k = 1, 2, … перебираются попытки a = 0, 1, 2, …: h — SHA-256 от текста «хэш списка, "
    "перевод строки, сид, перевод строки, k, перевод строки, a» в UTF-8, прочитанный как целое число "
    "(big-endian). Если h ≥ (2^256 div n) × n, попытка пропускается — так остаток от деления не смещён. "
    "Иначе i = h mod n; если P[i] уже занял более раннее место или дисквалифицирован — следующая попытка; "
    "иначе P[i] занимает место k.",
    "5. Если победителя дисквалифицировали после розыгрыша, он добавляется к дисквалифицированным и весь "
    "розыгрыш пересчитывается по шагу 4: прежние места остаются за своими победителями, следующие "
    "определяет алгоритм.",
    "Проверить протокол можно командой «smmdesk contest verify протокол.xlsx» или программой в несколько "
    "строк на любом языке (пример — в README программы smmdesk).",
)
