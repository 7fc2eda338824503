"""A brand's reputation settings: the parameters the service choice weighs, the zone its times are
read and shown in, working hours, the SLA table, the escalation ladder, the service chosen.

A client without settings yet has the defaults (RULES.md's SLA, round-the-clock hours, Moscow);
the first change writes them. Every change returns what it replaced, for undo. Changing the SLA
table or the working hours moves the deadlines of the brand's mentions at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from smmdesk.domain import limits
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.choice import BrandNeeds, Scope
from smmdesk.domain.reputation.sla import DEFAULT_SLA, Severity, SlaTable
from smmdesk.domain.reputation.sources import ChannelKind, SourceKind
from smmdesk.domain.reputation.times import DEFAULT_ZONE, zone_info
from smmdesk.domain.reputation.triage import due
from smmdesk.domain.reputation.workflow import Level, Rung
from smmdesk.domain.text import QT_TRANSLATE_NOOP, clean_text
from smmdesk.domain.workdays import WorkingHours
from smmdesk.storage.models import Client, Mention, ReputationBrand, ReputationRung, ReputationSla
from smmdesk.storage.tracking import note_bulk_insert

BRAND_FIELDS = (
    "mentions_per_day", "response_hours", "regions", "languages", "scope", "zone", "working_hours",
    "chosen_service", "chosen_on", "notes",
)  # fmt: skip
MAX_RESPONSE_HOURS = Decimal(24 * 365)
NO_CLIENT = QT_TRANSLATE_NOOP("Errors", "There is no client number {id}.")
BAD_HOURS = QT_TRANSLATE_NOOP(
    "Errors", "The time to answer is a number of hours above 0 and up to 8760, not {value}."
)
BAD_SCOPE = QT_TRANSLATE_NOOP("Errors", "The scope is the whole web or own accounts only.")


@dataclass(frozen=True)
class BrandInfo:
    """A client as the section's brand list shows it."""

    client_id: int
    name: str
    mentions: int


@dataclass(frozen=True)
class Brand:
    """Everything of a brand's settings, the defaults where nothing was set."""

    client_id: int
    name: str
    needs: BrandNeeds
    zone: str
    working_hours: bool
    sla: SlaTable
    rungs: tuple[Rung, ...]  # the levels named so far (a complete ladder has L0–L3)
    chosen_service: str
    chosen_on: dt.date | None
    notes: str

    def rung(self, level: Level) -> Rung | None:
        return next((r for r in self.rungs if r.level is level), None)


def brands(session: Session) -> list[BrandInfo]:
    """Every client with how many mentions it has, by name."""
    counts = dict(session.execute(select(Mention.client_id, func.count()).group_by(Mention.client_id)).all())
    rows = session.execute(select(Client.id, Client.name).order_by(Client.name, Client.id))
    return [BrandInfo(ident, name, counts.get(ident, 0)) for ident, name in rows]


def _client_name(session: Session, client_id: int) -> str:
    name = session.scalar(select(Client.name).where(Client.id == client_id))
    if name is None:
        raise ValidationError(NO_CLIENT, field="client", id=client_id)
    return name


def _settings_row(session: Session, client_id: int) -> ReputationBrand | None:
    return session.scalar(select(ReputationBrand).where(ReputationBrand.client_id == client_id))


def _codes(text: str, upper: bool) -> tuple[str, ...]:
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    return tuple(dict.fromkeys(p.upper() if upper else p.lower() for p in parts))


def load_brand(session: Session, client_id: int) -> Brand:
    name = _client_name(session, client_id)
    row = _settings_row(session, client_id)
    zone = row.zone if row is not None else DEFAULT_ZONE
    working = row.working_hours if row is not None else False
    needs = BrandNeeds(
        mentions_per_day=row.mentions_per_day if row is not None else 0,
        response_hours=row.response_hours if row is not None else Decimal(24),
        regions=_codes(row.regions, True) if row is not None else ("RU",),
        languages=_codes(row.languages, False) if row is not None else ("ru",),
        scope=Scope(row.scope) if row is not None else Scope.WHOLE_WEB,
    )
    rungs = tuple(
        Rung(Level(r.level), r.approver, r.backup)
        for r in session.scalars(
            select(ReputationRung).where(ReputationRung.client_id == client_id).order_by(ReputationRung.level)
        )
    )
    return Brand(
        client_id,
        name,
        needs,
        zone,
        working,
        sla_table(session, client_id, zone, working),
        rungs,
        row.chosen_service if row is not None else "",
        row.chosen_on if row is not None else None,
        row.notes if row is not None else "",
    )


def sla_table(
    session: Session, client_id: int, zone: str | None = None, working_hours: bool | None = None
) -> SlaTable:
    """The brand's SLA table: RULES.md's hours where the brand set none, its working hours if on."""
    if zone is None or working_hours is None:
        row = _settings_row(session, client_id)
        zone = row.zone if row is not None else DEFAULT_ZONE
        working_hours = row.working_hours if row is not None else False
    hours = dict(DEFAULT_SLA.hours)
    for cell in session.scalars(select(ReputationSla).where(ReputationSla.client_id == client_id)):
        hours[(Severity(cell.severity), ChannelKind(cell.channel))] = cell.hours
    return SlaTable(hours, WorkingHours(zone) if working_hours else None)


def own_sla_cells(session: Session, client_id: int) -> set[tuple[Severity, ChannelKind]]:
    """The cells of the SLA table the brand set (the others are RULES.md's)."""
    rows = session.execute(
        select(ReputationSla.severity, ReputationSla.channel).where(ReputationSla.client_id == client_id)
    )
    return {(Severity(severity), ChannelKind(channel)) for severity, channel in rows}


