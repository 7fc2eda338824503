"""The «Отзывы» tab of the Репутация section: a brand's review campaigns, their customers imported
(one undoable step), the next wave prepared and written (CSV or a QR-code PDF), what came back and
survey answers imported (detractors into the mentions queue), the last wave's compliance log, a
finished campaign's customers erased, and the campaign's figures.

**Новая кампания…** and **Настройки кампании…** open the campaign's form, **Записать вернувшееся…**
what came back of one request (`reputation_review_forms`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QTableView, QVBoxLayout

from smmdesk.i18n import translate
from smmdesk.services.reviews import (
    campaigns,
    customers,
    figures,
    surveys,
    waves,
)
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_int, format_percent
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.reputation_review_forms import ReviewForms

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow

ENTITY = "reviews"
Figure = tuple[str, str]  # (what, the value as shown)


def _number(value: Decimal | None) -> str:
    return "—" if value is None else format_percent(value, 1).removesuffix("\u00a0%")


class ReviewsTab(ReviewForms):
    def __init__(self, section: ReputationWindow) -> None:
        super().__init__(section)
        self.section = section
        self.today: Callable[[], dt.date] = dt.date.today
        self.client_id: int | None = None
        self.campaign = QComboBox()
        self.campaign.setObjectName("reviewCampaign")
        self.campaign.currentIndexChanged.connect(lambda _: self.show_campaign())
        self.new_button = self._button(self.tr("New campaign…"), "newReviewCampaign", self.new_campaign)
        self.settings_button, self.record_button = self.form_buttons()
        self.customers_button = self._button(
            self.tr("Import customers…"), "importCustomers", self.import_customers
        )
        self.wave_button = self._button(self.tr("Prepare the next wave…"), "prepareWave", self.prepare_wave)
        self.survey_button = self._button(
            self.tr("Import survey answers…"), "importSurvey", self.import_survey
        )
        self.outcomes_button = self._button(
            self.tr("Import what came back…"), "importOutcomes", self.import_outcomes
        )
        self.log_button = self._button(self.tr("Compliance log…"), "complianceLog", self.write_log)
        self.rating_button = self._button(self.tr("Platform's rating…"), "recordRating", self.record_rating)
        self.erase_button = self._button(
            self.tr("Finish and erase the customers…"), "eraseCustomers", self.erase
        )
        self.empty = QLabel(self.tr("The brand has no review campaign yet: create one with “New campaign…”."))
        self.empty.setObjectName("reviewsEmpty")
        self.empty.setWordWrap(True)
        self.model: RowTableModel[Figure] = RowTableModel(
            [
                ColumnSpec("what", self.tr("Figure"), lambda r: r[0]),
                ColumnSpec("value", self.tr("Value"), lambda r: r[1], align=RIGHT),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setObjectName("reviewFigures")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        for row in self._button_rows():
            layout.addLayout(row)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        self.charts = QHBoxLayout()
        layout.addLayout(self.charts, 1)
        self.made: figures.ReviewFigures | None = None

    def _button_rows(self) -> list[QHBoxLayout]:
        """The campaign chosen and its forms; the waves' buttons; what came back and the rest."""
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Campaign:")))
        top.addWidget(self.campaign, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.settings_button)
        waves, more = QHBoxLayout(), QHBoxLayout()
        for row, buttons in (
            (waves, (self.customers_button, self.wave_button, self.survey_button, self.record_button)),
            (more, (self.outcomes_button, self.rating_button, self.log_button, self.erase_button)),
        ):
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
        return [top, waves, more]

    def _button(self, text: str, name: str, action: Callable[[], Any]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(lambda: action())
        return button

    # --- showing ------------------------------------------------------------------------------------------

    def show_brand(self, client_id: int | None) -> None:
        db = self.section.db
        self.client_id = client_id
        chosen = self.campaign.currentData()
        found = (
            reading(db, campaigns.campaigns_of, client_id) if db is not None and client_id is not None else []
        )
        self.campaign.blockSignals(True)
        self.campaign.clear()
        for ident, title, finished in found:
            shown = title if finished is None else self.tr("{title} (finished)").format(title=title)
            self.campaign.addItem(shown, ident)
        index = self.campaign.findData(chosen)
        self.campaign.setCurrentIndex(index if index >= 0 else (0 if found else -1))
        self.campaign.blockSignals(False)
        self.empty.setVisible(not found)
        writable = self.section.writable and bool(found)
        for button in (self.customers_button, self.wave_button, self.survey_button, self.outcomes_button,
                       self.rating_button, self.erase_button, self.record_button):  # fmt: skip
            button.setEnabled(writable)
        self.log_button.setEnabled(bool(found))
        self.settings_button.setEnabled(bool(found))
        self.new_button.setEnabled(self.section.writable and client_id is not None)
        self.show_campaign()

    def show_campaign(self) -> None:
        db, ident = self.section.db, self.campaign.currentData()
        self._clear_charts()
        if db is None or ident is None:
            self.made = None
            self.model.set_rows([])
            return
        self.made = made = reading(db, figures.campaign_figures, ident)
        funnel = made.funnel
        rows: list[Figure] = [
            (self.tr("Requests"), format_int(funnel.requests)),
            (self.tr("Delivered"), format_int(funnel.delivered)),
            (self.tr("Clicked"), format_int(funnel.clicked)),
            (self.tr("Reviews left"), format_int(funnel.reviews)),
            (self.tr("Conversion (reviews ÷ delivered)"), format_percent(funnel.conversion, 1)),
            (self.tr("Mean stars"), _number(made.stars)),
            (self.tr("NPS ({count} respondents)").format(count=format_int(made.nps.respondents)),
             _number(made.nps.value)),
            (self.tr("CSAT ({count} answers)").format(count=format_int(made.csat.answers)),
             format_percent(made.csat.value, 1)),
        ]  # fmt: skip
        for point in made.surveys_by_period:
            rows.append((self.tr("NPS in {period}").format(period=point.period), _number(point.nps.value)))
        self.model.set_rows(rows)
        if self.isVisible():
            self._draw(made)

    def _clear_charts(self) -> None:
        while self.charts.count():
            item = self.charts.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()

    def _draw(self, made: figures.ReviewFigures) -> None:
        """NPS by month and the platforms' ratings, drawn when the tab is in view."""
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from smmdesk.charts import reviews as charts
        from smmdesk.domain.reviews.campaign import PLATFORM_LABELS

        lang = "en" if self.tr("Figure") == "Figure" else "ru"
        labels = {p: translate("Reviews", label) for p, label in PLATFORM_LABELS.items()}
        for figure in (
            charts.nps_chart(made.surveys_by_period, lang),
            charts.ratings_chart(made.ratings, labels, lang),
        ):
            canvas = FigureCanvasQTAgg(figure)
            canvas.setMinimumHeight(240)
            self.charts.addWidget(canvas)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self.made is not None and not self.charts.count():
            self._draw(self.made)

    # --- actions ------------------------------------------------------------------------------------------

    def import_customers(self, path: str | None = None) -> Any:
        """A CRM's export: the preview's counts, then one undoable step; nothing when declined."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        name = path or ask.open_file(self, self.tr("Import customers"), "", self.tr("Tables (*.csv *.xlsx)"))
        if not name:
            return None
        try:
            preview = reading(db, customers.preview_customers, ident, Path(name))
        except Exception as exc:  # an unreadable file: its reason, nothing changed
            show_error(self, exc)
            return None
        question = self.tr("Add {added}, update {updated}, same as before {same}, skipped {skipped}.").format(
            added=len(preview.added), updated=len(preview.updated), same=len(preview.same),
            skipped=len(preview.parsed.skipped),
        )  # fmt: skip
        if "consent" in preview.parsed.missing:
            question += "\n" + self.tr("The file has no consent column: nobody of it will be asked.")
        if not ask.confirm(self, self.tr("Import customers"), question):
            return None
        made: list[customers.CustomerChange] = []

        def do() -> customers.CustomerChange:
            if made:
                in_transaction(db, customers.redo_customers, made[0])
            else:
                made.append(in_transaction(db, customers.apply_customers, preview).change)
            return made[0]

        done = self.section.edit(
            self.tr("Import {name}").format(name=Path(name).name),
            do,
            lambda change: in_transaction(db, customers.undo_customers, change),
            ENTITY,
        )
        self.show_campaign()
        return done.value if done else None

    def prepare_wave(self, path: str | None = None) -> Path | None:
        """The next wave, refused with its reason when it breaks a rule; written where the planner says."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        kinds = self.tr("CSV for the SMS or mail service (*.csv);;QR codes (*.pdf)")
        name = path or ask.save_file(self, self.tr("Save the wave"), self.tr("wave"), kinds)
        if not name:
            return None
        target = Path(name)

        def prepare(session: Any) -> int:
            return waves.prepare_wave(session, ident, self.today()).write(target, translate)

        try:
            count = in_transaction(db, prepare)
        except Exception as exc:  # a rule broken or nobody due: the reason, nothing kept
            show_error(self, exc)
            return None
        self.section.post(self.tr("{count} requests written to {name}").format(count=count, name=target.name))
        self.show_campaign()
        return target

    def import_survey(self, path: str | None = None) -> Any:
        """A survey service's export; the dissatisfied go to the mentions queue for a private follow-up."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        name = path or ask.open_file(
            self, self.tr("Import survey answers"), "", self.tr("Tables (*.csv *.xlsx)")
        )
        if not name:
            return None
        try:
            result = in_transaction(db, surveys.import_survey, ident, Path(name), None, translate)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.section.post(
            self.tr("added {added}, same as before {same}; {count} put into the mentions queue").format(
                added=result.added, same=result.same, count=result.follow_ups
            )
        )
        self.show_campaign()
        return result
