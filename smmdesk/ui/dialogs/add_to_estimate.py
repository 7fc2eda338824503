"""Influencers window → «Добавить в смету…»: the chosen accounts become placement lines.

Blacklisted people are left out (and named); the others are added, and the planner is told what
was added where, and which lines still need a price.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from smmdesk.domain import influencers as rules
from smmdesk.domain.estimate import STATUS_LABELS
from smmdesk.domain.influencer_table import InfluencerRow
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import translate
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.dialogs.form_dialog import FormDialog
from smmdesk.ui.models.influencer_model import format_title
from smmdesk.ui.widgets.date_field import DateField


class AddToEstimateDialog(FormDialog):
    def __init__(
        self, workspace: Workspace, rows: Sequence[InfluencerRow], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add to an estimate"), parent)
        self.setObjectName("AddToEstimateDialog")
        self.ws = workspace
        placeable = [r for r in rows if r.account_id is not None]
        self.left_out = sorted({r.name for r in placeable if r.status == rules.RelationStatus.BLACKLIST})
        self.account_ids = [
            r.account_id
            for r in placeable
            if r.account_id is not None and r.status != rules.RelationStatus.BLACKLIST
        ]
        self.report = ""
        self.missing_prices = 0
        self.estimate = QComboBox()
        self.estimate.setObjectName("estimateChoice")
        self.format = QComboBox()
        self.format.setObjectName("formatChoice")
        self.periods: dict[int, Any] = {}
        self.titles: dict[int, str] = {}
        self._fill_choices()
        self.date = DateField()
        self.date.setObjectName("placementDate")
        self.no_date = QCheckBox(self.tr("date not fixed yet"))
        self.estimate.currentIndexChanged.connect(self._period_start)
        self._period_start()
        self.form.addRow(self.tr("Accounts:"), QLabel(self._accounts_text()))
        self.form.addRow(self.tr("Estimate:"), self.estimate)
        self.form.addRow(self.tr("Format:"), self.format)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow("", self.no_date)
        self.finish_layout()
        self.save = self._save

    def _fill_choices(self) -> None:
        db = self.ws.db
        assert db is not None
        with db.reading() as session:
            for campaign in camp.list_campaigns(session):
                for estimate in est.list_estimates(session, campaign.id):
                    latest = estimate.latest
                    status = translate("Estimates", STATUS_LABELS.get(latest.status, latest.status))
                    version = f"v{latest.number}, {status}"
                    label = f"{campaign.client_name} — {campaign.name} — {estimate.title} ({version})"
                    self.estimate.addItem(label, estimate.id)
                    self.periods[estimate.id] = campaign
                    self.titles[estimate.id] = f"{campaign.name} — {estimate.title}"
            for known in formats(session):
                self.format.addItem(format_title(known.code, known.title), known.id)

    def _accounts_text(self) -> str:
        text = str(len(self.account_ids))
        if self.left_out:
            text += "; " + self.tr("left out, blacklisted: {names}").format(names=", ".join(self.left_out))
        return text

    def _period_start(self) -> None:
        campaign = self.periods.get(self.estimate.currentData())
        if campaign is not None:
            self.date.set_value(campaign.period_from)

    def values(self) -> dict[str, Any]:
        from smmdesk.domain.errors import ValidationError

        if not self.account_ids:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Everyone chosen is blacklisted: nothing to add.")
            )
        return {
            "estimate": self.estimate.currentData(),
            "format": self.format.currentData(),
            "date": None if self.no_date.isChecked() else self.date.typed(),
        }

    def _save(self, values: dict[str, Any]) -> Any:
        db = self.ws.db
        assert db is not None
        estimate_id = values["estimate"]
        if estimate_id is None:
            return None
        accounts = list(self.account_ids)
        result = self.ws.edit(
            self.tr("Add {count} placements to the estimate").format(count=len(accounts)),
            lambda: in_transaction(
                db, est.in_draft, estimate_id, est.add_placements, accounts, values["format"], values["date"]
            ),
            lambda done: in_transaction(db, est.undo_in_draft, done, _remove),
            "estimates",
            [estimate_id],
        )
        view = reading(db, est.load_version, result.version_id)
        added = set(result.value)
        self.missing_prices = sum(1 for line in view.lines if line.id in added and line.unit_price is None)
        self.report = self._report(len(added), self.titles.get(estimate_id, ""), view.number)
        return result

    def _report(self, added: int, where: str, version: int) -> str:
        lines = [
            self.tr("Added {count} placements to {estimate}, version {version}.").format(
                count=added, estimate=where, version=version
            )
        ]
        if self.left_out:
            lines.append(
                self.tr("Left out, being blacklisted: {names}.").format(names=", ".join(self.left_out))
            )
        if self.missing_prices:
            lines.append(
                self.tr(
                    "{count} of them have no price for this format in their terms: "
                    "type the prices in the estimate."
                ).format(count=self.missing_prices)
            )
        return "\n".join(lines)


def _remove(session: Any, version_id: int, created: list[int]) -> None:
    est.remove_lines(session, version_id, created)
