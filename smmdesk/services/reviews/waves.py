"""The next wave of a campaign: prepared by the domain's rules, refused when it breaks one, and kept
as the compliance log (every request: who got what and when; everyone not asked, with the reason).

The program sends nothing: the wave's file (a CSV for the SMS or mail service, or an A4 PDF of QR
codes) is what the planner uploads or prints. A wave the planner puts together by hand (`chosen`)
is checked as a whole by `domain.reviews.waves.validate_wave`: a customer on the staff or without
consent, a request different from the others, or a customer due left out of a wave to a public
platform (named as gating when those left out are the dissatisfied ones) is refused in words.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import ReviewCampaign
from smmdesk.domain.reviews.customers import Customer, NotAskedReason, normalize_email, normalize_phone
from smmdesk.domain.reviews.score_split import ScoreSplit, refuse_gated, respected, score_split
from smmdesk.domain.reviews.waves import (
    AudienceFilter,
    ComplianceRow,
    FilterKind,
    History,
    NotAsked,
    Wave,
    WaveRequest,
    compliance_log,
    plan_wave,
    validate_wave,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.gcpause import gc_paused
from smmdesk.io import review_wave as files
from smmdesk.services.reviews.campaigns import as_domain, open_campaign, stored
from smmdesk.services.reviews.customers import CHUNK, customer_from, customer_of
from smmdesk.services.reviews.printed_cards import as_printed
from smmdesk.services.reviews.wave_number import keep_numbered
from smmdesk.storage.bulk import bulk_insert
from smmdesk.storage.models import ReviewAnswer, ReviewCustomer, ReviewNotAsked, ReviewRequest, ReviewWave
from smmdesk.storage.server import require_manager

Translate = Callable[[str, str], str]
NOBODY_DUE = QT_TRANSLATE_NOOP(
    "Errors",
    "Nobody is due a request on {date}: {not_yet} not yet, {never} may not be asked (on the staff, no "
    "consent, opted out, already reviewed, no contact), {finished} had every request.",
)
NOBODY_DUE_UNTIL = QT_TRANSLATE_NOOP(
    "Errors",
    "Nobody is due a request on {date}: {not_yet} not yet, {never} may not be asked (on the staff, no "
    "consent, opted out, already reviewed, no contact), {finished} had every request. The next falls "
    "due on {next}: {name} ({count} that day).",
)
NOT_DUE_CHOSEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{name} is not due a request on {date} (not due yet, opted out, already reviewed or asked enough).",
)
NOT_A_CUSTOMER = QT_TRANSLATE_NOOP("Errors", "Customer number {id} is not one of this campaign's.")
WRONG_WAVE_SUFFIX = QT_TRANSLATE_NOOP(
    "Errors",
    "A wave is written as a table for the SMS or mail service (a name ending in .csv) or as a sheet of QR "
    "codes to print (a name ending in .pdf); “{name}” ends in neither.",
)
NO_WAVE = QT_TRANSLATE_NOOP("Errors", "There is no wave number {id}.")
REQUEST_COLUMNS = ("wave_id", "campaign_id", "customer_id", "number", "due", "sent_on", "channel", "contact",
                   "text", "link")  # fmt: skip
NOT_ASKED_COLUMNS = ("wave_id", "customer_id", "reason", "due")


@dataclass(frozen=True)
class PreparedWave:
    wave_id: int
    number: int
    wave: Wave
    campaign: ReviewCampaign
    split: ScoreSplit

    @property
    def log(self) -> list[ComplianceRow]:
        """The wave's compliance log, as kept (made when asked: a wave of 100,000 rarely needs it)."""
        return compliance_log(self.campaign, self.wave, self.split.even, self.number)

    def write(self, path: Path, translate: Translate) -> int:
        """The wave's file (.csv or .pdf) from what was just prepared; returns its requests."""
        with gc_paused():
            return write_wave_file(path, self.campaign, self.campaign.title, self.wave, translate)


@dataclass(frozen=True)
class Audience:
    """A campaign's customers as a wave sees them: who, with which id, and what they have had."""

    customers: list[Customer]
    ids: dict[str, int]  # customer key → id
    histories: dict[str, History]
    # customer key → when a later file marked them staff and withdrew their consent (None: the first
    # file said so), for the customers on the staff or without consent
    marks: dict[str, tuple[dt.datetime | None, dt.datetime | None]] = field(default_factory=dict)


