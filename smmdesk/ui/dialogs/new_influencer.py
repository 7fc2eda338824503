"""Adding a person (with a first account and, if known, a first price) or another account: a short
form, refused values explained."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from smmdesk.domain import humannum
from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import parse_money
from smmdesk.i18n import error_text
from smmdesk.services import influencers as svc
from smmdesk.services.session import in_transaction
from smmdesk.ui.core.labels import format_title
from smmdesk.ui.core.workspace import Workspace


class NewAccountDialog(QDialog):
    """With `influencer_id` None it creates a person too (the name field is shown)."""

    def __init__(
        self,
        workspace: Workspace,
        platform_titles: dict[str, str],
        influencer_id: int | None,
        parent: QWidget | None = None,
        formats: Sequence[svc.FormatInfo] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("NewAccountDialog")
        self.setMinimumWidth(560)
        self.ws = workspace
        self.influencer_id = influencer_id
        self.created_influencer: int | None = None
        self.created_account: int | None = None
        self.setWindowTitle(self.tr("New influencer") if influencer_id is None else self.tr("New account"))
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Анна Смирнова"))
        if influencer_id is None:
            form.addRow(self.tr("Name:"), self.name)
        self.platform = QComboBox()
        for code, title in platform_titles.items():
            self.platform.addItem(title, code)
        form.addRow(self.tr("Platform:"), self.platform)
        self.handle = QLineEdit()
        self.handle.setPlaceholderText(self.tr("@name or a link to the profile"))
        form.addRow(self.tr("Account:"), self.handle)
        self.followers = QLineEdit()
        self.followers.setPlaceholderText(self.tr("e.g. 12 500 or 1,2 млн"))
        form.addRow(self.tr("Followers:"), self.followers)
        self.price_format = QComboBox()
        for known in formats:
            self.price_format.addItem(format_title(known.code, known.title), known.id)
        self.price = QLineEdit()
        self.price.setPlaceholderText(self.tr("e.g. 15 000 (optional)"))
        price_row = QHBoxLayout()
        price_row.addWidget(self.price_format, 1)
        price_row.addWidget(self.price, 1)
        if formats:
            form.addRow(self.tr("First price:"), price_row)
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _first_price(self) -> tuple[int, Decimal] | None:
        text = self.price.text().strip()
        if not text or self.price_format.currentData() is None:
            return None
        return int(self.price_format.currentData()), parse_money(text)

    def accept(self) -> None:
        db = self.ws.db
        assert db is not None
        platform = str(self.platform.currentData() or "")
        handle, name = self.handle.text(), self.name.text()
        try:
            followers = humannum.parse_count(self.followers.text())
        except ValidationError as exc:  # beyond the range of a count, said with the range
            self.error.setText(error_text(exc))
            return
        except ValueError:
            self.error.setText(self.tr("Followers: not a number."))
            return
        extra: dict[str, Any] = {"followers": followers} if followers is not None else {}
        try:
            price = self._first_price()
            if self.influencer_id is None:
                self.created_influencer = self.ws.edit(
                    self.tr("Add the influencer {name}").format(name=name.strip()),
                    lambda: in_transaction(db, _create, name, platform, handle, extra, price),
                    lambda created: in_transaction(db, svc.delete_influencers, [created]),
                    "influencers",
                    lambda created: [created],
                )
            else:
                person = self.influencer_id
                self.created_account = self.ws.edit(
                    self.tr("Add an account"),
                    lambda: in_transaction(db, _add_account, person, platform, handle, extra, price),
                    lambda created: in_transaction(db, svc.delete_account, created),
                    "influencers",
                    [person],
                )
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            return
        super().accept()


def _add_account(
    session: Any,
    person: int,
    platform: str,
    handle: str,
    extra: dict[str, Any],
    price: tuple[int, Decimal] | None,
) -> int:
    account = svc.add_account(session, person, platform, handle, **extra)
    if price is not None:
        svc.set_terms(session, account, price[0], {"price": price[1]})
    return account


def _create(
    session: Any,
    name: str,
    platform: str,
    handle: str,
    extra: dict[str, Any],
    price: tuple[int, Decimal] | None,
) -> int:
    person = svc.create_influencer(session, name)
    _add_account(session, person, platform, handle, extra, price)
    return person
