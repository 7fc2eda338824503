"""The influencer base: search and filters over 100,000 rows, a detail panel, bulk actions, import/export."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
)

from smmdesk.domain.errors import SmmError
from smmdesk.domain.influencer_table import FilterSpec, InfluencerRow, InfluencerTable
from smmdesk.lazy import lazy_module
from smmdesk.services.session import reading
from smmdesk.ui.core import ask, tasks
from smmdesk.ui.core.bus import Changes
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.file_questions import read_failed
from smmdesk.ui.core.formatting import format_int
from smmdesk.ui.core.labels import platform_titles
from smmdesk.ui.models.influencer_model import InfluencerModel, build_columns, format_title
from smmdesk.ui.widgets.empty_state import EmptyState
from smmdesk.ui.widgets.influencer_detail import InfluencerDetail
from smmdesk.ui.widgets.influencer_filters import InfluencerFilters
from smmdesk.ui.widgets.tables import wrapping_titles
from smmdesk.ui.windows.influencer_actions import BulkActions
from smmdesk.ui.windows.influencer_views import WINDOW, ColumnsAndViews
from smmdesk.ui.windows.section import Section

if TYPE_CHECKING:
    from smmdesk.services import influencers as svc
    from smmdesk.services import views
else:
    svc = lazy_module("smmdesk.services.influencers")
    views = lazy_module("smmdesk.services.views")

log = logging.getLogger("smmdesk.ui")
ENTITY = "influencers"
# A base larger than LOAD_IN_BACKGROUND shows its first FIRST_SCREEN influencers at once and loads
# the rest in the background (a few thousand rows load in well under a tenth of a second).
LOAD_IN_BACKGROUND = 5000
FIRST_SCREEN = 200


class InfluencersWindow(Section):
    """The base: a table of accounts over the whole base, filters, a detail panel, bulk actions."""

    KEY = WINDOW
    ENTITIES = (ENTITY, "formats", "platforms", "views")
    loaded = Signal()  # the whole table is in memory (after a background load)

    def build(self) -> None:
        self.platform_titles: dict[str, str] = {}
        self.format_list: list[svc.FormatInfo] = []
        self.loading = False
        self._generation = 0
        self._changed_while_loading: set[int] = set()
        self.search_box(self.tr("Search: name, account, city, topics, tags, notes"))
        assert self.search is not None
        self.search.textChanged.connect(self.apply_filter)
        self.count = QLabel()
        self.count.setObjectName("count")
        self.filters = InfluencerFilters()
        self.filters.changed.connect(self.apply_filter)
        self.model = InfluencerModel(self)
        self.table = self.table_view(self.model, "influencerTable")
        self.bulk = BulkActions(self)
        self.views = ColumnsAndViews(self)
        self._build_table()
        self.detail = InfluencerDetail(self.ws)
        self.empty = EmptyState(
            self.tr("The base is empty"),
            self.tr(
                "Here you keep the bloggers you work with: their accounts, followers, ER and the price of "
                "each format. Import the list your agency keeps (CSV or XLSX), add a blogger by hand, or "
                "look around in the demo base first."
            ),
            [
                ("emptyImport", self.tr("Import a list…"), self.import_file),
                ("emptyAdd", self.tr("Add a blogger…"), self.new_record),
                ("emptyDemo", self.tr("Open the demo"), lambda: self.requested.emit("demo")),
            ],
        )
        self.pages = QStackedWidget()
        self.table_page = self.splitter("splitter", self.table, self.detail, sizes=(760, 440), stretch=0)
        self.pages.addWidget(self.table_page)
        self.pages.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        layout.addLayout(search_row)
        layout.addWidget(self.filters)
        layout.addWidget(self.pages, 1)

    def _toolbar(self) -> QHBoxLayout:
        self.add_button = QPushButton(self.tr("Add…"))
        self.add_button.setToolTip(self.tr("A new influencer (Ctrl+N)"))
        self.add_button.clicked.connect(self.new_record)
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.clicked.connect(self.import_file)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(lambda: self.export(selected_only=False))
        self.bulk_button = self.bulk.button
        row = QHBoxLayout()
        for widget in (self.add_button, self.import_button, self.export_button, self.bulk_button):
            row.addWidget(widget)
        row.addWidget(self.views.columns_button)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("View:")))
        row.addWidget(self.views.views)
        row.addWidget(self.views.save_button)
        return row

    def _build_table(self) -> None:
        table = self.table
        wrapping_titles(table)
        table.setSelectionMode(table.SelectionMode.ExtendedSelection)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self.views.header_menu)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        table.doubleClicked.connect(lambda _: self.edit_current())
        table.activated.connect(lambda _: self.edit_current())  # Enter edits

    # --- loading ---------------------------------------------------------------------------------

    def reload(self) -> None:
        """Everything from the database: the rows, the formats (columns) and the reference lists.

        A large base shows its first names at once and loads the whole table in the background;
        filters typed meanwhile apply to what is there and then to everything.
        """
        db = self.db
        self._generation += 1
        self.loading = False
        if db is None:
            self.model.load(InfluencerTable([], ()), [])
            self._update_count()
            return
        with db.reading() as session:
            self.platform_titles = platform_titles(svc.platforms(session))
            self.format_list = svc.formats(session)
            saved = views.list_views(session, WINDOW)
            partial = svc.size_estimate(session) > LOAD_IN_BACKGROUND
            table = svc.load_first(session, FIRST_SCREEN) if partial else svc.load_table(session)
        self._show(table)
        self._restore_header()
        self.views.fill_views(saved)
        for widget in (self.add_button, self.import_button):
            widget.setEnabled(self.writable)
        self.bulk_button.setEnabled(True)
        self.bulk.enable_editing()  # the export of the selected stays for a viewer
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

    def preview(self, location: str | Path) -> bool:
        """Before the file is open (at start-up): its first page, read straight from the file by an
        indexed query (services/first_screen.py); the regular load replaces it once the file is open."""
        from smmdesk.services.first_screen import first_page

        page = first_page(location, FIRST_SCREEN) if self.db is None else None
        if page is None:
            return False
        self.platform_titles = platform_titles(page.platforms)
        self.format_list = list(page.formats)
        self.loading = True
        self._show(page.table)
        self._restore_header()
        for widget in (self.add_button, self.import_button, self.bulk_button):
            widget.setEnabled(False)
        return True

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
        if self._changed_while_loading and self.db is not None:
            ids = sorted(self._changed_while_loading)
            self.model.replace(ids, reading(self.db, svc.load_rows, self.model.table, ids))
        if selected is not None:
            self.select_influencer(selected)
        self._update_count()
        self.loaded.emit()

    def _load_failed(self, error: BaseException) -> None:
        self.loading = False
        log.error("loading the influencer table failed: %s", error)
        if isinstance(error, SmmError):
            read_failed(self.ws.db, error, self)  # a damaged page of a large file: the check says so
        else:
            show_error(self, error)

    def refresh(self, changes: Changes) -> None:
        if changes.touches("formats", "platforms") or changes.everything(ENTITY):
            self.reload()
            return
        if "views" in changes:
            self.views.reload_views()
        ids = changes.ids(ENTITY)
        if not ids or self.db is None:
            return
        if self.loading:
            self._changed_while_loading.update(ids)
        named = sorted(ids)
        self.model.replace(named, reading(self.db, svc.load_rows, self.model.table, named))
        self.filters.refresh_values(self.model.table)
        self._update_count()
        self._follow_current()
        self.detail.refresh(changes)

    def _follow_current(self) -> None:
        """The detail panel shows the current row; a person who left the view leaves the panel too."""
        shown = self.detail.influencer_id
        current = self.table.currentIndex()
        if current.isValid():
            row = self.model.row_at(current.row())
            if row.influencer_id != shown:
                self.detail.load(row.influencer_id, row.account_id)
        elif shown is not None and not any(
            self.model.rows[i].influencer_id == shown for i in self.model.view
        ):
            self.detail.load(None)

    # --- filter, sort, layout --------------------------------------------------------------------

    def current_spec(self) -> FilterSpec:
        assert self.search is not None
        return self.filters.spec(self.search.text())

    def apply_filter(self) -> None:
        self.model.apply(self.current_spec())
        self._update_count()
        self._follow_current()

    def _update_count(self) -> None:
        shown, total = len(self.model.view), len(self.model.rows)
        empty = total == 0 and not self.loading  # no one at all, whatever the filters
        self.pages.setCurrentWidget(self.empty if empty and self.db is not None else self.table_page)
        if self.loading:
            self.count.setText(self.tr("loading… the first {shown}").format(shown=format_int(shown)))
            return
        self.count.setText(
            self.tr("{shown} of {total}").format(shown=format_int(shown), total=format_int(total))
        )

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.views.set_column_visible(index, visible)

    def save_view(self) -> None:
        self.views.save_view()

    def apply_view(self, payload: object) -> None:
        self.views.apply_view(payload)

    def _restore_header(self) -> None:
        header = self.table.horizontalHeader()
        state = self.settings.state(f"{WINDOW}/header/{len(self.model.columns)}")
        if state is None or not header.restoreState(state):
            for index, column in enumerate(self.model.columns):
                header.setSectionHidden(index, not column.visible)
                header.resizeSection(index, 190 if column.key == "name" else 104)

    def save_layout(self) -> None:
        super().save_layout()
        header = self.table.horizontalHeader()
        self.settings.set_state(f"{WINDOW}/header/{len(self.model.columns)}", header.saveState())

    # --- selection -------------------------------------------------------------------------------

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
        self.detail.focus("name")

    # --- actions (the bulk ones are in influencer_actions.py) --------------------------------------

    def new_record(self) -> bool:
        from smmdesk.ui.dialogs.new_influencer import NewAccountDialog

        if not self.writable:
            return False
        dialog = NewAccountDialog(self.ws, self.platform_titles, None, self, self.format_list)
        if dialog.exec() and dialog.created_influencer is not None:
            QTimer.singleShot(0, self, lambda: self.select_influencer(dialog.created_influencer or 0))
        return True

    def delete_selected(self) -> bool:
        return self.bulk.delete()

    def set_status(self, status: str) -> None:
        self.bulk.set_status(status)

    def add_tag(self) -> None:
        self.bulk.add_tag()

    def add_to_estimate(self) -> None:
        self.bulk.add_to_estimate()

    def import_file(self) -> None:
        from smmdesk.ui.dialogs.import_dialog import ImportDialog

        if not self.writable:
            return
        path = ask.open_file(
            self,
            self.tr("Import influencers"),
            "",
            self.tr("Tables (*.csv *.xlsx *.txt *.tsv);;All files (*)"),
        )
        if path:
            ImportDialog(self.ws, Path(path), self).exec()

    def export(self, *, selected_only: bool) -> None:
        self.bulk.export(selected_only=selected_only)
