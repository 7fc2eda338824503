"""The contest draw: repeatable, fair, and the same as a re-implementation written from RULES.md."""

from __future__ import annotations

import hashlib
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from smmdesk.domain import draw as d
from smmdesk.domain.errors import ValidationError


def rules_md_draw(entries: list[str], seed: str, places: int, disqualified: set[str]) -> list[str]:
    """RULES.md's draw, written from its text alone (not from the program's code)."""
    people = sorted(set(entries))  # step 1: unique, by code point
    n = len(people)
    digest = hashlib.sha256("\n".join(people).encode("utf-8")).hexdigest()  # step 2
    bound = (2**256 // n) * n
    out: list[int] = []
    for k in range(1, places + 1):  # step 4
        a = 0
        while True:
            h = int(hashlib.sha256(f"{digest}\n{seed}\n{k}\n{a}".encode()).hexdigest(), 16)
            a += 1
            if h >= bound:
                continue
            i = h % n
            if i in out or people[i] in disqualified:
                continue
            out.append(i)
            break
    return [people[i] for i in out]


PEOPLE = d.ordered(f"user{n:03d}" for n in range(57))


def test_the_same_inputs_give_the_same_winners_and_match_the_reimplementation() -> None:
    first = [p.winner for p in d.draw(PEOPLE, "28.11.2026 20:00 Новогодний розыгрыш", 5)]
    again = [p.winner for p in d.draw(PEOPLE, "28.11.2026 20:00 Новогодний розыгрыш", 5)]
    assert first == again == rules_md_draw(PEOPLE, "28.11.2026 20:00 Новогодний розыгрыш", 5, set())
    assert len(set(first)) == 5
    assert first != [p.winner for p in d.draw(PEOPLE, "другой сид", 5)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.text("abcdefghijklmnopqrstuvwxyzабвгдеж._0123456789", min_size=1, max_size=8),
        min_size=1,
        max_size=40,
    ),
    st.text(min_size=1, max_size=20).filter(str.strip),
    st.data(),
)
def test_the_program_and_the_reimplementation_always_agree(entries, seed, data) -> None:
    people = d.ordered(entries)
    places = data.draw(st.integers(1, len(people)))
    ours = [p.winner for p in d.draw(people, seed, places)]
    assert ours == rules_md_draw(entries, seed, places, set())


def test_the_order_of_the_input_list_does_not_matter() -> None:
    shuffled = list(PEOPLE)
    random.Random(3).shuffle(shuffled)
    assert d.list_hash(d.ordered(shuffled)) == d.list_hash(PEOPLE)
    assert d.draw(d.ordered(shuffled + shuffled[:5]), "seed", 3) == d.draw(PEOPLE, "seed", 3)


def test_a_disqualified_winner_is_replaced_and_earlier_places_keep_theirs() -> None:
    before = d.draw(PEOPLE, "seed", 4)
    out = before[1].index
    after = d.draw(PEOPLE, "seed", 4, {out})
    assert after[0] == before[0]  # the place before the disqualified one keeps its winner
    assert after[1].winner != before[1].winner and after[1].attempt > before[1].attempt
    assert before[1].winner not in [p.winner for p in after]
    assert [p.winner for p in after] == rules_md_draw(PEOPLE, "seed", 4, {before[1].winner})


def test_each_participant_wins_with_equal_probability() -> None:
    """A chi-square test over 20,000 seeds: 10 participants, one place."""
    people = d.ordered(f"p{i}" for i in range(10))
    counts = [0] * 10
    digest = d.list_hash(people)
    for s in range(20_000):
        counts[d.draw(people, f"seed-{s}", 1, digest=digest)[0].index] += 1
    expected = 20_000 / 10
    chi_square = sum((c - expected) ** 2 / expected for c in counts)
    assert chi_square < 27.88  # the 0.1 % critical value for 9 degrees of freedom


def test_modulo_bias_is_refused_by_retrying() -> None:
    # With n = 3, 2**256 is not a multiple of 3: values at or above (2**256 // 3) * 3 must be skipped.
    bound = (d.SPACE // 3) * 3
    assert bound < d.SPACE and d.SPACE - bound == d.SPACE % 3


def test_bad_inputs_are_refused() -> None:
    with pytest.raises(ValidationError, match="empty"):
        d.draw([], "seed", 1)
    with pytest.raises(ValidationError, match="seed"):
        d.draw(PEOPLE, "   ", 1)
    with pytest.raises(ValidationError, match="only 2 eligible"):
        d.draw(["a", "b", "c"], "seed", 3, {0})


def test_a_protocol_is_verified_or_the_difference_said() -> None:
    winners = [p.winner for p in d.draw(PEOPLE, "seed", 3, {PEOPLE.index("user010")})]
    good = d.verify(PEOPLE, "seed", d.list_hash(PEOPLE), winners, ["user010"])
    assert good.matches and not good.differences
    wrong_seed = d.verify(PEOPLE, "seed!", d.list_hash(PEOPLE), winners, ["user010"])
    assert not wrong_seed.matches and any("place" in text for text in wrong_seed.differences)
    tampered = d.verify([*PEOPLE[:-1], "zzz"], "seed", d.list_hash(PEOPLE), winners, ["user010"])
    assert not tampered.matches and "hash" in tampered.differences[0]


def test_entries_are_normalized_as_rules_md_says() -> None:
    assert d.normalize_entry("@Anna.Style") == "anna.style"
    assert d.normalize_entry("https://www.instagram.com/Anna.Style/?igshid=abc") == "anna.style"
    assert d.normalize_entry("  https://t.me/Shop_News  ") == "shop_news"
    assert d.normalize_entry("просто текст с пробелами") == ""
