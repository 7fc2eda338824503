"""A review campaign's settings in one form, for «Новая кампания…» and «Настройки кампании…»: the
title, the platforms, the trigger, the channel, the reminders, the short links' base, the invitation's
parts (ISO 20488) with its variables listed and a live preview for a sample customer, the opt-out
line and an offer (a survey only). A refusal by the rules is shown under the field it names and
nothing is saved; a finished campaign's settings (or any, in a file opened read-only) are shown
read-only, with the reason above the buttons."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, ClassVar

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QPlainTextEdit, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reviews.campaign import (
    CHANNEL_LABELS,
    PLATFORM_LABELS,
    Channel,
    Invitation,
    ReviewCampaign,
    ReviewPlatform,
    Trigger,
    TriggerEvent,
    render_invitation,
    validate_campaign,
)
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import error_text, translate
from smmdesk.services.reviews import defaults
from smmdesk.ui.dialogs.item_dialog import ItemDialog

NOT_DAYS = QT_TRANSLATE_NOOP("Errors", "Reminders are days written as numbers, e.g. 3, 7: {text}")
SAMPLE_LINK = "k3F9xQ2a"
PREVIEW_BASE = "https://example.ru/r/"  # the links' base the rules are checked with before one is typed


def parse_days(text: str) -> tuple[int, ...]:
    """«3, 7» → (3, 7); refused when a part is not a whole number."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise ValidationError(NOT_DAYS, field="reminders", text=text.strip())
    return tuple(int(p) for p in parts)


