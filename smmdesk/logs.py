"""One rotating log file; a named logger per area (smmdesk.db, smmdesk.io, smmdesk.ui)."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "smmdesk.log"
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Sends the `smmdesk` loggers to `folder/smmdesk.log`, 1 MB per file, 5 files kept."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / LOG_NAME
    root = logging.getLogger("smmdesk")
    root.setLevel(level)
    for handler in list(root.handlers):
        if getattr(handler, "_smmdesk", False):
            root.removeHandler(handler)
            handler.close()
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler._smmdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    return path


def current_log_path() -> Path | None:
    for handler in logging.getLogger("smmdesk").handlers:
        if isinstance(handler, logging.handlers.RotatingFileHandler):
            return Path(handler.baseFilename)
    return None
