"""Survey answers (NPS 0–10, CSAT 1–5) imported from a survey service's export into a campaign, and
the detractors (NPS 0–6) and the dissatisfied (CSAT 1–2) put into the brand's mentions queue as a
private follow-up: a conversation about what went wrong, never a request for a public review.

An answer already imported (the same time, respondent, scores and comment) is not added again, so
a later export of the same survey adds only what is new. Times written without a zone are read in
the brand's zone.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reputation.search import search_text
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.domain.reputation.times import zone_info
from smmdesk.domain.reputation.triage import due
from smmdesk.domain.reviews.figures import Csat, FollowUp, Nps, csat, follow_ups, nps
from smmdesk.domain.reviews.survey_rows import SurveyAnswer, read_survey
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.tabular import read_table
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reviews.campaigns import open_campaign
from smmdesk.storage.models import Mention, ReviewAnswer
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

Translate = Callable[[str, str], str]
FOLLOW_UP_TAG = QT_TRANSLATE_NOOP("Reviews", "survey: private follow-up")
NO_COMMENT = QT_TRANSLATE_NOOP("Reviews", "(no comment left)")
FOLLOW_UP_PLACE = QT_TRANSLATE_NOOP("Reviews", "Survey of the campaign “{title}”")


def _identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class SurveyImportResult:
    added: int
    same: int
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    follow_ups: int  # put into the mentions queue
    nps: Nps  # of every answer of the campaign, after the import
    csat: Csat


def _signature(
    answered_at: dt.datetime | None, respondent: str, nps_: int | None, csat_: int | None, comment: str
) -> tuple[Any, ...]:
    return (answered_at, respondent, nps_, csat_, comment)


def import_survey(
    session: Session, campaign_id: int, path: Path, sheet: str | None = None, translate: Translate = _identity
) -> SurveyImportResult:
    """Reads the export; adds the answers not seen before and their follow-ups (the caller's transaction)."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import survey answers"))
    campaign = open_campaign(session, campaign_id)  # a finished campaign's figures stay as they are
    parsed = read_survey(read_table(path, sheet).rows, path.name)
    brand = load_brand(session, campaign.client_id)
    zone = zone_info(brand.zone)
    a = ReviewAnswer.__table__.c
    seen = {
        _signature(r.answered_at, r.respondent, r.nps, r.csat, r.comment)
        for r in session.execute(
            select(a.answered_at, a.respondent, a.nps, a.csat, a.comment).where(a.campaign_id == campaign_id)
        )
    }
    now = utc_now()
    new: list[tuple[SurveyAnswer, ReviewAnswer]] = []
    same = 0
    for answer in parsed.answers:
        moment = answer.answered_at
        if moment is not None and moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
        if moment is not None:
            moment = moment.astimezone(dt.UTC)
        signature = _signature(moment, answer.respondent, answer.nps, answer.csat, answer.comment)
        if signature in seen:
            same += 1
            continue
        seen.add(signature)
        row = ReviewAnswer(
            campaign_id=campaign_id,
            answered_at=moment,
            channel=answer.channel[:40],
            nps=answer.nps,
            csat=answer.csat,
            respondent=answer.respondent,
            order_ref=answer.order,
            comment=answer.comment,
            file_row=answer.row,
            imported_at=now,
        )
        session.add(row)
        new.append((answer, row))
    session.flush()
    rows = {id(answer): row for answer, row in new}
    queued = follow_ups(answer for answer, _ in new)
    for follow_up in queued:
        row = rows[id(follow_up.answer)]
        row.mention_id = _queue(
            session, campaign.client_id, campaign.title, follow_up, row, brand.sla, translate
        )
    session.flush()
    scores = session.execute(select(a.nps, a.csat).where(a.campaign_id == campaign_id)).all()
    return SurveyImportResult(
        len(new),
        same,
        parsed.skipped,
        parsed.warnings,
        len(queued),
        nps(s.nps for s in scores),
        csat(s.csat for s in scores),
    )


def _queue(
    session: Session,
    client_id: int,
    title: str,
    follow_up: FollowUp,
    answer: ReviewAnswer,
    sla: Any,
    translate: Translate,
) -> int:
    """One private follow-up in the brand's mentions queue: severity S3, its deadline by the SLA."""
    moment = answer.answered_at or utc_now()
    score = f"NPS {answer.nps}" if follow_up.reason == "nps" else f"CSAT {answer.csat}"
    text = answer.comment or translate("Reviews", NO_COMMENT)
    mention = Mention(
        client_id=client_id,
        link="",
        link_key="",
        published_at=moment,
        collected_at=moment,
        text=text,
        author_name=answer.respondent,
        place=translate("Reviews", FOLLOW_UP_PLACE).format(title=title),
        source_kind=SourceKind.OTHER.value,
        sentiment="negative",
        tags=", ".join((translate("Reviews", FOLLOW_UP_TAG), score)),
        search_text=search_text(text, answer.respondent, ""),
        severity=Severity.S3.value,
        deadline_at=due(Severity.S3, moment, moment, SourceKind.OTHER, None, sla),
        imported_at=utc_now(),
    )
    session.add(mention)
    session.flush()
    return mention.id
