"""The «Конкурс» tab: the contest's record (platform, mechanics, rules, dates, budget, status,
results), each field committed on its own through the form helper."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QPushButton, QWidget

from smmdesk.domain import contests as rules
from smmdesk.domain.humannum import parse_count
from smmdesk.domain.money import parse_money
from smmdesk.i18n import translate
from smmdesk.services import contests as svc
from smmdesk.services.campaigns import list_campaigns
from smmdesk.services.influencers import find_by_name, platforms
from smmdesk.services.session import reading
from smmdesk.ui.core.formatting import format_decimal, format_int
from smmdesk.ui.core.labels import platform_titles
from smmdesk.ui.widgets.form import Field, Form, set_choices

if TYPE_CHECKING:
    from smmdesk.ui.windows.contests import ContestsWindow


def label(labels: dict[Any, str], key: str, enum: type) -> str:
    return translate("Contests", labels[enum(key)])


def _money(text: str) -> Decimal | None:
    text = text.strip()
    return parse_money(text) if text else None


def _count(text: str) -> int | None:
    text = text.strip()
    return parse_count(text) if text else None


class RecordTab(QWidget):
    """The contest itself; `show(info)` fills it, a change is saved through the section."""

    def __init__(self, section: ContestsWindow) -> None:
        super().__init__(section)
        self.section = section
        form = self.form = Form(QFormLayout(self), self._commit, "contest")
        form.line("title", self.tr("Name:"))
        self.platform_box = form.choice("platform", self.tr("Platform:"), [])
        form.line("account", self.tr("Account:"), lambda t: t.strip().lstrip("@"))
        form.choice(
            "mechanics",
            self.tr("Mechanics:"),
            [(m.value, label(rules.MECHANICS_LABELS, m.value, rules.Mechanics)) for m in rules.Mechanics],
        )
        form.text("rules", self.tr("Rules:"), 110)
        form.date("starts_on", self.tr("Entries from:"))
        form.date("ends_on", self.tr("Entries until:"))
        form.date("announce_on", self.tr("Results announced:"))
        form.line("budget", self.tr("Budget, ₽:"), _money, lambda v: format_decimal(v, 2))
        form.line("other_costs", self.tr("Other costs, ₽:"), _money, lambda v: format_decimal(v, 2))
        self.campaign_box = form.choice("campaign_id", self.tr("Campaign:"), [])
        self.influencer_edit = form.line(
            "influencer",
            self.tr("Blogger:"),
            placeholder=self.tr("the blogger's name as in the base, if the contest is theirs"),
        )
        form.choice(
            "status",
            self.tr("Status:"),
            [
                (s.value, label(rules.STATUS_LABELS, s.value, rules.ContestStatus))
                for s in rules.ContestStatus
            ],
        )
        form.check(
            "list_private",
            self.tr("Do not publish the list of participants in the protocol (its hash and size only)"),
        )
        form.line("new_followers", self.tr("New followers:"), _count, format_int)
        form.line("reach", self.tr("Reach:"), _count, format_int)
        self.delete_button = QPushButton(self.tr("Delete the contest"))
        self.delete_button.clicked.connect(section.delete_contest)
        form.layout.addRow("", self.delete_button)
        self.fields = form.fields

    def refill_choices(self) -> None:
        db = self.section.db
        if db is None:
            return
        set_choices(self.platform_box, [("", "—"), *platform_titles(reading(db, platforms)).items()])
        campaigns = [(c.id, f"{c.client_name} — {c.name}") for c in reading(db, list_campaigns)]
        set_choices(self.campaign_box, [(None, "—"), *campaigns])

    def fill(self, info: svc.ContestInfo) -> None:
        self.form.show({**info.values, "influencer": info.influencer_name})

    @property
    def influencer(self) -> QLineEdit:
        return self.influencer_edit

    def _commit(self, key: str, value: Any, field: Field) -> None:
        if key == "influencer":
            self._commit_influencer(value, field)
            return
        self.section.save({key: value}, field)

    def _commit_influencer(self, name: str, field: Field) -> None:
        db = self.section.db
        if db is None:
            return
        found = reading(db, find_by_name, name) if name else None
        if name and found is None:
            field.fail(self.tr("No one called {name} in the base.").format(name=name))
            return
        self.section.save({"influencer_id": found}, field)
