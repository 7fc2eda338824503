"""The query tester's figures: a sample to mark, the precision it estimates, what an edit changes.

Precision = marked relevant ÷ marked × 100, with a 95 % Wilson interval so that "9 of 10" is not
read as 90 % for certain. An edit is judged by running both versions over the same mentions.
"""

from __future__ import annotations

import math
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal

from smmdesk.domain.reputation.query.matcher import Corpus, Matcher

Z95 = 1.959963984540054


def sample_to_mark(matched: Sequence[int], size: int, seed: int = 0) -> list[int]:
    """Up to `size` of the matched positions, drawn evenly at random (the same seed, the same sample)."""
    if len(matched) <= size:
        return list(matched)
    return sorted(random.Random(seed).sample(list(matched), size))


@dataclass(frozen=True)
class Precision:
    relevant: int
    marked: int
    low: Decimal  # the 95 % interval, percent
    high: Decimal

    @property
    def value(self) -> Decimal:
        return Decimal(self.relevant) * 100 / Decimal(self.marked)


def precision(marks: Mapping[int, bool]) -> Precision | None:
    """The precision the planner's marks estimate (True: relevant); None before any mark."""
    marked = len(marks)
    if not marked:
        return None
    relevant = sum(1 for value in marks.values() if value)
    share = relevant / marked
    centre = share + Z95**2 / (2 * marked)
    spread = Z95 * math.sqrt(share * (1 - share) / marked + Z95**2 / (4 * marked**2))
    scale = 1 + Z95**2 / marked
    low = max(0.0, (centre - spread) / scale)
    high = min(1.0, (centre + spread) / scale)
    return Precision(relevant, marked, Decimal(repr(low * 100)), Decimal(repr(high * 100)))


@dataclass(frozen=True)
class EditEffect:
    """What an edit of a query does on the same mentions: found only now, no longer found, kept."""

    gained: tuple[int, ...]
    lost: tuple[int, ...]
    kept: int


def compare(before: Matcher, after: Matcher, corpus: Corpus) -> EditEffect:
    old = set(before.run(corpus))
    new = after.run(corpus)
    new_set = set(new)
    return EditEffect(tuple(i for i in new if i not in old), tuple(sorted(old - new_set)), len(old & new_set))
