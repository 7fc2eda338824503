"""The estimate's versions and approval: which version is shown, sending it, the client's decision
(who and when), comparing versions and exporting the version on screen for the client."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMenu, QPushButton, QWidget

from smmdesk.domain.estimate import STATUS_LABELS, VersionStatus
from smmdesk.domain.estimate_view import VersionView
from smmdesk.domain.text import file_name
from smmdesk.i18n import translate
from smmdesk.services import estimates as est
from smmdesk.services.session import in_transaction
from smmdesk.ui.core import ask, background, notify
from smmdesk.ui.core.formatting import format_datetime
from smmdesk.ui.widgets.form import save

if TYPE_CHECKING:
    from smmdesk.ui.widgets.estimate_editor import EstimateEditor

ENTITY = "estimates"


def status_text(status: str) -> str:
    return translate("Estimates", STATUS_LABELS.get(status, status))


class WorkflowBar(QWidget):
    """Version, send, approved / rejected, compare, export: one row above the estimate."""

    def __init__(self, editor: EstimateEditor) -> None:
        super().__init__(editor)
        self.editor = editor
        self.versions = QComboBox()
        self.versions.setObjectName("versions")
        self.versions.setMinimumWidth(150)
        self.versions.activated.connect(lambda _: editor.show_version(self.versions.currentData()))
        self.send_button = QPushButton(self.tr("Send to the client"))
        self.approve_button = QPushButton(self.tr("Approved…"))
        self.reject_button = QPushButton(self.tr("Rejected…"))
        self.compare_button = QPushButton(self.tr("Compare versions…"))
        self.send_button.clicked.connect(self.send)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.compare_button.clicked.connect(self.compare)
        self.export_button = QPushButton(self.tr("Export"))  # its menu's arrow beside the word, not on it
        self.export_button.setToolTip(self.tr("Export this version for the client"))
        menu = QMenu(self)
        for suffix, label in (
            ("xlsx", self.tr("Excel (XLSX)…")),
            ("pdf", self.tr("PDF…")),
            ("csv", self.tr("CSV…")),
        ):
            menu.addAction(label, partial(self.export, suffix))
        self.export_button.setMenu(menu)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(self.tr("Version:")))
        row.addWidget(self.versions)
        row.addStretch(1)
        for button in (self.send_button, self.approve_button, self.reject_button, self.compare_button):
            row.addWidget(button)
        row.addWidget(self.export_button)

    def show_view(self, view: VersionView, writable: bool) -> None:
        self.versions.blockSignals(True)
        self.versions.clear()
        for ref in view.versions:
            self.versions.addItem(
                self.tr("{number} — {status}").format(number=ref.number, status=status_text(ref.status)),
                ref.id,
            )
        self.versions.setCurrentIndex(max(self.versions.findData(view.version_id), 0))
        self.versions.blockSignals(False)
        latest = view.versions[-1].id if view.versions else view.version_id
        self.send_button.setEnabled(
            writable and view.version_id == latest and view.status == VersionStatus.DRAFT
        )
        self.approve_button.setEnabled(writable and view.status == VersionStatus.SENT)
        self.reject_button.setEnabled(writable and view.status == VersionStatus.SENT)
        self.compare_button.setEnabled(len(view.versions) > 1)

    def describe(self, view: VersionView) -> str:
        text = status_text(view.status)
        if view.sent_at:
            text += "; " + self.tr("sent {when}").format(when=format_datetime(view.sent_at))
        if view.decided_at:
            text += "; " + self.tr("{who}, {when}").format(
                who=view.decided_by, when=format_datetime(view.decided_at)
            )
            if view.decision_comment:
                text += f": «{view.decision_comment}»"
        return text

    # --- the steps --------------------------------------------------------------------------------

    def _step(self, text: str, action: Callable[..., Any], *args: Any, in_dialog: bool = False) -> None:
        """One step of the workflow, undoable; a refusal is shown in a message, or (`in_dialog`) raised
        for the dialog that asked to show it beside its fields."""
        editor = self.editor
        db, view = editor.ws.db, editor.version
        assert db is not None and view is not None
        version_id = view.version_id

        def do() -> Any:
            return in_transaction(db, est.change_workflow, version_id, action, *args)

        def undo(change: Any) -> None:
            in_transaction(db, est.undo_workflow, version_id, change)

        if in_dialog:
            editor.ws.edit(text, do, undo, ENTITY, [view.estimate_id])
        else:
            save(editor.ws, editor, text, do, undo, ENTITY, [view.estimate_id])

    def send(self) -> None:
        if self.editor.version is not None:
            self._step(self.tr("Send the estimate to the client"), est.send_to_client)

    def decide(self, approved: bool) -> None:
        from smmdesk.ui.dialogs.estimate_dialogs import DecisionDialog

        if self.editor.version is None:
            return
        dialog = DecisionDialog(approved, self.editor)

        def save_decision(values: dict[str, Any]) -> None:
            from smmdesk.domain.errors import ValidationError
            from smmdesk.domain.text import QT_TRANSLATE_NOOP

            if not values["who"].strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say who decided on the client's side."))
            self._step(
                self.tr("The client's decision"),
                est.decide,
                values["approved"],
                values["who"],
                values["comment"],
                values["when"],
                in_dialog=True,
            )

        dialog.save = save_decision
        dialog.exec()

    def compare(self) -> None:
        from smmdesk.ui.dialogs.compare_dialog import CompareDialog

        if self.editor.version is not None:
            CompareDialog(self.editor.ws, self.editor.version, self.editor).exec()

    def export(self, suffix: str) -> None:
        """The version on screen, as the client receives it; written in the background."""
        from smmdesk.services.estimate_export import export_version

        editor = self.editor
        view, db = editor.version, editor.ws.db
        if view is None or db is None:
            return
        suggested = file_name(f"{view.campaign_name} — смета v{view.number}") + "." + suffix
        chosen = ask.save_file(
            editor, self.tr("Export the estimate"), suggested, f"{suffix.upper()} (*.{suffix})"
        )
        if not chosen:
            return
        found = ask.export_targets(editor, chosen, ["." + suffix])
        if not found:
            return
        (path,) = found
        version_id = view.version_id

        def write(paths: list[Path], report: Any, cancelled: Any) -> None:
            with db.reading() as session:
                export_version(session, version_id, paths[0])

        background.export(
            editor,
            self.tr("Exporting the estimate…"),
            [path],
            write,
            lambda _: notify.post(self.tr("Exported: {path}").format(path=path)),
        )
