"""RULES.md's mention rules: links, sentiment, times in UTC, the same mention, merging a batch."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.links import host_of, normalize_link
from smmdesk.domain.reputation.mentions import Author, Mention, Sighting, batch_keys, merge_batch
from smmdesk.domain.reputation.sentiment import Sentiment, normalize_sentiment, share_of_negative
from smmdesk.domain.reputation.sources import ChannelKind, SourceKind, channel_kind, kind_from_link
from smmdesk.domain.reputation.times import collection_delay, iso_utc, parse_moment

UTC = dt.UTC


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "http://lenta.ru/news/2026/11/24797/?utm_source=monitoring&utm_medium=export",
            "https://lenta.ru/news/2026/11/24797",
        ),
        ("https://WWW.INSTAGRAM.COM/p/r41m0dzekum/?igshid=abc123", "https://instagram.com/p/r41m0dzekum"),
        ("https://m.dzen.ru/a/3bf2kazysnp/?igshid=abc123", "https://dzen.ru/a/3bf2kazysnp"),
        ("https://VK.COM/wall-4244662_86761/?from=feed", "https://vk.com/wall-4244662_86761"),
        (
            "https://shop.ru/item?id=7&fbclid=x&yclid=1&gclid=2&si=3&ref=4#reviews",
            "https://shop.ru/item?id=7",
        ),
        ("https://shop.ru/Item/CaseKept", "https://shop.ru/Item/CaseKept"),  # the path keeps its case
        ("  ", ""),
        ("vk.com/wall-1_2", "https://vk.com/wall-1_2"),
        ("m.ru/x", "https://m.ru/x"),  # a host that is only "m." plus a zone keeps its name
    ],
)
def test_links_normalize_as_rules_md_says(raw: str, expected: str) -> None:
    assert normalize_link(raw) == expected


def test_the_hosts_of_two_spellings_are_one() -> None:
    assert host_of("http://m.vk.com/wall-1") == host_of("https://vk.com/wall-2") == "vk.com"


@given(
    st.sampled_from(["http", "https", "HTTP"]),
    st.sampled_from(["", "www.", "m."]),
    st.from_regex(r"[a-z]{1,8}\.(ru|com)", fullmatch=True),
    st.from_regex(r"(/[a-z0-9_-]{1,6}){0,3}/?", fullmatch=True),
    st.lists(st.sampled_from(["utm_source=a", "igshid=b", "from=feed", "id=3", "page=2"]), max_size=4),
)
def test_a_normalized_link_is_a_fixed_point_and_drops_every_tracker(
    scheme: str, prefix: str, host: str, path: str, params: list[str]
) -> None:
    link = f"{scheme}://{prefix}{host}{path}" + ("?" + "&".join(params) if params else "")
    once = normalize_link(link)
    assert normalize_link(once) == once
    assert once.startswith(f"https://{host}")
    assert not any(t in once for t in ("utm_", "igshid", "from="))
    assert ("id=3" in once) == ("id=3" in params)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("Позитивная", Sentiment.POSITIVE),
        ("позитив", Sentiment.POSITIVE),
        ("pos", Sentiment.POSITIVE),
        ("+", Sentiment.POSITIVE),
        ("1", Sentiment.POSITIVE),
        (" Negative ", Sentiment.NEGATIVE),
        ("−", Sentiment.NEGATIVE),
        ("-1", Sentiment.NEGATIVE),
        ("Негативная", Sentiment.NEGATIVE),
        ("нейтрально", Sentiment.NEUTRAL),
        ("0", Sentiment.NEUTRAL),
        ("neu", Sentiment.NEUTRAL),
        ("не определена", Sentiment.UNKNOWN),
        ("", Sentiment.UNKNOWN),
        ("смешанная", Sentiment.UNKNOWN),
    ],
)
def test_sentiment_words(word: str, value: Sentiment) -> None:
    assert normalize_sentiment(word) is value


def test_share_of_negative_leaves_unknown_out() -> None:
    values = (
        [Sentiment.NEGATIVE] * 3 + [Sentiment.POSITIVE] * 4 + [Sentiment.NEUTRAL] + [Sentiment.UNKNOWN] * 5
    )
    assert share_of_negative(values) == Decimal(3) * 100 / 8  # 37.5 %, not 3/13
    assert share_of_negative([Sentiment.UNKNOWN]) is None


def test_times_without_a_zone_are_in_the_files_zone() -> None:
    assert iso_utc(parse_moment("03.11.2026", time_text="12:17")) == "2026-11-03T09:17:00Z"
    assert iso_utc(parse_moment("01.11.2026 23:26:00")) == "2026-11-01T20:26:00Z"
    assert iso_utc(parse_moment("2026-11-01 23:26", zone="Asia/Yekaterinburg")) == "2026-11-01T18:26:00Z"
    # A zone written in the cell wins over the file's zone.
    assert iso_utc(parse_moment("2026-11-01T23:26:00Z", zone="Asia/Tokyo")) == "2026-11-01T23:26:00Z"
    assert iso_utc(parse_moment("2026-11-01T23:26:00.125+05:00")) == "2026-11-01T18:26:00Z"
    assert parse_moment("  ") is None


def test_a_zone_with_summer_time_uses_the_offset_of_that_day() -> None:
    assert iso_utc(parse_moment("01.07.2026 12:00", zone="Europe/Berlin")) == "2026-07-01T10:00:00Z"
    assert iso_utc(parse_moment("01.12.2026 12:00", zone="Europe/Berlin")) == "2026-12-01T11:00:00Z"


@pytest.mark.parametrize("text", ["вчера", "31.02.2026 10:00", "2026-13-01", "01.11.2026 25:00", "12:17"])
def test_an_unreadable_time_is_refused_with_the_text(text: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_moment(text)
    assert text in str(caught.value)


def test_an_unknown_zone_is_refused_in_words() -> None:
    with pytest.raises(ValidationError, match="Mars/Olympus is not a time zone"):
        parse_moment("01.11.2026 10:00", zone="Mars/Olympus")


def test_collection_delay_needs_both_times() -> None:
    published = dt.datetime(2026, 11, 1, 20, 26, tzinfo=UTC)
    assert collection_delay(published, published + dt.timedelta(minutes=5)) == dt.timedelta(minutes=5)
    assert collection_delay(None, published) is None


def test_source_kinds_and_the_sla_column() -> None:
    assert kind_from_link("yandex.ru", "/maps/org/1/reviews") is SourceKind.REVIEWS
    assert kind_from_link("www.2gis.ru", "/moscow/firm/1") is SourceKind.REVIEWS
    assert kind_from_link("lenta.ru", "/news/1") is SourceKind.MEDIA
    assert kind_from_link("t.me") is SourceKind.MESSENGER
    assert channel_kind(SourceKind.MESSENGER, 99_999) is ChannelKind.SOCIAL
    assert channel_kind(SourceKind.MESSENGER, 100_000) is ChannelKind.PRESS  # a channel of 100 000
    assert channel_kind(SourceKind.REVIEWS, 500_000) is ChannelKind.REVIEWS
    assert channel_kind(SourceKind.MEDIA) is ChannelKind.PRESS


def mention(link: str, service: str, mention_id: str = "", row: int = 0, **values: object) -> Mention:
    sighting = Sighting(service, mention_id, link, values.pop("collected", None), "", row)  # type: ignore[arg-type]
    return Mention(normalize_link(link), (sighting,), **values)  # type: ignore[arg-type]


def test_a_mention_from_two_services_is_one_mention_listing_both() -> None:
    known = [
        mention(
            "https://vk.com/wall-1_1", "YouScan", "m1", text="Курьер опоздал", sentiment=Sentiment.NEGATIVE
        )
    ]
    batch = [
        mention(
            "http://www.vk.com/wall-1_1/?from=feed",
            "Brand Analytics",
            row=2,
            text="другой текст",
            author=Author(followers=120),
            sentiment=Sentiment.POSITIVE,
        ),
        mention("https://t.me/chan/5", "Brand Analytics", row=3),
    ]
    result = merge_batch(known, batch)
    assert result.counts == (1, 1, 0)
    before, after = result.extended[0]
    assert before is known[0]
    assert after.services == ("YouScan", "Brand Analytics")
    assert after.text == "Курьер опоздал" and after.sentiment is Sentiment.NEGATIVE  # the known values stay
    assert after.author.followers == 120  # what it lacked is filled
    assert [m.link for m in result.added] == ["https://t.me/chan/5"]


def test_the_same_service_and_id_is_the_same_mention_whatever_the_link() -> None:
    known = [mention("https://vk.com/wall-1_1", "YouScan", "m1")]
    again = mention("https://vk.com/wall-1_1?reply=7", "youscan", "m1", row=5)  # a link the service changed
    result = merge_batch(known, [again])
    assert result.counts == (0, 1, 0) and result.extended == ()


def test_a_reimport_adds_only_what_is_new() -> None:
    first = [mention(f"https://dzen.ru/a/{i}", "YouScan", f"m{i}", row=i + 2) for i in range(5)]
    after_first = merge_batch([], first)
    assert after_first.counts == (5, 0, 0)
    second = [*first[2:], mention("https://dzen.ru/a/new", "YouScan", "m9", row=9)]
    result = merge_batch(after_first.added, second)
    assert result.counts == (1, 3, 0)
    assert result.added[0].link == "https://dzen.ru/a/new"


def test_a_row_repeating_an_earlier_row_of_the_file_is_skipped_with_that_row() -> None:
    rows = [mention("https://vk.com/x", "YouScan", row=2), mention("http://vk.com/x/", "YouScan", row=7)]
    result = merge_batch([], rows)
    assert result.counts == (1, 0, 1)
    assert result.skipped[0].row == 7
    assert result.skipped[0].render() == "the same mention as row 2"


def test_the_first_collection_starts_the_clock_and_keys_name_what_to_load() -> None:
    early = dt.datetime(2026, 11, 1, 10, tzinfo=UTC)
    a = mention("https://vk.com/x", "YouScan", "m1", collected=early + dt.timedelta(hours=2))
    b = mention("https://vk.com/x", "IQBuzz", "i1", collected=early)
    merged = merge_batch([a], [b]).extended[0][1]
    assert merged.collected == early
    links, ids = batch_keys([a, b])
    assert links == {"https://vk.com/x"} and ids == {("youscan", "m1"), ("iqbuzz", "i1")}


@given(
    st.lists(
        st.tuples(
            st.sampled_from(["YouScan", "IQBuzz", "Brand Analytics"]), st.integers(0, 12), st.booleans()
        ),
        min_size=1,
        max_size=30,
    )
)
def test_importing_the_same_batch_again_adds_nothing_and_changes_nothing(
    rows: list[tuple[str, int, bool]],
) -> None:
    batch = [
        mention(f"https://vk.com/wall-1_{n}" if with_link else "", service, f"id{n}", row=i + 2, text=f"t{n}")
        for i, (service, n, with_link) in enumerate(rows)
    ]
    first = merge_batch([], batch)
    known = first.known_after([])
    again = merge_batch(known, batch)
    assert again.added == () and again.extended == ()
    assert len(again.same) + len(again.skipped) == len(batch)
    # Every mention is known once: by its link, or by its service and id where it has no link.
    assert len({m.keys() for m in known}) == len(known)
