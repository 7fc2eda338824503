"""Reading a version's items of one kind: one item or all of them as the domain's objects, and the
key a new item gets (`strategy_items` edits them), and the period of the strategy it belongs to."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.period import Period
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.strategy_rows import KINDS, Kind
from smmdesk.storage.models import Strategy, StrategyVersion

# --- reading one kind ------------------------------------------------------------------------------------


def _row(session: Session, kind: Kind, version_id: int, key: int) -> Any:
    found = session.scalar(
        select(kind.model).where(kind.model.version_id == version_id, kind.model.key == key)
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "That item is no longer in the plan (another planner removed it).")
        )
    return found


def _keys(session: Session, model: Any, version_id: int) -> set[int]:
    return set(session.scalars(select(model.key).where(model.version_id == version_id)))


def item(session: Session, version_id: int, kind: str, key: int) -> Any:
    """One item of the version as the domain's object."""
    return KINDS[kind].of(_row(session, KINDS[kind], version_id, key))


def items(session: Session, version_id: int, kind: str) -> list[Any]:
    spec = KINDS[kind]
    rows = session.scalars(
        select(spec.model).where(spec.model.version_id == version_id).order_by(spec.model.key)
    )
    return [spec.of(row) for row in rows]


def next_key(session: Session, model: Any, version_id: int) -> int:
    """A key no version of the strategy holds for this kind: an item removed in a new version keeps
    its key in the versions before, so the history never mistakes another item for it."""
    strategy_id = (
        select(StrategyVersion.strategy_id).where(StrategyVersion.id == version_id).scalar_subquery()
    )
    versions = select(StrategyVersion.id).where(StrategyVersion.strategy_id == strategy_id)
    top = session.scalar(select(func.max(model.key)).where(model.version_id.in_(versions)))
    return (top or 0) + 1


def period_of(session: Session, version_id: int) -> Period:
    """The period of the strategy the version belongs to."""
    found = session.execute(
        select(Strategy.period_from, Strategy.period_to)
        .join(StrategyVersion, StrategyVersion.strategy_id == Strategy.id)
        .where(StrategyVersion.id == version_id)
    ).one()
    return Period(found.period_from, found.period_to)
