"""Survey answers (NPS 0–10, CSAT 1–5) imported from a survey service's export into a campaign, and
the detractors (NPS 0–6) and the dissatisfied (CSAT 1–2) put into the brand's mentions queue as a
private follow-up: a conversation about what went wrong, never a request for a public review.

As the other imports: `preview_survey` reads the file (the columns matched from Russian and English
headers, or as the planner mapped them) and counts what the import would do; nothing is written
until `apply_survey`, one step of the history (`undo_survey`, `redo_survey`).

An answer is the same answer when its time, scores and order are (its time, respondent, scores and
comment when the export has no time): imported again it is counted once, and a later export that
adds the respondent's contact or comment fills them in, on the answer and on its follow-up. Times
written without a zone are read in the brand's zone.

A follow-up's text is the respondent's comment; its author is the campaign's customer the
respondent's phone or e-mail matches (the contact as typed beside, as the author's handle), else
the contact as typed; the order and the score are its tags. Its deadline runs from the import
(RULES.md: a mention's clock starts when it was collected — the planner learns of the answer when
it is imported, however old the answer is).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.header_match import locate_header
from smmdesk.domain.import_columns import vocabulary_of
from smmdesk.domain.influencer_rows import RowNote
from smmdesk.domain.reputation.search import search_text
from smmdesk.domain.reputation.sla import Severity
from smmdesk.domain.reputation.sources import SourceKind
from smmdesk.domain.reputation.times import zone_info
from smmdesk.domain.reputation.triage import due
from smmdesk.domain.reviews.figures import Csat, Nps, csat, follow_ups, nps
from smmdesk.domain.reviews.shown import ORDER_LABEL
from smmdesk.domain.reviews.survey_rows import (
    NO_HEADER,
    SURVEY_FIELDS,
    SurveyAnswer,
    SurveyImport,
    parse_answers,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.tabular import read_table
from smmdesk.services.reputation.brands import load_brand
from smmdesk.services.reviews.campaigns import open_campaign
from smmdesk.services.reviews.waves import respondent_key
from smmdesk.storage.models import Mention, ReviewAnswer, ReviewCustomer
from smmdesk.storage.server import require_manager
from smmdesk.storage.types import utc_now

Translate = Callable[[str, str], str]
FOLLOW_UP_TAG = QT_TRANSLATE_NOOP("Reviews", "survey: private follow-up")
NO_COMMENT = QT_TRANSLATE_NOOP("Reviews", "(no comment left)")
FOLLOW_UP_PLACE = QT_TRANSLATE_NOOP("Reviews", "Survey of the campaign “{title}”")


def _identity(_context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Known:
    """An answer the campaign already holds, as the comparison needs it."""

    id: int
    respondent: str
    comment: str
    mention_id: int | None


@dataclass(frozen=True)
class SurveyPreview:
    """What an import would do: `new` answers added, `filled` known answers given their contact or
    comment (known, the answer as read), `same` rows already held."""

    campaign_id: int
    parsed: SurveyImport
    headers: list[str]
    mapping: dict[int, str]
    new: list[SurveyAnswer]
    filled: list[tuple[Known, SurveyAnswer]]
    same: int
    zone: Any

    @property
    def follow_ups(self) -> int:
        return len(follow_ups(self.new))


@dataclass
class SurveyChange:
    """What an applied import did, to take it back: the answers and follow-ups it added, and the
    known answers it filled in (id, respondent and comment before, the follow-up's text before)."""

    preview: SurveyPreview
    answer_ids: list[int] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)
    filled: list[tuple[Known, str]] = field(default_factory=list)


@dataclass(frozen=True)
class SurveyImportResult:
    added: int
    same: int
    skipped: tuple[RowNote, ...]
    warnings: tuple[RowNote, ...]
    follow_ups: int  # put into the mentions queue
    nps: Nps  # of every answer of the campaign, after the import
    csat: Csat
    updated: int = 0  # known answers given their contact or comment
    change: SurveyChange | None = None


def _moment(answer: SurveyAnswer, zone: Any) -> dt.datetime | None:
    moment = answer.answered_at
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone)
    return None if moment is None else moment.astimezone(dt.UTC)


def _key(moment: dt.datetime | None, nps_: int | None, csat_: int | None, order: str, respondent: str,
         comment: str) -> tuple[Any, ...]:  # fmt: skip
    """What makes two rows one answer: its time, scores and order (and who and what, without a time)."""
    if moment is not None:
        return (moment, nps_, csat_, order)
    return (None, nps_, csat_, order, respondent, comment)


