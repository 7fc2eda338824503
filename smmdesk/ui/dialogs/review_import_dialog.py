"""Importing a review campaign's customers or a survey service's answers, as the other imports do:
the sheet and the header row, each column of the file with its first values and the field it is
matched to (Russian and English headers matched, every match the planner's to correct, a mapping
saved under a name for the next export), and what the import would do with the columns as they
stand, counted again after each correction, with each value not taken and why. Nothing is written
until «Загрузить»; the tab then imports it in one transaction as one step of the history.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QLabel, QListWidget, QVBoxLayout, QWidget

from smmdesk.domain.errors import SmmError
from smmdesk.domain.header_match import match_fields
from smmdesk.domain.import_columns import FieldDef, vocabulary_of
from smmdesk.domain.reviews.customer_rows import CUSTOMER_FIELDS
from smmdesk.domain.reviews.survey_rows import SURVEY_FIELDS
from smmdesk.i18n import error_text, translate
from smmdesk.io.tabular import TableFile, read_table
from smmdesk.services import import_reports
from smmdesk.services.reviews import customers, surveys
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.core import ask
from smmdesk.ui.core.formatting import format_int
from smmdesk.ui.dialogs.import_pages import MappingPage, show_sheet_and_header

NOTES_SHOWN = 200


class ReviewImportDialog(QDialog):
    """The columns and the counts of one file; `preview` is what «Загрузить» imports (None while the
    columns do not say enough). `KIND` names the saved mappings, `FIELDS` the fields offered."""

    KIND = ""
    FIELDS: tuple[FieldDef, ...] = ()

    def __init__(self, parent: QWidget, db: Any, campaign_id: int, path: Path, writable: bool) -> None:
        super().__init__(parent)
        self.db, self.campaign_id, self.path, self.writable = db, campaign_id, path, writable
        self.table: TableFile = read_table(path)
        self.preview: Any = None
        self.saved: dict[str, dict[str, str]] = reading(db, import_reports.saved_mappings, self.KIND)
        self.page = MappingPage()
        self.summary = QLabel()
        self.summary.setObjectName("reviewImportSummary")
        self.summary.setWordWrap(True)
        self.notes = QListWidget()
        self.notes.setObjectName("reviewImportNotes")
        self.notes.setMaximumHeight(130)
        self.notes.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ReviewImportDialog", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.import_button, self.cancel_button):
            button.setAutoDefault(False)  # Enter takes the header row typed; it never imports
        self.import_button.clicked.connect(self.accept)
        self.cancel_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.page, self.summary, self.notes, self.buttons):
            layout.addWidget(widget, 1 if widget is self.page else 0)
        self.resize(980, 620)
        page = self.page
        page.sheet.activated.connect(lambda _: self.read_again(sheet=page.sheet.currentText()))
        page.header_row.valueChanged.connect(lambda _: self.read_again(mapping=None))
        page.header_row.refused.connect(self.summary.setText)
        page.mapping_choice.activated.connect(lambda _: self.use_saved(page.mapping_choice.currentText()))
        page.save_mapping_button.clicked.connect(lambda: self.save_mapping())
        self.read_again(mapping=None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # only «Загрузить» imports, never Enter in a field
        super().keyPressEvent(event)

    # --- what each import says -------------------------------------------------------------------------

    def preview_function(self) -> Any:
        """The service's preview: (session, campaign, path, sheet, mapping, header_row) → a preview."""
        raise NotImplementedError

    def preview_of(self, mapping: dict[int, str] | None, header: int) -> Any:
        """What the import would do: the columns matched afresh under the header row (the file's own
        header found when it is the first row), or as mapped."""
        sheet = self.table.sheet or None
        if mapping is None and header == 0:
            return reading(self.db, self.preview_function(), self.campaign_id, self.path, sheet)
        if mapping is None:
            rows = self.table.rows
            mapping = match_fields(rows[header] if header < len(rows) else [], vocabulary_of(self.FIELDS))
        return reading(self.db, self.preview_function(), self.campaign_id, self.path, sheet, mapping, header)

    def describe(self, preview: Any) -> tuple[str, list[str], bool]:
        """The counts in words, the notes row by row, and whether there is anything to import."""
        raise NotImplementedError

    # --- the columns --------------------------------------------------------------------------------------

    def _show_file(self, header_row: int, mapping: dict[int, str]) -> None:
        page, table = self.page, self.table
        show_sheet_and_header(page.sheet, page.header_row, table, header_row)
        if not page.mapping_choice.count():
            page.mapping_choice.addItem(
                QCoreApplication.translate("ReviewImportDialog", "(matched automatically)")
            )
            page.mapping_choice.addItems(list(self.saved))
        choices = [("", "—"), *((f.key, translate("ImportFields", f.label)) for f in self.FIELDS)]
        page.fill_columns(table.rows, header_row, mapping, choices)
        for row in range(page.columns.rowCount()):
            combo = page.columns.cellWidget(row, 2)
            if isinstance(combo, QComboBox):
                combo.activated.connect(lambda _: self.read_again())

    def set_field(self, column: int, key: str) -> None:
        """Chooses a column's field as the planner does in its box; the counts follow."""
        combo = self.page.columns.cellWidget(column, 2)
        assert isinstance(combo, QComboBox)
        combo.setCurrentIndex(max(combo.findData(key), 0))
        combo.activated.emit(combo.currentIndex())

    def headers(self) -> list[str]:
        rows, index = self.table.rows, self.page.header_row.value() - 1
        return list(rows[index]) if 0 <= index < len(rows) else []

    def use_saved(self, name: str) -> None:
        if name in self.saved:
            self.read_again(mapping=import_reports.apply_saved_mapping(self.headers(), self.saved[name]))
        else:
            self.read_again(mapping=None)

    def save_mapping(self) -> bool:
        name = (
            ask.text(
                self,
                QCoreApplication.translate("ReviewImportDialog", "Save the mapping"),
                QCoreApplication.translate(
                    "ReviewImportDialog", "Name (e.g. the service the export is from):"
                ),
            )
            or ""
        ).strip()
        if not name:
            return False
        in_transaction(
            self.db, import_reports.save_mapping, name, self.headers(), self.page.mapping(), self.KIND
        )
        self.saved = reading(self.db, import_reports.saved_mappings, self.KIND)
        if self.page.mapping_choice.findText(name) < 0:
            self.page.mapping_choice.addItem(name)
        self.page.mapping_choice.setCurrentText(name)
        return True

    # --- what the import would do --------------------------------------------------------------------------

    def read_again(self, *, sheet: str | None = None, mapping: Any = "shown") -> None:
        """The file read again with the columns as they stand (`mapping` None: matched afresh, under
        the header row shown; a sheet chosen: that sheet, matched afresh)."""
        if sheet is not None:
            self.table = read_table(self.path, sheet)
            mapping = None
        header = 0 if sheet is not None else max(self.page.header_row.value() - 1, 0)
        chosen = self.page.mapping() if mapping == "shown" else mapping
        try:
            preview = self.preview_of(chosen, header)
        except SmmError as exc:  # no column the import needs yet: said in words, nothing to import
            self.preview = None
            if mapping != "shown":
                self._show_file(header, chosen or {})
            self.summary.setText(error_text(exc))
            self.notes.clear()
            self.notes.hide()
            self.import_button.setEnabled(False)
            return
        self.preview = preview
        if mapping != "shown":
            self._show_file(preview.parsed.header_row - 1, dict(preview.mapping))
        summary, notes, importable = self.describe(preview)
        self.summary.setText(summary)
        self.notes.clear()
        self.notes.addItems(notes[:NOTES_SHOWN])
        self.notes.setVisible(bool(notes))
        self.import_button.setEnabled(importable and self.writable)

    def row_notes(self, notes: Sequence[Any]) -> list[str]:
        return [
            QCoreApplication.translate("ReviewImportDialog", "Row {row}: {reason}").format(
                row=note.row, reason=note.render(translate)
            )
            for note in sorted(notes, key=lambda n: n.row)
        ]


