"""A grid to type many publications' figures quickly, a cell at a time, each saved with the source
and date chosen above it; and statistics imported from a table, matched by link."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.metrics import METRIC_LABELS, SOURCE_LABELS, Metric, Source
from smmdesk.domain.metrics_import import parse_figure
from smmdesk.domain.placements import PlacementRow
from smmdesk.i18n import error_text, translate
from smmdesk.services import publications as pub
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask, background, tasks
from smmdesk.ui.core.formatting import format_date, format_decimal
from smmdesk.ui.core.labels import format_label
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.date_field import DateField
from smmdesk.ui.widgets.delegates import type_to_edit

ENTITY = "placements"
GRID_METRICS = (
    Metric.IMPRESSIONS,
    Metric.REACH,
    Metric.LIKES,
    Metric.COMMENTS,
    Metric.SHARES,
    Metric.SAVES,
    Metric.CLICKS,
    Metric.LEADS,
    Metric.SALES,
    Metric.REVENUE,
    Metric.FOLLOWERS,
)


class MetricsGrid(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MetricsGrid")
        self.ws = workspace
        self.values: dict[int, dict[str, int | Decimal]] = {}
        self.source = QComboBox()
        self.source.setObjectName("gridSource")
        for item in Source:
            self.source.addItem(translate("Metrics", SOURCE_LABELS[item]), item.value)
        self.day = DateField(dt.date.today())
        self.day.setObjectName("gridDate")
        self.import_button = QPushButton(self.tr("Import statistics…"))
        self.import_button.setToolTip(self.tr("A CSV or XLSX with a column of links and columns of figures"))
        self.import_button.clicked.connect(lambda: self.import_statistics())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Typed figures are saved as:")))
        top.addWidget(self.source)
        top.addWidget(QLabel(self.tr("taken on")))
        top.addWidget(self.day)
        top.addStretch(1)
        top.addWidget(self.import_button)
        self.model: RowTableModel[PlacementRow] = RowTableModel(self._columns(), self)
        self.table = QTableView()
        self.table.setObjectName("metricsGrid")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        type_to_edit(self.table)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 220)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)

    def _columns(self) -> list[ColumnSpec[PlacementRow]]:
        columns: list[ColumnSpec[PlacementRow]] = [
            ColumnSpec(
                "influencer_name",
                self.tr("Publication"),
                lambda r: f"{r.influencer_name} (@{r.handle})",
                tooltip=lambda r: r.url,
            ),
            ColumnSpec("published_on", self.tr("Published"), lambda r: r.published_on, format_date),
            ColumnSpec("format", self.tr("Format"), lambda r: format_label(r.format_title)),
        ]
        for metric in GRID_METRICS:
            columns.append(self._metric_column(metric))
        return columns

    def _metric_column(self, metric: Metric) -> ColumnSpec[PlacementRow]:
        places = 2 if metric is Metric.REVENUE else 0

        def value(row: PlacementRow) -> int | Decimal | None:
            return self.values.get(row.id, {}).get(metric.value)

        def shown(number: Any) -> str:
            return "" if number is None else format_decimal(Decimal(number), places)

        return ColumnSpec(
            metric.value,
            translate("Metrics", METRIC_LABELS[metric]),
            value,
            shown,
            RIGHT,
            edit=lambda row, typed: self.save(row, metric, typed),
            edit_value=lambda row: shown(value(row)),
        )

    def show_rows(self, rows: list[PlacementRow]) -> None:
        db = self.ws.db
        self.values = reading(db, pub.metric_values, [r.id for r in rows]) if db is not None and rows else {}
        self.model.editable = not self.ws.read_only
        self.model.set_rows(rows)
        self.import_button.setEnabled(not self.ws.read_only)

    def save(self, row: PlacementRow, metric: Metric, typed: Any) -> bool:
        """A cell typed into: the figure is saved with the chosen source and date, or cleared."""
        db = self.ws.db
        if db is None:
            return False
        text = str(typed).strip()
        try:
            number = parse_figure(metric, text)
        except ValidationError as exc:  # beyond the figure's range, said with the range
            self.message.setText(error_text(exc))
            return False
        except ValueError:
            self.message.setText(self.tr("Not a number: {text}").format(text=text))
            return False
        if number == self.values.get(row.id, {}).get(metric.value):
            return False
        value = None if number is None else pub.MetricValue(number, self.source.currentData(), self._day())
        try:
            done = self.ws.edit(
                self.tr("Figures of {name}").format(name=row.influencer_name),
                lambda: in_transaction(db, pub.set_metrics, row.id, {metric: value}),
                lambda result: in_transaction(db, pub.restore_metrics, row.id, result[0]),
                ENTITY,
                [row.id],
            )
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.setText(" ".join(translate("Placements", w) for w in done[1]))
        return True

    def _day(self) -> dt.date:
        return self.day.value() or dt.date.today()

    def import_statistics(self, path: str | None = None) -> None:
        """Reads a table of statistics in the background, then shows what matched and what did not
        and saves on consent."""
        db = self.ws.db
        if db is None:
            return
        chosen = path or ask.open_file(
            self, self.tr("Import statistics"), "", self.tr("Tables (*.csv *.xlsx *.txt)")
        )
        if not chosen:
            return
        source = Path(chosen)

        def read(report: background.Report, cancelled: background.IsCancelled) -> pub.MetricImportPlan:
            table = pub.open_metrics_file(source)
            if cancelled():
                raise tasks.Cancelled()
            with db.reading() as session:
                return pub.plan_metric_import(session, table)

        background.run(
            self,
            self.tr("Reading {name}…").format(name=source.name),
            read,
            lambda plan: self._offer_import(source, plan),
        )

    @staticmethod
    def _not_taken(row: Any) -> str:
        """«Просмотры: 1,5; Лайки: много»: each figure of the row that was not taken, as written."""
        shown = []
        for problem in row.problems:
            key, _, text = problem.partition(": ")
            label = METRIC_LABELS.get(Metric(key)) if key in {m.value for m in Metric} else None
            shown.append(f"{translate('Metrics', label) if label else key}: {text}")
        return "; ".join(shown)

    def _offer_import(self, source: Path, plan: pub.MetricImportPlan) -> None:
        db = self.ws.db
        if db is None:
            return
        lines = [
            self.tr("Rows matched to publications by link: {count}.").format(count=len(plan.matched)),
            self.tr("Links not found among the publications: {count}.").format(count=len(plan.unmatched)),
        ]
        lines += [self.tr("Row {row}: {url}").format(row=r.row, url=r.url) for r in plan.unmatched[:10]]
        if plan.refused:
            lines.append(self.tr("Rows refused: {count}.").format(count=len(plan.refused)))
            lines += [
                self.tr("Row {row}: {reason}").format(row=r.row, reason=error_text(reason))
                for r, reason in plan.refused[:10]
            ]
        if plan.set_aside:
            lines.append(
                self.tr("Rows with figures not taken (the rest of each row is imported): {count}.").format(
                    count=len(plan.set_aside)
                )
            )
            lines += [
                self.tr("Row {row}: not taken — {figures}").format(row=r.row, figures=self._not_taken(r))
                for r in plan.set_aside[:10]
            ]
        source_name = translate("Metrics", SOURCE_LABELS[Source(self.source.currentData())])
        saved_as = self.tr(
            "The figures will be saved as “{source}”, taken on {date} unless the file gives a date."
        )
        lines.append(saved_as.format(source=source_name, date=format_date(self._day())))
        if not plan.matched:
            ask.inform(self, self.tr("Import statistics"), "\n".join(lines))
            return
        if not ask.confirm(self, self.tr("Import statistics"), "\n".join(lines)):
            return
        chosen_source, day = self.source.currentData(), self._day()
        self.ws.edit(
            self.tr("Import statistics from {name}").format(name=source.name),
            lambda: in_transaction(db, pub.apply_metric_import, plan, chosen_source, day),
            lambda done: in_transaction(db, pub.undo_metric_import, done),
            ENTITY,
            [pid for pid, _ in plan.matched],
        )
