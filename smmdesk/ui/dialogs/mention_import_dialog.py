"""Importing a monitoring service's export into the brand's mentions, as the influencer import does:
the sheet and the header row, each column of the file with its first values and the field it is
matched to (Russian and English names matched, every match the planner's to correct, a mapping
saved under a name for the next export of that service), and what the import would do with the
columns as they stand — added, the same as before, skipped with each row's reason — counted again
after each correction from the file as read the first time (never read again; a large file counted
off the UI thread with progress and Cancel). Nothing is written until «Загрузить»; the window then
imports it in one transaction as one step of the history.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout

from smmdesk.domain.errors import SmmError
from smmdesk.domain.reputation.columns import FIELDS
from smmdesk.i18n import error_text, translate
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.services.import_reports import apply_saved_mapping
from smmdesk.services.reputation import mention_import as imp
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask, background, tasks
from smmdesk.ui.core.errors import show_error
from smmdesk.ui.core.formatting import format_int
from smmdesk.ui.dialogs.import_pages import MappingPage, show_sheet_and_header

if TYPE_CHECKING:
    from smmdesk.ui.windows.reputation import ReputationWindow

SKIPPED_SHOWN = 200
BACKGROUND_ROWS = 20_000  # a count over more rows runs off the UI thread, with progress and Cancel


class MentionImportDialog(QDialog):
    """`preview` is what the import would do with the columns shown (None while they do not say
    where a mention's link or text is); `accepted` takes it. `table`: the file as read."""

    def __init__(
        self,
        section: ReputationWindow,
        path: Path,
        table: TableFile,
        preview: imp.MentionPreview | None,
        service: str,
    ) -> None:
        super().__init__(section)
        self.setObjectName("mentionImportDialog")
        self.setWindowTitle(self.tr("Import mentions: {name}").format(name=path.name))
        self.section, self.path, self.service = section, path, service
        self.client_id = section.client_id
        self.table = table
        self.tables: dict[str, TableFile] = {table.sheet: table}  # each sheet read once
        self.counting = 0  # the latest count asked for; an earlier one's result is dropped
        self.preview: imp.MentionPreview | None = preview
        self.saved: dict[str, dict[str, str]] = reading(section.db, imp.saved_mappings)
        self.page = MappingPage()
        self.page.setObjectName("mentionMapping")
        self.sheet, self.header_row, self.columns = self.page.sheet, self.page.header_row, self.page.columns
        self.mapping_choice, self.save_mapping_button = (
            self.page.mapping_choice,
            self.page.save_mapping_button,
        )
        self.summary = QLabel()
        self.summary.setObjectName("mentionImportSummary")
        self.summary.setWordWrap(True)
        self.skipped = QListWidget()
        self.skipped.setObjectName("mentionImportSkipped")
        self.skipped.setMaximumHeight(110)
        self.skipped.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.import_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter takes the header row typed; it never imports
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.page, self.summary, self.skipped, self.buttons):
            layout.addWidget(widget, 1 if widget is self.page else 0)
        self.resize(980, 620)
        self._wire()
        if preview is not None:
            self._show_file(preview.file.header_row, dict(preview.file.mapping))
            self._show_counts(preview)
        else:
            self._show_file(0, {})
            self.read_again()

    def done(self, result: int) -> None:
        """Closed: a count still running is dropped when it comes back."""
        self.counting += 1
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # only «Загрузить» imports, never Enter in a field
        super().keyPressEvent(event)

    def _wire(self) -> None:
        self.sheet.activated.connect(lambda _: self.read_again(sheet=self.sheet.currentText()))
        self.header_row.valueChanged.connect(lambda _: self.read_again(mapping=None))
        self.header_row.refused.connect(self.summary.setText)
        self.mapping_choice.activated.connect(lambda _: self.use_saved(self.mapping_choice.currentText()))
        self.save_mapping_button.clicked.connect(lambda: self.save_mapping())

    # --- the columns --------------------------------------------------------------------------------------

    def field_choices(self) -> list[tuple[str, str]]:
        return [("", "—"), *((f.key, translate("MentionFields", f.label)) for f in FIELDS)]

    def _show_file(self, header_row: int, mapping: dict[int, str]) -> None:
        """The file as read: its sheets, header row and the columns with their fields."""
        table = self.table
        show_sheet_and_header(self.sheet, self.header_row, table, header_row)
        if not self.mapping_choice.count():
            self.mapping_choice.addItem(self.tr("(matched automatically)"))
            self.mapping_choice.addItems(list(self.saved))
        self._fill_columns(mapping)

    def _fill_columns(self, mapping: dict[int, str]) -> None:
        rows = self.table.rows
        self.page.fill_columns(rows, self.header_row.value() - 1, mapping, self.field_choices())
        for row in range(self.columns.rowCount()):
            combo = self.columns.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                combo.activated.connect(lambda _: self.read_again())

    def mapping(self) -> dict[int, str]:
        return self.page.mapping()

    def set_field(self, column: int, key: str) -> None:
        """Chooses a column's field as the planner does in its box; the counts follow."""
        combo = self.columns.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.activated.emit(combo.currentIndex())

    def headers(self) -> list[str]:
        rows = self.table.rows
        index = self.header_row.value() - 1
        return list(rows[index]) if 0 <= index < len(rows) else []

    def use_saved(self, name: str) -> None:
        if name in self.saved:
            self.read_again(mapping=apply_saved_mapping(self.headers(), self.saved[name]))
        else:
            self.read_again(mapping=None)

    def save_mapping(self) -> bool:
        name = (
            ask.text(
                self, self.tr("Save the mapping"), self.tr("Name (e.g. the service the export is from):")
            )
            or ""
        ).strip()
        db = self.section.db
        if not name or db is None:
            return False
        in_transaction(db, imp.save_mapping, name, self.headers(), self.mapping())
        self.saved = reading(db, imp.saved_mappings)
        if self.mapping_choice.findText(name) < 0:
            self.mapping_choice.addItem(name)
        self.mapping_choice.setCurrentText(name)
        return True

    # --- what the import would do --------------------------------------------------------------------------

    def read_again(self, *, sheet: str | None = None, mapping: Any = "shown") -> None:
        """The counts again with the columns as they stand (`mapping` None: matched afresh; a sheet
        chosen: that sheet, read once and kept, matched afresh), from the file as read: the file is
        not read again. Over BACKGROUND_ROWS rows the count runs off the UI thread with progress
        and Cancel; «Загрузить» waits for it."""
        header = 0 if sheet is not None else self.header_row.value() - 1
        chosen = None if sheet is not None else self.mapping() if mapping == "shown" else mapping
        matched_afresh = mapping != "shown" or sheet is not None
        known = self.tables.get(sheet) if sheet is not None else self.table
        self.counting += 1
        ticket = self.counting
        self.preview = None
        self.import_button.setEnabled(False)

        def count(_report: Any = None, stop: Any = None) -> tuple[TableFile, imp.MentionPreview]:
            table = known if known is not None else read_table(self.path, sheet)
            if stop is not None and stop():
                raise tasks.Cancelled()
            preview = reading(
                self.section.db,
                imp.preview_import,
                self.client_id,
                self.path,
                service=self.service,
                mapping=chosen,
                header_row=None if sheet is not None else header,
                table=table,
            )
            return table, preview

        def counted(made: tuple[TableFile, imp.MentionPreview]) -> None:
            if ticket == self.counting:
                self._counted(made, matched_afresh)

        def refused(exc: BaseException) -> None:
            if ticket == self.counting:
                self._refused(exc, header, chosen, matched_afresh)

        def cancelled() -> None:
            if ticket == self.counting:
                self.summary.setText(self.tr("Not counted: cancelled. Correct a column to count again."))

        if len(self.table.rows) <= BACKGROUND_ROWS:
            try:
                made = count()
            except SmmError as exc:
                refused(exc)
                return
            counted(made)
            return
        self.summary.setText(self.tr("Counting…"))
        self.skipped.clear()
        self.skipped.hide()
        background.run(
            self, self.tr("Counting {name}").format(name=self.path.name), count, counted, refused,
            on_cancel=cancelled, end_on_cancel=True,
        )  # fmt: skip

    def _counted(self, made: tuple[TableFile, imp.MentionPreview], matched_afresh: bool) -> None:
        table, preview = made
        self.table = self.tables[table.sheet] = table
        self.preview = preview
        if matched_afresh:
            self._show_file(preview.file.header_row, dict(preview.file.mapping))
        self._show_counts(preview)

    def _refused(self, exc: BaseException, header: int, chosen: Any, matched_afresh: bool) -> None:
        """No column for the link or the text yet: said in words, nothing to import."""
        if not isinstance(exc, SmmError):
            show_error(self, exc)
            return
        self.preview = None
        if matched_afresh:
            self._show_file(header, chosen or {})
        self.summary.setText(error_text(exc))
        self.skipped.clear()
        self.skipped.hide()
        self.import_button.setEnabled(False)

    def _show_counts(self, preview: imp.MentionPreview) -> None:
        added, same, skipped = preview.counts
        self.summary.setText(
            self.tr("Add {added}, same as before {same}, skipped {skipped}.").format(
                added=format_int(added), same=format_int(same), skipped=format_int(skipped)
            )
            + ("" if "link" in preview.file.mapping.values() else " " + self.tr("No column is the link."))
        )
        self.skipped.clear()
        reasons = [
            self.tr("Row {row}: {reason}").format(row=row, reason=reason)
            for row, outcome, _link, reason in imp.report_rows(preview, translate)
            if outcome in ("skipped", "value not taken")
        ]
        self.skipped.addItems(reasons[:SKIPPED_SHOWN])
        self.skipped.setVisible(bool(reasons))
        self.import_button.setEnabled(added + same > 0 and self.section.writable)
