"""The main window as the planner meets it: Russian sections and menus, status bar, shortcuts, layout."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from smmdesk.services.settings import read_agency_settings
from smmdesk.ui.windows.main_window import MainWindow
from smmdesk.ui.windows.sections import SECTIONS

SECTION_TITLES = ["Блогеры", "Сметы", "План", "Размещения", "КПЭ", "Конкурсы", "Репутация", "Стратегия"]


def test_sections_are_listed_in_russian_and_none_is_blank(main_window: MainWindow, qtbot) -> None:
    nav = main_window.nav
    assert [nav.item(i).text() for i in range(nav.count())] == SECTION_TITLES
    for row, spec in enumerate(SECTIONS):
        rect = nav.visualItemRect(nav.item(row))
        qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = main_window.current_section()
        assert page is main_window.section_widget(spec.key)
        texts = " ".join(label.text() for label in page.findChildren(QLabel))
        if spec.widget is None:
            assert SECTION_TITLES[row] in texts and "Здесь будет" in texts and len(texts) > 120


def test_ctrl_number_switches_sections(main_window: MainWindow, qtbot) -> None:
    qtbot.keyClick(main_window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert main_window.nav.currentRow() == 2


def test_menus_hold_the_usual_actions_with_shortcuts(main_window: MainWindow) -> None:
    titles = [a.text().replace("&", "") for a in main_window.menuBar().actions()]
    assert titles == ["Файл", "Правка", "Вид", "Настройки", "Справка"]
    file_items = [a.text().replace("&", "") for a in main_window.menus["file"].actions() if a.text()]
    assert file_items == [
        "Создать…",
        "Открыть…",
        "Недавние файлы",
        "Открыть демо-базу",
        "Сохранить копию…",
        "Сделать резервную копию",
        "Восстановить из копии…",
        "Выход",
    ]
    assert main_window.act_open.shortcut() == QKeySequence(QKeySequence.StandardKey.Open)
    assert main_window.act_undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert main_window.act_find.shortcut() == QKeySequence(QKeySequence.StandardKey.Find)


@pytest.mark.file_only
def test_status_bar_and_title_show_the_open_file(main_window: MainWindow, db_path: Path) -> None:
    assert main_window.file_label.text() == str(db_path.resolve())
    assert main_window.windowTitle().startswith(db_path.name)
    assert main_window.read_only_label.text() == ""


def test_settings_edit_goes_through_undo(main_window: MainWindow, qtbot, monkeypatch) -> None:
    from smmdesk.ui.dialogs import settings_dialog

    def fill_and_accept(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.vat.clear()
        qtbot.keyClicks(dialog.vat, "20")
        dialog.agency_name.setText("Агентство «Ромашка»")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", fill_and_accept)
    main_window.act_settings.trigger()
    db = main_window.workspace.db
    assert read_agency_settings(db).vat_rate == Decimal("20")
    assert read_agency_settings(db).agency_name == "Агентство «Ромашка»"
    assert main_window.act_undo.isEnabled()
    assert "настроек агентства" in main_window.act_undo.text()
    qtbot.keyClick(main_window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert read_agency_settings(db).vat_rate == Decimal("22")
    main_window.act_redo.trigger()
    assert read_agency_settings(db).vat_rate == Decimal("20")


def test_an_invalid_setting_is_refused_next_to_the_field(main_window: MainWindow, qtbot, monkeypatch) -> None:
    from smmdesk.ui.dialogs import settings_dialog

    shown = {}

    def try_bad_currency(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.currency.setCurrentText("рубли")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        shown["error"] = dialog.agency_error.text()
        shown["visible"] = dialog.isVisible() or not dialog.result()
        return 0

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", try_bad_currency)
    main_window.act_settings.trigger()
    assert "трёхбуквенный код" in shown["error"]
    assert read_agency_settings(main_window.workspace.db).currency == "RUB"
    assert not main_window.act_undo.isEnabled()


def test_geometry_and_splitter_are_remembered(qtbot, workspace, user_settings, russian) -> None:
    first = MainWindow(workspace, user_settings)
    qtbot.addWidget(first)
    first.show()
    first.resize(780, 520)
    first.splitter.setSizes([240, 540])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(workspace, user_settings)
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (780, 520)
    assert second.splitter.sizes() == sizes


@pytest.mark.file_only
def test_about_names_version_database_and_log(main_window: MainWindow, answers, db_path: Path) -> None:
    from smmdesk.version import __version__

    main_window.act_about.trigger()
    (text,) = answers.texts("inform")
    assert __version__ in text and str(db_path.resolve()) in text and "Журнал" in text


@pytest.mark.file_only
def test_back_up_now_and_restore_from_the_menu(main_window: MainWindow, answers, monkeypatch, qtbot) -> None:
    from smmdesk.domain.settings import AgencySettings
    from smmdesk.services.settings import update_agency_settings
    from smmdesk.ui.dialogs import restore_dialog

    ws = main_window.workspace
    update_agency_settings(ws.db, AgencySettings(agency_name="Сохранённое"))
    main_window.act_backup.trigger()
    assert "Резервная копия сохранена" in main_window.statusBar().currentMessage()
    update_agency_settings(ws.db, AgencySettings(agency_name="Потом испорченное"))

    listed = {}

    def choose_newest(dialog: restore_dialog.RestoreDialog) -> int:
        listed["rows"] = dialog.table.topLevelItemCount()
        listed["why"] = dialog.table.topLevelItem(0).text(1)
        dialog.restore_button.click()
        return 1

    answers.queue("confirm", True)
    monkeypatch.setattr(restore_dialog.RestoreDialog, "exec", choose_newest)
    main_window.act_restore.trigger()
    assert listed == {"rows": 1, "why": "сделана вручную"}
    assert read_agency_settings(ws.db).agency_name == "Сохранённое"
    reasons = sorted(b.reason for b in ws.backups())
    assert reasons == ["manual", "restore"]
    assert main_window.file_label.text().endswith("planner.smmdesk")
