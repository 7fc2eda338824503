"""The protocol of a contest's draw: made from the database, exported, and verified from the file."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
from smmdesk.domain import draw as d
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_money
from smmdesk.domain.protocol import EarlierDraw, ProtocolData
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import contests as svc

SUFFIXES = (".xlsx", ".pdf")
MECHANICS_RU = {
    "comment": "комментарий", "repost": "репост", "subscription": "подписка",
    "ugc": "пользовательский контент", "quiz": "викторина", "other": "другое",
}  # fmt: skip
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
    facts = [
        ("Конкурс", info.title),
        (
            "Площадка и аккаунт",
            " ".join(x for x in (v["platform"], "@" + v["account"] if v["account"] else "") if x),
        ),
        ("Механика", MECHANICS_RU[v["mechanics"]]),
        ("Период приёма заявок", period or "—"),
        ("Объявление итогов", v["announce_on"].strftime("%d.%m.%Y") if v["announce_on"] else "—"),
        ("Призы", "; ".join(f"{p.name} × {p.quantity} ({format_money(p.value)})" for p in info.prizes)),
    ]
    people = svc.eligible_list(session, contest_id)
    position = {person: i for i, person in enumerate(people)}
    out = {handle for handle, _, _ in current.disqualified}
    places = d.draw(people, current.seed, len(current.winners), {position[h] for h in out if h in position},
                    current.list_hash)  # fmt: skip
    prizes = rules.places_of(info.prizes)
    winners = [(p.place, p.winner, prizes[p.place - 1].name, p.attempt) for p in places]
    # The reason for drawing again is recorded with the draw that replaced the earlier one.
    earlier = [
        EarlierDraw(e.drawn_at, e.seed, e.list_hash, e.winners, after.redraw_reason)
        for e, after in zip(info.draws, info.draws[1:], strict=False)
    ]
    private = bool(v["list_private"])
    return ProtocolData(
        f"Протокол розыгрыша «{info.title}»", facts, v["rules"], current.seed, current.list_hash, len(people),
        current.drawn_at, winners, current.disqualified, None if private else people,
        [] if private else svc.ineligible_entries(session, contest_id), earlier,
    )  # fmt: skip


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
    the organiser gives: its hash must be the protocol's)."""
    from smmdesk.io.protocol import read_protocol_xlsx

    data = read_protocol_xlsx(path)
    people = data.people
    if list_path is not None:
        from smmdesk.io.tabular import read_text_file

        text = read_text_file(list_path).text
        people = d.ordered(rules.parse_lines(text.splitlines()).handles)
    if people is None:
        return d.Check(
            False, ["the list of participants is private: give it with --list to recompute the draw"]
        )
    check = d.verify(people, data.seed, data.list_hash, [w for _, w, _, _ in data.winners],
                     [who for who, _, _ in data.disqualified])  # fmt: skip
    if len(people) != data.count:
        return d.Check(
            False, [f"the list has {len(people)} entries, the protocol says {data.count}", *check.differences]
        )
    return check
