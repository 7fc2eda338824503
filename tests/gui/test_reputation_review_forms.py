"""The «Отзывы» tab's forms in a planner's hands: a new campaign typed into its form (a missing
link, a second campaign of the same title and an offer for a public review each refused under its
field with the dialog kept open and nothing typed lost), its invitation previewed as typed, the
settings changed and undone with Ctrl+Z, a finished campaign's settings read-only; and what came back
of one request recorded by hand (six stars and a review dated tomorrow refused), the figures following
and the step undone."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import type_text
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QListWidget, QPlainTextEdit, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit" / "services"))
import test_reputation_reviews as reviews
from review_setup import DAY, FINISHED_ON

from smmdesk.domain.reviews.campaign import Channel, ReviewPlatform
from smmdesk.services.reviews import campaigns
from smmdesk.services.session import in_transaction, reading
from smmdesk.ui.dialogs.item_dialog import ItemDialog

Fill = Callable[[ItemDialog], None]
tab = reviews.tab  # the «Отзывы» tab on the coffee shop's campaign «Отзывы декабря»
figures = reviews.figures


def press(window: QWidget, key: Qt.Key) -> None:
    """Ctrl+key in the window, back in front once the form is closed."""
    window.activateWindow()
    window.current_section().reviews.campaign.setFocus()
    QApplication.processEvents()
    reviews.press(window, key)


class Hands:
    """Stands in for the planner at each form the tab opens: the next queued hands fill it in."""

    def __init__(self) -> None:
        self.queued: list[Fill] = []

    def run(self, dialog: ItemDialog) -> int:
        dialog.show()
        QApplication.processEvents()
        self.queued.pop(0)(dialog)
        return dialog.result()


@pytest.fixture
def hands(monkeypatch: pytest.MonkeyPatch) -> Hands:
    given = Hands()
    monkeypatch.setattr(ItemDialog, "exec", lambda dialog: given.run(dialog))
    return given


def retype(widget: QWidget, text: str) -> None:
    widget.setFocus()
    if isinstance(widget, (QLineEdit, QPlainTextEdit)):
        widget.selectAll()
        QTest.keyClick(widget, Qt.Key.Key_Delete)
    type_text(widget, text)


def ok(dialog: ItemDialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def toggle(listing: QListWidget, text: str) -> None:
    item = listing.findItems(text, Qt.MatchFlag.MatchExactly)[0]
    QTest.mouseClick(listing.viewport(), Qt.MouseButton.LeftButton, pos=listing.visualItemRect(item).center())
    was = item.checkState()
    QTest.keyClick(listing, Qt.Key.Key_Space)  # the chosen item's box ticked or unticked
    assert item.checkState() != was


def stored(tab, title: str):  # type: ignore[no-untyped-def]
    db = tab.section.db
    found = {t: i for i, t, _ in reading(db, campaigns.campaigns_of, tab.client_id)}
    return reading(db, campaigns.campaign_info, found[title]).campaign if title in found else None


def test_a_new_campaign_is_typed_into_its_form_refused_in_place_and_undone(main_window, tab, hands) -> None:  # type: ignore[no-untyped-def]
    seen: dict[str, object] = {}

    def fill(dialog: ItemDialog) -> None:
        field = dialog.fields
        retype(field["title"].widget, "Отзывы декабря")
        ok(dialog)  # the client has no e-mail: no base for the short links
        assert dialog.isVisible() and dialog.error_of("base_link").startswith("Базовая ссылка должна быть")
        retype(field["base_link"].widget, "https://zerno.ru/r/")
        retype(field["page"].widget, "yandex.ru/maps/org/zerno")
        ok(dialog)
        assert "yandex.ru/maps/org/zerno" in dialog.error_of("page") and dialog.isVisible()
        retype(field["page"].widget, "https://yandex.ru/maps/org/zerno/1")
        ok(dialog)
        assert dialog.error_of("title").startswith("У бренда уже есть кампания отзывов «Отзывы декабря»")
        retype(field["title"].widget, "Отзывы января")
        toggle(field["platforms"].widget, "2ГИС")
        assert field["where"].widget.text() == "на площадке «Яндекс Карты, 2ГИС»"  # the default follows
        channel = field["channel"].widget
        channel.setCurrentIndex(channel.findText("e-mail"))
        retype(field["days"].widget, "5")
        retype(field["reminders"].widget, "3, 7")
        retype(field["incentive"].widget, "скидка 10 % за отзыв")
        ok(dialog)
        assert "скидка 10 % за отзыв" in dialog.error_of("incentive") and dialog.isVisible()
        assert field["title"].widget.text() == "Отзывы января"  # nothing typed is lost
        assert dialog.preview.toPlainText() == dialog.error_of("incentive")  # the preview says why
        retype(field["incentive"].widget, "")
        seen["preview"] = dialog.preview.toPlainText()
        ok(dialog)
        assert not dialog.isVisible()

    hands.queued.append(fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert "заказ A-1024 от 05.12.2026" in str(seen["preview"])  # the sample customer
    assert "Оставить отзыв: https://zerno.ru/r/k3F9xQ2a" in str(seen["preview"])
    assert tab.campaign.currentText() == "Отзывы января" and figures(tab)["Запросов"] == "0"
    made = stored(tab, "Отзывы января")
    assert made.platforms == (ReviewPlatform.YANDEX_MAPS, ReviewPlatform.TWO_GIS)
    assert made.channel is Channel.EMAIL and made.trigger.days == 5 and made.reminder_days == (3, 7)
    assert made.incentive == "" and made.base_link == "https://zerno.ru/r/"
    assert made.review_links == {ReviewPlatform.YANDEX_MAPS: "https://yandex.ru/maps/org/zerno/1"}
    press(main_window, Qt.Key.Key_Z)
    assert stored(tab, "Отзывы января") is None and tab.campaign.count() == 1
    press(main_window, Qt.Key.Key_Y)
    assert stored(tab, "Отзывы января") == made and tab.campaign.count() == 2


def test_the_settings_are_changed_undone_and_a_finished_campaigns_are_read_only(
    main_window, tab, hands
) -> None:  # type: ignore[no-untyped-def]
    def change(dialog: ItemDialog) -> None:
        assert dialog.fields["title"].widget.text() == "Отзывы декабря"
        toggle(dialog.fields["platforms"].widget, "Отзовик")  # the planner's own words stay
        assert dialog.fields["where"].widget.text() == "на Яндекс Картах и в 2ГИС"
        toggle(dialog.fields["platforms"].widget, "Отзовик")
        retype(dialog.fields["template"].widget, "{sender}: {subject}, {where}; {shown}. {link}")
        ok(dialog)  # the opt-out line left out of the text
        assert dialog.error_of("opt_out").startswith("В приглашении должно быть"), dialog.error_of("opt_out")
        assert dialog.preview.toPlainText() == dialog.error_of("opt_out")  # the preview says why
        retype(dialog.fields["template"].widget, "{sender}: {subject}, {where}; {shown}. {link}\n{opt_out}")
        assert dialog.preview.toPlainText().endswith("Ответьте СТОП, и мы больше не напишем.")
        retype(dialog.fields["reminders"].widget, "через неделю")
        ok(dialog)
        assert dialog.error_of("reminders") == "Напоминания — это дни числами, например 3, 7: через неделю"
        retype(dialog.fields["reminders"].widget, "1, 2, 3, 4")
        ok(dialog)
        assert dialog.error_of("reminders") == "Напоминаний не больше 3; задано 4."
        retype(dialog.fields["reminders"].widget, "3")
        retype(dialog.fields["days"].widget, "7")
        ok(dialog)

    hands.queued.append(change)
    QTest.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
    assert stored(tab, "Отзывы декабря").trigger.days == 7
    press(main_window, Qt.Key.Key_Z)
    assert stored(tab, "Отзывы декабря").trigger.days == 3
    in_transaction(tab.section.db, campaigns.finish_campaign, tab.campaign.currentData(), FINISHED_ON)
    tab.show_brand(tab.client_id)

    def look(dialog: ItemDialog) -> None:
        assert not dialog.fields["title"].widget.isEnabled()
        assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
        assert "завершена" in dialog.error.text()
        dialog.reject()

    hands.queued.append(look)
    QTest.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
    assert stored(tab, "Отзывы декабря").trigger.days == 3


def test_what_came_back_of_one_request_is_recorded_by_hand_and_undone(
    main_window, tab, hands, answers, tmp_path: Path, qtmodeltester
) -> None:  # type: ignore[no-untyped-def]
    sent = reviews.first_wave(tab, answers, tmp_path)
    shown: dict[str, list[str]] = {}

    def record(dialog) -> None:  # type: ignore[no-untyped-def]
        qtmodeltester.check(dialog.model)
        model = dialog.model
        listed = {model.index(r, 0).data(): [model.index(r, c).data() for c in range(6)] for r in range(2)}
        assert listed["Анна Петрова"][1:5] == ["SMS", sent["Анна Петрова"], "—", "—"]
        row = list(listed).index("Анна Петрова")
        QTest.mouseClick(
            dialog.table.viewport(), Qt.MouseButton.LeftButton,
            pos=dialog.table.visualRect(model.index(row, 0)).center(),
        )  # fmt: skip
        assert dialog.chosen.text() == "Запрос: Анна Петрова"
        for box in (dialog.clicked, dialog.left):  # on the box, at the row's left
            QTest.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
        assert dialog.stars.isEnabled()
        dialog.platform.setCurrentIndex(dialog.platform.findText("2ГИС"))
        retype(dialog.stars, "6")
        ok(dialog)
        assert dialog.error_of("stars") == "Оценка отзыва — от 1 до 5 звёзд, а не 6."
        retype(dialog.stars, "4")
        retype(dialog.day.line, "06.12.2026")
        ok(dialog)
        assert dialog.error_of("day") == "Отзыв не может быть датирован 06.12.2026 — позже сегодняшнего дня."
        retype(dialog.day.line, "05.12.2026")
        ok(dialog)
        assert dialog.isVisible() and dialog.error_of("day") == ""
        shown["after"] = [model.index(row, c).data() for c in range(6)]
        dialog.reject()

    hands.queued.append(record)
    QTest.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    assert shown["after"][3:] == ["да", "да", "2ГИС, 4★, 05.12.2026"]
    after = figures(tab)
    assert after["Доставлено"] == "1" and after["Оставлено отзывов"] == "1" and after["Средняя оценка"] == "4"
    press(main_window, Qt.Key.Key_Z)
    assert figures(tab)["Оставлено отзывов"] == "0" and figures(tab)["Доставлено"] == "0"


def test_an_offer_is_taken_for_a_survey_only(tab, hands) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: ItemDialog) -> None:
        field = dialog.fields
        retype(field["title"].widget, "Опрос гостей")
        retype(field["base_link"].widget, "https://zerno.ru/r/")
        toggle(field["platforms"].widget, "Яндекс Карты")  # the default's box unticked
        toggle(field["platforms"].widget, "только опрос")
        assert field["shown"].widget.text() == "ничего не публикуется: ответы читает только бренд"
        retype(field["where"].widget, "только у бренда")
        retype(field["incentive"].widget, "скидка 10 % за ответ")
        ok(dialog)
        assert not dialog.isVisible(), [dialog.error_of(k) for k in field]

    hands.queued.append(fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    made = stored(tab, "Опрос гостей")
    assert made.platforms == (ReviewPlatform.SURVEY,) and made.incentive == "скидка 10 % за ответ"


def test_an_offer_typed_into_about_what_is_refused_under_that_field(tab, hands) -> None:  # type: ignore[no-untyped-def]
    def fill(dialog: ItemDialog) -> None:
        field = dialog.fields
        retype(field["title"].widget, "Отзывы января")
        retype(field["base_link"].widget, "https://zerno.ru/r/")
        retype(field["subject"].widget, "заказ {order} (за отзыв — сертификат на 500 ₽)")
        assert "сертификат" in dialog.preview.toPlainText()  # the preview says why as it is typed
        ok(dialog)
        assert dialog.isVisible() and "(сертификат)" in dialog.error_of("subject")
        assert dialog.error_of("incentive") == ""
        assert field["title"].widget.text() == "Отзывы января"  # nothing typed is lost
        retype(field["subject"].widget, "заказ {order}")
        ok(dialog)
        assert not dialog.isVisible(), [dialog.error_of(k) for k in field]

    hands.queued.append(fill)
    QTest.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    assert stored(tab, "Отзывы января").invitation.subject == "заказ {order}"


def test_a_survey_only_campaigns_request_records_no_review(qtbot) -> None:  # type: ignore[no-untyped-def]
    from smmdesk.services.reviews.requests import Outcome, RequestRow, WaveInfo
    from smmdesk.ui.dialogs.review_outcome_dialog import ReviewOutcomeDialog

    row = RequestRow(7, "Анна Петрова", "email", "https://zerno.ru/r/k3F9xQ2a", 0, Outcome(True, False, None))
    dialog = ReviewOutcomeDialog([WaveInfo(1, 1, DAY, 1)], (), DAY, lambda wave: [row])
    qtbot.addWidget(dialog)
    assert dialog.chosen.text() == "Request to Анна Петрова" and dialog.delivered.isChecked()  # in English
    assert dialog.delivered.isEnabled() and not dialog.left.isEnabled() and not dialog.stars.isEnabled()


def test_the_form_shows_a_campaigns_settings_and_reads_back_the_same(qtbot) -> None:  # type: ignore[no-untyped-def]
    from review_setup import coffee_campaign

    from smmdesk.domain.reviews.campaign import Trigger, TriggerEvent
    from smmdesk.ui.dialogs.review_campaign_dialog import ReviewCampaignDialog

    kept = coffee_campaign(
        channel=Channel.QR_PARCEL, reminder_days=(), trigger=Trigger(TriggerEvent.SERVICE, 4)
    )
    dialog = ReviewCampaignDialog("Настройки", kept, DAY)
    qtbot.addWidget(dialog)
    assert dialog.fields["channel"].widget.currentData() == Channel.QR_PARCEL
    assert dialog.fields["days"].widget.text() == "4" and dialog.fields["reminders"].widget.text() == ""
    assert dialog.campaign(dialog.values()) == kept


def test_a_read_only_files_settings_are_shown_not_changed(tab, hands, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(type(tab.section), "writable", property(lambda section: False))
    tab.show_brand(tab.client_id)
    assert tab.settings_button.isEnabled() and not tab.record_button.isEnabled()

    def look(dialog: ItemDialog) -> None:
        assert dialog.fields["template"].widget.toPlainText().startswith("{name}, {sender}")
        assert not dialog.fields["template"].widget.isEnabled()
        assert dialog.error.text() == "Файл открыт только для чтения: настройки видны, но не меняются."
        ok(dialog)
        assert dialog.isVisible()  # OK is off: nothing to save
        dialog.reject()

    hands.queued.append(look)
    QTest.mouseClick(tab.settings_button, Qt.MouseButton.LeftButton)
