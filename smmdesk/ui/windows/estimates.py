"""The estimates section: clients → campaigns → estimates on the left, the editor on the right.

A change to an estimate updates its own line in the tree (its version and state); the tree is
built again only when clients, campaigns or the set of estimates changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from smmdesk.domain.estimate import STATUS_LABELS
from smmdesk.i18n import translate
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.session import in_transaction, reading
from smmdesk.services.settings import read_agency_settings
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.widgets.estimate_editor import EstimateEditor
from smmdesk.ui.windows.section import Section

KindRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1


class EstimatesWindow(Section):
    KEY = "estimates"
    ENTITIES = ("estimates", "campaigns", "clients", "influencers", "formats", "platforms")

    def build(self) -> None:
        self.search_box(self.tr("Search clients and campaigns"), "campaignSearch").textChanged.connect(
            lambda _: self.reload()
        )
        self.tree = QTreeWidget()
        self.tree.setObjectName("campaignTree")
        # One column: a campaign's period and an estimate's state go on a second line of the item, so a
        # narrow panel on a laptop still shows them (elided names keep their full text in a tooltip).
        self.tree.setHeaderLabels([self.tr("Client / campaign / estimate")])
        self.tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _: self.edit_item(item))
        self.new_client_button = QPushButton(self.tr("Client…"))
        self.new_campaign_button = QPushButton(self.tr("Campaign…"))
        self.new_estimate_button = QPushButton(self.tr("Estimate"))
        buttons = QGridLayout()  # two a row, so the panel can be narrow on a laptop
        for place, (button, tip, slot) in enumerate(
            (
                (self.new_client_button, self.tr("A new client"), self.new_client),
                (self.new_campaign_button, self.tr("A new campaign of the chosen client"), self.new_campaign),
                (
                    self.new_estimate_button,
                    self.tr("A new estimate of the chosen campaign (Ctrl+N)"),
                    self.new_estimate,
                ),
            )
        ):
            button.setToolTip(tip)
            button.clicked.connect(slot)
            buttons.addWidget(button, place // 2, place % 2)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        assert self.search is not None
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        self.editor = EstimateEditor(self.ws)
        self.editor.add_button.clicked.connect(self._add_from_base)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter("splitter", left, self.editor, sizes=(220, 1000)))

    # --- the tree ------------------------------------------------------------------------------------

    def reload(self) -> None:
        db = self.db
        current = self.current()
        self.tree.clear()
        if db is None:
            self.editor.load(None)
            return
        assert self.search is not None
        needle = self.search.text()
        with db.reading() as session:
            campaigns = camp.list_campaigns(session, needle)
            clients = {c.id: c for c in camp.list_clients(session)}
            estimates = {c.id: est.list_estimates(session, c.id) for c in campaigns}
        folded = needle.strip().casefold()
        shown = {c.client_id for c in campaigns} | {
            c.id for c in clients.values() if not folded or folded in c.name.casefold()
        }
        items: dict[int, QTreeWidgetItem] = {}
        for client in sorted((clients[i] for i in shown), key=lambda c: c.name.casefold()):
            items[client.id] = self._item(None, "client", client.id, client.name, client.legal_name)
        for campaign in campaigns:
            parent = items.get(campaign.client_id)
            if parent is None:
                continue
            period = f"{format_date(campaign.period_from)} — {format_date(campaign.period_to)}"
            child = self._item(parent, "campaign", campaign.id, campaign.name, period)
            for estimate in estimates[campaign.id]:
                self._item(child, "estimate", estimate.id, *self._estimate_texts(estimate))
        self.tree.expandAll()
        self.new_client_button.setEnabled(self.writable)
        if current is None or not self.select(*current):
            self._current_changed(self.tree.currentItem(), None)

    def _item(
        self, parent: QTreeWidgetItem | None, kind: str, item_id: int, name: str, note: str
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem([self._text(kind, name, note)])
        item.setData(0, KindRole, kind)
        item.setData(0, IdRole, item_id)
        item.setToolTip(0, f"{name}\n{note}" if note else name)
        if parent is None:
            self.tree.addTopLevelItem(item)
        else:
            parent.addChild(item)
        return item

    @staticmethod
    def _text(kind: str, name: str, note: str) -> str:
        """A client's name; a campaign's or an estimate's name with its period or state under it."""
        return name if kind == "client" or not note else f"{name}\n{note}"

    def _estimate_texts(self, estimate: Any) -> tuple[str, str]:
        latest = estimate.latest
        state = self.tr("v{number}, {status}").format(
            number=latest.number, status=translate("Estimates", STATUS_LABELS.get(latest.status, ""))
        )
        return estimate.title or self.tr("Estimate {id}").format(id=estimate.id), state

    def refresh(self, changes: Changes) -> None:
        if changes.touches("campaigns", "clients") or changes.everything("estimates"):
            self.reload()
        elif "estimates" in changes and not self._update_estimates(changes.ids("estimates") or set()):
            self.reload()
        self.editor.refresh(changes)

    def _update_estimates(self, ids: set[int]) -> bool:
        """The named estimates' lines in the tree, updated in place; False when the tree must be rebuilt
        (an estimate was made or removed)."""
        db = self.db
        leaves = {
            item.data(0, IdRole): item for item in self._items() if item.data(0, KindRole) == "estimate"
        }
        parents = [leaves[i].parent() for i in ids if i in leaves]
        campaigns = {parent.data(0, IdRole) for parent in parents if parent is not None}
        if db is None or any(i not in leaves for i in ids):
            return False
        with db.reading() as session:
            fresh = {e.id: e for c in campaigns for e in est.list_estimates(session, c)}
        if any(i not in fresh for i in ids):
            return False
        for estimate_id in ids:
            title, state = self._estimate_texts(fresh[estimate_id])
            leaves[estimate_id].setText(0, self._text("estimate", title, state))
            leaves[estimate_id].setToolTip(0, f"{title}\n{state}")
        return True

    def current(self) -> tuple[str, int] | None:
        item = self.tree.currentItem()
        return (item.data(0, KindRole), item.data(0, IdRole)) if item else None

    def select(self, kind: str, item_id: int) -> bool:
        for item in self._items():
            if item.data(0, KindRole) == kind and item.data(0, IdRole) == item_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        stack = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        while stack:
            item = stack.pop()
            if item is None:
                continue
            found.append(item)
            stack.extend(item.child(i) for i in range(item.childCount()))
        return found

    def _current_changed(self, item: QTreeWidgetItem | None, _: Any) -> None:
        kind = item.data(0, KindRole) if item else None
        if kind == "estimate" and item is not None:
            if self.editor.estimate_id != item.data(0, IdRole):
                self.editor.load(item.data(0, IdRole))
        elif self.editor.estimate_id is not None and not self._has("estimate", self.editor.estimate_id):
            self.editor.load(None)
        self.new_campaign_button.setEnabled(kind is not None and self.writable)
        self.new_estimate_button.setEnabled(kind in ("campaign", "estimate") and self.writable)

    def _has(self, kind: str, item_id: int) -> bool:
        return any(i.data(0, KindRole) == kind and i.data(0, IdRole) == item_id for i in self._items())

    def _selected(self, kind: str) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, KindRole) != kind:
            item = item.parent()
        return item.data(0, IdRole) if item else None

    # --- making and editing ---------------------------------------------------------------------------

    def new_record(self) -> bool:
        """Ctrl+N: a new estimate of the chosen campaign, else a new campaign, else a new client."""
        if not self.writable:
            return False
        if self._selected("campaign") is not None:
            self.new_estimate()
        elif self._selected("client") is not None:
            self.new_campaign()
        else:
            self.new_client()
        return True

    def delete_selected(self) -> bool:
        if self.editor.table.hasFocus() or self.editor.table.pinned.hasFocus():
            return self.editor.delete_selected()
        return False

    def new_client(self) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import ClientDialog

        db = self.db
        if db is None or not self.writable:
            return
        dialog = ClientDialog(None, self)
        dialog.save = lambda values: self.ws.edit(
            self.tr("Add the client {name}").format(name=values["name"]),
            lambda: in_transaction(db, camp.create_client, **values),
            lambda client_id: in_transaction(db, camp.delete_client, client_id),
            "clients",
        )
        if dialog.exec():
            self.select("client", dialog.result_value)

    def new_campaign(self) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import CampaignDialog

        db = self.db
        if db is None or not self.writable:
            return
        dialog = CampaignDialog([(c.id, c.name) for c in reading(db, camp.list_clients)], None, self)
        chosen = self._selected("client")
        if chosen is not None:
            dialog.client.setCurrentIndex(max(dialog.client.findData(chosen), 0))
        dialog.save = lambda values: self.ws.edit(
            self.tr("Add the campaign {name}").format(name=values["name"]),
            lambda: in_transaction(db, camp.create_campaign, **values),
            lambda campaign_id: in_transaction(db, camp.delete_campaign, campaign_id),
            "campaigns",
        )
        if dialog.exec():
            self.select("campaign", dialog.result_value)

    def new_estimate(self) -> None:
        """A new estimate of the chosen campaign, named in a small form first (the name proposed is
        «Размещения у блогеров», then «Смета 2»…); one undoable step, nothing made on Esc."""
        from smmdesk.ui.dialogs.estimate_dialogs import EstimateNameDialog

        db, campaign_id = self.db, self._selected("campaign")
        if db is None or campaign_id is None or not self.writable:
            return
        settings = read_agency_settings(db)
        dialog = EstimateNameDialog(self._new_title(db, campaign_id), self)
        dialog.save = lambda values: self.ws.edit(
            self.tr("Make an estimate"),
            lambda: in_transaction(db, est.create_estimate, campaign_id, values["title"], settings),
            lambda made: in_transaction(db, est.delete_estimate, made),
            "estimates",
        )
        if dialog.exec():
            self.select("estimate", dialog.result_value)

    def rename_estimate(self, estimate_id: int, title: str) -> None:
        """The estimate's name in the same form; an undoable step, a refused name explained in place."""
        from smmdesk.ui.dialogs.estimate_dialogs import EstimateNameDialog

        db = self.db
        if db is None or not self.writable:
            return
        dialog = EstimateNameDialog(title, self)
        dialog.save = lambda values: self.ws.edit(
            self.tr("Rename the estimate {name}").format(name=title),
            lambda: in_transaction(db, est.rename_estimate, estimate_id, values),
            lambda old: in_transaction(db, est.rename_estimate, estimate_id, old),
            "estimates",
        )
        dialog.exec()

    def _new_title(self, db: Any, campaign_id: int) -> str:
        """The first estimate of a campaign is «Размещения у блогеров»; another one «Смета 2», «Смета
        3»…, so that two are never alike in the tree."""
        taken = {e.title for e in reading(db, est.list_estimates, campaign_id)}
        title = self.tr("Placements with influencers")
        number = len(taken) + 1
        while title in taken:
            title = self.tr("Estimate {id}").format(id=number)
            number += 1
        return title

    def edit_item(self, item: QTreeWidgetItem) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import CampaignDialog, ClientDialog

        db = self.db
        kind, item_id = item.data(0, KindRole), item.data(0, IdRole)
        if db is None or not self.writable or kind not in ("client", "campaign", "estimate"):
            return
        if kind == "estimate":
            campaign = item.parent()
            assert campaign is not None  # an estimate is always under its campaign
            campaign_estimates = reading(db, est.list_estimates, campaign.data(0, IdRole))
            self.rename_estimate(item_id, next(e.title for e in campaign_estimates if e.id == item_id))
            return
        current: Any
        dialog: Any
        action: Any
        if kind == "client":
            current = next(c for c in reading(db, camp.list_clients) if c.id == item_id)
            dialog, action, entity = ClientDialog(current, self), camp.update_client, "clients"
        else:
            current = reading(db, camp.campaign, item_id)
            clients = [(c.id, c.name) for c in reading(db, camp.list_clients)]
            dialog, action, entity = CampaignDialog(clients, current, self), camp.update_campaign, "campaigns"
        dialog.save = lambda values: self.ws.edit(
            self.tr("Change {name}").format(name=current.name),
            lambda: in_transaction(db, action, item_id, values),
            lambda old: in_transaction(db, action, item_id, old),
            entity,
        )
        dialog.exec()

    def _add_from_base(self) -> None:
        self.requested.emit("show:influencers")
        self.post(self.tr("Select influencers, then “With selected → Add to an estimate…”."), 15000)