def audience(session: Session, campaign_id: int) -> Audience:
    t = ReviewCustomer.__table__.c
    rows = session.execute(
        select(t.name, t.phone, t.email, t.order_ref, t.day, t.consent, t.staff, t.id, t.key, t.opted_out,
               t.reviewed, t.staff_marked_at, t.consent_withdrawn_at)
        .where(t.campaign_id == campaign_id).order_by(t.id)
    ).all()  # fmt: skip
    r = ReviewRequest.__table__.c
    sent: dict[int, list[tuple[int, dt.date]]] = defaultdict(list)
    for customer_id, number, day in session.execute(
        select(r.customer_id, r.number, r.sent_on).where(
            r.campaign_id == campaign_id, r.customer_id.is_not(None)
        )
    ):
        sent[customer_id].append((number, day))
    customers, ids, histories, marks = [], {}, {}, {}
    for row in rows:
        customers.append(customer_from(row))
        ids[row.key] = row.id
        if row.staff or not row.consent:
            marks[row.key] = (row.staff_marked_at, row.consent_withdrawn_at)
        if row.id in sent or row.opted_out or row.reviewed:
            days = tuple(day for _, day in sorted(sent.get(row.id, [])))
            histories[row.key] = History(days, row.opted_out, row.reviewed)
    return Audience(customers, ids, histories, marks)


def survey_scores(session: Session, campaign_id: int) -> dict[str, tuple[int, dt.datetime]]:
    """Respondent's key → their latest NPS answer and the earliest the brand could know it (when it
    was given or imported), matched by the respondent's phone or e-mail."""
    scores: dict[str, tuple[int, dt.datetime]] = {}
    rows = session.execute(
        select(ReviewAnswer.respondent, ReviewAnswer.nps, ReviewAnswer.answered_at, ReviewAnswer.imported_at)
        .where(ReviewAnswer.campaign_id == campaign_id, ReviewAnswer.nps.is_not(None))
        .order_by(ReviewAnswer.answered_at, ReviewAnswer.id)
    )
    for respondent, nps, answered, imported in rows:
        key = respondent_key(respondent)
        if key and nps is not None:
            scores[key] = (nps, min(answered, imported) if answered else imported)
    return scores


def customer_scores(
    scores: dict[str, tuple[int, dt.datetime]], customers: Sequence[Customer]
) -> dict[str, tuple[int, dt.datetime]]:
    """The respondents' scores keyed by the customer they are (matched by phone or e-mail, whichever
    the customer's key is not); a respondent who is no customer keeps their own phone or e-mail."""
    if not scores:
        return {}
    known: dict[str, str] = {}
    for customer in customers:
        for contact in (customer.phone, customer.email):
            if contact:
                known.setdefault(contact, customer.key)
    return {known.get(key, key): answer for key, answer in scores.items()}


def forbidden_keys(answers: dict[str, tuple[int, dt.datetime]], people: Audience) -> frozenset[str]:
    """The respondents the rules themselves forbid asking (staff, a «нет» from the first file or
    given before their answer), left out of the gating check's count."""
    forbidden = set()
    by_key = {c.key: c for c in people.customers}
    for key, (staff_marked, withdrawn) in people.marks.items():
        if key in answers:
            customer = by_key[key]
            answered = answers[key][1]
            if respected(customer.staff, customer.consent, staff_marked, withdrawn, answered):
                forbidden.add(key)
    return frozenset(forbidden)


def respondent_key(text: str) -> str:
    """A respondent's phone or e-mail as a customer's key, or "" when it is neither."""
    for normalize in (normalize_email, normalize_phone) if "@" in text else (normalize_phone,):
        try:
            return normalize(text)
        except ValueError:
            continue
    return ""


