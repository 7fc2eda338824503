"""The estimate editor: versions and approval, settings, the lines table with its totals.

Only the latest version is edited; when it was sent (or decided), the first change makes the
next draft, and the planner is told once. Every change is one undoable step. The table keeps №
and whose line it is in view when scrolled right.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.domain.estimate import VAT_MODE_LABELS, VatMode, VersionStatus
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import CURRENCY_SYMBOLS, currency_symbol
from smmdesk.i18n import error_text, translate
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats, platforms
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date, format_money, format_plain, parse_decimal
from smmdesk.ui.core.labels import format_title, platform_titles
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.estimate_lines_model import FROZEN, INTERNAL, EstimateLinesModel
from smmdesk.ui.widgets.delegates import ChoiceDelegate, DateDelegate, TextDelegate, type_to_edit
from smmdesk.ui.widgets.estimate_line_tools import LineTools
from smmdesk.ui.widgets.estimate_totals import TotalsPanel, with_typed
from smmdesk.ui.widgets.estimate_workflow import ENTITY, WorkflowBar
from smmdesk.ui.widgets.form import heading_label
from smmdesk.ui.widgets.tables import FrozenColumnsTable

PREVIEWED = ("quantity", "unit_price", "discount_pct")


class EstimateEditor(QWidget):
    """Shows `load(estimate_id)`; `version_changed` tells the window which version is on screen."""

    version_changed = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EstimateEditor")
        self.ws = workspace
        self.estimate_id: int | None = None
        self.version: VersionView | None = None
        self._pending: set[str] = set()  # lines this editor just changed: patched without a reload
        self.model = EstimateLinesModel(self._commit_line, self)
        self.model.refused = self.refused
        self.heading = heading_label(
            self.tr("Choose an estimate on the left, or make one for a campaign"), "estimateHeading"
        )
        self.subheading = QLabel()
        self.subheading.setObjectName("estimateSubheading")
        self.subheading.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("versionStatus")
        self.status.setWordWrap(True)
        self.workflow = WorkflowBar(self)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.summary = TotalsPanel()
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.subheading, self.status, self.workflow):
            layout.addWidget(widget)
        layout.addLayout(self._settings_row())
        self.lines = LineTools(self)
        layout.addWidget(self.lines)
        layout.addWidget(self._table(), 1)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        self.show_internal(False)
        self.setEnabled(False)

    # Parts the section and the tests reach by name.
    send_button = property(lambda self: self.workflow.send_button)
    approve_button = property(lambda self: self.workflow.approve_button)
    reject_button = property(lambda self: self.workflow.reject_button)
    compare_button = property(lambda self: self.workflow.compare_button)
    versions = property(lambda self: self.workflow.versions)
    add_button = property(lambda self: self.lines.add_button)
    duplicate_button = property(lambda self: self.lines.duplicate_button)
    grouping = property(lambda self: self.lines.grouping)
    internal = property(lambda self: self.lines.internal)
    line_tools = property(lambda self: self.lines.buttons)
    totals = property(lambda self: self.summary.totals)
    forecast = property(lambda self: self.summary.forecast)
    inside = property(lambda self: self.summary.inside)

    # --- building -------------------------------------------------------------------------------

    def _settings_row(self) -> QHBoxLayout:
        self.fee = QLineEdit()
        self.fee.setObjectName("agencyFee")
        self.vat_rate = QLineEdit()
        self.vat_rate.setObjectName("vatRate")
        for box, key in ((self.fee, "agency_fee_pct"), (self.vat_rate, "vat_rate")):
            box.setMaximumWidth(70)
            box.editingFinished.connect(lambda b=box, k=key: self._typed_setting(k, b))
        self.vat_mode = QComboBox()
        self.vat_mode.setObjectName("vatMode")
        for mode in VatMode:
            self.vat_mode.addItem(translate("Estimates", VAT_MODE_LABELS[mode]), mode.value)
        self.vat_mode.activated.connect(
            lambda _: self._change_setting("vat_mode", self.vat_mode.currentData())
        )
        self.currency = QComboBox()
        self.currency.setObjectName("currency")
        self.currency.addItems(list(CURRENCY_SYMBOLS))
        self.currency.activated.connect(
            lambda _: self._change_setting("currency", self.currency.currentText())
        )
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Agency fee, %:"), self.fee),
            (self.tr("VAT:"), self.vat_mode),
            (self.tr("rate, %:"), self.vat_rate),
            (self.tr("Currency:"), self.currency),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addStretch(1)
        return row

    def _table(self) -> FrozenColumnsTable:
        table = self.table = FrozenColumnsTable(FROZEN)
        table.setObjectName("estimateLines")
        table.setModel(self.model)
        table.setSelectionBehavior(table.SelectionBehavior.SelectRows)
        table.setSelectionMode(table.SelectionMode.ExtendedSelection)
        type_to_edit(table)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        for index, column in enumerate(self.model.columns):
            table.setColumnWidth(index, column.width)
        table.setItemDelegateForColumn(self.model.column_index("date"), DateDelegate(self))
        self.price_delegates = []  # a price or a fee is typed in the estimate's currency
        for key in ("quantity", "unit_price", "discount_pct", "contractor_fee"):
            delegate = TextDelegate(preview=self._preview if key in PREVIEWED else None, parent=self)
            if key in ("unit_price", "contractor_fee"):
                self.price_delegates.append(delegate)
            delegate.closeEditor.connect(lambda *_: self._show_totals())  # a preview left uncommitted
            table.setItemDelegateForColumn(self.model.column_index(key), delegate)
        self.format_delegate = ChoiceDelegate([], self)
        table.setItemDelegateForColumn(self.model.column_index("format"), self.format_delegate)
        return table

    # --- showing -------------------------------------------------------------------------------------

    def load(self, estimate_id: int | None, version_id: int | None = None) -> None:
        db = self.ws.db
        view = None
        if estimate_id is not None and db is not None:
            try:
                view = self._read(estimate_id, version_id)
            except ValidationError:  # the estimate is gone (an undo of its making)
                view = None
        self.estimate_id = estimate_id if view is not None else None
        if view is None:
            self.version = None
            self.model.set_version(None, False)
            self.heading.setText(self.tr("Choose an estimate on the left, or make one for a campaign"))
            for label in (
                self.subheading,
                self.status,
                self.summary.totals,
                self.summary.forecast,
                self.summary.inside,
                self.message,
            ):
                label.clear()
            self.setEnabled(False)
            return
        self._show(view)

    def _read(self, estimate_id: int, version_id: int | None) -> VersionView:
        db = self.ws.db
        assert db is not None
        with db.reading() as session:
            target = version_id or est.latest_version(session, estimate_id)
            self.model.platform_titles = platform_titles(platforms(session))
            known = formats(session, include_archived=True)
            self.model.format_titles = {f.id: format_title(f.code, f.title) for f in known}
            self.format_delegate.choices = [
                (f.id, format_title(f.code, f.title)) for f in known if not f.archived
            ]
            return est.load_version(session, target)

    def show_version(self, version_id: int) -> None:
        self.load(self.estimate_id, version_id)

    def _show(self, view: VersionView) -> None:
        self.version = view
        self.setEnabled(True)
        latest = view.versions[-1].id if view.versions else view.version_id
        is_latest, writable = view.version_id == latest, not self.ws.read_only
        # The latest version takes edits; a frozen one passes them to a new draft (see _draft_edit).
        self.model.set_version(view, is_latest and writable)
        self.heading.setText(f"{view.title or self.tr('Estimate')} — {view.campaign_name}")
        self.subheading.setText(
            self.tr("{client}; period {start} — {end}; budget {budget}").format(
                client=view.client_name,
                start=format_date(view.period_from),
                end=format_date(view.period_to),
                budget=format_money(view.budget_limit, view.currency)
                if view.budget_limit is not None
                else "—",
            )
        )
        self.workflow.show_view(view, writable)
        self.status.setText(self.workflow.describe(view))
        for widget in (*self.line_tools, self.fee, self.vat_mode, self.vat_rate, self.currency):
            widget.setEnabled(writable and is_latest)
        for box, value in ((self.fee, view.agency_fee_pct), (self.vat_rate, view.vat_rate)):
            if not box.hasFocus():
                box.setText(format_plain(value))
        self.vat_mode.setCurrentIndex(max(self.vat_mode.findData(view.vat_mode), 0))
        self.currency.setCurrentText(view.currency)
        for delegate in self.price_delegates:
            delegate.suffix = currency_symbol(view.currency)
        self._show_totals()
        self.version_changed.emit(view.version_id)

    def _preview(self, index: Any, typed: str) -> None:
        """Totals for a value still being typed into a cell: computed here, nothing is saved."""
        line, view = self.model.line_at(index.row()), self.version
        if line is None or view is None or not index.isValid():
            return
        key = self.model.columns[index.column()].key
        field, value = self.model._parse(key, typed)
        if field is None or value is None:
            self._show_totals()  # not a number yet: the totals stay as saved
            return
        try:
            self._show_totals(with_typed(view, line, field, value))
            self.message.clear()
        except ValidationError as exc:  # out of range (a discount of 150): flagged, never previewed
            self.message.setText(error_text(exc))
            self._show_totals()
        except (ValueError, ArithmeticError, SmmError):
            self._show_totals()  # not a value the rules take: the totals stay as saved

    def _show_totals(self, shown: VersionView | None = None) -> None:
        view = shown or self.version
        if view is not None:
            self.summary.fill(view, self.internal.isChecked())

    def show_internal(self, on: bool) -> None:
        for index, column in enumerate(self.model.columns):
            if column.key in INTERNAL:
                self.table.setColumnHidden(index, not on)
        self._show_totals()

    # --- changes -------------------------------------------------------------------------------------

    def draft_edit(self, text: str, action: Any, undo: Any, *args: Any) -> Any:
        """Runs a change in the estimate's draft (made when the latest version is frozen)."""
        db, estimate_id = self.ws.db, self.estimate_id
        assert db is not None and estimate_id is not None
        was_frozen = self.version is not None and self.version.status != VersionStatus.DRAFT
        old_number = self.version.number if self.version is not None else 0
        result = self.ws.edit(
            text,
            lambda: in_transaction(db, est.in_draft, estimate_id, action, *args),
            lambda done: in_transaction(db, est.undo_in_draft, done, undo, *args[:1]),
            ENTITY,
            [estimate_id],
        )
        if was_frozen and result.made:
            ask.inform(
                self,
                self.tr("A new version"),
                self.tr(
                    "Version {old} is frozen: it was sent to the client. Your change went into a new draft, "
                    "version {new}; the old one stays as the client saw it."
                ).format(old=old_number, new=reading(db, est.load_version, result.version_id).number),
            )
        return result

    def _commit_line(self, key: str, field: str, value: Any) -> bool:
        if self.version is None:
            return False
        self._pending = {key}
        try:
            self.draft_edit(
                self.tr("Change a line of the estimate"),
                est.update_line_by_key,
                _restore_line,
                key,
                {field: value},
            )
        except ValidationError as exc:
            self._pending = set()
            self.refused(error_text(exc))
            return False
        except SmmError as exc:
            self._pending = set()
            show_error(self, exc)
            return False
        self.message.clear()
        return True

    def refused(self, text: str) -> None:
        self.message.setText(text)

    def _typed_setting(self, key: str, box: QLineEdit) -> None:
        """A percentage typed as the planner wrote it: refused with a message, never clamped."""
        if self.version is None:
            return
        typed = box.text().replace("%", "").strip()
        value = parse_decimal(typed)
        if value is None:
            self.refused(self.tr("Not a number: {text}").format(text=box.text()))
            return
        self._change_setting(key, value)

    def _change_setting(self, key: str, value: Any) -> None:
        if self.version is None or getattr(self.version, key) == value:
            return
        try:
            self.draft_edit(
                self.tr("Change the estimate's settings"),
                est.update_settings,
                _restore_settings,
                {key: value},
            )
        except SmmError as exc:
            self.refused(error_text(exc))
            return
        self.message.clear()

    def selected_keys(self) -> list[str]:
        return self.lines.selected_keys()

    def add_cost(self) -> None:
        self.lines.add_cost()

    def delete_selected(self) -> bool:
        return self.lines.delete_selected()

    def send(self) -> None:
        self.workflow.send()

    def decide(self, approved: bool) -> None:
        self.workflow.decide(approved)

    def export(self, suffix: str) -> None:
        self.workflow.export(suffix)

    # --- refreshing ------------------------------------------------------------------------------------

    def refresh(self, changes: Changes) -> None:
        """After a change: the estimate on screen follows, patched line by line after a cell edit."""
        if self.estimate_id is None or self.ws.db is None:
            return
        if changes.touches("influencers", "formats", "platforms") or changes.names(ENTITY, self.estimate_id):
            self._follow(changes.touches("influencers", "formats", "platforms"))

    def _follow(self, everything: bool) -> None:
        assert self.estimate_id is not None and self.ws.db is not None
        view = self.version
        try:
            latest = reading(self.ws.db, est.latest_version, self.estimate_id)
        except ValidationError:
            self.load(None)  # the estimate no longer exists (its making was undone)
            return
        pending, self._pending = self._pending, set()
        if view is not None and pending and not everything and latest == view.version_id:
            # One cell edited in the version on screen: patch those lines, keep the rest.
            fresh = {
                line.line_key: line for line in reading(self.ws.db, est.line_views, latest, sorted(pending))
            }
            self._show(
                dataclasses.replace(view, lines=tuple(fresh.get(line.line_key, line) for line in view.lines))
            )
            return
        self.load(self.estimate_id, latest)


def _restore_settings(session: Any, version_id: int, old: dict[str, Any], *_: Any) -> None:
    est.restore_settings(session, version_id, old)


def _restore_line(session: Any, version_id: int, old: dict[str, Any], key: str) -> None:
    est.restore_line_by_key(session, version_id, old, key)
