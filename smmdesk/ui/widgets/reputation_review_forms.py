"""The «Отзывы» tab's forms: a new campaign and a campaign's settings in one form, and what came
back of one request typed in by hand. Each save is one undoable step of the window's history; a
refusal by the rules is shown under the field it names and nothing is saved. `ReviewsTab` has
them with its buttons."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton

from smmdesk.i18n import translate
from smmdesk.services.reviews import campaigns, defaults, requests
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.dialogs.review_campaign_dialog import ReviewCampaignDialog
from smmdesk.ui.dialogs.review_outcome_dialog import ReviewOutcomeDialog
from smmdesk.ui.widgets.reputation_review_imports import ReviewImports

ENTITY = "reviews"


class ReviewForms(ReviewImports):
    """The forms' actions on the tab's brand and chosen campaign."""

    def form_buttons(self) -> tuple[QPushButton, QPushButton]:
        """«Настройки кампании…» and «Записать вернувшееся…», for the tab's rows of buttons."""
        made = []
        for text, name, action in (
            (QCoreApplication.translate("ReviewsTab", "Campaign settings…"), "reviewCampaignSettings",
             self.campaign_settings),
            (QCoreApplication.translate("ReviewsTab", "Record what came back…"), "recordOutcome",
             self.record_outcomes),
        ):  # fmt: skip
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _=False, act=action: act())
            made.append(button)
        return made[0], made[1]

    def new_campaign(self) -> ReviewCampaignDialog | None:
        """The form with the defaults (Яндекс Карты, SMS three days after the purchase, the
        invitation in the interface's language); OK creates the campaign."""
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return None
        proposed = reading(db, defaults.default_campaign, client, "", translate)
        dialog = ReviewCampaignDialog(
            QCoreApplication.translate("ReviewsTab", "New campaign"), proposed, self.today(), parent=self
        )

        def save(values: dict[str, Any]) -> int:
            made = dialog.campaign(values)
            ident: int = self.section.ws.edit(
                QCoreApplication.translate("ReviewsTab", "New review campaign “{title}”").format(
                    title=made.title
                ),
                lambda: in_transaction(db, campaigns.create_campaign, client, made),
                lambda created: in_transaction(db, campaigns.delete_campaign, created),
                ENTITY,
            )
            return ident

        dialog.save = save
        if dialog.exec():
            self.show_brand(client)
            self.campaign.setCurrentIndex(self.campaign.findData(dialog.result_value))
        return dialog

    def campaign_settings(self) -> ReviewCampaignDialog | None:
        """The chosen campaign's settings; a finished campaign's are read-only."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        info = reading(db, campaigns.campaign_info, ident)
        reason = ""
        if info.finished_on is not None:
            reason = QCoreApplication.translate(
                "ReviewsTab", "The campaign is finished: its settings can no longer be changed."
            )
        elif not self.section.writable:
            reason = QCoreApplication.translate(
                "ReviewsTab", "The file is open read-only: the settings are shown, not changed."
            )
        dialog = ReviewCampaignDialog(
            QCoreApplication.translate("ReviewsTab", "Campaign settings"),
            info.campaign,
            self.today(),
            read_only=reason,
            parent=self,
        )

        def save(values: dict[str, Any]) -> Any:
            made = dialog.campaign(values)
            if made == info.campaign:
                return None
            return self.section.ws.edit(
                QCoreApplication.translate("ReviewsTab", "Settings of “{title}”").format(title=made.title),
                lambda: in_transaction(db, campaigns.update_campaign, ident, made),
                lambda before: in_transaction(db, campaigns.update_campaign, ident, before),
                ENTITY,
            )

        dialog.save = save
        if dialog.exec():
            self.show_brand(self.client_id)
        return dialog

    def record_outcomes(self) -> ReviewOutcomeDialog | None:
        """The waves' requests and, for the chosen one, what came back, recorded by hand."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        waves = reading(db, requests.waves_of, ident)
        if not waves:
            ask.inform(
                self,
                QCoreApplication.translate("ReviewsTab", "What came back"),
                QCoreApplication.translate("ReviewsTab", "The campaign has no wave yet."),
            )
            return None
        info = reading(db, campaigns.campaign_info, ident)
        dialog = ReviewOutcomeDialog(
            waves, info.campaign.public_platforms, self.today(),
            lambda wave: reading(db, requests.wave_requests, wave), self,
        )  # fmt: skip

        def save(values: dict[str, Any]) -> Any:
            request, outcome = values["request"], dialog.outcome(values)
            return self.section.ws.edit(
                QCoreApplication.translate(
                    "ReviewsTab", "What came back of the request to {customer}"
                ).format(customer=dialog.chosen_name()),
                lambda: in_transaction(db, requests.set_outcome, request, outcome, self.today()),
                lambda before: in_transaction(db, requests.set_outcome, request, before, self.today()),
                ENTITY,
            )

        dialog.save = save
        dialog.exec()
        self.show_campaign()
        return dialog
