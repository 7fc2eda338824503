"""The influencer base: search and filters over 100,000 rows, a detail panel, bulk actions, import/export."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import influencers as rules
from smmdesk.domain.errors import SmmError
from smmdesk.domain.influencer_table import FilterSpec, InfluencerRow, InfluencerTable
from smmdesk.i18n import error_text, translate
from smmdesk.services import influencers as svc
from smmdesk.services import views
from smmdesk.services.workspace import in_transaction, reading
from smmdesk.ui.core import ask, tasks
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_int
from smmdesk.ui.core.settings import UserSettings
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.influencer_model import InfluencerModel, build_columns, format_title, status_label
from smmdesk.ui.widgets.influencer_detail import InfluencerDetail
from smmdesk.ui.widgets.influencer_filters import InfluencerFilters

log = logging.getLogger("smmdesk.ui")
ENTITY = "influencers"
# A base larger than LOAD_IN_BACKGROUND shows its first FIRST_SCREEN influencers at once and loads
# the rest in the background (a few thousand rows load in well under a tenth of a second).
LOAD_IN_BACKGROUND = 5000
FIRST_SCREEN = 200
WINDOW = "influencers"


class InfluencersWindow(QWidget):
    """The base: a table of accounts over the whole base, filters, a detail panel, bulk actions."""

    loaded = Signal()  # the whole table is in memory (after a background load)

    def __init__(self, workspace: Workspace, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfluencersWindow")
        self.ws = workspace
        self.settings = settings
        self.platform_titles: dict[str, str] = {}
        self.format_list: list[svc.FormatInfo] = []

        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search: name, account, city, topics, tags, notes"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.count.setObjectName("count")

        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("A new influencer (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_record)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export(selected_only=False))
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("With selected"))
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.bulk_menu = QMenu(self)
        self.bulk_button.setMenu(self.bulk_menu)
        self._build_bulk_menu()
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(self)
        self.columns_menu.aboutToShow.connect(self._fill_columns_menu)
        self.columns_button.setMenu(self.columns_menu)
        self.views = QComboBox()
        self.views.setObjectName("savedViews")
        self.views.setMinimumWidth(160)
        self.views.activated.connect(lambda _: self.apply_view(self.views.currentData()))
        self.save_view_button = QToolButton()
        self.save_view_button.setText(self.tr("Save view…"))
        self.save_view_button.clicked.connect(self.save_view)

        actions = QHBoxLayout()
        for widget in (
            self.add_button,
            self.import_button,
            self.export_button,
            self.bulk_button,
            self.columns_button,
        ):
            actions.addWidget(widget)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("View:")))
        actions.addWidget(self.views)
        actions.addWidget(self.save_view_button)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)

        self.filters = InfluencerFilters()
        self.filters.changed.connect(self.apply_filter)

        self.model = InfluencerModel(self)
        self.table = QTableView()
        self.table.setObjectName("influencerTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.doubleClicked.connect(lambda _: self.edit_current())

        self.detail = InfluencerDetail(workspace)
        self.splitter = QSplitter()
        self.splitter.setObjectName("influencerSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addLayout(search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self._shortcut("Ctrl+N", self.new_record)
        self._shortcut(QKeySequence.StandardKey.Delete, self.delete_selected)
        self._shortcut(Qt.Key.Key_Return, self.edit_current, self.table)
        self._shortcut(Qt.Key.Key_Enter, self.edit_current, self.table)

        self.loading = False
        self._generation = 0
        self._changed_while_loading: set[int] = set()
        workspace.bus.changed.connect(self._on_changed)
        workspace.bus.reset.connect(self.reload)
        self.reload()

    def _shortcut(self, keys: Any, slot: Any, widget: QWidget | None = None) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        (widget or self).addAction(action)
        return action

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything from the database: the rows, the formats (columns) and the reference lists.

        A large base shows its first names at once and loads the whole table in the background;
        filters typed meanwhile apply to what is there and then to everything.
        """
        db = self.ws.db
        self._generation += 1
        if db is None:
            self.model.load(InfluencerTable([], ()), [])
            self._update_count()
            return
        with db.reading() as session:
            self.platform_titles = dict(svc.platforms(session))
            self.format_list = svc.formats(session)
            saved = views.list_views(session, WINDOW)
            partial = svc.size_estimate(session) > LOAD_IN_BACKGROUND
            table = svc.load_first(session, FIRST_SCREEN) if partial else svc.load_table(session)
        self._show(table)
        self._restore_header()
        self._fill_views(saved)
        read_only = self.ws.read_only
        for widget in (self.add_button, self.import_button, self.bulk_button):
            widget.setEnabled(not read_only)
        if partial:
            generation = self._generation
            self._changed_while_loading = set()
            self.loading = True
            self._update_count()
            tasks.start(
                lambda report, cancelled: (generation, reading(db, svc.load_table)),
                on_done=self._loaded,
                on_error=self._load_failed,
            )

    def _show(self, table: InfluencerTable) -> None:
        titles = {f.code: f.title for f in self.format_list}
        columns = build_columns(table.formats, titles, self.platform_titles)
        self.model.load(table, columns)
        self.filters.refresh_choices(
            table, self.platform_titles, [(f.code, format_title(f.code, f.title)) for f in self.format_list]
        )
        self.detail.set_reference(self.platform_titles, self.format_list)
        self._update_count()

    def _loaded(self, result: tuple[int, InfluencerTable]) -> None:
        generation, table = result
        if generation != self._generation:
            return  # another file was opened meanwhile
        self.loading = False
        current = self.table.currentIndex()
        selected = self.model.row_at(current.row()).influencer_id if current.isValid() else None
        self._show(table)
        self.model.apply(self.current_spec())
        if self._changed_while_loading and self.ws.db is not None:
            ids = sorted(self._changed_while_loading)
            self.model.replace(ids, reading(self.ws.db, svc.load_rows, self.model.table, ids))
        if selected is not None:
            self.select_influencer(selected)
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        log.error("loading the influencer table failed: %s", error)
        show_error(self, error)

    def _on_changed(self, entity: str, ids: Any) -> None:
        if entity in ("formats", "platforms") or (entity == ENTITY and ids is None):
            self.reload()
            return
        if entity != ENTITY or self.ws.db is None:
            return
        if self.loading:
            self._changed_while_loading.update(ids)
        fresh = reading(self.ws.db, svc.load_rows, self.model.table, list(ids))
        self.model.replace(list(ids), fresh)
        self._update_count()

    # --- filter, sort, columns, views ----------------------------------------------------------------

    def current_spec(self) -> FilterSpec:
        return self.filters.spec(self.search.text())

    def apply_filter(self) -> None:
        self.model.apply(self.current_spec())
        self._update_count()

    def _update_count(self) -> None:
        if self.loading:
            self.count.setText(
                self.tr("loading… the first {shown}").format(shown=format_int(len(self.model.view)))
            )
            return
        self.count.setText(
            self.tr("{shown} of {total}").format(
                shown=format_int(len(self.model.view)), total=format_int(len(self.model.rows))
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _header_menu(self, position: QPoint) -> None:
        menu = QMenu(self)
        self._fill_columns(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def _fill_columns_menu(self) -> None:
        self._fill_columns(self.columns_menu)

    def _fill_columns(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.model.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(index, not visible)
        self.save_layout()

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        order = sorted(range(len(self.model.columns)), key=header.visualIndex)
        return [self.model.columns[i].key for i in order if not header.isSectionHidden(i)]

    def set_visible_columns(self, keys: Sequence[str]) -> None:
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.model.columns):
            header.setSectionHidden(index, column.key not in keys)
        for target, key in enumerate(k for k in keys if any(c.key == k for c in self.model.columns)):
            header.moveSection(header.visualIndex(self.model.column_index(key)), target)

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self.settings.state(f"{WINDOW}/header/{len(self.model.columns)}")
        if state is None or not header.restoreState(state):
            for index, column in enumerate(self.model.columns):
                header.setSectionHidden(index, not column.visible)
                header.resizeSection(index, 200 if column.key == "name" else 110)
        splitter = self.settings.state(f"{WINDOW}/splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([760, 440])

    def save_layout(self) -> None:
        header = self.table.horizontalHeader()
        self.settings.set_state(f"{WINDOW}/header/{len(self.model.columns)}", header.saveState())
        self.settings.set_state(f"{WINDOW}/splitter", self.splitter.saveState())

    def view_payload(self) -> dict[str, Any]:
        column = self.model.sort_column
        key = self.model.columns[column].key if 0 <= column < len(self.model.columns) else ""
        descending = self.model.sort_order == Qt.SortOrder.DescendingOrder
        return {
            "filter": self.current_spec().to_dict(),
            "sort": [key, descending],
            "columns": self.visible_columns(),
        }

    def apply_view(self, payload: Any) -> None:
        if not payload:
            return
        data = json.loads(payload) if isinstance(payload, str) else payload
        spec = FilterSpec.from_dict(data.get("filter", {}))
        self.search.blockSignals(True)
        self.search.setText(spec.text)
        self.search.blockSignals(False)
        self.filters.set_spec(spec)
        if data.get("columns"):
            self.set_visible_columns(data["columns"])
        key, descending = (data.get("sort") or ["", False])[:2]
        if key:
            try:
                index = self.model.column_index(key)
            except KeyError:
                return
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(index, order)

    def _fill_views(self, saved: dict[str, str]) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("(choose a saved view)"), "")
        for name, payload in saved.items():
            self.views.addItem(name, payload)
        self.views.blockSignals(False)

    def save_view(self) -> None:
        db = self.ws.db
        if db is None:
            return
        name, ok = ask_text(self, self.tr("Save view"), self.tr("Name of the view:"))
        if not ok or not name.strip():
            return
        payload = json.dumps(self.view_payload(), ensure_ascii=False)
        self.ws.edit(
            self.tr("Save the view {name}").format(name=name.strip()),
            lambda: in_transaction(db, views.save_view, WINDOW, name.strip(), payload),
            lambda previous: in_transaction(db, views.restore_view, WINDOW, name.strip(), previous),
            "views",
        )
        self._fill_views(reading(db, views.list_views, WINDOW))
        self.views.setCurrentIndex(self.views.findText(name.strip()))

    # --- selection ---------------------------------------------------------------------------------------

    def selected_rows(self) -> list[InfluencerRow]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return self.model.selected_rows(rows)

    def selected_influencers(self) -> list[int]:
        return list(dict.fromkeys(row.influencer_id for row in self.selected_rows()))

    def _current_changed(self, current: QModelIndex, _: QModelIndex) -> None:
        if current.isValid():
            row = self.model.row_at(current.row())
            self.detail.load(row.influencer_id, row.account_id)
        else:
            self.detail.load(None)

    def select_influencer(self, influencer_id: int) -> None:
        for position, index in enumerate(self.model.view):
            if self.model.rows[index].influencer_id == influencer_id:
                self.table.selectRow(position)
                self.table.scrollTo(self.model.index(position, 0))
                return

    def edit_current(self) -> None:
        self.detail.setFocus()
        self.detail.person_fields["name"].widget.setFocus()

    # --- actions -------------------------------------------------------------------------------------

    def new_record(self) -> None:
        from smmdesk.ui.dialogs.new_influencer import NewAccountDialog

        if self.ws.db is None or self.ws.read_only:
            return
        dialog = NewAccountDialog(self.ws, self.platform_titles, None, self)
        if dialog.exec() and dialog.created_influencer is not None:
            QTimer.singleShot(0, lambda: self.select_influencer(dialog.created_influencer or 0))

    def _build_bulk_menu(self) -> None:
        status_menu = self.bulk_menu.addMenu(self.tr("Set status"))
        for status in rules.RelationStatus:
            action = status_menu.addAction(status_label(status.value))
            action.triggered.connect(lambda _=False, s=status.value: self.set_status(s))
        self.bulk_menu.addAction(self.tr("Add a tag…"), self.add_tag)
        self.bulk_menu.addAction(self.tr("Remove a tag…"), self.remove_tag)
        self.bulk_menu.addSeparator()
        self.bulk_menu.addAction(self.tr("Add to an estimate…"), self.add_to_estimate)
        self.bulk_menu.addAction(self.tr("Export selected…"), lambda: self.export(selected_only=True))
        self.bulk_menu.addAction(self.tr("Restore from the archive"), self.unarchive)
        self.bulk_menu.addSeparator()
        delete = self.bulk_menu.addAction(self.tr("Delete"), self.delete_selected)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))

    def _bulk(self, text: str, do: Any, undo: Any, ids: list[int]) -> Any:
        try:
            return self.ws.edit(text, do, undo, ENTITY, ids)
        except SmmError as exc:
            show_error(self, exc)
            return None

    def set_status(self, status: str) -> None:
        ids, db = self.selected_influencers(), self.ws.db
        if not ids or db is None:
            return
        reason = ""
        if status == rules.RelationStatus.BLACKLIST:
            reason, ok = ask_text(self, self.tr("Blacklist"), self.tr("Why are they blacklisted?"))
            if not ok:
                return
        self._bulk(
            self.tr("Set the status of {count} influencers").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_status, ids, status, reason),
            lambda previous: in_transaction(db, svc.restore_statuses, previous),
            ids,
        )

    def add_tag(self) -> None:
        ids, db = self.selected_influencers(), self.ws.db
        if not ids or db is None:
            return
        tag, ok = ask_text(
            self, self.tr("Add a tag"), self.tr("Tag for {count} influencers:").format(count=len(ids))
        )
        if not ok or not tag.strip():
            return
        self._bulk(
            self.tr("Add the tag {tag}").format(tag=tag.strip()),
            lambda: in_transaction(db, svc.add_tag, ids, tag),
            lambda gained: in_transaction(db, svc.remove_tag, gained, tag),
            ids,
        )

    def remove_tag(self) -> None:
        ids, db = self.selected_influencers(), self.ws.db
        if not ids or db is None:
            return
        tags = sorted({t for row in self.selected_rows() for t in row.tags})
        if not tags:
            return
        tag, ok = ask_choice(self, self.tr("Remove a tag"), self.tr("Tag to remove:"), tags)
        if not ok:
            return
        self._bulk(
            self.tr("Remove the tag {tag}").format(tag=tag),
            lambda: in_transaction(db, svc.remove_tag, ids, tag),
            lambda had: in_transaction(db, svc.add_tag, had, tag),
            ids,
        )

    def delete_selected(self) -> None:
        ids, db = self.selected_influencers(), self.ws.db
        if not ids or db is None or self.ws.read_only:
            return
        names = ", ".join(sorted({row.name for row in self.selected_rows()})[:5])
        more = len(ids) - min(len(ids), 5)
        text = self.tr("Delete {count} influencers ({names}{more}) with their accounts and terms?").format(
            count=len(ids), names=names, more=self.tr(" and {n} more").format(n=more) if more > 0 else ""
        )
        if not ask.confirm(self, self.tr("Delete"), text):
            return
        result = self._bulk(
            self.tr("Delete {count} influencers").format(count=len(ids)),
            lambda: in_transaction(db, svc.delete_influencers, ids),
            lambda done: in_transaction(db, svc.undo_delete, done),
            ids,
        )
        if result is not None and result.archived:
            ask.inform(
                self,
                self.tr("Archived, not deleted"),
                self.tr(
                    "{count} of them have placements in estimates, so they were archived instead of deleted: "
                    "the estimates still need them. Tick “Archive too” to see them."
                ).format(count=len(result.archived)),
            )

    def add_to_estimate(self) -> None:
        from smmdesk.ui.dialogs.add_to_estimate import AddToEstimateDialog

        accounts = [row.account_id for row in self.selected_rows() if row.account_id is not None]
        if not accounts or self.ws.db is None or self.ws.read_only:
            return
        dialog = AddToEstimateDialog(self.ws, accounts, self)
        if dialog.estimate.count() == 0:
            ask.inform(
                self,
                self.tr("Add to an estimate"),
                self.tr("There are no estimates yet: make one in Estimates."),
            )
            return
        if dialog.exec() and dialog.missing_prices:
            ask.inform(
                self,
                self.tr("Add to an estimate"),
                self.tr(
                    "{count} of them have no price for this format in their terms: "
                    "type the prices in the estimate."
                ).format(count=dialog.missing_prices),
            )

    def unarchive(self) -> None:
        ids, db = self.selected_influencers(), self.ws.db
        if not ids or db is None:
            return
        self._bulk(
            self.tr("Restore {count} influencers from the archive").format(count=len(ids)),
            lambda: in_transaction(db, svc.set_archived, ids, False),
            lambda _: in_transaction(db, svc.set_archived, ids, True),
            ids,
        )

    # --- files ---------------------------------------------------------------------------------------

    def import_file(self) -> None:
        from smmdesk.ui.dialogs.import_dialog import ImportDialog

        if self.ws.db is None or self.ws.read_only:
            return
        path = ask.open_file(
            self,
            self.tr("Import influencers"),
            "",
            self.tr("Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if not path:
            return
        dialog = ImportDialog(self.ws, Path(path), self)
        dialog.exec()

    def export(self, *, selected_only: bool) -> None:
        from smmdesk.services.influencer_export import export_influencers

        if selected_only:
            wanted = {(r.influencer_id, r.account_id) for r in self.selected_rows()}
            indices = [
                i
                for i in self.model.view
                if (self.model.rows[i].influencer_id, self.model.rows[i].account_id) in wanted
            ]
        else:
            indices = list(self.model.view)
        path = ask.save_file(
            self,
            self.tr("Export influencers"),
            self.tr("influencers.xlsx"),
            self.tr("Excel (*.xlsx);;CSV (*.csv)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        titles = {f.code: format_title(f.code, f.title) for f in self.format_list}
        try:
            written = export_influencers(
                target, self.model.table, indices, titles, self.platform_titles, translate
            )
        except (SmmError, OSError) as exc:
            ask.warn(self, self.tr("Export"), error_text(exc) if isinstance(exc, SmmError) else str(exc))
            return
        count = written.count
        if written.cut:
            where = "\n".join(
                self.tr("row {row}, {column}").format(row=row, column=column) for row, column in written.cut
            )
            ask.inform(
                self,
                self.tr("Export"),
                self.tr(
                    "These texts are longer than a spreadsheet cell holds (32 767 characters) and were "
                    "cut in the file; the base keeps them whole:\n{where}"
                ).format(where=where),
            )
        window = self.window()
        status = getattr(window, "statusBar", None)
        if callable(status):
            status().showMessage(
                self.tr("{count} accounts exported to {path}").format(count=count, path=target), 8000
            )


def ask_text(parent: QWidget, title: str, label: str, text: str = "") -> tuple[str, bool]:
    return QInputDialog.getText(parent, title, label, text=text)


def ask_choice(parent: QWidget, title: str, label: str, items: list[str]) -> tuple[str, bool]:
    return QInputDialog.getItem(parent, title, label, items, 0, False)