def preview_survey(
    session: Session,
    campaign_id: int,
    path: Path,
    sheet: str | None = None,
    mapping: Mapping[int, str] | None = None,
    header_row: int | None = None,
) -> SurveyPreview:
    """The export read (matched, or with the planner's mapping and header row) and compared with the
    campaign's answers; nothing is written. ImportFileError when no column is an NPS or CSAT."""
    campaign = open_campaign(session, campaign_id)
    rows = read_table(path, sheet).rows
    if mapping is None:
        found = locate_header(rows, vocabulary_of(SURVEY_FIELDS), frozenset(("nps", "csat")))
        if found is None:
            raise ImportFileError(NO_HEADER, name=path.name)
        header, chosen = found
    else:
        header, chosen = header_row or 0, dict(mapping)
        if not {"nps", "csat"} & set(chosen.values()):
            raise ImportFileError(NO_HEADER, name=path.name)
    parsed = parse_answers(rows[header + 1 :], header + 2, chosen, header + 1)
    zone = zone_info(load_brand(session, campaign.client_id).zone)
    a = ReviewAnswer.__table__.c
    known = {
        _key(r.answered_at, r.nps, r.csat, r.order_ref, r.respondent, r.comment): Known(
            r.id, r.respondent, r.comment, r.mention_id
        )
        for r in session.execute(
            select(
                a.id, a.answered_at, a.nps, a.csat, a.order_ref, a.respondent, a.comment, a.mention_id
            ).where(a.campaign_id == campaign_id)
        )
    }
    new: list[SurveyAnswer] = []
    filled: list[tuple[Known, SurveyAnswer]] = []
    seen: set[tuple[Any, ...]] = set()
    same = 0
    for answer in parsed.answers:
        key = _key(
            _moment(answer, zone), answer.nps, answer.csat, answer.order, answer.respondent, answer.comment
        )
        held = known.get(key)
        if key in seen:
            same += 1
        elif held is None:
            new.append(answer)
        elif (answer.respondent and not held.respondent) or (answer.comment and not held.comment):
            filled.append((held, answer))
        else:
            same += 1
        seen.add(key)
    headers = list(rows[header]) if 0 <= header < len(rows) else []
    return SurveyPreview(campaign_id, parsed, headers, chosen, new, filled, same, zone)


