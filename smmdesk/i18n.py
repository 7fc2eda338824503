"""Translations: the program's own Russian catalogue plus Qt's `qtbase_ru` for standard dialogs."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.resources import resource_path

log = logging.getLogger("smmdesk.ui")

LANGUAGES = ("ru", "en")
_installed: list[QTranslator] = []
# Qt's own file dialog asks for strings that `qtbase_ru` does not have (the labels with their new
# keyboard shortcuts, the type of a folder); the program's catalogue carries them.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Folder"),  # asked with a disambiguation
)


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """'ru' or 'en'; 'system' is Russian unless the system asks for English (a C or POSIX locale,
    or any other language, gets Russian: the program is made for Russian planners)."""
    if setting in LANGUAGES:
        return setting
    language = (system or QLocale.system()).language()
    return "en" if language == QLocale.Language.English else "ru"


def locale_for(language: str) -> QLocale:
    if language == "ru":
        return QLocale(QLocale.Language.Russian, QLocale.Country.Russia)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


def install_translations(language: str) -> bool:
    """Installs the catalogues for `language` on the running QCoreApplication; True when all loaded."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == "en":
        return True
    ok = True
    own = QTranslator()
    if own.load(str(resource_path("translations", f"smmdesk_{language}.qm"))):
        QCoreApplication.installTranslator(own)
        _installed.append(own)
    else:
        log.error("translation smmdesk_%s.qm not found", language)
        ok = False
    qt = QTranslator()
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    else:
        log.warning("Qt's own qtbase_%s translation not found", language)
        ok = False
    return ok


def translate(context: str, text: str, *args: Any) -> str:
    return QCoreApplication.translate(context, text, *args)


_documents: dict[str, QTranslator] = {}


def translator_for(language: str) -> Callable[[str, str], str]:
    """Translates into `language` whatever the interface's: for a file written in the language
    chosen at export. English is the source language; Russian comes from the program's catalogue."""
    if language not in LANGUAGES or language == "en":
        return lambda context, text: text
    found = _documents.get(language)
    if found is None:
        found = QTranslator()
        if not found.load(str(resource_path("translations", f"smmdesk_{language}.qm"))):
            log.error("translation smmdesk_%s.qm not found", language)
        _documents[language] = found
    catalogue = found
    return lambda context, text: catalogue.translate(context, text) or text


def error_text(error: Any) -> str:
    """An SmmError's message in the interface language, placeholders filled."""
    render = getattr(error, "render", None)
    return render(translate) if render else str(error)
