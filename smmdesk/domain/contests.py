"""Contests (giveaways): what they are, who may win, what the prizes cost and which are taxed."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from smmdesk.domain.draw import normalize_entry
from smmdesk.domain.import_columns import fold_header
from smmdesk.domain.money import ZERO, round_money
from smmdesk.domain.text import QT_TRANSLATE_NOOP

# Prizes worth more than this a year to one winner are taxed (НДФЛ) in Russia.
TAX_FREE_LIMIT = Decimal(4000)


class Mechanics(StrEnum):
    COMMENT = "comment"
    REPOST = "repost"
    SUBSCRIPTION = "subscription"
    UGC = "ugc"
    QUIZ = "quiz"
    OTHER = "other"


MECHANICS_LABELS = {
    Mechanics.COMMENT: QT_TRANSLATE_NOOP("Contests", "a comment"),
    Mechanics.REPOST: QT_TRANSLATE_NOOP("Contests", "a repost"),
    Mechanics.SUBSCRIPTION: QT_TRANSLATE_NOOP("Contests", "a subscription"),
    Mechanics.UGC: QT_TRANSLATE_NOOP("Contests", "user content (UGC)"),
    Mechanics.QUIZ: QT_TRANSLATE_NOOP("Contests", "a quiz"),
    Mechanics.OTHER: QT_TRANSLATE_NOOP("Contests", "other"),
}


class ContestStatus(StrEnum):
    DRAFT = "draft"
    RUNNING = "running"
    DRAWN = "drawn"
    DELIVERED = "delivered"  # the prizes have reached the winners


STATUS_LABELS = {
    ContestStatus.DRAFT: QT_TRANSLATE_NOOP("Contests", "draft"),
    ContestStatus.RUNNING: QT_TRANSLATE_NOOP("Contests", "running"),
    ContestStatus.DRAWN: QT_TRANSLATE_NOOP("Contests", "drawn"),
    ContestStatus.DELIVERED: QT_TRANSLATE_NOOP("Contests", "prizes delivered"),
}

# Usual reasons to set an entry aside; any text is accepted.
INELIGIBLE_REASONS = (
    QT_TRANSLATE_NOOP("Contests", "not subscribed"),
    QT_TRANSLATE_NOOP("Contests", "staff"),
    QT_TRANSLATE_NOOP("Contests", "a bot"),
    QT_TRANSLATE_NOOP("Contests", "a repeated entry"),
    QT_TRANSLATE_NOOP("Contests", "did not meet the rules"),
)


@dataclass(frozen=True)
class Prize:
    name: str
    quantity: int
    value: Decimal  # roubles, each
    sponsor: str = ""

    @property
    def taxed(self) -> bool:
        """Worth over 4 000 ₽: the winner owes personal income tax on the excess (the organiser
        usually withholds it or warns the winner)."""
        return self.value > TAX_FREE_LIMIT

    @property
    def cost(self) -> Decimal:
        return self.value * self.quantity


def places_of(prizes: Sequence[Prize]) -> list[Prize]:
    """The prize of each place in order: a prize of quantity 3 takes three places."""
    return [prize for prize in prizes for _ in range(prize.quantity)]


@dataclass(frozen=True)
class Costs:
    prizes: Decimal
    other: Decimal
    participants: int

    @property
    def total(self) -> Decimal:
        return self.prizes + self.other

    @property
    def per_participant(self) -> Decimal | None:
        return round_money(self.total / self.participants) if self.participants else None


def costs(prizes: Iterable[Prize], other: Decimal | None, participants: int) -> Costs:
    return Costs(sum((p.cost for p in prizes), ZERO), other or ZERO, participants)


# --- reading participants -------------------------------------------------------------------------------

HANDLE_WORDS = ("ник", "логин", "аккаунт", "участник", "пользователь", "username", "user", "login", "handle",
                "author", "автор", "профиль", "profile", "ссылка", "link", "имя пользователя")  # fmt: skip


@dataclass
class ParsedEntries:
    handles: list[str] = field(default_factory=list)  # normalized, in the order read (repeats kept)
    rejected: list[tuple[int, str]] = field(default_factory=list)  # (line, text) that is no handle
    given: list[str] = field(default_factory=list)  # each handle as it was written, beside `handles`


def handle_column(header: Sequence[str]) -> int | None:
    """The column of a comment export that holds the author's handle or profile link."""
    for index, cell in enumerate(header):
        folded = fold_header(cell)
        if any(folded == word or folded.startswith(word + " ") for word in HANDLE_WORDS):
            return index
    return None


# The longest handle a participant list keeps (the stored column's length). A longer entry is no
# handle any platform gives: it is set aside with its line, the same when the list is entered and when
# a protocol's list is read back to verify it, so the list, its hash and the protocol always agree.
HANDLE_MAX = 200
SHOWN_MAX = 80  # of a refused line, in the report
LINE_MAX = 8192


def parse_lines(lines: Iterable[str], first_line: int = 1) -> ParsedEntries:
    """Pasted text: one handle or profile link per line; empty lines are skipped."""
    parsed = ParsedEntries()
    for number, line in enumerate(lines, start=first_line):
        text = line.strip()
        if not text:
            continue
        # A line longer than any link a browser takes (a 5 MB "participant") is not read further.
        handle = normalize_entry(text) if len(text) <= LINE_MAX else ""
        if handle and len(handle) <= HANDLE_MAX:
            parsed.handles.append(handle)
            parsed.given.append(text)
        else:
            parsed.rejected.append((number, text if len(text) <= SHOWN_MAX else text[: SHOWN_MAX - 1] + "…"))
    return parsed


def parse_rows(rows: Sequence[Sequence[str]]) -> ParsedEntries:
    """A table: a comment export with the handle in a named column, or a single column of handles."""
    if not rows:
        return ParsedEntries()
    column = handle_column(rows[0])
    if column is None:
        return parse_lines((row[0] if row else "" for row in rows), 1)
    return parse_lines((row[column] if column < len(row) else "" for row in rows[1:]), 2)
