"""Marks text for translation where Qt cannot be imported (domain, services, io).

`pyside6-lupdate` collects `QT_TRANSLATE_NOOP("Context", "text")` calls; the UI translates the
text at display time with `QCoreApplication.translate(context, text)`.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text