def prepare_wave(
    session: Session,
    campaign_id: int,
    today: dt.date,
    filters: Sequence[AudienceFilter] = (),
    chosen: Sequence[int] | None = None,
) -> PreparedWave:
    """Prepares and keeps the next wave: every customer due by `today` (or the customers `chosen`
    by id, checked as a whole); RuleBroken or ValidationError with the reason, and nothing kept."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "prepare a wave"))
    with gc_paused():
        campaign, wave, people, split = _next_wave(session, campaign_id, today, filters, chosen)
        return _keep(session, campaign_id, campaign, wave, people, split)


def check_next_wave(session: Session, campaign_id: int, today: dt.date) -> int:
    """What `prepare_wave` would refuse, refused the same way before anything is asked or kept;
    returns how many requests the wave would hold."""
    return len(_next_wave(session, campaign_id, today, (), None)[1].requests)


def _next_wave(
    session: Session,
    campaign_id: int,
    today: dt.date,
    filters: Sequence[AudienceFilter],
    chosen: Sequence[int] | None,
) -> tuple[ReviewCampaign, Wave, Audience, ScoreSplit]:
    row = open_campaign(session, campaign_id)
    campaign, secret = as_domain(row), bytes.fromhex(row.secret)
    people = audience(session, campaign_id)
    planned = plan_wave(campaign, people.customers, today, secret, people.histories, filters)
    wave = planned
    answers = customer_scores(survey_scores(session, campaign_id), people.customers)
    scores = {key: nps for key, (nps, _) in answers.items()}
    if chosen is not None:  # the planned wave keeps the rules by construction; a hand-made one is checked
        wave = _chosen_wave(campaign, planned, people, chosen, secret)
        validate_wave(campaign, wave, people.customers, secret, people.histories, scores)
    if not wave.requests:
        raise _nobody_due(wave, today)
    split = score_split(wave, scores, forbidden_keys(answers, people))
    refuse_gated(split, campaign.public)  # the customers' data itself may leave the dissatisfied out
    return campaign, wave, people, split


def _chosen_wave(
    campaign: ReviewCampaign, planned: Wave, people: Audience, chosen: Sequence[int], secret: bytes
) -> Wave:
    """The planner's own pick: the planned request for each customer chosen; a customer the wave
    never asks gets a request here only for `validate_wave` to refuse it with its rule."""
    from smmdesk.domain.reviews.campaign import invitation_renderer
    from smmdesk.domain.reviews.waves import short_links

    by_id = {ident: key for key, ident in people.ids.items()}
    requests = {r.customer.key: r for r in planned.requests}
    skipped = {n.customer.key: n for n in planned.not_asked}
    render = invitation_renderer(campaign)
    picked: list[WaveRequest] = []
    for ident in chosen:
        key = by_id.get(ident)
        if key is None:
            raise ValidationError(NOT_A_CUSTOMER, field="customers", id=ident)
        if key in requests:
            picked.append(requests[key])
            continue
        left = skipped[key]
        customer = left.customer
        if left.reason not in (NotAskedReason.STAFF, NotAskedReason.NO_CONSENT):
            raise ValidationError(
                NOT_DUE_CHOSEN,
                field="customers",
                name=customer.name or customer.key,
                date=planned.prepared_on.strftime("%d.%m.%Y"),
            )
        link = short_links(campaign.base_link, secret, [key])[key]
        text = render(customer.name, customer.order, customer.day, link)
        picked.append(
            WaveRequest(customer, 0, planned.prepared_on, customer.contact(campaign.channel), link, text)
        )
    chosen_keys = {r.customer.key for r in picked}
    not_asked = tuple(n for n in planned.not_asked if n.customer.key not in chosen_keys)
    return Wave(planned.prepared_on, tuple(picked), not_asked, planned.filters)


def _nobody_due(wave: Wave, today: dt.date) -> ValidationError:
    reasons = [n.reason for n in wave.not_asked]
    not_yet = reasons.count(NotAskedReason.NOT_YET)
    finished = reasons.count(NotAskedReason.FINISHED)
    counts = {"not_yet": not_yet, "never": len(reasons) - not_yet - finished, "finished": finished}
    date = today.strftime("%d.%m.%Y")
    later = [n for n in wave.not_asked if n.reason is NotAskedReason.NOT_YET and n.due is not None]
    if not later:
        return ValidationError(NOBODY_DUE, field="wave", date=date, **counts)
    first = min(later, key=lambda n: n.due or today)
    assert first.due is not None
    return ValidationError(
        NOBODY_DUE_UNTIL,
        field="wave",
        date=date,
        next=first.due.strftime("%d.%m.%Y"),
        name=first.customer.name or first.customer.key,
        count=sum(1 for n in later if n.due == first.due),
        **counts,
    )


def _keep(
    session: Session,
    campaign_id: int,
    campaign: ReviewCampaign,
    wave: Wave,
    people: Audience,
    split: ScoreSplit,
) -> PreparedWave:
    number = (
        session.scalar(select(func.max(ReviewWave.number)).where(ReviewWave.campaign_id == campaign_id)) or 0
    ) + 1
    stored_wave = ReviewWave(
        campaign_id=campaign_id,
        number=number,
        prepared_on=wave.prepared_on,
        channel=campaign.channel.value,
        platforms=",".join(p.value for p in campaign.platforms),
        requests=len(wave.requests),
        not_asked=len(wave.not_asked),
        filters=json.dumps(
            [{"kind": f.kind.value, "day": f.day.isoformat() if f.day else None} for f in wave.filters]
        ),
        incentive=campaign.incentive,
        score_groups=split.to_json(),
    )
    keep_numbered(session, stored_wave)  # refused in words when another planner took the number
    conn = session.connection()
    channel, ids, wave_id = campaign.channel.value, people.ids, stored_wave.id
    requests = [
        (
            wave_id,
            campaign_id,
            ids[r.customer.key],
            r.number,
            r.due,
            wave.prepared_on,
            channel,
            r.contact,
            r.text,
            r.link,
        )
        for r in wave.requests
    ]
    for start in range(0, len(requests), CHUNK):
        bulk_insert(conn, ReviewRequest, REQUEST_COLUMNS, requests[start : start + CHUNK])
    skipped = [(wave_id, ids[n.customer.key], n.reason.value, n.due) for n in wave.not_asked]
    for start in range(0, len(skipped), CHUNK):
        bulk_insert(conn, ReviewNotAsked, NOT_ASKED_COLUMNS, skipped[start : start + CHUNK])
    return PreparedWave(wave_id, number, wave, campaign, split)


# --- a kept wave and its files ---------------------------------------------------------------------------


def kept_split(session: Session, wave_id: int) -> ScoreSplit | None:
    """How the wave asked the survey's respondents by score group, None when not recorded."""
    row = session.get(ReviewWave, wave_id)
    return ScoreSplit.from_json(row.score_groups) if row is not None else None


