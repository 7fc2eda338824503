"""The mentions queue on a file and on a server: full-text search with word forms finds the same
mentions on both engines, every filter keeps what it says, the queue runs by deadline and an
overdue mention says how late it is."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pymorphy3
import pytest
from sqlalchemy import select, update

from smmdesk.domain.reputation.search import words
from smmdesk.services import campaigns
from smmdesk.services.reputation import mention_import as imp
from smmdesk.services.reputation.queue import QueueFilter, matching_ids, queue, services_of
from smmdesk.storage.models import Mention

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
MORPH = pymorphy3.MorphAnalyzer()


@pytest.fixture
def brand(db) -> int:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        client = campaigns.create_client(session, "Северный Ветер")
        for name in ("mentions_youscan.xlsx", "mentions_brandanalytics.csv"):
            imp.apply_import(session, imp.preview_import(session, client, SAMPLES / name))
    return client


def write(db, client: int, tmp_path: Path, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "extra.csv"
    path.write_text("Ссылка;Текст;Автор;Дата публикации;Тональность\n" + "\n".join(lines) + "\n", "utf-8")
    with db.transaction() as session:
        imp.apply_import(session, imp.preview_import(session, client, path, service="IQBuzz"))


def search(db, client: int, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return matching_ids(session, client, QueueFilter(search=text))


def by_hand(db, client: int, text: str) -> list[int]:  # type: ignore[no-untyped-def]
    """The same search done another way: pymorphy3's normal forms compared word by word, and a
    word of the box of three letters or more also taking the words it begins."""

    def normal(word: str) -> set[str]:
        return {p.normal_form.replace("ё", "е") for p in MORPH.parse(word)} | {word}

    wanted = [(w, normal(w)) for w in dict.fromkeys(words(text))]
    found = []
    with db.reading() as session:
        rows = session.execute(
            select(Mention.id, Mention.text, Mention.author_name, Mention.author_handle)
            .where(Mention.client_id == client)
            .order_by(Mention.id)
        )
        for ident, body, name, handle in rows:
            have = words(f"{body} {name} {handle}")
            forms = set().union(*(normal(w) for w in have)) if have else set()
            if all(
                forms & lemmas or (len(w) >= 3 and any(h.startswith(w) for h in have)) for w, lemmas in wanted
            ):
                found.append(ident)
    return found


def test_a_search_finds_every_word_form_and_the_words_it_begins(db, brand: int, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    write(
        db,
        brand,
        tmp_path,
        [
            "https://vk.com/wall-9_1;Курьер опоздал с доставкой на час;Ирина Ёлкина;01.11.2026 10:00;негатив",
            "https://vk.com/wall-9_2;Курьерская служба работает отлично;Пётр;01.11.2026 11:00;позитив",
            "https://vk.com/wall-9_3;Доставки сегодня не будет;Анна;01.11.2026 12:00;нейтрально",
        ],
    )
    with db.reading() as session:
        ids = {
            text[:10]: ident
            for ident, text in session.execute(
                select(Mention.id, Mention.text).where(Mention.link.like("%wall-9_%"))
            )
        }
    first, second, third = ids["Курьер опо"], ids["Курьерская"], ids["Доставки с"]
    assert {first, third} <= set(search(db, brand, "доставка"))
    assert second not in search(db, brand, "доставка")
    assert {first, second} <= set(search(db, brand, "курьер"))
    both = set(search(db, brand, "курьер доставкой"))
    assert first in both and not {second, third} & both
    assert search(db, brand, "елкина") == [first]  # the author's name, ё as е
    assert search(db, brand, "ЁЛКИНОЙ") == [first]  # another case of the name


@pytest.mark.parametrize("text", ["доставка", "магазин москве", "северный ветер", "курьер", "отзыв", "ок"])
def test_the_index_finds_what_the_words_say_on_this_engine(db, brand: int, text: str) -> None:  # type: ignore[no-untyped-def]
    assert search(db, brand, text) == by_hand(db, brand, text)


def test_filters_keep_what_they_say(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    def ids(**chosen) -> set[int]:  # type: ignore[no-untyped-def]
        with db.reading() as session:
            return set(matching_ids(session, brand, QueueFilter(**chosen)))

    def where(*conditions) -> set[int]:  # type: ignore[no-untyped-def]
        with db.reading() as session:
            return set(session.scalars(select(Mention.id).where(Mention.client_id == brand, *conditions)))

    everything = ids()
    assert len(everything) == 260
    negative = ids(sentiment="negative")
    assert len(negative) == 85 and negative == where(Mention.sentiment == "negative")
    assert len(ids(service="YouScan")) == 180 and len(ids(service="brand analytics")) == 160
    assert ids(source="reviews") == where(Mention.source_kind == "reviews") != set()
    # The planner's correction wins over the services' word.
    one = min(negative)
    with db.transaction() as session:
        session.execute(update(Mention).where(Mention.id == one).values(sentiment_set="positive"))
    assert one not in ids(sentiment="negative") and one in ids(sentiment="positive")
    november_3 = ids(start=dt.date(2026, 11, 3), end=dt.date(2026, 11, 3))
    # 3 November in Moscow: 2 November 21:00 UTC to 3 November 21:00 UTC.
    assert november_3 == where(
        Mention.published_at >= dt.datetime(2026, 11, 2, 21, tzinfo=dt.UTC),
        Mention.published_at < dt.datetime(2026, 11, 3, 21, tzinfo=dt.UTC),
    )
    assert november_3 and ids(search="северный", sentiment="negative") <= negative
    with db.reading() as session:
        assert services_of(session, brand) == ["Brand Analytics", "YouScan"]


def test_the_queue_runs_by_deadline_and_says_how_late(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        deadlines = sorted(
            session.scalars(
                select(Mention.deadline_at).where(
                    Mention.client_id == brand, Mention.deadline_at.is_not(None)
                )
            )
        )
    now = deadlines[len(deadlines) // 2] + dt.timedelta(minutes=90)
    with db.reading() as session:
        page = queue(session, brand, now=now, limit=None)
        overdue = queue(session, brand, QueueFilter(overdue=True), now=now, limit=None)
    dated = [r.deadline for r in page.rows if r.deadline is not None]
    assert dated == deadlines and all(r.deadline is None for r in page.rows[len(dated) :])
    assert page.total == 260
    assert overdue.total == sum(d < now for d in deadlines)
    assert all(r.late == now - r.deadline for r in overdue.rows if r.deadline is not None)
    assert overdue.rows[-1].late == now - deadlines[overdue.total - 1]
    with db.reading() as session:
        assert queue(session, brand, QueueFilter(overdue=True), now=now, limit=3).rows == overdue.rows[:3]


def test_a_large_total_is_counted_up_to_its_cap(db, brand: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reputation import queue as queue_module

    monkeypatch.setattr(queue_module, "COUNTED", 100)
    with db.reading() as session:
        page = queue(session, brand, limit=10)
        few = queue(session, brand, QueueFilter(sentiment="negative", search="курьер"), limit=10)
    assert (page.total, page.more_than_counted, len(page.rows)) == (101, True, 10)
    assert few.total < 100 and not few.more_than_counted


def test_a_search_is_listed_in_the_queue_order_however_it_is_read(db, brand: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A search matching few mentions is read from its matches and sorted; one matching more than
    the count's cap is read in the order of the brand's indexes. Both list what the search found
    by hand, in the order of the whole queue."""
    from smmdesk.services.reputation import queue as queue_module

    now = dt.datetime(2026, 11, 20, tzinfo=dt.UTC)
    wanted = set(by_hand(db, brand, "доставка"))
    with db.reading() as session:
        everything = queue(session, brand, now=now, limit=None).rows
        from_matches = queue(session, brand, QueueFilter(search="доставка"), now=now)
    expected = [r for r in everything if r.id in wanted]
    assert len(expected) >= 5 and any(r.deadline for r in expected) and any(not r.deadline for r in expected)
    assert from_matches.rows == expected and from_matches.total == len(expected)
    monkeypatch.setattr(queue_module, "COUNTED", 2)
    with db.reading() as session:
        by_index = queue(session, brand, QueueFilter(search="доставка"), now=now)
        first = queue(session, brand, QueueFilter(search="доставка"), now=now, limit=3)
    assert by_index.rows == expected and by_index.more_than_counted
    assert first.rows == expected[:3]


def test_a_search_counts_the_brands_own_mentions_beside_another_brands(db, brand: int) -> None:  # type: ignore[no-untyped-def]
    """Alone in the file a brand's search is counted from the index alone; beside another brand
    holding the same mentions, each brand's count is still its own."""
    with db.reading() as session:
        alone = queue(session, brand, QueueFilter(search="доставка")).total
    assert alone == len(by_hand(db, brand, "доставка")) > 0
    with db.transaction() as session:
        other = campaigns.create_client(session, "Южный Берег")
        imp.apply_import(session, imp.preview_import(session, other, SAMPLES / "mentions_youscan.xlsx"))
    with db.reading() as session:
        mine = queue(session, brand, QueueFilter(search="доставка")).total
        theirs = queue(session, other, QueueFilter(search="доставка")).total
    assert mine == alone and theirs == len(by_hand(db, other, "доставка")) > 0
