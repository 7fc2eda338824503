"""The influencer table's columns and saved views: which columns show, in what order, and named
filter + sort + columns the planner can come back to (Вид → Сохранить вид…)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QComboBox, QMenu, QTableView, QToolButton

from smmdesk.domain.influencer_table import FilterSpec
from smmdesk.lazy import lazy_module
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask

if TYPE_CHECKING:
    from smmdesk.services import views
else:
    views = lazy_module("smmdesk.services.views")

if TYPE_CHECKING:
    from smmdesk.ui.windows.influencers import InfluencersWindow

WINDOW = "influencers"


class ColumnsAndViews(QObject):
    """The «Столбцы» menu, the header's right-click menu and the saved views of one table."""

    def __init__(self, section: InfluencersWindow) -> None:
        super().__init__(section)
        self.section = section
        self.columns_button = QToolButton()
        self.columns_button.setText(self.tr("Columns"))
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.columns_menu = QMenu(section)
        self.columns_menu.aboutToShow.connect(lambda: self.fill_columns(self.columns_menu))
        self.columns_button.setMenu(self.columns_menu)
        self.views = QComboBox()
        self.views.setObjectName("savedViews")
        self.views.setMinimumWidth(150)
        self.views.activated.connect(lambda _: self.apply_view(self.views.currentData()))
        self.save_button = QToolButton()
        self.save_button.setText(self.tr("Save view…"))
        self.save_button.clicked.connect(self.save_view)

    @property
    def table(self) -> QTableView:
        return self.section.table

    # --- columns ---------------------------------------------------------------------------------

    def header_menu(self, position: QPoint) -> None:
        menu = QMenu(self.section)
        self.fill_columns(menu)
        menu.exec(self.table.horizontalHeader().mapToGlobal(position))

    def fill_columns(self, menu: QMenu) -> None:
        menu.clear()
        header = self.table.horizontalHeader()
        for index, column in enumerate(self.section.model.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(index))
            action.toggled.connect(lambda on, i=index: self.set_column_visible(i, on))

    def set_column_visible(self, index: int, visible: bool) -> None:
        self.table.horizontalHeader().setSectionHidden(index, not visible)
        self.section.save_layout()

    def visible_columns(self) -> list[str]:
        header = self.table.horizontalHeader()
        columns = self.section.model.columns
        order = sorted(range(len(columns)), key=header.visualIndex)
        return [columns[i].key for i in order if not header.isSectionHidden(i)]

    def set_visible_columns(self, keys: Sequence[str]) -> None:
        header = self.table.horizontalHeader()
        model = self.section.model
        for index, column in enumerate(model.columns):
            header.setSectionHidden(index, column.key not in keys)
        for target, key in enumerate(k for k in keys if any(c.key == k for c in model.columns)):
            header.moveSection(header.visualIndex(model.column_index(key)), target)

    # --- views -----------------------------------------------------------------------------------

    def payload(self) -> dict[str, Any]:
        model = self.section.model
        column = model.sort_column
        key = model.columns[column].key if 0 <= column < len(model.columns) else ""
        return {
            "filter": self.section.current_spec().to_dict(),
            "sort": [key, model.sort_order == Qt.SortOrder.DescendingOrder],
            "columns": self.visible_columns(),
        }

    def apply_view(self, payload: Any) -> None:
        if not payload:
            return
        import json

        data = json.loads(payload) if isinstance(payload, str) else payload
        spec = FilterSpec.from_dict(data.get("filter", {}))
        section = self.section
        section.search.blockSignals(True)
        section.search.setText(spec.text)
        section.search.blockSignals(False)
        section.filters.set_spec(spec)
        if data.get("columns"):
            self.set_visible_columns(data["columns"])
        key, descending = (data.get("sort") or ["", False])[:2]
        if key:
            try:
                index = section.model.column_index(key)
            except KeyError:
                return
            order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
            self.table.horizontalHeader().setSortIndicator(index, order)

    def fill_views(self, saved: dict[str, str]) -> None:
        self.views.blockSignals(True)
        self.views.clear()
        self.views.addItem(self.tr("(choose a saved view)"), "")
        for name, payload in saved.items():
            self.views.addItem(name, payload)
        self.views.blockSignals(False)

    def reload_views(self) -> None:
        db = self.section.db
        self.fill_views(reading(db, views.list_views, WINDOW) if db is not None else {})

    def save_view(self) -> None:
        section, db = self.section, self.section.db
        if db is None:
            return
        name = (ask.text(section, self.tr("Save view"), self.tr("Name of the view:")) or "").strip()
        if not name:
            return
        import json

        payload = json.dumps(self.payload(), ensure_ascii=False)
        section.edit(
            self.tr("Save the view {name}").format(name=name),
            lambda: in_transaction(db, views.save_view, WINDOW, name, payload),
            lambda previous: in_transaction(db, views.restore_view, WINDOW, name, previous),
            "views",
        )
        self.reload_views()
        self.views.setCurrentIndex(self.views.findText(name))
