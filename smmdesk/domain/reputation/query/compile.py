"""Compiling a query for a monitoring service, checked against that service's limits.

Each dialect says what it follows and how sure that is (the pages read are named with the date
they were read; what is from the services' general practice and not confirmed is said so).
A service without Russian morphology gets every form of a word written out
(`(доставка OR доставки OR …)`), which is also what its operand limits count. The result is the
compiled text, or the limits the query breaks, in words; never a half-compiled query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.query.library import Library, resolve
from smmdesk.domain.reputation.query.morphology import word_forms
from smmdesk.domain.reputation.query.tree import (
    And,
    Filter,
    FilterField,
    Form,
    ListRef,
    Near,
    NearOperandError,
    Node,
    Not,
    Or,
    Phrase,
    Word,
    all_of,
    near_terms,
    walk,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP

L_PREFIX_LETTERS = QT_TRANSLATE_NOOP("Errors", "{service} needs at least {count} letters before *: {word}*")
L_LEADING_WILDCARD = QT_TRANSLATE_NOOP("Errors", "{service} takes no wildcard at the start of a word.")
L_OPERANDS = QT_TRANSLATE_NOOP(
    "Errors",
    "{service} takes at most {limit} operands; with every word form written out this query has {count}.",
)
L_WILDCARD_IN_NEAR = QT_TRANSLATE_NOOP(
    "Errors", "{service} takes no wildcard inside a proximity: {word}* next to NEAR; list the words instead."
)
L_ORDERED_NEAR = QT_TRANSLATE_NOOP(
    "Errors", "{service}'s distance operator does not keep the order (NEAR/{distance}f)."
)
L_NO_NEAR = QT_TRANSLATE_NOOP(
    "Errors", "{service} has no proximity operator we could confirm: NEAR/{distance}."
)
L_NO_PREFIX = QT_TRANSLATE_NOOP("Errors", "{service} has no prefix operator we could confirm: {word}*.")
L_NO_NOT = QT_TRANSLATE_NOOP(
    "Errors", "{service} has no exclusion operator we could confirm: NOT; set it in the topic."
)
L_NO_FILTER = QT_TRANSLATE_NOOP(
    "Errors", "{service} sets {field}: in the topic's filters, not in the query: {field}:{value}."
)
L_LONE_NOT = QT_TRANSLATE_NOOP("Errors", "{service} needs something to look for besides NOT.")
L_SPELLINGS_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "{service} takes comma-separated spellings (and exclusions set apart); this part is more: {part}",
)
L_NEAR_OPERAND = QT_TRANSLATE_NOOP(
    "Errors", "NEAR joins words and phrases; a list inside it holds more: {part}"
)


@dataclass(frozen=True)
class Limit:
    """A limit of the service the query breaks, as a message for a person (context "Errors")."""

    message: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate: Any = None) -> str:
        text = translate("Errors", self.message) if translate else self.message
        return text.format(**self.params)


@dataclass(frozen=True)
class Compiled:
    service: str
    text: str  # '' when limits are broken
    limits: tuple[Limit, ...] = ()
    exclusions: str = ""  # for services that take exclusions in a field of their own

    @property
    def ok(self) -> bool:
        return not self.limits


class _Refused(Exception):
    pass


class Dialect:
    """A service's query syntax. Subclasses set the operators and override what differs."""

    service = ""
    source = ""  # where the syntax comes from, with the date it was read
    morphology = True  # the service finds word forms itself
    and_op, or_op, not_op = " AND ", " OR ", "NOT "
    min_prefix = 1
    max_operands: int | None = None
    wildcard_in_near = True
    ordered_near = True
    near_supported = True
    prefix_supported = True
    not_supported = True
    filter_names: Mapping[FilterField, str] = MappingProxyType({})

    def __init__(self) -> None:
        self.limits: list[Limit] = []

    def limit(self, message: str, **params: Any) -> None:
        entry = Limit(message, {"service": self.service, **params})
        if entry not in self.limits:
            self.limits.append(entry)

    # --- terms
    def word(self, node: Word, in_near: bool = False) -> str:
        if node.form is Form.PREFIX:
            return self.prefix(node.text, in_near)
        if node.form is Form.EXACT:
            return f'"{node.text}"' if self.morphology else node.text
        if self.morphology:
            return node.text
        forms = sorted(word_forms(node.text))
        return forms[0] if len(forms) == 1 else "(" + self.or_op.join(forms) + ")"

    def prefix(self, stem: str, in_near: bool) -> str:
        if not self.prefix_supported:
            self.limit(L_NO_PREFIX, word=stem)
        elif not stem:
            self.limit(L_LEADING_WILDCARD)
        elif sum(ch.isalpha() for ch in stem) < self.min_prefix:
            self.limit(L_PREFIX_LETTERS, count=self.min_prefix, word=stem)
        if in_near and not self.wildcard_in_near:
            self.limit(L_WILDCARD_IN_NEAR, word=stem)
        return stem + "*"

    def phrase(self, node: Phrase) -> str:
        return '"' + " ".join(node.words) + '"'

    def near(self, left: str, right: str, node: Near) -> str:
        operator = f"NEAR/{node.distance}{'f' if node.ordered else ''}"
        return f"{left} {operator} {right}"

    def filter(self, node: Filter) -> str:
        name = self.filter_names.get(node.field)
        if name is None:
            self.limit(L_NO_FILTER, field=node.field.value, value=node.value)
            return ""
        value = node.value if " " not in node.value else f'"{node.value}"'
        return f"{name}:{value}"

    # --- structure
    def node(self, node: Node, in_near: bool = False) -> str:
        if isinstance(node, Word):
            return self.word(node, in_near)
        if isinstance(node, Phrase):
            return self.phrase(node)
        if isinstance(node, Filter):
            return self.filter(node)
        if isinstance(node, Or):
            parts = [self.alternative(item, in_near) for item in node.items]
            return "(" + self.or_op.join(parts) + ")"
        if isinstance(node, And):
            return "(" + self.conjunction(node.items) + ")"
        if isinstance(node, Not):
            self.limit(L_LONE_NOT)
            return self.not_op + self.node(node.item)
        if isinstance(node, Near):
            return self.proximity(node)
        raise AssertionError(node)  # lists are resolved before compiling

    def alternative(self, node: Node, in_near: bool) -> str:
        """An item of an OR: a word's written-out forms join the OR itself, without a group of their own."""
        text = self.node(node, in_near)
        if isinstance(node, Word) and node.form is Form.ALL and not self.morphology and text.startswith("("):
            return text[1:-1]
        return text

    def conjunction(self, items: tuple[Node, ...]) -> str:
        wanted = [self.node(item) for item in items if not isinstance(item, Not)]
        unwanted = [self.node(item.item) for item in items if isinstance(item, Not)]
        if unwanted and not self.not_supported:
            self.limit(L_NO_NOT)
        if not wanted:
            self.limit(L_LONE_NOT)
        parts = [p for p in wanted if p]
        text = self.and_op.join(parts)
        for part in unwanted:
            text += self.and_op + self.not_op + part
        return text

    def proximity(self, node: Near) -> str:
        if not self.near_supported:
            self.limit(L_NO_NEAR, distance=node.distance)
        if node.ordered and not self.ordered_near:
            self.limit(L_ORDERED_NEAR, distance=node.distance)
        sides = []
        for side in (node.left, node.right):
            try:
                near_terms(side)
            except NearOperandError:
                self.limit(L_NEAR_OPERAND, part=_short(side))
            sides.append(self.node(side, in_near=True))
        return self.near(sides[0], sides[1], node)

    def operands(self, tree: Node) -> int:
        """Terms and filters once every form is written out, as the operand limits count them."""
        count = 0
        for item in walk(tree):
            if isinstance(item, Word) and item.form is Form.ALL and not self.morphology:
                count += len(word_forms(item.text))
            elif isinstance(item, Word | Phrase | Filter):
                count += 1
        return count

    def top(self, tree: Node) -> str:
        text = self.conjunction(tree.items) if isinstance(tree, And) else self.node(tree)
        if isinstance(tree, Or):
            text = text[1:-1]
        return text

    def compile(self, tree: Node) -> Compiled:
        text = self.top(tree)
        if self.max_operands is not None and (count := self.operands(tree)) > self.max_operands:
            self.limit(L_OPERANDS, limit=self.max_operands, count=count)
        if self.limits:
            return Compiled(self.service, "", tuple(self.limits))
        return Compiled(self.service, text)