class ReviewCampaignDialog(ItemDialog):
    """The campaign's settings; `campaign(values)` is the domain's campaign they describe."""

    ALIASES: ClassVar[dict[str, str]] = {"trigger": "days", "link": "template", "review_links": "page"}

    def __init__(
        self, title: str, shown: ReviewCampaign, today: dt.date, *, read_only: str = "",
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(title, parent)
        self.setObjectName("reviewCampaignDialog")
        self.shown, self.today = shown, today
        outer = self.form
        columns = QHBoxLayout()
        self.left, self.right = QFormLayout(), QFormLayout()
        columns.addLayout(self.left, 1)
        columns.addLayout(self.right, 1)
        outer.addRow(columns)
        self.form = self.left
        self._settings(shown)
        self.form = self.right
        self._invitation(shown)
        self.form = outer
        self.finish_layout()
        self.preview.setMinimumWidth(300)
        for field in self.fields.values():
            widget = field.widget
            widget.setMinimumWidth(300 if field.widget is not self.fields["platforms"].widget else 240)
            signal = getattr(widget, "textChanged", None) or getattr(widget, "itemChanged", None)
            if signal is not None:
                signal.connect(lambda *_: self.show_preview())
        self.platforms = shown.platforms
        self.fields["platforms"].widget.itemChanged.connect(lambda _: self.follow_platforms())  # type: ignore[attr-defined]
        self.show_preview()
        if read_only:
            self._read_only(read_only)

    def _settings(self, shown: ReviewCampaign) -> None:
        platforms = [(p, translate("Reviews", label)) for p, label in PLATFORM_LABELS.items()]
        self.line("title", self.tr("Title:"), shown.title, required=True)
        self.checks("platforms", self.tr("Platforms:"), platforms, shown.platforms)
        events = [
            (TriggerEvent.PURCHASE, self.tr("after the purchase")),
            (TriggerEvent.SERVICE, self.tr("after the service")),
        ]
        self.choice("event", self.tr("The first request goes:"), events, shown.trigger.event)
        self.whole("days", self.tr("Days after it:"), shown.trigger.days)
        channels = [(c, translate("Reviews", label)) for c, label in CHANNEL_LABELS.items()]
        self.choice("channel", self.tr("Channel:"), channels, shown.channel)
        reminders = ", ".join(str(d) for d in shown.reminder_days)
        self.line("reminders", self.tr("Reminders, days after the first (up to 3):"), reminders)
        self.fields["reminders"].widget.setPlaceholderText(self.tr("none; e.g. 3, 7"))  # type: ignore[attr-defined]
        self.line("base_link", self.tr("Short links under:"), shown.base_link)
        page = shown.review_links.get(ReviewPlatform.YANDEX_MAPS, "")
        self.line("page", self.tr("They lead to the brand's Яндекс Карты page:"), page)
        self.fields["page"].widget.setPlaceholderText("https://yandex.ru/maps/org/…")  # type: ignore[attr-defined]
        self.line("incentive", self.tr("Offer for answering (a survey only):"), shown.incentive)

    def _invitation(self, shown: ReviewCampaign) -> None:
        invitation = shown.invitation
        self.line("sender", self.tr("Who asks:"), invitation.sender)
        self.line("subject", self.tr("About what:"), invitation.subject)
        self.line("where", self.tr("Where the review appears:"), invitation.where)
        self.line("shown", self.tr("What will be shown:"), invitation.shown)
        self.line("opt_out", self.tr("Opt-out line:"), shown.opt_out)
        self.text("template", self.tr("Invitation:"), invitation.template, height=84)
        variables = QLabel(
            self.tr(
                "In the invitation: {sender} {subject} {where} {shown} {link} {opt_out}; in any part, "
                "the customer's {name} {order} {date}."
            )
        )
        variables.setObjectName("reviewVariables")
        variables.setWordWrap(True)
        self.form.addRow(variables)
        self.preview = QPlainTextEdit()
        self.preview.setObjectName("reviewPreview")
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(96)
        self.form.addRow(self.tr("Preview:"), self.preview)

    def _read_only(self, reason: str) -> None:
        for field in self.fields.values():
            field.widget.setEnabled(False)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(False)
        self.error.setText(reason)

    # --- reading ----------------------------------------------------------------------------------------

    def campaign(self, values: dict[str, Any]) -> ReviewCampaign:
        return ReviewCampaign(
            title=values["title"],
            platforms=tuple(ReviewPlatform(p) for p in values["platforms"]),
            trigger=Trigger(TriggerEvent(values["event"]), values["days"]),
            channel=Channel(values["channel"]),
            invitation=Invitation(
                values["sender"], values["subject"], values["where"], values["shown"], values["template"]
            ),
            base_link=values["base_link"],
            reminder_days=parse_days(values["reminders"]),
            opt_out=values["opt_out"],
            incentive=values["incentive"],
            review_links=self._pages(values["page"]),
        )

    def _pages(self, page: str) -> dict[ReviewPlatform, str]:
        """The pages behind the short links: the Яндекс Карты one as typed (none when left empty)."""
        yandex = ReviewPlatform.YANDEX_MAPS
        pages: dict[ReviewPlatform, str] = {}
        for platform, link in self.shown.review_links.items():
            if platform != yandex:
                pages[platform] = link
        if page:
            pages[yandex] = page
        return pages

    def follow_platforms(self) -> None:
        """«Where the review appears» and «what will be shown», while they still say what the
        defaults said for the platforms before, say it for the platforms ticked now."""
        chosen = tuple(ReviewPlatform(p) for p in self.fields["platforms"].get())
        for key, default in (("where", defaults.where_text), ("shown", defaults.shown_text)):
            edit = self.fields[key].widget
            if chosen and edit.text() == default(self.platforms, translate):  # type: ignore[attr-defined]
                edit.setText(default(chosen, translate))  # type: ignore[attr-defined]
        self.platforms = chosen or self.platforms

    def show_preview(self) -> None:
        """The text a sample customer would get, as typed so far, or why the rules refuse it (the title
        and the link aside, which the preview does without)."""
        try:
            values = {key: field.get() for key, field in self.fields.items()}
            made = self.campaign(values)
            validate_campaign(replace(made, title=made.title or "—", base_link=PREVIEW_BASE))
            text = render_invitation(
                made, name=self.tr("Anna"), order="A-1024", day=self.today,
                link=made.base_link.rstrip("/") + "/" + SAMPLE_LINK,
            )  # fmt: skip
        except ValidationError as exc:
            text = error_text(exc)
        except (KeyError, IndexError, ValueError):
            text = self.tr("The invitation has a placeholder that is not understood.")
        self.preview.setPlainText(text)
