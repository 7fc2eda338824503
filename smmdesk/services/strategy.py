"""Use cases of strategies and their versions: a strategy per client (or the agency's own brand) and
period; re-planning makes a new version with its reason, copying the latest; approval by the client
freezes a version; the history tells what each version changed against the one before.

Edits go to the latest version while it is not approved (`editable`). What happens while a plan
runs — check-ins, checkpoint results, payments — is recorded whatever the version's state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy import versions as rules
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.services.strategy_rows import read_version
from smmdesk.storage.models import Client, Strategy, StrategyVersion
from smmdesk.storage.models.strategy import VERSION_TABLES
from smmdesk.storage.server import require_manager

DEFAULT_COUNTRY = "RU"
FIELDS = ("title", "client_id", "period_from", "period_to", "country", "notes")
# A new version copies its rows without these: the copy is a new record, by whoever made it.
NOT_COPIED = ("id", "version_id", "row_version", "created_by", "changed_by", "changed_at")


@dataclass(frozen=True)
class VersionRef:
    id: int
    number: int
    reason: str
    approved_by: str
    approved_on: dt.date | None
    approval_comment: str
    created_at: dt.datetime

    @property
    def frozen(self) -> bool:
        return self.approved_on is not None


@dataclass(frozen=True)
class StrategyInfo:
    id: int
    title: str
    client_id: int | None
    client_name: str  # "" for the agency's own brand
    period_from: dt.date
    period_to: dt.date
    country: str
    notes: str
    versions: tuple[VersionRef, ...]  # oldest first

    @property
    def latest(self) -> VersionRef:
        return self.versions[-1]


@dataclass(frozen=True)
class StrategySummary:
    id: int
    title: str
    client_name: str
    period_from: dt.date
    period_to: dt.date
    versions: int
    approved: bool  # the latest version is approved


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise ValueError(f"not strategy fields: {sorted(unknown)}")
    clean = {k: (clean_text(v).strip() if isinstance(v, str) else v) for k, v in values.items()}
    if "title" in clean and not clean["title"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A strategy needs a title."), field="title")
    return clean


def _check(session: Session, strategy: Strategy) -> None:
    if strategy.period_to < strategy.period_from:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The strategy's period ends before it starts."), field="period_to"
        )
    if strategy.client_id is not None and session.get(Client, strategy.client_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no client number {id}."),
            field="client_id",
            id=strategy.client_id,
        )
    from smmdesk.domain.workdays import calendar

    try:
        calendar(strategy.country)
    except (KeyError, NotImplementedError, AttributeError, TypeError) as exc:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "No production calendar is known for the country {country}."),
            field="country",
            country=strategy.country,
        ) from exc


def create_strategy(
    session: Session,
    title: str,
    period_from: dt.date,
    period_to: dt.date,
    client_id: int | None = None,
    **values: Any,
) -> int:
    """A new strategy with its first version; returns its id."""
    clean = _clean(
        {"title": title, "period_from": period_from, "period_to": period_to, "client_id": client_id,
         "country": DEFAULT_COUNTRY, **values}
    )
    strategy = Strategy(**clean)
    _check(session, strategy)
    session.add(strategy)
    session.flush()
    session.add(StrategyVersion(strategy_id=strategy.id, number=1))
    session.flush()
    return strategy.id


def update_strategy(session: Session, strategy_id: int, changes: dict[str, Any]) -> dict[str, Any]:
    """Changes the strategy's own fields; returns the previous values (for undo)."""
    clean = _clean(changes)
    strategy = session.get_one(Strategy, strategy_id, with_for_update=True)
    previous = {key: getattr(strategy, key) for key in clean}
    for key, value in clean.items():
        setattr(strategy, key, value)
    _check(session, strategy)
    session.flush()
    return previous


