"""Services' exports imported into a brand's mentions, on a file and on a server: the samples to their
truth, the same mention from two services kept once with both, a re-import adding nothing, a fault
or Cancel leaving nothing behind, undo and redo, and the deadline a new negative mention gets."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smmdesk.domain.errors import ImportFileError
from smmdesk.domain.reputation.times import iso_utc
from smmdesk.services import campaigns
from smmdesk.services.reputation import mention_import as imp
from smmdesk.storage.models import Mention, MentionSighting

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"


def brand(db) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        return campaigns.create_client(session, "Северный Ветер")


def import_file(db, client_id: int, path: Path, **options) -> imp.MentionImportResult:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        preview = imp.preview_import(session, client_id, path, **options)
        return imp.apply_import(session, preview)


def stored(db, client_id: int) -> list[dict[str, str]]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        rows = session.execute(
            select(Mention.link, Mention.published_at, Mention.sentiment)
            .where(Mention.client_id == client_id)
            .order_by(Mention.id)
        )
        return [
            {"link": r.link, "published": iso_utc(r.published_at), "sentiment": r.sentiment} for r in rows
        ]


def counts(db) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return (
            session.scalar(select(func.count()).select_from(Mention)) or 0,
            session.scalar(select(func.count()).select_from(MentionSighting)) or 0,
        )


@pytest.mark.parametrize("name", ["mentions_youscan.xlsx", "mentions_brandanalytics.csv"])
def test_each_sample_is_stored_as_its_truth(db, name: str) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    truth = json.loads((SAMPLES / (Path(name).stem + ".truth.json")).read_text("utf-8"))
    result = import_file(db, client, SAMPLES / name)
    assert (result.added, result.skipped) == (len(truth), 0)
    assert stored(db, client) == truth


def test_two_services_overlap_into_the_shared_truth_and_a_reimport_adds_nothing(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    truth = json.loads((SAMPLES / "mentions_shared_all.truth.json").read_text("utf-8"))
    first, second = (SAMPLES / name for name in truth["files_in_order"])
    one = import_file(db, client, first)
    two = import_file(db, client, second)
    assert (one.added, one.same, one.skipped) == (180, 0, 0)
    assert (two.added, two.same, two.skipped, two.extended) == (80, 80, 0, 80)
    with db.reading() as session:
        sentiments = Counter(session.scalars(select(Mention.sentiment).where(Mention.client_id == client)))
        services = Counter(tuple(sorted(names)) for names in _services_by_mention(session, client).values())
    assert sum(sentiments.values()) == truth["distinct"]
    assert dict(sentiments) == truth["by_sentiment"]
    assert services == {("YouScan",): 100, ("Brand Analytics",): 80, ("Brand Analytics", "YouScan"): 80}
    before = counts(db)
    again = import_file(db, client, second)
    assert (again.added, again.same, again.skipped) == (0, 160, 0)
    assert counts(db) == before


def _services_by_mention(session, client: int) -> dict[int, list[str]]:  # type: ignore[no-untyped-def]
    found: dict[int, list[str]] = {}
    rows = session.execute(
        select(MentionSighting.mention_id, MentionSighting.service)
        .join(Mention, Mention.id == MentionSighting.mention_id)
        .where(Mention.client_id == client)
    )
    for mention_id, service in rows:
        found.setdefault(mention_id, []).append(service)
    return found


def test_a_sighting_keeps_the_link_as_imported_and_its_collected_time(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    import_file(db, client, SAMPLES / "mentions_youscan.xlsx")
    with db.reading() as session:
        sighting = session.scalars(
            select(MentionSighting).where(MentionSighting.external_id == "m00021")
        ).one()
        mention = session.get_one(Mention, sighting.mention_id)
    assert sighting.link_raw == "https://instagram.com/p/qqjrznxxpqp?igshid=abc123"
    assert mention.link == "https://instagram.com/p/qqjrznxxpqp"
    assert iso_utc(sighting.collected_at) == "2026-11-01T20:31:00Z"
    assert (mention.author_name, mention.author_followers, mention.tags) == ("Денис Козлов", 83577, "бренд")


def test_a_new_negative_mention_gets_s3_and_its_deadline_by_rules_sla(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    import_file(db, client, SAMPLES / "mentions_youscan.xlsx")
    with db.reading() as session:
        negative = session.scalars(
            select(Mention).where(Mention.sentiment == "negative", Mention.source_kind == "reviews").limit(1)
        ).one()
        positive = session.scalars(
            select(Mention).where(Mention.sentiment == "positive", ~Mention.text.contains("?")).limit(1)
        ).one()
    # RULES.md: S3 on a review site is answered within 48 hours of collection, round the clock.
    assert negative.severity == "S3"
    assert negative.deadline_at == negative.collected_at + dt.timedelta(hours=48)
    assert (positive.severity, positive.deadline_at) == ("", None)


def test_cancel_rolls_the_whole_import_back(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    with pytest.raises(imp.ImportCancelled), db.transaction() as session:
        preview = imp.preview_import(session, client, SAMPLES / "mentions_youscan.xlsx")
        imp.apply_import(session, preview, cancelled=lambda: True)
    assert counts(db) == (0, 0)


def test_a_hostile_file_is_refused_and_nothing_changes(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    import_file(db, client, SAMPLES / "mentions_youscan.xlsx")
    before = counts(db)
    fake = tmp_path / "export.xlsx"
    fake.write_bytes(b"PK\x03\x04 this is no workbook" * 10)
    with pytest.raises(ImportFileError), db.transaction() as session:
        imp.preview_import(session, client, fake)
    assert counts(db) == before


def test_rows_without_link_and_text_and_with_unreadable_times_are_reported(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    path = tmp_path / "youscan.csv"
    path.write_text(
        "Ссылка;Текст;Дата публикации;Тональность\n"
        "https://vk.com/wall-1_1;Курьер опоздал;01.11.2026 10:00;негатив\n"
        ";;01.11.2026 10:00;негатив\n"
        "https://vk.com/wall-1_2;Доставка быстрая;вчера вечером;позитив\n",
        "utf-8",
    )
    with db.transaction() as session:
        preview = imp.preview_import(session, client, path, service="YouScan")
        report = imp.report_rows(preview)
        result = imp.apply_import(session, preview)
    assert (result.added, result.same, result.skipped) == (2, 0, 1)
    outcomes = {(row, outcome) for row, outcome, _, _ in report}
    assert ("3", "skipped") in outcomes and ("4", "value not taken") in outcomes


def test_undo_takes_the_import_back_and_redo_brings_the_same_ids(db) -> None:  # type: ignore[no-untyped-def]
    client = brand(db)
    import_file(db, client, SAMPLES / "mentions_youscan.xlsx")
    before = stored(db, client), counts(db)
    result = import_file(db, client, SAMPLES / "mentions_brandanalytics.csv")
    after = stored(db, client), counts(db)
    with db.transaction() as session:
        imp.undo_import(session, result.change)
    assert (stored(db, client), counts(db)) == before
    with db.transaction() as session:
        imp.redo_import(session, result.change)
    assert (stored(db, client), counts(db)) == after


def test_saved_mappings_are_kept_apart_from_the_influencer_imports(db) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services import influencer_import

    with db.transaction() as session:
        imp.save_mapping(session, "YouScan", ["Ссылка", "Текст"], {0: "link", 1: "text"})
    with db.reading() as session:
        assert imp.saved_mappings(session) == {"YouScan": {"Ссылка": "link", "Текст": "text"}}
        assert influencer_import.saved_mappings(session) == {}


def _indexes(db) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    from sqlalchemy import inspect

    with db.reading() as session:
        found = inspect(session.connection())
        return sorted(
            (table, str(index["name"]))
            for table in ("mention", "mention_sighting")
            for index in found.get_indexes(table)
        )


def test_a_large_first_import_builds_the_indexes_after_its_rows(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """An import larger than what the tables hold builds their indexes after its rows (on a file):
    the indexes are all there after it, and after a Cancel that rolled it back, and they find."""
    from smmdesk.services.reputation.queue import QueueFilter, queue
    from smmdesk.storage import bulk

    monkeypatch.setattr(bulk, "REBUILT_FROM", 10)
    before = _indexes(db)
    assert ("mention", "ix_mention_queue_deadline") in before
    client = brand(db)
    with pytest.raises(imp.ImportCancelled), db.transaction() as session:
        preview = imp.preview_import(session, client, SAMPLES / "mentions_youscan.xlsx")
        imp.apply_import(session, preview, cancelled=lambda: True)
    assert counts(db) == (0, 0) and _indexes(db) == before
    truth = json.loads((SAMPLES / "mentions_youscan.truth.json").read_text("utf-8"))
    assert import_file(db, client, SAMPLES / "mentions_youscan.xlsx").added == len(truth)
    assert _indexes(db) == before and stored(db, client) == truth
    with db.reading() as session:
        negative = queue(session, client, QueueFilter(sentiment="negative"), limit=None)
    assert negative.total == sum(t["sentiment"] == "negative" for t in truth) > 0


def _rows_of(db, client: int) -> list[tuple[object, ...]]:  # type: ignore[no-untyped-def]
    """A brand's mentions as stored, each with its sightings, in the order they were added — every
    column but the ids, the brand and the moments of writing."""
    left_out = {"id", "client_id", "mention_id", "imported_at", "created_at", "changed_at", "row_version"}
    mentions, sightings = Mention.__table__, MentionSighting.__table__
    with db.reading() as session:
        seen: dict[int, list[tuple[object, ...]]] = {}
        for s in session.execute(
            select(sightings).join(mentions, mentions.c.id == sightings.c.mention_id)
            .where(mentions.c.client_id == client).order_by(sightings.c.id)
        ).mappings():  # fmt: skip
            seen.setdefault(s["mention_id"], []).append(tuple(v for k, v in s.items() if k not in left_out))
        return [
            (tuple(v for k, v in m.items() if k not in left_out), tuple(seen.get(m["id"], ())))
            for m in session.execute(
                select(mentions).where(mentions.c.client_id == client).order_by(mentions.c.id)
            ).mappings()
        ]


def _found(db, client: int, words: str) -> list[str]:  # type: ignore[no-untyped-def]
    from smmdesk.services.reputation.queue import QueueFilter, queue

    with db.reading() as session:
        page = queue(session, client, QueueFilter(search=words), limit=None)
    return sorted(row.link for row in page.rows)


def test_the_large_import_path_stores_what_the_row_by_row_path_stores(
    db, monkeypatch, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The same files, with their duplicates (80 mentions both services found, rows repeated in a
    file, a file imported twice), imported for one brand by the path a large import takes (indexes
    built after the rows, the full-text index filled in one statement at the end) and for another
    row by row: the same mentions, sightings, counts, and searches finding the same mentions."""
    from smmdesk.storage import bulk, mention_search

    lines = (SAMPLES / "mentions_brandanalytics.csv").read_bytes().split(b"\r\n")
    repeated = tmp_path / "brandanalytics_repeated.csv"
    repeated.write_bytes(b"\r\n".join([*lines, *lines[1:6]]))  # five rows of the file again
    files = (SAMPLES / "mentions_youscan.xlsx", repeated, SAMPLES / "mentions_brandanalytics.csv")
    searches = ("курьер", "доставкой", "северный ветер", "возврат", "опоздал курьер")
    outcomes = {}
    for path_taken, threshold in (("large", 1), ("row by row", 10**9)):
        monkeypatch.setattr(bulk, "REBUILT_FROM", threshold)
        monkeypatch.setattr(mention_search, "INDEXED_AFTER_FROM", threshold)
        client = brand(db)
        results = [import_file(db, client, path) for path in files]
        outcomes[path_taken] = (
            [(r.added, r.same, r.skipped, r.extended) for r in results],
            _rows_of(db, client),
            [_found(db, client, words) for words in searches],
        )
    large, row_by_row = outcomes["large"], outcomes["row by row"]
    assert large[0] == row_by_row[0] == [(180, 0, 0, 0), (80, 83, 2, 80), (0, 160, 0, 0)]
    assert len(large[1]) == 260 and large[1] == row_by_row[1]
    assert all(large[2]) and large[2] == row_by_row[2]
    if db.engine.dialect.name == "sqlite":
        with db.transaction() as session:  # FTS5 checks its index against the mentions it indexes
            session.connection().exec_driver_sql(
                "INSERT INTO mention_fts(mention_fts, rank) VALUES ('integrity-check', 1)"
            )


def test_a_large_import_cancelled_keeps_the_full_text_index_whole(db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Cancel in the middle of a large import: nothing stays, the full-text index's trigger is back,
    and the next import's mentions are found by a search."""
    from smmdesk.storage import mention_search

    monkeypatch.setattr(mention_search, "INDEXED_AFTER_FROM", 1)
    client = brand(db)
    with pytest.raises(imp.ImportCancelled), db.transaction() as session:
        preview = imp.preview_import(session, client, SAMPLES / "mentions_youscan.xlsx")
        imp.apply_import(session, preview, cancelled=lambda: True)
    assert counts(db) == (0, 0)
    monkeypatch.setattr(mention_search, "INDEXED_AFTER_FROM", 10**9)
    import_file(db, client, SAMPLES / "mentions_youscan.xlsx")  # row by row: the trigger indexes
    assert _found(db, client, "курьер")
