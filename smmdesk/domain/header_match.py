"""Matching a table's header cells to fields from Russian and English words, for any import.

A vocabulary is (field key, words) pairs; a word that starts with "=" matches only the whole
header. A header matches a field when its folded text equals one of the field's words, or, failing
that, starts with a word of four letters or more. Each import keeps its own vocabulary (the
influencer list in `import_columns`, mentions in `reputation.columns`); this module is the matcher.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

Vocabulary = tuple[tuple[str, tuple[str, ...]], ...]
_Compiled = tuple[tuple[str, tuple[tuple[str, bool], ...]], ...]

_UNITS = re.compile(r"\b(руб|рублей|р|rub|rur|₽|шт|%)\b\.?|[₽%]|\(.*?\)")


def fold_header(text: str) -> str:
    """'Фото с продуктом, руб.' → 'фото с продуктом'; 'ER, %' → 'er'; 'Улучшить?' → 'улучшить'."""
    folded = text.replace("ё", "е").replace("Ё", "Е").lower()
    folded = _UNITS.sub(" ", folded)
    folded = re.sub(r"[,:;*?!\"'«»]+", " ", folded)
    return " ".join(folded.split())


@lru_cache(maxsize=64)
def _compiled(vocabulary: Vocabulary) -> _Compiled:
    return tuple(
        (key, tuple((fold_header(word.lstrip("=")), word.startswith("=")) for word in words))
        for key, words in vocabulary
    )


def match_field(header: str, vocabulary: Vocabulary) -> str | None:
    """The field a header names, or None. Exact words first, then a header that starts with one."""
    folded = fold_header(header)
    if not folded:
        return None
    candidates = _compiled(vocabulary)
    for key, words in candidates:
        if any(folded == word for word, _ in words):
            return key
    for key, words in candidates:
        for word, exact in words:
            if not exact and len(word) >= 4 and folded.startswith(word):
                return key
    return None


def match_fields(cells: Sequence[str], vocabulary: Vocabulary) -> dict[int, str]:
    """Column index → field for a header row; each field is taken by its first column only."""
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    for index, cell in enumerate(cells):
        key = match_field(cell, vocabulary)
        if key and key not in taken:
            mapping[index] = key
            taken.add(key)
    return mapping


def find_header_row(rows: Sequence[Sequence[str]], vocabulary: Vocabulary, scan: int = 30) -> int | None:
    """The index of the row that looks most like a header (title rows above it are skipped)."""
    best, best_score = None, 1
    for index, row in enumerate(rows[:scan]):
        score = len(match_fields(row, vocabulary))
        if score > best_score:
            best, best_score = index, score
    return best


def locate_header(
    rows: Sequence[Sequence[str]], vocabulary: Vocabulary, needed: frozenset[str], scan: int = 30
) -> tuple[int, dict[int, str]] | None:
    """The header row (the one naming most fields, else the first naming any) and its column →
    field mapping, or None when no row names one of the `needed` fields."""
    index = find_header_row(rows, vocabulary, scan)
    if index is None:
        index = next((i for i, row in enumerate(rows[:scan]) if match_fields(row, vocabulary)), None)
    if index is None:
        return None
    mapping = match_fields(rows[index], vocabulary)
    return (index, mapping) if needed & set(mapping.values()) else None
