"""Influencers window → “Add to an estimate…”: the chosen accounts become placement lines."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from smmdesk.domain.estimate import STATUS_LABELS
from smmdesk.i18n import translate
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.dialogs.form_dialog import FormDialog, date_edit
from smmdesk.ui.models.influencer_model import format_title


class AddToEstimateDialog(FormDialog):
    def __init__(
        self, workspace: Workspace, account_ids: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Add to an estimate"), parent)
        self.setObjectName("AddToEstimateDialog")
        self.ws = workspace
        self.account_ids = list(account_ids)
        db = workspace.db
        assert db is not None
        self.estimate = QComboBox()
        self.estimate.setObjectName("estimateChoice")
        self.periods: dict[int, Any] = {}
        with db.reading() as session:
            for campaign in camp.list_campaigns(session):
                for estimate in est.list_estimates(session, campaign.id):
                    latest = estimate.latest
                    status = translate("Estimates", STATUS_LABELS.get(latest.status, latest.status))
                    version = f"v{latest.number}, {status}"
                    label = f"{campaign.client_name} — {campaign.name} — {estimate.title} ({version})"
                    self.estimate.addItem(label, estimate.id)
                    self.periods[estimate.id] = campaign
            choices = [(f.id, format_title(f.code, f.title)) for f in formats(session)]
        self.format = QComboBox()
        self.format.setObjectName("formatChoice")
        for format_id, title in choices:
            self.format.addItem(title, format_id)
        self.date = date_edit()
        self.no_date = QCheckBox(self.tr("date not fixed yet"))
        self.estimate.currentIndexChanged.connect(self._period_start)
        self._period_start()
        self.form.addRow(self.tr("Accounts:"), QLabel(str(len(self.account_ids))))
        self.form.addRow(self.tr("Estimate:"), self.estimate)
        self.form.addRow(self.tr("Format:"), self.format)
        self.form.addRow(self.tr("Date:"), self.date)
        self.form.addRow("", self.no_date)
        self.finish_layout()
        self.save = self._save
        self.missing_prices = 0

    def _period_start(self) -> None:
        campaign = self.periods.get(self.estimate.currentData())
        if campaign is not None:
            day = campaign.period_from
            self.date.setDate(QDate(day.year, day.month, day.day))

    def values(self) -> dict[str, Any]:
        return {
            "estimate": self.estimate.currentData(),
            "format": self.format.currentData(),
            "date": None if self.no_date.isChecked() else self.date.date().toPython(),
        }

    def _save(self, values: dict[str, Any]) -> Any:
        db = self.ws.db
        assert db is not None
        estimate_id = values["estimate"]
        if estimate_id is None:
            return None
        result = self.ws.edit(
            self.tr("Add {count} placements to the estimate").format(count=len(self.account_ids)),
            lambda: in_transaction(
                db,
                est.in_draft,
                estimate_id,
                est.add_placements,
                self.account_ids,
                values["format"],
                values["date"],
            ),
            lambda done: in_transaction(db, est.undo_in_draft, done, _remove),
            "estimates",
            [estimate_id],
        )
        view = reading(db, est.load_version, result.version_id)
        added = set(result.value)
        self.missing_prices = sum(1 for line in view.lines if line.id in added and line.unit_price is None)
        return result


def _remove(session: Any, version_id: int, created: list[int]) -> None:
    est.remove_lines(session, version_id, created)
