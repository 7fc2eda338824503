"""The answering work on a mention, the figures, the service ranking and the query library, on a
file and on a server: what the planner changes is kept and undone exactly, a reply is refused until
its template is filled, the figures agree with a count done by hand, the measured delay and overlap
come from the imported exports."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.choice import Criterion, Verdict
from smmdesk.domain.reputation.playbook import Outcome, Platform, templates_for
from smmdesk.domain.reputation.workflow import Category
from smmdesk.services import campaigns
from smmdesk.services.reputation import choice, library, mentions
from smmdesk.services.reputation import mention_import as imp
from smmdesk.services.reputation.figures import figures
from smmdesk.storage.models import AuditEntry, Mention, MentionSighting

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"


@pytest.fixture
def brand(db) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        client = campaigns.create_client(session, "Северный Ветер")
        for name in ("mentions_youscan.xlsx", "mentions_brandanalytics.csv"):
            imp.apply_import(session, imp.preview_import(session, client, SAMPLES / name))
    return client


def a_negative(db, client: int) -> Mention:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.scalars(
            select(Mention)
            .where(
                Mention.client_id == client, Mention.sentiment == "negative", Mention.source_kind == "social"
            )
            .order_by(Mention.id)
            .limit(1)
        ).one()


def test_severity_moves_the_deadline_and_undo_puts_everything_back(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    mention = a_negative(db, brand)
    assert mention.severity == "S3" and mention.deadline_at == mention.collected_at + dt.timedelta(hours=4)
    with db.transaction() as session:
        old = mentions.update_mention(
            session,
            mention.id,
            {"severity": "S1", "category": "safety", "status": "in_work", "responsible": "Ольга"},
        )
    with db.reading() as session:
        now = mentions.detail(session, mention.id)
    # RULES.md: S1 in a social network, 30 minutes from collection.
    assert now.deadline == mention.collected_at + dt.timedelta(minutes=30)
    assert (now.category, now.status.value, now.responsible) == (Category.SAFETY, "in_work", "Ольга")
    with db.transaction() as session:
        mentions.restore_mention(session, mention.id, old)
    with db.reading() as session:
        back = mentions.detail(session, mention.id)
        audited = session.scalar(
            select(AuditEntry).where(AuditEntry.table_name == "mention", AuditEntry.row_id == str(mention.id))
        )
    assert (back.severity.value if back.severity else "", back.deadline, back.status.value) == (
        "S3", mention.deadline_at, "new",
    )  # fmt: skip
    assert audited is not None


def test_the_workflow_refuses_a_jump_it_does_not_allow(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    mention = a_negative(db, brand)
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        mentions.update_mention(session, mention.id, {"status": "complaint_filed"})
    assert "complaint" in refused.value.render().casefold()
    with db.reading() as session:
        assert mentions.detail(session, mention.id).status.value == "new"


def test_a_reply_is_refused_until_filled_and_its_time_answers_the_mention(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    mention = a_negative(db, brand)
    template = templates_for(Category.DELIVERY)[0]
    values = {"customer_name": "Ирина", "order_id": "1234", "action_taken": "вернули деньги"}
    with pytest.raises(ValidationError) as refused, db.reading() as session:
        mentions.draft_reply(session, mention.id, template, values)
    assert "next step" in refused.value.render()
    values |= {
        "next_step": "Курьер привезёт заказ завтра",
        "responder_role": "Менеджер",
        "brand": "Северный Ветер",
    }
    at = mention.collected_at + dt.timedelta(hours=1)
    with db.transaction() as session:
        draft = mentions.draft_reply(session, mention.id, template, values)
        assert draft.identical == ()
        reply = mentions.add_reply(session, mention.id, draft.text, at, "Ольга", template.name)
        mentions.update_mention(session, mention.id, {"status": "answered"})
    with db.reading() as session:
        detail = mentions.detail(session, mention.id)
        again = mentions.draft_reply(session, mention.id, template, values)
    assert detail.first_reply == at and detail.replies[0].text.startswith("Ирина")
    assert len(again.identical) == 1  # the same words a second time are noticed
    with db.transaction() as session:
        snapshot = mentions.remove_reply(session, reply)
    with db.reading() as session:
        assert mentions.detail(session, mention.id).first_reply is None
    with db.transaction() as session:
        mentions.restore_reply(session, snapshot)
    with db.reading() as session:
        assert mentions.detail(session, mention.id).first_reply == at


def png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (40, 30), "red").save(out, "PNG")
    return out.getvalue()


def test_a_complaint_keeps_its_evidence_and_outcome(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    mention = a_negative(db, brand)
    seen = dt.datetime(2026, 11, 5, 12, tzinfo=dt.UTC)
    with pytest.raises(ValidationError), db.transaction() as session:
        mentions.file_complaint(
            session, mention.id, Platform.YANDEX, "Отзыв без заказа", "", None, dt.date(2026, 11, 6)
        )
    with pytest.raises(ValidationError), db.transaction() as session:
        mentions.file_complaint(
            session,
            mention.id,
            Platform.YANDEX,
            "Фейк",
            mention.link,
            seen,
            dt.date(2026, 11, 6),
            {"a.png": b"not"},
        )
    with db.transaction() as session:
        complaint = mentions.file_complaint(
            session, mention.id, Platform.YANDEX, "Отзыв без заказа", mention.link, seen,
            dt.date(2026, 11, 6), {"screen.png": png()},
        )  # fmt: skip
        mentions.decide_complaint(session, complaint, Outcome.REMOVED, dt.date(2026, 11, 9))
    with db.reading() as session:
        kept = mentions.detail(session, mention.id).complaints[0]
        name, data = mentions.screenshot_data(session, kept.screenshots[0][0])
    assert (kept.outcome, kept.decided, kept.evidence_time) == (Outcome.REMOVED, dt.date(2026, 11, 9), seen)
    assert name == "screen.png" and Image.open(io.BytesIO(data)).size == (40, 30)


def test_the_figures_agree_with_a_count_by_hand(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.execute(
            select(
                Mention.id, Mention.sentiment, Mention.collected_at, Mention.deadline_at, Mention.place
            ).where(Mention.client_id == brand)
        ).all()
    due = sorted((r for r in rows if r.deadline_at is not None), key=lambda r: r.id)
    answered = {r.id: r.collected_at + dt.timedelta(minutes=10 * (i + 1)) for i, r in enumerate(due[:10])}
    with db.transaction() as session:
        for ident, at in answered.items():
            mentions.add_reply(session, ident, "Спасибо, разбираемся", at)
    now = max(r.deadline_at for r in due) + dt.timedelta(days=1)
    with db.reading() as session:
        result = figures(session, brand, now=now)
    counts = {s: sum(r.sentiment == s for r in rows) for s in ("positive", "neutral", "negative")}
    assert result.total == 260 and result.by_sentiment["negative"] == counts["negative"] == 85
    assert float(result.negative_share or 0) == pytest.approx(85 * 100 / sum(counts.values()))
    assert sum(sum(day.values()) for _, day in result.by_day) == 260
    # Ten answers after 10, 20, … 100 minutes: the median is 55 minutes, the 90th percentile 90.
    assert (result.answered, result.response_median, result.response_p90) == (
        10, dt.timedelta(minutes=55), dt.timedelta(minutes=90),
    )  # fmt: skip
    on_time = sum(answered[r.id] <= r.deadline_at for r in due[:10])
    assert result.compliance.due == len(due)
    assert float(result.compliance.percent or 0) == pytest.approx(on_time * 100 / len(due))
    assert sum(c.due for c in result.by_channel.values()) == len(due)
    places: dict[str, int] = {}
    for r in rows:
        places[r.place] = places.get(r.place, 0) + 1
    assert result.top_places[0] == max(places.items(), key=lambda item: (item[1], item[0]))


def test_the_ranking_takes_the_planners_score_and_measures_the_services(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        ranked = choice.choice(session, brand)
        sightings = session.execute(
            select(MentionSighting.service, MentionSighting.collected_at, Mention.published_at).join(
                Mention, Mention.id == MentionSighting.mention_id
            )
        ).all()
    totals = [p.total for p in ranked.placements if p.verdict is Verdict.RANKED]
    assert totals == sorted(totals, reverse=True) and ranked.placements[0].rank == 1
    youscan = ranked.measured["YouScan"]
    assert (youscan.found, ranked.measured["Brand Analytics"].found) == (180, 160)
    assert float(youscan.share) == pytest.approx(180 * 100 / 260) and youscan.only_here == 100
    delays = sorted(c - p for s, c, p in sightings if s == "YouScan" and c is not None and p is not None)
    assert youscan.delay_p90 == delays[-(-90 * len(delays) // 100) - 1]
    last = [p for p in ranked.placements if p.verdict is Verdict.RANKED][-1].service
    with db.transaction() as session:
        for criterion in Criterion:
            choice.set_score(session, brand, last, criterion, 5, "пробный период", dt.date(2026, 12, 1))
    with db.reading() as session:
        again = choice.choice(session, brand)
    assert again.placements[0].service == last
    score = next(s for s in again.services if s.name == last).scores[Criterion.SPEED]
    assert (score.value, score.source, score.date) == (5, "пробный период", dt.date(2026, 12, 1))
    with pytest.raises(ValidationError), db.transaction() as session:
        choice.set_score(session, brand, last, Criterion.SPEED, 7, "так", None)


def test_the_library_compiles_tests_and_marks(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        library.save_list(session, brand, "бренд", ['"Северный Ветер"', "severnyveter"])
        query, _ = library.save_query(session, brand, "Доставка", "{бренд} AND доставка")
    with pytest.raises(ValidationError) as refused, db.transaction() as session:
        library.save_query(session, brand, "Сломанный", "доставка AND (курьер")
    assert refused.value.params["position"] == 14  # where the unclosed ( stands
    with db.reading() as session:
        lists_ = library.library(session, brand)
        run = library.run_query(session, brand, "{бренд} AND доставка", query_id=query)
        texts = dict(
            session.execute(select(Mention.id, Mention.text).where(Mention.client_id == brand)).all()
        )
    compiled = library.compile_text("{бренд} AND доставка", "Brandwatch", lists_)
    assert compiled.ok and "severnyveter" in compiled.text and "доставкой" in compiled.text
    by_hand = sorted(i for i, t in texts.items() if "северный ветер" in t.lower() and "доставк" in t.lower())
    assert run.matched and set(run.matched) <= set(by_hand)
    with db.transaction() as session:
        for ident in run.matched[:4]:
            library.mark(session, query, ident, ident != run.matched[0])
    with db.reading() as session:
        marked = library.run_query(session, brand, "{бренд} AND доставка", query_id=query)
        change = library.effect(session, brand, "{бренд} AND доставка", "{бренд} AND доставка NOT курьер")
    assert marked.precision is not None and (marked.precision.relevant, marked.precision.marked) == (3, 4)
    assert change.gained == () and all("курьер" in texts[i].lower() for i in change.lost)
    assert change.kept == len(run.matched) - len(change.lost)


def test_the_brands_sla_and_working_hours_move_the_deadlines(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from smmdesk.domain.reputation.sla import Severity
    from smmdesk.domain.reputation.sources import ChannelKind
    from smmdesk.services.reputation import brands

    mention = a_negative(db, brand)
    with db.transaction() as session:
        old = brands.set_sla(session, brand, {(Severity.S3, ChannelKind.SOCIAL): Decimal(2)})
    with db.reading() as session:
        assert mentions.detail(session, mention.id).deadline == mention.collected_at + dt.timedelta(hours=2)
    with db.transaction() as session:
        brands.set_sla(session, brand, old)
        brands.update_brand(session, brand, {"working_hours": True})
    with db.reading() as session:
        due = mentions.detail(session, mention.id).deadline
    assert due is not None
    # Working hours 9:00–18:00 Moscow on working days: 4 hours of them are never less than 4 hours,
    # and the deadline falls inside a working day.
    local = due.astimezone(dt.timezone(dt.timedelta(hours=3)))
    assert due >= mention.collected_at + dt.timedelta(hours=4)
    assert local.weekday() < 5 and dt.time(9) < local.time() <= dt.time(18)
