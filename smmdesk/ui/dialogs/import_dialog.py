"""Import of an influencer list: columns matched and correctable, a preview, then one transaction.

Reading, planning and writing run off the UI thread with a progress bar and Cancel; cancelling
or a failure leaves the base exactly as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.domain.import_columns import FIELDS, PRICE_PREFIX, match_header
from smmdesk.i18n import error_text, translate
from smmdesk.io.tabular import TableFile
from smmdesk.services import import_undo
from smmdesk.services import influencer_import as imp
from smmdesk.services.workspace import backup_now, in_transaction, reading
from smmdesk.ui.core import ask, tasks
from smmdesk.ui.core.formatting import format_int, format_money, format_percent
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.models.influencer_model import format_title, status_label, tax_label

ACTIONS = {"add": 0, "update": 1}


class ImportDialog(QDialog):
    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import influencers: {name}").format(name=path.name))
        self.resize(980, 640)
        self.ws = workspace
        self.path = path
        self.table: TableFile | None = None
        self.plan: imp.ImportPlan | None = None
        self.task: tasks.Task | None = None
        self.outcome: imp.ImportResult | None = None
        db = workspace.db
        assert db is not None
        self.titles: dict[str, str] = reading(db, imp.format_titles)
        self.saved: dict[str, dict[str, str]] = reading(db, imp.saved_mappings)

        self.stack = QStackedWidget()
        self.stack.addWidget(self._mapping_page())
        self.stack.addWidget(self._preview_page())
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._show_page(0)
        self.load_file(None)

    # --- page 1: columns --------------------------------------------------------------------------

    def _mapping_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        row = QHBoxLayout()
        self.sheet = QComboBox()
        self.sheet.activated.connect(lambda _: self.load_file(self.sheet.currentText()))
        self.header_row = QSpinBox()
        self.header_row.setMinimum(1)
        self.header_row.valueChanged.connect(self._header_moved)
        self.mapping_choice = QComboBox()
        self.mapping_choice.activated.connect(lambda _: self._use_saved(self.mapping_choice.currentText()))
        self.save_mapping_button = QPushButton(self.tr("Save this mapping…"))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        row.addWidget(QLabel(self.tr("Sheet:")))
        row.addWidget(self.sheet)
        row.addWidget(QLabel(self.tr("Header in row:")))
        row.addWidget(self.header_row)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Saved mapping:")))
        row.addWidget(self.mapping_choice)
        row.addWidget(self.save_mapping_button)
        layout.addLayout(row)
        hint = QLabel(
            self.tr(
                "Each column of the file is matched to a field. Check the matches and correct them where "
                "needed; columns set to “—” are not imported."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("First values"), self.tr("Field")]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.columns, 1)
        return page

    def field_choices(self) -> list[tuple[str, str]]:
        choices = [("", "—")]
        choices += [(f.key, translate("ImportFields", f.label)) for f in FIELDS]
        choices += [
            (PRICE_PREFIX + code, self.tr("Price: {format}").format(format=format_title(code, title)))
            for code, title in self.titles.items()
        ]
        return choices

    def load_file(self, sheet: str | None) -> None:
        try:
            self.table = imp.open_file(self.path, sheet)
        except SmmError as exc:
            self.status.setText(error_text(exc))
            self.next_button.setEnabled(False)
            return
        table = self.table
        self.sheet.blockSignals(True)
        self.sheet.clear()
        self.sheet.addItems(table.sheets)
        self.sheet.setCurrentText(table.sheet)
        self.sheet.setEnabled(len(table.sheets) > 1)
        self.sheet.blockSignals(False)
        header, mapping = imp.guess_mapping(table, self.titles)
        self.mapping_choice.clear()
        self.mapping_choice.addItem(self.tr("(matched automatically)"))
        self.mapping_choice.addItems(list(self.saved))
        self.header_row.blockSignals(True)
        self.header_row.setMaximum(max(1, len(table.rows)))
        self.header_row.setValue((header or 0) + 1)
        self.header_row.blockSignals(False)
        self._fill_columns(mapping)
        if header is None:
            self.status.setText(
                self.tr("No header row was recognised; choose the row and the fields by hand.")
            )
        else:
            self.status.setText(
                self.tr("{rows} rows read ({encoding}{delimiter}). Header found in row {header}.").format(
                    rows=len(table.rows),
                    encoding=table.encoding or "XLSX",
                    delimiter=f", «{table.delimiter}»".replace("\t", "Tab") if table.delimiter else "",
                    header=header + 1,
                )
            )
        self.next_button.setEnabled(True)

    def _header_moved(self) -> None:
        if self.table is not None:
            index = self.header_row.value() - 1
            self._fill_columns(
                match_header(self.table.rows[index], self.titles) if index < len(self.table.rows) else {}
            )

    def _fill_columns(self, mapping: dict[int, str]) -> None:
        assert self.table is not None
        index = self.header_row.value() - 1
        rows = self.table.rows
        headers = rows[index] if 0 <= index < len(rows) else []
        width = max((len(r) for r in rows[index : index + 50]), default=0)
        self.columns.setRowCount(width)
        choices = self.field_choices()
        for column in range(width):
            title = headers[column] if column < len(headers) else ""
            samples = [r[column] for r in rows[index + 1 : index + 6] if column < len(r) and r[column]]
            self.columns.setItem(
                column, 0, QTableWidgetItem(title or self.tr("(column {n})").format(n=column + 1))
            )
            self.columns.setItem(column, 1, QTableWidgetItem(" | ".join(samples[:3])))
            combo = QComboBox()
            for key, label in choices:
                combo.addItem(label, key)
            combo.setCurrentIndex(max(combo.findData(mapping.get(column, "")), 0))
            self.columns.setCellWidget(column, 2, combo)
        self.columns.resizeColumnToContents(0)
        self.columns.resizeColumnToContents(2)

    def mapping(self) -> dict[int, str]:
        found: dict[int, str] = {}
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 2)
            key = combo.currentData() if isinstance(combo, QComboBox) else ""
            if key:
                found[row] = key
        return found

    def set_field(self, column: int, key: str) -> None:
        combo = self.columns.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(key), 0))

    def headers(self) -> list[str]:
        assert self.table is not None
        index = self.header_row.value() - 1
        return list(self.table.rows[index]) if index < len(self.table.rows) else []

    def _use_saved(self, name: str) -> None:
        if name in self.saved:
            self._fill_columns(imp.apply_saved_mapping(self.headers(), self.saved[name]))
        elif self.table is not None:
            self._header_moved()

    def save_mapping(self) -> None:
        from smmdesk.ui.windows.influencers import ask_text

        db = self.ws.db
        name, ok = ask_text(
            self, self.tr("Save the mapping"), self.tr("Name (e.g. the agency the list comes from):")
        )
        if not ok or not name.strip() or db is None:
            return
        with db.transaction() as session:
            imp.save_mapping(session, name.strip(), self.headers(), self.mapping())
        self.saved = reading(db, imp.saved_mappings)
        self.mapping_choice.addItem(name.strip())
        self.mapping_choice.setCurrentText(name.strip())

    # --- page 2: preview ---------------------------------------------------------------------------------

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.tabs = QTabWidget()
        self.added_list = self._list_table(
            [self.tr("Rows"), self.tr("Platform"), self.tr("Account"), self.tr("Name")]
        )
        self.updated_list = self._list_table(
            [self.tr("Rows"), self.tr("Platform"), self.tr("Account"), self.tr("What is filled in")]
        )
        self.skipped_list = self._list_table([self.tr("Row"), self.tr("Why"), self.tr("Contents")])
        self.warnings_list = self._list_table(
            [self.tr("Row"), self.tr("What was not taken"), self.tr("Contents")]
        )
        self.conflicts_list = self._list_table(
            [
                self.tr("Take the file's value"),
                self.tr("Account"),
                self.tr("Field"),
                self.tr("Now"),
                self.tr("In the file"),
                self.tr("Rows"),
            ]
        )
        self.tabs.addTab(self.added_list, "")
        self.tabs.addTab(self.updated_list, "")
        self.tabs.addTab(self.conflicts_list, "")
        self.tabs.addTab(self.skipped_list, "")
        self.tabs.addTab(self.warnings_list, "")
        layout.addWidget(self.tabs, 1)
        self.report_button = QPushButton(self.tr("Save the report…"))
        self.report_button.clicked.connect(self.save_report)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.report_button)
        layout.addLayout(row)
        return page

    @staticmethod
    def _list_table(headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def field_label(self, key: str) -> str:
        return dict(self.field_choices()).get(key, key)

    def preview(self) -> None:
        db, table = self.ws.db, self.table
        if db is None or table is None:
            return
        header = self.header_row.value() - 1
        mapping = self.mapping()

        def work(report: Any, cancelled: Any) -> imp.ImportPlan:
            with db.reading() as session:
                return imp.plan_import(session, table, header, mapping, report)

        self._run(work, self._show_plan, self.tr("Checking the rows…"))

    def _show_plan(self, plan: imp.ImportPlan) -> None:
        self.plan = plan
        conflicts_base = [c for c in plan.conflicts if c.source == "base"]
        self.summary.setText(
            self.tr(
                "Will add {added}, update {updated}, skip {skipped}; {conflicts} values differ from the base."
            ).format(
                added=plan.added,
                updated=plan.updated,
                skipped=len(plan.skipped),
                conflicts=len(conflicts_base),
            )
        )
        added = [p for p in plan.accounts if p.action == "add"]
        updated = [p for p in plan.accounts if p.action == "update"]
        self._fill(
            self.added_list,
            [
                (
                    ", ".join(map(str, p.incoming.rows)),
                    p.incoming.platform,
                    p.incoming.handle,
                    p.incoming.values.get("name", ""),
                )
                for p in added
            ],
        )
        self._fill(
            self.updated_list,
            [
                (
                    ", ".join(map(str, p.incoming.rows)),
                    p.incoming.platform,
                    p.incoming.handle,
                    ", ".join(self.field_label(k) for k in p.changes if not k.startswith("note:")),
                )
                for p in updated
            ],
        )
        self._fill(self.skipped_list, [(str(n.row), n.render(translate), n.cells) for n in plan.skipped])
        self._fill(self.warnings_list, [(str(n.row), n.render(translate), n.cells) for n in plan.warnings])
        self.conflicts_list.setRowCount(len(plan.conflicts))
        for row, conflict in enumerate(plan.conflicts):
            box = QCheckBox()
            box.setChecked(conflict.take_incoming)
            box.toggled.connect(lambda on, c=conflict: self._decide(c, on))
            self.conflicts_list.setCellWidget(row, 0, box)
            values = (
                f"{conflict.platform}/{conflict.handle}",
                self.field_label(conflict.field),
                self.shown(conflict.field, conflict.current),
                self.shown(conflict.field, conflict.incoming),
                ", ".join(map(str, conflict.rows)),
            )
            for column, value in enumerate(values, start=1):
                self.conflicts_list.setItem(row, column, QTableWidgetItem(value))
        self.conflicts_list.resizeColumnsToContents()
        self._retitle_tabs()
        self.status.setText(self.tr("Nothing is written until you press Import."))
        self._show_page(1)

    @staticmethod
    def shown(key: str, value: Any) -> str:
        """A value as the window shows it: roubles, thousands, percent, status names."""
        if value is None or value == "":
            return ""
        if key.startswith(PRICE_PREFIX):
            return format_money(value)
        if key in ("followers", "avg_reach", "avg_views"):
            return format_int(value)
        if key == "er":
            return format_percent(value)
        if key == "status":
            return status_label(value)
        if key == "tax_status":
            return tax_label(value)
        return str(value)

    def _decide(self, conflict: imp.Conflict, take: bool) -> None:
        conflict.take_incoming = take
        if self.plan is not None:
            self._show_plan(self.plan)

    def _retitle_tabs(self) -> None:
        plan = self.plan
        assert plan is not None
        counts = (plan.added, plan.updated, len(plan.conflicts), len(plan.skipped), len(plan.warnings))
        titles = (
            self.tr("To add"),
            self.tr("To update"),
            self.tr("Differences"),
            self.tr("Skipped"),
            self.tr("Not taken"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})")

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(str(value)))
        table.resizeColumnsToContents()

    def save_report(self) -> None:
        if self.plan is None:
            return
        path = ask.save_file(self, self.tr("Save the report"), self.tr("import-report.csv"), "CSV (*.csv)")
        if not path:
            return
        try:
            imp.write_report(self.plan, Path(path), translate)
        except SmmError as exc:
            ask.warn(self, self.tr("Save the report"), error_text(exc))

    # --- running --------------------------------------------------------------------------------------

    def run_import(self) -> None:
        db, plan = self.ws.db, self.plan
        if db is None or plan is None:
            return
        keep = self.ws.settings.backups_kept

        def work(report: Any, cancelled: Any) -> imp.ImportResult:
            backup_now(db, "import", keep)
            with db.transaction() as session:
                return imp.apply_import(session, plan, report, cancelled)

        self._run(work, self._imported, self.tr("Importing…"))

    def _imported(self, result: imp.ImportResult) -> None:
        self.outcome = result
        db, change = self.ws.db, result.change
        if db is not None and change is not None:
            self.ws.record(
                self.tr("Import of {name}").format(name=self.path.name),
                change,
                lambda: in_transaction(db, import_undo.put_back, change),
                lambda done: in_transaction(db, import_undo.take_back, done),
                "influencers",
            )
        self.ws.bus.notify("influencers", None)
        ask.inform(
            self,
            self.windowTitle(),
            self.tr("Added {added}, updated {updated}, skipped {skipped}.").format(
                added=result.added, updated=result.updated, skipped=result.skipped
            ),
        )
        super().accept()

    def _run(self, work: Any, done: Any, label: str) -> None:
        self.status.setText(label)
        self.progress.setRange(0, 0)
        self.progress.show()
        for button in (self.back_button, self.next_button, self.import_button):
            button.setEnabled(False)

        def progress(value: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(value)

        def finished(result: Any) -> None:
            self._idle()
            done(result)

        def failed(error: BaseException) -> None:
            self._idle()
            if isinstance(error, (imp.ImportCancelled, tasks.Cancelled)):
                self.status.setText(self.tr("Cancelled: nothing was changed."))
            elif isinstance(error, SmmError):
                self.status.setText(error_text(error))
            else:
                self.status.setText(
                    self.tr("The import failed; nothing was changed. {error}").format(error=error)
                )

        self.task = tasks.start(work, finished, failed)
        self.task.signals.progress.connect(progress)

    def _idle(self) -> None:
        self.task = None
        self.progress.hide()
        self.back_button.setEnabled(self.stack.currentIndex() == 1)
        self.next_button.setEnabled(True)
        self.import_button.setEnabled(self.plan is not None and self.stack.currentIndex() == 1)

    def busy(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        self.reject()

    def _show_page(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self.back_button.setVisible(index == 1)
        self.next_button.setVisible(index == 0)
        self.import_button.setVisible(index == 1)
        self.back_button.setEnabled(True)
        plan = self.plan
        self.import_button.setEnabled(plan is not None and plan.added + plan.updated > 0)

    def keyPressEvent(self, event: Any) -> None:
        if event.key() == Qt.Key.Key_Escape and self.task is not None:
            self.task.cancel()
            return
        super().keyPressEvent(event)
