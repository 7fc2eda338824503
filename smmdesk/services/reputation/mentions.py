"""One mention's answering work: its detail, the planner's changes (category, severity, status,
responsible, escalation level, corrected sentiment), replies made from the playbook, complaints to a
platform with their evidence and screenshots.

Every change returns what it replaced, so that the window's one history can undo it. A change of
severity moves the deadline (`domain.reputation.triage.due`, the brand's SLA); a status is moved
only along the workflow (`domain.reputation.workflow.move`). The first reply's time is the earliest
reply kept; the figures read it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.playbook import (
    Complaint,
    Evidence,
    EvidenceKind,
    GivenReply,
    Outcome,
    Platform,
    Template,
    identical_replies,
    make_reply,
)
from smmdesk.domain.reputation.sentiment import Sentiment
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.domain.reputation.triage import due
from smmdesk.domain.reputation.workflow import Category, Level, Status, move
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.io.images import ImageInfo, inspect_image
from smmdesk.services.reputation.brands import sla_table
from smmdesk.storage.models import (
    ComplaintScreenshot,
    Mention,
    MentionComplaint,
    MentionReply,
    MentionSighting,
)

EDITABLE = ("category", "severity", "status", "responsible", "level", "sentiment_set")
NO_MENTION = QT_TRANSLATE_NOOP("Errors", "There is no mention number {id}.")
EMPTY_REPLY = QT_TRANSLATE_NOOP("Errors", "A reply needs a text.")


@dataclass(frozen=True)
class SightingInfo:
    service: str
    external_id: str
    link_raw: str
    collected: dt.datetime | None
    sentiment_raw: str


@dataclass(frozen=True)
class ReplyInfo:
    id: int
    text: str
    at: dt.datetime
    responder: str
    template: str


@dataclass(frozen=True)
class ComplaintInfo:
    id: int
    platform: Platform
    reason: str
    evidence_link: str
    evidence_time: dt.datetime | None
    filed: dt.date
    outcome: Outcome
    decided: dt.date | None
    screenshots: tuple[tuple[int, str], ...]  # (id, file name)


@dataclass(frozen=True)
class MentionDetail:
    """A mention with everything the detail panel shows."""

    id: int
    client_id: int
    link: str
    published: dt.datetime | None
    collected: dt.datetime | None
    text: str
    author_name: str
    author_handle: str
    author_link: str
    author_followers: int | None
    place: str
    source_kind: SourceKind
    sentiment: Sentiment  # the services' word, normalized
    sentiment_raw: str
    sentiment_set: Sentiment | None  # the planner's correction
    engagement: int | None
    reach: int | None
    tags: tuple[str, ...]
    category: Category | None
    severity: Severity | None
    status: Status
    deadline: dt.datetime | None
    responsible: str
    level: Level | None
    first_reply: dt.datetime | None
    row_version: int
    sightings: tuple[SightingInfo, ...]
    replies: tuple[ReplyInfo, ...]
    complaints: tuple[ComplaintInfo, ...]

    @property
    def services(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(s.service for s in self.sightings))


def _row(session: Session, mention_id: int) -> Mention:
    row = session.get(Mention, mention_id)
    if row is None:
        raise ValidationError(NO_MENTION, field="mention", id=mention_id)
    return row


def detail(session: Session, mention_id: int) -> MentionDetail:
    row = _row(session, mention_id)
    sightings = tuple(
        SightingInfo(s.service, s.external_id, s.link_raw, s.collected_at, s.sentiment_raw)
        for s in session.scalars(
            select(MentionSighting)
            .where(MentionSighting.mention_id == mention_id)
            .order_by(MentionSighting.id)
        )
    )
    replies = tuple(
        ReplyInfo(r.id, r.text, r.replied_at, r.responder, r.template)
        for r in session.scalars(
            select(MentionReply)
            .where(MentionReply.mention_id == mention_id)
            .order_by(MentionReply.replied_at, MentionReply.id)
        )
    )
    complaints = []
    for c in session.scalars(
        select(MentionComplaint)
        .where(MentionComplaint.mention_id == mention_id)
        .order_by(MentionComplaint.id)
    ):
        shots = tuple(
            (ident, name)
            for ident, name in session.execute(
                select(ComplaintScreenshot.id, ComplaintScreenshot.file_name)
                .where(ComplaintScreenshot.complaint_id == c.id)
                .order_by(ComplaintScreenshot.id)
            )
        )
        complaints.append(
            ComplaintInfo(
                c.id,
                Platform(c.platform),
                c.reason,
                c.evidence_link,
                c.evidence_time,
                c.filed_on,
                Outcome(c.outcome),
                c.decided_on,
                shots,
            )
        )
    return MentionDetail(
        row.id, row.client_id, row.link, row.published_at, row.collected_at, row.text, row.author_name,
        row.author_handle, row.author_link, row.author_followers, row.place, SourceKind(row.source_kind),
        Sentiment(row.sentiment), row.sentiment_raw,
        Sentiment(row.sentiment_set) if row.sentiment_set else None,
        row.engagement, row.reach, tuple(t for t in row.tags.split(", ") if t),
        Category(row.category) if row.category else None, Severity(row.severity) if row.severity else None,
        Status(row.status), row.deadline_at, row.responsible, Level(row.level) if row.level else None,
        row.first_reply_at, row.row_version, sightings, replies, tuple(complaints),
    )  # fmt: skip


def _valid(row: Mention, key: str, value: Any) -> str:
    if key not in EDITABLE:
        raise KeyError(key)
    text = "" if value is None else str(value)
    if key == "category" and text:
        return Category(text).value
    if key == "severity" and text:
        return Severity(text).value
    if key == "level" and text:
        return Level(text).value
    if key == "sentiment_set" and text:
        return Sentiment(text).value
    if key == "status":
        target = Status(text)
        return target.value if target.value == row.status else move(Status(row.status), target).value
    return clean_text(text).strip() if key == "responsible" else text


def update_mention(session: Session, mention_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """The planner's changes to a mention; returns the values they replaced (for undo).

    A status goes only where the workflow allows; `restore_mention` puts back any earlier values.
    """
    row = _row(session, mention_id)
    clean = {key: _valid(row, key, value) for key, value in changes.items()}
    return _set(session, row, clean)


def restore_mention(session: Session, mention_id: int, values: Mapping[str, Any]) -> dict[str, Any]:
    """Undo (and redo) of `update_mention`: the values as they were, the workflow not asked."""
    row = _row(session, mention_id)
    for key in values:
        if key not in EDITABLE:
            raise KeyError(key)
    return _set(session, row, dict(values))


def _set(session: Session, row: Mention, values: Mapping[str, str]) -> dict[str, Any]:
    old = {key: getattr(row, key) for key in values}
    for key, value in values.items():
        setattr(row, key, value)
    if "severity" in values:
        row.deadline_at = due(
            Severity(row.severity) if row.severity else None, row.collected_at, row.published_at,
            SourceKind(row.source_kind), row.author_followers, sla_table(session, row.client_id),
        )  # fmt: skip
    session.flush()
    return old


# --- replies --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReplyDraft:
    """A reply made from a template, and the replies the brand already gave word for word."""

    text: str
    identical: tuple[GivenReply, ...]


def draft_reply(
    session: Session, mention_id: int, template: Template, values: Mapping[str, str], translate: object = None
) -> ReplyDraft:
    """The template filled (refused, in words, until every variable is), and any identical replies
    of the same brand."""
    row = _row(session, mention_id)
    text = make_reply(template, values, translate)
    return ReplyDraft(text, tuple(identical_replies(text, given_replies(session, row.client_id))))


def given_replies(session: Session, client_id: int) -> list[GivenReply]:
    rows = session.execute(
        select(
            Mention.link,
            MentionReply.text,
            MentionReply.replied_at,
            MentionReply.responder,
            MentionReply.template,
        )
        .join(Mention, Mention.id == MentionReply.mention_id)
        .where(Mention.client_id == client_id)
        .order_by(MentionReply.replied_at)
    )
    return [GivenReply(*r) for r in rows]


def add_reply(
    session: Session, mention_id: int, text: str, at: dt.datetime, responder: str = "", template: str = ""
) -> int:
    """Records a reply given at `at`; the mention's first reply time follows. Returns its id."""
    row = _row(session, mention_id)
    text = clean_text(text).strip()
    if not text:
        raise ValidationError(EMPTY_REPLY, field="reply")
    reply = MentionReply(
        mention_id=mention_id,
        text=text,
        replied_at=at,
        responder=clean_text(responder).strip(),
        template=template,
    )
    session.add(reply)
    session.flush()
    _first_reply(session, row)
    return reply.id


