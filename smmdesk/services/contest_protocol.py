"""The protocol of a contest's draw: made from the database, exported, and verified from the file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
from smmdesk.domain import draw as d
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.protocol import (
    DEFAULT_TIME_ZONE,
    EarlierDraw,
    PlacePrize,
    ProtocolData,
    prize_findings,
    prize_list_words,
    valid_zone,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import contests as svc
from smmdesk.services.influencers import platforms
from smmdesk.services.settings import get_value, load_agency_settings, set_value

SUFFIXES = (".xlsx", ".pdf")
MECHANICS_RU = {
    "comment": "комментарий",
    "repost": "репост",
    "subscription": "подписка",
    "ugc": "пользовательский контент",
    "quiz": "викторина",
    "other": "другое",
}
assert set(MECHANICS_RU) == {m.value for m in rules.Mechanics}


def protocol_data(session: Session, contest_id: int) -> ProtocolData:
    info = svc.load_contest(session, contest_id)
    current = info.draw
    if current is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no draw yet: nothing to put in a protocol.")
        )
    v = info.values
    period = " — ".join(day.strftime("%d.%m.%Y") for day in (v["starts_on"], v["ends_on"]) if day)
    site = dict(platforms(session)).get(v["platform"], v["platform"])  # its title, never the code
    facts = [
        ("Конкурс", info.title),
        (
            "Площадка и аккаунт",
            " ".join(x for x in (site, "@" + v["account"] if v["account"] else "") if x),
        ),
        ("Механика", MECHANICS_RU[v["mechanics"]]),
        ("Период приёма заявок", period or "—"),
        ("Объявление итогов", v["announce_on"].strftime("%d.%m.%Y") if v["announce_on"] else "—"),
        ("Призы", prize_list_words(info.prizes)),  # read back by verify: what each place's prize is
    ]
    people = svc.eligible_list(session, contest_id)
    position = {person: i for i, person in enumerate(people)}
    out = {handle for handle, _, _ in current.disqualified}
    places = d.draw(
        people,
        current.seed,
        len(current.winners),
        {position[h] for h in out if h in position},
        current.list_hash,
    )
    prizes = rules.places_of(info.prizes)
    winners = [(p.place, p.winner, prizes[p.place - 1].name, p.attempt) for p in places]
    # The reason for drawing again is recorded with the draw that replaced the earlier one.
    earlier = [
        EarlierDraw(e.drawn_at, e.seed, e.list_hash, e.winners, after.redraw_reason)
        for e, after in zip(info.draws, info.draws[1:], strict=False)
    ]
    private = bool(v["list_private"])
    return ProtocolData(
        f"Протокол розыгрыша «{info.title}»",
        facts,
        v["rules"],
        current.seed,
        current.list_hash,
        len(people),
        current.drawn_at,
        winners,
        current.disqualified,
        None if private else people,
        [] if private else svc.ineligible_entries(session, contest_id),
        earlier,
        time_zone=time_zone(session),
        organiser=load_agency_settings(session).agency_name,
        prizes=[
            PlacePrize(n, prize.name, prize.value) for n, prize in enumerate(prizes[: len(winners)], start=1)
        ],
    )


ZONE_KEY = "contests.time_zone"


def time_zone(session: Session) -> str:
    """The zone a protocol states its times in: a setting stored in the database, Moscow by default."""
    return get_value(session, ZONE_KEY, DEFAULT_TIME_ZONE) or DEFAULT_TIME_ZONE


def set_time_zone(session: Session, zone: str) -> str:
    """Sets the contests' time zone; returns the previous one (for undo)."""
    previous = time_zone(session)
    set_value(session, ZONE_KEY, valid_zone(zone.strip()))
    return previous


def export_protocol(session: Session, contest_id: int, path: Path) -> ProtocolData:
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A protocol is exported to .xlsx or .pdf, not {suffix}."),
            suffix=suffix or "—",
        )
    data = protocol_data(session, contest_id)
    if suffix == ".pdf":
        from smmdesk.io.protocol import write_protocol_pdf

        write_protocol_pdf(path, data)
    else:
        from smmdesk.io.protocol import write_protocol_xlsx

        write_protocol_xlsx(path, data)
    return data


def verify_protocol(path: Path, list_path: Path | None = None) -> d.Check:
    """Recomputes a draw from its protocol alone (or, when its list was private, with the list
    the organiser gives: its hash must be the protocol's), and checks every field the draw
    determines: each place's winner and attempt, the number of places; and every field the
    contest's recorded prizes determine: each place's prize, its value and tax note, a winner for
    each; and that every disqualification the protocol counts is there with its reason."""
    from smmdesk.io.protocol import read_protocol_xlsx

    data = read_protocol_xlsx(path)
    people = data.people
    if list_path is not None:
        from smmdesk.io.tabular import read_text_file

        text = read_text_file(list_path).text
        people = d.ordered(rules.parse_lines(text.splitlines()).handles)
    if people is None:
        return d.Check(
            False,
            [
                d.Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw",
                        "the list of participants is private: give it with --list to recompute the draw",
                    )
                )
            ],
        )
    found = _protocol_findings(data)
    places = data.declared_places if data.declared_places is not None else len(data.winners)
    numbered = [place for place, _, _, _ in data.winners]
    if numbered != list(range(1, len(numbered) + 1)):
        found.append(
            d.Finding(
                QT_TRANSLATE_NOOP("Draw", "the winners' places are not numbered 1, 2, 3…: {places}"),
                {"places": ", ".join(map(str, numbered))},
            )
        )
    check = d.verify(
        people,
        data.seed,
        data.list_hash,
        [w for _, w, _, _ in data.winners],
        [who for who, _, _ in data.disqualified if who],
        attempts=[a for _, _, _, a in data.winners],
        places=places,
    )
    if len(people) != data.count:
        found.insert(
            0,
            d.Finding(
                QT_TRANSLATE_NOOP("Draw", "the list has {entries:entry|entries}, the protocol says {count}"),
                {"entries": len(people), "count": data.count},
            ),
        )
    findings = [*found, *check.findings]
    return d.Check(not findings, findings)


def _protocol_findings(data: ProtocolData) -> list[d.Finding]:
    """What a protocol must agree with itself and with the contest's prizes on: each place's prize,
    its value and tax note, a winner for each, each winner's prize that of the place, and each
    counted disqualification there with whom and why."""
    found = prize_findings(data)
    prize_of = {p.place: p.name for p in data.prizes}
    for place, _, prize, _ in data.winners:
        if prize_of and prize_of.get(place, "") != prize:
            found.append(
                d.Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw", "place {place}: the prize is “{prize}”, the prizes list says “{listed}”"
                    ),
                    {"place": place, "prize": prize, "listed": prize_of.get(place, "—")},
                )
            )
    listed = [(who, why) for who, why, _ in data.disqualified]
    if data.declared_out is not None and len(listed) != data.declared_out:
        found.append(
            d.Finding(
                QT_TRANSLATE_NOOP(
                    "Draw", "the protocol counts {declared} disqualifications but lists {rows}"
                ),
                {"declared": data.declared_out, "rows": len(listed)},
            )
        )
    for who, why in listed:
        if not who.strip() or not why.strip():
            found.append(
                d.Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw", "a disqualification has no entry or no reason: “{who}”, “{why}”"
                    ),
                    {"who": who, "why": why},
                )
            )
    return found
