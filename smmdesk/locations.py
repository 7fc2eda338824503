"""Where the program keeps the planner's file, its logs and its caches (QStandardPaths)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths

APP_NAME = "smmdesk"
ORGANIZATION = "smmdesk"
DB_SUFFIX = ".smmdesk"
DEFAULT_DB_NAME = "smmdesk" + DB_SUFFIX


def set_identity() -> None:
    """Names used by QSettings and QStandardPaths; set before either is asked anything."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APP_NAME)


def _location(kind: QStandardPaths.StandardLocation) -> Path:
    set_identity()
    return Path(QStandardPaths.writableLocation(kind))


def data_dir() -> Path:
    return _location(QStandardPaths.StandardLocation.AppDataLocation)


def default_database() -> Path:
    return data_dir() / DEFAULT_DB_NAME


def log_dir() -> Path:
    return data_dir() / "logs"


def cache_dir() -> Path:
    return _location(QStandardPaths.StandardLocation.CacheLocation)
