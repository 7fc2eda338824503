"""The Russian catalogue is complete, current with the code, compiled, and Qt's own is loaded."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale

from smmdesk.i18n import install_translations, translate
from smmdesk.resources import resource_path

ROOT = Path(__file__).resolve().parents[1]
TS = resource_path("translations", "smmdesk_ru.ts")
QM = resource_path("translations", "smmdesk_ru.qm")
BIN = Path(sys.executable).parent


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.find("translation")
    return found


def test_every_entry_is_translated() -> None:
    unfinished = [
        key
        for key, translation in messages(TS).items()
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert unfinished == []


def test_placeholders_survive_translation() -> None:
    import re

    # A counted placeholder names its word's forms, in each language its own: {places:место|места|мест}
    named = re.compile(r"\{(\w*)(?::[^{}]*)?\}")
    broken = []
    for (context, source), translation in messages(TS).items():
        wanted = sorted(named.findall(source))
        if sorted(named.findall(translation.text or "")) != wanted:
            broken.append((context, source))
    assert broken == []


def test_a_counted_word_has_the_russian_forms_one_few_many() -> None:
    """«{places:место|места|мест}»: three forms in the Russian, where the English source has two."""
    import re

    counted = re.compile(r"\{\w+:([^{}]*\|[^{}]*)\}")  # a spec of forms; "{minutes:02d}" is a format
    wrong = []
    for (context, source), translation in messages(TS).items():
        for forms in counted.findall(translation.text or ""):
            if len(forms.split("|")) != 3:
                wrong.append((context, source, forms))
        for forms in counted.findall(source):
            if len(forms.split("|")) != 2:
                wrong.append((context, source, forms))
    assert wrong == []


def test_the_windows_word_costs_as_the_client_files_do() -> None:
    """The KPI window's note on costs, in Russian, is the report's own words for each VAT mode."""
    from smmdesk.domain.estimate import BUDGET_BASIS_RU, COST_NOTES_RU

    catalogue = messages(TS)
    for source, russian in {**COST_NOTES_RU, **BUDGET_BASIS_RU}.items():
        assert catalogue[("Costs", source)].text == russian


def test_the_catalogue_holds_every_string_in_the_code(tmp_path: Path) -> None:
    lupdate = shutil.which("pyside6-lupdate", path=str(BIN)) or shutil.which("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "smmdesk").rglob("*.py"))
    subprocess.run(
        [lupdate, "-locations", "none", *sources, "-ts", str(fresh)], check=True, capture_output=True
    )
    missing = set(messages(fresh)) - set(messages(TS))
    assert missing == set(), "run `make translations` and translate the new strings"
    unused = set(messages(TS)) - set(messages(fresh))
    assert unused == set(), "run `make translations` to drop strings the code no longer has"


def test_the_compiled_catalogue_is_current(tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease", path=str(BIN)) or shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    compiled = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run `make translations`"


def test_russian_loads_with_qt_own_catalogue(qapp) -> None:
    try:
        assert install_translations("ru")
        assert translate("Sections", "Influencers") == "Блогеры"
        qt_source = "Cancel"
        assert translate("QPlatformTheme", qt_source) == "Отмена"
        assert QLocale().language() == QLocale.Language.Russian
        assert QLocale().groupSeparator() == "\u00a0"
    finally:
        install_translations("en")
    assert translate("Sections", "Influencers") == "Influencers"


def test_qt_file_dialog_speaks_russian(qtbot, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QFileDialog, QLabel

    try:
        install_translations("ru")
        dialog = QFileDialog(None, "Открыть", str(tmp_path), "Базы smmdesk (*.smmdesk)")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = sorted(label.text() for label in dialog.findChildren(QLabel) if label.text())
        assert labels == ["&Имя файла:", "&Перейти к:", "&Типы файлов:"]
        assert translate("QAbstractFileIconProvider", "Folder", "All other platforms") == "Папка"
    finally:
        install_translations("en")


def test_russian_unless_the_system_asks_for_english(monkeypatch) -> None:
    from smmdesk import i18n

    for system, expected in (
        (QLocale(QLocale.Language.Russian), "ru"),
        (QLocale.c(), "ru"),  # a C or POSIX locale: a server, a fresh container, a bare terminal
        (QLocale("POSIX"), "ru"),
        (QLocale(QLocale.Language.German), "ru"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), "en"),
        (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), "en"),
    ):
        assert i18n.resolve_language("system", system) == expected, system.name()
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale.c()))
    assert i18n.resolve_language("system") == "ru"
    assert i18n.resolve_language("en") == "en"
