"""The sections of the main window, in the planner's order of work."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace

SectionFactory = Callable[[Workspace, UserSettings], QWidget]


def _load(path: str) -> SectionFactory:
    module, _, name = path.partition(":")
    factory: SectionFactory = getattr(importlib.import_module(module), name)
    return factory


@dataclass(frozen=True)
class SectionSpec:
    key: str
    title_source: str
    description_source: str
    # "module:Class" of the built section; imported when the section is first shown.
    widget: str | None = None

    @property
    def factory(self) -> SectionFactory | None:
        return _load(self.widget) if self.widget else None

    @property
    def title(self) -> str:
        return QCoreApplication.translate("Sections", self.title_source)

    @property
    def description(self) -> str:
        return QCoreApplication.translate("Sections", self.description_source)


SECTIONS: list[SectionSpec] = [
    SectionSpec(
        "influencers",
        QT_TRANSLATE_NOOP("Sections", "Influencers"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The base of opinion leaders: each person's accounts per platform, followers, ER, audience, "
            "contacts, tax status and relationship status, with the terms agreed per format. Lists "
            "that agencies keep are imported, duplicates merged, and 100,000 rows filter instantly.",
        ),
        "smmdesk.ui.windows.influencers:InfluencersWindow",
    ),
    SectionSpec(
        "estimates",
        QT_TRANSLATE_NOOP("Sections", "Estimates"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Clients, campaigns and their estimates: placements and other costs, discounts, agency "
            "fee and VAT, versions sent to the client and approved, and the client's XLSX and PDF.",
        ),
        "smmdesk.ui.windows.estimates:EstimatesWindow",
    ),
    SectionSpec(
        "plan",
        QT_TRANSLATE_NOOP("Sections", "Plan"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The placement plan: a campaign's placements as a calendar by month or week, dates moved "
            "by dragging, conflicts shown, exported as a calendar grid.",
        ),
        "smmdesk.ui.windows.plan:PlanWindow",
    ),
    SectionSpec(
        "placements",
        QT_TRANSLATE_NOOP("Sections", "Placements"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Carrying out the approved estimate: each publication's slot and status, payments and "
            "balances, the published URL, the ad token (ERID) and screenshots as proof.",
        ),
        "smmdesk.ui.windows.placements:PlacementsWindow",
    ),
    SectionSpec(
        "kpis",
        QT_TRANSLATE_NOOP("Sections", "KPIs"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Effectiveness: each publication's reach, views and engagement with their source, the "
            "campaign's KPI targets plan against fact, charts and the report for the client.",
        ),
        "smmdesk.ui.windows.kpis:KpisWindow",
    ),
    SectionSpec(
        "contests",
        QT_TRANSLATE_NOOP("Sections", "Contests"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Giveaways: mechanics, rules, prizes and their tax, participants imported or pasted, a "
            "draw that anyone can verify, and the protocol to publish.",
        ),
        "smmdesk.ui.windows.contests:ContestsWindow",
    ),
    SectionSpec(
        "reputation",
        QT_TRANSLATE_NOOP("Sections", "Reputation"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "Reputation management: choosing a monitoring service, the monitoring queries, a playbook "
            "for negative reviews and articles, a log of mentions with response deadlines, and "
            "campaigns that collect reviews from real customers.",
        ),
        "smmdesk.ui.windows.reputation:ReputationWindow",
    ),
    SectionSpec(
        "strategy",
        QT_TRANSLATE_NOOP("Sections", "Strategy"),
        QT_TRANSLATE_NOOP(
            "Sections",
            "The SMM strategy: goals and KPIs; plan, organize (tasks for employees and contractors), "
            "motivate, control with checkpoints, and coordinate when plans change, with the history kept.",
        ),
        "smmdesk.ui.windows.strategy:StrategySection",
    ),
]
