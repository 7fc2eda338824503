"""Use cases of a publication's proof and results: screenshots in the database file, figures with
their source and date, statistics imported from a table and matched by link."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, any_, delete, literal, select
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from smmdesk.domain import metrics_import as mi
from smmdesk.domain import placements as rules
from smmdesk.domain.errors import ImportFileError, ValidationError
from smmdesk.domain.metrics import Metric, Source
from smmdesk.domain.money import from_kopecks, to_kopecks
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.io.images import ImageInfo, inspect_image, read_picture
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.storage.models import Placement, PublicationMetric, Screenshot

# --- screenshots -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ScreenshotInfo:
    id: int
    placement_id: int
    file_name: str
    media_type: str
    width: int
    height: int
    size: int
    thumbnail: bytes
    added_at: dt.datetime


@dataclass(frozen=True)
class PreparedScreenshot:
    """A picture file read and checked (decoded whole, measured, thumbnailed), ready to be kept."""

    file_name: str
    data: bytes
    info: ImageInfo


def prepare_screenshot(path: Path) -> PreparedScreenshot:
    """Reads and checks a picture file: the long part of adding it, done off the UI thread (a
    7680 × 7680 PNG takes a second to decode). Its size is checked before it is read."""
    data = read_picture(path)
    return PreparedScreenshot(path.name, data, inspect_image(data, path.name))


def add_screenshot(
    session: Session, placement_id: int, file_name: str, data: bytes, info: ImageInfo | None = None
) -> int:
    """Keeps the picture inside the database; a file that is not a readable picture is refused.
    `info`: what `prepare_screenshot` found, when it has already checked the picture."""
    session.get_one(Placement, placement_id)
    info = info or inspect_image(data, file_name)
    row = Screenshot(
        placement_id=placement_id, file_name=file_name, media_type=info.media_type, width=info.width,
        height=info.height, size=len(data), data=data, thumbnail=info.thumbnail,
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row.id


def screenshots_of(session: Session, placement_id: int) -> list[ScreenshotInfo]:
    rows = session.execute(
        select(
            Screenshot.id,
            Screenshot.placement_id,
            Screenshot.file_name,
            Screenshot.media_type,
            Screenshot.width,
            Screenshot.height,
            Screenshot.size,
            Screenshot.thumbnail,
            Screenshot.added_at,
        )
        .where(Screenshot.placement_id == placement_id)
        .order_by(Screenshot.id)
    ).all()
    return [ScreenshotInfo(*row) for row in rows]


def screenshot_data(session: Session, screenshot_id: int) -> tuple[str, bytes]:
    name, data = session.execute(
        select(Screenshot.file_name, Screenshot.data).where(Screenshot.id == screenshot_id)
    ).one()
    return name, data


def delete_screenshot(session: Session, screenshot_id: int) -> dict[str, Any]:
    row = session.get_one(Screenshot, screenshot_id)
    snapshot = {c.key: getattr(row, c.key) for c in Screenshot.__table__.columns}
    session.delete(row)
    return snapshot


def restore_screenshot(session: Session, snapshot: dict[str, Any]) -> None:
    session.add(Screenshot(**snapshot))


def remove_screenshot(session: Session, screenshot_id: int) -> None:
    """Undo of adding a screenshot."""
    session.execute(delete(Screenshot).where(Screenshot.id == screenshot_id))


ID_BATCH = 10_000  # ids bound to one query (SQLite allows 32,766 variables)

# --- figures -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MetricValue:
    value: int | Decimal  # revenue in roubles, the rest counts
    source: str
    captured_on: dt.date


def _to_stored(metric: Metric, value: int | Decimal) -> int:
    return to_kopecks(Decimal(value)) if metric is Metric.REVENUE else int(value)


def _from_stored(metric: str, value: int) -> int | Decimal:
    return from_kopecks(value) if metric == Metric.REVENUE.value else value


def metrics_of(session: Session, placement_id: int) -> dict[Metric, MetricValue]:
    rows = session.execute(
        select(
            PublicationMetric.metric,
            PublicationMetric.value,
            PublicationMetric.source,
            PublicationMetric.captured_on,
        ).where(PublicationMetric.placement_id == placement_id)
    ).all()
    return {Metric(m): MetricValue(_from_stored(m, v), s, d) for m, v, s, d in rows}


def _metric_rows(
    session: Session, columns: tuple[Any, ...], placement_ids: Sequence[int] | None
) -> Iterator[tuple[Any, ...]]:
    """Rows of publication_metric for many publications: a campaign of thousands of publications
    has tens of thousands of figures. The SQL is SQLAlchemy's, the same on both engines (the ids as
    one array on a server, in batches of bound ids on SQLite); the rows are read as the driver's
    plain tuples, since none of these columns needs converting but the day (`_day`)."""
    table = PublicationMetric.__table__
    query = select(table.c.placement_id, table.c.metric, *columns)
    connection = session.connection()
    if placement_ids is None:
        queries = [query]
    elif connection.dialect.name == "postgresql":
        queries = [query.where(table.c.placement_id == any_(literal(list(placement_ids), ARRAY(Integer))))]
    else:
        ids = list(placement_ids)
        queries = [
            query.where(table.c.placement_id.in_(ids[start : start + ID_BATCH]))
            for start in range(0, len(ids), ID_BATCH)
        ]
    for each in queries:
        result = connection.execute(each)
        try:
            yield from result.cursor.fetchall()
        finally:
            result.close()


_DAYS: dict[Any, dt.date] = {}


def _day(value: Any) -> dt.date:
    """A date as the driver gives it: a date on a server, ISO text from SQLite."""
    if isinstance(value, dt.date):
        return value
    day = _DAYS.get(value)
    if day is None:
        day = _DAYS[value] = dt.date.fromisoformat(value)
    return day


def metric_values(
    session: Session, placement_ids: Sequence[int] | None = None
) -> dict[int, dict[str, int | Decimal]]:
    """placement → {metric: value}, for many publications at once (the KPI view, the report)."""
    found: dict[int, dict[str, int | Decimal]] = {}
    revenue = Metric.REVENUE.value
    table = PublicationMetric.__table__
    for pid, metric, value in _metric_rows(session, (table.c.value,), placement_ids):
        found.setdefault(pid, {})[metric] = from_kopecks(value) if metric == revenue else value
    return found


def metric_sources(
    session: Session, placement_ids: Sequence[int]
) -> dict[int, dict[str, tuple[str, dt.date]]]:
    """placement → {metric: (source, the day it was taken)}."""
    found: dict[int, dict[str, tuple[str, dt.date]]] = {}
    table = PublicationMetric.__table__
    for pid, metric, source, day in _metric_rows(
        session, (table.c.source, table.c.captured_on), placement_ids
    ):
        found.setdefault(pid, {})[metric] = (source, _day(day))
    return found


Changes = dict[Metric, MetricValue | None]  # None: the figure is cleared
Previous = dict[str, tuple[int, str, dt.date] | None]


def set_metrics(session: Session, placement_id: int, changes: Changes) -> tuple[Previous, list[str]]:
    """Records figures (each with its source and date); returns what was there before, for undo,
    and warnings about unlikely figures. Impossible ones are refused."""
    placement = session.get_one(Placement, placement_id)
    for value in changes.values():
        if value is not None and value.source not in {s.value for s in Source}:
            raise ValueError(f"unknown source {value.source!r}")
    current = metrics_of(session, placement_id)
    merged: dict[Metric, int | Decimal | None] = {m: v.value for m, v in current.items()}
    merged.update({m: (v.value if v is not None else None) for m, v in changes.items()})
    warnings = rules.check_figures(placement.platform, merged)
    existing = {
        row.metric: row
        for row in session.scalars(
            select(PublicationMetric).where(PublicationMetric.placement_id == placement_id)
        )
    }
    previous: Previous = {}
    for metric, value in changes.items():
        row = existing.get(metric.value)
        previous[metric.value] = (row.value, row.source, row.captured_on) if row is not None else None
        if value is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(
                PublicationMetric(
                    placement_id=placement_id,
                    metric=metric.value,
                    value=_to_stored(metric, value.value),
                    source=value.source,
                    captured_on=value.captured_on,
                )
            )
        else:
            row.value, row.source, row.captured_on = (
                _to_stored(metric, value.value),
                value.source,
                value.captured_on,
            )
    return previous, warnings


def restore_metrics(session: Session, placement_id: int, previous: Previous) -> None:
    for metric, before in previous.items():
        session.execute(
            delete(PublicationMetric).where(
                PublicationMetric.placement_id == placement_id, PublicationMetric.metric == metric
            )
        )
        if before is not None:
            value, source, day = before
            session.add(
                PublicationMetric(
                    placement_id=placement_id, metric=metric, value=value, source=source, captured_on=day
                )
            )
    session.flush()


# --- statistics from a table ---------------------------------------------------------------------------


@dataclass
class MetricImportPlan:
    table: TableFile
    header: int
    mapping: dict[int, str]
    matched: list[tuple[int, mi.ParsedRow]] = field(default_factory=list)  # (placement id, row)
    unmatched: list[mi.ParsedRow] = field(default_factory=list)
    refused: list[tuple[mi.ParsedRow, ValidationError]] = field(default_factory=list)  # (row, reason)

    @property
    def set_aside(self) -> list[mi.ParsedRow]:
        """Matched rows with figures that were not taken (not a number, a fraction of a count, past
        the range): the rest of the row is imported, and the person is shown what was left out."""
        return [row for _, row in self.matched if row.problems]


def open_metrics_file(path: Path, sheet: str | None = None) -> TableFile:
    return read_table(path, sheet)


def plan_metric_import(
    session: Session, table: TableFile, campaign_id: int | None = None
) -> MetricImportPlan:
    """Finds the header, reads the rows and matches each to a publication by its link. Nothing is
    written; impossible figures are set aside with the reason."""
    header = mi.find_header(table.rows)
    if header is None:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "No header with a link column and figures (views, reach, likes…) was found in {name}.",
            ),
            name=table.path.name,
        )
    mapping = mi.match_columns(table.rows[header])
    plan = MetricImportPlan(table, header, mapping)
    query = select(Placement.id, Placement.url, Placement.platform).where(Placement.url != "")
    if campaign_id is not None:
        query = query.where(Placement.campaign_id == campaign_id)
    by_url = {mi.url_key(url): (pid, platform) for pid, url, platform in session.execute(query)}
    for row in mi.parse_rows(table.rows, header, mapping):
        found = by_url.get(mi.url_key(row.url))
        if found is None:
            plan.unmatched.append(row)
            continue
        if row.unread_date:  # its figures would be dated by the day chosen in the window: wrong
            plan.refused.append((row, _unread_date(row.unread_date)))
            continue
        try:
            rules.check_figures(found[1], dict(row.values))
        except ValidationError as exc:
            plan.refused.append((row, exc))
            continue
        plan.matched.append((found[0], row))
    return plan


def _unread_date(text: str) -> ValidationError:
    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "The date {text} cannot be read (write it as 20.11.2026): the row is not taken."
        ),
        field="date",
        text=text,
    )


def apply_metric_import(
    session: Session, plan: MetricImportPlan, source: str, captured_on: dt.date
) -> list[tuple[int, Previous]]:
    """Writes the matched rows (a row's own date wins over `captured_on`); returns undo data."""
    done = []
    for placement_id, row in plan.matched:
        day = row.captured_on or captured_on
        changes: Changes = {m: MetricValue(v, source, day) for m, v in row.values.items()}
        previous, _ = set_metrics(session, placement_id, changes)
        done.append((placement_id, previous))
    return done


def undo_metric_import(session: Session, done: list[tuple[int, Previous]]) -> None:
    for placement_id, previous in reversed(done):
        restore_metrics(session, placement_id, previous)
