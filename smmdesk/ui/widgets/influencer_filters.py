"""The influencer filters: platform, status, tags, city, tax status, and ranges of numbers."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from smmdesk.domain import humannum
from smmdesk.domain import influencers as rules
from smmdesk.domain.influencer_table import FilterSpec, InfluencerTable
from smmdesk.ui.models.influencer_model import status_label, tax_label
from smmdesk.ui.widgets.checklist import ChecklistButton


class RangeEdit(QWidget):
    """'from … to …' typed as people write numbers ('100 тыс.', '4,5'); bad input turns red."""

    changed = Signal()

    def __init__(self, label: str, parse: Callable[[str], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.parse = parse
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        if label:
            layout.addWidget(QLabel(label))
        self.low = QLineEdit()
        self.high = QLineEdit()
        for edit, hint in ((self.low, self.tr("from")), (self.high, self.tr("to"))):
            edit.setPlaceholderText(hint)
            edit.setClearButtonEnabled(True)
            edit.setMaximumWidth(90)
            edit.textChanged.connect(self._edited)
            layout.addWidget(edit)

    def _value(self, edit: QLineEdit) -> Any:
        text = edit.text().strip()
        if not text:
            edit.setStyleSheet("")
            return None
        try:
            value = self.parse(text)
        except (ValueError, ArithmeticError):
            value = None
        edit.setStyleSheet("" if value is not None else "QLineEdit { border: 1px solid #b00020; }")
        return value

    def values(self) -> tuple[Any, Any]:
        return self._value(self.low), self._value(self.high)

    def set_values(self, low: Any, high: Any) -> None:
        for edit, value in ((self.low, low), (self.high, high)):
            edit.blockSignals(True)
            edit.setText("" if value is None else str(value))
            edit.blockSignals(False)

    def _edited(self) -> None:
        self.changed.emit()


class InfluencerFilters(QWidget):
    """Emits `changed` with nothing; `spec(text)` reads the current filters."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        choices = QHBoxLayout()
        ranges = QHBoxLayout()
        for row in (choices, ranges):
            row.setContentsMargins(0, 0, 0, 0)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(4)
        outer.addLayout(choices)
        outer.addLayout(ranges)
        self.platforms = ChecklistButton(self.tr("Platform"))
        self.statuses = ChecklistButton(self.tr("Status"))
        self.tags = ChecklistButton(self.tr("Tags"))
        self.cities = ChecklistButton(self.tr("City"))
        self.taxes = ChecklistButton(self.tr("Tax"))
        for button in (self.platforms, self.statuses, self.tags, self.cities, self.taxes):
            button.changed.connect(lambda _: self.changed.emit())
            choices.addWidget(button)
        self.archived = QCheckBox(self.tr("Archive too"))
        self.archived.toggled.connect(lambda _: self.changed.emit())
        self.reset_button = QPushButton(self.tr("Reset"))
        self.reset_button.clicked.connect(self.reset)
        choices.addWidget(self.archived)
        choices.addStretch(1)
        choices.addWidget(self.reset_button)
        self.followers = RangeEdit(self.tr("Followers"), humannum.parse_count)
        self.er = RangeEdit(self.tr("ER, %"), humannum.parse_percent)
        self.price_format = QComboBox()
        self.price_format.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.price = RangeEdit("", humannum.parse_price)
        for widget in (self.followers, self.er):
            widget.changed.connect(self.changed.emit)
            ranges.addWidget(widget)
            ranges.addSpacing(12)
        ranges.addWidget(QLabel(self.tr("Price")))
        ranges.addWidget(self.price_format)
        ranges.addWidget(self.price)
        ranges.addStretch(1)
        self.price.changed.connect(self.changed.emit)
        self.price_format.currentIndexChanged.connect(lambda _: self.changed.emit())
        self.statuses.set_choices((s.value, status_label(s.value)) for s in rules.RelationStatus)
        self.taxes.set_choices((t.value, tax_label(t.value)) for t in rules.TaxStatus if t.value)

    def refresh_choices(
        self, table: InfluencerTable, platform_titles: dict[str, str], format_titles: list[tuple[str, str]]
    ) -> None:
        """The lists follow the data: platforms in the base, its tags and cities, its formats."""
        self.platforms.set_choices(platform_titles.items())
        self.refresh_values(table)
        current = self.price_format.currentData()
        self.price_format.blockSignals(True)
        self.price_format.clear()
        for code, title in format_titles:
            self.price_format.addItem(title, code)
        index = self.price_format.findData(current)
        self.price_format.setCurrentIndex(max(index, 0))
        self.price_format.blockSignals(False)

    def refresh_values(self, table: InfluencerTable) -> None:
        """The tags and cities the base holds now: after an edit, its undo or a redo, a tag no one
        has any more leaves the list and a new one joins it (a checked one that is gone is unchecked)."""
        tags, cities = table.all_tags(), table.values("city")
        before = self.tags.checked(), self.cities.checked()
        if tags != self.tags.choices():
            self.tags.set_choices((t, t) for t in tags)
        if cities != self.cities.choices():
            self.cities.set_choices((c, c) for c in cities)
        if (self.tags.checked(), self.cities.checked()) != before:
            self.changed.emit()  # a tag filtered by is gone: the view follows

    def spec(self, text: str) -> FilterSpec:
        f_low, f_high = self.followers.values()
        e_low, e_high = self.er.values()
        p_low, p_high = self.price.values()
        return FilterSpec(
            text=text,
            platforms=self.platforms.checked(),
            statuses=self.statuses.checked(),
            tags=self.tags.checked(),
            cities=self.cities.checked(),
            tax_statuses=self.taxes.checked(),
            followers_min=f_low,
            followers_max=f_high,
            er_min=e_low,
            er_max=e_high,
            price_format=str(self.price_format.currentData() or "")
            if (p_low, p_high) != (None, None)
            else "",
            price_min=p_low,
            price_max=p_high,
            include_archived=self.archived.isChecked(),
        )

    def set_spec(self, spec: FilterSpec) -> None:
        self.blockSignals(True)
        self.platforms.set_checked(spec.platforms)
        self.statuses.set_checked(spec.statuses)
        self.tags.set_checked(spec.tags)
        self.cities.set_checked(spec.cities)
        self.taxes.set_checked(spec.tax_statuses)
        self.followers.set_values(spec.followers_min, spec.followers_max)
        self.er.set_values(_plain(spec.er_min), _plain(spec.er_max))
        if spec.price_format:
            self.price_format.setCurrentIndex(max(self.price_format.findData(spec.price_format), 0))
        self.price.set_values(_plain(spec.price_min), _plain(spec.price_max))
        self.archived.setChecked(spec.include_archived)
        self.blockSignals(False)
        self.changed.emit()

    def reset(self) -> None:
        self.set_spec(FilterSpec())


def _plain(value: Decimal | None) -> str | None:
    return None if value is None else format(value.normalize(), "f")
