"""The protocol of a draw: what a participant needs to repeat it, the algorithm in words, times in
the contest's time zone (named), the prizes by place with the personal income tax note, and what
a protocol file must agree on to verify."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smmdesk.domain.contests import TAX_FREE_LIMIT
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

DEFAULT_TIME_ZONE = "Europe/Moscow"
# The zones of Russia a contest is run in, named as a Russian reader names them.
ZONE_NAMES_RU = {
    "Europe/Kaliningrad": "калининградское время",
    "Europe/Moscow": "московское время",
    "Europe/Samara": "самарское время",
    "Asia/Yekaterinburg": "екатеринбургское время",
    "Asia/Omsk": "омское время",
    "Asia/Krasnoyarsk": "красноярское время",
    "Asia/Irkutsk": "иркутское время",
    "Asia/Yakutsk": "якутское время",
    "Asia/Vladivostok": "владивостокское время",
    "Asia/Magadan": "магаданское время",
    "Asia/Kamchatka": "камчатское время",
}


def valid_zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{zone} is not a time zone (for example Europe/Moscow)."),
            field="time_zone",
            zone=name or "—",
        ) from None
    return name


def zone_words(name: str, moment: dt.datetime, names: Mapping[str, str] = ZONE_NAMES_RU) -> str:
    """«московское время, UTC+03:00»: the zone named, with its offset at that moment (a zone not
    in `names` by its own name: «Europe/Moscow, UTC+03:00»)."""
    local = moment.astimezone(ZoneInfo(name))
    offset = local.strftime("%z")
    return f"{names.get(name, name)}, UTC{offset[:3]}:{offset[3:]}"


def local_time(
    moment: dt.datetime, zone: str, names: Mapping[str, str] = ZONE_NAMES_RU, date_format: str = "%d.%m.%Y"
) -> str:
    """«01.12.2026 18:00:05 (московское время, UTC+03:00)»: how a protocol and the draw tab state a
    moment (the interface in English gives its own date format and the zone's own name)."""
    aware = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    local = aware.astimezone(ZoneInfo(zone))
    return f"{local.strftime(date_format)} {local:%H:%M:%S} ({zone_words(zone, aware, names)})"


@dataclass
class EarlierDraw:
    drawn_at: dt.datetime
    seed: str
    list_hash: str
    winners: list[str]
    reason: str  # why it was drawn again


@dataclass(frozen=True)
class PlacePrize:
    place: int
    name: str
    value: Decimal

    @property
    def taxable(self) -> bool:
        return self.value > TAX_FREE_LIMIT


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
    time_zone: str = DEFAULT_TIME_ZONE
    prizes: list[PlacePrize] = field(default_factory=list)  # the prize of each place
    organiser: str = ""
    declared_places: int | None = None  # as a protocol file states them (read back to verify)
    declared_out: int | None = None

    def when(self, moment: dt.datetime) -> str:
        return local_time(moment, self.time_zone)


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
