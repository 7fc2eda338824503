"""Word forms and spellings, the compilers against each service's limits, the matcher and the tester."""

from __future__ import annotations

from decimal import Decimal

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.compile import compile_query
from smmdesk.domain.reputation.query.library import library_of, named_list
from smmdesk.domain.reputation.query.matcher import Corpus, Matcher, Target, target_of
from smmdesk.domain.reputation.query.morphology import layout_slip, spellings, transliterate, word_forms
from smmdesk.domain.reputation.query.syntax import parse_query
from smmdesk.domain.reputation.query.tester import compare, precision, sample_to_mark
from smmdesk.domain.reputation.query.tree import Form, Word

DOSTAVKA = {
    "доставка",
    "доставки",
    "доставке",
    "доставку",
    "доставкой",
    "доставкою",
    "доставок",
    "доставкам",
    "доставками",
    "доставках",
}


def test_every_case_and_number_of_a_noun_and_an_adjective() -> None:
    assert word_forms("Доставка") == DOSTAVKA  # 6 cases × 2 numbers, with the syncretic ones once
    northern = word_forms("северный")
    assert {"северный", "северная", "северное", "северные", "северного", "северной", "северными"} <= northern
    assert not {"севернее", "северен"} & northern  # no comparative, no short form


def test_a_brand_the_dictionary_does_not_know_gets_spellings_offered() -> None:
    offer = spellings("ВкусВилл")
    assert not offer.known
    assert offer.offered == ("vkusvill", "drecdbkk")  # the standard ЙЦУКЕН ↔ QWERTY keys
    assert {"вкусвилла", "вкусвилле", "вкусвиллу"} <= offer.forms  # predicted as a noun
    assert spellings("доставка").offered == ()
    assert transliteration_examples() == ["shchuka", "yozh", "zhurnal", "tsvet", "yula"]
    assert layout_slip("ghbdtn") == "привет"
    assert word_forms("vkusvill") == {"vkusvill"}


def transliteration_examples() -> list[str]:
    return [transliterate(w) for w in ("щука", "йож", "журнал", "цвет", "юла")]


LIB = library_of(
    [
        named_list("бренд", ["ВкусВилл", "vkusvill"]),
        named_list("вакансии", ["ваканс*", '"требуется продавец"']),
    ]
)


def compiled(text: str, service: str) -> str:
    result = compile_query(parse_query(text), service, LIB)
    assert result.ok, [limit.render() for limit in result.limits]
    return result.text


def limits(text: str, service: str) -> list[str]:
    result = compile_query(parse_query(text), service, LIB)
    assert not result.ok and result.text == ""
    return [limit.render() for limit in result.limits]


def test_youscan_keeps_morphology_and_counts_the_step_of_its_distance() -> None:
    assert compiled('{бренд} AND (доставка OR "курьер") NOT {вакансии}', "YouScan") == (
        '(ВкусВилл OR vkusvill) AND (доставка OR "курьер") AND NOT (ваканс* OR "требуется продавец")'
    )
    assert compiled("курьер NEAR/0 опоздал", "youscan") == "курьер /1 опоздал"  # side by side


def test_youscan_needs_four_letters_before_the_star_and_has_no_ordered_distance() -> None:
    assert limits("дос* OR курьер NEAR/2f опоздал", "YouScan") == [
        "YouScan needs at least 4 letters before *: дос*",
        "YouScan's distance operator does not keep the order (NEAR/2f).",
    ]
    assert compiled("дост*", "YouScan") == "дост*"


def test_brandwatch_writes_forms_out_and_takes_no_leading_wildcard() -> None:
    text = compiled("доставка NEAR/2f опоздал* AND site:vk.com AND source:reviews", "Brandwatch")
    assert text.startswith("(доставка OR доставкам OR ")
    assert text.endswith(" NEAR/2f опоздал* AND site:vk.com AND pageType:review")
    assert set(text.split(" NEAR")[0].strip("()").split(" OR ")) == DOSTAVKA
    result = compile_query(Word("", Form.PREFIX), "Brandwatch")  # a tree typed by no parser
    assert [limit.render() for limit in result.limits] == [
        "Brandwatch takes no wildcard at the start of a word."
    ]


def test_talkwalker_at_most_50_operands_and_no_wildcard_in_proximity() -> None:
    assert compiled("доставка OR курьер", "Talkwalker").count(" OR ") == 19  # 10 + 10 forms, one OR
    nouns = ["доставка", "курьер", "магазин", "покупка", "заказ", "возврат"]
    written_out = sum(len(word_forms(noun)) for noun in nouns)
    assert written_out > 50
    assert limits(" OR ".join(nouns), "Talkwalker") == [
        "Talkwalker takes at most 50 operands; with every word form written out this query has "
        f"{written_out}."
    ]
    assert limits("достав* NEAR/2 курьер", "Talkwalker") == [
        "Talkwalker takes no wildcard inside a proximity: достав* next to NEAR; list the words instead."
    ]
    assert compiled('"курьер" NEAR/2f "опоздал" AND site:otzovik.com', "Talkwalker") == (
        'курьер ONEAR/2 опоздал AND site:"otzovik.com"'
    )


