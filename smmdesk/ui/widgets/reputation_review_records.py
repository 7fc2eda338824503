"""The «Отзывы» tab's actions on what a campaign has already done: what came back imported, a
platform's rating recorded, the last wave's compliance log written, the campaign finished with its
customers erased. `ReviewsTab` has them with its buttons."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smmdesk.i18n import translate
from smmdesk.services.reviews import campaigns, erasure, figures, outcomes, waves
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error

if TYPE_CHECKING:
    from PySide6.QtWidgets import QComboBox

    from smmdesk.ui.windows.reputation import ReputationWindow


class ReviewRecords(QWidget):
    """`ReviewsTab`'s base: the section, the chosen campaign, today, and the refresh it gives."""

    section: ReputationWindow
    campaign: QComboBox
    client_id: int | None
    today: Callable[[], dt.date]

    def _chosen(self) -> tuple[Any, int] | None:
        db, ident = self.section.db, self.campaign.currentData()
        return None if db is None or ident is None else (db, ident)

    def show_campaign(self) -> None:
        raise NotImplementedError

    def show_brand(self, client_id: int | None) -> None:
        raise NotImplementedError

    def import_outcomes(self, path: str | None = None) -> Any:
        """The SMS or mail service's report: delivered, clicked, the reviews left."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        name = path or ask.open_file(
            self,
            QCoreApplication.translate("ReviewsTab", "Import what came back"),
            "",
            QCoreApplication.translate("ReviewsTab", "Tables (*.csv *.xlsx)"),
        )
        if not name:
            return None
        try:
            result = in_transaction(db, outcomes.import_outcomes, ident, Path(name), None, self.today())
        except Exception as exc:
            show_error(self, exc)
            return None
        said = QCoreApplication.translate(
            "ReviewsTab",
            "{matched} requests found, {reviews} reviews, {skipped} rows skipped, {unknown} warnings",
        ).format(
            matched=result.matched,
            reviews=result.reviews,
            skipped=len(result.skipped),
            unknown=len(result.warnings),
        )
        self.section.post(said)
        notes = sorted((*result.skipped, *result.warnings), key=lambda n: n.row)
        if notes:
            row = QCoreApplication.translate("ReviewsTab", "row {row}: {reason}")
            lines = [row.format(row=n.row, reason=n.render(translate)) for n in notes[:20]]
            title = QCoreApplication.translate("ReviewsTab", "Import what came back")
            ask.inform(self, title, "\n".join([said, *lines]))
        self.show_campaign()
        return result

    def write_wave_again(self, path: str | None = None) -> Path | None:
        """A wave already prepared written again (CSV or QR codes): nobody is asked a second time."""
        from smmdesk.services.reviews import wave_again

        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        title = QCoreApplication.translate("ReviewsTab", "A wave's file again")
        kept = reading(db, wave_again.waves_of, ident)
        if not kept:
            ask.inform(self, title, QCoreApplication.translate("ReviewsTab", "The campaign has no wave yet."))
            return None
        line = QCoreApplication.translate("ReviewsTab", "Wave {number} of {date}: {count} requests")
        names = [
            line.format(number=w.number, date=f"{w.prepared_on:%d.%m.%Y}", count=w.requests) for w in kept
        ]
        picked = ask.text(self, title, QCoreApplication.translate("ReviewsTab", "Wave:"), names[::-1])
        if picked not in names:
            return None
        wave = kept[names.index(picked)]
        kinds = QCoreApplication.translate(
            "ReviewsTab", "CSV for the SMS or mail service (*.csv);;QR codes (*.pdf)"
        )
        suggested = QCoreApplication.translate("ReviewsTab", "wave {number}").format(number=wave.number)
        name = path or ask.save_file(self, title, suggested, kinds)
        if not name:
            return None
        try:
            count = reading(db, wave_again.write_again, ident, wave.number, Path(name), translate)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.section.post(
            QCoreApplication.translate(
                "ReviewsTab", "wave {number} written again: {count} requests in {name}"
            ).format(number=wave.number, count=count, name=Path(name).name)
        )
        return Path(name)

    def write_log(self, path: str | None = None) -> Path | None:
        """The last wave's compliance log (CSV): who got what and when, or why not."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        wave = reading(db, waves.latest_wave, ident)
        if wave is None:
            ask.inform(
                self,
                QCoreApplication.translate("ReviewsTab", "Compliance log"),
                QCoreApplication.translate("ReviewsTab", "The campaign has no wave yet."),
            )
            return None
        name = path or ask.save_file(
            self,
            QCoreApplication.translate("ReviewsTab", "Compliance log"),
            QCoreApplication.translate("ReviewsTab", "compliance log"),
            "CSV (*.csv)",
        )
        if not name:
            return None
        try:
            reading(db, waves.write_compliance, wave, Path(name), translate)
        except Exception as exc:
            show_error(self, exc)
            return None
        return Path(name)

    def erase(self) -> int | None:
        """Finishes the campaign and erases its customers after the planner confirms; the figures stay."""
        chosen = self._chosen()
        if chosen is None:
            return None
        db, ident = chosen
        question = QCoreApplication.translate(
            "ReviewsTab",
            "Finish “{title}” and erase its customers (names, phones, e-mails, the texts sent, the survey "
            "respondents)? The figures stay; this cannot be undone.",
        ).format(title=self.campaign.currentText())
        if not ask.confirm(self, QCoreApplication.translate("ReviewsTab", "Erase the customers"), question):
            return None

        def finish_and_erase(session: Any) -> int:
            campaigns.finish_campaign(session, ident, self.today())
            return erasure.erase_customers(session, ident, translate)

        try:
            count = in_transaction(db, finish_and_erase)
        except Exception as exc:
            show_error(self, exc)
            return None
        self.section.post(
            QCoreApplication.translate("ReviewsTab", "{count} customers erased").format(count=count)
        )
        self.show_brand(self.client_id)
        return count

    def record_rating(self) -> bool:
        """The rating a platform's page showed on a day (typed as on the page: «4,6», «4,6 из 5»),
        for the chart; a text that is no rating is refused with what to type."""
        from smmdesk.domain.cell_values import parse_day
        from smmdesk.domain.reviews.campaign import PLATFORM_LABELS, ReviewPlatform
        from smmdesk.domain.reviews.shown import parse_rating
        from smmdesk.ui.core.formatting import format_date

        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        title = QCoreApplication.translate("ReviewsTab", "Platform's rating")
        public = [p for p in ReviewPlatform if p.public]
        names = [translate("Reviews", PLATFORM_LABELS[p]) for p in public]
        chosen = ask.text(self, title, QCoreApplication.translate("ReviewsTab", "Platform:"), names)
        if chosen not in names:
            return False
        typed = ask.text(self, title, QCoreApplication.translate("ReviewsTab", "Rating on its page (1–5):"))
        if not typed:
            return False
        try:
            value = parse_rating(typed)
        except ValueError:
            ask.warn(
                self,
                title,
                QCoreApplication.translate(
                    "ReviewsTab",
                    "“{text}” is not a rating. Type it as the page shows it, from 1 to 5: "
                    "4,6 or 4.6 or 4,6 из 5.",
                ).format(text=typed),
            )  # fmt: skip
            return False
        when = ask.text(
            self, title, QCoreApplication.translate("ReviewsTab", "The day the page showed it:"),
            current=format_date(self.today()),
        )  # fmt: skip
        if not when:
            return False
        try:
            day = parse_day(when)
            if day is None or day > self.today():
                raise ValueError(when)
        except ValueError:
            ask.warn(
                self,
                title,
                QCoreApplication.translate(
                    "ReviewsTab", "“{text}” is not a day up to today. Type a date such as {example}."
                ).format(text=when, example=format_date(self.today())),
            )
            return False
        platform = public[names.index(chosen)]
        try:
            campaign = self.campaign.currentData()
            in_transaction(db, figures.record_rating, client, platform, day, value, campaign)
        except Exception as exc:
            show_error(self, exc)
            return False
        self.show_campaign()
        return True
