"""Reading and writing the agency settings stored in the database."""

from __future__ import annotations

from dataclasses import fields
from decimal import Decimal

from sqlalchemy.orm import Session

from smmdesk.domain.settings import AgencySettings
from smmdesk.storage.database import Database
from smmdesk.storage.models import Setting

_PREFIX = "agency."


def load_agency_settings(session: Session) -> AgencySettings:
    stored = {
        row.key[len(_PREFIX) :]: row.value
        for row in session.query(Setting).filter(Setting.key.like(_PREFIX + "%"))
    }
    values: dict[str, object] = {}
    for f in fields(AgencySettings):
        if f.name in stored:
            raw = stored[f.name]
            values[f.name] = Decimal(raw) if isinstance(f.default, Decimal) else raw
    return AgencySettings(**values)  # type: ignore[arg-type]


def save_agency_settings(session: Session, settings: AgencySettings) -> None:
    settings.validated()
    for f in fields(AgencySettings):
        value = getattr(settings, f.name)
        session.merge(Setting(key=_PREFIX + f.name, value=str(value)))


def get_value(session: Session, key: str, default: str = "") -> str:
    row = session.get(Setting, key)
    return row.value if row else default


def set_value(session: Session, key: str, value: str) -> None:
    session.merge(Setting(key=key, value=value))


def read_agency_settings(db: Database) -> AgencySettings:
    with db.reading() as session:
        return load_agency_settings(session)


def update_agency_settings(db: Database, settings: AgencySettings) -> AgencySettings:
    """Saves the settings in one transaction; returns what they were, for undo."""
    settings.validated()
    with db.transaction() as session:
        previous = load_agency_settings(session)
        save_agency_settings(session, settings)
    return previous
