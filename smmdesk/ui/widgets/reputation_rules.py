"""The Репутация section's answering rules for a brand: the SLA table (hours to answer per severity
and kind of channel, RULES.md's where the brand set none), whether only working hours count, and
the escalation ladder (L0–L3, each level's approver and backup). Every change is one step of the
window's history; a change of the table or the hours moves the brand's deadlines at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.reputation.sla import SEVERITY_LABELS, Severity
from smmdesk.domain.reputation.sources import CHANNEL_KIND_LABELS, ChannelKind
from smmdesk.domain.reputation.workflow import LEVEL_LABELS, Level, Rung
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import error_text
from smmdesk.services.reputation import brands
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.formatting import format_decimal, parse_decimal
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel, apply_widths
from smmdesk.ui.widgets.form import heading_label

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow

DEFAULT_GREY = QColor("#7f8c8d")
SEVERITY_PX = 420  # a severity's label whole («S2 отзыв 1–2★, повтор жалобы»)
HOURS_PX = 170
NOT_HOURS = QT_TRANSLATE_NOOP("Errors", "The time to answer is a number of hours, not «{value}».")


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def hours_text(value: Decimal) -> str:
    """Hours as typed: «0,5», «4», «1,25» (no trailing zeros)."""
    text = format_decimal(value, 2)
    return text.rstrip("0").rstrip(",.") if any(sep in text for sep in ",.") else text


@dataclass(frozen=True)
class SlaRow:
    """One severity of the brand's table: the hours per kind of channel, and which the brand set."""

    severity: Severity
    hours: dict[ChannelKind, Decimal]
    own: frozenset[ChannelKind]


