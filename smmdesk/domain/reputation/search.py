"""Full-text search over mentions with Russian word forms: what is indexed, and what a search asks.

A mention is indexed as its words (text, author's name and handle) folded, each with its
dictionary forms (`query.morphology.lemmas`): «доставкой» is stored as `доставкой доставка`. A word of
the search box then finds every form of itself by its lemma, and a word of three letters or more
also finds the words it begins («курьер» finds «курьерская»). Every word of the search must be
found. The index holds bare tokens (letters and digits, one space between), so SQLite's FTS5 and
PostgreSQL's tsvector read the same tokens and the same search finds the same mentions on both
(`storage.mention_search` writes the two queries from `SearchTerm`s).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from smmdesk.domain.reputation.query.morphology import fold, lemmas

_WORD = re.compile(r"[^\W_]+")
PREFIX_LETTERS = 3  # a search word this long or longer also finds the words it begins
MAX_TERMS = 12  # words of the search box taken into account


def words(text: str) -> list[str]:
    """The words of a text as the index keeps them: folded, letters and digits only."""
    return _WORD.findall(fold(text))


def indexed_tokens(*parts: str) -> list[str]:
    """The distinct tokens a mention is found by: each word and its lemmas, in first-seen order."""
    seen: dict[str, None] = {}
    known = _LEMMA_CACHE
    for word in _WORD.findall(fold(" ".join(parts))):  # a space is no part of a word
        if word in seen:
            continue
        seen[word] = None
        lemmas = known.get(word)
        for lemma in _lemma_tokens(word) if lemmas is None else lemmas:
            if lemma not in seen:
                seen[lemma] = None
    return list(seen)


def search_text(*parts: str) -> str:
    """What the index stores for a mention: its tokens joined by single spaces."""
    return " ".join(indexed_tokens(*parts))


_LEMMA_CACHE: dict[str, tuple[str, ...]] = {}


def _lemma_tokens(word: str) -> tuple[str, ...]:
    """The lemmas of a word that differ from it, each reduced to index tokens (a lemma with a
    hyphen becomes its parts)."""
    found = _LEMMA_CACHE.get(word)
    if found is None:
        found = tuple(
            dict.fromkeys(t for lemma in sorted(lemmas(word)) for t in _WORD.findall(lemma) if t != word)
        )
        if len(_LEMMA_CACHE) < 500_000:
            _LEMMA_CACHE[word] = found
    return found


@dataclass(frozen=True)
class SearchTerm:
    """One word of the search box: the tokens that find it exactly, and the prefix (if any) that
    finds the words it begins."""

    word: str
    tokens: tuple[str, ...]
    prefix: str = ""

    def found_in(self, tokens: set[str] | frozenset[str]) -> bool:
        if any(t in tokens for t in self.tokens):
            return True
        return bool(self.prefix) and any(t.startswith(self.prefix) for t in tokens)


def parse_search(text: str) -> tuple[SearchTerm, ...]:
    """The search box's words as terms (at most MAX_TERMS; repeated words once)."""
    terms: list[SearchTerm] = []
    for word in dict.fromkeys(words(text)):
        tokens = (word, *(t for t in _lemma_tokens(word)))
        prefix = word if len(word) >= PREFIX_LETTERS else ""
        terms.append(SearchTerm(word, tuple(dict.fromkeys(tokens)), prefix))
        if len(terms) == MAX_TERMS:
            break
    return tuple(terms)


def matches(indexed: str, terms: Sequence[SearchTerm]) -> bool:
    """Whether a mention's indexed text holds every term (the rule both engines' indexes follow)."""
    tokens = set(indexed.split())
    return all(term.found_in(tokens) for term in terms)


def fts5_query(terms: Iterable[SearchTerm]) -> str:
    """SQLite FTS5: `("доставкой" OR "доставка" OR "доставкой"*) AND (…)`."""
    parts = []
    for term in terms:
        options = [f'"{token}"' for token in term.tokens]
        if term.prefix:
            options.append(f'"{term.prefix}"*')
        parts.append("(" + " OR ".join(options) + ")")
    return " AND ".join(parts)


def tsquery(terms: Iterable[SearchTerm]) -> str:
    """PostgreSQL's tsquery over the same lexemes: `('доставкой' | 'доставка' | 'доставкой':*) & …`."""
    parts = []
    for term in terms:
        options = [f"'{token}'" for token in term.tokens]
        if term.prefix:
            options.append(f"'{term.prefix}':*")
        parts.append("(" + " | ".join(options) + ")")
    return " & ".join(parts)
