"""Settings → Preferences: language and backups for this computer; VAT, fee, currency and the contests' time
zone for the file; the team's server database on its own page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import CURRENCY_SYMBOLS
from smmdesk.domain.protocol import DEFAULT_TIME_ZONE, ZONE_NAMES_RU
from smmdesk.domain.settings import AgencySettings, valid_backups_kept
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.i18n import error_text
from smmdesk.services import contest_protocol as cp
from smmdesk.services.settings import read_agency_settings, update_agency_settings
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.formatting import format_plain, parse_decimal
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace


def _percent_box() -> QLineEdit:
    """A percentage typed as text: what was typed reaches the rules, which refuse 150 (no spin box
    turns it into 15)."""
    box = QLineEdit()
    box.setMaximumWidth(100)
    box.setPlaceholderText("%")
    return box


def _typed_number(box: QLineEdit, field: str) -> Decimal:
    value = parse_decimal(box.text().replace("%", ""))
    if value is None:
        message = QT_TRANSLATE_NOOP("Errors", "Not a number: {text}")
        raise ValidationError(message, field=field, text=box.text())
    return value


class SettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SettingsDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.workspace = workspace
        self.settings = settings
        self.language_at_open = settings.language

        machine = self._machine_box()
        agency = self._agency_box()
        self.original = AgencySettings()
        self.original_zone = DEFAULT_TIME_ZONE
        if workspace.db is not None:
            self.original = read_agency_settings(workspace.db)
            self.original_zone = reading(workspace.db, cp.time_zone)
        self._show_agency(self.original)
        self.time_zone.setCurrentIndex(max(0, self.time_zone.findData(self.original_zone)))
        agency.setEnabled(workspace.db is not None and not workspace.read_only)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.addWidget(machine)
        general_layout.addWidget(agency)
        general_layout.addStretch(1)
        from smmdesk.ui.dialogs.formats_page import FormatsPage

        self.formats_page = FormatsPage(workspace)
        self.tabs = QTabWidget()
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.formats_page, self.tr("Formats and platforms"))
        from smmdesk.ui.dialogs.server_page import ServerPage

        self.server_page = ServerPage(workspace, settings)
        self.tabs.addTab(self.server_page, self.tr("Server database"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)

    def _machine_box(self) -> QGroupBox:
        settings = self.settings
        self.language = QComboBox()
        for code, label in (("system", self.tr("As the system")), ("ru", "Русский"), ("en", "English")):
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.backups = QLineEdit(str(settings.backups_kept))
        self.backups.setMaximumWidth(100)

        machine = QGroupBox(self.tr("This computer"))
        machine_form = QFormLayout(machine)
        machine_form.addRow(self.tr("Language:"), self.language)
        machine_form.addRow(self.tr("Backups kept:"), self.backups)

        return machine

    def _agency_box(self) -> QGroupBox:
        self.agency_name = QLineEdit()
        self.vat = _percent_box()
        self.fee = _percent_box()
        self.currency = QComboBox()
        self.currency.setEditable(True)
        self.currency.addItems(list(CURRENCY_SYMBOLS))
        agency = QGroupBox(self.tr("Defaults for new estimates (kept in the database file)"))
        agency_form = QFormLayout(agency)
        agency_form.addRow(self.tr("Agency name:"), self.agency_name)
        agency_form.addRow(self.tr("VAT rate:"), self.vat)
        agency_form.addRow(self.tr("Agency fee:"), self.fee)
        agency_form.addRow(self.tr("Currency:"), self.currency)
        self.time_zone = QComboBox()
        self.time_zone.setObjectName("contestTimeZone")
        for zone in ZONE_NAMES_RU:
            self.time_zone.addItem(f"{zone} (UTC{dt.datetime.now(ZoneInfo(zone)).strftime('%z')[:3]})", zone)
        self.time_zone.setToolTip(self.tr("The times in a contest's protocol are stated in this zone, named"))
        agency_form.addRow(self.tr("Contests' time zone:"), self.time_zone)
        self.agency_error = QLabel()
        self.agency_error.setObjectName("agencyError")
        self.agency_error.setWordWrap(True)
        agency_form.addRow(self.agency_error)
        self.agency_box = agency

        return agency

    def _show_agency(self, value: AgencySettings) -> None:
        self.agency_name.setText(value.agency_name)
        self.vat.setText(format_plain(value.vat_rate))
        self.fee.setText(format_plain(value.agency_fee))
        self.currency.setCurrentText(value.currency)

    def _named(self, exc: ValidationError) -> str:
        """The refusal with the field it is about: «Ставка НДС: процент должен быть от 0 до 100.»"""
        labels = {
            "vat_rate": (self.tr("VAT rate"), self.vat),
            "agency_fee": (self.tr("Agency fee"), self.fee),
            "currency": (self.tr("Currency"), self.currency),
        }
        label, box = labels.get(exc.field or "", ("", None))
        if box is not None:
            box.setFocus()
        return f"{label}: {error_text(exc)}" if label else error_text(exc)

    def agency_settings(self) -> AgencySettings:
        return AgencySettings(
            agency_name=self.agency_name.text().strip(),
            vat_rate=_typed_number(self.vat, "vat_rate"),
            agency_fee=_typed_number(self.fee, "agency_fee"),
            currency=self.currency.currentText().strip().upper(),
        )

    def accept(self) -> None:
        try:
            new = self.agency_settings()
            if self.agency_box.isEnabled() and new != self.original:
                new.validated()
            kept = valid_backups_kept(self.backups.text())
        except ValidationError as exc:
            self.tabs.setCurrentIndex(0)
            self.agency_error.setText(self._named(exc))
            return
        if not self.server_page.save():  # nothing is saved until every page's values are taken
            self.tabs.setCurrentWidget(self.server_page)
            return
        if self.agency_box.isEnabled() and new != self.original:
            db = self.workspace.db
            assert db is not None
            self.workspace.edit(
                self.tr("Change the agency settings"),
                lambda: update_agency_settings(db, new),
                lambda previous: update_agency_settings(db, previous),
                "settings",
            )
        zone = str(self.time_zone.currentData())
        if self.agency_box.isEnabled() and zone != self.original_zone:
            database = self.workspace.db
            assert database is not None
            self.workspace.edit(
                self.tr("Change the contests' time zone"),
                lambda: in_transaction(database, cp.set_time_zone, zone),
                lambda previous: in_transaction(database, cp.set_time_zone, previous),
                "settings",
            )
        self.settings.language = str(self.language.currentData())
        self.settings.backups_kept = kept
        if self.settings.language != self.language_at_open:
            ask.inform(
                self, self.windowTitle(), self.tr("The new language is used from the next start of smmdesk.")
            )
        super().accept()
