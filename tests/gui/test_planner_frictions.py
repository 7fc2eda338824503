"""What else got in the way of a planner at work, each checked where it happens."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt

from smmdesk.services import estimates as est
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, reading


def test_the_new_blogger_dialog_is_wide_and_takes_a_first_price(main_demo, monkeypatch) -> None:
    from smmdesk.ui.dialogs.new_influencer import NewAccountDialog

    influencers = main_demo.show_section("influencers")
    seen = {}

    def fill(dialog: NewAccountDialog) -> int:
        seen["width"] = dialog.minimumWidth()
        dialog.name.setText("Ева Новикова")
        dialog.platform.setCurrentIndex(dialog.platform.findData("vk"))
        dialog.handle.setText("@eva_new")
        dialog.price_format.setCurrentIndex(dialog.price_format.findText("Видео с продуктом"))
        dialog.price.setText("15 000")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewAccountDialog, "exec", fill)
    influencers.new_record()
    assert seen["width"] >= 560
    person = next(r for r in influencers.model.rows if r.name == "Ева Новикова")
    terms = reading(main_demo.workspace.db, svc.detail, person.influencer_id).accounts[0].terms
    assert [(t.price, t.format_id) for t in terms] == [(D("15000.00"), 3)]


def test_add_to_an_estimate_says_what_it_added_and_who_was_left_out(main_demo, monkeypatch, answers) -> None:
    from smmdesk.ui.dialogs import add_to_estimate

    influencers = main_demo.show_section("influencers")
    db = main_demo.workspace.db
    influencers.table.selectRow(0)
    other = next(
        r
        for r in range(influencers.model.rowCount())
        if influencers.model.row_at(r).influencer_id != influencers.model.row_at(0).influencer_id
    )
    flags = influencers.table.selectionModel().SelectionFlag
    influencers.table.selectionModel().select(influencers.model.index(other, 0), flags.Select | flags.Rows)
    chosen = influencers.selected_rows()
    banned = chosen[0]
    in_transaction(db, svc.set_status, [banned.influencer_id], "blacklist", "срыв сроков")
    main_demo.workspace.bus.notify("influencers", [banned.influencer_id])

    def choose(dialog: add_to_estimate.AddToEstimateDialog) -> int:
        dialog.estimate.setCurrentIndex(dialog.estimate.findData(4))
        dialog.accept()
        return 1

    monkeypatch.setattr(add_to_estimate.AddToEstimateDialog, "exec", choose)
    version = reading(db, est.latest_version, 4)
    before = len(reading(db, est.load_version, version).lines)
    influencers.add_to_estimate()
    after = reading(db, est.load_version, reading(db, est.latest_version, 4)).lines
    assert len(after) == before + len(chosen) - 1  # the others were added
    (report,) = answers.texts("inform")
    assert f"Добавлено размещений: {len(chosen) - 1}" in report
    assert banned.name in report and "чёрном списке" in report


def test_the_approval_asks_who_and_when_today_by_default(main_demo, monkeypatch) -> None:
    from smmdesk.ui.dialogs import estimate_dialogs

    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 4)
    editor = estimates.editor
    editor.send_button.click()
    seen = {}
    yesterday = dt.date.today() - dt.timedelta(days=1)

    def approve(dialog: estimate_dialogs.DecisionDialog) -> int:
        seen["default"] = dialog.when.value()
        dialog.who.setText("Мария Белова")
        dialog.when.set_value(dt.date.today() + dt.timedelta(days=3))
        dialog.accept()
        seen["future"] = dialog.error.text()
        dialog.when.set_value(yesterday)
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.DecisionDialog, "exec", approve)
    editor.approve_button.click()
    assert seen["default"] == dt.date.today()
    assert "будущим" in seen["future"]
    assert editor.version.status == "approved"
    assert editor.version.decided_at.astimezone().date() == yesterday


def test_the_comparisons_money_is_right_aligned(main_demo, monkeypatch) -> None:
    from smmdesk.ui.dialogs import compare_dialog

    estimates = main_demo.show_section("estimates")
    estimates.select("estimate", 2)  # two versions
    seen = {}

    def look(dialog: compare_dialog.CompareDialog) -> int:
        item = dialog.table.item(0, 5)
        seen["difference"] = (item.text(), int(item.textAlignment()) & int(Qt.AlignmentFlag.AlignRight))
        return 0

    monkeypatch.setattr(compare_dialog.CompareDialog, "exec", look)
    estimates.editor.compare_button.click()
    text, right = seen["difference"]
    assert text.endswith("₽") and right


def test_file_dialogs_start_in_the_folder_last_used_else_documents(user_settings, tmp_path: Path) -> None:
    from smmdesk.ui.core import file_dialog

    file_dialog.remember_in(user_settings)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    assert file_dialog._start("смета.xlsx") == str(Path(documents) / "смета.xlsx")
    file_dialog._used(str(tmp_path / "отчёты" / "отчёт.pdf"))
    (tmp_path / "отчёты").mkdir()
    assert file_dialog._start("смета.xlsx") == str(tmp_path / "отчёты" / "смета.xlsx")
    file_dialog.remember_in(user_settings)  # the next run reads it back
    assert file_dialog.start_folder() == str(tmp_path / "отчёты")
    file_dialog.remember_in(None)


def test_published_with_a_future_date_asks_first(main_demo, answers) -> None:
    from conftest import type_date

    placements = main_demo.show_section("placements")
    placements.table.selectRow(0)
    detail = placements.detail
    before = detail.row.published_on
    future = dt.date.today() + dt.timedelta(days=5)
    type_date(detail.fields["published_on"].widget, future.strftime("%d.%m.%Y"))
    assert "ещё не наступила" in answers.texts("confirm")[-1]
    assert detail.row.published_on == before  # the planner said no: nothing saved
    assert detail.fields["published_on"].widget.value() == before
    answers.queue("confirm", True)
    type_date(detail.fields["published_on"].widget, future.strftime("%d.%m.%Y"))
    assert detail.row.published_on == future
    assert "в будущем" in detail.flags.text()
