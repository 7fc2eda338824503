"""Choosing the monitoring service: knock-outs first, then weighted scores, the reason for each place,
and the figures measured from the services' own exports beside the typed scores.

Scores are 1–5 per criterion, each with its source and date (`catalogue.CATALOGUE`); an unknown
score counts as 1, the lowest, so that not knowing never helps a service, and the reason says so.
Default weights shift with the brand's parameters as issue 14 says; the planner overrides any
score or weight (with a source and date of their own).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from enum import StrEnum
from types import MappingProxyType

from smmdesk.domain.reputation.mentions import Mention
from smmdesk.domain.reputation.sla import median, percentile
from smmdesk.domain.text import QT_TRANSLATE_NOOP


class Criterion(StrEnum):
    COVERAGE = "coverage"  # coverage of Russian sources
    SPEED = "speed"  # collection delay and alerts
    QUERY = "query"  # query language
    SCALE = "scale"  # scale and price
    EXPORT = "export"  # export and API
    SENTIMENT = "sentiment"  # quality of Russian sentiment
    WORKFLOW = "workflow"  # workflow: assignments, statuses, replies


CRITERION_LABELS: dict[Criterion, str] = {
    Criterion.COVERAGE: QT_TRANSLATE_NOOP("Reputation", "Coverage of Russian sources"),
    Criterion.SPEED: QT_TRANSLATE_NOOP("Reputation", "Collection delay and alerts"),
    Criterion.QUERY: QT_TRANSLATE_NOOP("Reputation", "Query language"),
    Criterion.SCALE: QT_TRANSLATE_NOOP("Reputation", "Scale and price"),
    Criterion.EXPORT: QT_TRANSLATE_NOOP("Reputation", "Export and API"),
    Criterion.SENTIMENT: QT_TRANSLATE_NOOP("Reputation", "Quality of Russian sentiment"),
    Criterion.WORKFLOW: QT_TRANSLATE_NOOP("Reputation", "Workflow"),
}


class Scope(StrEnum):
    WHOLE_WEB = "whole_web"
    OWN_ACCOUNTS = "own_accounts"


class Kind(StrEnum):
    LISTENING = "listening"  # searches the whole web for mentions
    OWN_ACCOUNTS = "own_accounts"  # analyses accounts (own and competitors'), not the web


@dataclass(frozen=True)
class Sourced:
    """A value with where it comes from and when that was checked; value None: not known."""

    value: object
    source: str
    date: dt.date | None


@dataclass(frozen=True)
class Service:
    name: str
    kind: Sourced  # a Kind
    in_russia: Sourced  # True, False or None (not confirmed)
    scores: Mapping[Criterion, Sourced]  # values 1–5 or None

    def score(self, criterion: Criterion) -> int | None:
        value = self.scores[criterion].value if criterion in self.scores else None
        return value if isinstance(value, int) else None

    def with_score(self, criterion: Criterion, score: Sourced) -> Service:
        """The planner's score in place of the catalogue's."""
        return replace(self, scores=MappingProxyType({**self.scores, criterion: score}))


@dataclass(frozen=True)
class BrandNeeds:
    """The brand's parameters the choice depends on."""

    mentions_per_day: int
    response_hours: Decimal
    regions: tuple[str, ...] = ("RU",)
    languages: tuple[str, ...] = ("ru",)
    scope: Scope = Scope.WHOLE_WEB


BASE_WEIGHTS: Mapping[Criterion, Decimal] = MappingProxyType(
    {
        Criterion.COVERAGE: Decimal(20),
        Criterion.SPEED: Decimal(15),
        Criterion.QUERY: Decimal(15),
        Criterion.SCALE: Decimal(15),
        Criterion.EXPORT: Decimal(10),
        Criterion.SENTIMENT: Decimal(15),
        Criterion.WORKFLOW: Decimal(10),
    }
)
DEFAULT_WEIGHT_SOURCE = QT_TRANSLATE_NOOP(
    "Reputation", "smmdesk's default, shifted by the brand's parameters"
)
FAST_RESPONSE_HOURS = Decimal(1)
LARGE_VOLUME = 500


