"""The placement plan: a campaign's placements as a calendar by month or week, moved by dragging."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
)

from smmdesk.domain.errors import SmmError
from smmdesk.domain.influencers import BUILTIN_FORMATS
from smmdesk.domain.plan import Plan, build_plan, month_days, week_days
from smmdesk.domain.text import QT_TRANSLATE_NOOP, file_name
from smmdesk.i18n import locale_for, translator_for
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats, platforms
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.core.labels import platform_titles
from smmdesk.ui.models.plan_model import PlanModel
from smmdesk.ui.windows.section import Section

if TYPE_CHECKING:
    from smmdesk.io.plan_xlsx import PlanWords


class PlanWindow(Section):
    KEY = "plan"
    ENTITIES = ("campaigns", "clients", "estimates", "influencers", "formats")

    def build(self) -> None:
        self.campaign: camp.CampaignInfo | None = None
        self.plan: Plan | None = None
        self.formats: list[tuple[int, str, str]] = []  # (id, code, stored title)
        self.anchor = dt.date.today()
        top = self._top_row()
        self.model = PlanModel(self.move_placements, self)
        self._grid()
        self.notes = QLabel()
        self.notes.setObjectName("planNotes")
        self.notes.setWordWrap(True)
        hint = QLabel(self.tr("Drag a placement to another day to move it (Ctrl+Z undoes). Red: a conflict."))
        hint.setObjectName("placeholderStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.notes)
        layout.addWidget(hint)

    def _top_row(self) -> QVBoxLayout:
        self.campaigns = QComboBox()
        self.campaigns.setObjectName("planCampaign")
        self.campaigns.setMinimumWidth(240)
        self.campaigns.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.campaigns.activated.connect(lambda _: self.show_campaign(self.campaigns.currentData()))
        self.search = self.campaigns
        self.scale = QComboBox()
        self.scale.setObjectName("planScale")
        self.scale.addItem(self.tr("month"), "month")
        self.scale.addItem(self.tr("week"), "week")
        self.scale.activated.connect(lambda _: self.refresh_grid())
        self.rows_by = QComboBox()
        self.rows_by.setObjectName("planRows")
        self.rows_by.addItem(self.tr("a row per influencer"), "influencer")
        self.rows_by.addItem(self.tr("a row per platform"), "platform")
        self.rows_by.activated.connect(lambda _: self.reload_plan())
        self.previous = QPushButton("◀")
        self.following = QPushButton("▶")
        self.previous.clicked.connect(lambda: self.step(-1))
        self.following.clicked.connect(lambda: self.step(1))
        self.range_label = QLabel()
        self.range_label.setObjectName("planRange")
        self.export_button = QToolButton()
        self.export_button.setObjectName("planExport")
        self.export_button.setText(self.tr("Export to XLSX"))
        self.export_button.setToolTip(self.tr("The calendar as a spreadsheet, in the language you choose"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        languages = QMenu(self)
        languages.addAction("Русский…", partial(self.export, "ru"))  # each language by its own name
        languages.addAction("English…", partial(self.export, "en"))
        self.export_button.setMenu(languages)
        chosen = QHBoxLayout()  # a campaign's full name on a row of its own: it fits a laptop's width
        chosen.addWidget(QLabel(self.tr("Campaign:")))
        chosen.addWidget(self.campaigns, 1)
        shown = QHBoxLayout()
        for widget in (self.scale, self.rows_by, self.previous, self.range_label, self.following):
            shown.addWidget(widget)
        shown.addStretch(1)
        shown.addWidget(self.export_button)
        top = QVBoxLayout()
        top.addLayout(chosen)
        top.addLayout(shown)
        return top

    def _grid(self) -> None:
        self.table = QTableView()
        self.table.setObjectName("planGrid")
        self.table.setModel(self.model)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.CopyAction)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setDefaultSectionSize(92)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(40)

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        self.reload_campaigns()

    def reload_campaigns(self) -> None:
        db = self.ws.db
        current = self.campaigns.currentData()
        self.campaigns.clear()
        if db is None:
            self.show_campaign(None)
            return
        for campaign in reading(db, camp.list_campaigns):
            if campaign.estimates:
                label = f"{campaign.client_name} — {campaign.name} ({format_date(campaign.period_from)})"
                self.campaigns.addItem(label, campaign.id)
        index = self.campaigns.findData(current)
        self.campaigns.setCurrentIndex(index if index >= 0 else 0)
        self.show_campaign(self.campaigns.currentData())

    def show_campaign(self, campaign_id: int | None) -> None:
        db = self.ws.db
        if campaign_id is None or db is None:
            self.campaign = None
            self.plan = None
            self.model.set_plan(None, [])
            return
        self.campaign = reading(db, camp.campaign, campaign_id)
        self.anchor = self.campaign.period_from
        self.reload_plan()

    def reload_plan(self) -> None:
        db, campaign = self.ws.db, self.campaign
        if db is None or campaign is None:
            return
        with db.reading() as session:
            entries = est.campaign_plan_entries(session, campaign.id)
            self.formats = [(f.id, f.code, f.title) for f in formats(session, include_archived=True)]
            titles = platform_titles(platforms(session))
        self.model.format_short = {id_: short_format(code, title) for id_, code, title in self.formats}
        by = self.rows_by.currentData()
        self.plan = build_plan(entries, campaign.period_from, campaign.period_to, by, titles)
        self.model.editable = not self.ws.read_only
        self.refresh_grid()

    def visible_days(self) -> list[dt.date]:
        if self.scale.currentData() == "week":
            return week_days(self.anchor)
        return month_days(self.anchor.year, self.anchor.month)

    def refresh_grid(self) -> None:
        days = self.visible_days()
        self.model.set_plan(self.plan, days)
        week = self.scale.currentData() == "week"
        # A month fits a laptop's screen with narrow days; a week has room for whole format names.
        self.table.horizontalHeader().setDefaultSectionSize(150 if week else 66)
        if week:
            self.range_label.setText(f"{format_date(days[0])} — {format_date(days[-1])}")
        else:
            month = QLocale().standaloneMonthName(self.anchor.month, QLocale.FormatType.LongFormat)
            self.range_label.setText(f"{month} {self.anchor.year}")
        plan = self.plan
        notes = []
        if plan is not None:
            if plan.undated:
                notes.append(self.tr("Without a date: {count}").format(count=len(plan.undated)))
            outside = plan.dated_outside()
            if outside:
                notes.append(self.tr("Outside the campaign's period: {count}").format(count=len(outside)))
            if plan.double_booked:
                notes.append(self.tr("Double bookings: {count}").format(count=len(plan.double_booked)))
        self.notes.setText("; ".join(notes))

    def step(self, direction: int) -> None:
        if self.scale.currentData() == "week":
            self.anchor += dt.timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = dt.date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.refresh_grid()

    def refresh(self, changes: Changes) -> None:
        if changes.touches("campaigns", "clients"):
            self.reload_campaigns()
        elif self.campaign is not None:
            self.reload_plan()

    # --- moving and exporting ---------------------------------------------------------------------

    def move_placements(self, moved: list[tuple[int, str]], day: dt.date) -> bool:
        db = self.ws.db
        if db is None or self.ws.read_only:
            return False
        by_estimate: dict[int, list[str]] = {}
        for estimate_id, key in moved:
            by_estimate.setdefault(estimate_id, []).append(key)
        try:
            for estimate_id, keys in by_estimate.items():
                self._move_in(estimate_id, keys, day)
        except SmmError as exc:
            show_error(self, exc)
            return False
        return True

    def _move_in(self, estimate_id: int, keys: list[str], day: dt.date) -> None:
        db = self.ws.db
        assert db is not None
        self.ws.edit(
            self.tr("Move placements to {day}").format(day=format_date(day)),
            lambda: in_transaction(db, est.in_draft, estimate_id, est.move_placements, keys, day),
            lambda done: in_transaction(db, est.undo_in_draft, done, est.restore_dates),
            "estimates",
            [estimate_id],
        )

    def export(self, language: str, path: str | None = None) -> Path | None:
        """The calendar grid of the whole campaign to XLSX, in `language` (ru or en) whatever the
        interface's, written in the background; returns the file it will be."""
        from smmdesk.io.plan_xlsx import write_plan_xlsx

        plan = self.plan
        if plan is None or self.campaign is None:
            return None
        words = self.plan_words(language)
        chosen = path or ask.save_file(
            self, self.tr("Export the plan"), file_name(words.title) + ".xlsx", "Excel (*.xlsx)"
        )
        if not chosen:
            return None
        found = ask.export_targets(self, chosen, [".xlsx"])
        if not found:
            return None
        (target,) = found
        self.export_files(
            self.tr("Exporting the plan…"),
            [target],
            lambda paths, report, cancelled: write_plan_xlsx(paths[0], plan, words),
            lambda _: self.post(self.tr("Exported: {path}").format(path=target)),
        )
        return target

    def plan_words(self, language: str) -> PlanWords:
        """What the file says, in `language` (made here, on the window's thread)."""
        from smmdesk.io.plan_xlsx import PlanWords

        assert self.campaign is not None and self.plan is not None
        into = translator_for(language)
        locale = locale_for(language)
        campaign = self.campaign
        by_influencer = self.rows_by.currentData() == "influencer"
        period = f"{self.plan.period_from:%d.%m.%Y} — {self.plan.period_to:%d.%m.%Y}"
        return PlanWords(
            sheet=into("PlanExport", PLAN_WORDS[0]),
            title=into("PlanExport", PLAN_WORDS[1]).format(
                client=campaign.client_name, campaign=campaign.name
            ),
            period=into("PlanExport", PLAN_WORDS[2]).format(period=period),
            row_title=into("PlanExport", PLAN_WORDS[3] if by_influencer else PLAN_WORDS[4]),
            undated=into("PlanExport", PLAN_WORDS[5]),
            weekdays=[locale.dayName(n, QLocale.FormatType.ShortFormat) for n in range(1, 8)],
            format_short={id_: short_format(code, title, into) for id_, code, title in self.formats},
        )


