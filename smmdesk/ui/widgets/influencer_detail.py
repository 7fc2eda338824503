"""The detail panel: everything about one influencer, edited in place, each change one undoable step.

A field commits when editing finishes; a refused value shows its message next to the field and
is not saved.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import SmmError, ValidationError
from smmdesk.i18n import error_text, translate
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core.formatting import format_datetime, format_decimal, format_int, format_money
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.influencer_model import format_title, status_label, tax_label
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.models.terms_model import TermsLine, TermsModel
from smmdesk.ui.widgets.delegates import ChoiceDelegate, DateDelegate
from smmdesk.ui.widgets.form_field import Field, FocusOut, heading_label

ENTITY = "influencers"


def _percent_or_none(text: str) -> Decimal | None:
    text = text.strip()
    return humannum.parse_percent(text) if text else None


def _count_or_none(text: str) -> int | None:
    text = text.strip()
    return humannum.parse_count(text) if text else None


def _plain_decimal(value: Decimal | None) -> str:
    """'69' rather than '69,00'; '4,6' rather than '4,60'."""
    if value is None:
        return ""
    text = format_decimal(value, 2).replace("\u00a0", " ")
    return text.rstrip("0").rstrip(",.") if ("," in text or "." in text) else text


class InfluencerDetail(QWidget):
    """Shows `load(influencer_id)`; `changed` is not needed: edits reach the table through the bus."""

    account_selected = Signal(int)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfluencerDetail")
        self.ws = workspace
        self.detail: svc.InfluencerDetail | None = None
        self.platform_titles: dict[str, str] = {}
        self.formats: list[svc.FormatInfo] = []
        self.account_id: int | None = None

        self.heading = heading_label(self.tr("Choose an influencer in the table"), "detailHeading")

        self.person_fields: dict[str, Field] = {}
        person = QGroupBox(self.tr("Person"))
        form = QFormLayout(person)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._line(form, "name", self.tr("Name:"))
        self._line(form, "city", self.tr("City:"))
        self._line(form, "topics", self.tr("Topics:"))
        self.tags_edit = QLineEdit()
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.tags_field = Field(
            self.tags_edit, self.tags_edit.text, lambda v: self.tags_edit.setText(", ".join(v))
        )
        self.tags_edit.editingFinished.connect(self._commit_tags)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        self.status_combo = self._combo(
            form,
            "status",
            self.tr("Status:"),
            [(s.value, status_label(s.value)) for s in rules.RelationStatus],
        )
        self._line(form, "blacklist_reason", self.tr("Blacklist reason:"))
        self._combo(
            form,
            "tax_status",
            self.tr("Tax status:"),
            [(t.value, tax_label(t.value) or "—") for t in rules.TaxStatus],
        )
        self._line(form, "phone", self.tr("Phone:"))
        self._line(form, "email", self.tr("E-mail:"))
        self._line(form, "messenger", self.tr("Messenger:"))
        self._line(form, "audience_geo", self.tr("Audience geography:"))
        self._line(form, "audience_age", self.tr("Audience age:"))
        self._line(
            form, "audience_female_pct", self.tr("Women in audience, %:"), _percent_or_none, _plain_decimal
        )
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(90)
        self.person_fields["notes"] = Field(
            self.notes, self.notes.toPlainText, lambda v: self.notes.setPlainText(v or "")
        )
        FocusOut(self.notes, lambda: self._commit_person("notes"))
        form.addRow(self.tr("Notes:"), self.notes)
        form.addRow(self.person_fields["notes"].error)

        accounts_box = QGroupBox(self.tr("Accounts"))
        accounts_layout = QVBoxLayout(accounts_box)
        self.accounts_model: RowTableModel[svc.AccountInfo] = RowTableModel(self._account_columns(), self)
        self.accounts = QTableView()
        self.accounts.setObjectName("accountsTable")
        self.accounts.setModel(self.accounts_model)
        self.accounts.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.accounts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accounts.verticalHeader().hide()
        self.accounts.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.setMaximumHeight(120)
        self.accounts.selectionModel().currentRowChanged.connect(
            lambda current, _: self._choose_account(current.row())
        )
        accounts_layout.addWidget(self.accounts)
        self.account_fields: dict[str, Field] = {}
        account_form = QFormLayout()
        self.platform_combo = QComboBox()
        self.account_fields["platform"] = Field(
            self.platform_combo,
            self.platform_combo.currentData,
            lambda v: self.platform_combo.setCurrentIndex(max(self.platform_combo.findData(v), 0)),
        )
        self.platform_combo.activated.connect(lambda _: self._commit_account("platform"))
        account_form.addRow(self.tr("Platform:"), self.platform_combo)
        for key, label, parse, show in (
            ("handle", self.tr("Account:"), str.strip, None),
            ("url", self.tr("Link:"), str.strip, None),
            ("followers", self.tr("Followers:"), _count_or_none, _show_count),
            ("er", self.tr("ER, %:"), _percent_or_none, _plain_decimal),
            ("avg_reach", self.tr("Average reach:"), _count_or_none, _show_count),
            ("avg_views", self.tr("Average views:"), _count_or_none, _show_count),
        ):
            edit = QLineEdit()
            edit.setObjectName(f"account_{key}")
            self.account_fields[key] = Field(
                edit,
                _parser(edit, parse),
                (lambda e, s: lambda v: e.setText(s(v) if s else (v or "")))(edit, show),
            )
            edit.editingFinished.connect(lambda k=key: self._commit_account(k))
            account_form.addRow(label, edit)
            account_form.addRow(self.account_fields[key].error)
        accounts_layout.addLayout(account_form)
        buttons = QHBoxLayout()
        self.add_account_button = QPushButton(self.tr("Add account…"))
        self.add_account_button.clicked.connect(self.add_account)
        self.remove_account_button = QPushButton(self.tr("Remove account"))
        self.remove_account_button.clicked.connect(self.remove_account)
        buttons.addWidget(self.add_account_button)
        buttons.addWidget(self.remove_account_button)
        buttons.addStretch(1)
        self.history_button = QPushButton(self.tr("History…"))
        self.history_button.setObjectName("historyButton")
        self.history_button.setToolTip(self.tr("Who changed what about this person, and when"))
        self.history_button.clicked.connect(self.show_history)
        buttons.addWidget(self.history_button)
        accounts_layout.addLayout(buttons)

        terms_box = QGroupBox(self.tr("Terms per format"))
        terms_layout = QVBoxLayout(terms_box)
        self.terms_model = TermsModel(self._commit_terms, self)
        self.terms_model.refused = lambda key, text: self.terms_error.setText(
            self.tr("Not a number: {text}").format(text=text)
        )
        self.terms = QTableView()
        self.terms.setObjectName("termsTable")
        self.terms.setModel(self.terms_model)
        self.terms.verticalHeader().hide()
        self.terms.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.terms.horizontalHeader().setStretchLastSection(True)
        self.terms.setItemDelegateForColumn(
            4,
            ChoiceDelegate(
                [(p.value, translate("Influencers", rules.PRODUCT_LABELS[p])) for p in rules.ProductTerms],
                self,
            ),
        )
        self.terms.setItemDelegateForColumn(6, DateDelegate(self))
        self.terms.setMinimumHeight(150)
        terms_layout.addWidget(self.terms)
        self.terms_error = QLabel()
        self.terms_error.setObjectName("fieldError")
        terms_layout.addWidget(self.terms_error)
        terms_layout.addWidget(QLabel(self.tr("Price history:")))
        self.history = QListWidget()
        self.history.setObjectName("priceHistory")
        self.history.setMaximumHeight(90)
        terms_layout.addWidget(self.history)

        self.footer = QLabel()
        self.footer.setObjectName("detailFooter")

        body = QWidget()
        column = QVBoxLayout(body)
        column.addWidget(self.heading)
        column.addWidget(person)
        column.addWidget(accounts_box)
        column.addWidget(terms_box)
        column.addWidget(self.footer)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.body = body
        self.body.setEnabled(False)
        workspace.bus.changed.connect(self._on_changed)

    # --- building -------------------------------------------------------------------------------

    def _line(
        self,
        form: QFormLayout,
        key: str,
        label: str,
        parse: Callable[[str], Any] = str.strip,
        show: Callable[[Any], str] | None = None,
    ) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(f"field_{key}")
        self.person_fields[key] = Field(
            edit, _parser(edit, parse), lambda v: edit.setText(show(v) if show else (v or ""))
        )
        edit.editingFinished.connect(lambda: self._commit_person(key))
        form.addRow(label, edit)
        form.addRow(self.person_fields[key].error)
        return edit

    def _combo(self, form: QFormLayout, key: str, label: str, choices: list[tuple[str, str]]) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(f"field_{key}")
        for value, text in choices:
            combo.addItem(text, value)
        self.person_fields[key] = Field(
            combo, combo.currentData, lambda v: combo.setCurrentIndex(max(combo.findData(v or ""), 0))
        )
        combo.activated.connect(lambda _: self._commit_person(key))
        form.addRow(label, combo)
        form.addRow(self.person_fields[key].error)
        return combo

    def _account_columns(self) -> list[ColumnSpec[svc.AccountInfo]]:
        return [
            ColumnSpec(
                "platform", self.tr("Platform"), lambda a: self.platform_titles.get(a.platform, a.platform)
            ),
            ColumnSpec("handle", self.tr("Account"), lambda a: a.handle),
            ColumnSpec("followers", self.tr("Followers"), lambda a: a.followers, _show_count, RIGHT),
            ColumnSpec("er", self.tr("ER, %"), lambda a: a.er, _plain_decimal, RIGHT),
        ]

    # --- showing ---------------------------------------------------------------------------------

    def set_reference(self, platform_titles: dict[str, str], formats: list[svc.FormatInfo]) -> None:
        self.platform_titles = platform_titles
        self.formats = formats
        self.platform_combo.clear()
        for code, title in platform_titles.items():
            self.platform_combo.addItem(title, code)

    def show_history(self) -> None:
        """The audit log of the person, their accounts and terms (who, when, old → new)."""
        if self.detail is None or self.ws.db is None:
            return
        from smmdesk.services import team
        from smmdesk.ui.dialogs.history_dialog import HistoryDialog

        entries = reading(self.ws.db, team.influencer_history, self.detail.id)
        name = str(self.detail.values.get("name", ""))
        self.history_dialog = HistoryDialog(name, entries, self, self.field_name)
        self.history_dialog.show()

    def load(self, influencer_id: int | None, account_id: int | None = None) -> None:
        db = self.ws.db
        if influencer_id is None or db is None:
            self.detail = None
            self.heading.setText(self.tr("Choose an influencer in the table"))
            self.body.setEnabled(False)
            return
        try:
            self.detail = reading(db, svc.detail, influencer_id)
        except Exception:  # the row was deleted meanwhile
            self.load(None)
            return
        self.body.setEnabled(not self.ws.read_only)
        self.terms_model.read_only = self.ws.read_only
        detail = self.detail
        archived = "  " + self.tr("(archived)") if detail.archived else ""
        self.heading.setText(detail.values["name"] + archived)
        for key, f in self.person_fields.items():
            if not f.widget.hasFocus() or getattr(self, "_overwrite_focused", False):
                f.show(detail.values.get(key))
            f.clear()
        if not self.tags_edit.hasFocus():
            self.tags_field.show(detail.tags)
        self.accounts_model.set_rows(list(detail.accounts))
        ids = [a.id for a in detail.accounts]
        wanted = account_id if account_id in ids else (self.account_id if self.account_id in ids else None)
        row = ids.index(wanted) if wanted is not None else (0 if ids else -1)
        if row >= 0:
            self.accounts.selectRow(row)
        self._choose_account(row)
        self.footer.setText(
            self.tr("Added {created}; changed {updated}").format(
                created=format_datetime(detail.created_at), updated=format_datetime(detail.updated_at)
            )
        )

    def _choose_account(self, row: int) -> None:
        detail = self.detail
        account = detail.accounts[row] if detail and 0 <= row < len(detail.accounts) else None
        self.account_id = account.id if account else None
        for key, f in self.account_fields.items():
            f.widget.setEnabled(account is not None)
            if account is not None and not f.widget.hasFocus():
                f.show(getattr(account, key))
            f.clear()
        self.remove_account_button.setEnabled(account is not None)
        self.terms.setEnabled(account is not None)
        terms = {t.format_id: t for t in account.terms} if account else {}
        self.terms_model.set_lines(
            [TermsLine(f.id, format_title(f.code, f.title), terms.get(f.id)) for f in self.formats]
        )
        self.terms_error.clear()
        self.history.clear()
        titles = {f.id: format_title(f.code, f.title) for f in self.formats}
        for change in account.history if account else ():
            self.history.addItem(
                self.tr("{when}: {format} {old} → {new}").format(
                    when=format_datetime(change.changed_at),
                    format=titles.get(change.format_id, "?"),
                    old=format_money(change.old_price),
                    new=format_money(change.new_price),
                )
            )
        if account is not None:
            self.account_selected.emit(account.id)

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity == ENTITY and self.detail is not None and (ids is None or self.detail.id in ids):
            self.load(self.detail.id)

    # --- committing --------------------------------------------------------------------------------

    def _edit(self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any]) -> bool:
        """Runs an edit of the shown influencer as one undoable step; False when it was refused.

        A ValidationError propagates: the caller shows it next to its field.
        """
        assert self.detail is not None
        try:
            self.ws.edit(text, do, undo, ENTITY, [self.detail.id])
        except ValidationError:
            raise
        except SmmError as exc:
            from smmdesk.services.workspace import ConcurrentChangeError
            from smmdesk.ui.core.errors import show_error

            show_error(self, exc)
            if isinstance(exc, ConcurrentChangeError) and self.detail is not None:
                # Someone else's value replaces what was typed, focus or not: that is the record now.
                self._overwrite_focused = True
                self.load(self.detail.id)
                self._overwrite_focused = False
            return False
        return True

    def _commit_person(self, key: str) -> None:
        if self.detail is None:
            return
        f = self.person_fields[key]
        try:
            value = f.get()
            value = rules.INFLUENCER_FIELDS[key](value)
        except ValidationError as exc:
            f.fail(error_text(exc))
            return
        except ValueError:
            f.fail(self.tr("Not a number."))
            return
        f.clear()
        old = self.detail.values.get(key)
        if value == old or (value in ("", None) and old in ("", None)):
            return
        db, influencer_id = self.ws.db, self.detail.id
        assert db is not None
        self._edit(
            self.tr("Change {field} of {name}").format(
                field=self.field_name(key), name=self.detail.values["name"]
            ),
            lambda: in_transaction(db, svc.update_influencer, influencer_id, {key: value}),
            lambda previous: in_transaction(db, svc.update_influencer, influencer_id, previous),
        )

    def _commit_tags(self) -> None:
        if self.detail is None:
            return
        wanted = rules.split_tags(self.tags_edit.text())
        if wanted == self.detail.tags:
            return
        db, influencer_id = self.ws.db, self.detail.id
        assert db is not None
        self._edit(
            self.tr("Change the tags of {name}").format(name=self.detail.values["name"]),
            lambda: in_transaction(db, svc.set_tags, influencer_id, wanted),
            lambda previous: in_transaction(db, svc.set_tags, influencer_id, previous),
        )

    def _commit_account(self, key: str) -> None:
        account_id = self.account_id
        if self.detail is None or account_id is None:
            return
        f = self.account_fields[key]
        account = next(a for a in self.detail.accounts if a.id == account_id)
        try:
            value = f.get()
        except ValidationError as exc:  # beyond the range of its kind, said with the range
            f.fail(error_text(exc))
            return
        except ValueError:
            f.fail(self.tr("Not a number."))
            return
        if value == getattr(account, key):
            f.clear()
            return
        db = self.ws.db
        assert db is not None
        try:
            self._edit(
                self.tr("Change the account {handle}").format(handle=account.handle),
                lambda: in_transaction(db, svc.update_account, account_id, {key: value}),
                lambda previous: in_transaction(db, svc.update_account, account_id, previous),
            )
        except ValidationError as exc:
            f.fail(error_text(exc))
            return
        f.clear()

    def _commit_terms(self, format_id: int, key: str, value: Any) -> bool:
        account_id = self.account_id
        if self.detail is None or account_id is None:
            return False
        db = self.ws.db
        assert db is not None
        changes: dict[str, Any] = {key: value}
        if key == "price" and value is not None:
            changes["price_note"] = ""

        def undo(previous: dict[str, Any] | None) -> None:
            if previous is None:
                in_transaction(db, svc.remove_terms, account_id, format_id)
            else:
                in_transaction(db, svc.set_terms, account_id, format_id, previous)

        try:
            ok = self._edit(
                self.tr("Change the terms of {name}").format(name=self.detail.values["name"]),
                lambda: in_transaction(db, svc.set_terms, account_id, format_id, changes),
                undo,
            )
        except ValidationError as exc:
            self.terms_error.setText(error_text(exc))
            return False
        self.terms_error.clear()
        return ok

    def field_name(self, key: str) -> str:
        names = {
            "name": self.tr("the name"),
            "city": self.tr("the city"),
            "topics": self.tr("the topics"),
            "status": self.tr("the status"),
            "blacklist_reason": self.tr("the blacklist reason"),
            "tax_status": self.tr("the tax status"),
            "phone": self.tr("the phone"),
            "email": self.tr("the e-mail"),
            "messenger": self.tr("the messenger"),
            "audience_geo": self.tr("the audience geography"),
            "audience_age": self.tr("the audience age"),
            "audience_female_pct": self.tr("the share of women"),
            "notes": self.tr("the notes"),
        }
        return names.get(key, key)

    # --- accounts ------------------------------------------------------------------------------------

    def add_account(self) -> None:
        from smmdesk.ui.dialogs.new_influencer import NewAccountDialog

        if self.detail is None:
            return
        dialog = NewAccountDialog(self.ws, self.platform_titles, self.detail.id, self)
        if dialog.exec():
            self.load(self.detail.id, dialog.created_account)

    def remove_account(self) -> None:
        account_id = self.account_id
        if self.detail is None or account_id is None:
            return
        db = self.ws.db
        assert db is not None
        try:
            self._edit(
                self.tr("Remove an account of {name}").format(name=self.detail.values["name"]),
                lambda: in_transaction(db, svc.delete_account, account_id),
                lambda snap: in_transaction(db, svc.restore_snapshot, snap),
            )
        except ValidationError as exc:
            from smmdesk.ui.core.errors import show_error

            show_error(self, exc)


def _parser(edit: QLineEdit, parse: Callable[[str], Any]) -> Callable[[], Any]:
    return lambda: parse(edit.text())


def _show_count(value: int | None) -> str:
    return "" if value is None else format_int(value)
