"""The «Показатели» tab of a placement: each figure with its source and the date it was taken,
saved together as one step."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.metrics import METRIC_LABELS, SOURCE_LABELS, Metric, Source
from smmdesk.domain.metrics_import import parse_figure
from smmdesk.i18n import error_text, translate
from smmdesk.services import publications as pub
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_decimal
from smmdesk.ui.widgets.date_field import DateField
from smmdesk.ui.widgets.form import save

if TYPE_CHECKING:
    from smmdesk.ui.widgets.placement_detail import PlacementDetail

ENTITY = "placements"


class FiguresTab(QWidget):
    def __init__(self, detail: PlacementDetail) -> None:
        super().__init__(detail)
        self.detail = detail
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Figure"), self.tr("Value"), self.tr("Source"), self.tr("Taken on"))
        ):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self.edits: dict[Metric, tuple[QLineEdit, QComboBox, DateField]] = {}
        for row, metric in enumerate(Metric, start=1):
            value = QLineEdit()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setObjectName(f"metric_{metric.value}")
            source = QComboBox()
            for item in Source:
                source.addItem(translate("Metrics", SOURCE_LABELS[item]), item.value)
            day = DateField()
            grid.addWidget(QLabel(translate("Metrics", METRIC_LABELS[metric])), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(source, row, 2)
            grid.addWidget(day, row, 3)
            self.edits[metric] = (value, source, day)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save the figures"))
        self.save_button.setObjectName("saveMetrics")
        self.save_button.clicked.connect(self.save_metrics)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def fill(self, values: dict[Metric, pub.MetricValue]) -> None:
        for metric, (value, source, day) in self.edits.items():
            known = values.get(metric)
            if known is None:
                value.clear()
                source.setCurrentIndex(0)
                day.set_value(None)
                continue
            value.setText(format_decimal(Decimal(known.value), 2 if metric is Metric.REVENUE else 0))
            source.setCurrentIndex(max(source.findData(known.source), 0))
            day.set_value(known.captured_on)
        self.message.clear()

    def save_metrics(self) -> bool:
        """Saves what was typed (an empty value clears the figure) in one step."""
        detail = self.detail
        db, row = detail.ws.db, detail.row
        if db is None or row is None:
            return False
        current = reading(db, pub.metrics_of, row.id)
        changes: pub.Changes = {}
        for metric, (value, source, day) in self.edits.items():
            text = value.text().strip()
            figure = translate("Metrics", METRIC_LABELS[metric])
            try:
                number = parse_figure(metric, text)
            except ValidationError as exc:  # beyond the figure's range, said with the range
                self.message.setText(error_text(exc))
                return False
            except ValueError:
                self.message.setText(
                    self.tr("{figure}: not a number ({text}).").format(figure=figure, text=text)
                )
                return False
            try:
                taken: dt.date | None = day.typed()
            except ValidationError as exc:
                self.message.setText(f"{figure}: {error_text(exc)}")
                return False
            wanted = (
                None
                if number is None
                else pub.MetricValue(number, source.currentData(), taken or detail.today())
            )
            if wanted != current.get(metric):
                changes[metric] = wanted
        if not changes:
            return True
        done = save(
            detail.ws,
            detail,
            self.tr("Figures of {name}").format(name=row.influencer_name),
            lambda: in_transaction(db, pub.set_metrics, row.id, changes),
            lambda result: in_transaction(db, pub.restore_metrics, row.id, result[0]),
            ENTITY,
            [row.id],
            self.message,
        )
        if done:
            self.message.setText(" ".join(translate("Placements", w) for w in done.value[1]))
        return bool(done)
