"""In English, everything the program says is English: its own words, built-in formats and platforms,
contest mechanics, chart numbers; dates have one format per language. (The planner's data stays as
typed: names, campaigns, formats of their own.)"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFormLayout, QGroupBox, QLabel, QTabWidget, QWidget

from smmdesk.ui.core.formatting import format_date, format_datetime
from smmdesk.ui.windows.sections import SECTIONS

CYRILLIC = re.compile("[а-яёА-ЯЁ]")
# Formats the demo planner made up (not built in): their names are data.
OWN_FORMATS = {"Сторис", "Reels", "Интеграция", "Прямой эфир"}


@pytest.fixture
def english(qapp):
    from smmdesk.i18n import install_translations

    install_translations("en")
    yield
    install_translations("en")


@pytest.fixture
def window(qtbot, demo_workspace, user_settings, english):
    from smmdesk.ui.windows.main_window import MainWindow

    created = MainWindow(demo_workspace, user_settings)
    qtbot.addWidget(created)
    created.resize(1366, 768)
    created.show()
    return created


def interface_texts(root: QWidget) -> list[str]:
    """The program's own words on screen: buttons, tabs, group titles, form labels, fixed choices."""
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabWidget):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QFormLayout):
            continue
        elif (
            isinstance(widget, QComboBox)
            and not widget.isEditable()
            and widget.objectName()
            in (
                "vatMode",
                "grouping",
                "placementsStatus",
                "planScale",
                "planRows",
                "contest_mechanics",
                "contest_status",
                "placement_status",
                "field_status",
                "field_tax_status",
            )
        ):
            texts += [widget.itemText(i) for i in range(widget.count())]
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            if item is not None and isinstance(item.widget(), QLabel):
                texts.append(item.widget().text())
    return [t for t in texts if t]


def test_every_section_speaks_english(window) -> None:
    russian = []
    for spec in SECTIONS:
        section = window.show_section(spec.key)
        tabs = section.findChildren(QTabWidget)
        for tab in tabs or [None]:
            for index in range(tab.count() if tab else 1):
                if tab is not None:
                    tab.setCurrentIndex(index)
                russian += [f"{spec.key}: {t}" for t in interface_texts(window) if CYRILLIC.search(t)]
    assert sorted(set(russian)) == []


def test_built_in_formats_and_platforms_are_english(window) -> None:
    influencers = window.show_section("influencers")
    headers = [c.title for c in influencers.model.columns]
    assert "Photo with the product" in headers and "Video at an event" in headers
    platform = influencers.model.column_index("platform")
    shown = {influencers.model.index(r, platform).data() for r in range(influencers.model.rowCount())}
    assert "Dzen" in shown and "Дзен" not in shown
    placements = window.show_section("placements")
    formats = {
        placements.model.index(r, placements.model.column_index("format")).data()
        for r in range(placements.model.rowCount())
    }
    assert not {f for f in formats if CYRILLIC.search(f)} - OWN_FORMATS


def test_contest_mechanics_are_english(window) -> None:
    contests = window.show_section("contests")
    contests.select(1)
    mechanics = contests.record.fields["mechanics"].widget
    assert [mechanics.itemText(i) for i in range(mechanics.count())][:2] == ["a comment", "a repost"]


def test_the_charts_on_screen_take_the_interfaces_language(window) -> None:
    kpis = window.show_section("kpis")
    assert kpis.language() == "en"


def test_one_date_format_per_language(russian) -> None:
    from smmdesk.i18n import install_translations

    day, moment = dt.date(2027, 2, 1), dt.datetime(2027, 2, 1, 9, 5)
    assert (format_date(day), format_datetime(moment)) == ("01.02.2027", "01.02.2027 09:05")
    install_translations("en")
    assert (format_date(day), format_datetime(moment)) == ("01/02/2027", "01/02/2027 09:05")


def test_qt_file_dialogs_show_sizes_and_dates_in_the_interfaces_language(qtbot, russian, tmp_path) -> None:
    from PySide6.QtWidgets import QTreeView

    from smmdesk.ui.core import file_dialog

    (tmp_path / "список.csv").write_bytes(b"x" * 5000)
    dialog = file_dialog._dialog(None, "Открыть", str(tmp_path), "Таблицы (*.csv)", saving=False)
    qtbot.addWidget(dialog)
    dialog.show()
    view = dialog.findChild(QTreeView)
    model = view.model()
    qtbot.waitUntil(lambda: model.rowCount(view.rootIndex()) == 1, timeout=5000)
    row = [model.index(0, c, view.rootIndex()).data() for c in range(4)]
    assert row[0] == "список.csv"
    assert row[1] == "4,9 КБ"  # not "4.88 KiB" or "4,88 KiB", whatever the system's locale
    assert re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", row[3]), row[3]
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Размер"


def test_built_in_formats_in_the_figures_and_the_payment_and_the_tax_limit_are_english(
    window, monkeypatch
) -> None:
    from smmdesk.ui.dialogs.payment_dialog import PaymentDialog

    placements = window.show_section("placements")
    grid = placements.metrics.model
    shown = {grid.index(r, grid.column_index("format")).data() for r in range(grid.rowCount())}
    assert shown and not {f for f in shown if CYRILLIC.search(f)} - OWN_FORMATS
    position = next(
        r
        for r in range(placements.model.rowCount())
        if placements.model.row_at(r).format_title == "Фото с продуктом"
    )
    placements.table.selectRow(position)
    whom: list[str] = []

    def look(dialog: PaymentDialog) -> int:
        whom.append(dialog.findChildren(QLabel)[0].text())
        return 0

    monkeypatch.setattr(PaymentDialog, "exec", look)
    placements.detail.add_payment(False)
    assert "Photo with the product" in whom[0] and not CYRILLIC.search(whom[0].split(":", 1)[1])
    contests = window.show_section("contests")
    contests.select(1)
    (hint,) = [label for label in contests.prizes.findChildren(QLabel) if "NDFL" in label.text()]
    assert "4,000\u00a0₽" in hint.text() and not CYRILLIC.search(hint.text())