class Brandwatch(Dialect):
    service = "Brandwatch"
    source = (
        "Brandwatch Community, «Boolean explained: proximity operators» and «wildcard and question mark» "
        "(NEAR/n, NEAR/nf, * never at a word's start), and its «Advanced Query Operators» guide "
        "(site:, author:, links:, raw:), read 2026-12-01. pageType: values are from the service's "
        "general practice, not confirmed there. No Russian morphology: forms are written out."
    )
    morphology = False
    filter_names = MappingProxyType(
        {FilterField.AUTHOR: "author", FilterField.SITE: "site", FilterField.LANGUAGE: "language"}
    )
    page_types = MappingProxyType(
        {"blog": "blog", "forum": "forum", "media": "news", "reviews": "review", "video": "youtube"}
    )

    def filter(self, node: Filter) -> str:
        if node.field is FilterField.SOURCE:
            if node.value in self.page_types:
                return f"pageType:{self.page_types[node.value]}"
            self.limit(L_NO_FILTER, field=node.field.value, value=node.value)
            return ""
        return super().filter(node)


class YouScan(Dialect):
    service = "YouScan"
    source = (
        "YouScan help centre, «Search query language» (help.youscan.io/en/articles/642981), read "
        "2026-12-01: AND (or a space), OR, AND NOT, /N distance without order (coca /1 cola: side by "
        "side), quotes for the exact form and phrase, * only after at least 4 characters. The author "
        "and source operators are an add-on whose names the page does not give: set them as filters."
    )
    and_op, not_op = " AND ", "NOT "
    min_prefix = 4
    ordered_near = False

    def near(self, left: str, right: str, node: Near) -> str:
        # Our NEAR/n allows n words between; YouScan's /N counts the step (/1: side by side).
        return f"{left} /{node.distance + 1} {right}"


