"""Exporting an estimate version for the client: XLSX with live formulas, PDF, or raw CSV."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats, platforms
from smmdesk.services.settings import load_agency_settings

SUFFIXES = (".xlsx", ".pdf", ".csv")


def export_version(
    session: Session, version_id: int, path: Path, made_on: dt.date | None = None
) -> VersionView:
    """Writes the version to `path` by its extension; returns what was written."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "An estimate is exported to .xlsx, .pdf or .csv, not {suffix}."),
            suffix=suffix or "—",
        )
    version = est.load_version(session, version_id)
    agency = load_agency_settings(session).agency_name
    platform_titles = dict(platforms(session))
    format_titles = {f.id: f.title for f in formats(session, include_archived=True)}
    if suffix == ".xlsx":
        from smmdesk.io.estimate_xlsx import write_estimate_xlsx

        write_estimate_xlsx(path, version, agency, platform_titles, format_titles, made_on)
    elif suffix == ".pdf":
        from smmdesk.io.estimate_pdf import write_estimate_pdf

        write_estimate_pdf(path, version, agency, platform_titles, format_titles, made_on)
    else:
        from smmdesk.io.estimate_csv import write_estimate_csv

        write_estimate_csv(path, version, platform_titles, format_titles)
    return version