def default_weights(needs: BrandNeeds) -> dict[Criterion, Sourced]:
    """Base weights shifted as issue 14 says, then scaled to a sum of 100.

    A response required within an hour doubles speed; over 500 mentions a day weighs scale and
    sentiment up by half; own accounts only halves coverage of the web.
    """
    weights = dict(BASE_WEIGHTS)
    if needs.response_hours <= FAST_RESPONSE_HOURS:
        weights[Criterion.SPEED] *= 2
    if needs.mentions_per_day > LARGE_VOLUME:
        weights[Criterion.SCALE] *= Decimal("1.5")
        weights[Criterion.SENTIMENT] *= Decimal("1.5")
    if needs.scope is Scope.OWN_ACCOUNTS:
        weights[Criterion.COVERAGE] /= 2
    total = sum(weights.values())
    return {c: Sourced(w * 100 / total, DEFAULT_WEIGHT_SOURCE, None) for c, w in weights.items()}


class Verdict(StrEnum):
    RANKED = "ranked"
    NOT_IN_RUSSIA = "not_in_russia"
    OWN_ACCOUNTS_ONLY = "own_accounts_only"


@dataclass(frozen=True)
class Placement:
    """A service's place and why: its total, its strongest and weakest criteria, what is unknown."""

    service: str
    verdict: Verdict
    rank: int | None = None  # 1 for the best; None when knocked out
    total: Decimal | None = None  # weighted mean of the scores, 1–5
    strengths: tuple[Criterion, ...] = ()
    weaknesses: tuple[Criterion, ...] = ()
    unknown: tuple[Criterion, ...] = ()
    russia_unconfirmed: bool = False
    contributions: Mapping[Criterion, Decimal] = field(default_factory=dict)


def knock_out(service: Service, needs: BrandNeeds) -> Verdict | None:
    """Why a service is out before scoring, or None: not available in Russia (when the brand works
    there); a tool for own accounts only when the whole web must be heard."""
    if service.in_russia.value is False and "RU" in needs.regions:
        return Verdict.NOT_IN_RUSSIA
    if service.kind.value == Kind.OWN_ACCOUNTS and needs.scope is Scope.WHOLE_WEB:
        return Verdict.OWN_ACCOUNTS_ONLY
    return None


def rank(
    services: Iterable[Service], needs: BrandNeeds, weights: Mapping[Criterion, Sourced] | None = None
) -> list[Placement]:
    """Every service placed: the ranked ones by total (ties by name), then the knocked out."""
    chosen = weights or default_weights(needs)
    weight = {c: Decimal(str(chosen[c].value)) for c in Criterion}
    total_weight = sum(weight.values()) or Decimal(1)
    ranked: list[Placement] = []
    out: list[Placement] = []
    for service in services:
        verdict = knock_out(service, needs)
        if verdict is not None:
            out.append(Placement(service.name, verdict))
            continue
        scores = {c: service.score(c) for c in Criterion}
        counted = {c: Decimal(s if s is not None else 1) for c, s in scores.items()}
        contributions = {c: weight[c] * counted[c] / total_weight for c in Criterion}
        known = sorted(
            (c for c in Criterion if scores[c] is not None), key=lambda c: (-contributions[c], c.value)
        )
        best = max((counted[c] for c in known), default=None)
        worst = min((counted[c] for c in known), default=None)
        ranked.append(
            Placement(
                service.name,
                Verdict.RANKED,
                total=sum(contributions.values(), Decimal(0)),
                strengths=tuple(c for c in known if counted[c] == best)[:2] if best is not None else (),
                weaknesses=tuple(c for c in known if counted[c] == worst and worst != best)[:2],
                unknown=tuple(c for c in Criterion if scores[c] is None),
                russia_unconfirmed=service.in_russia.value is None,
                contributions=MappingProxyType(contributions),
            )
        )
    ranked.sort(key=lambda p: (-(p.total or 0), p.service))
    return [replace(p, rank=i) for i, p in enumerate(ranked, 1)] + sorted(out, key=lambda p: p.service)


