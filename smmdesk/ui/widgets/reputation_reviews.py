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
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from smmdesk.domain.reviews.shown import figure_text, period_text
from smmdesk.i18n import translate
from smmdesk.services.reviews import (
    campaigns,
    figures,
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

Figure = tuple[str, str]  # (what, the value as shown)


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
        self.again_button = self._button(self.tr("A wave's file again…"), "waveAgain", self.write_wave_again)
        self.rating_button = self._button(self.tr("Platform's rating…"), "recordRating", self.record_rating)
        self.erase_button = self._button(
            self.tr("Finish and erase the customers…"), "eraseCustomers", self.erase
        )
        self.invitation = QLabel()
        self.invitation.setObjectName("invitationPreview")
        self.invitation.setWordWrap(True)
        self.invitation.setTextFormat(Qt.TextFormat.PlainText)
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
        self.table = self._figures_table()
        layout = QVBoxLayout(self)
        for row in self._button_rows():
            layout.addLayout(row)
        layout.addWidget(self.invitation)
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
            (more, (self.outcomes_button, self.rating_button, self.again_button, self.log_button,
                    self.erase_button)),
        ):  # fmt: skip
            row.addStretch(1)
            for button in buttons:
                row.addWidget(button)
        return [top, waves, more]

    def _figures_table(self) -> QTableView:
        """The figures: each label whole, the values as narrow as they are, the rest scrolled."""
        table = QTableView()
        table.setObjectName("reviewFigures")
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumWidth(460)
        return table

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
        self.log_button.setEnabled(bool(found))
        self.settings_button.setEnabled(bool(found))
        self.new_button.setEnabled(self.section.writable and client_id is not None)
        self.show_campaign()

    def _enable_for(self, info: campaigns.CampaignInfo | None) -> None:
        """A finished campaign takes nothing more (its figures stay): only its log, and its erasure
        until done, are left to act on."""
        writable = self.section.writable and info is not None
        open_ = writable and info is not None and info.finished_on is None
        for button in (self.customers_button, self.wave_button, self.survey_button, self.outcomes_button,
                       self.rating_button, self.record_button):  # fmt: skip
            button.setEnabled(open_)
        self.erase_button.setEnabled(writable and info is not None and not info.erased)
        self.again_button.setEnabled(info is not None and not info.erased)

    def show_campaign(self) -> None:
        db, ident = self.section.db, self.campaign.currentData()
        self._clear_charts()
        self._enable_for(
            reading(db, campaigns.campaign_info, ident) if db is not None and ident is not None else None
        )
        if db is None or ident is None:
            self.made = None
            self.model.set_rows([])
            self.invitation.clear()
            self.invitation.hide()
            return
        self.show_invitation(reading(db, campaigns.campaign_info, ident).campaign)
        self.made = made = reading(db, figures.campaign_figures, ident)
        funnel, lang = made.funnel, self.language()
        rows: list[Figure] = [
            (self.tr("Requests"), format_int(funnel.requests)),
            (self.tr("Delivered"), format_int(funnel.delivered)),
            (self.tr("Clicked"), format_int(funnel.clicked)),
            (self.tr("Reviews left"), format_int(funnel.reviews)),
            (self.tr("Conversion (reviews ÷ delivered)"), format_percent(funnel.conversion, 1)),
            (self.tr("Mean stars"), figure_text(made.stars, lang)),
            (self.tr("NPS ({count} respondents)").format(count=format_int(made.nps.respondents)),
             figure_text(made.nps.value, lang)),
            (self.tr("CSAT ({count} answers)").format(count=format_int(made.csat.answers)),
             format_percent(made.csat.value, 1)),
        ]  # fmt: skip
        for point in made.surveys_by_period:
            period = period_text(point.period, lang)
            rows.append(
                (self.tr("NPS in {period}").format(period=period), figure_text(point.nps.value, lang))
            )
        self.model.set_rows(rows)
        if self.isVisible():
            self._draw(made)

    def show_invitation(self, campaign: Any) -> None:
        """The invitation as one customer gets it (a sample name, order and link); for SMS its length
        and parts, with a warning past one part (each part is paid for)."""
        from smmdesk.domain.reviews.campaign import Channel, render_invitation, sms_parts

        sample = render_invitation(
            campaign,
            name=self.tr("Anna"),
            order="10240",
            day=self.today(),
            link=campaign.base_link + "x" * 10,
        )
        shown = self.tr("Invitation: {text}").format(text=sample)
        if campaign.channel is Channel.SMS:
            parts = sms_parts(sample)
            shown += "\n" + self.tr("{length} characters, {parts} SMS parts").format(
                length=format_int(len(sample)), parts=format_int(parts)
            )
            if parts > 1:
                shown += " " + self.tr(
                    "— longer than one SMS (70 characters with Cyrillic): each part is paid for."
                )
        self.invitation.setText(shown)
        self.invitation.show()

    def language(self) -> str:
        """The interface's language, for the figures and charts drawn in it."""
        return "en" if self.tr("Figure") == "Figure" else "ru"

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

        lang = self.language()
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

    def prepare_wave(self, path: str | None = None) -> Path | None:
        """The next wave, refused with its reason when it breaks a rule; written where the planner says."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        try:  # nobody due, or a rule broken: said before a file is asked for
            reading(db, waves.check_next_wave, ident, self.today())
        except Exception as exc:
            show_error(self, exc)
            return None
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
