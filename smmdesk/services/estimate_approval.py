"""An estimate version's approval: sent to the client, decided, reopened, and the undo of each."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain import estimate as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import placements
from smmdesk.services.estimate_versions import _draft
from smmdesk.storage.models import EstimateLine, EstimateVersion
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now


def send_to_client(session: Session, version_id: int) -> None:
    version = _draft(session, version_id)
    lines = session.scalars(select(EstimateLine).where(EstimateLine.version_id == version_id)).all()
    if not lines:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An empty estimate cannot be sent."))
    missing = [line for line in lines if line.unit_price is None]
    if missing:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "{count} lines have no price yet; type the prices in before sending."
            ),
            count=len(missing),
        )
    version.status = rules.VersionStatus.SENT.value
    version.sent_at = utc_now()


def decide(
    session: Session,
    version_id: int,
    approved: bool,
    who: str,
    comment: str = "",
    decided_on: dt.date | None = None,
) -> placements.SyncChange | None:
    """Records the client's decision (today, or on `decided_on`: a letter read a day late);
    an approved version's placement lines become placements."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "approve or reject an estimate"))
    version = session.get_one(EstimateVersion, version_id, with_for_update=True, populate_existing=True)
    if version.status != rules.VersionStatus.SENT:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only a version sent to the client can be approved or rejected.")
        )
    if not who.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Say who decided on the client's side."), field="who"
        )
    version.status = (rules.VersionStatus.APPROVED if approved else rules.VersionStatus.REJECTED).value
    version.decided_at = rules.decision_time(decided_on, utc_now())
    version.decided_by = who.strip()
    version.decision_comment = comment.strip()
    return placements.sync_from_version(session, version_id) if approved else None


def reopen(session: Session, version_id: int, previous: dict[str, Any]) -> None:
    """Undo of sending or deciding: puts the version back as it was."""
    version = session.get_one(EstimateVersion, version_id)
    for key, value in previous.items():
        setattr(version, key, value)


def workflow_state(session: Session, version_id: int) -> dict[str, Any]:
    version = session.get_one(EstimateVersion, version_id)
    return {
        k: getattr(version, k) for k in ("status", "sent_at", "decided_at", "decided_by", "decision_comment")
    }


@dataclass(frozen=True)
class WorkflowChange:
    """A step of sending or deciding, with what undo puts back."""

    before: dict[str, Any]
    sync: placements.SyncChange | None  # what approval did to the placements


def change_workflow(session: Session, version_id: int, action: Any, *args: Any) -> WorkflowChange:
    before = workflow_state(session, version_id)
    result = action(session, version_id, *args)
    return WorkflowChange(before, result if isinstance(result, placements.SyncChange) else None)


def undo_workflow(session: Session, version_id: int, change: WorkflowChange) -> None:
    if change.sync:
        placements.revert_sync(session, change.sync)
    reopen(session, version_id, change.before)


def placement_accounts(session: Session) -> set[int]:
    """Accounts that any estimate uses (they are archived, not deleted)."""
    return set(
        session.scalars(
            select(EstimateLine.account_id).where(EstimateLine.account_id.is_not(None)).distinct()
        )
    )
