"""Counts and their words: one rule per language, used by every message and file that counts."""

from __future__ import annotations

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.plural import counted, fill, plural

# Russian forms checked one by one against a grammar: 1, 21, 101 take the first; 2–4, 22–24 the
# second; 0, 5–20, 25–30, 111–114 the third.
PLACES = {0: "мест", 1: "место", 2: "места", 4: "места", 5: "мест", 11: "мест", 12: "мест", 14: "мест",
          20: "мест", 21: "место", 22: "места", 25: "мест", 101: "место", 111: "мест", 112: "мест",
          1001: "место", 1234: "места"}  # fmt: skip


@pytest.mark.parametrize("count", sorted(PLACES))
def test_russian_takes_one_few_or_many(count: int) -> None:
    assert plural(count, "место", "места", "мест") == PLACES[count]


def test_a_message_fills_its_counts_in_its_language() -> None:
    english = "the protocol declares {places:place|places} but lists {rows:winner|winners}"
    russian = "в протоколе объявлено {places:место|места|мест}, а победителей в нём {rows}"
    assert fill(english, places=1, rows=3) == "the protocol declares 1 place but lists 3 winners"
    assert fill(russian, places=4, rows=3) == "в протоколе объявлено 4 места, а победителей в нём 3"
    assert fill("среди {n:участника|участников|участников}", n="1 021") == "среди 1 021 участника"
    assert counted(1, "публикации", "публикаций", "публикаций") == "1 публикации"


def test_an_error_message_counts_through_the_same_rule() -> None:
    error = ValidationError("{count:line|lines} without a price", count=1)
    assert error.render() == "1 line without a price"
    assert error.render(lambda _, __: "без цены: {count:строка|строки|строк}") == "без цены: 1 строка"


def test_the_estimate_and_the_report_count_in_good_russian() -> None:
    from smmdesk.io.estimate_content import unpriced_words

    assert "у 1 строки нет цены — её сумма не вошла в итог" in unpriced_words(1)
    assert "у 3 строк нет цены — их суммы не вошли в итог" in unpriced_words(3)
    assert "у 21 строки нет цены — их суммы" in unpriced_words(21)