# Built-in formats' names short enough for a calendar cell.
SHORT_FORMATS = {
    "photo_with_product": QT_TRANSLATE_NOOP("PlanWindow", "Photo"),
    "photo_at_event": QT_TRANSLATE_NOOP("PlanWindow", "Photo (event)"),
    "video_with_product": QT_TRANSLATE_NOOP("PlanWindow", "Video"),
    "video_at_event": QT_TRANSLATE_NOOP("PlanWindow", "Video (event)"),
}


def short_format(
    code: str, stored_title: str, translate: Callable[[str, str], str] = QCoreApplication.translate
) -> str:
    """A format's name short enough for a calendar cell, through `translate` (into the interface's
    language by default, or the one chosen for a file)."""
    builtin = next((source for key, source in BUILTIN_FORMATS if key == code), None)
    if code in SHORT_FORMATS:
        title = translate("PlanWindow", SHORT_FORMATS[code])
    else:
        title = translate("Influencers", builtin) if builtin else stored_title
    return title if len(title) <= 14 else title[:13] + "…"


# The plan file's words, translated into the language chosen at export.
PLAN_WORDS = (
    QT_TRANSLATE_NOOP("PlanExport", "Plan"),
    QT_TRANSLATE_NOOP("PlanExport", "Placement plan: {client} — {campaign}"),
    QT_TRANSLATE_NOOP("PlanExport", "Period: {period}"),
    QT_TRANSLATE_NOOP("PlanExport", "Influencer"),
    QT_TRANSLATE_NOOP("PlanExport", "Platform"),
    QT_TRANSLATE_NOOP("PlanExport", "Without a date: {count}"),
)
