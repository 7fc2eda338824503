"""A contest's participants: imported or pasted, set aside with a reason, frozen before the draw."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import contests as rules
from smmdesk.domain import draw as d
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.storage.bulk import bulk_insert
from smmdesk.storage.models import Contest, ContestParticipant
from smmdesk.storage.types import utc_now


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
