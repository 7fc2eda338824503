"""The «Отзывы» tab in a planner's hands: a brand's campaign chosen, its customers imported after the
preview's counts and undone with Ctrl+Z, the next wave written to CSV by the button, a wave with
nobody due refused in words with nothing written, survey answers giving NPS and CSAT in the figures."""

from __future__ import annotations

import csv
import datetime as dt
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))

from review_setup import DAY, coffee_campaign, write_customers, write_survey

from smmdesk.domain.reviews.campaign import ReviewPlatform
from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns
from smmdesk.services.session import in_transaction


def press(window, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    QTest.keyClick(QApplication.focusWidget() or window, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def import_by_dialog(tab, answers, button, path: Path) -> str:  # type: ignore[no-untyped-def]
    """The file chosen by the button, its import dialog's «Загрузить» clicked; the counts it showed."""
    answers.queue("open_file", str(path))
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = next(d for d in tab.findChildren(QDialog) if d.isVisible())
    summary = dialog.summary.text()
    QTest.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the dialog gone, as when closed
    tab.window().activateWindow()
    QApplication.processEvents()
    return str(summary)


def figures(tab) -> dict[str, str]:  # type: ignore[no-untyped-def]
    model = tab.model
    return {model.index(r, 0).data(): model.index(r, 1).data() for r in range(model.rowCount())}


def first_wave(tab, answers, tmp_path: Path) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """The coffee shop's customers imported and its first wave written by the buttons: each
    customer asked, by name, and the short link they got."""
    import_by_dialog(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv"))
    answers.queue("save_file", str(tmp_path / "wave.csv"))
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "wave.csv").open(encoding="utf-8-sig", newline="") as handle:
        return {r[2]: r[3] for r in list(csv.reader(handle, delimiter=";"))[1:]}


@pytest.fixture
def tab(main_window, qtbot, answers):  # type: ignore[no-untyped-def]
    db = main_window.workspace.db
    client = in_transaction(db, clients.create_client, "Кофейня «Зерно»")
    in_transaction(db, campaigns.create_campaign, client, coffee_campaign())
    main_window.workspace.bus.notify("clients", None)
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    QApplication.processEvents()
    press(main_window, Qt.Key.Key_7)
    section = main_window.current_section()
    tabs = section.tabs
    QTest.mouseClick(
        tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tabs.tabBar().tabRect(tabs.indexOf(section.reviews)).center(),
    )
    QApplication.processEvents()
    assert tabs.currentWidget() is section.reviews
    section.reviews.today = lambda: DAY
    return section.reviews


def test_customers_imported_undone_and_a_wave_written_by_the_buttons(
    main_window, tab, answers, tmp_path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    assert tab.campaign.currentText() == "Отзывы декабря" and tab.customers_button.isEnabled()
    summary = import_by_dialog(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv"))
    assert summary.startswith("Добавить 5, обновить 0, как раньше 0;")
    press(main_window, Qt.Key.Key_Z)
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)  # nobody left to ask: refused in words
    assert answers.texts("warn")[-1].startswith("На 05.12.2026 запрос никому не положен")
    assert answers.texts("save_file") == []  # refused before a file was asked for
    press(main_window, Qt.Key.Key_Y)
    answers.queue("save_file", str(tmp_path / "wave.csv"))
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "wave.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Телефон", "Текст", "Имя", "Ссылка", "Заказ"]
    assert sorted(r[2] for r in rows[1:]) == ["Анна Петрова", "Борис Смирнов"]
    qtmodeltester.check(tab.model)
    shown = figures(tab)
    assert (
        shown["Запросов"] == "2"
        and shown["Доставлено"] == "0"
        and shown["Конверсия (отзывы ÷ доставлено)"] == "—"
    )


def test_survey_answers_show_nps_and_csat_and_a_wave_before_anyone_is_due_is_refused(
    tab, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import_by_dialog(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv"))
    import_by_dialog(tab, answers, tab.survey_button, write_survey(tmp_path / "survey.csv"))
    shown = figures(tab)
    assert shown["NPS (ответивших: 6)"] == "16,7" and shown["CSAT (ответов: 6)"] == "66,7\u00a0%"
    assert shown["NPS за декабрь 2026"] == "16,7"
    assert tab.charts.count() == 2  # NPS by month and the platforms' ratings, drawn in view
    tab.today = lambda: dt.date(2026, 12, 1)
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    refusal = answers.texts("warn")[-1]
    assert "запрос никому не положен" in refusal and answers.texts("save_file") == []
    assert "Следующий запрос — 04.12.2026: Анна Петрова (в этот день — 2)" in refusal


def test_a_waves_file_is_written_again_by_its_button_and_nobody_is_asked_twice(
    tab, answers, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    import_by_dialog(tab, answers, tab.customers_button, write_customers(tmp_path / "crm.csv"))
    answers.queue("save_file", str(tmp_path / "codes.pdf"))
    QTest.mouseClick(tab.wave_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "codes.pdf").exists()
    requests = figures(tab)["Запросов"]
    answers.queue("text", "Волна 1 от 05.12.2026: запросов — 2")
    answers.queue("save_file", str(tmp_path / "again.csv"))
    QTest.mouseClick(tab.again_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "again.csv").open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert sorted(r[2] for r in rows[1:]) == ["Анна Петрова", "Борис Смирнов"]
    assert figures(tab)["Запросов"] == requests == "2"  # the same wave: nobody asked a second time


def test_what_came_back_the_compliance_log_and_the_erasure_by_the_buttons(tab, answers, tmp_path) -> None:  # type: ignore[no-untyped-def]
    sent = first_wave(tab, answers, tmp_path)
    back = tmp_path / "back.csv"
    back.write_text(
        f"Ссылка;Статус;Площадка;Звёзды\n{sent['Анна Петрова']};доставлено;2ГИС;5\n"
        f"{sent['Борис Смирнов']};не доставлено;;\n"
        f"{sent['Анна Петрова']};доставлено;Отзовик;1\n"  # row 4: a platform not asked for: no review
        f"{sent['Борис Смирнов']};Передано оператору;;\n",  # row 5: neither delivered nor not
        encoding="utf-8",
    )
    answers.queue("open_file", str(back))
    QTest.mouseClick(tab.outcomes_button, Qt.MouseButton.LeftButton)
    told = answers.texts("inform")[-1].splitlines()
    assert told[0] == "найдено запросов: 4, отзывов: 1, пропущено строк: 0, предупреждений: 2"
    assert told[1:] == [
        "строка 4: кампания не просит отзывов на площадке «Отзовик»: отзыв не принят, доставка и переход "
        "приняты",
        "строка 5: статус «Передано оператору» не говорит ни «доставлено», ни «не доставлено»: доставка "
        "оставлена неизвестной",
    ]
    before = figures(tab)
    assert before["Доставлено"] == "1" and before["Оставлено отзывов"] == "1"
    assert before["Конверсия (отзывы ÷ доставлено)"] == "100\u00a0%" and before["Средняя оценка"] == "5"
    answers.queue("save_file", str(tmp_path / "log.csv"))
    QTest.mouseClick(tab.log_button, Qt.MouseButton.LeftButton)
    with (tmp_path / "log.csv").open(encoding="utf-8-sig", newline="") as handle:
        log = list(csv.reader(handle, delimiter=";"))
    assert len(log) == 9 and log[0][0] == "Подготовлено"  # 5 customers, then the 3 score groups
    answers.queue("confirm", True)
    tab.today = dt.date.today  # the campaign finishes on the day it is erased, never later
    QTest.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    assert "Показатели останутся" in answers.texts("confirm")[-1]
    assert tab.campaign.currentText() == "Отзывы декабря (завершена)"
    assert figures(tab) == before
    # finished: nothing more is taken, the erasure is not offered twice; the log is still there
    closed = (tab.customers_button, tab.wave_button, tab.survey_button, tab.outcomes_button,
              tab.rating_button, tab.erase_button)  # fmt: skip
    assert [b.isEnabled() for b in closed] == [False] * 6 and tab.log_button.isEnabled()
    confirmations = len(answers.texts("confirm"))
    QTest.mouseClick(tab.erase_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(tab.survey_button, Qt.MouseButton.LeftButton)
    assert len(answers.texts("confirm")) == confirmations and figures(tab) == before


def test_a_platforms_rating_is_recorded_and_a_word_is_refused(tab, answers) -> None:  # type: ignore[no-untyped-def]
    answers.queue("text", "2ГИС", "хорошо")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    assert answers.texts("warn")[-1] == (
        "«хорошо» — не рейтинг. Введите его, как на странице площадки, от 1 до 5: 4,6, 4.6 или 4,6 из 5."
    )
    answers.queue("text", "2ГИС", "4,7", "05.12.2026")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    assert tab.made is not None
    points = tab.made.ratings[ReviewPlatform.TWO_GIS]
    assert [(p.period, p.rating) for p in points] == [("2026-12", Decimal("4.7"))]
    answers.queue("text", "Яндекс Карты", "7", "05.12.2026")
    QTest.mouseClick(tab.rating_button, Qt.MouseButton.LeftButton)
    assert answers.texts("warn")[-1] == "Рейтинг площадки — от 1,0 до 5,0, а не 7."
