"""Choosing a brand's monitoring service: the catalogue with the planner's scores and weights (each
with its source and date), the ranking with its reasons, and what the brand's own imports measured
of each service (collection delay, the share of all mentions it found).

The rules are the domain's (`domain.reputation.choice`, `catalogue`); this module keeps the
overrides and reads the sightings. Every change returns what it replaced, for undo.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.catalogue import CATALOGUE
from smmdesk.domain.reputation.choice import (
    Criterion,
    Measured,
    Placement,
    Service,
    Sourced,
    default_weights,
    measured,
    rank,
)
from smmdesk.domain.reputation.mentions import Mention as Found
from smmdesk.domain.reputation.mentions import Sighting
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services.reputation.brands import load_brand, update_brand
from smmdesk.services.reputation.queue import STREAMED
from smmdesk.storage.models import Mention, MentionSighting, ReputationScore, ReputationWeight

BAD_SCORE = QT_TRANSLATE_NOOP("Errors", "A score is a whole number from 1 to 5, not {value}.")
BAD_WEIGHT = QT_TRANSLATE_NOOP("Errors", "A weight is a number from 0 to 100, not {value}.")
UNKNOWN_SERVICE = QT_TRANSLATE_NOOP("Errors", "{name} is not in the catalogue of services.")
NO_SOURCE = QT_TRANSLATE_NOOP("Errors", "Say where the value comes from (a trial, a quote, a document).")

Override = tuple[object, str, dt.date | None]  # (value, source, date) as it was; None: none set


@dataclass(frozen=True)
class Choice:
    """The brand's services with its overrides, the weights, the ranking and what was measured."""

    services: tuple[Service, ...]
    weights: dict[Criterion, Sourced]
    placements: list[Placement]
    measured: dict[str, Measured]
    chosen: str
    chosen_on: dt.date | None


def _catalogue_name(name: str) -> str:
    found = next((s.name for s in CATALOGUE if s.name.casefold() == name.strip().casefold()), None)
    if found is None:
        raise ValidationError(UNKNOWN_SERVICE, field="service", name=name)
    return found


def services(session: Session, client_id: int) -> tuple[Service, ...]:
    """The catalogue with the brand's own scores in place of the catalogue's."""
    scores = session.scalars(select(ReputationScore).where(ReputationScore.client_id == client_id))
    by_service: dict[str, list[ReputationScore]] = {}
    for score in scores:
        by_service.setdefault(score.service, []).append(score)
    out = []
    for service in CATALOGUE:
        for score in by_service.get(service.name, ()):
            service = service.with_score(
                Criterion(score.criterion), Sourced(score.value, score.source, score.on_date)
            )
        out.append(service)
    return tuple(out)


def weights(session: Session, client_id: int) -> dict[Criterion, Sourced]:
    """The default weights for the brand's parameters, with the planner's where set."""
    chosen = default_weights(load_brand(session, client_id).needs)
    for row in session.scalars(select(ReputationWeight).where(ReputationWeight.client_id == client_id)):
        chosen[Criterion(row.criterion)] = Sourced(row.value, row.source, row.on_date)
    return chosen


def choice(session: Session, client_id: int) -> Choice:
    brand = load_brand(session, client_id)
    listed = services(session, client_id)
    chosen_weights = weights(session, client_id)
    return Choice(
        listed,
        chosen_weights,
        rank(listed, brand.needs, chosen_weights),
        {m.service: m for m in measure(session, client_id)},
        brand.chosen_service,
        brand.chosen_on,
    )


def measure(session: Session, client_id: int) -> list[Measured]:
    """Delay and coverage of each service from the brand's imported mentions (domain `measured`).

    The rows are streamed and each mention is made, counted and dropped in turn: a brand's 500,000
    mentions are never all held at once."""
    rows = session.execute(
        select(Mention.id, Mention.published_at, MentionSighting.service, MentionSighting.collected_at)
        .join(MentionSighting, MentionSighting.mention_id == Mention.id)
        .where(Mention.client_id == client_id)
        .order_by(Mention.id, MentionSighting.id)
        .execution_options(yield_per=STREAMED)
    )
    return measured(_mentions(rows))


