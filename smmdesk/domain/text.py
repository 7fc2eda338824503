"""Marks text for translation where Qt cannot be imported (domain, services, io).

`pyside6-lupdate` collects `QT_TRANSLATE_NOOP("Context", "text")` calls; the UI translates the
text at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from pathlib import Path
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


_NOT_IN_FILE_NAMES = str.maketrans({c: "_" for c in '<>:"/\\|?*'} | {chr(c): " " for c in range(32)})


def file_name(text: str) -> str:
    """`text` fit to name a file on any system: the characters Windows refuses become "_"."""
    return " ".join(text.translate(_NOT_IN_FILE_NAMES).split()).strip(". ") or "smmdesk"


def export_names(chosen: str | Path, wanted: Sequence[str], allowed: Sequence[str] = ()) -> list[Path]:
    """The files a name typed in a save dialog means, one per suffix in `wanted` (".xlsx", ".pdf").

    A typed extension is never replaced: a name ending in one of `wanted` (or `allowed`, any case)
    is kept as typed; any other name, `отчёт.pdf.bak` included, gets the extension appended, so no
    other file is written over. For several files, each is the typed name less its extension (when
    it is one of them) plus each suffix."""
    path = Path(chosen)
    kept = {s.lower() for s in (*wanted, *allowed)}
    typed = path.suffix.lower() in kept
    if len(wanted) == 1:
        return [path if typed else path.with_name(path.name + wanted[0])]
    stem = path.with_name(path.stem) if path.suffix.lower() in {s.lower() for s in wanted} else path
    return [stem.with_name(stem.name + suffix) for suffix in wanted]


def fold(text: str) -> str:
    """Text as compared case-insensitively, the same on every engine: Unicode case folding (Cyrillic
    included, which SQLite's `lower()` leaves alone), NFKC, `ё` as `е`, runs of spaces as one.

    "Анна Иванова", "анна  иванова" and "АННА ИВАНОВА" fold alike; a uniqueness check compares
    folded values, stored beside the text, so neither engine's collation decides.
    """
    normalized = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    return " ".join(normalized.split())


def text_limit_error(field: str, limit: int, given: int) -> Any:
    """The refusal of a text longer than its field holds (the same limit on a file and a server)."""
    from smmdesk.domain.errors import ValidationError

    return ValidationError(
        QT_TRANSLATE_NOOP(
            "Errors", "The text is too long: at most {limit} characters here, {given} were given."
        ),
        field=field,
        limit=limit,
        given=given,
    )


# C0 controls but tab and newline, DEL, and C1: nothing a person types, and XML (hence XLSX) refuses
# most of them. A carriage return becomes a newline.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# The same, keeping carriage returns: for whole files, whose line ends the CSV reader reads.
_CONTROLS_IN_FILES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def clean_text(text: str) -> str:
    """Text as it comes in (typed, pasted, imported) without control characters."""
    if not _CONTROLS.search(text):
        return text
    return _CONTROLS.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


def clean_file_text(text: str) -> str:
    """A whole text file's content without control characters; its line ends are kept."""
    return _CONTROLS_IN_FILES.sub("", text)
