"""The contest draw of RULES.md, byte for byte, so that anyone can repeat it.

1. Entries are normalized (lowercase; `@`, the URL around the handle and the query string removed)
   and de-duplicated; the eligible ones sorted by Unicode code point are the list P of n entries.
2. list_hash = lowercase hex SHA-256 of P joined with "\\n" (no trailing newline), UTF-8.
3. The seed is a text fixed before the draw, recorded as given.
4. For place k = 1, 2, … try attempts a = 0, 1, 2, …: h = SHA-256 of the UTF-8 text
   list_hash + "\\n" + seed + "\\n" + str(k) + "\\n" + str(a), as a big-endian integer. If
   h ≥ (2**256 // n) * n (modulo bias) try the next attempt; else i = h mod n; if i already won an
   earlier place or was disqualified, try the next attempt; else P[i] wins place k.
5. A winner disqualified after the draw joins the disqualified set and the whole draw is
   recomputed by step 4: earlier places keep their winners, later ones follow from the algorithm.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import normalize_handle
from smmdesk.domain.text import QT_TRANSLATE_NOOP

ALGORITHM = "smmdesk-draw-1 (RULES.md)"
SPACE = 2**256


def normalize_entry(text: str) -> str:
    """'@Anna.Style', 'https://instagram.com/anna.style/?igshid=1' → 'anna.style'; '' if unusable."""
    return normalize_handle(text)


def ordered(entries: Iterable[str]) -> list[str]:
    """The list P: unique entries sorted by Unicode code point (Python's str order)."""
    return sorted(set(entries))


def list_hash(people: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(people).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Place:
    place: int  # 1-based
    index: int  # into P
    winner: str
    attempt: int  # the attempt that chose this winner


def draw(
    people: Sequence[str],
    seed: str,
    places: int,
    disqualified: Collection[int] = (),
    digest: str | None = None,
) -> list[Place]:
    """Winners of places 1…places from P by step 4; `digest` is P's hash when already known."""
    n = len(people)
    if n == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is nobody to draw from: the list is empty."))
    if not seed.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Fix the seed before the draw: it cannot be empty."), field="seed"
        )
    excluded = set(disqualified)
    if places > n - len(excluded):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{places} prizes, but only {eligible} eligible participants."),
            places=places,
            eligible=n - len(excluded),
        )
    prefix = f"{digest or list_hash(people)}\n{seed}\n"
    limit = (SPACE // n) * n
    taken: set[int] = set()
    result = []
    for place in range(1, places + 1):
        attempt = 0
        while True:
            text = f"{prefix}{place}\n{attempt}"
            h = int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big")
            if h < limit:
                index = h % n
                if index not in taken and index not in excluded:
                    break
            attempt += 1
        taken.add(index)
        result.append(Place(place, index, people[index], attempt))
    return result


@dataclass(frozen=True)
class Check:
    """What recomputing a recorded draw found."""

    matches: bool
    differences: list[str]  # English source texts with placeholders filled


def verify(
    people: Sequence[str],
    seed: str,
    recorded_hash: str,
    winners: Sequence[str],
    disqualified: Iterable[str] = (),
) -> Check:
    """Recomputes the draw from a protocol: the list, its hash, the seed, the disqualified entries,
    and compares the winners place by place."""
    differences = []
    if list(people) != ordered(people):
        differences.append("the list is not in code-point order or has repeats")
    actual = list_hash(people)
    if actual != recorded_hash.strip().lower():
        differences.append(f"the list's hash is {actual}, the protocol says {recorded_hash}")
    position = {person: i for i, person in enumerate(people)}
    missing = [p for p in disqualified if p not in position]
    if missing:
        differences.append(f"disqualified entries not in the list: {', '.join(missing)}")
    try:
        places = draw(
            people, seed, len(winners), {position[p] for p in disqualified if p in position}, actual
        )
    except ValidationError as exc:
        return Check(False, [*differences, exc.render()])
    for place, expected in zip(places, winners, strict=True):
        if place.winner != expected:
            differences.append(
                f"place {place.place}: the draw gives {place.winner}, the protocol says {expected}"
            )
    return Check(not differences, differences)
