"""Demo databases: fresh copies in temporary folders, never remembered among the recent files, and
deleted (with their backups and lock) when the program ends."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path

from smmdesk.locations import DB_SUFFIX

log = logging.getLogger("smmdesk.ui")
_folders: list[Path] = []


def make_copy() -> Path:
    """A new demo database in a temporary folder of its own."""
    from smmdesk.i18n import translator_for
    from smmdesk.services.demo import write_demo

    folder = Path(tempfile.mkdtemp(prefix="smmdesk-demo-"))
    _folders.append(folder)
    target = folder / f"demo{DB_SUFFIX}"
    write_demo(target, translate=translator_for("ru"))  # a Russian agency's demo
    return target


def is_demo(path: Path | str) -> bool:
    resolved = Path(path).resolve()
    return any(resolved.is_relative_to(folder.resolve()) for folder in _folders)


def remove_all() -> None:
    """Deletes every demo copy made in this run (call once the database is closed)."""
    while _folders:
        folder = _folders.pop()
        shutil.rmtree(folder, ignore_errors=True)
        log.info("demo copy %s deleted", folder)
