"""Comparing two versions of an estimate: lines added, removed and changed, and the totals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain.estimate import STATUS_LABELS
from smmdesk.domain.estimate_view import Comparison, LineView, VersionView, compare_versions
from smmdesk.i18n import translate
from smmdesk.services import estimates as est
from smmdesk.services.session import reading
from smmdesk.ui.core.formatting import format_date, format_money
from smmdesk.ui.core.workspace import Workspace

# Was, now and the difference: amounts (and values compared like them), right-aligned as money is.
AMOUNT_COLUMNS = (3, 4, 5)


def describe(line: LineView) -> str:
    if line.is_placement:
        parts = [line.influencer_name, "@" + line.handle if line.handle else "", line.format_title]
        return ", ".join(p for p in parts if p)
    return line.title


class CompareDialog(QDialog):
    def __init__(self, workspace: Workspace, version: VersionView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CompareDialog")
        self.setWindowTitle(self.tr("Compare versions"))
        self.resize(1000, 520)
        self.ws = workspace
        self.older = QComboBox()
        self.newer = QComboBox()
        for ref in version.versions:
            label = self.tr("version {number} ({status})").format(
                number=ref.number, status=translate("Estimates", STATUS_LABELS.get(ref.status, ref.status))
            )
            self.older.addItem(label, ref.id)
            self.newer.addItem(label, ref.id)
        count = len(version.versions)
        self.older.setCurrentIndex(max(count - 2, 0))
        self.newer.setCurrentIndex(count - 1)
        self.older.currentIndexChanged.connect(self.refresh)
        self.newer.currentIndexChanged.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("compareSummary")
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("compareTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("What"),
                self.tr("Line"),
                self.tr("Changed"),
                self.tr("Was"),
                self.tr("Now"),
                self.tr("Difference"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Compare")))
        choose.addWidget(self.older)
        choose.addWidget(QLabel(self.tr("with")))
        choose.addWidget(self.newer)
        choose.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.comparison: Comparison | None = None
        self.refresh()

    def refresh(self) -> None:
        db = self.ws.db
        if db is None:
            return
        older = reading(db, est.load_version, self.older.currentData())
        newer = reading(db, est.load_version, self.newer.currentData())
        diff = compare_versions(older, newer)
        self.comparison = diff
        rows: list[tuple[str, str, str, str, str, str]] = []
        for line in diff.added:
            rows.append(
                (
                    self.tr("added"),
                    describe(line),
                    "",
                    "",
                    format_money(line.net, newer.currency),
                    "+" + format_money(line.net, newer.currency),
                )
            )
        for line in diff.removed:
            rows.append(
                (
                    self.tr("removed"),
                    describe(line),
                    "",
                    format_money(line.net, older.currency),
                    "",
                    format_money(-line.net, older.currency),  # the money formatter's own minus
                )
            )
        for change in diff.changed:
            fields = ", ".join(self.field_name(f) for f in change.fields)
            was = "; ".join(self.value(change.before, f, older.currency) for f in change.fields)
            now = "; ".join(self.value(change.after, f, newer.currency) for f in change.fields)
            rows.append(
                (
                    self.tr("changed"),
                    describe(change.after),
                    fields,
                    was,
                    now,
                    format_money(change.net_change, newer.currency),
                )
            )
        self.table.setRowCount(len(rows))
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c in AMOUNT_COLUMNS:
                    item.setTextAlignment(right)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            self.tr(
                "Version {a}: {total_a}. Version {b}: {total_b}. Difference in the total to pay: {change}. "
                "Lines added {added}, removed {removed}, changed {changed}."
            ).format(
                a=older.number,
                b=newer.number,
                total_a=format_money(older.totals.total, older.currency),
                total_b=format_money(newer.totals.total, newer.currency),
                change=format_money(diff.total_change, newer.currency),
                added=len(diff.added),
                removed=len(diff.removed),
                changed=len(diff.changed),
            )
        )

    def field_name(self, key: str) -> str:
        return {
            "title": self.tr("title"),
            "format_title": self.tr("format"),
            "planned_date": self.tr("date"),
            "quantity": self.tr("quantity"),
            "unit_price": self.tr("price"),
            "discount_pct": self.tr("discount"),
        }.get(key, key)

    @staticmethod
    def value(line: LineView, key: str, currency: str = "RUB") -> str:
        value = getattr(line, key)
        if key == "planned_date":
            return format_date(value)
        if key == "unit_price":
            return format_money(value, currency)
        if key == "discount_pct":
            return f"{value} %"
        return str(value)
