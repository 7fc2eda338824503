"""The mentions export of a brand, or of all: CSV or XLSX by the file's extension, one row per
mention, times in UTC ISO 8601 (in every language), the headers and the words of the values
(sentiment, category, severity, status, kind of source) in the language chosen at export: the
caller's `translate` (the interface's, or `i18n.translator_for` the one chosen)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.sentiment import SENTIMENT_LABELS, Sentiment
from smmdesk.domain.reputation.sla import SEVERITY_LABELS, Severity
from smmdesk.domain.reputation.sources import SOURCE_KIND_LABELS, SourceKind
from smmdesk.domain.reputation.times import iso_utc
from smmdesk.domain.reputation.workflow import CATEGORY_LABELS, STATUS_LABELS, Category, Status
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.safe_text import fit_cell, write_csv_rows
from smmdesk.io.xlsx_table import Column as XlsxColumn
from smmdesk.io.xlsx_table import write_table
from smmdesk.services.reputation.report_file import Translate, _identity
from smmdesk.storage.models import Mention, MentionSighting

WRONG_EXPORT_SUFFIX = QT_TRANSLATE_NOOP("Errors", "Export to .xlsx or .csv, not {suffix}.")


# --- the mentions export --------------------------------------------------------------------------------

EXPORT_HEADER = (
    QT_TRANSLATE_NOOP("MentionExport", "Services"),
    QT_TRANSLATE_NOOP("MentionExport", "Link as imported"),
    QT_TRANSLATE_NOOP("MentionExport", "Link"),
    QT_TRANSLATE_NOOP("MentionExport", "Published (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Collected (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Author"),
    QT_TRANSLATE_NOOP("MentionExport", "Kind of source"),
    QT_TRANSLATE_NOOP("MentionExport", "Sentiment"),
    QT_TRANSLATE_NOOP("MentionExport", "Category"),
    QT_TRANSLATE_NOOP("MentionExport", "Severity"),
    QT_TRANSLATE_NOOP("MentionExport", "Status"),
    QT_TRANSLATE_NOOP("MentionExport", "Deadline (UTC)"),
    QT_TRANSLATE_NOOP("MentionExport", "Text"),
)
SHEET = QT_TRANSLATE_NOOP("MentionExport", "Mentions")
_EXPORT_BATCH = 5_000


def export_rows(
    session: Session, client_id: int | None, translate: Translate = _identity
) -> Iterator[list[str]]:
    """One row per mention (of a brand, or of all): the services that saw it, the link as the first
    of them wrote it and normalized, times in UTC ISO 8601, the words in the language of `translate`."""
    query = select(
        Mention.id,
        Mention.link,
        Mention.published_at,
        Mention.collected_at,
        Mention.author_name,
        Mention.source_kind,
        Mention.sentiment,
        Mention.sentiment_set,
        Mention.category,
        Mention.severity,
        Mention.status,
        Mention.deadline_at,
        Mention.text,
    ).order_by(Mention.id)
    if client_id is not None:
        query = query.where(Mention.client_id == client_id)
    rows = list(session.execute(query))
    for start in range(0, len(rows), _EXPORT_BATCH):
        chunk = rows[start : start + _EXPORT_BATCH]
        seen: dict[int, list[tuple[str, str]]] = {}
        for mention_id, service, link in session.execute(
            select(MentionSighting.mention_id, MentionSighting.service, MentionSighting.link_raw)
            .where(MentionSighting.mention_id.in_([r.id for r in chunk]))
            .order_by(MentionSighting.id)
        ):
            seen.setdefault(mention_id, []).append((service, link))
        for r in chunk:
            sightings = seen.get(r.id, [])
            services = ", ".join(dict.fromkeys(s for s, _ in sightings))
            raw = next((link for _, link in sightings if link), r.link)
            sentiment = Sentiment(r.sentiment_set or r.sentiment)
            yield [
                services,
                raw,
                r.link,
                iso_utc(r.published_at),
                iso_utc(r.collected_at),
                r.author_name,
                translate("Reputation", SOURCE_KIND_LABELS[SourceKind(r.source_kind)]),
                translate("Reputation", SENTIMENT_LABELS[sentiment]),
                translate("Reputation", CATEGORY_LABELS[Category(r.category)]) if r.category else "",
                translate("Reputation", SEVERITY_LABELS[Severity(r.severity)]) if r.severity else "",
                translate("Reputation", STATUS_LABELS[Status(r.status)]),
                iso_utc(r.deadline_at),
                r.text,
            ]


def export_mentions(
    session: Session, client_id: int | None, path: Path, translate: Translate = _identity
) -> int:
    """Writes CSV or XLSX by the file's extension; returns the number of mentions written."""
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise ValidationError(WRONG_EXPORT_SUFFIX, field="out", suffix=suffix or "—")
    header = [translate("MentionExport", h) for h in EXPORT_HEADER]
    rows = list(export_rows(session, client_id, translate))
    if suffix == ".csv":
        write_csv_rows(path, [header, *rows])
    else:
        fitted = [[fit_cell(v) for v in row] for row in rows]
        write_table(path, translate("MentionExport", SHEET), [XlsxColumn(h) for h in header], fitted)
    return len(rows)
