"""The one version number, from pyproject.toml (bundled with the frozen program too).

Reading the file is faster than importing importlib.metadata at start-up; an installed package
without the file falls back to its metadata.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _read_version() -> str:
    here = Path(__file__).resolve().parent.parent
    for folder in (Path(getattr(sys, "_MEIPASS", here)), here):
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            match = re.search(r'^version\s*=\s*"([^"]+)"', pyproject.read_text("utf-8"), re.MULTILINE)
            if match:
                return match.group(1)
    from importlib import metadata

    try:
        return metadata.version("smmdesk")
    except metadata.PackageNotFoundError:
        return "0+unknown"


__version__ = _read_version()
