"""The tools over an estimate's lines: a cost, duplicate, reorder, delete, grouping and the internal
view; each change one undoable step in the estimate's draft."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from smmdesk.services import estimates as est

if TYPE_CHECKING:
    from smmdesk.ui.widgets.estimate_editor import EstimateEditor


class LineTools(QWidget):
    """The row of line tools above the estimate's table, and what they do."""

    def __init__(self, editor: EstimateEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.add_button = QPushButton(self.tr("+ From the base…"))
        self.add_button.setToolTip(
            self.tr("Choose influencers in the base, then “With selected → Add to an estimate”")
        )
        self.cost_button = QPushButton(self.tr("+ Cost…"))
        self.cost_button.setToolTip(self.tr("Another cost: production, product, delivery…"))
        self.duplicate_button = QPushButton(self.tr("Duplicate"))
        self.up_button = QPushButton("↑")
        self.down_button = QPushButton("↓")
        self.delete_button = QPushButton(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up"))
        self.down_button.setToolTip(self.tr("Move down"))
        self.cost_button.clicked.connect(self.add_cost)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.up_button.clicked.connect(lambda: self.move_lines(-1))
        self.down_button.clicked.connect(lambda: self.move_lines(1))
        self.delete_button.clicked.connect(self.delete_selected)
        self.grouping = QComboBox()
        self.grouping.setObjectName("grouping")
        for key, label in (
            ("", self.tr("no grouping")),
            ("platform", self.tr("by platform")),
            ("influencer", self.tr("by influencer")),
            ("format", self.tr("by format")),
            ("week", self.tr("by week")),
        ):
            self.grouping.addItem(label, key)
        self.grouping.activated.connect(lambda _: editor.model.set_grouping(self.grouping.currentData()))
        self.internal = QCheckBox(self.tr("Internal view"))
        self.internal.setToolTip(
            self.tr("The bloggers' fees, the agency's margin and tax statuses; never exported")
        )
        self.internal.toggled.connect(editor.show_internal)
        self.buttons = (
            self.add_button,
            self.cost_button,
            self.duplicate_button,
            self.up_button,
            self.down_button,
            self.delete_button,
        )
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in self.buttons:
            row.addWidget(widget)
        row.addStretch(1)
        row.addWidget(QLabel(self.tr("Group:")))
        row.addWidget(self.grouping)
        row.addWidget(self.internal)
        for arrow in (self.up_button, self.down_button):
            arrow.setFixedWidth(arrow.sizeHint().height() + 8)

    def selected_keys(self) -> list[str]:
        rows = sorted({index.row() for index in self.editor.table.selectionModel().selectedRows()})
        return [line.line_key for line in map(self.editor.model.line_at, rows) if line is not None]

    def add_cost(self) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import CostDialog

        if self.editor.version is None:
            return
        dialog = CostDialog(self.editor)
        dialog.save = lambda values: self.editor.draft_edit(
            self.tr("Add a cost to the estimate"),
            est.add_cost,
            _remove_added,
            values["title"],
            values["quantity"],
            values["unit_price"],
        )
        dialog.exec()

    def duplicate(self) -> None:
        keys = self.selected_keys()
        if keys:
            self.editor.draft_edit(self.tr("Duplicate lines"), est.duplicate_by_keys, _remove_added, keys)

    def delete_selected(self) -> bool:
        keys = self.selected_keys()
        if not keys or self.editor.version is None:
            return False
        self.editor.draft_edit(
            self.tr("Delete lines of the estimate"), est.delete_by_keys, _restore_deleted, keys
        )
        return True

    def move_lines(self, step: int) -> None:
        if self.editor.version is None or self.editor.model.grouping:
            self.editor.refused(self.tr("Lines are moved with the grouping off."))
            return
        keys = self.selected_keys()
        order = [line.line_key for line in self.editor.version.lines]
        if not keys:
            return
        positions = sorted(order.index(k) for k in keys)
        if (step < 0 and positions[0] == 0) or (step > 0 and positions[-1] == len(order) - 1):
            return
        for index in positions if step < 0 else reversed(positions):
            order[index], order[index + step] = order[index + step], order[index]
        self.editor.draft_edit(self.tr("Move lines"), est.reorder_by_keys, _restore_order, order)
        self.editor.table.clearSelection()
        for key in keys:
            self.editor.table.selectRow(self.editor.model.row_of_key(key))


# Undo steps of in-draft edits: (session, version_id, what the edit returned, *its first argument).
def _remove_added(session: Any, version_id: int, created: int | Sequence[int], *_: Any) -> None:
    est.remove_lines(session, version_id, [created] if isinstance(created, int) else list(created))


def _restore_deleted(session: Any, version_id: int, snapshot: Any, *_: Any) -> None:
    est.restore_deleted(session, version_id, snapshot)


def _restore_order(session: Any, version_id: int, previous: list[int], *_: Any) -> None:
    est.restore_order(session, version_id, previous)
