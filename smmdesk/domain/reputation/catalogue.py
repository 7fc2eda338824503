"""The catalogue of monitoring services issue 14 names, each fact and score with its source and date.

Only what a source read on the date given supports is scored; everything else is None, "not
checked", for the planner to fill from a trial or a quote (their own entry then carries their
source and date). The sources were read through excerpts on 2026-12-01; a score of the query
language follows the syntax its compiler in `query.compile` was written from.
"""

from __future__ import annotations

import datetime as dt
from types import MappingProxyType

from smmdesk.domain.reputation.choice import Criterion, Kind, Service, Sourced

READ = dt.date(2026, 12, 1)
NOT_CHECKED = "not checked against a source; fill in from a trial, a quote or the service's documents"

CIAN = (
    "Циан's comparison of YouScan, Медиалогия, Brand Analytics and IQBuzz for answering mentions "
    "(forpes.ru/post/146152, a copy of the 2022 article): YouScan told its clients in spring 2022 that "
    "it was leaving the Russian market; Медиалогия, Brand Analytics and IQBuzz were tested as the "
    "Russian replacements"
)
KOKOC = (
    "kokoc.com/blog/brand-analytics: Brand Analytics collects social networks (those blocked in Russia "
    "too), forums and blogs, video hosting, marketplaces and shops, maps with reviews, open Telegram "
    "channels and chats"
)
YOUSCAN_SYNTAX = (
    "help.youscan.io/en/articles/642981: AND, OR, AND NOT, /N distance (no order), quotes, * after 4 "
    "letters, multi-line queries, comments"
)
BRANDWATCH_SYNTAX = (
    "community.brandwatch.com, «Boolean explained»: NEAR/n and NEAR/nf (ordered), * and ?, site:, "
    "url:, author:, links:, raw:, location operators"
)
TALKWALKER_SYNTAX = "talkwalker.com/syntax-alerts: AND, OR, AND NOT, -, quotes, site:, * at a word's end, ?"
BA_SYNTAX = "brandanalytics.ru blog on setting up topics: a brand as its spellings separated by commas"
IQBUZZ_SYNTAX = (
    "wiki.iqbuzz.ru «Язык запросов IQBuzz» (revision of 5 June 2019), in part: |, &, parentheses, quotes"
)
AWARIO_PRICE = (
    "comuedu.ru review of Western and Russian monitoring services (undated): Awario from $19 a month, "
    "a 14-day trial; it often finds a Russian brand's name in other senses"
)
KIND_NOTE = "the service's line of work as generally known; not re-checked against a source"


def _unknown() -> Sourced:
    return Sourced(None, NOT_CHECKED, READ)


def _service(name: str, kind: Kind, in_russia: Sourced, **known: Sourced) -> Service:
    scores = {c: known.get(c.value, _unknown()) for c in Criterion}
    return Service(name, Sourced(kind, KIND_NOTE, READ), in_russia, MappingProxyType(scores))


def _fact(value: object, source: str) -> Sourced:
    return Sourced(value, source, READ)


UNCONFIRMED = Sourced(None, NOT_CHECKED, READ)

CATALOGUE: tuple[Service, ...] = (
    _service("YouScan", Kind.LISTENING, _fact(False, CIAN), query=_fact(4, YOUSCAN_SYNTAX)),
    _service(
        "Brand Analytics",
        Kind.LISTENING,
        _fact(True, CIAN),
        coverage=_fact(5, KOKOC),
        query=_fact(2, BA_SYNTAX),
    ),
    _service("IQBuzz", Kind.LISTENING, _fact(True, CIAN), query=_fact(3, IQBUZZ_SYNTAX)),
    _service("Медиалогия", Kind.LISTENING, _fact(True, CIAN)),
    _service("Крибрум", Kind.LISTENING, UNCONFIRMED),
    _service("Brandwatch", Kind.LISTENING, UNCONFIRMED, query=_fact(5, BRANDWATCH_SYNTAX)),
    _service("Talkwalker", Kind.LISTENING, UNCONFIRMED, query=_fact(4, TALKWALKER_SYNTAX)),
    _service("Mention", Kind.LISTENING, UNCONFIRMED),
    _service(
        "Awario", Kind.LISTENING, UNCONFIRMED, scale=_fact(3, AWARIO_PRICE), coverage=_fact(2, AWARIO_PRICE)
    ),
    _service("Brand24", Kind.LISTENING, UNCONFIRMED),
    _service("LiveDune", Kind.OWN_ACCOUNTS, UNCONFIRMED),
    _service("Popsters", Kind.OWN_ACCOUNTS, UNCONFIRMED),
)


def service(name: str) -> Service:
    return next(s for s in CATALOGUE if s.name == name)
