"""A mention import's report (row, outcome, link, reason for each row of the file, as CSV) and the
header → field mappings kept under a name for the next export of a service."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from sqlalchemy.orm import Session

from smmdesk.services.influencer_import import save_mapping as _save_mapping
from smmdesk.services.influencer_import import saved_mappings as _saved_mappings
from smmdesk.services.reputation.mention_preview import MentionPreview

MAPPING_KIND = "mentions"


# --- the report and saved mappings ----------------------------------------------------------------------


def report_rows(
    preview: MentionPreview, translate: Callable[[str, str], str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(row, outcome, link, reason) for each row: added, same as before, skipped, a value not taken."""
    out: list[tuple[int, str, str, str]] = []
    for mention in preview.result.added:
        for s in mention.sightings:
            out.append((s.row, "added", s.link or mention.link, ""))
    another: set[int] = set()  # rows of a known mention that another service has now seen too
    for before, after in preview.result.extended:
        for s in after.sightings[len(before.sightings) :]:
            another.add(s.row)
            out.append((s.row, "same as before, seen by another service", s.link or after.link, ""))
    for s in preview.result.same:
        if s.row not in another:
            out.append((s.row, "same as before", s.link, ""))
    for problem in preview.result.skipped:
        out.append((problem.row, "skipped", "", problem.render(translate)))
    for problem in preview.notes:
        out.append((problem.row, "value not taken", "", problem.render(translate)))
    out.sort(key=lambda r: r[0])
    return [(str(row), outcome, link, reason) for row, outcome, link, reason in out]


def write_report(
    preview: MentionPreview, path: Path, translate: Callable[[str, str], str] | None = None
) -> None:
    from smmdesk.io.safe_text import write_csv_rows

    write_csv_rows(path, [("row", "outcome", "link", "reason"), *report_rows(preview, translate)])


def save_mapping(session: Session, name: str, headers: Sequence[str], mapping: Mapping[int, str]) -> None:
    """Keeps a header → field mapping under a name, to choose for the next export of that service."""
    _save_mapping(session, name, headers, dict(mapping), kind=MAPPING_KIND)


def saved_mappings(session: Session) -> dict[str, dict[str, str]]:
    return _saved_mappings(session, kind=MAPPING_KIND)
