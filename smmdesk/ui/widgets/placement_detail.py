"""The selected placement: its publication (status, dates, link, ad token), payments, screenshots
and figures. Every change is one undoable step; a refused value is explained next to its field."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import placements as rules
from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.domain.metrics import METRIC_LABELS, SOURCE_LABELS, Metric, Source
from smmdesk.domain.metrics_import import parse_figure
from smmdesk.domain.money import parse_money
from smmdesk.domain.placements import PlacementRow
from smmdesk.i18n import error_text, translate
from smmdesk.io.atomic import write_bytes_atomically
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date, format_decimal, format_money
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form_field import Field, FocusOut, add_row, edit_with_field, heading_label
from smmdesk.ui.widgets.optional_date import OptionalDate

ENTITY = "placements"
PICTURES = "*.png *.jpg *.jpeg *.webp *.gif *.bmp"


def status_label(status: str) -> str:
    return translate("Placements", rules.STATUS_LABELS.get(rules.PlacementStatus(status), status))


def kind_label(kind: str) -> str:
    return translate("Placements", rules.PAYMENT_KIND_LABELS[rules.PaymentKind(kind)])


class PlacementDetail(QWidget):
    """Shows `load(placement_id)`; edits reach the tables through the change bus."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PlacementDetail")
        self.ws = workspace
        self.row: PlacementRow | None = None
        self.today = dt.date.today

        self.heading = heading_label(self.tr("Choose a placement in the table"), "detailHeading")
        self.flags = QLabel()
        self.flags.setObjectName("fieldError")
        self.flags.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._publication_tab(), self.tr("Publication"))
        self.tabs.addTab(self._payments_tab(), self.tr("Payments"))
        self.tabs.addTab(self._screenshots_tab(), self.tr("Screenshots"))
        self.tabs.addTab(self._metrics_tab(), self.tr("Figures"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.flags)
        layout.addWidget(self.tabs, 1)
        workspace.bus.changed.connect(self._on_changed)
        self.setEnabled(False)

    # --- the publication ---------------------------------------------------------------------------

    def _publication_tab(self) -> QWidget:
        page = self.publication_page = QWidget()
        form = QFormLayout(page)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, Field] = {}
        self.status = QComboBox()
        for status in rules.PlacementStatus:
            self.status.addItem(status_label(status.value), status.value)
        self.status.activated.connect(lambda _: self._commit("status"))
        self._add(form, "status", self.tr("Status:"), self.status, self.status.currentData,
                  lambda v: self.status.setCurrentIndex(max(self.status.findData(v), 0)))  # fmt: skip
        self.responsible = QLineEdit()
        self._text(form, "responsible", self.tr("Responsible:"), self.responsible)
        for key, label in (
            ("slot_date", self.tr("Slot:")),
            ("agreed_on", self.tr("Agreed with the blogger:")),
            ("published_on", self.tr("Published:")),
        ):
            date = OptionalDate()
            date.edited.connect(lambda k=key: self._commit(k))
            self._add(form, key, label, date, date.value, date.set_value)
        self.deviation = QLabel()
        form.addRow(self.tr("Off the slot by:"), self.deviation)
        self.url = QLineEdit()
        self.url.setPlaceholderText("https://…")
        open_link = QPushButton(self.tr("Open"))
        open_link.clicked.connect(lambda: self.url.text() and QDesktopServices.openUrl(QUrl(self.url.text())))
        url_row = QWidget()
        url_layout = QHBoxLayout(url_row)
        url_layout.setContentsMargins(0, 0, 0, 0)
        url_layout.addWidget(self.url, 1)
        url_layout.addWidget(open_link)
        self._text(form, "url", self.tr("Link:"), self.url, shown=url_row)
        self.erid = QLineEdit()
        self.erid.setPlaceholderText(self.tr("the ad token, e.g. 2VtzqxKQWP8"))
        self._text(form, "erid", self.tr("ERID:"), self.erid)
        for key, label in (("ad_label", self.tr("Ad label:")), ("notes", self.tr("Notes:"))):
            self._long_text(form, key, label)
        return page

    def _long_text(self, form: QFormLayout, key: str, label: str) -> None:
        box = QPlainTextEdit()
        box.setMaximumHeight(64)
        FocusOut(box, lambda: self._commit(key))
        self._add(form, key, label, box, box.toPlainText, lambda value: box.setPlainText(value or ""))

    def _add(
        self, form: QFormLayout, key: str, label: str, widget: QWidget, get: Callable[[], Any],
        show: Callable[[Any], None], shown: QWidget | None = None,
    ) -> None:  # fmt: skip
        self.fields[key] = Field(widget, get, show)
        add_row(form, label, self.fields[key], shown)

    def _text(
        self, form: QFormLayout, key: str, label: str, edit: QLineEdit, shown: QWidget | None = None
    ) -> None:
        edit.editingFinished.connect(lambda: self._commit(key))
        self._add(form, key, label, edit, edit.text, lambda v: edit.setText(v or ""), shown)

    def _commit(self, key: str) -> None:
        if self.row is None:
            return
        field = self.fields[key]
        value = field.get()
        if key in ("url", "erid", "responsible", "ad_label", "notes"):
            value = value.strip()
        if value == getattr(self.row, key) or (value in ("", None) and getattr(self.row, key) in ("", None)):
            field.clear()
            return
        self.save_changes({key: value}, field)

    def save_changes(self, changes: dict[str, Any], field: Field | None = None) -> bool:
        """Saves changes of the shown placement as one undoable step."""
        if self.row is None:
            return False
        db, placement_id = self.ws.db, self.row.id
        assert db is not None
        return edit_with_field(
            self.ws, self, field,
            self.tr("Change the placement of {name}").format(name=self.row.influencer_name),
            lambda: in_transaction(db, pl.update_many, [placement_id], changes),
            lambda previous: in_transaction(db, pl.restore_many, previous),
            ENTITY, [placement_id],
        )  # fmt: skip

    # --- payments ------------------------------------------------------------------------------------

    def _payments_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = QFormLayout()
        self.fee = QLineEdit()
        self.fee.setPlaceholderText(self.tr("what the blogger gets for this publication"))
        self.fee.editingFinished.connect(self._commit_fee)
        self._add(form, "fee", self.tr("Fee, ₽:"), self.fee, self.fee.text, lambda v: self.fee.setText(
            format_decimal(v, 2) if v is not None else ""))  # fmt: skip
        due = OptionalDate()
        due.edited.connect(lambda: self._commit("payment_due"))
        self._add(form, "payment_due", self.tr("Pay by:"), due, due.value, due.set_value)
        layout.addLayout(form)
        self.balance = QLabel()
        self.balance.setObjectName("paymentBalance")
        self.balance.setWordWrap(True)
        layout.addWidget(self.balance)
        self.payments_model: RowTableModel[pl.PaymentRow] = RowTableModel(
            [
                ColumnSpec("paid_on", self.tr("Date"), lambda p: p.paid_on, format_date),
                ColumnSpec("amount", self.tr("Amount"), lambda p: format_money(p.amount, p.currency),
                           align=RIGHT, sort_key=lambda p: p.amount),
                ColumnSpec("kind", self.tr("Kind"), lambda p: kind_label(p.kind)),
                ColumnSpec("method", self.tr("Method"), lambda p: p.method),
                ColumnSpec("document", self.tr("Document"), lambda p: p.document),
                ColumnSpec("what", self.tr("For"), lambda p: p.what or self.tr("all in the campaign")),
            ],
            self,
        )
        self.payments = QTableView()
        self.payments.setObjectName("placementPayments")
        self.payments.setModel(self.payments_model)
        self.payments.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.payments.verticalHeader().hide()
        self.payments.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.payments, 1)
        buttons = QHBoxLayout()
        self.pay_button = QPushButton(self.tr("Payment…"))
        self.pay_button.clicked.connect(lambda: self.add_payment(False))
        self.pay_all_button = QPushButton(self.tr("For all of the blogger's placements…"))
        self.pay_all_button.setToolTip(
            self.tr("One payment for all of this blogger's placements in the campaign")
        )
        self.pay_all_button.clicked.connect(lambda: self.add_payment(True))
        self.unpay_button = QPushButton(self.tr("Delete the payment"))
        self.unpay_button.clicked.connect(self.delete_payment)
        for button in (self.pay_button, self.pay_all_button, self.unpay_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _commit_fee(self) -> None:
        if self.row is None:
            return
        field, text = self.fields["fee"], self.fee.text().strip()
        try:
            value = parse_money(text) if text else None
        except ValidationError as exc:
            field.fail(error_text(exc))
            return
        if value == self.row.fee:
            field.clear()
            return
        self.save_changes({"fee": value}, field)

    def add_payment(self, whole_campaign: bool) -> None:
        from smmdesk.ui.dialogs.payment_dialog import PaymentDialog

        row, db = self.row, self.ws.db
        if row is None or db is None:
            return
        if whole_campaign:
            if row.account_id is None:
                return
            fees, paid = reading(db, pl.influencer_balance, row.campaign_id, row.account_id)
            whom = self.tr("{name}: all placements in {campaign}").format(
                name=row.influencer_name, campaign=row.campaign_name
            )
            left = fees - paid
        else:
            whom = f"{row.influencer_name}: {row.format_title}, {format_date(row.slot_date)}"
            left = row.balance or Decimal(0)
        kind = rules.PaymentKind.FINAL if row.paid else rules.PaymentKind.PREPAYMENT
        dialog = PaymentDialog(whom, format_money(left, row.currency), kind.value, self)

        def save(values: dict[str, Any]) -> Any:
            if whole_campaign:
                action: Callable[..., int] = pl.add_influencer_payment
                args: tuple[Any, ...] = (row.campaign_id, row.account_id)
            else:
                action, args = pl.add_payment, (row.id,)
            return self.ws.edit(
                self.tr("A payment to {name}").format(name=row.influencer_name),
                lambda: in_transaction(db, action, *args, **values),
                lambda payment_id: in_transaction(db, pl.remove_payment, payment_id),
                ENTITY,
                None,
            )

        dialog.save = save
        dialog.exec()

    def delete_payment(self) -> None:
        db = self.ws.db
        index = self.payments.currentIndex()
        if db is None or not index.isValid() or self.row is None:
            return
        payment = self.payments_model.row_at(index.row())
        question = self.tr("Delete the payment of {amount} of {date}?").format(
            amount=format_money(payment.amount, payment.currency), date=format_date(payment.paid_on)
        )
        if not ask.confirm(self, self.tr("Delete the payment"), question):
            return
        self.ws.edit(
            self.tr("Delete a payment"),
            lambda: in_transaction(db, pl.delete_payment, payment.id),
            lambda snapshot: in_transaction(db, pl.restore_payment, snapshot),
            ENTITY,
            None,
        )

    # --- screenshots ----------------------------------------------------------------------------------

    def _screenshots_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.shots = QListWidget()
        self.shots.setObjectName("screenshots")
        self.shots.setViewMode(QListWidget.ViewMode.IconMode)
        self.shots.setIconSize(QSize(160, 160))
        self.shots.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.shots.setSpacing(8)
        self.shots.itemDoubleClicked.connect(
            lambda item: self.open_screenshot(item.data(Qt.ItemDataRole.UserRole))
        )
        layout.addWidget(self.shots, 1)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add…"))
        add.clicked.connect(self.add_screenshots)
        show = QPushButton(self.tr("Open"))
        show.clicked.connect(lambda: self.shots.currentItem() and self.open_screenshot(
            self.shots.currentItem().data(Qt.ItemDataRole.UserRole)))  # fmt: skip
        remove = QPushButton(self.tr("Delete"))
        remove.clicked.connect(self.delete_screenshot)
        self.shot_buttons = (add, remove)
        for button in (add, show, remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def add_screenshots(self, paths: list[str] | None = None) -> None:
        db, row = self.ws.db, self.row
        if db is None or row is None:
            return
        if paths is None:
            chosen = ask.open_file(
                self, self.tr("Screenshots"), "", self.tr("Pictures ({patterns})").format(patterns=PICTURES)
            )
            paths = [chosen] if chosen else []
        for path in map(Path, paths):
            try:
                data, name = path.read_bytes(), path.name
                self.ws.edit(
                    self.tr("Add a screenshot"),
                    partial(in_transaction, db, pub.add_screenshot, row.id, name, data),  # redo needs these
                    lambda shot_id: in_transaction(db, pub.remove_screenshot, shot_id),
                    ENTITY,
                    [row.id],
                )
            except OSError as exc:
                ask.warn(self, self.tr("Screenshots"), f"{path.name}: {exc.strerror or exc}")
            except SmmError as exc:
                show_error(self, exc)

    def open_screenshot(self, shot_id: int) -> Path | None:
        """Writes the picture to a temporary file and opens it in the system's viewer."""
        db = self.ws.db
        if db is None or shot_id is None:
            return None
        name, data = reading(db, pub.screenshot_data, shot_id)
        folder = Path(tempfile.mkdtemp(prefix="smmdesk-"))
        path = folder / Path(name).name
        try:
            write_bytes_atomically(path, data)
        except SmmError as exc:
            show_error(self, exc)
            return None
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        return path

    def delete_screenshot(self) -> None:
        db, item = self.ws.db, self.shots.currentItem()
        if db is None or item is None or self.row is None:
            return
        shot_id = item.data(Qt.ItemDataRole.UserRole)
        self.ws.edit(
            self.tr("Delete a screenshot"),
            lambda: in_transaction(db, pub.delete_screenshot, shot_id),
            lambda snapshot: in_transaction(db, pub.restore_screenshot, snapshot),
            ENTITY,
            [self.row.id],
        )

    # --- figures ---------------------------------------------------------------------------------------

    def _metrics_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("Figure"), self.tr("Value"), self.tr("Source"), self.tr("Taken on"))
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, column)
        self.metric_edits: dict[Metric, tuple[QLineEdit, QComboBox, OptionalDate]] = {}
        for row, metric in enumerate(Metric, start=1):
            value = QLineEdit()
            value.setAlignment(Qt.AlignmentFlag.AlignRight)
            value.setObjectName(f"metric_{metric.value}")
            source = QComboBox()
            for item in Source:
                source.addItem(translate("Metrics", SOURCE_LABELS[item]), item.value)
            day = OptionalDate()
            grid.addWidget(QLabel(translate("Metrics", METRIC_LABELS[metric])), row, 0)
            grid.addWidget(value, row, 1)
            grid.addWidget(source, row, 2)
            grid.addWidget(day, row, 3)
            self.metric_edits[metric] = (value, source, day)
        layout.addLayout(grid)
        self.metrics_message = QLabel()
        self.metrics_message.setObjectName("fieldError")
        self.metrics_message.setWordWrap(True)
        layout.addWidget(self.metrics_message)
        save = QPushButton(self.tr("Save the figures"))
        save.setObjectName("saveMetrics")
        save.clicked.connect(self.save_metrics)
        layout.addWidget(save, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def _show_metrics(self, values: dict[Metric, pub.MetricValue]) -> None:
        for metric, (value, source, day) in self.metric_edits.items():
            known = values.get(metric)
            if known is None:
                value.clear()
                source.setCurrentIndex(0)
                day.set_value(None)
                continue
            text = format_decimal(Decimal(known.value), 2 if metric is Metric.REVENUE else 0)
            value.setText(text)
            source.setCurrentIndex(max(source.findData(known.source), 0))
            day.set_value(known.captured_on)
        self.metrics_message.clear()

    def save_metrics(self) -> bool:
        """Saves what was typed in the figures tab (an empty value clears the figure) in one step."""
        db, row = self.ws.db, self.row
        if db is None or row is None:
            return False
        current = reading(db, pub.metrics_of, row.id)
        changes: pub.Changes = {}
        for metric, (value, source, day) in self.metric_edits.items():
            text = value.text().strip()
            try:
                number = parse_figure(metric, text)
            except ValidationError as exc:  # beyond the figure's range, said with the range
                self.metrics_message.setText(error_text(exc))
                return False
            except ValueError:
                self.metrics_message.setText(
                    self.tr("{figure}: not a number ({text}).").format(
                        figure=translate("Metrics", METRIC_LABELS[metric]), text=text
                    )
                )
                return False
            wanted = (
                None
                if number is None
                else pub.MetricValue(number, source.currentData(), day.value() or self.today())
            )
            if wanted != current.get(metric):
                changes[metric] = wanted
        if not changes:
            return True
        try:
            warnings = self.ws.edit(
                self.tr("Figures of {name}").format(name=row.influencer_name),
                lambda: in_transaction(db, pub.set_metrics, row.id, changes),
                lambda done: in_transaction(db, pub.restore_metrics, row.id, done[0]),
                ENTITY,
                [row.id],
            )[1]
        except ValidationError as exc:
            self.metrics_message.setText(error_text(exc))
            return False
        self.metrics_message.setText(" ".join(translate("Placements", w) for w in warnings))
        return True

    # --- showing -----------------------------------------------------------------------------------------

    def load(self, placement_id: int | None) -> None:
        db = self.ws.db
        if placement_id is None or db is None:
            self.row = None
            self.heading.setText(self.tr("Choose a placement in the table"))
            self.flags.clear()
            self.setEnabled(False)
            return
        with db.reading() as session:
            self.row = pl.get_row(session, placement_id)
            payments = pl.payments_of(session, placement_id)
            shots = pub.screenshots_of(session, placement_id)
            values = pub.metrics_of(session, placement_id)
        self.setEnabled(True)
        row = self.row
        who = f"{row.influencer_name} (@{row.handle}) — {row.format_title}"
        self.heading.setText(f"{who}\n{row.client_name}, {row.campaign_name}")
        for key, field in self.fields.items():
            field.show(getattr(row, key))
            field.clear()
        deviation = row.deviation_days
        self.deviation.setText(
            "—" if deviation is None else self.tr("{days} days").format(days=f"{deviation:+d}")
        )
        problems = []
        if row.overdue(self.today()):
            problems.append(self.tr("The slot has passed and the publication has not appeared."))
        if row.missing_erid:
            problems.append(self.tr("Published without an ad token (ERID)."))
        if row.payment_overdue(self.today()):
            problems.append(self.tr("The payment is overdue."))
        self.flags.setText(" ".join(problems))
        state = translate("Placements", rules.PAID_LABELS[row.paid_state])
        self.balance.setText(
            self.tr("Paid {paid} of {fee}; left {left} — {state}.").format(
                paid=format_money(row.paid, row.currency),
                fee=format_money(row.fee, row.currency),
                left=format_money(row.balance, row.currency),
                state=state,
            )
        )
        self.payments_model.set_rows(payments)
        self.shots.clear()
        for shot in shots:
            pixmap = QPixmap()
            pixmap.loadFromData(shot.thumbnail)
            item = QListWidgetItem(QIcon(pixmap), f"{shot.file_name}\n{shot.width}×{shot.height}")
            item.setData(Qt.ItemDataRole.UserRole, shot.id)
            item.setToolTip(shot.file_name)
            self.shots.addItem(item)
        self._show_metrics(values)
        writable = not self.ws.read_only
        for widget in (
            self.publication_page,
            self.pay_button,
            self.pay_all_button,
            self.unpay_button,
            *self.shot_buttons,
        ):
            widget.setEnabled(writable)

    def _on_changed(self, entity: str, ids: Any) -> None:
        if self.row is None or entity not in (ENTITY, "estimates"):
            return
        if ids is None or entity == "estimates" or self.row.id in ids:
            try:
                self.load(self.row.id)
            except ValidationError:  # the placement went away (undo of an approval)
                self.load(None)
