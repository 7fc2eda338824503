"""Running a query over mention texts with the meaning the compilers give it.

A word matches every form of its lemmas (`morphology.word_forms`, computed once per word), a
quoted word that form only, a prefix any word starting so; a phrase its words side by side in
order; NEAR/n both sides with at most n words between (NEAR/nf: the left one first). Filters look
at the author (name or handle), the site (host or place, subdomains included), the language and
the kind of source. Texts are tokenized once into a `Corpus` (an inverted index); a query then
runs as set operations on it, reading token positions only where a phrase or NEAR needs them.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.links import host_of
from smmdesk.domain.reputation.mentions import Mention
from smmdesk.domain.reputation.query.compile import L_NEAR_OPERAND
from smmdesk.domain.reputation.query.library import Library, resolve
from smmdesk.domain.reputation.query.morphology import fold, word_forms
from smmdesk.domain.reputation.query.syntax import to_text
from smmdesk.domain.reputation.query.tree import (
    And,
    Filter,
    FilterField,
    Form,
    Near,
    NearOperandError,
    Node,
    Not,
    Or,
    Phrase,
    Term,
    Word,
    near_terms,
)

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*")


@dataclass(frozen=True)
class Target:
    """What a query looks at in a mention."""

    text: str
    author: str = ""
    handle: str = ""
    host: str = ""
    place: str = ""
    language: str = ""
    source: str = ""


def target_of(mention: Mention) -> Target:
    return Target(
        mention.text,
        mention.author.name,
        mention.author.handle,
        host_of(mention.link),
        mention.place,
        mention.language,
        mention.source_kind.value,
    )


class Corpus:
    """Mention texts tokenized once into an inverted index, for as many queries as the planner tries.

    Tokens are numbered; each text keeps its token numbers (for phrases and NEAR), each token the
    texts it is in (for words, AND, OR, NOT as set operations).
    """

    def __init__(self, targets: Iterable[Target]) -> None:
        self.targets: list[Target] = []
        self.ids: dict[str, int] = {}
        self.postings: list[list[int]] = []
        self.texts: list[array[int]] = []
        ids, postings, find = self.ids, self.postings, _TOKEN.findall
        for index, target in enumerate(targets):
            self.targets.append(target)
            numbers = array("I")
            for token in find(fold(target.text)):
                number = ids.get(token)
                if number is None:
                    number = ids[token] = len(postings)
                    postings.append([])
                numbers.append(number)
            self.texts.append(numbers)
            for number in set(numbers):
                postings[number].append(index)
        self._sorted: list[str] | None = None

    def __len__(self) -> int:
        return len(self.targets)

    def numbers(self, tokens: Iterable[str]) -> set[int]:
        return {n for t in tokens if (n := self.ids.get(t)) is not None}

    def starting(self, stem: str) -> set[int]:
        """The numbers of the tokens that start with `stem`."""
        if self._sorted is None:
            self._sorted = sorted(self.ids)
        tokens = self._sorted
        found = set()
        for index in range(bisect_left(tokens, stem), len(tokens)):
            if not tokens[index].startswith(stem):
                break
            found.add(self.ids[tokens[index]])
        return found

    def texts_with(self, numbers: Iterable[int]) -> set[int]:
        found: set[int] = set()
        for number in numbers:
            found.update(self.postings[number])
        return found


Span = tuple[int, int]  # first and last token position


def _term_numbers(term: Word, corpus: Corpus) -> set[int]:
    if term.form is Form.PREFIX:
        return corpus.starting(fold(term.text))
    forms = word_forms(term.text) if term.form is Form.ALL else (fold(term.text),)
    return corpus.numbers(forms)


class _Term:
    """A word or phrase against one corpus: the texts it is in, and its spans in a text."""

    def __init__(self, term: Term, corpus: Corpus) -> None:
        self.corpus = corpus
        if isinstance(term, Phrase):
            self.sequence = [corpus.ids.get(fold(w)) for w in term.words]
            self.words: set[int] = set()
        else:
            self.sequence = []
            self.words = _term_numbers(term, corpus)

    def candidates(self) -> set[int]:
        if not self.sequence:
            return self.corpus.texts_with(self.words)
        if any(n is None for n in self.sequence):
            return set()
        postings = sorted((self.corpus.postings[n] for n in self.sequence if n is not None), key=len)
        found = set(postings[0])
        for more in postings[1:]:
            found.intersection_update(more)
        return found

    def spans(self, text: int) -> list[Span]:
        numbers = self.corpus.texts[text]
        if not self.sequence:
            words = self.words
            return [(i, i) for i, n in enumerate(numbers) if n in words]
        size, first = len(self.sequence), self.sequence[0]
        return [
            (i, i + size - 1)
            for i, n in enumerate(numbers)
            if n == first and list(numbers[i : i + size]) == self.sequence
        ]


def _sides(node: Near, corpus: Corpus) -> tuple[list[_Term], list[_Term]]:
    try:
        return (
            [_Term(t, corpus) for t in near_terms(node.left)],
            [_Term(t, corpus) for t in near_terms(node.right)],
        )
    except NearOperandError as exc:
        raise ValidationError(L_NEAR_OPERAND, field="query", part=to_text(exc.args[0])) from None


def _near(node: Near, corpus: Corpus) -> set[int]:
    lefts, rights = _sides(node, corpus)
    left_texts = set().union(*(t.candidates() for t in lefts))
    right_texts = set().union(*(t.candidates() for t in rights))
    distance, ordered = node.distance, node.ordered
    found = set()
    for text in left_texts & right_texts:
        left = [s for t in lefts for s in t.spans(text)]
        right = [s for t in rights for s in t.spans(text)]
        if any(
            0 <= b_start - a_end - 1 <= distance or (not ordered and 0 <= a_start - b_end - 1 <= distance)
            for a_start, a_end in left
            for b_start, b_end in right
        ):
            found.add(text)
    return found


def _filter_check(node: Filter) -> Callable[[Target], bool]:
    value = fold(node.value)
    if node.field is FilterField.AUTHOR:
        handle = value.lstrip("@")
        return lambda t: value in fold(t.author) or handle == fold(t.handle).lstrip("@")
    if node.field is FilterField.SITE:
        return lambda t: any(
            place == value or place.endswith("." + value) for place in (t.host, fold(t.place))
        )
    if node.field is FilterField.LANGUAGE:
        return lambda t: fold(t.language) == value
    return lambda t: t.source == value


def _texts(node: Node, corpus: Corpus) -> set[int]:
    """The positions of the texts the node finds."""
    if isinstance(node, Word | Phrase):
        term = _Term(node, corpus)
        if not term.sequence:
            return term.candidates()
        return {text for text in term.candidates() if term.spans(text)}
    if isinstance(node, Or):
        return set().union(*(_texts(item, corpus) for item in node.items))
    if isinstance(node, And):
        wanted = [item for item in node.items if not isinstance(item, Not)]
        found = _texts(wanted[0], corpus) if wanted else set(range(len(corpus)))
        for item in wanted[1:]:
            if not found:
                break
            found &= _texts(item, corpus)
        for excluded in node.items:
            if isinstance(excluded, Not) and found:
                found -= _texts(excluded.item, corpus)
        return found
    if isinstance(node, Not):
        return set(range(len(corpus))) - _texts(node.item, corpus)
    if isinstance(node, Near):
        return _near(node, corpus)
    if isinstance(node, Filter):
        check = _filter_check(node)
        return {index for index, target in enumerate(corpus.targets) if check(target)}
    raise AssertionError(node)  # lists are resolved first


class Matcher:
    """A query ready to run; `library` resolves its `{lists}`."""

    def __init__(self, tree: Node, library: Library | None = None) -> None:
        self.tree = resolve(tree, library or {})

    def matches(self, target: Target) -> bool:
        return bool(self.run(Corpus((target,))))

    def run(self, corpus: Corpus) -> list[int]:
        """The positions in the corpus of the mentions the query finds, in order."""
        return sorted(_texts(self.tree, corpus))


def matching(tree: Node, targets: Sequence[Target], library: Library | None = None) -> list[int]:
    return Matcher(tree, library).run(Corpus(targets))
