"""The estimates section: clients → campaigns → estimates on the left, the editor on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.domain.estimate import STATUS_LABELS
from smmdesk.i18n import translate
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services.settings import read_agency_settings
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_date
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.widgets.estimate_editor import EstimateEditor

KindRole = Qt.ItemDataRole.UserRole
IdRole = Qt.ItemDataRole.UserRole + 1


class EstimatesWindow(QWidget):
    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EstimatesWindow")
        self.ws = workspace
        self.settings = settings
        self.search = QLineEdit()
        self.search.setObjectName("campaignSearch")
        self.search.setPlaceholderText(self.tr("Search clients and campaigns"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.tree = QTreeWidget()
        self.tree.setObjectName("campaignTree")
        self.tree.setHeaderLabels([self.tr("Client / campaign / estimate"), self.tr("Period / state")])
        self.tree.setColumnWidth(0, 250)
        self.tree.currentItemChanged.connect(self._current_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _: self.edit_item(item))
        self.new_client_button = QPushButton(self.tr("Client…"))
        self.new_campaign_button = QPushButton(self.tr("Campaign…"))
        self.new_estimate_button = QPushButton(self.tr("Estimate"))
        for button, tip in (
            (self.new_client_button, self.tr("A new client")),
            (self.new_campaign_button, self.tr("A new campaign of the chosen client")),
            (self.new_estimate_button, self.tr("A new estimate of the chosen campaign")),
        ):
            button.setToolTip(tip)
        self.new_client_button.clicked.connect(self.new_client)
        self.new_campaign_button.clicked.connect(self.new_campaign)
        self.new_estimate_button.clicked.connect(self.new_estimate)
        buttons = QHBoxLayout()
        for button in (self.new_client_button, self.new_campaign_button, self.new_estimate_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)
        self.editor = EstimateEditor(workspace)
        self.editor.add_button.clicked.connect(self._add_from_base)
        self.splitter = QSplitter()
        self.splitter.setObjectName("estimatesSplitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        state = settings.state("estimates/splitter")
        if state is None or not self.splitter.restoreState(state):
            self.splitter.setSizes([380, 980])
        workspace.bus.reset.connect(self.refresh)
        workspace.bus.changed.connect(self._on_changed)
        self.refresh()

    # --- the tree ------------------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.ws.db
        current = self.current()
        self.tree.clear()
        if db is None:
            self.editor.load(None)
            return
        with db.reading() as session:
            campaigns = camp.list_campaigns(session, self.search.text())
            clients = {c.id: c for c in camp.list_clients(session)}
            estimates = {c.id: est.list_estimates(session, c.id) for c in campaigns}
        needle = self.search.text().strip().casefold()
        shown_clients = {c.client_id for c in campaigns} | {
            c.id for c in clients.values() if needle and needle in c.name.casefold()
        }
        if not needle:
            shown_clients |= set(clients)
        items: dict[int, QTreeWidgetItem] = {}
        for client in sorted((clients[i] for i in shown_clients), key=lambda c: c.name.casefold()):
            item = QTreeWidgetItem([client.name, client.legal_name])
            item.setData(0, KindRole, "client")
            item.setData(0, IdRole, client.id)
            self.tree.addTopLevelItem(item)
            items[client.id] = item
        for campaign in campaigns:
            parent = items.get(campaign.client_id)
            if parent is None:
                continue
            period = f"{format_date(campaign.period_from)} — {format_date(campaign.period_to)}"
            child = QTreeWidgetItem([campaign.name, period])
            child.setData(0, KindRole, "campaign")
            child.setData(0, IdRole, campaign.id)
            parent.addChild(child)
            for estimate in estimates[campaign.id]:
                latest = estimate.latest
                state = self.tr("v{number}, {status}").format(
                    number=latest.number, status=translate("Estimates", STATUS_LABELS.get(latest.status, ""))
                )
                leaf = QTreeWidgetItem(
                    [estimate.title or self.tr("Estimate {id}").format(id=estimate.id), state]
                )
                leaf.setData(0, KindRole, "estimate")
                leaf.setData(0, IdRole, estimate.id)
                child.addChild(leaf)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(0)
        self.tree.resizeColumnToContents(1)
        if current is not None:
            self.select(*current)

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
        self.new_campaign_button.setEnabled(kind is not None and not self.ws.read_only)
        self.new_estimate_button.setEnabled(kind in ("campaign", "estimate") and not self.ws.read_only)

    def _selected(self, kind: str) -> int | None:
        item = self.tree.currentItem()
        while item is not None and item.data(0, KindRole) != kind:
            item = item.parent()
        return item.data(0, IdRole) if item else None

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity in ("estimates", "campaigns", "clients"):
            self.refresh()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def save_layout(self) -> None:
        self.settings.set_state("estimates/splitter", self.splitter.saveState())

    # --- making and editing ---------------------------------------------------------------------------

    def new_client(self) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import ClientDialog

        db = self.ws.db
        if db is None or self.ws.read_only:
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

        db = self.ws.db
        if db is None or self.ws.read_only:
            return
        clients = [(c.id, c.name) for c in reading(db, camp.list_clients)]
        dialog = CampaignDialog(clients, None, self)
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
        db, campaign_id = self.ws.db, self._selected("campaign")
        if db is None or campaign_id is None or self.ws.read_only:
            return
        settings = read_agency_settings(db)
        title = self.tr("Placements with influencers")
        try:
            estimate_id = self.ws.edit(
                self.tr("Make an estimate"),
                lambda: in_transaction(db, est.create_estimate, campaign_id, title, settings),
                lambda made: in_transaction(db, est.delete_estimate, made),
                "estimates",
            )
        except SmmError as exc:
            show_error(self, exc)
            return
        self.select("estimate", estimate_id)

    def edit_item(self, item: QTreeWidgetItem) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import CampaignDialog, ClientDialog

        db = self.ws.db
        kind, item_id = item.data(0, KindRole), item.data(0, IdRole)
        if db is None or self.ws.read_only or kind not in ("client", "campaign"):
            return
        current: Any
        action: Any
        if kind == "client":
            current = next(c for c in reading(db, camp.list_clients) if c.id == item_id)
            dialog: Any = ClientDialog(current, self)
            action, entity = camp.update_client, "clients"
        else:
            current = reading(db, camp.campaign, item_id)
            dialog = CampaignDialog([(c.id, c.name) for c in reading(db, camp.list_clients)], current, self)
            action, entity = camp.update_campaign, "campaigns"
        dialog.save = lambda values: self.ws.edit(
            self.tr("Change {name}").format(name=current.name),
            lambda: in_transaction(db, action, item_id, values),
            lambda old: in_transaction(db, action, item_id, old),
            entity,
        )
        dialog.exec()

    def _add_from_base(self) -> None:
        window = self.window()
        show = getattr(window, "show_section", None)
        if callable(show):
            show("influencers")
            status = getattr(window, "statusBar", None)
            if callable(status):
                status().showMessage(
                    self.tr("Select influencers, then “With selected → Add to an estimate…”."), 15000
                )