class RulesTab(QWidget):
    def __init__(self, section: ReputationWindow) -> None:
        super().__init__()
        self.section = section
        self.client_id: int | None = None
        self.rungs: dict[Level, Rung] = {}
        self.model: RowTableModel[SlaRow] = RowTableModel(self._columns(), self)
        self.table = section.table_view(self.model, "slaTable")
        apply_widths(self.table, self.model.columns)
        self.working = QCheckBox(self.tr("Deadlines count working hours only (the production calendar)"))
        self.working.setObjectName("slaWorkingHours")
        self.working.toggled.connect(lambda on: self.set_working_hours(on))
        self.message = QLabel()
        self.message.setObjectName("rulesMessage")
        self.message.setWordWrap(True)
        self.approvers: dict[Level, tuple[QLineEdit, QLineEdit]] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading_label(self.tr("Hours to answer"), "slaHeading"))
        hint = QLabel(self.tr("A cell left empty takes the default of the rules (shown in grey)."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.working)
        layout.addWidget(heading_label(self.tr("Escalation ladder"), "ladderHeading"))
        layout.addLayout(self._ladder())
        layout.addWidget(self.message)

    def _columns(self) -> list[ColumnSpec[SlaRow]]:
        columns: list[ColumnSpec[SlaRow]] = [
            ColumnSpec(
                "severity",
                self.tr("Severity"),
                lambda r: _tr("Reputation", SEVERITY_LABELS[r.severity]),
                width=SEVERITY_PX,
            )
        ]
        for channel in ChannelKind:
            columns.append(self._hours_column(channel))
        return columns

    def _hours_column(self, channel: ChannelKind) -> ColumnSpec[SlaRow]:
        def typed(row: SlaRow, text: Any) -> bool:
            return self.set_hours(row.severity, channel, str(text))

        return ColumnSpec(
            channel.value,
            _tr("Reputation", CHANNEL_KIND_LABELS[channel]),
            lambda r: r.hours[channel],
            hours_text,
            align=RIGHT,
            tooltip=lambda r: self.tr("The brand's") if channel in r.own else self.tr("The rules' default"),
            foreground=lambda r: None if channel in r.own else DEFAULT_GREY,
            edit=typed,
            edit_value=lambda r: hours_text(r.hours[channel]) if channel in r.own else "",
            width=HOURS_PX,
        )

    def _ladder(self) -> QGridLayout:
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("Approver")), 0, 1)
        grid.addWidget(QLabel(self.tr("Backup")), 0, 2)
        for row, level in enumerate(Level, start=1):
            approver, backup = QLineEdit(), QLineEdit()
            approver.setObjectName(f"approver_{level.value}")
            backup.setObjectName(f"backup_{level.value}")
            for edit in (approver, backup):
                edit.editingFinished.connect(lambda chosen=level: self.commit_rung(chosen))
            self.approvers[level] = (approver, backup)
            grid.addWidget(QLabel(_tr("Reputation", LEVEL_LABELS[level])), row, 0)
            grid.addWidget(approver, row, 1)
            grid.addWidget(backup, row, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        return grid

    # --- showing ------------------------------------------------------------------------------------------

    def show_brand(self, client_id: int | None) -> None:
        self.client_id = client_id
        db = self.section.db
        writable = self.section.writable and client_id is not None
        self.working.setEnabled(writable)
        for approver, backup in self.approvers.values():
            approver.setEnabled(writable)
            backup.setEnabled(writable)
        if db is None or client_id is None:
            self.model.set_rows([])
            return
        brand = reading(db, brands.load_brand, client_id)
        own = reading(db, brands.own_sla_cells, client_id)
        self.model.update_rows(
            [
                SlaRow(
                    severity,
                    {channel: brand.sla.hours[(severity, channel)] for channel in ChannelKind},
                    frozenset(channel for channel in ChannelKind if (severity, channel) in own),
                )
                for severity in Severity
            ],
            lambda row: row.severity,
        )
        self.working.blockSignals(True)
        self.working.setChecked(brand.working_hours)
        self.working.blockSignals(False)
        self.rungs = {rung.level: rung for rung in brand.rungs}
        for level, (approver, backup) in self.approvers.items():
            rung = self.rungs.get(level)
            approver.setText(rung.approver if rung else "")
            backup.setText(rung.backup if rung else "")

    # --- editing ------------------------------------------------------------------------------------------

    def set_hours(self, severity: Severity, channel: ChannelKind, typed: str) -> bool:
        """A cell of the table (empty: the rules' default again); refused in words below the table."""
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        text = typed.strip()
        hours = parse_decimal(text) if text else None
        if text and hours is None:
            self.message.setText(error_text(ValidationError(NOT_HOURS, field="sla", value=text)))
            return False
        key = (severity, channel)
        done = self.section.edit(
            self.tr("Change the hours to answer"),
            lambda: in_transaction(db, brands.set_sla, client, {key: hours}),
            lambda old: in_transaction(db, brands.set_sla, client, old),
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.message.clear()
            self.show_brand(client)
        return bool(done)

    def set_working_hours(self, on: bool) -> bool:
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        done = self.section.edit(
            self.tr("Working hours on") if on else self.tr("Working hours off"),
            lambda: in_transaction(db, brands.update_brand, client, {"working_hours": on}),
            lambda old: in_transaction(db, brands.update_brand, client, old),
            "reputation",
            [client],
            shown_in=self.message,
        )
        self.show_brand(client)
        return bool(done)

    def commit_rung(self, level: Level) -> bool:
        """A level's approver and backup once both are typed (both emptied: the level is cleared)."""
        db, client = self.section.db, self.client_id
        if db is None or client is None:
            return False
        approver_edit, backup_edit = self.approvers[level]
        approver, backup = approver_edit.text().strip(), backup_edit.text().strip()
        old = self.rungs.get(level)
        if (approver, backup) == ((old.approver, old.backup) if old else ("", "")):
            return False
        if bool(approver) != bool(backup):
            self.message.setText(
                self.tr("Level {level}: type the approver and the backup.").format(level=level.value)
            )
            return False
        done = self.section.edit(
            self.tr("Approvers of {level}").format(level=level.value),
            lambda: in_transaction(db, brands.set_rung, client, level, approver, backup),
            lambda before: in_transaction(db, brands.restore_rung, client, level, before),
            "reputation",
            [client],
            shown_in=self.message,
        )
        if done:
            self.message.clear()
            self.show_brand(client)
        return bool(done)
