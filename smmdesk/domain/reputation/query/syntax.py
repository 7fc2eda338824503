"""The query's text form: parsing what the planner types (errors name the position) and printing a tree.

    доставк* AND (курьер OR "опоздал") NOT {вакансии}
    {бренд} NEAR/3 (грубый OR хамство)        NEAR/3f: the left side first
    "Северный Ветер" AND site:otzovik.com AND source:reviews AND language:ru

Words match all their forms; a quoted word only that form; a quoted group of words is a phrase;
`*` ends a prefix. AND may be left out (a space is AND). NOT binds tightest, then NEAR, AND, OR.
Operators are written in capitals: a lower-case "and" or "или" is a word. Printing writes every
AND and the fewest parentheses, and parse(print(tree)) == tree for every tree `all_of`/`any_of` build.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import cast

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.tree import (
    And,
    Filter,
    FilterField,
    Form,
    ListRef,
    Near,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    all_of,
    any_of,
)
from smmdesk.domain.reputation.sources import SourceKind, kind_from_word
from smmdesk.domain.text import QT_TRANSLATE_NOOP

EMPTY = QT_TRANSLATE_NOOP("Errors", "The query is empty.")
UNCLOSED_QUOTE = QT_TRANSLATE_NOOP("Errors", "Position {position}: the quote opened here is not closed.")
UNCLOSED_LIST = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: the list name opened here is not closed with }}."
)
EMPTY_QUOTES = QT_TRANSLATE_NOOP("Errors", "Position {position}: the quotes hold nothing.")
EMPTY_LIST = QT_TRANSLATE_NOOP("Errors", "Position {position}: a list needs a name between the braces.")
BAD_STAR = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: * goes only at the end of a word, after at least one letter: {text}"
)
STAR_IN_QUOTES = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: inside quotes * is no prefix; write the prefix without quotes."
)
NEAR_DISTANCE = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: NEAR needs a distance, as in NEAR/3 (NEAR/3f keeps the order)."
)
NO_VALUE = QT_TRANSLATE_NOOP("Errors", "Position {position}: {name}: needs a value.")
BAD_SOURCE = QT_TRANSLATE_NOOP("Errors", "Position {position}: source: takes one of {kinds}.")
EXPECTED_TERM = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: a word, a phrase or a group was expected here."
)
STRAY_CLOSE = QT_TRANSLATE_NOOP("Errors", "Position {position}: this ) has no ( before it.")
UNCLOSED_GROUP = QT_TRANSLATE_NOOP("Errors", "Position {position}: the ( opened here is not closed.")
NEAR_OPERANDS = QT_TRANSLATE_NOOP(
    "Errors", "Position {position}: NEAR joins words, phrases, lists and groups of them joined by OR."
)

_FIELD_NAMES = {
    "author": FilterField.AUTHOR,
    "автор": FilterField.AUTHOR,
    "site": FilterField.SITE,
    "сайт": FilterField.SITE,
    "language": FilterField.LANGUAGE,
    "lang": FilterField.LANGUAGE,
    "язык": FilterField.LANGUAGE,
    "source": FilterField.SOURCE,
    "источник": FilterField.SOURCE,
}
_NEAR = re.compile(r"NEAR/(\d{1,3})(f?)")
_SPECIAL = set('()"{}«»')
_QUOTES = {'"': '"', "«": "»"}
_BARE_VALUE = re.compile(r'[^\s()"{}«»]+')


@dataclass(frozen=True)
class _Token:
    kind: str  # word, prefix, quoted, field, list, and, or, not, near, open, close, end
    position: int  # 1-based
    text: str = ""
    value: object = None


def _error(message: str, position: int, **params: object) -> ValidationError:
    return ValidationError(message, field="query", position=position, **params)


def _read_quoted(text: str, start: int) -> tuple[str, int]:
    closing = _QUOTES[text[start]]
    end = text.find(closing, start + 1)
    if end < 0:
        raise _error(UNCLOSED_QUOTE, start + 1)
    return text[start + 1 : end], end + 1


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    index = 0
    while index < len(text):
        char = text[index]
        if char.isspace():
            index += 1
        elif char in "()":
            tokens.append(_Token("open" if char == "(" else "close", index + 1))
            index += 1
        elif char in _QUOTES:
            content, end = _read_quoted(text, index)
            tokens.append(_Token("quoted", index + 1, content))
            index = end
        elif char == "{":
            end = text.find("}", index + 1)
            if end < 0:
                raise _error(UNCLOSED_LIST, index + 1)
            name = " ".join(text[index + 1 : end].split())
            if not name:
                raise _error(EMPTY_LIST, index + 1)
            tokens.append(_Token("list", index + 1, name))
            index = end + 1
        else:
            end = index
            while end < len(text) and not text[end].isspace() and text[end] not in _SPECIAL:
                end += 1
            if end == index:  # a lone closing » or }
                raise _error(EXPECTED_TERM, index + 1)
            token, index = _bare(text, index, end)
            tokens.append(token)
    tokens.append(_Token("end", len(text) + 1))
    return tokens


def _bare(text: str, start: int, end: int) -> tuple[_Token, int]:
    """The token of an unquoted run text[start:end], and where the next token starts."""
    word = text[start:end]
    position = start + 1
    if word in ("AND", "OR", "NOT"):
        return _Token(word.lower(), position), end
    if word.startswith("NEAR"):
        match = _NEAR.fullmatch(word)
        if not match:
            raise _error(NEAR_DISTANCE, position)
        return _Token("near", position, value=(int(match.group(1)), bool(match.group(2)))), end
    name, colon, rest = word.partition(":")
    if colon and name.lower() in _FIELD_NAMES:
        field = _FIELD_NAMES[name.lower()]
        if rest:
            return _Token("field", position, rest, field), end
        if end < len(text) and text[end] in _QUOTES:
            value, after = _read_quoted(text, end)
            if value.strip():
                return _Token("field", position, " ".join(value.split()), field), after
        raise _error(NO_VALUE, position, name=name)
    if "*" in word:
        if word.count("*") > 1 or not word.endswith("*") or len(word) == 1:
            raise _error(BAD_STAR, position, text=word)
        return _Token("prefix", position, word[:-1]), end
    return _Token("word", position, word), end


def _filter(token: _Token) -> Filter:
    field, value = token.value, token.text
    assert isinstance(field, FilterField)
    if field is FilterField.SOURCE:
        known = {kind.value: kind for kind in SourceKind}
        kind = kind_from_word(value) or known.get(value.lower())
        if kind is None:
            raise _error(BAD_SOURCE, token.position, kinds=", ".join(k.value for k in SourceKind))
        return Filter(field, kind.value)
    if field is FilterField.SITE:
        value = (
            value.lower().removeprefix("https://").removeprefix("http://").removeprefix("www.").rstrip("/")
        )
    if field is FilterField.LANGUAGE:
        value = value.lower()
    return Filter(field, value)


class _Parser:
    def __init__(self, text: str) -> None:
        self.tokens = _tokens(text)
        self.at = 0

    @property
    def token(self) -> _Token:
        return self.tokens[self.at]

    def take(self) -> _Token:
        token = self.tokens[self.at]
        self.at += 1
        return token

    def parse(self) -> Node:
        if self.token.kind == "end":
            raise ValidationError(EMPTY, field="query")
        node = self.or_expr()
        if self.token.kind == "close":
            raise _error(STRAY_CLOSE, self.token.position)
        if self.token.kind != "end":
            raise _error(EXPECTED_TERM, self.token.position)
        return node

    def or_expr(self) -> Node:
        items = [self.and_expr()]
        while self.token.kind == "or":
            self.take()
            items.append(self.and_expr())
        return any_of(items)

    def and_expr(self) -> Node:
        items = [self.unary()]
        while self.token.kind in ("and", "not", "open", "word", "prefix", "quoted", "field", "list"):
            if self.token.kind == "and":
                self.take()
            items.append(self.unary())
        return all_of(items)

    def unary(self) -> Node:
        if self.token.kind == "not":
            self.take()
            return Not(self.unary())
        start = self.token.position
        left = self.primary()
        if self.token.kind != "near":
            return left
        near = self.take()
        right_start = self.token.position
        right = self.primary()
        distance, ordered = cast(tuple[int, bool], near.value)
        for operand, position in ((left, start), (right, right_start)):
            if not _near_operand(operand):
                raise _error(NEAR_OPERANDS, position)
        if self.token.kind == "near":
            raise _error(NEAR_OPERANDS, self.token.position)
        return Near(left, right, distance, ordered)

    def primary(self) -> Node:
        token = self.take()
        if token.kind == "word":
            return Word(token.text)
        if token.kind == "prefix":
            return Word(token.text, Form.PREFIX)
        if token.kind == "quoted":
            if "*" in token.text:
                raise _error(STAR_IN_QUOTES, token.position)
            words = tuple(token.text.split())
            if not words:
                raise _error(EMPTY_QUOTES, token.position)
            return Word(words[0], Form.EXACT) if len(words) == 1 else Phrase(words)
        if token.kind == "field":
            return _filter(token)
        if token.kind == "list":
            return ListRef(token.text)
        if token.kind == "open":
            if self.token.kind == "close":
                raise _error(EXPECTED_TERM, self.token.position)
            node = self.or_expr()
            if self.token.kind != "close":
                raise _error(UNCLOSED_GROUP, token.position)
            self.take()
            return node
        if token.kind == "close":
            raise _error(STRAY_CLOSE, token.position)
        raise _error(EXPECTED_TERM, token.position)


def _near_operand(node: Node) -> bool:
    if isinstance(node, Or):
        return all(isinstance(item, Word | Phrase | ListRef) for item in node.items)
    return isinstance(node, Word | Phrase | ListRef)


def parse_query(text: str) -> Node:
    """The tree of a query's text; ValidationError naming the position of the first problem."""
    return _Parser(text).parse()


