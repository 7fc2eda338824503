"""Edits of "the estimate": made in its draft, which is created when the latest version is frozen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate_view import LineView
from smmdesk.domain.plan import PlanEntry
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.estimate_lines import (
    LinesSnapshot,
    delete_lines,
    duplicate_lines,
    reorder,
    restore_lines,
    update_line,
)
from smmdesk.services.estimate_versions import (
    drop_version,
    editable_version,
    list_estimates,
    load_version_lines,
    update_settings,
)
from smmdesk.storage.models import EstimateLine


@dataclass(frozen=True)
class DraftEdit:
    """What an edit did: in which version, whether that version was just made, and the undo data."""

    version_id: int
    made: bool
    value: Any


def in_draft(session: Session, estimate_id: int, action: Any, *args: Any, **kwargs: Any) -> DraftEdit:
    """Runs `action(session, version_id, *args)` on the estimate's draft (made if needed)."""
    version_id, made = editable_version(session, estimate_id)
    return DraftEdit(version_id, made, action(session, version_id, *args, **kwargs))


def undo_in_draft(session: Session, edit: DraftEdit, undo: Any, *args: Any) -> None:
    """Undoes an `in_draft` edit: a draft it made is dropped whole; otherwise `undo` reverses it."""
    if edit.made:
        drop_version(session, edit.version_id)
    else:
        undo(session, edit.version_id, edit.value, *args)


def _line_by_key(session: Session, version_id: int, key: str) -> EstimateLine:
    line = session.scalar(
        select(EstimateLine).where(EstimateLine.version_id == version_id, EstimateLine.line_key == key)
    )
    if line is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The line is no longer in the estimate."))
    return line


def update_line_by_key(
    session: Session, version_id: int, key: str, changes: dict[str, Any]
) -> dict[str, Any]:
    return update_line(session, _line_by_key(session, version_id, key).id, changes)


def restore_line_by_key(session: Session, version_id: int, old: dict[str, Any], key: str) -> None:
    update_line(session, _line_by_key(session, version_id, key).id, old)


def delete_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> LinesSnapshot:
    ids = [_line_by_key(session, version_id, key).id for key in keys]
    return delete_lines(session, ids)


def restore_deleted(session: Session, version_id: int, snapshot: LinesSnapshot) -> None:
    restore_lines(session, snapshot)


def duplicate_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> list[int]:
    return duplicate_lines(session, [_line_by_key(session, version_id, key).id for key in keys])


def remove_lines(session: Session, version_id: int, line_ids: Sequence[int]) -> None:
    """Undo of adding or duplicating lines."""
    delete_lines(session, line_ids)


def reorder_by_keys(session: Session, version_id: int, keys: Sequence[str]) -> list[int]:
    ids = [_line_by_key(session, version_id, key).id for key in keys]
    return reorder(session, version_id, ids)


def restore_order(session: Session, version_id: int, previous: list[int]) -> None:
    reorder(session, version_id, previous)


def restore_settings(session: Session, version_id: int, old: dict[str, Any]) -> None:
    update_settings(session, version_id, old)


def line_views(session: Session, version_id: int, keys: Sequence[str]) -> list[LineView]:
    """Fresh snapshots of a few lines (after an edit), without reloading the whole version."""
    return list(load_version_lines(session, version_id, keys))


def campaign_plan_entries(session: Session, campaign_id: int) -> list[PlanEntry]:
    """The placements of a campaign for its plan: the latest version of each of its estimates."""
    entries = []
    for estimate in list_estimates(session, campaign_id):
        version = estimate.latest
        entries += [PlanEntry(estimate.id, line) for line in load_version_lines(session, version.id)]
    return entries


def move_placements(
    session: Session, version_id: int, keys: Sequence[str], day: dt.date | None
) -> dict[str, Any]:
    """Sets the planned date of lines (a drag in the plan); returns each line's previous date."""
    previous = {}
    for key in keys:
        line = _line_by_key(session, version_id, key)
        previous[key] = line.planned_date
        line.planned_date = day
    return previous


def restore_dates(session: Session, version_id: int, previous: dict[str, Any], *_: Any) -> None:
    for key, day in previous.items():
        _line_by_key(session, version_id, key).planned_date = day
