"""Marks text for translation where Qt cannot be imported (domain, services, io).

`pyside6-lupdate` collects `QT_TRANSLATE_NOOP("Context", "text")` calls; the UI translates the
text at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


_NOT_IN_FILE_NAMES = str.maketrans({c: "_" for c in '<>:"/\\|?*'} | {chr(c): " " for c in range(32)})


def file_name(text: str) -> str:
    """`text` fit to name a file on any system: the characters Windows refuses become "_"."""
    return " ".join(text.translate(_NOT_IN_FILE_NAMES).split()).strip(". ") or "smmdesk"
