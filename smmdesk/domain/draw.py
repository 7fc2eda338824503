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
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass, field

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.handles import normalize_handle
from smmdesk.domain.plural import fill
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
class Finding:
    """One way a protocol differs from its recomputation: English source text (context "Draw")
    with named placeholders, shown in the reader's language."""

    text: str
    params: dict[str, object] = field(default_factory=dict)
    context: str = "Draw"

    def render(self, translate: Callable[[str, str], str] | None = None) -> str:
        source = translate(self.context, self.text) if translate else self.text
        return fill(source, **self.params)


@dataclass(frozen=True)
class Check:
    """What recomputing a recorded draw found."""

    matches: bool
    findings: list[Finding]

    @property
    def differences(self) -> list[str]:
        return [f.render() for f in self.findings]

    def messages(self, translate: Callable[[str, str], str] | None = None) -> list[str]:
        return [f.render(translate) for f in self.findings]


def verify(
    people: Sequence[str],
    seed: str,
    recorded_hash: str,
    winners: Sequence[str],
    disqualified: Iterable[str] = (),
    *,
    attempts: Sequence[int] | None = None,
    places: int | None = None,
) -> Check:
    """Recomputes the draw from a protocol: the list, its hash, the seed, the disqualified entries;
    compares every place's winner and, when recorded, the attempt that chose it and the number of
    places the protocol declares."""
    found: list[Finding] = []
    if list(people) != ordered(people):
        found.append(Finding(QT_TRANSLATE_NOOP("Draw", "the list is not in code-point order or has repeats")))
    actual = list_hash(people)
    if actual != recorded_hash.strip().lower():
        found.append(
            Finding(
                QT_TRANSLATE_NOOP("Draw", "the list's hash is {actual}, the protocol says {recorded}"),
                {"actual": actual, "recorded": recorded_hash},
            )
        )
    out = list(disqualified)
    position = {person: i for i, person in enumerate(people)}
    missing = [p for p in out if p not in position]
    if missing:
        found.append(
            Finding(
                QT_TRANSLATE_NOOP("Draw", "disqualified entries not in the list: {entries}"),
                {"entries": ", ".join(missing)},
            )
        )
    count = places if places is not None else len(winners)
    if places is not None and len(winners) != places:
        found.append(
            Finding(
                QT_TRANSLATE_NOOP(
                    "Draw", "the protocol declares {places:place|places} but lists {rows:winner|winners}"
                ),
                {"places": places, "rows": len(winners)},
            )
        )
    try:
        drawn = draw(people, seed, count, {position[p] for p in out if p in position}, actual)
    except ValidationError as exc:
        return Check(False, [*found, Finding(exc.message, dict(exc.params), exc.context)])
    for index, place in enumerate(drawn):
        recorded = winners[index] if index < len(winners) else None
        if recorded is None:
            found.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw", "place {place}: the draw gives {winner}, the protocol has no winner"
                    ),
                    {"place": place.place, "winner": place.winner},
                )
            )
        elif place.winner != recorded:
            found.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw", "place {place}: the draw gives {winner}, the protocol says {recorded}"
                    ),
                    {"place": place.place, "winner": place.winner, "recorded": recorded},
                )
            )
        if attempts is not None and index < len(attempts) and attempts[index] != place.attempt:
            found.append(
                Finding(
                    QT_TRANSLATE_NOOP(
                        "Draw",
                        "place {place}: the winner comes at attempt {attempt}, the protocol says {recorded}",
                    ),
                    {"place": place.place, "attempt": place.attempt, "recorded": attempts[index]},
                )
            )
    return Check(not found, found)
