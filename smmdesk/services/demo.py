"""The demo database: realistic Russian data, generated deterministically from a fixed seed."""

from __future__ import annotations

import random
from decimal import Decimal
from pathlib import Path

from smmdesk.domain.settings import AgencySettings
from smmdesk.services.settings import save_agency_settings
from smmdesk.storage.backup import sidecar_files
from smmdesk.storage.database import open_database

SEED = 20261126
DEFAULT_INFLUENCERS = 300


def write_demo(path: Path, *, influencers: int | None = None, replace: bool = False) -> dict[str, int]:
    """Writes a new demo database at `path`; returns how many records of each kind it holds."""
    if path.exists():
        if not replace:
            raise FileExistsError(path)
        for file in sidecar_files(path):
            file.unlink(missing_ok=True)
    rng = random.Random(SEED)
    db = open_database(path, keep_backups=1)
    counts: dict[str, int] = {}
    try:
        with db.transaction() as session:
            save_agency_settings(
                session,
                AgencySettings(
                    agency_name="Агентство «Северный ветер»",
                    vat_rate=Decimal("22"),
                    agency_fee=Decimal("15"),
                    currency="RUB",
                ),
            )
        counts["settings"] = 1
        del rng, influencers
    finally:
        db.close()
    return counts