def test_brand_analytics_takes_comma_separated_spellings_and_exclusions_apart() -> None:
    result = compile_query(
        parse_query('({бренд} OR "вкус вилл") NOT вакансия NOT "требуется продавец"'), "BA", LIB
    )
    assert (result.text, result.exclusions) == (
        'ВкусВилл, vkusvill, "вкус вилл"',
        'вакансия, "требуется продавец"',
    )
    assert limits("{бренд} AND доставка", "Brand Analytics") == [
        "Brand Analytics takes comma-separated spellings (and exclusions set apart); this part is more: "
        "(ВкусВилл OR vkusvill) AND доставка"
    ]


def test_iqbuzz_and_awario() -> None:
    assert compiled("(нокиа OR nokia) AND смартфон", "IQBuzz") == "(нокиа | nokia) & смартфон"
    assert limits("нокиа NOT чехол", "IQBuzz") == [
        "IQBuzz has no exclusion operator we could confirm: NOT; set it in the topic."
    ]
    assert compiled("vkusvill NOT job", "Awario") == "vkusvill AND NOT job"
    assert limits("a NEAR/1 b AND language:ru", "Awario") == [
        "Awario has no proximity operator we could confirm: NEAR/1.",
        "Awario sets language: in the topic's filters, not in the query: language:ru.",
    ]


def test_an_unknown_service_is_refused_in_words() -> None:
    with pytest.raises(
        ValidationError, match="Queries are not compiled for Медиалогия; for: Brandwatch, YouScan"
    ):
        compile_query(parse_query("a"), "Медиалогия")


TEXTS = [
    "Во ВкусВилле курьер опоздал на два часа",  # 0
    "ВкусВилл: быстрая доставка!",  # 1
    "Вакансия курьера во ВкусВилл, требуется продавец",  # 2
    "курьеры снова опоздали, vkusvill",  # 3
    "Северный Ветер открыл магазин",  # 4
    "опоздал курьер ВкусВилла",  # 5
]
CORPUS = Corpus([Target(t) for t in TEXTS])


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("{бренд}", [0, 1, 2, 3, 5]),
        ("{бренд} NOT {вакансии}", [0, 1, 3, 5]),
        ("{бренд} NEAR/1 курьер", [0, 2, 5]),  # "ВкусВилле курьер", "курьера во ВкусВилл", "курьер ВкусВилла"
        ("курьер NEAR/0f опоздал", [0]),
        ("курьер NEAR/1f опоздал", [0, 3]),  # forms by lemma: "курьеры снова опоздали"
        ("опоздал NEAR/0f курьер", [5]),
        ('"курьер опоздал"', [0]),  # a phrase: these forms, in order
        ('"курьеры"', [3]),
        ("достав*", [1]),
        ("северный AND ветер", [4]),  # Северный Ветер, and ветер's forms
        ("NOT {бренд}", [4]),
    ],
)
def test_the_matcher_means_what_the_compilers_mean(query: str, found: list[int]) -> None:
    assert Matcher(parse_query(query), LIB).run(CORPUS) == found


def test_filters_look_at_author_site_language_and_source() -> None:
    from smmdesk.domain.reputation.mentions import Author, Mention, Sighting
    from smmdesk.domain.reputation.sources import SourceKind

    mention = Mention(
        "https://m.otzovik.com/review_1.html",
        (Sighting("YouScan"),),
        text="Курьер опоздал",
        author=Author("Иван Петров", "@ivan_p"),
        language="ru",
        source_kind=SourceKind.REVIEWS,
    )
    target = target_of(mention)
    for query, expected in [
        ('курьер AND author:"иван петров"', True),
        ("author:@ivan_p", True),
        ("author:мария", False),
        ("site:otzovik.com", True),
        ("site:vk.com", False),
        ("language:ru", True),
        ("language:en", False),
        ("source:reviews", True),
        ("source:media", False),
    ]:
        assert Matcher(parse_query(query)).matches(target) is expected, query


def test_precision_from_a_marked_sample_with_its_interval() -> None:
    matched = Matcher(parse_query("{бренд}"), LIB).run(CORPUS)
    sample = sample_to_mark(matched, 3, seed=7)
    assert len(sample) == 3 and set(sample) <= set(matched) and sample == sample_to_mark(matched, 3, seed=7)
    estimate = precision({0: True, 1: True, 2: False, 3: True})
    assert estimate is not None and estimate.value == Decimal(75)
    # Wilson 95 % for 3 of 4, computed by hand: (0.75 + 0.4802 ∓ 1.96·√(0.046875 + 0.0600)) / 1.9604
    assert round(float(estimate.low), 1) == 30.1 and round(float(estimate.high), 1) == 95.4
    assert precision({}) is None


def test_an_edit_shows_what_it_gains_and_loses() -> None:
    before = Matcher(parse_query("{бренд}"), LIB)
    after = Matcher(parse_query("({бренд} OR северный) NOT {вакансии}"), LIB)
    effect = compare(before, after, CORPUS)
    assert (effect.gained, effect.lost, effect.kept) == ((4,), (2,), 4)