def _mentions(rows: Iterable[Any]) -> Iterator[Found]:
    """Mentions (with the services that saw them) from rows ordered by mention."""
    current: int | None = None
    published: dt.datetime | None = None
    seen: list[Sighting] = []
    for ident, when, service, collected in rows:
        if ident != current:
            if current is not None:
                yield Found(str(current), tuple(seen), published=published)
            current, published, seen = ident, when, []
        seen.append(Sighting(service, "", "", collected))
    if current is not None:
        yield Found(str(current), tuple(seen), published=published)


def _source(source: str) -> str:
    text = clean_text(source).strip()
    if not text:
        raise ValidationError(NO_SOURCE, field="source")
    return text


def set_score(
    session: Session, client_id: int, service: str, criterion: Criterion, value: int | None, source: str,
    on_date: dt.date | None,
) -> Override | None:  # fmt: skip
    """The planner's score of a service (None: not known), with its source and date; returns the
    override it replaced, or None where the catalogue's held."""
    name = _catalogue_name(service)
    if value is not None and (not isinstance(value, int) or not 1 <= value <= 5):
        raise ValidationError(BAD_SCORE, field="score", value=value)
    row = session.scalar(
        select(ReputationScore).where(
            ReputationScore.client_id == client_id,
            ReputationScore.service == name,
            ReputationScore.criterion == Criterion(criterion),
        )
    )
    old: Override | None = (row.value, row.source, row.on_date) if row is not None else None
    if row is None:
        row = ReputationScore(client_id=client_id, service=name, criterion=Criterion(criterion).value)
        session.add(row)
    row.value, row.source, row.on_date = value, _source(source), on_date
    session.flush()
    return old


def clear_score(session: Session, client_id: int, service: str, criterion: Criterion) -> Override | None:
    """Back to the catalogue's score; returns the override removed (for undo)."""
    row = session.scalar(
        select(ReputationScore).where(
            ReputationScore.client_id == client_id,
            ReputationScore.service == _catalogue_name(service),
            ReputationScore.criterion == Criterion(criterion),
        )
    )
    if row is None:
        return None
    old = (row.value, row.source, row.on_date)
    session.delete(row)
    session.flush()
    return old


def set_weight(
    session: Session,
    client_id: int,
    criterion: Criterion,
    value: Decimal,
    source: str,
    on_date: dt.date | None,
) -> Override | None:
    """The planner's weight of a criterion; returns the override it replaced (None: the default)."""
    try:
        weight = Decimal(str(value).replace(",", "."))
    except ArithmeticError:
        raise ValidationError(BAD_WEIGHT, field="weight", value=value) from None
    if not weight.is_finite() or weight * 100 != int(weight * 100) or not 0 <= weight <= 100:
        raise ValidationError(BAD_WEIGHT, field="weight", value=value)
    row = session.scalar(
        select(ReputationWeight).where(
            ReputationWeight.client_id == client_id, ReputationWeight.criterion == Criterion(criterion)
        )
    )
    old: Override | None = (row.value, row.source, row.on_date) if row is not None else None
    if row is None:
        row = ReputationWeight(client_id=client_id, criterion=Criterion(criterion).value)
        session.add(row)
    row.value, row.source, row.on_date = weight, _source(source), on_date
    session.flush()
    return old


def clear_weight(session: Session, client_id: int, criterion: Criterion) -> Override | None:
    row = session.scalar(
        select(ReputationWeight).where(
            ReputationWeight.client_id == client_id, ReputationWeight.criterion == Criterion(criterion)
        )
    )
    if row is None:
        return None
    old = (row.value, row.source, row.on_date)
    session.delete(row)
    session.flush()
    return old


def choose(session: Session, client_id: int, service: str, on_date: dt.date) -> tuple[str, dt.date | None]:
    """Records the service chosen for the brand; returns the choice it replaced."""
    name = _catalogue_name(service) if service else ""
    old = update_brand(session, client_id, {"chosen_service": name, "chosen_on": on_date if name else None})
    return old.get("chosen_service", ""), old.get("chosen_on")