def apply_survey(
    session: Session, preview: SurveyPreview, translate: Translate = _identity
) -> SurveyImportResult:
    """Writes what the preview found in the caller's transaction: the new answers and their
    follow-ups, the known answers filled in."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import survey answers"))
    campaign = open_campaign(session, preview.campaign_id)
    sla = load_brand(session, campaign.client_id).sla
    change = SurveyChange(preview)
    now = utc_now()
    rows: dict[int, ReviewAnswer] = {}
    for answer in preview.new:
        row = ReviewAnswer(
            campaign_id=preview.campaign_id,
            answered_at=_moment(answer, preview.zone),
            channel=answer.channel[:40],
            nps=answer.nps,
            csat=answer.csat,
            respondent=answer.respondent[:330],
            order_ref=answer.order[:200],
            comment=answer.comment,
            file_row=answer.row,
            imported_at=now,
        )
        session.add(row)
        rows[id(answer)] = row
    session.flush()
    change.answer_ids = [row.id for row in rows.values()]
    queued = follow_ups(preview.new)
    names = _customer_names(session, preview.campaign_id, [rows[id(f.answer)].respondent for f in queued])
    for follow_up in queued:
        row = rows[id(follow_up.answer)]
        mention = _follow_up(campaign.client_id, campaign.title, follow_up.reason, row, sla, now, translate)
        named = names.get(respondent_key(row.respondent), "")
        if named:  # the customer named, the contact as the respondent wrote it beside
            mention.author_name, mention.author_handle = named[:300], row.respondent[:300]
            mention.search_text = search_text(mention.text, named, row.respondent, mention.tags)
        session.add(mention)
        session.flush()
        row.mention_id = mention.id
        change.mention_ids.append(mention.id)
    for held, answer in preview.filled:
        change.filled.append((held, _fill(session, held, answer, translate)))
    session.flush()
    a = ReviewAnswer.__table__.c
    scores = session.execute(select(a.nps, a.csat).where(a.campaign_id == preview.campaign_id)).all()
    return SurveyImportResult(
        len(preview.new),
        preview.same,
        preview.parsed.skipped,
        preview.parsed.warnings,
        len(queued),
        nps(s.nps for s in scores),
        csat(s.csat for s in scores),
        len(preview.filled),
        change,
    )


def import_survey(
    session: Session, campaign_id: int, path: Path, sheet: str | None = None, translate: Translate = _identity
) -> SurveyImportResult:
    """Reads the export and applies it (the caller's transaction): the command's import."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "import survey answers"))
    return apply_survey(session, preview_survey(session, campaign_id, path, sheet), translate)


def undo_survey(session: Session, change: SurveyChange) -> None:
    """Takes an applied import back: its answers and follow-ups removed, the answers it filled in
    as they were."""
    if change.answer_ids:
        session.execute(delete(ReviewAnswer).where(ReviewAnswer.id.in_(change.answer_ids)))
    if change.mention_ids:
        session.execute(delete(Mention).where(Mention.id.in_(change.mention_ids)))
    for held, text_before in change.filled:
        session.execute(
            update(ReviewAnswer)
            .where(ReviewAnswer.id == held.id)
            .values(respondent=held.respondent, comment=held.comment)
        )
        if held.mention_id is not None:
            session.execute(
                update(Mention)
                .where(Mention.id == held.mention_id)
                .values(text=text_before, author_name=held.respondent)
            )
    session.flush()


def redo_survey(session: Session, change: SurveyChange, translate: Translate = _identity) -> SurveyChange:
    """The same import applied again after an undo; the change to take back next time."""
    done = apply_survey(session, change.preview, translate).change
    assert done is not None
    return done


def _fill(session: Session, held: Known, answer: SurveyAnswer, translate: Translate) -> str:
    """A known answer given the contact and comment a later export has; its follow-up too. Returns
    the follow-up's text before."""
    respondent = held.respondent or answer.respondent[:330]
    comment = held.comment or answer.comment
    session.execute(
        update(ReviewAnswer).where(ReviewAnswer.id == held.id).values(respondent=respondent, comment=comment)
    )
    if held.mention_id is None:
        return ""
    mention = session.get(Mention, held.mention_id)
    if mention is None:
        return ""
    before = mention.text
    mention.text = comment or before
    mention.author_name = respondent[:300]
    mention.search_text = search_text(mention.text, mention.author_name, mention.tags)
    return before


def _customer_names(session: Session, campaign_id: int, respondents: list[str]) -> dict[str, str]:
    """The campaign's customers the respondents are (by phone or e-mail): their key → name."""
    keys = {respondent_key(r) for r in respondents} - {""}
    if not keys:
        return {}
    c = ReviewCustomer.__table__.c
    found = session.execute(
        select(c.phone, c.email, c.name).where(
            c.campaign_id == campaign_id, or_(c.phone.in_(keys), c.email.in_(keys)), c.name != ""
        )
    )
    names: dict[str, str] = {}
    for phone, email, name in found:
        for contact in (phone, email):
            if contact in keys:
                names.setdefault(contact, name)
    return names


def _follow_up(
    client_id: int,
    title: str,
    reason: str,
    answer: ReviewAnswer,
    sla: Any,
    now: dt.datetime,
    translate: Translate,
) -> Mention:
    """One private follow-up for the brand's mentions queue: severity S3, its deadline by the SLA
    from now, when the planner learns of it."""
    answered = answer.answered_at or now
    score = f"NPS {answer.nps}" if reason == "nps" else f"CSAT {answer.csat}"
    text = answer.comment or translate("Reviews", NO_COMMENT)
    tags = [translate("Reviews", FOLLOW_UP_TAG), score]
    if answer.order_ref:
        tags.append(translate("Reviews", ORDER_LABEL).format(order=answer.order_ref))
    return Mention(
        client_id=client_id,
        link="",
        link_key="",
        published_at=answered,
        collected_at=now,
        text=text,
        author_name=answer.respondent[:300],
        place=translate("Reviews", FOLLOW_UP_PLACE).format(title=title),
        source_kind=SourceKind.OTHER.value,
        sentiment="negative",
        tags=", ".join(tags),
        search_text=search_text(text, answer.respondent, ", ".join(tags)),
        severity=Severity.S3.value,
        deadline_at=due(Severity.S3, now, answered, SourceKind.OTHER, None, sla),
        imported_at=now,
    )
