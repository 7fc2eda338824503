"""The «Отзывы» tab's imports in a planner's hands: a Google Forms export and a shop's CRM export with
their own headers, each shown column by column with its first values and the field it was matched
to, a column's field chosen with the keyboard, a mapping saved and chosen again, the counts before
anything is written (merged duplicates, staff, without consent, each value not taken and why),
«Загрузить» as one step Ctrl+Z takes back, the status line saying what was done, the brand's mention
count following, and a detractor's follow-up in the queue with the comment, the contact and the order."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))

from review_setup import DAY, coffee_campaign, write_customers

from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns
from smmdesk.services.session import in_transaction

GOOGLE = (
    "Отметка времени,Ваш телефон,Номер заказа,"
    '"Насколько вероятно, что вы порекомендуете наш магазин друзьям?",Насколько вы довольны покупкой?,'
    "Что нам улучшить?\n"
    "01.12.2026 10:15:03,+79123456789,10240,10,5,Всё отлично\n"
    '01.12.2026 11:20:44,89161234567,10232,3,1,"Курьер опоздал на два часа, товар помят"\n'
    "01.12.2026 12:05:10,+7 903 123-45-67,10233,6,2,Долго ждала ответа поддержки\n"
    "01.12.2026 13:40:00,+79255554433,10235,8,4,\n"
)
CRM = (
    "Клиент;Моб. телефон;Эл. адрес;Заказ;Дата;Согласие на получение рассылок;Сотрудник?\n"
    "Иванова Мария;8 (912) 345-67-89;maria@mail.ru;1;25.11.2026;да;нет\n"
    "Белова Марина;8 (912) 000-11-22;anna@;2;25.11.2026;;нет\n"
    "Иванова М.;+7 912 345 67 89;;3;26.11.2026;да;нет\n"
    "Петров Пётр;8 912 111 22 33;;4;26.11.2026;да;да\n"
)


def press(window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


@pytest.fixture
def section(main_window, qtbot, answers):  # type: ignore[no-untyped-def]
    db = main_window.workspace.db
    client = in_transaction(db, clients.create_client, "ООО «Ромашка»")
    in_transaction(db, campaigns.create_campaign, client, coffee_campaign())
    main_window.workspace.bus.notify("clients", None)
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    QApplication.processEvents()
    press(main_window, Qt.Key.Key_7)
    section = main_window.current_section()
    tabs = section.tabs
    QTest.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton,
                     pos=tabs.tabBar().tabRect(tabs.indexOf(section.reviews)).center())  # fmt: skip
    QApplication.processEvents()
    section.reviews.today = lambda: DAY
    return section


def opened(tab, answers, button, path: Path) -> QDialog:  # type: ignore[no-untyped-def]
    answers.queue("open_file", str(path))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    return next(d for d in tab.findChildren(QDialog) if d.isVisible())


def load(dialog: QDialog) -> None:
    window = dialog.parent().window()  # type: ignore[union-attr]
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window.activateWindow()
    QApplication.processEvents()


def columns(dialog) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    table = dialog.page.columns
    return [
        (table.item(r, 0).text(), table.item(r, 1).text(), table.cellWidget(r, 2).currentText())
        for r in range(table.rowCount())
    ]


def test_a_google_forms_export_is_mapped_previewed_imported_and_its_follow_ups_say_whom_to_call(
    main_window, section, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    tab = section.reviews
    assert section.brand.currentText() == "ООО «Ромашка» (упоминаний: 0)"
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE, encoding="utf-8")
    dialog = opened(tab, answers, tab.survey_button, path)
    shown = columns(dialog)
    assert shown[1] == ("Ваш телефон", "+79123456789 | 89161234567 | +7 903 123-45-67", "Респондент")
    assert shown[5][0] == "Что нам улучшить?" and shown[5][2] == "Комментарий"
    assert dialog.summary.text().startswith("Добавить ответов 4, дополнить контактом или комментарием 0")
    assert "недовольных в очередь упоминаний для личной связи — 2" in dialog.summary.text()

    comment = dialog.page.columns.cellWidget(5, 2)
    assert isinstance(comment, QComboBox)
    comment.setFocus()
    QTest.keyClick(comment, Qt.Key.Key_Home)  # «—»: the column not imported
    assert "Ни один столбец не назначен комментарием." in dialog.summary.text()
    answers.queue("text", "Google Forms")
    QTest.mouseClick(dialog.page.save_mapping_button, Qt.MouseButton.LeftButton)
    dialog.page.mapping_choice.setCurrentIndex(0)
    dialog.page.mapping_choice.activated.emit(0)  # matched afresh: the comment is found again
    assert columns(dialog)[5][2] == "Комментарий"
    dialog.page.mapping_choice.setCurrentText("Google Forms")
    dialog.page.mapping_choice.activated.emit(dialog.page.mapping_choice.currentIndex())
    assert columns(dialog)[5][2] == "—"  # the saved mapping, chosen again
    QTest.keyClick(dialog.page.columns.cellWidget(5, 2), Qt.Key.Key_End)  # the last field: the comment
    assert columns(dialog)[5][2] == "Комментарий" and "назначен комментарием" not in dialog.summary.text()
    load(dialog)

    status = main_window.statusBar().currentMessage()
    assert status == "google.csv: ответов добавлено 4, дополнено 0, как раньше 0; в очередь упоминаний — 2"
    assert section.brand.currentText() == "ООО «Ромашка» (упоминаний: 2)"  # the list follows
    queue = section.queue
    section.tabs.setCurrentWidget(queue)
    QApplication.processEvents()
    texts = [queue.model.row_at(r).text for r in range(queue.model.rowCount())]
    assert sorted(texts) == ["Долго ждала ответа поддержки", "Курьер опоздал на два часа, товар помят"]
    row = texts.index("Курьер опоздал на два часа, товар помят")
    queue.table.selectRow(row)
    QApplication.processEvents()
    assert queue.heading.text() == "89161234567"
    assert "Заказ № 10232" in queue.meta.text() and "NPS 3" in queue.meta.text()
    assert queue.model.row_at(row).deadline is not None

    section.tabs.setCurrentWidget(tab)
    main_window.activateWindow()
    press(main_window, Qt.Key.Key_Z)
    assert section.brand.currentText() == "ООО «Ромашка» (упоминаний: 0)" and tab.made.nps.respondents == 0


def test_a_crm_export_with_its_own_headers_says_each_row_it_merged_or_will_not_ask(
    main_window, section, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    tab = section.reviews
    path = tmp_path / "crm.csv"
    path.write_text(CRM, encoding="utf-8")
    dialog = opened(tab, answers, tab.customers_button, path)
    fields = [c[2] for c in columns(dialog)]
    assert fields[:3] == ["Имя", "Телефон", "E-mail"]
    assert dialog.summary.text() == (
        "Добавить 3, обновить 0, как раньше 0; объединено повторов 1; сотрудников 1 и без согласия 1 "
        "(их не спросят); пропущено строк 0."
    )
    notes = [dialog.notes.item(i).text() for i in range(dialog.notes.count())]
    assert notes == [
        "Строка 3: e-mail не принят: «anna@»",
        "Строка 3: ячейка согласия пуста: нет согласия — не будут спрошены",
        "Строка 4: тот же клиент, что в строке 2: объединены",
    ]
    load(dialog)
    assert (
        main_window.statusBar().currentMessage()
        == "crm.csv: клиентов добавлено 3, обновлено 0, пропущено строк 0"
    )


def test_the_waves_save_dialog_adds_the_chosen_types_extension_and_a_wrong_one_is_refused_in_words(
    section, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLineEdit

    from smmdesk.ui.core import file_dialog

    tab = section.reviews
    kinds = tab.tr("CSV for the SMS or mail service (*.csv);;QR codes (*.pdf)")
    for steps, suffix in ((0, ".csv"), (1, ".pdf")):
        dialog = file_dialog._dialog(tab, "Сохранить волну", str(tmp_path / "волна"), kinds, True)
        dialog.show()
        kind = dialog.findChild(QComboBox, "fileTypeCombo")
        kind.setFocus()
        for _ in range(steps):
            QTest.keyClick(kind, Qt.Key.Key_Down)
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        name.setFocus()
        name.selectAll()
        QTest.keyClicks(name, "wave")  # typed without an extension
        QTest.keyClick(name, Qt.Key.Key_Return)
        assert dialog.result() == QDialog.DialogCode.Accepted
        assert dialog.selectedFiles() == [str(tmp_path / f"wave{suffix}")]
        dialog.deleteLater()
    load(opened(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv")))
    answers.queue("save_file", str(tmp_path / "волна.xlsx"))
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    assert answers.texts("warn")[-1] == (
        "Волна записывается таблицей для сервиса рассылки (имя на .csv) или листом QR-кодов для печати "
        "(имя на .pdf); «волна.xlsx» не оканчивается ни на то, ни на другое."
    )


def test_the_figures_read_whole_at_1366_and_the_charts_write_them_as_the_table_does(
    main_window, section, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from decimal import Decimal

    from smmdesk.domain.reviews.campaign import ReviewPlatform

    main_window.resize(1366, 768)
    tab = section.reviews
    path = tmp_path / "google.csv"
    path.write_text(GOOGLE.replace("01.12.2026", "20.11.2026", 1), encoding="utf-8")
    load(opened(tab, answers, tab.survey_button, path))
    answers.queue("text", "2ГИС", "4,6 из 5", "20.11.2026")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    answers.queue("text", "2ГИС", "4.5", "05.12.2026")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    assert [(p.period, p.rating) for p in tab.made.ratings[ReviewPlatform.TWO_GIS]] == [
        ("2026-11", Decimal("4.6")),
        ("2026-12", Decimal("4.5")),
    ]
    QApplication.processEvents()
    model, table = tab.model, tab.table
    shown = {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    # NPS by hand: November 10 → 100; December 3, 6, 8 → 0 promoters, 2 detractors of 3 → −66,7
    assert shown["NPS за ноябрь 2026"] == "100" and shown["NPS за декабрь 2026"] == "\u221266,7"
    metrics = table.fontMetrics()
    longest = max(metrics.horizontalAdvance(label) for label in shown)
    header = table.horizontalHeader()
    assert header.sectionSize(0) >= longest + 8  # every label whole
    assert header.sectionSize(1) < header.sectionSize(0) / 2  # the values narrow
    nps, ratings = (tab.charts.itemAt(i).widget().figure.axes[0] for i in range(2))
    assert [t.get_text() for t in nps.texts] == ["100", "\u221266,7"]  # as the table writes them
    assert [t.get_text() for t in nps.get_xticklabels()] == ["ноябрь 2026", "декабрь 2026"]
    assert [t.get_text() for t in ratings.texts] == ["4,6", "4,5"]
    answers.queue("text", "2ГИС", "4,6 звезды из пяти")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    assert answers.texts("warn")[-1].endswith("от 1 до 5: 4,6, 4.6 или 4,6 из 5.")


def test_the_invitation_is_shown_with_its_sms_length_and_a_warning_past_one_part(section) -> None:  # type: ignore[no-untyped-def]
    tab = section.reviews
    shown = tab.invitation.text()
    assert tab.invitation.isVisible()
    assert shown.startswith("Приглашение: Анна, Кофейня «Зерно» просит оценить")
    sample, counts = shown.removeprefix("Приглашение: ").rsplit("\n", 1)
    length = len(sample)
    parts = 1 if length <= 70 else -(-length // 67)  # Cyrillic: 70 in one SMS, 67 a part in several
    assert counts.startswith(f"{length} знаков, частей SMS: {parts}")
    assert parts > 1 and "длиннее одной SMS" in counts


def test_a_new_campaigns_page_behind_the_links_is_asked_and_the_wave_writes_the_redirects_beside_it(
    section, answers, tmp_path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import csv

    from smmdesk.ui.dialogs.item_dialog import ItemDialog

    tab = section.reviews
    page = "https://yandex.ru/maps/org/romashka/1234567890/reviews/"
    refused: list[str] = []

    def fill(dialog: ItemDialog) -> int:  # the planner types into the campaign's form
        dialog.fields["title"].widget.setText("Отзывы января")  # type: ignore[attr-defined]
        dialog.fields["base_link"].widget.setText("https://romashka.ru/r/")  # type: ignore[attr-defined]
        dialog.fields["page"].widget.setText("yandex.ru/maps/org/romashka")  # type: ignore[attr-defined]
        dialog.accept()
        refused.append(dialog.error_of("page"))
        dialog.fields["page"].widget.setText(page)  # type: ignore[attr-defined]
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ItemDialog, "exec", fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert refused == [
        "Страница на площадке «Яндекс Карты», куда ведут ссылки, должна быть веб-адресом (https://…): "
        "yandex.ru/maps/org/romashka"
    ]
    assert tab.campaign.currentText() == "Отзывы января"
    load(opened(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv")))
    answers.queue("save_file", str(tmp_path / "wave.csv"))
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "wave.redirects.csv").open(encoding="utf-8-sig", newline="") as handle:
        redirects = list(csv.reader(handle, delimiter=";"))
    with (tmp_path / "wave.csv").open(encoding="utf-8-sig", newline="") as handle:
        links = {r[3] for r in list(csv.reader(handle, delimiter=";"))[1:]}
    assert {r[0] for r in redirects[1:]} == links and all(r[1] == page for r in redirects[1:])