# --- printing ----------------------------------------------------------------------------------------

_PRECEDENCE = {Or: 1, And: 2, Not: 3, Near: 4}


def _precedence(node: Node) -> int:
    return _PRECEDENCE.get(type(node), 5)


def _wrap(node: Node, at_least: int) -> str:
    text = to_text(node)
    return f"({text})" if _precedence(node) < at_least else text


def _value(value: str) -> str:
    return value if _BARE_VALUE.fullmatch(value) else f'"{value}"'


def to_text(node: Node) -> str:
    """The canonical text form of a tree: explicit AND, the fewest parentheses."""
    if isinstance(node, Word):
        if node.form is Form.EXACT:
            return f'"{node.text}"'
        return node.text + ("*" if node.form is Form.PREFIX else "")
    if isinstance(node, Phrase):
        return '"' + " ".join(node.words) + '"'
    if isinstance(node, Or):
        return " OR ".join(_wrap(item, 2) for item in node.items)
    if isinstance(node, And):
        return " AND ".join(_wrap(item, 3) for item in node.items)
    if isinstance(node, Not):
        return "NOT " + _wrap(node.item, 3)
    if isinstance(node, Near):
        operator = f"NEAR/{node.distance}{'f' if node.ordered else ''}"
        return f"{_wrap(node.left, 5)} {operator} {_wrap(node.right, 5)}"
    if isinstance(node, Filter):
        return f"{node.field.value}:{_value(node.value)}"
    return "{" + node.name + "}"
