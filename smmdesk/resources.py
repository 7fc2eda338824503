"""Finds the program's own files (resources, migrations) the same way frozen and from source."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def bundle_root() -> Path:
    """The folder that holds `resources/`: the bundle's data folder when frozen, else the source tree."""
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else _PACKAGE_DIR.parent


def resource_path(*parts: str) -> Path:
    return bundle_root().joinpath("resources", *parts)


def migrations_dir() -> Path:
    meipass = getattr(sys, "_MEIPASS", None)
    base = Path(meipass) / "smmdesk" if meipass else _PACKAGE_DIR
    return base / "storage" / "migrations"