REASON_RANKED = QT_TRANSLATE_NOOP("Reputation", "{rank}. {service}: {total} of 5; strongest: {strengths}")
REASON_WEAKEST = QT_TRANSLATE_NOOP("Reputation", "; weakest: {weaknesses}")
REASON_UNKNOWN = QT_TRANSLATE_NOOP("Reputation", "; not known, counted as 1: {unknown}")
REASON_RUSSIA = QT_TRANSLATE_NOOP("Reputation", "; availability in Russia not confirmed")
REASON_NOT_IN_RUSSIA = QT_TRANSLATE_NOOP("Reputation", "{service}: out, not available in Russia")
REASON_OWN_ONLY = QT_TRANSLATE_NOOP(
    "Reputation", "{service}: out, it analyses own accounts, not the whole web"
)


def reason(placement: Placement, translate: object = None, decimal_point: str = ",") -> str:
    """The reason for a place in words (translated when a `translate(context, text)` is given; the
    total with the file's `decimal_point`)."""

    def tr(text: str) -> str:
        return translate("Reputation", text) if callable(translate) else text

    def names(criteria: Sequence[Criterion]) -> str:
        return ", ".join(tr(CRITERION_LABELS[c]) for c in criteria) or "—"

    if placement.verdict is Verdict.NOT_IN_RUSSIA:
        return tr(REASON_NOT_IN_RUSSIA).format(service=placement.service)
    if placement.verdict is Verdict.OWN_ACCOUNTS_ONLY:
        return tr(REASON_OWN_ONLY).format(service=placement.service)
    from smmdesk.domain.money import format_decimal

    text = tr(REASON_RANKED).format(
        rank=placement.rank,
        service=placement.service,
        total=format_decimal(placement.total or Decimal(0), 1, decimal_point=decimal_point),
        strengths=names(placement.strengths),
    )
    if placement.weaknesses:
        text += tr(REASON_WEAKEST).format(weaknesses=names(placement.weaknesses))
    if placement.unknown:
        text += tr(REASON_UNKNOWN).format(unknown=names(placement.unknown))
    if placement.russia_unconfirmed:
        text += tr(REASON_RUSSIA)
    return text


# --- measured from imported exports ------------------------------------------------------------------


@dataclass(frozen=True)
class Measured:
    """What the planner's own imports say of a service."""

    service: str
    found: int  # mentions it found
    share: Decimal  # of all distinct mentions, percent
    only_here: int  # mentions no other service found
    delay_median: dt.timedelta | None
    delay_p90: dt.timedelta | None


def measured(mentions: Iterable[Mention]) -> list[Measured]:
    """Per service, from merged mentions: collection delay (median, 90th percentile) and coverage.

    The mentions are read once, in order (a brand's 500,000 can come one at a time)."""
    delays: dict[str, list[dt.timedelta]] = {}
    found: dict[str, int] = {}
    alone: dict[str, int] = {}
    total = 0
    for mention in mentions:
        total += 1
        services = mention.services
        for name in services:
            found[name] = found.get(name, 0) + 1
            delays.setdefault(name, [])
        if len(services) == 1:
            alone[services[0]] = alone.get(services[0], 0) + 1
        for sighting in mention.sightings:
            if mention.published is not None and sighting.collected is not None:
                delays[sighting.service].append(sighting.collected - mention.published)
    return [
        Measured(
            name,
            count,
            Decimal(count) * 100 / Decimal(total),
            alone.get(name, 0),
            median(delays[name]),
            percentile(delays[name], 90),
        )
        for name, count in sorted(found.items(), key=lambda item: (-item[1], item[0]))
    ]
