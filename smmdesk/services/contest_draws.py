"""A contest's prizes and its draw by RULES.md: run, redrawn, a winner disqualified, and each undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
from smmdesk.domain import draw as d
from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.contest_entries import eligible_list
from smmdesk.services.contest_records import ContestInfo, load_contest
from smmdesk.storage.models import (
    Contest,
    ContestDisqualification,
    ContestDraw,
    ContestParticipant,
    ContestPrize,
)
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

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
    contest = session.get(Contest, contest_id, with_for_update=True, populate_existing=True)
    if contest is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no contest number {id}."), id=contest_id)
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