class Talkwalker(Dialect):
    service = "Talkwalker"
    source = (
        "Talkwalker, «Search syntax» of Talkwalker Alerts (talkwalker.com/syntax-alerts), read "
        '2026-12-01: AND, OR, AND NOT, quotes, site:"…", * only at a word\'s end. NEAR/n, ONEAR/n, '
        "lang: and author: are from the service's general practice, not confirmed on that page; at "
        "most 50 operands and no wildcard inside a proximity, as the brief of issue 14 says. No Russian "
        "morphology: forms are written out."
    )
    morphology = False
    max_operands = 50
    wildcard_in_near = False
    filter_names = MappingProxyType(
        {FilterField.AUTHOR: "author", FilterField.SITE: "site", FilterField.LANGUAGE: "lang"}
    )

    def near(self, left: str, right: str, node: Near) -> str:
        return f"{left} {'ONEAR' if node.ordered else 'NEAR'}/{node.distance} {right}"

    def filter(self, node: Filter) -> str:
        text = super().filter(node)
        if node.field is FilterField.SITE and text:
            return f'site:"{node.value}"'
        return text


class BrandAnalytics(Dialect):
    """Spellings separated by commas; exclusions go to the topic's field of their own."""

    service = "Brand Analytics"
    source = (
        "Brand Analytics blog, «Секреты работы с Brand Analytics: заведение тем» (brandanalytics.ru), "
        "read 2026-12-01: a brand is entered as all its spellings separated by commas (Сбербанк, "
        "Сбер). The advanced operators are not on that page, so anything beyond spellings and "
        "exclusions is reported as a limit."
    )
    near_supported = False
    prefix_supported = False

    def compile(self, tree: Node) -> Compiled:
        wanted: list[Node] = []
        unwanted: list[Node] = []
        items = tree.items if isinstance(tree, And) else (tree,)
        for item in items:
            (unwanted if isinstance(item, Not) else wanted).append(
                item.item if isinstance(item, Not) else item
            )
        if len(wanted) != 1:
            self.limit(L_SPELLINGS_ONLY, part=_short(all_of(wanted)) if wanted else "NOT")
            return Compiled(self.service, "", tuple(self.limits))
        text = self.spellings(wanted[0])
        exclusions = ", ".join(self.spellings(item) for item in unwanted)
        if self.limits:
            return Compiled(self.service, "", tuple(self.limits))
        return Compiled(self.service, text, exclusions=exclusions)

    def spellings(self, node: Node) -> str:
        items = node.items if isinstance(node, Or) else (node,)
        parts = []
        for item in items:
            if isinstance(item, Word | Phrase):
                parts.append(self.word(item) if isinstance(item, Word) else self.phrase(item))
            else:
                self.limit(L_SPELLINGS_ONLY, part=_short(item))
        return ", ".join(parts)


class IQBuzz(Dialect):
    service = "IQBuzz"
    source = (
        "IQBuzz knowledge base, «Язык запросов IQBuzz» (wiki.iqbuzz.ru, revision of 5 June 2019), read "
        "2026-12-01 in part: | for OR, & for AND, parentheses, quotes. Exclusion, distance and prefix "
        "operators were not in the part read, so they are reported as limits."
    )
    and_op, or_op = " & ", " | "
    near_supported = False
    prefix_supported = False
    not_supported = False


class Awario(Dialect):
    service = "Awario"
    source = (
        "Awario's Boolean search mode, from the service's general practice (AND, OR, AND NOT, "
        "parentheses, quotes); its documentation was not found in the corpus searched on 2026-12-01, "
        "so proximity and prefix operators are reported as limits. No Russian morphology: forms are "
        "written out; language and sources are the alert's settings."
    )
    morphology = False
    near_supported = False
    prefix_supported = False


DIALECTS: dict[str, type[Dialect]] = {
    d.service.casefold(): d for d in (Brandwatch, YouScan, Talkwalker, BrandAnalytics, IQBuzz, Awario)
}
UNKNOWN_SERVICE = QT_TRANSLATE_NOOP("Errors", "Queries are not compiled for {service}; for: {services}.")


def _short(node: Node) -> str:
    from smmdesk.domain.reputation.query.syntax import to_text

    return to_text(node)


def compile_query(tree: Node, service: str, library: Library | None = None) -> Compiled:
    """The query for `service` (by its name, any case), or the limits it breaks.

    ValidationError for a service without a compiler, an unknown list or a list that names itself.
    """
    from smmdesk.domain.reputation.service_names import canonical_service

    dialect = DIALECTS.get(canonical_service(service).casefold())
    if dialect is None:
        names = ", ".join(d.service for d in DIALECTS.values())
        raise ValidationError(UNKNOWN_SERVICE, field="service", service=service, services=names)
    resolved = resolve(tree, library or {})
    assert not any(isinstance(n, ListRef) for n in walk(resolved))
    return dialect().compile(resolved)