def remove_reply(session: Session, reply_id: int) -> dict[str, Any]:
    """Takes a reply back (undo of `add_reply`); returns it, for `restore_reply`."""
    reply = session.get_one(MentionReply, reply_id)
    snapshot = {
        c.key: getattr(reply, c.key) for c in MentionReply.__table__.columns if c.key != "row_version"
    }
    session.delete(reply)
    session.flush()
    _first_reply(session, _row(session, reply.mention_id))
    return snapshot


def restore_reply(session: Session, snapshot: Mapping[str, Any]) -> None:
    keep = ("id", "mention_id", "text", "replied_at", "responder", "template")
    session.add(MentionReply(**{k: snapshot[k] for k in keep}))
    session.flush()
    _first_reply(session, _row(session, snapshot["mention_id"]))


def _first_reply(session: Session, row: Mention) -> None:
    first = session.scalar(select(func.min(MentionReply.replied_at)).where(MentionReply.mention_id == row.id))
    if row.first_reply_at != first:
        row.first_reply_at = first
        session.flush()


# --- complaints -----------------------------------------------------------------------------------------


def file_complaint(
    session: Session,
    mention_id: int,
    platform: Platform,
    reason: str,
    evidence_link: str,
    evidence_time: dt.datetime | None,
    filed: dt.date,
    screenshots: Mapping[str, bytes] | None = None,
) -> int:
    """Records a complaint to a platform with its evidence (the link and the time at least, and any
    screenshots, each refused unless it is a readable picture); returns its id."""
    row = _row(session, mention_id)
    evidence = (
        Evidence(EvidenceKind.LINK, evidence_link),
        Evidence(EvidenceKind.TIME, evidence_time.isoformat() if evidence_time else ""),
    )
    Complaint(Platform(platform), row.link, clean_text(reason), evidence, filed)  # refused in words
    complaint = MentionComplaint(
        mention_id=mention_id, platform=Platform(platform).value, reason=clean_text(reason).strip(),
        evidence_link=evidence_link.strip(), evidence_time=evidence_time, filed_on=filed,
    )  # fmt: skip
    session.add(complaint)
    session.flush()
    for name, data in (screenshots or {}).items():
        add_evidence_screenshot(session, complaint.id, name, data)
    return complaint.id


