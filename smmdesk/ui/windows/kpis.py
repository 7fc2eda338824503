"""A campaign's effectiveness: KPI targets against facts, the charts, and the client's report."""

from __future__ import annotations

from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.report import percent_text
from smmdesk.domain.text import file_name
from smmdesk.i18n import error_text, translate
from smmdesk.services import kpi, report
from smmdesk.services import placements as pl
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_decimal, format_int, format_money, parse_decimal
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.delegates import type_to_edit
from smmdesk.ui.windows.section import Section

ENTITY = "kpis"
GOOD, CLOSE, FAR = QColor("#dff1e0"), QColor("#fff1d6"), QColor("#fde2e2")


def kpi_value(value: Decimal | None, kind: str, currency: str = "RUB") -> str:
    if value is None:
        return "—"
    if kind == "money":
        return format_money(value, currency)
    if kind == "percent":
        return shown_percent(value, 2)
    return format_int(int(value))


def shown_percent(value: Decimal, places: int) -> str:
    """A percentage as the client's report prints it (fixed decimals), in the interface's numbers."""
    locale = QLocale()
    return percent_text(value, places, locale.decimalPoint(), locale.groupSeparator())


class KpisWindow(Section):
    KEY = "kpis"
    ENTITIES = (ENTITY, "placements", "estimates")
    # The client's charts (those of the report), then the internal view of payments to bloggers.
    chart_keys = (*report.CHART_KEYS, *report.INTERNAL_CHART_KEYS)

    def build(self) -> None:
        self.results: kpi.CampaignResults | None = None
        self.figures: dict[str, Any] = {}

        self.campaign = QComboBox()
        self.campaign.setObjectName("kpiCampaign")
        self.campaign.setMinimumWidth(300)
        self.campaign.activated.connect(lambda _: self.show_campaign())
        self.search = self.campaign
        self.with_fee = QCheckBox(self.tr("Costs with the agency fee and VAT"))
        self.with_fee.setObjectName("kpiWithFee")
        self.with_fee.toggled.connect(lambda _: self.show_campaign())
        self.report_button = QToolButton()
        self.report_button.setText(self.tr("Report for the client"))
        self.report_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.addAction(self.tr("Excel (XLSX)…"), partial(self.export_report, ".xlsx"))
        menu.addAction(self.tr("PDF…"), partial(self.export_report, ".pdf"))
        menu.addAction(self.tr("Excel and PDF…"), partial(self.export_report, ".xlsx .pdf"))
        self.report_button.setMenu(menu)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign)
        top.addWidget(self.with_fee)
        top.addStretch(1)
        top.addWidget(self.report_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(
            self.splitter("splitter", self._table_side(), self._charts_side(), sizes=(560, 800)), 1
        )

    def _table_side(self) -> QWidget:
        self.summary = QLabel()
        self.summary.setObjectName("kpiSummary")
        self.summary.setWordWrap(True)
        self.model: RowTableModel[kpi.KpiLine] = RowTableModel(self._columns(), self)
        self.model.background = self._achievement_colour
        self.table = QTableView()
        self.table.setObjectName("kpiTable")
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        type_to_edit(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, width in enumerate((170, 130, 130, 110)):
            self.table.setColumnWidth(index, width)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        hint = QLabel(
            self.tr("Type a target into “Plan”; an empty plan removes it. Costs are lower-is-better.")
        )
        hint.setWordWrap(True)
        hint.setObjectName("placeholderStatus")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.summary)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.message)
        left_layout.addWidget(hint)
        return left

    def _charts_side(self) -> QWidget:
        self.charts = QTabWidget()
        self.charts.setObjectName("kpiCharts")
        self.chart_titles = {
            "reach": self.tr("Reach and views"),
            "cost": self.tr("Cost by influencer"),
            "groups": self.tr("Formats and platforms"),
            "budget": self.tr("Cost and budget"),
            "payments": self.tr("Payments to bloggers (internal)"),
        }
        # Short names on the tabs, so that all five fit beside the table on a laptop; the whole
        # title is the tab's tooltip (and the saved file's name).
        tabs = {
            "reach": self.tr("Reach"),
            "cost": self.tr("Cost"),
            "groups": self.tr("Formats"),
            "budget": self.tr("Budget"),
            "payments": self.tr("Payments (internal)"),
        }
        self.chart_pages: dict[str, QVBoxLayout] = {}
        for index, key in enumerate(self.chart_keys):
            page = QWidget()
            self.chart_pages[key] = QVBoxLayout(page)
            self.chart_pages[key].setContentsMargins(0, 0, 0, 0)
            self.charts.addTab(page, tabs[key])
            self.charts.setTabToolTip(index, self.chart_titles[key])
        self.charts.setTabToolTip(
            len(self.chart_keys) - 1,
            self.chart_titles["payments"]
            + ": "
            + self.tr("what the agency owes and paid the bloggers, never in a client's file"),
        )
        self.charts.currentChanged.connect(lambda _: self._draw_current())
        self.save_chart_button = QPushButton(self.tr("Save the chart…"))
        self.save_chart_button.clicked.connect(lambda: self.save_chart())
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.charts, 1)
        right_layout.addWidget(self.save_chart_button, 0, Qt.AlignmentFlag.AlignRight)
        return right

    def _columns(self) -> list[ColumnSpec[kpi.KpiLine]]:
        def plan_text(line: kpi.KpiLine) -> str:
            if line.plan is None:
                return ""
            return format_decimal(line.plan, 0 if line.kind == "count" else 2).replace("\u00a0", " ")

        return [
            ColumnSpec("title", self.tr("KPI"), lambda k: translate("Metrics", k.title)),
            ColumnSpec(
                "plan",
                self.tr("Plan"),
                lambda k: kpi_value(k.plan, k.kind, self.currency),
                align=RIGHT,
                edit=self.set_target,
                edit_value=plan_text,
            ),
            ColumnSpec(
                "fact", self.tr("Fact"), lambda k: kpi_value(k.fact, k.kind, self.currency), align=RIGHT
            ),
            ColumnSpec(
                "achieved",
                self.tr("Achieved"),
                lambda k: k.achieved,
                lambda v: "—" if v is None else shown_percent(v, 1),
                RIGHT,
            ),
        ]

    @property
    def currency(self) -> str:
        return self.results.currency if self.results is not None else "RUB"

    @staticmethod
    def _achievement_colour(line: kpi.KpiLine) -> QColor | None:
        if line.achieved is None:
            return None
        return GOOD if line.achieved >= 100 else CLOSE if line.achieved >= 80 else FAR

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self.reload_campaigns()

    def reload_campaigns(self) -> None:
        db = self.ws.db
        current = self.campaign.currentData()
        self.campaign.clear()
        for campaign_id, label in reading(db, pl.campaigns_with_placements) if db is not None else []:
            self.campaign.addItem(label, campaign_id)
        self.campaign.setCurrentIndex(max(self.campaign.findData(current), 0))
        self.show_campaign()

    def show_campaign(self) -> None:
        db, campaign_id = self.ws.db, self.campaign.currentData()
        self.figures.clear()
        for layout in self.chart_pages.values():
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        if db is None or campaign_id is None:
            self.results = None
            self.model.set_rows([])
            self.summary.setText(self.tr("No campaign has placements yet: approve an estimate first."))
            self.report_button.setEnabled(False)
            return
        self.results = reading(
            db, kpi.campaign_results, campaign_id, self.with_fee.isChecked(), every_kpi=True
        )
        self.model.editable = not self.ws.read_only
        self.model.set_rows(self.results.kpis)
        self.report_button.setEnabled(True)
        figures = self.results.figure_set
        self.summary.setText(
            self.tr("{client}. Publications: {published} of {planned}; cost {cost}.").format(
                client=self.results.campaign.client_name,
                published=len(self.results.publications),
                planned=sum(1 for r in self.results.all_rows if r.status != "cancelled"),
                cost=format_money(figures.cost, self.currency),
            )
            + " "
            + translate("Costs", self.results.cost_note)  # worded by the estimates' VAT mode
        )
        self._draw_current()

    def _draw_current(self) -> None:
        """A chart is made when its tab is first shown."""
        db, results = self.ws.db, self.results
        if db is None or results is None:
            return
        key = self.chart_keys[max(self.charts.currentIndex(), 0)]
        if key in self.figures:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        with db.reading() as session:
            self.figures.update(report.campaign_charts(session, results, self.language(), [key]))
        self.chart_pages[key].addWidget(FigureCanvasQTAgg(self.figures[key]))

    @staticmethod
    def language() -> str:
        """The charts on screen speak the interface's language (the client's report is in Russian)."""
        return "en" if QLocale().language() == QLocale.Language.English else "ru"

    # --- editing targets ---------------------------------------------------------------------------------

    def set_target(self, line: kpi.KpiLine, typed: Any) -> bool:
        db, campaign_id = self.ws.db, self.campaign.currentData()
        if db is None or campaign_id is None:
            return False
        text = str(typed).replace("₽", "").replace("%", "").strip()
        plan = parse_decimal(text) if text else None
        if text and plan is None:
            self.message.setText(self.tr("Not a number: {text}").format(text=text))
            return False
        if plan == line.plan:
            return False
        try:
            self.ws.edit(
                self.tr("The target for {kpi}").format(kpi=translate("Metrics", line.title)),
                lambda: in_transaction(db, kpi.set_target, campaign_id, line.key, plan),
                lambda previous: in_transaction(db, kpi.set_target, campaign_id, line.key, previous),
                ENTITY,
                [campaign_id],
            )
        except ValidationError as exc:
            self.message.setText(error_text(exc))
            return False
        self.message.clear()
        return True

    def refresh(self, changes: Changes) -> None:
        if changes.touches("placements", "estimates"):
            self.reload_campaigns()
        elif self.campaign.currentData() in (changes.ids(ENTITY) or [self.campaign.currentData()]):
            self.show_campaign()

    # --- files ---------------------------------------------------------------------------------------------

    def save_chart(self, path: str | None = None) -> Path | None:
        """The chart on screen to PNG, SVG or PDF; drawn again and written in the background."""
        from smmdesk.charts.campaign import save

        db, results = self.ws.db, self.results
        key = self.chart_keys[max(self.charts.currentIndex(), 0)]
        if db is None or results is None:
            return None
        suggested = file_name(f"{results.campaign.name} — {self.chart_titles[key]}") + ".png"
        chosen = path or ask.save_file(
            self, self.tr("Save the chart"), suggested, "PNG (*.png);;SVG (*.svg);;PDF (*.pdf)"
        )
        if not chosen:
            return None
        found = ask.export_targets(self, chosen, [".png"], [".svg", ".pdf"])
        if not found:
            return None
        (target,), language = found, self.language()

        def write(paths: list[Path], progress: object, cancelled: object) -> None:
            # A figure of its own: the one on screen belongs to the UI thread.
            with db.reading() as session:
                figure = report.campaign_charts(session, results, language, [key])[key]
            save(figure, paths[0])

        self.export_files(
            self.tr("Saving the chart…"),
            [target],
            write,
            lambda _: self.post(self.tr("Saved: {path}").format(path=target)),
        )
        return target

    def export_report(self, suffixes: str, path: str | None = None) -> list[Path]:
        """The report to XLSX, PDF or both ("`.xlsx .pdf`": one name, both files, made once), written in
        the background; returns the files it will be."""
        db, results = self.ws.db, self.results
        if db is None or results is None:
            return []
        wanted = suffixes.split()
        suggested = file_name(f"Отчёт — {results.campaign.name}") + wanted[0]
        kind = "Excel (*.xlsx)" if wanted[0] == ".xlsx" else "PDF (*.pdf)"
        chosen = path or ask.save_file(self, self.tr("Report for the client"), suggested, kind)
        if not chosen:
            return []
        targets = ask.export_targets(self, chosen, wanted)
        if not targets:
            return []
        campaign_id, with_fee = results.campaign.id, self.with_fee.isChecked()
        self.export_files(
            self.tr("Writing the report…"),
            targets,
            lambda paths, progress, cancelled: reading(
                db, report.export_campaign_report, campaign_id, paths, with_fee
            ),
            lambda _: self.post(self.tr("Exported: {path}").format(path=", ".join(str(t) for t in targets))),
        )
        return targets
