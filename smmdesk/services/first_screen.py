"""The first screen of a large base, before the database is open: see storage/first_page.py.

Imports nothing heavy (no SQLAlchemy), so the window shows the first influencers a few
milliseconds after its first paint; the regular load replaces them when the file is open.
"""

from __future__ import annotations

from pathlib import Path

from smmdesk.storage.first_page import FirstPage, read_first_page

__all__ = ["FirstPage", "first_page"]


def first_page(location: str | Path, limit: int) -> FirstPage | None:
    """The first influencers of a database file; None for a server database or a file not read so."""
    text = str(location)
    if "://" in text and not text.startswith("sqlite:///"):
        return None
    return read_first_page(Path(text.removeprefix("sqlite:///")).expanduser(), limit)
