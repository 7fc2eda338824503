"""Import of an influencer list: columns matched and correctable, a preview, then one transaction.

Reading the file, planning and writing run off the UI thread with a progress bar and Cancel;
cancelling or a failure leaves the base exactly as it was. The pages are in import_pages.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.errors import SmmError
from smmdesk.domain.import_columns import FIELDS, PRICE_PREFIX, TERMS_HEADERS, TERMS_PREFIX, match_header
from smmdesk.i18n import error_text, translate
from smmdesk.io.tabular import TableFile
from smmdesk.services import import_undo
from smmdesk.services import influencer_import as imp
from smmdesk.services.influencers import platforms
from smmdesk.services.workspace import backup_before_import, in_transaction, reading
from smmdesk.ui.core import ask, tasks
from smmdesk.ui.core.labels import platform_titles
from smmdesk.ui.core.workspace import Workspace
from smmdesk.ui.dialogs.import_pages import MappingPage, PreviewPage, shown
from smmdesk.ui.models.influencer_model import format_title


class ImportDialog(QDialog):
    def __init__(self, workspace: Workspace, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ImportDialog")
        self.setWindowTitle(self.tr("Import influencers: {name}").format(name=path.name))
        self.resize(980, 640)
        self.ws, self.path = workspace, path
        self.table: TableFile | None = None
        self.plan: imp.ImportPlan | None = None
        self.task: tasks.Task | None = None
        self.outcome: imp.ImportResult | None = None
        db = workspace.db
        assert db is not None
        self.titles: dict[str, str] = reading(db, imp.format_titles)
        self.saved: dict[str, dict[str, str]] = reading(db, imp.saved_mappings)
        self.platforms = platform_titles(reading(db, platforms))
        self.mapping_page, self.preview_page = MappingPage(), PreviewPage()
        self.status = QLabel()
        self.status.setObjectName("importStatus")
        self.status.setWordWrap(True)
        self._wire_pages()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.mapping_page)
        self.stack.addWidget(self.preview_page)
        self.progress = QProgressBar()
        self.progress.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self._buttons())
        self._show_page(0)
        self.load_file(None)

    def _wire_pages(self) -> None:
        page = self.mapping_page
        self.sheet, self.header_row, self.columns = page.sheet, page.header_row, page.columns
        self.mapping_choice, self.save_mapping_button = page.mapping_choice, page.save_mapping_button
        self.sheet.activated.connect(lambda _: self.load_file(self.sheet.currentText()))
        self.header_row.valueChanged.connect(self._header_moved)
        self.header_row.refused.connect(self.status.setText)
        self.mapping_choice.activated.connect(lambda _: self._use_saved(self.mapping_choice.currentText()))
        self.save_mapping_button.clicked.connect(self.save_mapping)
        preview = self.preview_page
        self.summary, self.tabs = preview.summary, preview.tabs
        self.added_list, self.updated_list = preview.added_list, preview.updated_list
        self.conflicts_list, self.file_conflicts_list = preview.conflicts_list, preview.file_conflicts_list
        self.skipped_list, self.warnings_list = preview.skipped_list, preview.warnings_list
        preview.report_button.clicked.connect(self.save_report)

    def _buttons(self) -> QDialogButtonBox:
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(self.tr("Back"), QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button = self.buttons.addButton(self.tr("Preview"), QDialogButtonBox.ButtonRole.ActionRole)
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button.clicked.connect(lambda: self._show_page(0))
        self.next_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.run_import)
        self.cancel_button.clicked.connect(self.cancel)
        return self.buttons

    # --- page 1: columns --------------------------------------------------------------------------

    def field_choices(self) -> list[tuple[str, str]]:
        choices = [("", "—")]
        choices += [(f.key, translate("ImportFields", f.label)) for f in FIELDS]
        choices += [
            (PRICE_PREFIX + code, self.tr("Price: {format}").format(format=format_title(code, title)))
            for code, title in self.titles.items()
        ]
        choices += [  # a format's terms beyond the price, as the program's own export names them
            (
                f"{TERMS_PREFIX}{name}:{code}",
                translate("Export", header).format(format=format_title(code, title)),
            )
            for code, title in self.titles.items()
            for name, header in TERMS_HEADERS.items()
        ]
        return choices

    def load_file(self, sheet: str | None) -> None:
        """Reads the file (or another sheet of it) in the background; the columns follow."""
        path = self.path
        self.table = None
        self.next_button.setEnabled(False)

        def read(report: Any, cancelled: Any) -> TableFile:
            def step(done: int, total: int) -> None:
                if cancelled():
                    raise tasks.Cancelled()
                report(done, total)

            return imp.open_file(path, sheet, step)

        self._run(read, self._read, self.tr("Reading {name}…").format(name=path.name))

    def _read(self, table: TableFile) -> None:
        self.table = table
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
        self.mapping_page.fill_columns(
            self.table.rows, self.header_row.value() - 1, mapping, self.field_choices()
        )

    def mapping(self) -> dict[int, str]:
        return self.mapping_page.mapping()

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
        db = self.ws.db
        name = (
            ask.text(
                self, self.tr("Save the mapping"), self.tr("Name (e.g. the agency the list comes from):")
            )
            or ""
        ).strip()
        if not name or db is None:
            return
        with db.transaction() as session:
            imp.save_mapping(session, name, self.headers(), self.mapping())
        self.saved = reading(db, imp.saved_mappings)
        self.mapping_choice.addItem(name)
        self.mapping_choice.setCurrentText(name)

    # --- page 2: preview ---------------------------------------------------------------------------------

    def field_label(self, key: str) -> str:
        return dict(self.field_choices()).get(key, key)

    def preview(self) -> None:
        db, table = self.ws.db, self.table
        if db is None or table is None:
            return
        header, mapping = self.header_row.value() - 1, self.mapping()

        def work(report: Any, cancelled: Any) -> imp.ImportPlan:
            with db.reading() as session:
                return imp.plan_import(session, table, header, mapping, report)

        self._run(work, self._show_plan, self.tr("Checking the rows…"))

    def _show_plan(self, plan: imp.ImportPlan) -> None:
        self.plan = plan
        self.preview_page.show_plan(plan, self.field_label, self.platforms, self._decide)
        self.status.setText(self.tr("Nothing is written until you press Import."))
        self._show_page(1)

    @staticmethod
    def shown(key: str, value: Any) -> str:
        return shown(key, value)

    def _decide(self, conflict: imp.Conflict, take: bool) -> None:
        conflict.take_incoming = take
        if self.plan is not None:
            self._show_plan(self.plan)

    def save_report(self) -> None:
        if self.plan is None:
            return
        path = ask.save_file(self, self.tr("Save the report"), self.tr("import-report.csv"), "CSV (*.csv)")
        targets = ask.export_targets(self, path, [".csv"]) if path else []
        if not targets:
            return
        try:
            imp.write_report(self.plan, targets[0], translate)
        except SmmError as exc:
            ask.warn(self, self.tr("Save the report"), error_text(exc))

    # --- running --------------------------------------------------------------------------------------

    def run_import(self) -> None:
        db, plan = self.ws.db, self.plan
        if db is None or plan is None:
            return
        keep = self.ws.settings.backups_kept

        def work(report: Any, cancelled: Any) -> imp.ImportResult:
            backup_before_import(db, keep)
            with db.transaction() as session:
                return imp.apply_import(session, plan, report, cancelled)

        self._run(work, self._imported, self.tr("Importing…"), writes=True)

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
            )  # which tells every view of the base
        else:
            self.ws.bus.notify("influencers", None)
        ask.inform(
            self,
            self.windowTitle(),
            self.tr("Added {added}, updated {updated}, skipped {skipped}.").format(
                added=result.added, updated=result.updated, skipped=result.skipped
            ),
        )
        super().accept()

    def _run(self, work: Any, done: Any, label: str, *, writes: bool = False) -> None:
        """Runs `work` with the progress bar; a read cancelled late is dropped, but a write that
        finished is reported as done (its transaction committed)."""
        self.status.setText(label)
        self.progress.setRange(0, 0)
        self.progress.show()
        for button in (self.back_button, self.next_button, self.import_button):
            button.setEnabled(False)

        def progress(value: int, total: int) -> None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(value)

        def finished(result: Any) -> None:
            if running.cancelled and not writes:
                failed(tasks.Cancelled())
                return
            self._idle()
            done(result)

        def failed(error: BaseException) -> None:
            self._idle()
            self.next_button.setEnabled(self.table is not None)
            if isinstance(error, (imp.ImportCancelled, tasks.Cancelled)):
                self.status.setText(self.tr("Cancelled: nothing was changed."))
            elif isinstance(error, SmmError):
                self.status.setText(error_text(error))
            else:
                self.status.setText(
                    self.tr("The import failed; nothing was changed. {error}").format(error=error)
                )

        running = self.task = tasks.start(work, finished, failed)
        running.signals.progress.connect(progress)

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
