"""Choosing a file: the dialog starts in the folder last used (else Documents), and Qt's own dialog
shows sizes and dates in the interface's language.

Windows and macOS get their system's dialog, in the system's language. Elsewhere Qt draws its own,
whose file list formats sizes and dates with the *system* locale (on a C locale: `1 12 2026`); a
proxy over its model shows them as the rest of the program does.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QDateTime,
    QIdentityProxyModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QStandardPaths,
    Qt,
)
from PySide6.QtWidgets import QFileDialog, QFileSystemModel, QWidget

from smmdesk.ui.core.formatting import date_format, format_size

SIZE_COLUMN, DATE_COLUMN = 1, 3
_remembered: dict[str, Any] = {"settings": None, "folder": ""}


def remember_in(settings: Any) -> None:
    """Keeps the last folder in these per-computer settings (UserSettings), across runs."""
    _remembered["settings"] = settings
    _remembered["folder"] = str(settings.value("dialogs/folder", "") or "") if settings is not None else ""


def start_folder() -> str:
    folder = str(_remembered["folder"] or "")
    if folder and Path(folder).is_dir():
        return folder
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


def _used(path: str) -> None:
    if not path:
        return
    folder = str(Path(path).parent)
    _remembered["folder"] = folder
    settings = _remembered["settings"]
    if settings is not None:
        settings.set_value("dialogs/folder", folder)


def refuse_with(check: Callable[[Path], str | None] | None) -> None:
    """What a chosen file to write is checked by (the open database's own files are refused):
    the check returns why a path may not be written, in words, or None."""
    _remembered["refuse"] = check


def refusal(path: str) -> str | None:
    check = _remembered.get("refuse")
    return check(Path(path)) if check is not None else None


def _start(suggested: str) -> str:
    """A suggested name goes into the start folder; a path the caller chose stays as it is."""
    if suggested and Path(suggested).is_absolute():
        return suggested
    folder = start_folder()
    return str(Path(folder) / suggested) if suggested else folder


class LocalizedSizesAndDates(QIdentityProxyModel):
    """Qt's file list with its size and date columns in the interface's language."""

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.column() in (SIZE_COLUMN, DATE_COLUMN):
            source = self.sourceModel()
            if isinstance(source, QFileSystemModel):
                inner = self.mapToSource(index)
                if index.column() == SIZE_COLUMN:
                    return "" if source.isDir(inner) else format_size(source.size(inner))
                modified: QDateTime = source.lastModified(inner)
                return QLocale().toString(modified, date_format() + " HH:mm")
        return super().data(index, role)


def _use_qt_dialog() -> bool:
    return not (sys.platform.startswith("win") or sys.platform == "darwin")


def _dialog(parent: QWidget | None, title: str, start: str, filters: str, saving: bool) -> QFileDialog:
    dialog = QFileDialog(parent, title, start, filters)
    dialog.setObjectName("fileDialog")
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if saving else QFileDialog.AcceptMode.AcceptOpen)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile if saving else QFileDialog.FileMode.ExistingFile)
    if _use_qt_dialog():
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setProxyModel(LocalizedSizesAndDates(dialog))
    if saving and not Path(start).is_dir():
        dialog.setDirectory(str(Path(start).parent))
        dialog.selectFile(Path(start).name)
    if saving:  # a name typed without an extension gets the chosen type's
        dialog.setDefaultSuffix(suffix_of(dialog.selectedNameFilter()))
        dialog.filterSelected.connect(lambda chosen: dialog.setDefaultSuffix(suffix_of(chosen)))
    return dialog


def suffix_of(name_filter: str) -> str:
    """The first extension a filter names: "QR codes (*.pdf)" → "pdf"; "" for "All files (*)"."""
    found = re.search(r"\*\.([A-Za-z0-9]+)", name_filter)
    return found.group(1) if found else ""


def choose(parent: QWidget | None, title: str, suggested: str, filters: str, *, saving: bool) -> str:
    """Runs the dialog; the chosen path, or "" when cancelled."""
    dialog = _dialog(parent, title, _start(suggested), filters, saving)
    if not dialog.exec():
        return ""
    chosen = dialog.selectedFiles()
    path = chosen[0] if chosen else ""
    _used(path)
    return path
