"""«Снять статистику»: published placements with no figures yet, the most urgent first (stories'
statistics vanish within days)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smmdesk.domain.placements import PlacementRow
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.core.labels import format_label
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths

if TYPE_CHECKING:
    from smmdesk.ui.windows.placements import PlacementsWindow

OVERDUE = QColor("#fde2e2")


class CaptureList(QWidget):
    def __init__(self, section: PlacementsWindow) -> None:
        super().__init__(section)
        self.section = section
        self.model: RowTableModel[PlacementRow] = RowTableModel(self._columns(), self)
        self.model.background = lambda r: OVERDUE if (r.capture_days_left(section.today()) or 0) < 0 else None
        self.table = section.table_view(self.model, "toCapture")
        self.table.setSortingEnabled(True)
        apply_widths(self.table, self.model.columns)
        self.table.doubleClicked.connect(lambda index: section.select(self.model.row_at(index.row()).id))
        hint = QLabel(
            self.tr(
                "Published, with no figures recorded yet. Stories' statistics vanish within days: "
                "capture them first. A double click opens the placement."
            )
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)

    def _columns(self) -> list[ColumnSpec[PlacementRow]]:
        def left(days: int | None) -> str:
            if days is None:
                return ""
            if days < 0:
                return self.tr("{days} days overdue").format(days=-days)
            return self.tr("{days} days").format(days=days)

        section = self.section
        return [
            ColumnSpec(
                "days_left",
                self.tr("Days left"),
                lambda r: r.capture_days_left(section.today()),
                left,
                RIGHT,
                width=110,
            ),
            ColumnSpec(
                "influencer_name",
                self.tr("Influencer"),
                lambda r: f"{r.influencer_name} (@{r.handle})",
                width=220,
            ),
            ColumnSpec(
                "platform",
                self.tr("Platform"),
                lambda r: section.platform_titles.get(r.platform, r.platform),
                width=100,
            ),
            ColumnSpec("format", self.tr("Format"), lambda r: format_label(r.format_title), width=150),
            ColumnSpec(
                "published_on", self.tr("Published"), lambda r: r.published_on, format_date, width=100
            ),
            ColumnSpec("campaign", self.tr("Campaign"), lambda r: r.campaign_name, width=200),
            ColumnSpec("url", self.tr("Link"), lambda r: r.url, width=260),
        ]

    def show_rows(self, shown: Sequence[PlacementRow], today: dt.date) -> int:
        """Lists the shown placements still to capture; returns how many there are."""
        capture = sorted(
            (r for r in shown if r.capture_days_left(today) is not None),
            key=lambda r: r.capture_days_left(today) or 0,
        )
        self.model.set_rows(capture)
        return len(capture)
