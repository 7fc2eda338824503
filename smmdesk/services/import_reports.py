"""An influencer import's report of what it did, and the column mappings saved for the next file."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from smmdesk.services.import_planning import ImportPlan
from smmdesk.storage.models import ImportMapping


def report_rows(
    plan: ImportPlan, translate: Callable[[str, str], str] | None = None
) -> list[tuple[str, str, str, str]]:
    """(row, outcome, account, reason) for every row the planner should know about."""
    out: list[tuple[str, str, str, str]] = []
    for p in plan.accounts:
        key = f"{p.incoming.platform}/{p.incoming.handle}"
        out.append((", ".join(map(str, p.incoming.rows)), p.action, key, ""))
    for note in plan.skipped:
        out.append((str(note.row), "skipped", note.cells, note.render(translate)))
    for note in plan.warnings:
        out.append((str(note.row), "warning", note.cells, note.render(translate)))
    for c in plan.conflicts:
        kept = c.incoming if c.take_incoming else c.current
        out.append(
            (
                ", ".join(map(str, c.rows)),
                "conflict",
                f"{c.platform}/{c.handle}",
                f"{c.field}: {c.current!s} ≠ {c.incoming!s} → {kept!s}",
            )
        )
    out.sort(key=lambda r: int(r[0].split(",")[0]) if r[0] else 0)
    return out


def write_report(plan: ImportPlan, path: Path, translate: Callable[[str, str], str] | None = None) -> None:
    from smmdesk.io.safe_text import write_csv_rows

    header = ("row", "outcome", "account", "reason")
    write_csv_rows(path, [header, *report_rows(plan, translate)])


def save_mapping(
    session: Session, name: str, headers: Sequence[str], mapping: dict[int, str], kind: str = "influencers"
) -> None:
    """Keeps a header → field mapping under a name (per kind of import: influencers, mentions)."""
    payload = json.dumps(
        {headers[i] if i < len(headers) else str(i): key for i, key in mapping.items()}, ensure_ascii=False
    )
    row = session.scalar(select(ImportMapping).where(ImportMapping.kind == kind, ImportMapping.name == name))
    if row is None:
        session.add(ImportMapping(kind=kind, name=name, payload=payload))
    else:
        row.payload = payload


def saved_mappings(session: Session, kind: str = "influencers") -> dict[str, dict[str, str]]:
    rows = session.scalars(
        select(ImportMapping).where(ImportMapping.kind == kind).order_by(ImportMapping.name)
    )
    return {row.name: json.loads(row.payload) for row in rows}


def apply_saved_mapping(headers: Sequence[str], saved: dict[str, str]) -> dict[int, str]:
    """A saved header → field mapping applied to this file's headers (matched by the header text)."""
    folded = {" ".join(k.lower().split()): v for k, v in saved.items()}
    return {
        i: folded[" ".join(h.lower().split())]
        for i, h in enumerate(headers)
        if " ".join(h.lower().split()) in folded
    }
