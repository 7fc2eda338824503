"""The detail panel: everything about one influencer, edited in place, each change one undoable step.

A field commits when editing finishes; a refused value shows its message next to the field and
is not saved (the form helper, ui/widgets/form.py). The terms per format are in influencer_terms.py.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import ValidationError
from smmdesk.i18n import error_text
from smmdesk.lazy import lazy_module
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_datetime, format_int, format_plain
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.influencer_model import status_label, tax_label
from smmdesk.ui.models.table_model import RIGHT, ColumnSpec, RowTableModel
from smmdesk.ui.widgets.form import Field, Form, heading_label, save

if TYPE_CHECKING:
    from smmdesk.services import influencers as svc
else:
    svc = lazy_module("smmdesk.services.influencers")

ENTITY = "influencers"


def _percent_or_none(text: str) -> Decimal | None:
    text = text.strip()
    return humannum.parse_percent(text) if text else None


def _count_or_none(text: str) -> int | None:
    text = text.strip()
    return humannum.parse_count(text) if text else None


def plain_decimal(value: Decimal | None) -> str:
    """'69' rather than '69,00'; '4,6' rather than '4,60'."""
    return format_plain(value).replace("\u00a0", " ")


def _show_count(value: int | None) -> str:
    return "" if value is None else format_int(value)


class InfluencerDetail(QWidget):
    """Shows `load(influencer_id)`; edits reach the table through the change bus."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfluencerDetail")
        self.ws = workspace
        self.detail: svc.InfluencerDetail | None = None
        self.platform_titles: dict[str, str] = {}
        self.account_id: int | None = None
        self.heading = heading_label(self.tr("Choose an influencer in the table"), "detailHeading")
        self.footer = QLabel()
        self.footer.setObjectName("detailFooter")
        self.footer.setWordWrap(True)
        body = self.body = QWidget()
        self.column = QVBoxLayout(body)
        self.column.addWidget(self.heading)
        self.column.addWidget(self.footer)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        body.setEnabled(False)
        self.formats: list[svc.FormatInfo] = []
        self._built = False

    def build(self) -> None:
        """The forms, made when the first influencer is shown: the base's first screen does not wait
        for a panel nobody has looked at yet."""
        if self._built:
            return
        self._built = True
        from smmdesk.ui.widgets.influencer_terms import TermsPanel  # with the forms, not before

        self.terms = TermsPanel(self.ws)
        for position, box in enumerate((self._person_box(), self._accounts_box(), self.terms), start=1):
            self.column.insertWidget(position, box)
            box.show()  # at once, not at the next turn of the event loop: the row's values go in now
        self.set_reference(self.platform_titles, self.formats)
        self.column.activate()

    # The tables and labels the section and the tests reach.
    @property
    def terms_model(self) -> Any:
        self.build()
        return self.terms.model

    @property
    def terms_error(self) -> QLabel:
        self.build()
        return self.terms.error

    @property
    def history(self) -> Any:
        self.build()
        return self.terms.history

    @property
    def influencer_id(self) -> int | None:
        return self.detail.id if self.detail else None

    # --- building -------------------------------------------------------------------------------

    def _person_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Person"))
        form = self.person = Form(QFormLayout(box), self._commit_person)
        form.line("name", self.tr("Name:"))
        form.line("city", self.tr("City:"))
        form.line("topics", self.tr("Topics:"))
        form.line(
            "tags",
            self.tr("Tags:"),
            rules.split_tags,
            lambda v: ", ".join(v),
            placeholder=self.tr("comma-separated"),
        )
        form.choice(
            "status", self.tr("Status:"), [(s.value, status_label(s.value)) for s in rules.RelationStatus]
        )
        form.line("blacklist_reason", self.tr("Blacklist reason:"))
        form.choice(
            "tax_status",
            self.tr("Tax status:"),
            [(t.value, tax_label(t.value) or "—") for t in rules.TaxStatus],
        )
        for key, label in (
            ("phone", self.tr("Phone:")),
            ("email", self.tr("E-mail:")),
            ("messenger", self.tr("Messenger:")),
            ("audience_geo", self.tr("Audience geography:")),
            ("audience_age", self.tr("Audience age:")),
        ):
            form.line(key, label)
        form.line("audience_female_pct", self.tr("Women in audience, %:"), _percent_or_none, plain_decimal)
        form.text("notes", self.tr("Notes:"), 90)
        self.person_fields = form.fields
        return box

    def _accounts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Accounts"))
        layout = QVBoxLayout(box)
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
        layout.addWidget(self.accounts)
        form = self.account = Form(QFormLayout(), self._commit_account, "account")
        self.platform_combo = form.choice("platform", self.tr("Platform:"), [])
        form.line("handle", self.tr("Account:"))
        form.line("url", self.tr("Link:"))
        form.line("followers", self.tr("Followers:"), _count_or_none, _show_count)
        form.line("er", self.tr("ER, %:"), _percent_or_none, plain_decimal)
        form.line("avg_reach", self.tr("Average reach:"), _count_or_none, _show_count)
        form.line("avg_views", self.tr("Average views:"), _count_or_none, _show_count)
        self.account_fields = form.fields
        layout.addLayout(form.layout)
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
        layout.addLayout(buttons)
        return box

    def _account_columns(self) -> list[ColumnSpec[svc.AccountInfo]]:
        return [
            ColumnSpec(
                "platform", self.tr("Platform"), lambda a: self.platform_titles.get(a.platform, a.platform)
            ),
            ColumnSpec("handle", self.tr("Account"), lambda a: a.handle),
            ColumnSpec("followers", self.tr("Followers"), lambda a: a.followers, _show_count, RIGHT),
            ColumnSpec("er", self.tr("ER, %"), lambda a: a.er, plain_decimal, RIGHT),
        ]

    # --- showing ---------------------------------------------------------------------------------

    def set_reference(self, platform_titles: dict[str, str], formats: list[svc.FormatInfo]) -> None:
        self.platform_titles = platform_titles
        self.formats = formats
        if not self._built:
            return
        self.terms.formats = formats
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

    def load(
        self, influencer_id: int | None, account_id: int | None = None, *, keep_typed: bool = True
    ) -> None:
        db = self.ws.db
        found = None
        if influencer_id is not None and db is not None:
            try:
                found = reading(db, svc.detail, influencer_id)
            except Exception:  # deleted meanwhile (an undo, another window)
                found = None
        self.detail = found
        if found is None:
            self.heading.setText(self.tr("Choose an influencer in the table"))
            self.footer.clear()
            if self._built:
                self.accounts_model.set_rows([])
                self.terms.show_account(None, None)
            self.body.setEnabled(False)
            return
        self.build()
        self.body.setEnabled(not self.ws.read_only)
        self.terms.model.read_only = self.ws.read_only
        archived = "  " + self.tr("(archived)") if found.archived else ""
        self.heading.setText(found.values["name"] + archived)
        changed = (found.changed_by, found.changed_at)
        self.person.show({**found.values, "tags": found.tags}, keep_typed=keep_typed, changed=changed)
        self.accounts_model.set_rows(list(found.accounts))
        ids = [a.id for a in found.accounts]
        wanted = account_id if account_id in ids else (self.account_id if self.account_id in ids else None)
        row = ids.index(wanted) if wanted is not None else (0 if ids else -1)
        if row >= 0:
            self.accounts.selectRow(row)
        self._choose_account(row, keep_typed)
        self.footer.setText(
            self.tr("Added {created}; changed {updated}").format(
                created=format_datetime(found.created_at), updated=format_datetime(found.updated_at)
            )
        )

    def _choose_account(self, row: int, keep_typed: bool = True) -> None:
        detail = self.detail
        account = detail.accounts[row] if detail and 0 <= row < len(detail.accounts) else None
        self.account_id = account.id if account else None
        self.account.set_enabled(account is not None)
        shown = {key: getattr(account, key) for key in self.account.fields} if account else {}
        self.account.show(shown, keep_typed=keep_typed)
        self.remove_account_button.setEnabled(account is not None)
        self.terms.show_account(detail.id if detail else None, account)

    def refresh(self, changes: Changes) -> None:
        if self.detail is not None and changes.names(ENTITY, self.detail.id):
            self.load(self.detail.id)

    def focus(self, key: str) -> None:
        self.build()
        self.person[key].widget.setFocus()

    # --- committing --------------------------------------------------------------------------------

    def _save(
        self, text: str, do: Callable[[], Any], undo: Callable[[Any], Any], field: Field | None
    ) -> bool:
        assert self.detail is not None
        done = save(self.ws, self, text, do, undo, ENTITY, [self.detail.id], field)
        if done.conflict and self.detail is not None:
            # Another planner's value replaces what was typed, focus or not: that is the record now.
            self.load(self.detail.id, keep_typed=False)
        return bool(done)

    def _commit_person(self, key: str, value: Any, field: Field) -> None:
        detail, db = self.detail, self.ws.db
        if detail is None or db is None:
            return
        influencer_id, name = detail.id, detail.values["name"]
        if key == "tags":
            self._save(
                self.tr("Change the tags of {name}").format(name=name),
                lambda: in_transaction(db, svc.set_tags, influencer_id, value),
                lambda previous: in_transaction(db, svc.set_tags, influencer_id, previous),
                field,
            )
            return
        try:
            value = rules.INFLUENCER_FIELDS[key](value)
        except ValidationError as exc:
            field.fail(error_text(exc))
            return
        self._save(
            self.tr("Change {field} of {name}").format(field=self.field_name(key), name=name),
            lambda: in_transaction(db, svc.update_influencer, influencer_id, {key: value}),
            lambda previous: in_transaction(db, svc.update_influencer, influencer_id, previous),
            field,
        )

    def _commit_account(self, key: str, value: Any, field: Field) -> None:
        account_id, db = self.account_id, self.ws.db
        if self.detail is None or account_id is None or db is None:
            return
        handle = next(a.handle for a in self.detail.accounts if a.id == account_id)
        self._save(
            self.tr("Change the account {handle}").format(handle=handle),
            lambda: in_transaction(db, svc.update_account, account_id, {key: value}),
            lambda previous: in_transaction(db, svc.update_account, account_id, previous),
            field,
        )

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
        account_id, db = self.account_id, self.ws.db
        if self.detail is None or account_id is None or db is None:
            return
        self._save(
            self.tr("Remove an account of {name}").format(name=self.detail.values["name"]),
            lambda: in_transaction(db, svc.delete_account, account_id),
            lambda snap: in_transaction(db, svc.restore_snapshot, snap),
            None,
        )
