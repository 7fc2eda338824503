"""Every modal question the program asks, in one place, so tests can answer them by monkeypatching."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from smmdesk.domain.text import export_names
from smmdesk.ui.core import file_dialog


def question(
    parent: QWidget | None, title: str, text: str, buttons: list[str], default: int = 0
) -> int | None:
    """Shows `text` with the given button labels; returns the index of the one pressed, None if closed."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    pushed = [box.addButton(label, QMessageBox.ButtonRole.AcceptRole) for label in buttons]
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(pushed[default])
    box.exec()
    clicked = box.clickedButton()
    for index, button in enumerate(pushed):
        if button is clicked:
            return index
    return None


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def inform(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def text(
    parent: QWidget | None,
    title: str,
    label: str,
    choices: Sequence[str] = (),
    multiline: bool = False,
    current: str = "",
) -> str | None:
    """A line (or, with `multiline`, a text) typed or chosen from `choices`; None when cancelled."""
    if multiline:
        value, ok = QInputDialog.getMultiLineText(parent, title, label, current)
    elif choices:
        value, ok = QInputDialog.getItem(parent, title, label, list(choices), 0, True)
    else:
        value, ok = QInputDialog.getText(parent, title, label, text=current)
    return value if ok else None


def open_file(parent: QWidget | None, title: str, folder: str, filters: str) -> str:
    """A file to read; the dialog starts in `folder`, else in the folder last used, else Documents."""
    return file_dialog.choose(parent, title, folder, filters, saving=False)


def save_file(parent: QWidget | None, title: str, suggested: str, filters: str) -> str:
    """A file to write; a bare `suggested` name is offered in the folder last used (else Documents).
    A file the open database forbids (itself, by any name) is refused in words, as if cancelled."""
    chosen = file_dialog.choose(parent, title, suggested, filters, saving=True)
    refusal = file_dialog.refusal(chosen) if chosen else None
    if refusal:
        warn(parent, title, refusal)
        return ""
    return chosen


def export_targets(
    parent: QWidget | None, chosen: str, wanted: Sequence[str], allowed: Sequence[str] = ()
) -> list[Path]:
    """The files a name chosen in a save dialog means (`export_names`: a typed extension is kept,
    a missing one appended). The dialog asked about the name as typed only: a file of another name
    that is already there is replaced only when the planner confirms it. [] when refused."""
    targets = export_names(chosen, wanted, allowed)
    for target in targets:
        if target != Path(chosen) and target.exists():
            replace = confirm(
                parent,
                QCoreApplication.translate("Ask", "Replace the file?"),
                QCoreApplication.translate("Ask", "{name} already exists in {folder}. Replace it?").format(
                    name=target.name, folder=target.parent
                ),
            )
            if not replace:
                return []
    return targets


def show_box(box: QMessageBox) -> None:
    """Runs a prepared message box (the unexpected-error dialog); tests replace this."""
    box.exec()