def kept_wave(session: Session, wave_id: int) -> tuple[ReviewCampaign, str, Wave]:
    """(the campaign, its title, the wave) as kept; an erased customer has no name or contact left."""
    row = session.get(ReviewWave, wave_id)
    if row is None:
        raise ValidationError(NO_WAVE, field="wave", id=wave_id)
    campaign_row = stored(session, row.campaign_id)
    campaign = as_domain(campaign_row)
    c = ReviewCustomer.__table__.c
    customers = {
        r.id: customer_of(r)
        for r in session.execute(
            select(c.id, c.name, c.phone, c.email, c.order_ref, c.day, c.consent, c.staff).where(
                c.campaign_id == row.campaign_id
            )
        )
    }
    erased = Customer("")
    q = ReviewRequest.__table__.c
    requests = tuple(
        WaveRequest(customers.get(r.customer_id, erased), r.number, r.due, r.contact, r.link, r.text)
        for r in session.execute(
            select(q.customer_id, q.number, q.due, q.contact, q.link, q.text)
            .where(q.wave_id == wave_id)
            .order_by(q.id)
        )
    )
    n = ReviewNotAsked.__table__.c
    not_asked = tuple(
        NotAsked(customers.get(r.customer_id, erased), NotAskedReason(r.reason), r.due)
        for r in session.execute(
            select(n.customer_id, n.reason, n.due).where(n.wave_id == wave_id).order_by(n.id)
        )
    )
    filters = tuple(
        AudienceFilter(FilterKind(f["kind"]), dt.date.fromisoformat(f["day"]) if f["day"] else None)
        for f in json.loads(row.filters or "[]")
    )
    return campaign, campaign_row.title, Wave(row.prepared_on, requests, not_asked, filters)


def latest_wave(session: Session, campaign_id: int) -> int | None:
    return session.scalar(select(func.max(ReviewWave.id)).where(ReviewWave.campaign_id == campaign_id))


def write_wave(session: Session, wave_id: int, path: Path, translate: Translate) -> int:
    """The wave's file by its suffix: .csv for the SMS or mail service, .pdf of QR codes. Returns
    how many requests it holds."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise ValidationError(WRONG_WAVE_SUFFIX, field="out", name=path.name)
    campaign, title, wave = kept_wave(session, wave_id)
    return write_wave_file(path, campaign, title, wave, translate)


def write_wave_file(
    path: Path, campaign: ReviewCampaign, title: str, wave: Wave, translate: Translate
) -> int:
    """A wave just prepared (or read back) written by its suffix; returns how many requests it holds."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".pdf"):
        raise ValidationError(WRONG_WAVE_SUFFIX, field="out", name=path.name)
    if suffix == ".csv":
        files.write_wave_csv(path, campaign.channel, wave, translate)
    else:
        files.write_wave_qr_pdf(path, title, as_printed(campaign, wave, translate), translate)
    if campaign.review_links and campaign.base_link:
        files.write_redirects_csv(redirects_path(path), campaign, wave, translate)
    return len(wave.requests)


def redirects_path(path: Path) -> Path:
    """Beside the wave's file: «волна.csv» → «волна.redirects.csv», what the brand's site redirects."""
    return path.with_name(path.stem + ".redirects.csv")


def write_compliance(
    session: Session, wave_id: int, path: Path, translate: Translate, printed: bool = False
) -> int:
    """The wave's compliance log as CSV (`printed`: with the texts its printed cards carry); returns
    its number of lines."""
    campaign, _, wave = kept_wave(session, wave_id)
    if printed:
        wave = as_printed(campaign, wave, translate)
    split = kept_split(session, wave_id)
    number = session.scalar(select(ReviewWave.number).where(ReviewWave.id == wave_id)) or 0
    ids = session.scalars(
        select(ReviewRequest.id).where(ReviewRequest.wave_id == wave_id).order_by(ReviewRequest.id)
    )
    log = compliance_log(campaign, wave, split.even if split is not None else None, number, list(ids))
    files.write_compliance_csv(path, log, translate, split)
    return len(log)