@dataclass(frozen=True)
class StrategySnapshot:
    """Every row of a deleted strategy, table by table, to put it back as it was."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...]


def _strategy_tables() -> list[Any]:
    from smmdesk.storage.models import StrategyCheckIn, StrategyCheckResult, StrategyPayment

    return [Strategy, StrategyVersion, *VERSION_TABLES, StrategyCheckIn, StrategyCheckResult, StrategyPayment]


def _owned(model: Any, strategy_id: int) -> Any:
    if model is Strategy:
        return Strategy.id == strategy_id
    if "strategy_id" in model.__table__.c:
        return model.strategy_id == strategy_id
    versions = select(StrategyVersion.id).where(StrategyVersion.strategy_id == strategy_id)
    return model.version_id.in_(versions)


def delete_strategy(session: Session, strategy_id: int) -> StrategySnapshot:
    """Removes a strategy with everything in it; returns what it held (for undo)."""
    session.get_one(Strategy, strategy_id, with_for_update=True)
    tables = _strategy_tables()
    rows = []
    for model in tables:
        columns = list(model.__table__.columns)
        found = session.execute(select(*columns).where(_owned(model, strategy_id))).mappings().all()
        rows.append((model.__tablename__, tuple(dict(r) for r in found)))
    for model in reversed(tables):
        session.execute(delete(model).where(_owned(model, strategy_id)))
    return StrategySnapshot(tuple(rows))


def restore_strategy(session: Session, snapshot: StrategySnapshot) -> None:
    """Puts a deleted strategy back with the same ids and keys."""
    by_name = {model.__tablename__: model for model in _strategy_tables()}
    for name, rows in snapshot.rows:
        if rows:
            session.execute(insert(by_name[name]), list(rows))


# --- reading -------------------------------------------------------------------------------------------


def _version_refs(session: Session, strategy_id: int) -> tuple[VersionRef, ...]:
    return tuple(
        VersionRef(v.id, v.number, v.reason, v.approved_by, v.approved_on, v.approval_comment, v.created_at)
        for v in session.scalars(
            select(StrategyVersion)
            .where(StrategyVersion.strategy_id == strategy_id)
            .order_by(StrategyVersion.number)
        )
    )


def strategy_info(session: Session, strategy_id: int) -> StrategyInfo:
    strategy = session.get(Strategy, strategy_id)
    if strategy is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no strategy number {id}."), id=strategy_id
        )
    client = session.get(Client, strategy.client_id) if strategy.client_id is not None else None
    return StrategyInfo(
        strategy.id,
        strategy.title,
        strategy.client_id,
        client.name if client else "",
        strategy.period_from,
        strategy.period_to,
        strategy.country,
        strategy.notes,
        _version_refs(session, strategy_id),
    )


def list_strategies(session: Session, client_id: int | None = None) -> list[StrategySummary]:
    counts = dict(
        session.execute(
            select(StrategyVersion.strategy_id, func.max(StrategyVersion.number)).group_by(
                StrategyVersion.strategy_id
            )
        ).all()
    )
    approved = {
        strategy_id
        for strategy_id, number in session.execute(
            select(StrategyVersion.strategy_id, StrategyVersion.number).where(
                StrategyVersion.approved_on.is_not(None)
            )
        )
        if counts.get(strategy_id) == number
    }
    query = select(Strategy, Client.name).outerjoin(Client, Client.id == Strategy.client_id)
    if client_id is not None:
        query = query.where(Strategy.client_id == client_id)
    return [
        StrategySummary(
            s.id, s.title, name or "", s.period_from, s.period_to, counts.get(s.id, 0), s.id in approved
        )
        for s, name in session.execute(query.order_by(Strategy.period_from.desc(), Strategy.id.desc()))
    ]


def latest_version(session: Session, strategy_id: int) -> int:
    found = session.scalar(
        select(StrategyVersion.id)
        .where(StrategyVersion.strategy_id == strategy_id)
        .order_by(StrategyVersion.number.desc())
        .limit(1)
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no strategy number {id}."), id=strategy_id
        )
    return found


def version_row(session: Session, version_id: int) -> StrategyVersion:
    version = session.get(StrategyVersion, version_id)
    if version is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "That version of the strategy is gone (another planner removed it).")
        )
    return version


def editable(session: Session, version_id: int) -> StrategyVersion:
    """The version, locked (on a server) for one edit at a time; refused when it is approved or a
    newer version exists."""
    version = session.get(StrategyVersion, version_id, with_for_update=True, populate_existing=True)
    if version is None:
        version_row(session, version_id)
    assert version is not None
    if version.approved_on is not None:
        raise ValidationError(rules.FROZEN, field="version", number=version.number)
    newest = session.scalar(
        select(func.max(StrategyVersion.number)).where(StrategyVersion.strategy_id == version.strategy_id)
    )
    if newest != version.number:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Version {number} is history; the plan is edited in its latest version, {latest}."
            ),
            field="version",
            number=version.number,
            latest=newest,
        )
    return version


# --- coordinate: new versions, approval, history ---------------------------------------------------------


def new_version(session: Session, strategy_id: int, reason: str) -> int:
    """Re-plans: a new draft copying the latest version, with the reason; returns its id."""
    session.get_one(Strategy, strategy_id, with_for_update=True)
    latest = session.get_one(StrategyVersion, latest_version(session, strategy_id))
    reason = clean_text(reason).strip()
    rules.new_version(rules.StrategyVersion(latest.number, latest.reason), reason)  # refuses an empty reason
    draft = StrategyVersion(strategy_id=strategy_id, number=latest.number + 1, reason=reason)
    session.add(draft)
    session.flush()
    for model in VERSION_TABLES:
        columns = [c for c in model.__table__.columns if c.key not in NOT_COPIED]
        rows = [
            {**dict(zip([c.key for c in columns], values, strict=True)), "version_id": draft.id}
            for values in session.execute(select(*columns).where(model.version_id == latest.id))
        ]
        if rows:
            session.execute(insert(model), rows)
    return draft.id


@dataclass(frozen=True)
class VersionSnapshot:
    """A version taken away (the undo of a re-plan): its rows, to put back with the same ids."""

    rows: tuple[tuple[str, tuple[dict[str, Any], ...]], ...] = field(default=())


def drop_version(session: Session, version_id: int) -> VersionSnapshot:
    """The undo of a re-plan: removes the latest version, unless it was approved meanwhile."""
    version = editable(session, version_id)
    if version.number == 1:
        raise ValueError("the first version goes only with its strategy")
    rows = []
    model: Any
    for model in (StrategyVersion, *VERSION_TABLES):
        columns = list(model.__table__.columns)
        owned = model.id == version_id if model is StrategyVersion else model.version_id == version_id
        found = session.execute(select(*columns).where(owned)).mappings().all()
        rows.append((model.__tablename__, tuple(dict(r) for r in found)))
    for model in reversed(VERSION_TABLES):
        session.execute(delete(model).where(model.version_id == version_id))
    session.execute(delete(StrategyVersion).where(StrategyVersion.id == version_id))
    return VersionSnapshot(tuple(rows))


def restore_version(session: Session, snapshot: VersionSnapshot) -> None:
    """The redo of a re-plan: the version back with the ids it had."""
    by_name = {model.__tablename__: model for model in (StrategyVersion, *VERSION_TABLES)}
    for name, rows in snapshot.rows:
        if rows:
            session.execute(insert(by_name[name]), list(rows))


def approve(session: Session, version_id: int, by: str, on: dt.date, comment: str = "") -> None:
    """The client approved the version: it is frozen from now on."""
    require_manager(session, QT_TRANSLATE_NOOP("Errors", "record the client's approval of a strategy"))
    version = editable(session, version_id)
    approved = rules.approve(
        rules.StrategyVersion(version.number, version.reason), clean_text(by), on, clean_text(comment)
    )
    assert approved.approval is not None
    version.approved_by = approved.approval.by
    version.approved_on = approved.approval.on
    version.approval_comment = approved.approval.comment
    session.flush()


def withdraw_approval(session: Session, version_id: int) -> None:
    """The undo of an approval."""
    version = session.get_one(StrategyVersion, version_id, with_for_update=True)
    version.approved_by, version.approved_on, version.approval_comment = "", None, ""
    session.flush()


@dataclass(frozen=True)
class HistoryEntry:
    version: VersionRef
    changes: tuple[rules.Change, ...]  # against the version before (none for the first)


def history(session: Session, strategy_id: int) -> list[HistoryEntry]:
    """Each version with its reason, its approval and what it changed, oldest first."""
    refs = _version_refs(session, strategy_id)
    entries = []
    previous = None
    for ref in refs:
        snapshot = read_version(session, ref.id)
        changes: list[rules.Change] = rules.differences(previous, snapshot) if previous is not None else []
        entries.append(HistoryEntry(ref, tuple(changes)))
        previous = snapshot
    return entries


def version_by_number(session: Session, strategy_id: int, number: int) -> int:
    found = session.scalar(
        select(StrategyVersion.id).where(
            StrategyVersion.strategy_id == strategy_id, StrategyVersion.number == number
        )
    )
    if found is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The strategy has no version {number}."), number=number
        )
    return found
