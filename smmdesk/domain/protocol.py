"""The protocol of a draw: what a participant needs to repeat it, the algorithm in words, times in
the contest's time zone (named), the prizes by place with the personal income tax note, and what
a protocol file must agree on to verify."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from smmdesk.domain.contests import TAX_FREE_LIMIT, Prize, places_of
from smmdesk.domain.draw import Finding
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_money
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
    declared_tax: dict[int, str] = field(default_factory=dict)  # place → the file's НДФЛ words
    recorded_prizes: list[PlacePrize] | None = None  # each place's prize by the contest's prize list

    def when(self, moment: dt.datetime) -> str:
        return local_time(moment, self.time_zone)


# --- the contest's prizes, as the protocol records them ------------------------------------------

TAXED, NOT_TAXED = "облагается", "нет"  # the НДФЛ column of the prizes table


def tax_words(prize: PlacePrize) -> str:
    return TAXED if prize.taxable else NOT_TAXED


def prize_list_words(prizes: Sequence[Prize]) -> str:
    """«Набор × 3 (3 500,00 ₽); Сертификат × 1 (10 000,00 ₽)»: the contest's prizes in the order
    that gives them their places; `recorded_places` reads it back."""
    return "; ".join(f"{p.name} × {p.quantity} ({format_money(p.value)})" for p in prizes)


_PRIZE_WORDS = re.compile(r"(.+?) × (\d{1,6}) \(([\d\s\u00a0]+,\d\d)\s*₽\)(?:; |$)")


def recorded_places(words: str) -> list[PlacePrize] | None:
    """Each place's prize from the words `prize_list_words` wrote; None when they do not read."""
    found, at = [], 0
    while at < len(words):
        match = _PRIZE_WORDS.match(words, at)
        if match is None:
            return None
        try:
            value = Decimal("".join(match[3].split()).replace(",", "."))
        except InvalidOperation:
            return None
        found.append(Prize(match[1], int(match[2]), value))
        at = match.end()
    places = places_of(found)
    return [PlacePrize(n, p.name, p.value) for n, p in enumerate(places, start=1)] or None


def prize_findings(data: ProtocolData) -> list[Finding]:
    """What the contest's prizes determine in a protocol: as many places as prizes, each with its
    winner, its prize (name and value) where the prize list puts it, and its tax note by the value."""
    found: list[Finding] = []
    recorded = data.recorded_prizes
    places = data.declared_places if data.declared_places is not None else len(data.winners)
    if recorded is not None:
        if places != len(recorded):
            found.append(Finding(
                QT_TRANSLATE_NOOP("Draw", "the protocol declares {places:place|places}, the contest's prizes "
                                  "make {prizes:place|places}"),
                {"places": places, "prizes": len(recorded)},
            ))  # fmt: skip
        if len(data.prizes) != len(recorded):
            found.append(Finding(
                QT_TRANSLATE_NOOP("Draw", "the prizes table lists {rows:place|places}, the contest's prizes "
                                  "make {prizes:place|places}"),
                {"rows": len(data.prizes), "prizes": len(recorded)},
            ))  # fmt: skip
        listed = {p.place: p for p in data.prizes}
        for prize in recorded:
            shown = listed.get(prize.place)
            if shown is not None and (shown.name, shown.value) != (prize.name, prize.value):
                found.append(Finding(
                    QT_TRANSLATE_NOOP("Draw", "place {place}: the prize is “{prize}” worth {value}, the "
                                      "contest's prizes give it “{recorded}” worth {recorded_value}"),
                    {"place": prize.place, "prize": shown.name, "value": format_money(shown.value),
                     "recorded": prize.name, "recorded_value": format_money(prize.value)},
                ))  # fmt: skip
    won = {place for place, _, _, _ in data.winners}
    for prize in data.prizes:
        if prize.place not in won:
            found.append(Finding(
                QT_TRANSLATE_NOOP("Draw", "place {place} has a prize, “{prize}”, but no winner"),
                {"place": prize.place, "prize": prize.name},
            ))  # fmt: skip
        said = data.declared_tax.get(prize.place)
        if said is not None and said != tax_words(prize):
            found.append(Finding(
                QT_TRANSLATE_NOOP("Draw", "place {place}: the tax note says “{said}”, a prize worth {value} "
                                  "says “{due}”"),
                {"place": prize.place, "said": said, "value": format_money(prize.value),
                 "due": tax_words(prize)},
            ))  # fmt: skip
    return found


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
