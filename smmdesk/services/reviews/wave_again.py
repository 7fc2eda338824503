"""A wave already prepared, written again: its CSV or QR-code PDF (and its compliance log) as it was
kept, for a lost file or the other half of a CSV + QR pair — nobody is asked a second time and no
wave is added. Refused in words for a wave that is not there, and once the campaign's customers
were erased (their contacts are gone, so the file would ask nobody)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.reviews.campaigns import stored
from smmdesk.services.reviews.waves import Translate, write_compliance, write_wave
from smmdesk.storage.models import ReviewWave

NO_WAVE_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "The campaign “{title}” has no wave number {number} (its waves: {count})."
)
ERASED = QT_TRANSLATE_NOOP(
    "Errors",
    "The customers of the campaign “{title}” were erased: its waves' files cannot be written again "
    "(the compliance log still can).",
)


@dataclass(frozen=True)
class KeptWave:
    id: int
    number: int
    prepared_on: dt.date
    requests: int


def waves_of(session: Session, campaign_id: int) -> list[KeptWave]:
    """The campaign's waves as prepared, the first first."""
    w = ReviewWave.__table__.c
    rows = session.execute(
        select(w.id, w.number, w.prepared_on, w.requests)
        .where(w.campaign_id == campaign_id)
        .order_by(w.number)
    )
    return [KeptWave(r.id, r.number, r.prepared_on, r.requests) for r in rows]


def wave_id(session: Session, campaign_id: int, number: int) -> int:
    """The id of the campaign's wave `number`; ValidationError when there is none."""
    campaign = stored(session, campaign_id)
    found = {w.number: w.id for w in waves_of(session, campaign_id)}
    if number not in found:
        raise ValidationError(
            NO_WAVE_NUMBER, field="again", title=campaign.title, number=number, count=len(found)
        )
    return found[number]


def write_again(
    session: Session,
    campaign_id: int,
    number: int,
    path: Path,
    translate: Translate,
    log: Path | None = None,
) -> int:
    """The wave's file (.csv or .pdf) written again as kept, and its log when `log` is given;
    returns how many requests it holds."""
    ident = wave_id(session, campaign_id, number)
    campaign = stored(session, campaign_id)
    if campaign.erased_at is not None:
        raise ValidationError(ERASED, field="again", title=campaign.title)
    count = write_wave(session, ident, path, translate)
    if log is not None:
        write_compliance(session, ident, log, translate, printed=path.suffix.lower() == ".pdf")
    return count
