"""Importing from the window: columns matched and correctable, a preview, one transaction, Cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from conftest import SAMPLES
from PySide6.QtWidgets import QCheckBox, QComboBox
from serverdb import ON_SERVER

from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import reading
from smmdesk.ui.dialogs.import_dialog import ImportDialog


def opened(qtbot, workspace, path: Path) -> ImportDialog:
    """The dialog on a file, once its first read (in the background) is done."""
    created = ImportDialog(workspace, path)
    qtbot.addWidget(created)
    created.show()
    qtbot.waitUntil(lambda: not created.busy(), timeout=10000)
    return created


@pytest.fixture
def dialog(qtbot, workspace, russian):
    return opened(qtbot, workspace, SAMPLES / "influencers_agency_cp1251.csv")


def field_of(dialog: ImportDialog, column: int) -> str:
    combo = dialog.columns.cellWidget(column, 2)
    assert isinstance(combo, QComboBox)
    return combo.currentData()


def test_columns_are_matched_and_shown(dialog: ImportDialog) -> None:
    assert dialog.header_row.value() == 3
    assert dialog.columns.rowCount() == 16
    assert [field_of(dialog, i) for i in range(4)] == ["name", "platform", "handle", "followers"]
    assert field_of(dialog, 7) == "price:photo_with_product"
    assert "Заголовок — в строке 3" in dialog.status.text() and "cp1251" in dialog.status.text()
    assert dialog.columns.item(1, 1).text().startswith("Рутуб")


def test_preview_then_import_in_one_step(dialog: ImportDialog, qtbot, answers) -> None:
    dialog.set_field(15, "")  # the planner decides not to take the comments
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    assert "Будет добавлено 60, обновлено 0, пропущено 2" in dialog.summary.text()
    assert dialog.tabs.tabText(3) == "Пропущены (2)"
    reasons = {dialog.skipped_list.item(r, 1).text() for r in range(dialog.skipped_list.rowCount())}
    assert reasons == {"нет площадки", "строка итогов"}
    assert reading(dialog.ws.db, svc.count_influencers) == 0  # the preview wrote nothing
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome.added == 60
    assert answers.texts("inform") == ["Добавлено 60, обновлено 0, пропущено 2."]
    table = reading(dialog.ws.db, svc.load_table)
    assert len(table.rows) == 60
    assert not any(row.notes for row in table.rows)
    backups = [b.reason for b in dialog.ws.backups()]
    assert backups == ([] if ON_SERVER else ["import"])  # a server's backups are its administrators'



def test_conflicts_with_the_base_can_take_the_file_value(dialog: ImportDialog, qtbot) -> None:
    from smmdesk.services.workspace import in_transaction

    db = dialog.ws.db
    person = in_transaction(db, svc.create_influencer, "Другое имя", "rutube", "sofya.58")
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    assert "обновлено 1" in dialog.summary.text() and "расхождений с базой: 1" in dialog.summary.text()
    assert dialog.tabs.tabText(2) == "Расхождения с базой (1)"  # the count agrees with the summary
    row = next(
        r
        for r in range(dialog.conflicts_list.rowCount())
        if dialog.conflicts_list.item(r, 1).text() == "RuTube: sofya.58"  # the platform's title, not its code
    )
    assert dialog.conflicts_list.item(row, 3).text() == "Другое имя"
    box = dialog.conflicts_list.cellWidget(row, 0)
    assert isinstance(box, QCheckBox) and not box.isChecked()
    box.setChecked(True)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert reading(db, svc.detail, person).values["name"] == "Софья Лебедева"


def test_cancel_leaves_the_base_as_it_was(dialog: ImportDialog, qtbot, monkeypatch) -> None:
    gate = threading.Event()
    real = imp.apply_import

    def held(session, plan, progress=None, cancelled=None):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(session, plan, progress, cancelled)

    monkeypatch.setattr(imp, "apply_import", held)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    dialog.import_button.click()
    assert dialog.busy()
    dialog.cancel_button.click()  # Cancel while it runs
    gate.set()
    qtbot.waitUntil(lambda: not dialog.busy(), timeout=10000)
    assert "ничего не изменилось" in dialog.status.text()
    assert reading(dialog.ws.db, svc.count_influencers) == 0
    assert dialog.isVisible()


def test_a_saved_mapping_is_offered_again(qtbot, workspace, russian, answers, tmp_path: Path) -> None:
    source = tmp_path / "odd.csv"
    source.write_text("Кто;Где;Ссылочка\nАнна;ВК;anna\n", encoding="utf-8")
    first = opened(qtbot, workspace, source)
    for column, key in enumerate(("name", "platform", "handle")):
        first.set_field(column, key)
    answers.queue("text", "Агентство Х")
    first.save_mapping()
    second = opened(qtbot, workspace, source)
    assert second.mapping_choice.findText("Агентство Х") > 0
    index = second.mapping_choice.findText("Агентство Х")
    second.mapping_choice.setCurrentIndex(index)
    second.mapping_choice.activated.emit(index)
    assert second.mapping() == {0: "name", 1: "platform", 2: "handle"}


def test_an_unreadable_file_says_why(qtbot, workspace, russian, tmp_path: Path) -> None:
    broken = tmp_path / "photo.csv"
    broken.write_bytes(bytes(range(256)) * 64)
    dialog = opened(qtbot, workspace, broken)
    assert "двоичные данные" in dialog.status.text()
    assert not dialog.next_button.isEnabled()


def test_conflicts_inside_the_file_stand_apart_from_the_base_with_counts_that_agree(
    qtbot, workspace, russian, tmp_path: Path
) -> None:
    from smmdesk.services.workspace import in_transaction

    account = in_transaction(workspace.db, svc.create_influencer, "Вера", "vk", "vera")
    assert account
    source = tmp_path / "список.csv"
    source.write_text(
        "Имя;Площадка;Аккаунт;Подписчики\n"
        "Вера Кузнецова;ВК;vera;1000\n"  # the base says «Вера»: a difference with the base
        "Дина;Дзен;dina;500\n"
        "Дина;Дзен;dina;700\n",  # the same account twice in the file, with other followers
        encoding="utf-8",
    )
    dialog = opened(qtbot, workspace, source)
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    summary = dialog.summary.text()
    assert "расхождений с базой: 1" in summary and "противоречий внутри файла: 1" in summary
    assert dialog.tabs.tabText(2) == "Расхождения с базой (1)" and dialog.conflicts_list.rowCount() == 1
    assert dialog.tabs.tabText(5) == "Противоречия в файле (1)" and dialog.file_conflicts_list.rowCount() == 1
    inside = [dialog.file_conflicts_list.item(0, c).text() for c in range(5)]
    assert inside[0] == "Дзен: dina" and inside[2:4] == ["500", "700"]
    added = [dialog.added_list.item(r, 1).text() for r in range(dialog.added_list.rowCount())]
    assert added == ["Дзен"]  # the platform's title, not its code


def test_the_programs_own_export_keeps_its_terms_and_details_through_the_dialog(
    qtbot, workspace, russian, answers, tmp_path: Path
) -> None:
    """Every column the export writes has its field in the dialog, and the import stores it."""
    path = tmp_path / "база.csv"
    path.write_text(
        "Имя;Площадка;Аккаунт;Причина чёрного списка;Доля женщин в аудитории, %;В архиве;"
        "Фото с продуктом, ₽;Фото с продуктом: что входит;Фото с продуктом: предоплата, %;"
        "Фото с продуктом: условия по продукту;Фото с продуктом: дата договорённости\n"
        "Ольга;Telegram;@olga_home;сорвала сроки;64,50;да;12000,00;2 сторис;30,00;"
        "продукт остаётся у блогера;09.03.2026\n",
        "utf-8-sig",
    )
    dialog = opened(qtbot, workspace, path)
    assert [field_of(dialog, i) for i in range(3, 11)] == [
        "blacklist_reason", "audience_female_pct", "archived", "price:photo_with_product",
        "terms:included:photo_with_product", "terms:prepayment_pct:photo_with_product",
        "terms:product:photo_with_product", "terms:agreed_on:photo_with_product",
    ]  # fmt: skip
    combo = dialog.columns.cellWidget(7, 2)
    assert combo.currentText() == "Фото с продуктом: что входит"
    dialog.next_button.click()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1, timeout=10000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.outcome is not None, timeout=10000)
    assert dialog.outcome.added == 1
    from sqlalchemy import text

    def stored(session):  # type: ignore[no-untyped-def]
        person = session.execute(
            text("SELECT blacklist_reason, audience_female_pct, archived FROM influencer")
        ).one()
        terms = session.execute(
            text("SELECT price, included, prepayment_pct, product, agreed_on FROM terms")
        ).one()
        return tuple(person), tuple(terms)

    person, terms = reading(dialog.ws.db, stored)
    assert person[0] == "сорвала сроки" and person[1] == 6450 and bool(person[2])
    assert terms[:4] == (1_200_000, "2 сторис", 3000, "kept") and str(terms[4]) == "2026-03-09"
