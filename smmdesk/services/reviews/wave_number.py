"""A wave's number taken once: when two planners prepare the next wave of one campaign at the same
moment (on a server), both count the same customers as due and the same next number. The first to
save keeps its wave; the other is refused in words and keeps nothing — a wave under the next number
would ask the same customers a second time, which no planner means to do. Prepared again, the wave
asks only whom the first one left."""

from __future__ import annotations

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.models import ReviewWave

WAVE_TAKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Another planner has just prepared wave {number} of this campaign, for the same customers; "
    "yours was not kept and no file was written. Prepare the wave again: it asks only whom that "
    "wave did not.",
)
# The unique rule as each database names it when it is broken.
_RULE_NAMES = ("uq_review_wave_number", "review_wave.campaign_id, review_wave.number")


def keep_numbered(session: Session, wave: ReviewWave) -> None:
    """Adds the wave and flushes it; StorageError in words when its number was just taken."""
    session.add(wave)
    try:
        session.flush()
    except IntegrityError as exc:
        if not any(name in str(exc.orig) for name in _RULE_NAMES):
            raise
        raise StorageError(WAVE_TAKEN, number=wave.number) from None
