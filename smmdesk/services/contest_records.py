"""A contest's record: listed, created, edited, deleted and restored, and loaded whole."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
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
