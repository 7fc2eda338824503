"""The query language's text form: parsing with positions in errors, printing, parse ∘ print = identity."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.library import library_of, named_list, resolve
from smmdesk.domain.reputation.query.syntax import parse_query, to_text
from smmdesk.domain.reputation.query.tree import (
    And,
    Filter,
    FilterField,
    Form,
    ListRef,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    all_of,
    any_of,
)


def test_the_issues_text_form() -> None:
    tree = parse_query('доставк* AND (курьер OR "опоздал") NOT {вакансии}')
    assert tree == And(
        (
            Word("доставк", Form.PREFIX),
            Or((Word("курьер"), Word("опоздал", Form.EXACT))),
            Not(ListRef("вакансии")),
        )
    )
    assert parse_query("{бренд} NEAR/3f (грубый OR хамство)") == Near(
        ListRef("бренд"), Or((Word("грубый"), Word("хамство"))), 3, ordered=True
    )
    assert parse_query(
        '"Северный Ветер" site:www.Otzovik.com/ source:отзывы language:RU author:"Иван  Петров"'
    ) == And(
        (
            Phrase(("Северный", "Ветер")),
            Filter(FilterField.SITE, "otzovik.com"),
            Filter(FilterField.SOURCE, "reviews"),
            Filter(FilterField.LANGUAGE, "ru"),
            Filter(FilterField.AUTHOR, "Иван Петров"),
        )
    )


def test_precedence_not_near_and_or() -> None:
    assert parse_query("a b OR c") == Or((And((Word("a"), Word("b"))), Word("c")))
    assert parse_query("NOT a b") == And((Not(Word("a")), Word("b")))
    assert parse_query("a NEAR/1 b c") == And((Near(Word("a"), Word("b"), 1), Word("c")))
    assert parse_query("a and или") == And((Word("a"), Word("and"), Word("или")))  # lower case is a word
    assert to_text(parse_query("a  b OR (c OR d)")) == "a AND b OR c OR d"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "The query is empty."),
        ("курьер AND", "Position 11: a word, a phrase or a group was expected here."),
        ("(курьер OR доставка", "Position 1: the ( opened here is not closed."),
        ("курьер)", "Position 7: this ) has no ( before it."),
        ('курьер "опоздал', "Position 8: the quote opened here is not closed."),
        ("a {бренд", "Position 3: the list name opened here is not closed with }."),
        ("a {}", "Position 3: a list needs a name between the braces."),
        ("a NEAR b", "Position 3: NEAR needs a distance, as in NEAR/3 (NEAR/3f keeps the order)."),
        ("до*ставка", "Position 1: * goes only at the end of a word, after at least one letter: до*ставка"),
        ("a *", "Position 3: * goes only at the end of a word, after at least one letter: *"),
        ('"достав*"', "Position 1: inside quotes * is no prefix; write the prefix without quotes."),
        ("a AND author:", "Position 7: author: needs a value."),
        (
            "source:луна",
            "Position 1: source: takes one of social, messenger, video, forum, blog, reviews, media, other.",
        ),
        (
            "(a AND b) NEAR/2 c",
            "Position 1: NEAR joins words, phrases, lists and groups of them joined by OR.",
        ),
        (
            "a NEAR/1 b NEAR/2 c",
            "Position 12: NEAR joins words, phrases, lists and groups of them joined by OR.",
        ),
        ('a ""', "Position 3: the quotes hold nothing."),
    ],
)
def test_errors_name_the_position(text: str, message: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_query(text)
    assert caught.value.render() == message


def test_errors_are_translated_with_their_position() -> None:
    with pytest.raises(ValidationError) as caught:
        parse_query("курьер)")
    russian = {
        "Position {position}: this ) has no ( before it.": "Позиция {position}: у этой ) нет ( перед ней."
    }
    assert (
        caught.value.render(lambda _context, text: russian.get(text, text))
        == "Позиция 7: у этой ) нет ( перед ней."
    )


LETTERS = "абвгдежзиклмнопрстуфхцчшщыэюяabcdefz"
words = st.text(LETTERS, min_size=1, max_size=8)
terms = st.one_of(
    st.builds(Word, words, st.sampled_from(list(Form))),
    st.builds(lambda ws: Phrase(tuple(ws)), st.lists(words, min_size=2, max_size=3)),
    st.builds(
        ListRef,
        st.text(LETTERS + " ", min_size=1, max_size=10)
        .map(str.strip)
        .filter(bool)
        .map(lambda s: " ".join(s.split())),
    ),
)
near_sides = st.one_of(terms, st.lists(terms, min_size=2, max_size=3).map(any_of))
leaves = st.one_of(
    terms,
    st.builds(
        Filter,
        st.sampled_from([FilterField.AUTHOR, FilterField.SITE]),
        st.sampled_from(["иван петров", "vk.com", "a_b"]),
    ),
    st.builds(Filter, st.just(FilterField.SOURCE), st.sampled_from(["social", "reviews", "media"])),
    st.builds(Near, near_sides, near_sides, st.integers(0, 20), st.booleans()),
)


def _trees(children: st.SearchStrategy[Node]) -> st.SearchStrategy[Node]:
    return st.one_of(
        st.lists(children, min_size=2, max_size=3).map(all_of),
        st.lists(children, min_size=2, max_size=3).map(any_of),
        children.map(Not),
    )


trees = st.recursive(leaves, _trees, max_leaves=12)


@settings(max_examples=300)
@given(trees)
def test_parse_of_print_is_the_identity(tree: Node) -> None:
    text = to_text(tree)
    assert parse_query(text) == tree
    assert to_text(parse_query(text)) == text


def test_named_lists_resolve_and_refuse_unknown_and_cyclic_lists() -> None:
    library = library_of(
        [
            named_list("Бренд", ["ВкусВилл", "vkusvill", '"вкус вилл"', "{Опечатки}"]),
            named_list("опечатки", ["вкусвил", "вкусвиль"]),
        ]
    )
    assert resolve(parse_query("{бренд} NOT курьер"), library) == And(
        (
            Or(
                (
                    Word("ВкусВилл"),
                    Word("vkusvill"),
                    Phrase(("вкус", "вилл")),
                    Word("вкусвил"),
                    Word("вкусвиль"),
                )
            ),
            Not(Word("курьер")),
        )
    )
    with pytest.raises(ValidationError, match=r"There is no list \{конкуренты\} in the library"):
        resolve(parse_query("{конкуренты}"), library)
    loop = library_of([named_list("a", ["x", "{b}"]), named_list("b", ["{a}"])])
    with pytest.raises(ValidationError, match=r"The list \{a\} names itself through a → b → a"):
        resolve(parse_query("{a}"), loop)
    with pytest.raises(ValidationError, match="entry «до\\*ставка»: Position 1"):
        named_list("плохой", ["до*ставка"])
