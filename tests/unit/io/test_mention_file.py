"""Services' exports read into mentions: the samples to their truth, headers, bad input."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from smmdesk.domain.errors import ImportFileError, ValidationError
from smmdesk.domain.reputation.columns import find_header, match_columns
from smmdesk.domain.reputation.mentions import merge_batch
from smmdesk.domain.reputation.rows import ReadOptions
from smmdesk.domain.reputation.service_names import canonical_service, guess_service
from smmdesk.domain.reputation.times import iso_utc
from smmdesk.io.mention_file import read_mentions_file

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"


def as_truth(path: Path, **options: str) -> list[dict[str, str]]:
    parsed = read_mentions_file(path, ReadOptions(**options)).parsed
    return [
        {"link": m.link, "published": iso_utc(m.published), "sentiment": m.sentiment.value}
        for m in parsed.mentions
    ]


@pytest.mark.parametrize("name", ["mentions_youscan.xlsx", "mentions_brandanalytics.csv"])
def test_each_sample_reads_to_its_truth(name: str) -> None:
    truth = json.loads((SAMPLES / (Path(name).stem + ".truth.json")).read_text("utf-8"))
    assert as_truth(SAMPLES / name) == truth


def test_both_samples_in_order_merge_to_the_shared_truth() -> None:
    truth = json.loads((SAMPLES / "mentions_shared_all.truth.json").read_text("utf-8"))
    known: tuple = ()
    counts = []
    for name in truth["files_in_order"]:
        result = merge_batch(known, read_mentions_file(SAMPLES / name).parsed.mentions)
        counts.append(result.counts)
        known = result.known_after(known)
    assert len(known) == truth["distinct"]
    assert dict(Counter(m.sentiment.value for m in known)) == truth["by_sentiment"]
    assert counts == [(180, 0, 0), (80, 80, 0)]
    both = [m for m in known if len(m.services) == 2]
    assert len(both) == 80 and all(m.services == ("YouScan", "Brand Analytics") for m in both)
    # Importing the second file again adds nothing.
    again = merge_batch(known, read_mentions_file(SAMPLES / truth["files_in_order"][1]).parsed.mentions)
    assert again.counts == (0, 160, 0) and again.extended == ()


def test_the_youscan_sample_keeps_every_field() -> None:
    file = read_mentions_file(SAMPLES / "mentions_youscan.xlsx")
    first = file.parsed.mentions[0]
    assert file.options.service == "YouScan"
    assert first.sightings[0].mention_id == "m00021"
    assert first.link_as_imported == "https://instagram.com/p/qqjrznxxpqp?igshid=abc123"
    assert iso_utc(first.collected) == "2026-11-01T20:31:00Z"  # 23:31 Moscow
    assert (first.author.name, first.author.followers) == ("Денис Козлов", 83577)
    assert (first.place, first.source_kind.value, first.engagement, first.reach) == (
        "instagram.com",
        "social",
        744,
        34794,
    )
    assert first.sentiment_raw == "позитив" and first.tags == ("бренд",)


def test_brand_analytics_date_and_time_in_two_columns_and_its_audience() -> None:
    file = read_mentions_file(SAMPLES / "mentions_brandanalytics.csv")
    assert file.table.encoding == "cp1251"
    assert [file.mapping[i] for i in (0, 1)] == ["published", "published_time"]
    first = file.parsed.mentions[0]
    assert iso_utc(first.published) == "2026-11-03T09:17:00Z"  # 03.11.2026 12:17 Moscow
    assert first.author.followers == 60558 and first.source_kind.value == "media"  # lenta.ru
    assert first.sentiment_raw == "Нейтральная"


def test_another_zone_for_the_file_moves_every_time() -> None:
    moscow = as_truth(SAMPLES / "mentions_brandanalytics.csv")
    yekaterinburg = as_truth(SAMPLES / "mentions_brandanalytics.csv", zone="Asia/Yekaterinburg")
    assert (
        moscow[0]["published"] == "2026-11-03T09:17:00Z"
        and yekaterinburg[0]["published"] == "2026-11-03T07:17:00Z"
    )


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (
            ["Date", "Time", "URL", "Author", "Followers", "Sentiment", "Snippet"],
            ["published", "published_time", "link", "author_name", "author_followers", "sentiment", "text"],
        ),
        (
            [
                "Дата публикации",
                "Дата сбора",
                "Ссылка на автора",
                "Ник автора",
                "Тип источника",
                "Охват",
                "Язык",
            ],
            ["published", "collected", "author_link", "author_handle", "source_kind", "reach", "language"],
        ),
        (
            ["Mention ID", "Service", "Published at", "Date added", "Full text", "Tags", "Engagement"],
            ["mention_id", "service", "published", "collected", "text", "tags", "engagement"],
        ),
    ],
)
def test_russian_and_english_headers(headers: list[str], fields: list[str]) -> None:
    assert match_columns(headers) == dict(enumerate(fields))


def test_title_rows_above_the_header_are_skipped() -> None:
    rows = [
        ["Отчёт YouScan за ноябрь"],
        [""],
        ["ID", "Ссылка", "Текст", "Тональность"],
        ["1", "https://vk.com/x", "t", "+"],
    ]
    assert find_header(rows) == 2


def test_service_names() -> None:
    assert canonical_service("brand analytics") == canonical_service("BrandAnalytics") == "Brand Analytics"
    assert canonical_service("Моя система") == "Моя система"
    assert guess_service("mentions_youscan.xlsx") == "YouScan"
    assert guess_service("mention_export.csv") == "Mention"
    assert guess_service("export.csv") == ""


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_an_unreadable_time_is_listed_and_a_row_without_link_and_text_is_skipped(tmp_path: Path) -> None:
    path = write(
        tmp_path / "export.csv",
        "Дата публикации;Ссылка;Текст;Подписчики\n"
        "вчера вечером;https://vk.com/wall-1_1;Курьер опоздал;много\n"
        ";;;\n"
        "01.11.2026 10:00;;;500\n"
        "01.11.2026 11:00;;Только текст;\n",
    )
    parsed = read_mentions_file(path, ReadOptions(service="IQBuzz")).parsed
    assert [m.text for m in parsed.mentions] == ["Курьер опоздал", "Только текст"]
    assert parsed.mentions[0].published is None and parsed.mentions[0].author.followers is None
    assert [(n.row, n.render()) for n in parsed.notes] == [
        (2, "Published: «вчера вечером» is not a date and time; left empty"),
        (2, "Author's followers: «много» is not a number; left empty"),
    ]
    assert [(s.row, s.render()) for s in parsed.skipped] == [(4, "neither a link nor a text: not a mention")]
    assert parsed.mentions[1].sightings[0].service == "IQBuzz"


def test_hostile_and_empty_files_are_refused_in_words(tmp_path: Path) -> None:
    binary = tmp_path / "mentions.csv"
    binary.write_bytes(bytes(range(256)) * 64)
    with pytest.raises(ImportFileError, match="binary"):
        read_mentions_file(binary)
    with pytest.raises(ImportFileError, match="no header row"):
        read_mentions_file(write(tmp_path / "numbers.csv", "1;2;3\n4;5;6\n"))
    with pytest.raises(ImportFileError, match="no mentions under it"):
        read_mentions_file(write(tmp_path / "header.csv", "Ссылка;Текст;Дата\n;;\n"))
    with pytest.raises(ValidationError, match="No column holds the link or the text"):
        read_mentions_file(write(tmp_path / "cols.csv", "Дата;Автор\n01.11.2026;A\n"))
    with pytest.raises(ValidationError, match="not a time zone"):
        read_mentions_file(SAMPLES / "mentions_brandanalytics.csv", ReadOptions(zone="Moscow"))


def test_a_corrected_mapping_replaces_the_matched_one(tmp_path: Path) -> None:
    path = write(tmp_path / "odd.csv", "Колонка А;Колонка Б;Ссылка\nпривет;+;https://t.me/c/1\n")
    file = read_mentions_file(path, mapping={0: "text", 1: "sentiment", 2: "link"})
    assert file.parsed.mentions[0].text == "привет" and file.parsed.mentions[0].sentiment.value == "positive"


def test_a_note_names_its_field_in_the_planners_language(tmp_path: Path) -> None:
    path = write(tmp_path / "export.csv", "Дата публикации;Ссылка\nвчера;https://vk.com/x\n")
    note = read_mentions_file(path).parsed.notes[0]
    russian = {
        ("MentionFields", "Published"): "Опубликовано",
        ("Errors", "{field}: «{text}» is not a date and time; left empty"): "{field}: «{text}» — не дата",
    }
    assert (
        note.render(lambda context, text: russian.get((context, text), text))
        == "Опубликовано: «вчера» — не дата"
    )
