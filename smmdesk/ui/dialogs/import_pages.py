"""The two pages of the import dialog: the columns matched to fields, and the preview of what the
import will do, with the conflicts inside the file apart from the differences with the base."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.import_columns import PRICE_PREFIX
from smmdesk.i18n import translate
from smmdesk.services import influencer_import as imp
from smmdesk.ui.core.formatting import format_int, format_money, format_percent
from smmdesk.ui.models.influencer_model import status_label, tax_label


def list_table(headers: Sequence[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def fill(table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
    table.setRowCount(len(rows))
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            table.setItem(r, c, QTableWidgetItem(str(value)))
    table.resizeColumnsToContents()


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


class RowNumber(QLineEdit):
    """A row of the file, typed: a number outside the file is refused with `refused`, not clamped."""

    valueChanged = Signal(int)
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__("1")
        self.setMaximumWidth(70)
        self.minimum, self.maximum, self._value = 1, 1, 1
        self.editingFinished.connect(self._typed)

    def value(self) -> int:
        return self._value

    def setValue(self, value: int) -> None:
        changed = value != self._value
        self._value = value
        self.setText(str(value))
        self.setStyleSheet("")
        if changed and not self.signalsBlocked():
            self.valueChanged.emit(value)

    def setMaximum(self, value: int) -> None:
        self.maximum = value

    def _typed(self) -> None:
        text = self.text().strip()
        if not text.isdigit() or not self.minimum <= int(text) <= self.maximum:
            self.setStyleSheet("QLineEdit { border: 1px solid #b00020; }")
            self.refused.emit(
                translate("ImportDialog", "The file has rows 1 to {last}: {text} is not one of them.").format(
                    last=self.maximum, text=text
                )
            )
            return
        self.setValue(int(text))


class MappingPage(QWidget):
    """Page 1: sheet, header row, saved mappings, and a field chosen for each column of the file."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.sheet = QComboBox()
        self.header_row = RowNumber()
        self.mapping_choice = QComboBox()
        for combo in (self.sheet, self.mapping_choice):  # as wide as their words, a long name elided
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.model().rowsInserted.connect(
                lambda *_, c=combo: c.setMinimumWidth(min(c.sizeHint().width(), 280))
            )
        self.save_mapping_button = QPushButton(translate("ImportDialog", "Save this mapping…"))
        for widget in (
            QLabel(translate("ImportDialog", "Sheet:")),
            self.sheet,
            QLabel(translate("ImportDialog", "Header in row:")),
            self.header_row,
        ):
            row.addWidget(widget)
        row.addStretch(1)
        for part in (
            QLabel(translate("ImportDialog", "Saved mapping:")),
            self.mapping_choice,
            self.save_mapping_button,
        ):
            row.addWidget(part)
        layout.addLayout(row)
        hint = QLabel(
            translate(
                "ImportDialog",
                "Each column of the file is matched to a field. Check the matches and correct them where "
                "needed; columns set to “—” are not imported.",
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.columns = QTableWidget(0, 3)
        self.columns.setObjectName("mappingTable")
        self.columns.setHorizontalHeaderLabels(
            [
                translate("ImportDialog", "Column in the file"),
                translate("ImportDialog", "First values"),
                translate("ImportDialog", "Field"),
            ]
        )
        self.columns.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.columns.verticalHeader().hide()
        self.columns.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.columns, 1)

    def fill_columns(
        self,
        rows: Sequence[Sequence[str]],
        index: int,
        mapping: dict[int, str],
        choices: Sequence[tuple[str, str]],
    ) -> None:
        headers = rows[index] if 0 <= index < len(rows) else []
        width = max((len(r) for r in rows[index : index + 50]), default=0)
        self.columns.setRowCount(width)
        for column in range(width):
            title = headers[column] if column < len(headers) else ""
            samples = [r[column] for r in rows[index + 1 : index + 6] if column < len(r) and r[column]]
            self.columns.setItem(
                column,
                0,
                QTableWidgetItem(title or translate("ImportDialog", "(column {n})").format(n=column + 1)),
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


class PreviewPage(QWidget):
    """Page 2: what will be added, updated, skipped and not taken; the conflicts inside the file (the
    row further down is taken) apart from the differences with the base (the planner decides)."""

    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        layout.addWidget(self.summary)
        self.tabs = self._tables()
        layout.addWidget(self.tabs, 1)
        self.report_button = QPushButton(translate("ImportDialog", "Save the report…"))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.report_button)
        layout.addLayout(row)

    def _tables(self) -> QTabWidget:
        tabs = QTabWidget()
        self.added_list = list_table(
            [
                translate("ImportDialog", "Rows"),
                translate("ImportDialog", "Platform"),
                translate("ImportDialog", "Account"),
                translate("ImportDialog", "Name"),
            ]
        )
        self.updated_list = list_table(
            [
                translate("ImportDialog", "Rows"),
                translate("ImportDialog", "Platform"),
                translate("ImportDialog", "Account"),
                translate("ImportDialog", "What is filled in"),
            ]
        )
        self.conflicts_list = list_table(
            [
                translate("ImportDialog", "Take the file's value"),
                translate("ImportDialog", "Account"),
                translate("ImportDialog", "Field"),
                translate("ImportDialog", "Now"),
                translate("ImportDialog", "In the file"),
                translate("ImportDialog", "Rows"),
            ]
        )
        self.file_conflicts_list = list_table(
            [
                translate("ImportDialog", "Account"),
                translate("ImportDialog", "Field"),
                translate("ImportDialog", "Earlier row"),
                translate("ImportDialog", "Taken (the row further down)"),
                translate("ImportDialog", "Rows"),
            ]
        )
        self.skipped_list = list_table(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "Why"),
                translate("ImportDialog", "Contents"),
            ]
        )
        self.warnings_list = list_table(
            [
                translate("ImportDialog", "Row"),
                translate("ImportDialog", "What was not taken"),
                translate("ImportDialog", "Contents"),
            ]
        )
        for table in (
            self.added_list,
            self.updated_list,
            self.conflicts_list,
            self.skipped_list,
            self.warnings_list,
            self.file_conflicts_list,
        ):
            tabs.addTab(table, "")
        return tabs

    def show_plan(
        self,
        plan: imp.ImportPlan,
        field_label: Callable[[str], str],
        platforms: dict[str, str],
        decide: Callable[[imp.Conflict, bool], None],
    ) -> None:
        base = [c for c in plan.conflicts if c.source == "base"]
        inside = [c for c in plan.conflicts if c.source == "file"]
        self.summary.setText(
            translate(
                "ImportDialog",
                "Will add {added}, update {updated}, skip {skipped}; differences with the base: {base}; "
                "conflicts inside the file: {inside}.",
            ).format(
                added=plan.added,
                updated=plan.updated,
                skipped=len(plan.skipped),
                base=len(base),
                inside=len(inside),
            )
        )

        def platform(code: str) -> str:
            return platforms.get(code, code)

        def account(c: imp.Conflict) -> str:
            return f"{platform(c.platform)}: {c.handle}"

        def rows(numbers: Sequence[int]) -> str:
            return ", ".join(map(str, numbers))

        added = [p for p in plan.accounts if p.action == "add"]
        updated = [p for p in plan.accounts if p.action == "update"]
        fill(
            self.added_list,
            [
                (
                    rows(p.incoming.rows),
                    platform(p.incoming.platform),
                    p.incoming.handle,
                    p.incoming.values.get("name", ""),
                )
                for p in added
            ],
        )
        fill(
            self.updated_list,
            [
                (
                    rows(p.incoming.rows),
                    platform(p.incoming.platform),
                    p.incoming.handle,
                    ", ".join(field_label(k) for k in p.changes if not k.startswith("note:")),
                )
                for p in updated
            ],
        )
        fill(self.skipped_list, [(str(n.row), n.render(translate), n.cells) for n in plan.skipped])
        fill(self.warnings_list, [(str(n.row), n.render(translate), n.cells) for n in plan.warnings])
        fill(
            self.file_conflicts_list,
            [
                (
                    account(c),
                    field_label(c.field),
                    shown(c.field, c.current),
                    shown(c.field, c.incoming),
                    rows(c.rows),
                )
                for c in inside
            ],
        )
        self.conflicts_list.setRowCount(len(base))
        for row, conflict in enumerate(base):
            box = QCheckBox()
            box.setChecked(conflict.take_incoming)
            box.toggled.connect(lambda on, c=conflict: decide(c, on))
            self.conflicts_list.setCellWidget(row, 0, box)
            values = (
                account(conflict),
                field_label(conflict.field),
                shown(conflict.field, conflict.current),
                shown(conflict.field, conflict.incoming),
                rows(conflict.rows),
            )
            for column, value in enumerate(values, start=1):
                self.conflicts_list.setItem(row, column, QTableWidgetItem(value))
        self.conflicts_list.resizeColumnsToContents()
        counts = (plan.added, plan.updated, len(base), len(plan.skipped), len(plan.warnings), len(inside))
        titles = (
            translate("ImportDialog", "To add"),
            translate("ImportDialog", "To update"),
            translate("ImportDialog", "Differences with the base"),
            translate("ImportDialog", "Skipped"),
            translate("ImportDialog", "Not taken"),
            translate("ImportDialog", "Conflicts in the file"),
        )
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, f"{title} ({count})")


def show_sheet_and_header(sheet: QComboBox, header_row: RowNumber, table: Any, row: int) -> None:
    """`table`'s sheets in `sheet` (chosen, enabled when there is a choice) and its 0-based header
    `row` in `header_row` (shown 1-based), without either box signalling a change."""
    sheet.blockSignals(True)
    sheet.clear()
    sheet.addItems(table.sheets)
    sheet.setCurrentText(table.sheet)
    sheet.setEnabled(len(table.sheets) > 1)
    sheet.blockSignals(False)
    header_row.blockSignals(True)
    header_row.setMaximum(max(1, len(table.rows)))
    header_row.setValue(row + 1)
    header_row.blockSignals(False)