def _valid_brand(changes: Mapping[str, Any]) -> dict[str, Any]:
    clean: dict[str, Any] = {}
    for key, value in changes.items():
        if key not in BRAND_FIELDS:
            raise KeyError(key)
        if isinstance(value, str):
            value = clean_text(value).strip()
        if key == "mentions_per_day":
            value = limits.count(int(value), field=key) or 0
        elif key == "response_hours":
            value = _hours(value)
        elif key == "zone":
            zone_info(value or DEFAULT_ZONE)
            value = value or DEFAULT_ZONE
        elif key == "scope":
            if value not in {s.value for s in Scope}:
                raise ValidationError(BAD_SCOPE, field="scope")
        elif key == "regions":
            value = ", ".join(_codes(value, True))
        elif key == "languages":
            value = ", ".join(_codes(value, False))
        elif key == "working_hours":
            value = bool(value)
        clean[key] = value
    return clean


def _hours(value: Any) -> Decimal:
    try:
        hours = Decimal(str(value).replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValidationError(BAD_HOURS, field="response_hours", value=value) from None
    whole_hundredths = hours.is_finite() and hours * 100 == int(hours * 100)
    if not whole_hundredths or not Decimal(0) < hours <= MAX_RESPONSE_HOURS:
        raise ValidationError(BAD_HOURS, field="response_hours", value=value)
    return hours


def update_brand(session: Session, client_id: int, changes: Mapping[str, Any]) -> dict[str, Any]:
    """Changes the brand's settings; returns the values they replaced (for undo)."""
    _client_name(session, client_id)
    clean = _valid_brand(changes)
    row = _settings_row(session, client_id)
    if row is None:
        row = ReputationBrand(client_id=client_id)
        session.add(row)
        session.flush()
    old = {key: getattr(row, key) for key in clean}
    for key, value in clean.items():
        setattr(row, key, value)
    session.flush()
    if {"zone", "working_hours"} & set(clean):
        recompute_deadlines(session, client_id)
    return old


def set_sla(
    session: Session, client_id: int, cells: Mapping[tuple[Severity, ChannelKind], Decimal | None]
) -> dict[tuple[Severity, ChannelKind], Decimal | None]:
    """Sets cells of the brand's SLA table (None: back to RULES.md's default); returns the cells as
    they were (None where the default held), and moves the deadlines."""
    _client_name(session, client_id)
    existing = {
        (Severity(c.severity), ChannelKind(c.channel)): c
        for c in session.scalars(select(ReputationSla).where(ReputationSla.client_id == client_id))
    }
    old: dict[tuple[Severity, ChannelKind], Decimal | None] = {}
    for key, hours in cells.items():
        severity, channel = Severity(key[0]), ChannelKind(key[1])
        cell = existing.get((severity, channel))
        old[(severity, channel)] = cell.hours if cell is not None else None
        if hours is None:
            if cell is not None:
                session.delete(cell)
            continue
        value = _hours(hours)
        if cell is None:
            session.add(ReputationSla(client_id=client_id, severity=severity, channel=channel, hours=value))
        else:
            cell.hours = value
    session.flush()
    recompute_deadlines(session, client_id)
    return old


def set_rung(session: Session, client_id: int, level: Level, approver: str, backup: str) -> Rung | None:
    """Names a level's approver and backup ('' for both: the level is cleared); returns the rung it
    replaced, or None when the level was not named."""
    _client_name(session, client_id)
    level = Level(level)
    row = session.scalar(
        select(ReputationRung).where(ReputationRung.client_id == client_id, ReputationRung.level == level)
    )
    old = Rung(level, row.approver, row.backup) if row is not None else None
    if not approver.strip() and not backup.strip():
        if row is not None:
            session.delete(row)
        return old
    rung = Rung(level, clean_text(approver), clean_text(backup))  # refused without both, in words
    if row is None:
        session.add(
            ReputationRung(client_id=client_id, level=level, approver=rung.approver, backup=rung.backup)
        )
    else:
        row.approver, row.backup = rung.approver, rung.backup
    session.flush()
    return old


def restore_rung(session: Session, client_id: int, level: Level, rung: Rung | None) -> Rung | None:
    """Undo of `set_rung`: the level as it was."""
    if rung is None:
        return set_rung(session, client_id, level, "", "")
    return set_rung(session, client_id, level, rung.approver, rung.backup)


def recompute_deadlines(session: Session, client_id: int, ids: list[int] | None = None) -> int:
    """Every deadline of the brand's mentions (or of `ids`) again from their severity and the
    brand's SLA. The deadline follows from the record, so the record's version is kept."""
    table = sla_table(session, client_id)
    query = select(
        Mention.id,
        Mention.severity,
        Mention.collected_at,
        Mention.published_at,
        Mention.source_kind,
        Mention.author_followers,
        Mention.deadline_at,
    ).where(Mention.client_id == client_id, Mention.severity != "")
    if ids is not None:
        query = query.where(Mention.id.in_(ids))
    changed = []
    for ident, severity, collected, published, kind, followers, current in session.execute(query):
        new = due(Severity(severity), collected, published, SourceKind(kind), followers, table)
        if new != current:
            changed.append({"mid": ident, "due": new})
    write_deadlines(session, changed)
    return len(changed)


def write_deadlines(session: Session, changed: list[dict[str, Any]]) -> None:
    """Stores derived deadlines ({"mid", "due"} each) without touching the records' versions."""
    if not changed:
        return
    table = cast(Table, Mention.__table__)
    statement = (
        update(table)
        .where(table.c.id == bindparam("mid"))
        .values(
            deadline_at=bindparam("due"),
            row_version=table.c.row_version,
            changed_by=table.c.changed_by,
            changed_at=table.c.changed_at,
        )
    )
    connection = session.connection()
    connection.execute(statement, changed)
    note_bulk_insert(connection, "mention")
