"""Named lists reused across queries (brand spellings, job-ad exclusions) and resolving `{name}`.

A list is written as entries in the query language, one per line (`ВкусВилл`, `vkusvill`,
`"вкус вилл"`, `вакан*`); `{name}` in a query stands for any of its entries. A list may name
another list; a list that names itself through others is refused.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.syntax import parse_query
from smmdesk.domain.reputation.query.tree import And, ListRef, Near, Node, Not, Or, all_of, any_of
from smmdesk.domain.text import QT_TRANSLATE_NOOP

UNKNOWN_LIST = QT_TRANSLATE_NOOP("Errors", "There is no list {{{name}}} in the library.")
LIST_CYCLE = QT_TRANSLATE_NOOP("Errors", "The list {{{name}}} names itself through {path}.")
EMPTY_LIST = QT_TRANSLATE_NOOP("Errors", "The list {{{name}}} has no entries.")
BAD_ENTRY = QT_TRANSLATE_NOOP("Errors", "The list {{{name}}}, entry «{entry}»: {problem}")


@dataclass(frozen=True)
class NamedList:
    name: str
    entries: tuple[str, ...]  # each in the query language
    tree: Node  # any of the entries


def named_list(name: str, entries: Iterable[str]) -> NamedList:
    """A list from its entries' text; ValidationError naming the entry that does not parse."""
    name = " ".join(name.split())
    texts = tuple(e.strip() for e in entries if e.strip())
    if not texts:
        raise ValidationError(EMPTY_LIST, field="list", name=name)
    trees = []
    for entry in texts:
        try:
            trees.append(parse_query(entry))
        except ValidationError as exc:
            raise ValidationError(
                BAD_ENTRY, field="list", name=name, entry=entry, problem=exc
            ) from None
    return NamedList(name, texts, any_of(trees))


Library = Mapping[str, NamedList]


def library_of(lists: Iterable[NamedList]) -> dict[str, NamedList]:
    """Lists by their name folded (`{Бренд}` and `{бренд}` are one list)."""
    return {item.name.casefold(): item for item in lists}


def resolve(node: Node, library: Library, _path: tuple[str, ...] = ()) -> Node:
    """The tree with every `{name}` replaced by its list's entries; ValidationError for an unknown
    list or one that names itself."""
    if isinstance(node, ListRef):
        key = node.name.casefold()
        if key in _path:
            raise ValidationError(LIST_CYCLE, field="query", name=node.name, path=" → ".join((*_path, key)))
        if key not in library:
            raise ValidationError(UNKNOWN_LIST, field="query", name=node.name)
        return resolve(library[key].tree, library, (*_path, key))
    if isinstance(node, And):
        return all_of(resolve(item, library, _path) for item in node.items)
    if isinstance(node, Or):
        return any_of(resolve(item, library, _path) for item in node.items)
    if isinstance(node, Not):
        return Not(resolve(node.item, library, _path))
    if isinstance(node, Near):
        return Near(
            resolve(node.left, library, _path),
            resolve(node.right, library, _path),
            node.distance,
            node.ordered,
        )
    return node