def add_evidence_screenshot(
    session: Session, complaint_id: int, file_name: str, data: bytes, info: ImageInfo | None = None
) -> int:
    """Keeps a screenshot inside the database, as placements keep theirs (`info`: the picture as
    already checked off the UI thread)."""
    session.get_one(MentionComplaint, complaint_id)
    info = info or inspect_image(data, file_name)
    shot = ComplaintScreenshot(
        complaint_id=complaint_id, file_name=file_name, media_type=info.media_type, width=info.width,
        height=info.height, size=len(data), data=data, thumbnail=info.thumbnail,
    )  # fmt: skip
    session.add(shot)
    session.flush()
    return shot.id


def remove_evidence_screenshot(session: Session, screenshot_id: int) -> None:
    """Undo of `add_evidence_screenshot`."""
    session.execute(delete(ComplaintScreenshot).where(ComplaintScreenshot.id == screenshot_id))


def screenshot_data(session: Session, screenshot_id: int) -> tuple[str, bytes]:
    name, data = session.execute(
        select(ComplaintScreenshot.file_name, ComplaintScreenshot.data).where(
            ComplaintScreenshot.id == screenshot_id
        )
    ).one()
    return name, data


def decide_complaint(
    session: Session, complaint_id: int, outcome: Outcome, decided: dt.date | None
) -> dict[str, Any]:
    """The platform's answer; returns what it replaced (for undo)."""
    complaint = session.get_one(MentionComplaint, complaint_id)
    if decided is not None and decided < complaint.filed_on:
        Complaint(
            Platform(complaint.platform), "", complaint.reason,
            (Evidence(EvidenceKind.LINK, "-"), Evidence(EvidenceKind.TIME, "-")),
            complaint.filed_on, Outcome(outcome), decided,
        )  # fmt: skip
    old = {"outcome": complaint.outcome, "decided_on": complaint.decided_on}
    complaint.outcome, complaint.decided_on = Outcome(outcome).value, decided
    session.flush()
    return old


def remove_complaint(session: Session, complaint_id: int) -> None:
    """Undo of `file_complaint`."""
    session.execute(delete(ComplaintScreenshot).where(ComplaintScreenshot.complaint_id == complaint_id))
    session.execute(delete(MentionComplaint).where(MentionComplaint.id == complaint_id))
