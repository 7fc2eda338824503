"""The estimate editor: versions and approval, settings, the lines table with its totals.

Only the latest version is edited; when it was sent (or decided), the first change makes the
next draft, and the planner is told once. Every change is one undoable step.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.domain.estimate import STATUS_LABELS, VAT_MODE_LABELS, VatMode, VersionStatus, total_lines
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.money import CURRENCY_SYMBOLS, currency_symbol, round_to
from smmdesk.domain.text import file_name
from smmdesk.i18n import error_text, translate
from smmdesk.services import estimates as est
from smmdesk.services.influencers import formats, platforms
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_datetime, format_int, format_money
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.estimate_lines_model import EstimateLinesModel
from smmdesk.ui.models.influencer_model import format_title
from smmdesk.ui.widgets.delegates import TYPE_TO_EDIT, ChoiceDelegate, DateDelegate, NumberDelegate
from smmdesk.ui.widgets.form_field import heading_label

ENTITY = "estimates"


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
        self.model.refused = self._refused

        self.heading = heading_label(
            self.tr("Choose an estimate on the left, or make one for a campaign"), "estimateHeading"
        )
        self.subheading = QLabel()
        self.subheading.setObjectName("estimateSubheading")
        self.subheading.setWordWrap(True)

        self.versions = QComboBox()
        self.versions.setObjectName("versions")
        self.versions.activated.connect(lambda _: self.show_version(self.versions.currentData()))
        self.status = QLabel()
        self.status.setObjectName("versionStatus")
        self.send_button = QPushButton(self.tr("Send to the client"))
        self.approve_button = QPushButton(self.tr("Approved…"))
        self.reject_button = QPushButton(self.tr("Rejected…"))
        self.compare_button = QPushButton(self.tr("Compare versions…"))
        self.send_button.clicked.connect(self.send)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.compare_button.clicked.connect(self.compare)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setToolTip(self.tr("Export this version for the client"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self)
        for suffix, label in (
            ("xlsx", self.tr("Excel (XLSX)…")),
            ("pdf", self.tr("PDF…")),
            ("csv", self.tr("CSV…")),
        ):
            export_menu.addAction(label, partial(self.export, suffix))
        self.export_button.setMenu(export_menu)
        self.versions.setMinimumWidth(200)
        self.status.setWordWrap(True)
        workflow = QHBoxLayout()
        workflow.addWidget(QLabel(self.tr("Version:")))
        workflow.addWidget(self.versions)
        workflow.addStretch(1)
        for button in (self.send_button, self.approve_button, self.reject_button, self.compare_button):
            workflow.addWidget(button)
        workflow.addWidget(self.export_button)

        self.fee = QDoubleSpinBox()
        self.fee.setObjectName("agencyFee")
        self.fee.setRange(0, 100)
        self.fee.setSuffix(" %")
        self.vat_mode = QComboBox()
        self.vat_mode.setObjectName("vatMode")
        for mode in VatMode:
            self.vat_mode.addItem(translate("Estimates", VAT_MODE_LABELS[mode]), mode.value)
        self.vat_rate = QDoubleSpinBox()
        self.vat_rate.setObjectName("vatRate")
        self.vat_rate.setRange(0, 100)
        self.vat_rate.setSuffix(" %")
        self.currency = QComboBox()
        self.currency.addItems(list(CURRENCY_SYMBOLS))
        self.fee.editingFinished.connect(
            lambda: self._change_setting("agency_fee_pct", round_to(Decimal(str(self.fee.value())), 2))
        )
        self.vat_rate.editingFinished.connect(
            lambda: self._change_setting("vat_rate", round_to(Decimal(str(self.vat_rate.value())), 2))
        )
        self.vat_mode.activated.connect(
            lambda _: self._change_setting("vat_mode", self.vat_mode.currentData())
        )
        self.currency.activated.connect(
            lambda _: self._change_setting("currency", self.currency.currentText())
        )
        self.grouping = QComboBox()
        self.grouping.setObjectName("grouping")
        for key, label in (
            ("", self.tr("no grouping")),
            ("platform", self.tr("by platform")),
            ("influencer", self.tr("by influencer")),
            ("format", self.tr("by format")),
            ("week", self.tr("by week")),
        ):
            self.grouping.addItem(label, key)
        self.grouping.activated.connect(lambda _: self.model.set_grouping(self.grouping.currentData()))
        self.internal = QCheckBox(self.tr("Internal view"))
        self.internal.setToolTip(
            self.tr("The bloggers' fees, the agency's margin and tax statuses; never exported")
        )
        self.internal.toggled.connect(self._show_internal)
        settings = QHBoxLayout()
        for label, setting in (
            (self.tr("Agency fee:"), self.fee),
            (self.tr("VAT:"), self.vat_mode),
            (self.tr("rate"), self.vat_rate),
            (self.tr("Currency:"), self.currency),
        ):
            settings.addWidget(QLabel(label))
            settings.addWidget(setting)
        settings.addStretch(1)

        self.add_button = QPushButton(self.tr("+ From the base…"))
        self.add_button.setToolTip(
            self.tr("Choose influencers in the base, then “With selected → Add to an estimate”")
        )
        self.cost_button = QPushButton(self.tr("+ Cost…"))
        self.cost_button.setToolTip(self.tr("Another cost: production, product, delivery…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.cost_button.clicked.connect(self.add_cost)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.up_button.clicked.connect(lambda: self.move_lines(-1))
        self.down_button.clicked.connect(lambda: self.move_lines(1))
        self.delete_button.clicked.connect(self.delete_selected)
        tools = QHBoxLayout()
        self.line_tools = (
            self.add_button,
            self.cost_button,
            self.duplicate_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        )
        for widget in self.line_tools:
            tools.addWidget(widget)
        tools.addStretch(1)
        tools.addWidget(QLabel(self.tr("Group:")))
        tools.addWidget(self.grouping)
        tools.addWidget(self.internal)
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(arrow.sizeHint().height() + 8)

        self.table = QTableView()
        self.table.setObjectName("estimateLines")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(TYPE_TO_EDIT)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setWordWrap(False)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for index, column in enumerate(self.model.columns):
            header.resizeSection(index, column.width)
        self.table.setItemDelegateForColumn(self.model.column_index("date"), DateDelegate(self))
        self.price_delegate = NumberDelegate(
            0, 1e10, decimals=2, suffix=" ₽", preview=self._preview, parent=self
        )
        self.fee_delegate = NumberDelegate(0, 1e10, decimals=2, suffix=" ₽", parent=self)
        for key, delegate in (
            ("quantity", NumberDelegate(1, 10_000, preview=self._preview, parent=self)),
            ("unit_price", self.price_delegate),
            (
                "discount_pct",
                NumberDelegate(0, 100, decimals=2, suffix=" %", preview=self._preview, parent=self),
            ),
            ("contractor_fee", self.fee_delegate),
        ):
            delegate.closeEditor.connect(lambda *_: self._show_totals())  # a preview left uncommitted
            self.table.setItemDelegateForColumn(self.model.column_index(key), delegate)
        self.format_delegate = ChoiceDelegate([], self)
        self.table.setItemDelegateForColumn(self.model.column_index("format"), self.format_delegate)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)

        self.totals = QLabel()
        self.totals.setObjectName("estimateTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.forecast = QLabel()
        self.forecast.setObjectName("estimateForecast")
        self.forecast.setWordWrap(True)
        self.inside = QLabel()
        self.inside.setObjectName("estimateInternal")
        self.inside.setWordWrap(True)
        summary = QGridLayout()
        summary.addWidget(self.forecast, 0, 0)
        summary.addWidget(self.inside, 1, 0)
        summary.addWidget(self.totals, 0, 1, 2, 1, Qt.AlignmentFlag.AlignRight)
        summary.setColumnStretch(0, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        layout.addWidget(self.status)
        layout.addLayout(workflow)
        layout.addLayout(settings)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(summary)
        self._show_internal(False)
        self.delete_shortcut = self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected)
        self.setEnabled(False)
        workspace.bus.changed.connect(self._on_changed)

    def _shortcut(self, keys: Any, slot: Callable[[], None]) -> Any:
        from PySide6.QtGui import QAction

        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # --- showing -------------------------------------------------------------------------------------

    def load(self, estimate_id: int | None, version_id: int | None = None) -> None:
        db = self.ws.db
        self.estimate_id = estimate_id
        if estimate_id is None or db is None:
            self.version = None
            self.model.set_version(None, False)
            self.setEnabled(False)
            return
        with db.reading() as session:
            target = version_id or est.latest_version(session, estimate_id)
            self.model.platform_titles = dict(platforms(session))
            known = formats(session, include_archived=True)
            self.model.format_titles = {f.id: format_title(f.code, f.title) for f in known}
            self.format_delegate.choices = [
                (f.id, format_title(f.code, f.title)) for f in known if not f.archived
            ]
            view = est.load_version(session, target)
        self._show(view)

    def show_version(self, version_id: int) -> None:
        self.load(self.estimate_id, version_id)

    def _show(self, view: VersionView) -> None:
        self.version = view
        self.setEnabled(True)
        latest = view.versions[-1].id if view.versions else view.version_id
        # The latest version takes edits; a frozen one passes them to a new draft (see _draft_edit).
        self.model.set_version(view, view.version_id == latest and not self.ws.read_only)
        title = view.title or self.tr("Estimate")
        self.heading.setText(f"{title} — {view.campaign_name}")
        self.subheading.setText(
            self.tr("{client}; period {start} — {end}; budget {budget}").format(
                client=view.client_name,
                start=view.period_from.strftime("%d.%m.%Y"),
                end=view.period_to.strftime("%d.%m.%Y"),
                budget=format_money(view.budget_limit, view.currency),
            )
        )
        self.versions.blockSignals(True)
        self.versions.clear()
        for ref in view.versions:
            self.versions.addItem(
                self.tr("{number} — {status}").format(number=ref.number, status=self._status(ref.status)),
                ref.id,
            )
        self.versions.setCurrentIndex(max(self.versions.findData(view.version_id), 0))
        self.versions.blockSignals(False)
        self.status.setText(self._status_text(view))
        is_latest = view.version_id == latest
        writable = not self.ws.read_only
        self.send_button.setEnabled(writable and is_latest and view.status == VersionStatus.DRAFT)
        self.approve_button.setEnabled(writable and view.status == VersionStatus.SENT)
        self.reject_button.setEnabled(writable and view.status == VersionStatus.SENT)
        self.compare_button.setEnabled(len(view.versions) > 1)
        for widget in (*self.line_tools, self.fee, self.vat_mode, self.vat_rate, self.currency):
            widget.setEnabled(writable and is_latest)
        for box, value in ((self.fee, view.agency_fee_pct), (self.vat_rate, view.vat_rate)):
            box.blockSignals(True)
            box.setValue(float(value))
            box.blockSignals(False)
        self.vat_mode.setCurrentIndex(max(self.vat_mode.findData(view.vat_mode), 0))
        self.currency.setCurrentText(view.currency)
        for delegate in (self.price_delegate, self.fee_delegate):  # typed in the estimate's currency
            delegate.suffix = "\u00a0" + currency_symbol(view.currency)
        self._show_totals()
        self.version_changed.emit(view.version_id)

    def _status(self, status: str) -> str:
        return translate("Estimates", STATUS_LABELS.get(status, status))

    def _status_text(self, view: VersionView) -> str:
        text = self._status(view.status)
        if view.sent_at:
            text += "; " + self.tr("sent {when}").format(when=format_datetime(view.sent_at))
        if view.decided_at:
            text += "; " + self.tr("{who}, {when}").format(
                who=view.decided_by, when=format_datetime(view.decided_at)
            )
            if view.decision_comment:
                text += f": «{view.decision_comment}»"
        return text

    def _preview(self, index: Any, value: Any) -> None:
        """Totals for a value still being typed into a cell: computed here, nothing is saved."""
        line, view = self.model.line_at(index.row()), self.version
        if line is None or view is None or not index.isValid():
            return
        field = self.model.columns[index.column()].key
        changed = dataclasses.replace(line, **{field: value})
        lines = tuple(changed if each.line_key == line.line_key else each for each in view.lines)
        self._show_totals(dataclasses.replace(view, lines=lines))

    def _show_totals(self, shown: VersionView | None = None) -> None:
        view = shown or self.version
        if view is None:
            return
        t = view.totals
        point = QLocale().decimalPoint()
        worded = total_lines(t, view.agency_fee_pct, view.vat_mode, view.vat_rate)  # RULES.md's words
        rows = [(line.words(translate, point), line.amount) for line in worded[:-1]]

        def row(label: str, value: str, bold: bool = False) -> str:
            if bold:
                label, value = f"<b>{label}</b>", f"<b>{value}</b>"
            return f"<tr><td align=right>{label}</td><td align=right>&nbsp;&nbsp;{value}</td></tr>"

        cells = "".join(
            row(label, "" if value is None else format_money(value, view.currency)) for label, value in rows
        )
        cells += row(worded[-1].words(translate, point), format_money(t.total, view.currency), bold=True)
        if view.over_budget and view.budget_limit is not None:
            over = format_money(t.total - view.budget_limit, view.currency)
            warning = self.tr("Over the budget by {amount}").format(amount=over)
            cells += f"<tr><td colspan=2 align=right style='color:#b00020'>{warning}</td></tr>"
        self.totals.setText(f"<table>{cells}</table>")
        f = view.forecast
        self.forecast.setText(
            self.tr(
                "Forecast: followers {followers}, reach {reach}, views {views}; CPM {cpm}, CPV {cpv}."
            ).format(
                followers=format_int(f.followers),
                reach=format_int(f.reach),
                views=format_int(f.views),
                cpm=format_money(f.cpm, view.currency),
                cpv=format_money(f.cpv, view.currency),
            )
        )
        flagged = len(view.flags)
        problems = self.tr("Lines to check: {count} (shown in red).").format(count=flagged) if flagged else ""
        self.inside.setText(
            (
                self.tr("Bloggers and suppliers get {paid}; the agency keeps {margin} before VAT.").format(
                    paid=format_money(view.contractor_total, view.currency),
                    margin=format_money(view.margin, view.currency),
                )
                if self.internal.isChecked()
                else ""
            )
            + (" " + problems if problems else "")
        )

    def _show_internal(self, on: bool) -> None:
        for index, column in enumerate(self.model.columns):
            if column.internal:
                self.table.setColumnHidden(index, not on)
        self._show_totals()

    # --- changes -------------------------------------------------------------------------------------

    def _draft_edit(self, text: str, action: Any, undo: Any, *args: Any) -> Any:
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
                ).format(old=old_number, new=self._number_of(result.version_id)),
            )
        return result

    def _number_of(self, version_id: int) -> int:
        db = self.ws.db
        assert db is not None
        return reading(db, est.load_version, version_id).number

    def _commit_line(self, key: str, field: str, value: Any) -> bool:
        if self.version is None:
            return False
        self._pending = {key}
        try:
            self._draft_edit(
                self.tr("Change a line of the estimate"),
                est.update_line_by_key,
                _restore_line,
                key,
                {field: value},
            )
        except ValidationError as exc:
            self._pending = set()
            self._refused(error_text(exc))
            return False
        except SmmError as exc:
            self._pending = set()
            show_error(self, exc)
            return False
        self.message.clear()
        return True

    def _refused(self, text: str) -> None:
        self.message.setText(text)

    def _change_setting(self, key: str, value: Any) -> None:
        if self.version is None or getattr(self.version, key) == value:
            return
        try:
            self._draft_edit(
                self.tr("Change the estimate's settings"),
                est.update_settings,
                _restore_settings,
                {key: value},
            )
        except SmmError as exc:
            self._refused(error_text(exc))

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        keys = []
        for row in rows:
            line = self.model.line_at(row)
            if line is not None:
                keys.append(line.line_key)
        return keys

    def add_cost(self) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import CostDialog

        if self.version is None:
            return
        dialog = CostDialog(self)

        def save(values: dict[str, Any]) -> Any:
            return self._draft_edit(
                self.tr("Add a cost to the estimate"),
                est.add_cost,
                _remove_added,
                values["title"],
                values["quantity"],
                values["unit_price"],
            )

        dialog.save = save
        dialog.exec()

    def duplicate(self) -> None:
        keys = self.selected_keys()
        if keys:
            self._draft_edit(self.tr("Duplicate lines"), est.duplicate_by_keys, _remove_added, keys)

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys or self.version is None:
            return
        self._draft_edit(self.tr("Delete lines of the estimate"), est.delete_by_keys, _restore_deleted, keys)

    def move_lines(self, step: int) -> None:
        if self.version is None or self.model.grouping:
            self._refused(self.tr("Lines are moved with the grouping off."))
            return
        keys = self.selected_keys()
        order = [line.line_key for line in self.version.lines]
        if not keys:
            return
        positions = sorted(order.index(k) for k in keys)
        if (step < 0 and positions[0] == 0) or (step > 0 and positions[-1] == len(order) - 1):
            return
        for index in positions if step < 0 else reversed(positions):
            order[index], order[index + step] = order[index + step], order[index]
        self._draft_edit(self.tr("Move lines"), est.reorder_by_keys, _restore_order, order)
        self.table.clearSelection()
        for key in keys:
            self.table.selectRow(self.model.row_of_key(key))

    # --- approval ------------------------------------------------------------------------------------

    def _workflow(self, text: str, action: Callable[..., Any], *args: Any) -> None:
        db, view = self.ws.db, self.version
        assert db is not None and view is not None
        version_id, estimate_id = view.version_id, view.estimate_id

        try:
            self.ws.edit(
                text,
                lambda: in_transaction(db, est.change_workflow, version_id, action, *args),
                lambda change: in_transaction(db, est.undo_workflow, version_id, change),
                ENTITY,
                [estimate_id],
            )
        except SmmError as exc:
            show_error(self, exc)

    def send(self) -> None:
        if self.version is not None:
            self._workflow(self.tr("Send the estimate to the client"), est.send_to_client)

    def decide(self, approved: bool) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import DecisionDialog

        if self.version is None:
            return
        dialog = DecisionDialog(approved, self)

        def save(values: dict[str, Any]) -> None:
            if not values["who"].strip():
                from smmdesk.domain.text import QT_TRANSLATE_NOOP

                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say who decided on the client's side."))
            self._workflow(
                self.tr("The client's decision"),
                est.decide,
                values["approved"],
                values["who"],
                values["comment"],
            )

        dialog.save = save
        dialog.exec()

    def compare(self) -> None:
        from smmdesk.ui.dialogs.compare_dialog import CompareDialog

        if self.version is not None:
            CompareDialog(self.ws, self.version, self).exec()

    def export(self, suffix: str) -> None:
        from smmdesk.services.estimate_export import export_version

        view, db = self.version, self.ws.db
        if view is None or db is None:
            return
        suggested = file_name(f"{view.campaign_name} — смета v{view.number}") + "." + suffix
        chosen = ask.save_file(
            self, self.tr("Export the estimate"), suggested, f"{suffix.upper()} (*.{suffix})"
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != "." + suffix:
            path = path.with_suffix("." + suffix)
        try:
            with db.reading() as session:
                export_version(session, view.version_id, path)
        except (SmmError, OSError) as exc:
            ask.warn(self, self.tr("Export"), error_text(exc) if isinstance(exc, SmmError) else str(exc))
            return
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(self.tr("Exported: {path}").format(path=path), 8000)

    # --- refreshing ------------------------------------------------------------------------------------

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity not in (ENTITY, "influencers", "formats") or self.estimate_id is None or self.ws.db is None:
            return
        if entity == ENTITY and ids is not None and self.estimate_id not in ids:
            return
        view = self.version
        latest = reading(self.ws.db, est.latest_version, self.estimate_id)
        pending, self._pending = self._pending, set()
        if view is not None and pending and latest == view.version_id:
            # One cell edited in the version on screen: patch those lines, keep the rest.
            fresh = {
                line.line_key: line for line in reading(self.ws.db, est.line_views, latest, sorted(pending))
            }
            lines = tuple(fresh.get(line.line_key, line) for line in view.lines)
            self._show(dataclasses.replace(view, lines=lines))
            return
        self.load(self.estimate_id, latest)


# Undo steps of in-draft edits: (session, version_id, what the edit returned, *its first argument).
def _restore_line(session: Any, version_id: int, old: dict[str, Any], key: str) -> None:
    est.restore_line_by_key(session, version_id, old, key)


def _restore_settings(session: Any, version_id: int, old: dict[str, Any], *_: Any) -> None:
    est.restore_settings(session, version_id, old)


def _remove_added(session: Any, version_id: int, created: int | Sequence[int], *_: Any) -> None:
    est.remove_lines(session, version_id, [created] if isinstance(created, int) else list(created))


def _restore_deleted(session: Any, version_id: int, snapshot: Any, *_: Any) -> None:
    est.restore_deleted(session, version_id, snapshot)


def _restore_order(session: Any, version_id: int, previous: list[int], *_: Any) -> None:
    est.restore_order(session, version_id, previous)
