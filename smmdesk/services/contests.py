"""Use cases of contests: the record and its prizes, participants imported or pasted, set aside with
a reason, frozen; the draw of RULES.md, redraws and disqualifications; the protocol's content."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
from smmdesk.domain import draw as d
from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.storage.bulk import bulk_insert
from smmdesk.storage.models import (
    Campaign,
    Contest,
    ContestDisqualification,
    ContestDraw,
    ContestParticipant,
    ContestPrize,
    Influencer,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

FIELDS = (
    "title", "platform", "account", "mechanics", "rules", "starts_on", "ends_on", "announce_on", "budget",
    "other_costs", "campaign_id", "influencer_id", "status", "list_private", "new_followers", "reach",
    "notes",
)  # fmt: skip


@dataclass(frozen=True)
class DrawInfo:
    id: int
    seed: str
    list_hash: str
    participants: int
    winners: list[str]
    drawn_at: dt.datetime
    redraw_reason: str
    superseded: bool
    disqualified: list[tuple[str, str, dt.datetime]]  # (handle, reason, when)


@dataclass(frozen=True)
class ContestInfo:
    id: int
    values: dict[str, Any]
    prizes: list[rules.Prize]
    participants: int
    eligible: int
    frozen_at: dt.datetime | None
    draws: list[DrawInfo]  # oldest first; the last is the one in force
    campaign_name: str = ""
    influencer_name: str = ""

    @property
    def title(self) -> str:
        return str(self.values["title"])

    @property
    def draw(self) -> DrawInfo | None:
        return self.draws[-1] if self.draws else None

    @property
    def places(self) -> int:
        return sum(p.quantity for p in self.prizes)

    @property
    def costs(self) -> rules.Costs:
        return rules.costs(self.prizes, self.values["other_costs"], self.eligible)


@dataclass(frozen=True)
class ContestSummary:
    id: int
    title: str
    platform: str
    status: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    participants: int


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"not contest fields: {sorted(unknown)}")
    clean: dict[str, Any] = {
        k: (clean_text(v).strip() if isinstance(v, str) else v) for k, v in values.items()
    }
    if "title" in clean and not clean["title"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The name cannot be empty."), field="title")
    if "mechanics" in clean and clean["mechanics"] not in {m.value for m in rules.Mechanics}:
        raise ValueError(f"unknown mechanics {clean['mechanics']!r}")
    if "status" in clean and clean["status"] not in {s.value for s in rules.ContestStatus}:
        raise ValueError(f"unknown status {clean['status']!r}")
    for key in ("budget", "other_costs", "new_followers", "reach"):
        if clean.get(key) is not None and clean[key] < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The value cannot be negative."), field=key)
    for key in ("budget", "other_costs"):
        limits.money(clean.get(key), key)
    for key in ("new_followers", "reach"):
        limits.count(clean.get(key), key)
    return clean


def _check_dates(contest: Contest) -> None:
    if contest.starts_on and contest.ends_on and contest.ends_on < contest.starts_on:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The end is before the start."), field="ends_on")


def list_contests(session: Session) -> list[ContestSummary]:
    counts = dict(
        session.execute(
            select(ContestParticipant.contest_id, func.count()).group_by(ContestParticipant.contest_id)
        ).all()
    )
    return [
        ContestSummary(c.id, c.title, c.platform, c.status, c.starts_on, c.ends_on, counts.get(c.id, 0))
        for c in session.scalars(select(Contest).order_by(Contest.starts_on.desc(), Contest.id.desc()))
    ]


def create_contest(session: Session, title: str, **values: Any) -> int:
    contest = Contest(**_clean({"title": title, **values}))
    _check_dates(contest)
    session.add(contest)
    session.flush()
    return contest.id


def update_contest(session: Session, contest_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    contest = session.get_one(Contest, contest_id)
    clean = _clean(changes)
    previous = {k: getattr(contest, k) for k in clean}
    for key, value in clean.items():
        setattr(contest, key, value)
    _check_dates(contest)
    return previous


def restore_contest(session: Session, contest_id: int, previous: dict[str, Any]) -> None:
    session.execute(update(Contest).where(Contest.id == contest_id).values(**previous))


def delete_contest(session: Session, contest_id: int) -> dict[str, Any]:
    """Deletes a contest that was never drawn; returns what undo needs to bring it back."""
    contest = session.get_one(Contest, contest_id)
    if session.scalar(select(func.count()).where(ContestDraw.contest_id == contest_id)):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A contest that was drawn is kept: its protocol must stay verifiable."
            )
        )
    snapshot = {
        "contest": {c.key: getattr(contest, c.key) for c in Contest.__table__.columns},
        "prizes": [
            {c.key: getattr(p, c.key) for c in ContestPrize.__table__.columns}
            for p in session.scalars(select(ContestPrize).where(ContestPrize.contest_id == contest_id))
        ],
        "participants": session.execute(
            select(ContestParticipant.handle, ContestParticipant.raw, ContestParticipant.ineligible).where(
                ContestParticipant.contest_id == contest_id
            )
        ).all(),
    }
    session.delete(contest)
    return snapshot


def restore_deleted(session: Session, snapshot: dict[str, Any]) -> None:
    """Undo of deleting a contest."""
    contest_id = snapshot["contest"]["id"]
    session.add(Contest(**snapshot["contest"]))
    session.add_all(ContestPrize(**values) for values in snapshot["prizes"])
    session.flush()
    rows = [(contest_id, handle, raw, reason) for handle, raw, reason in snapshot["participants"]]
    bulk_insert(session.connection(), ContestParticipant, ("contest_id", "handle", "raw", "ineligible"), rows)


def load_contest(session: Session, contest_id: int) -> ContestInfo:
    contest = session.get(Contest, contest_id)
    if contest is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no contest number {id}."), id=contest_id)
    prizes = [
        rules.Prize(p.name, p.quantity, p.value, p.sponsor)
        for p in session.scalars(
            select(ContestPrize).where(ContestPrize.contest_id == contest_id).order_by(ContestPrize.position)
        )
    ]
    total, eligible = session.execute(
        select(func.count(), func.count().filter(ContestParticipant.ineligible == "")).where(
            ContestParticipant.contest_id == contest_id
        )
    ).one()
    draws = []
    for row in session.scalars(
        select(ContestDraw).where(ContestDraw.contest_id == contest_id).order_by(ContestDraw.id)
    ):
        out = session.execute(
            select(ContestDisqualification.handle, ContestDisqualification.reason, ContestDisqualification.at)
            .where(ContestDisqualification.draw_id == row.id)
            .order_by(ContestDisqualification.id)
        ).all()
        draws.append(
            DrawInfo(
                row.id,
                row.seed,
                row.list_hash,
                row.participants,
                row.winners.split("\n") if row.winners else [],
                row.drawn_at,
                row.redraw_reason,
                row.superseded,
                [(handle, reason, at) for handle, reason, at in out],
            )
        )
    campaign = session.get(Campaign, contest.campaign_id) if contest.campaign_id else None
    person = session.get(Influencer, contest.influencer_id) if contest.influencer_id else None
    values = {k: getattr(contest, k) for k in FIELDS}
    return ContestInfo(
        contest.id, values, prizes, total, eligible, contest.frozen_at, draws,
        campaign.name if campaign else "", person.name if person else "",
    )  # fmt: skip


# --- prizes ---------------------------------------------------------------------------------------------


def set_prizes(session: Session, contest_id: int, prizes: Sequence[rules.Prize]) -> list[rules.Prize]:
    """Replaces the prize list; returns the previous one (for undo). Fixed once a draw was made."""
    contest = session.get_one(Contest, contest_id)
    if _current_draw(session, contest_id) is not None and contest.status != rules.ContestStatus.DRAFT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The prizes were drawn for; they can no longer change.")
        )
    for prize in prizes:
        if not prize.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A prize needs a name."), field="name")
        if prize.quantity < 1:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A prize's quantity is at least 1."), field="quantity"
            )
        if prize.value < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A prize's value cannot be negative."), field="value"
            )
        limits.quantity(prize.quantity, "quantity")
        limits.money(prize.value, "value")
    previous = load_contest(session, contest_id).prizes
    session.execute(delete(ContestPrize).where(ContestPrize.contest_id == contest_id))
    session.add_all(
        ContestPrize(
            contest_id=contest_id, position=n, name=p.name.strip(), quantity=p.quantity, value=p.value,
            sponsor=p.sponsor.strip(),
        )
        for n, p in enumerate(prizes, start=1)
    )  # fmt: skip
    session.flush()
    return previous


# --- participants -----------------------------------------------------------------------------------


@dataclass
class Added:
    added: list[str] = field(default_factory=list)  # the handles added
    repeats: int = 0  # entries already in the list (or repeated in the input)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, text) that is no handle


def _open_list(session: Session, contest_id: int) -> Contest:
    contest = session.get_one(Contest, contest_id)
    if contest.frozen_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The list of participants is frozen: it no longer changes.")
        )
    return contest


def add_entries(
    session: Session, contest_id: int, parsed: rules.ParsedEntries, raw: Sequence[str] = ()
) -> Added:
    """Adds normalized entries, each once; those already in the list are counted as repeats."""
    _open_list(session, contest_id)
    known = set(
        session.scalars(select(ContestParticipant.handle).where(ContestParticipant.contest_id == contest_id))
    )
    result = Added(rejected=parsed.rejected)
    raw = raw or parsed.given
    rows = []
    for index, handle in enumerate(parsed.handles):
        if handle in known:
            result.repeats += 1
            continue
        known.add(handle)
        result.added.append(handle)
        rows.append((contest_id, handle, (raw[index] if index < len(raw) else handle)[:500], ""))
    bulk_insert(session.connection(), ContestParticipant, ("contest_id", "handle", "raw", "ineligible"), rows)
    return result


def paste_entries(session: Session, contest_id: int, text: str) -> Added:
    """Pasted text: one handle or profile link per line."""
    lines = clean_text(text).splitlines()
    parsed = rules.parse_lines(lines)
    return add_entries(session, contest_id, parsed)


def import_entries(session: Session, contest_id: int, path: Path) -> Added:
    """A CSV or XLSX (a comment export with the handle in a named column, or a column of handles),
    or a text file with a handle per line."""
    return add_entries(session, contest_id, read_entries(path))


def read_entries(path: Path) -> rules.ParsedEntries:
    """The entries of a file, read and normalized (no database: it runs in the background)."""
    from smmdesk.io.tabular import read_table, read_text_file

    if path.suffix.lower() == ".txt":
        text = read_text_file(path).text  # the size limit and encodings of a CSV table
        return rules.parse_lines(text.splitlines())
    return rules.parse_rows(read_table(path).rows)


def remove_added(session: Session, contest_id: int, added: Added) -> None:
    """Undo of adding entries."""
    chunk = 10_000
    for i in range(0, len(added.added), chunk):
        session.execute(
            delete(ContestParticipant).where(
                ContestParticipant.contest_id == contest_id,
                ContestParticipant.handle.in_(added.added[i : i + chunk]),
            )
        )


@dataclass(frozen=True)
class ParticipantRow:
    id: int
    handle: str
    raw: str
    ineligible: str


def participants(session: Session, contest_id: int) -> list[ParticipantRow]:
    return [
        ParticipantRow(*row)
        for row in session.execute(
            select(
                ContestParticipant.id,
                ContestParticipant.handle,
                ContestParticipant.raw,
                ContestParticipant.ineligible,
            )
            .where(ContestParticipant.contest_id == contest_id)
            .order_by(ContestParticipant.handle)
        ).all()
    ]


def set_ineligible(
    session: Session, contest_id: int, participant_ids: Sequence[int], reason: str
) -> list[tuple[int, str]]:
    """Sets entries aside with a reason ('' makes them eligible again); returns what was before."""
    _open_list(session, contest_id)
    reason = reason.strip()[:300]
    rows = session.execute(
        select(ContestParticipant.id, ContestParticipant.ineligible).where(
            ContestParticipant.contest_id == contest_id, ContestParticipant.id.in_(list(participant_ids))
        )
    ).all()
    session.execute(
        update(ContestParticipant)
        .where(ContestParticipant.id.in_([pid for pid, _ in rows]))
        .values(ineligible=reason)
    )
    return [(pid, old) for pid, old in rows]


def restore_ineligible(session: Session, contest_id: int, previous: list[tuple[int, str]]) -> None:
    for pid, old in previous:
        session.execute(update(ContestParticipant).where(ContestParticipant.id == pid).values(ineligible=old))


def freeze(session: Session, contest_id: int) -> dt.datetime | None:
    """Fixes the list; returns the previous state (None) for undo."""
    contest = _open_list(session, contest_id)
    previous = contest.frozen_at
    contest.frozen_at = utc_now()
    return previous


def unfreeze(session: Session, contest_id: int, previous: dt.datetime | None) -> None:
    """Undo of freezing (only an undo can unfreeze: a frozen list does not change)."""
    session.get_one(Contest, contest_id).frozen_at = previous


def eligible_list(session: Session, contest_id: int) -> list[str]:
    """The list P of RULES.md: the eligible handles in code-point order."""
    return d.ordered(
        session.scalars(
            select(ContestParticipant.handle).where(
                ContestParticipant.contest_id == contest_id, ContestParticipant.ineligible == ""
            )
        )
    )


# --- the draw ---------------------------------------------------------------------------------------------


def _current_draw(session: Session, contest_id: int) -> ContestDraw | None:
    return session.scalar(
        select(ContestDraw)
        .where(ContestDraw.contest_id == contest_id, ContestDraw.superseded.is_(False))
        .order_by(ContestDraw.id.desc())
        .limit(1)
    )


@dataclass(frozen=True)
class DrawChange:
    """What a draw did, for undo."""

    draw_id: int
    superseded: int | None
    was_frozen: dt.datetime | None
    status: str


def run_draw(session: Session, contest_id: int, seed: str, redraw_reason: str = "") -> DrawChange:
    """Draws the winners of every prize by RULES.md; the list is frozen by it. A contest already
    drawn is drawn again only with a reason, and the earlier draw stays in the protocol. The
    contest is locked on a server: two planners drawing at once make one first draw."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "draw a contest"))
    contest = session.get_one(Contest, contest_id, with_for_update=True, populate_existing=True)
    seed = seed.strip()
    if any(ord(ch) < 32 for ch in seed):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The seed is one line of text without control characters."),
            field="seed",
        )
    earlier = _current_draw(session, contest_id)
    if earlier is not None and not redraw_reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "The contest was already drawn; a new draw needs the reason recorded."
            ),
            field="reason",
        )
    places = load_contest(session, contest_id).places
    if places == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Add the prizes first: there is nothing to draw."))
    people = eligible_list(session, contest_id)
    digest = d.list_hash(people)
    winners = d.draw(people, seed, places, digest=digest)
    superseded, was_frozen, status = (earlier.id if earlier else None), contest.frozen_at, contest.status
    if earlier is not None:
        earlier.superseded = True
    if contest.frozen_at is None:
        contest.frozen_at = utc_now()
    contest.status = rules.ContestStatus.DRAWN.value
    row = ContestDraw(
        contest_id=contest_id, seed=seed, list_hash=digest, participants=len(people), places=places,
        winners="\n".join(p.winner for p in winners), redraw_reason=redraw_reason.strip(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return DrawChange(row.id, superseded, was_frozen, status)


def undo_draw(session: Session, contest_id: int, change: DrawChange) -> None:
    session.execute(delete(ContestDraw).where(ContestDraw.id == change.draw_id))
    if change.superseded is not None:
        session.execute(
            update(ContestDraw).where(ContestDraw.id == change.superseded).values(superseded=False)
        )
    contest = session.get_one(Contest, contest_id)
    contest.frozen_at, contest.status = change.was_frozen, change.status


def disqualify(session: Session, contest_id: int, handle: str, reason: str) -> tuple[int, str]:
    """Sets a winner aside after the draw with the reason, and recomputes the winners (RULES.md
    step 5). Returns (draw id, the winners before) for undo."""
    row = _current_draw(session, contest_id)
    if row is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no draw yet."))
    if not reason.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Give the reason for the disqualification."), field="reason"
        )
    if handle not in row.winners.split("\n"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{handle} is not among the winners."), handle=handle
        )
    people = eligible_list(session, contest_id)
    if d.list_hash(people) != row.list_hash:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The list changed since the draw; it cannot be recomputed.")
        )
    out = set(
        session.scalars(
            select(ContestDisqualification.handle).where(ContestDisqualification.draw_id == row.id)
        )
    )
    out.add(handle)
    position = {person: i for i, person in enumerate(people)}
    winners = d.draw(people, row.seed, row.places, {position[h] for h in out}, row.list_hash)
    before = row.winners
    session.add(ContestDisqualification(draw_id=row.id, handle=handle, reason=reason.strip()))
    row.winners = "\n".join(p.winner for p in winners)
    session.flush()
    return row.id, before


def undo_disqualify(session: Session, contest_id: int, done: tuple[int, str]) -> None:
    draw_id, before = done
    last = session.scalar(
        select(ContestDisqualification.id)
        .where(ContestDisqualification.draw_id == draw_id)
        .order_by(ContestDisqualification.id.desc())
        .limit(1)
    )
    session.execute(delete(ContestDisqualification).where(ContestDisqualification.id == last))
    session.execute(update(ContestDraw).where(ContestDraw.id == draw_id).values(winners=before))


def winners_with_prizes(info: ContestInfo) -> list[tuple[int, str, rules.Prize]]:
    """(place, winner, prize) of the draw in force."""
    if info.draw is None:
        return []
    prizes = rules.places_of(info.prizes)
    return [(n, w, prizes[n - 1]) for n, w in enumerate(info.draw.winners, start=1) if n <= len(prizes)]


def ineligible_entries(session: Session, contest_id: int) -> list[tuple[str, str]]:
    return [
        (h, r)
        for h, r in session.execute(
            select(ContestParticipant.handle, ContestParticipant.ineligible)
            .where(ContestParticipant.contest_id == contest_id, ContestParticipant.ineligible != "")
            .order_by(ContestParticipant.handle)
        ).all()
    ]