class CustomerImportDialog(ReviewImportDialog):
    """A shop's export of its customers: added, updated, merged duplicates, staff, without consent."""

    KIND = "review customers"
    FIELDS = CUSTOMER_FIELDS

    def __init__(self, parent: QWidget, db: Any, campaign_id: int, path: Path, writable: bool) -> None:
        super().__init__(parent, db, campaign_id, path, writable)
        self.setObjectName("customerImportDialog")
        self.setWindowTitle(self.tr("Import customers: {name}").format(name=path.name))

    def preview_function(self) -> Any:
        return customers.preview_customers

    def describe(self, preview: customers.CustomerPreview) -> tuple[str, list[str], bool]:
        parsed = preview.parsed
        merged, staff, no_consent, _ = customers.import_counts(parsed)
        text = self.tr(
            "Add {added}, update {updated}, same as before {same}; merged duplicates {merged}; staff {staff} "
            "and without consent {no_consent} (they will not be asked); rows skipped {skipped}."
        ).format(
            added=format_int(len(preview.added)), updated=format_int(len(preview.updated)),
            same=format_int(len(preview.same)), merged=format_int(merged), staff=format_int(staff),
            no_consent=format_int(no_consent), skipped=format_int(len(parsed.skipped)),
        )  # fmt: skip
        if "consent" in parsed.missing:
            text += " " + self.tr("The file has no consent column: nobody of it will be asked.")
        if not {"phone", "email"} & set(preview.mapping.values()):
            text += " " + self.tr("No column is a phone or an e-mail: nobody of it can be asked.")
        notes = self.row_notes([*parsed.skipped, *parsed.warnings])
        return text, notes, bool(preview.added or preview.updated)


class SurveyImportDialog(ReviewImportDialog):
    """A survey service's export: answers added, filled in, the same as before, follow-ups queued."""

    KIND = "review surveys"
    FIELDS = SURVEY_FIELDS

    def __init__(self, parent: QWidget, db: Any, campaign_id: int, path: Path, writable: bool) -> None:
        super().__init__(parent, db, campaign_id, path, writable)
        self.setObjectName("surveyImportDialog")
        self.setWindowTitle(self.tr("Import survey answers: {name}").format(name=path.name))

    def preview_function(self) -> Any:
        return surveys.preview_survey

    def describe(self, preview: surveys.SurveyPreview) -> tuple[str, list[str], bool]:
        text = self.tr(
            "Add {added} answers, fill in the contact or comment of {filled}, same as before {same}, rows "
            "skipped {skipped}; {follow_ups} dissatisfied go to the mentions queue for a private follow-up."
        ).format(
            added=format_int(len(preview.new)), filled=format_int(len(preview.filled)),
            same=format_int(preview.same), skipped=format_int(len(preview.parsed.skipped)),
            follow_ups=format_int(preview.follow_ups),
        )  # fmt: skip
        if "respondent" not in preview.mapping.values():
            text += " " + self.tr(
                "No column is the respondent's contact: follow-ups will not say whom to call."
            )
        if "comment" not in preview.mapping.values():
            text += " " + self.tr("No column is the comment.")
        notes = self.row_notes([*preview.parsed.skipped, *preview.parsed.warnings])
        return text, notes, bool(preview.new or preview.filled)
