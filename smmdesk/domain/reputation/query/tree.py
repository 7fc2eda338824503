"""The query tree: words (all forms, this form only, a prefix), phrases, AND, OR, NOT, NEAR, filters,
named lists; and a query's purpose.

Nodes are immutable and compared by value. `all_of` and `any_of` build AND and OR with their
items flattened and single items unwrapped, so one meaning has one tree (and one text form).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum

from smmdesk.domain.text import QT_TRANSLATE_NOOP


class Form(StrEnum):
    ALL = "all"  # every form of the word: доставка, доставки, доставкой…
    EXACT = "exact"  # this form only ("доставка" in the text form)
    PREFIX = "prefix"  # any word that starts so (достав* in the text form)


class FilterField(StrEnum):
    AUTHOR = "author"
    SITE = "site"
    LANGUAGE = "language"
    SOURCE = "source"  # the kind of source: social, reviews, media…


class Purpose(StrEnum):
    BRAND = "brand"
    PRODUCT = "product"
    PERSON = "person"
    COMPETITOR = "competitor"
    CRISIS = "crisis"


PURPOSE_LABELS: dict[Purpose, str] = {
    Purpose.BRAND: QT_TRANSLATE_NOOP("Reputation", "Brand"),
    Purpose.PRODUCT: QT_TRANSLATE_NOOP("Reputation", "Product"),
    Purpose.PERSON: QT_TRANSLATE_NOOP("Reputation", "Person"),
    Purpose.COMPETITOR: QT_TRANSLATE_NOOP("Reputation", "Competitor"),
    Purpose.CRISIS: QT_TRANSLATE_NOOP("Reputation", "Crisis trigger"),
}


@dataclass(frozen=True)
class Word:
    text: str
    form: Form = Form.ALL


@dataclass(frozen=True)
class Phrase:
    """Words in this order and these forms, next to each other."""

    words: tuple[str, ...]


@dataclass(frozen=True)
class And:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Or:
    items: tuple[Node, ...]


@dataclass(frozen=True)
class Not:
    item: Node


@dataclass(frozen=True)
class Near:
    """Both sides with at most `distance` words between them; `ordered`: the left one first."""

    left: Node
    right: Node
    distance: int
    ordered: bool = False


@dataclass(frozen=True)
class Filter:
    field: FilterField
    value: str


@dataclass(frozen=True)
class ListRef:
    """A named list from the library (brand spellings, job-ad exclusions), reused across queries."""

    name: str


Node = Word | Phrase | And | Or | Not | Near | Filter | ListRef
Term = Word | Phrase  # what a NEAR or a phrase-level check works on


def all_of(items: Iterable[Node]) -> Node:
    """AND of the items, nested ANDs flattened; a single item stands alone."""
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, And) else (item,))
    return flat[0] if len(flat) == 1 else And(tuple(flat))


def any_of(items: Iterable[Node]) -> Node:
    """OR of the items, nested ORs flattened; a single item stands alone."""
    flat: list[Node] = []
    for item in items:
        flat.extend(item.items if isinstance(item, Or) else (item,))
    return flat[0] if len(flat) == 1 else Or(tuple(flat))


def walk(node: Node) -> Iterator[Node]:
    """The node and everything under it, depth first."""
    yield node
    if isinstance(node, And | Or):
        for item in node.items:
            yield from walk(item)
    elif isinstance(node, Not):
        yield from walk(node.item)
    elif isinstance(node, Near):
        yield from walk(node.left)
        yield from walk(node.right)


def terms(node: Node) -> list[Term]:
    """Every word and phrase of the query, in order."""
    return [n for n in walk(node) if isinstance(n, Word | Phrase)]


@dataclass(frozen=True)
class Query:
    """A named query of the library with its purpose and its tree."""

    name: str
    purpose: Purpose
    tree: Node


class NearOperandError(ValueError):
    """A NEAR side that is not words and phrases (a list holding AND or NOT, say)."""


def near_terms(node: Node) -> tuple[Term, ...]:
    """The words and phrases of a NEAR side (a term, or an OR of terms), or NearOperandError."""
    items = node.items if isinstance(node, Or) else (node,)
    if not all(isinstance(item, Word | Phrase) for item in items):
        raise NearOperandError(node)
    return tuple(item for item in items if isinstance(item, Word | Phrase))
