"""The placements section and the KPIs, driven as a planner does after approval."""

from __future__ import annotations

import datetime as dt
import io
from decimal import Decimal as D
from pathlib import Path

import pytest
from conftest import finish_background, type_date
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from smmdesk.domain.metrics import Metric
from smmdesk.services import kpi
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub
from smmdesk.services.workspace import reading

AUTUMN = 5
TODAY = dt.date(2026, 11, 26)


@pytest.fixture
def placements(main_demo):
    section = main_demo.show_section("placements")
    section.today = lambda: TODAY
    section.campaign.setCurrentIndex(section.campaign.findData(AUTUMN))
    section.apply_filter()
    return section


def rows_of(section) -> list:
    return [section.model.row_at(i) for i in range(section.model.rowCount())]


def pick(section, test) -> int:
    """Selects the first shown placement that passes `test`; returns its id."""
    for position in range(section.model.rowCount()):
        row = section.model.row_at(position)
        if test(row):
            section.table.selectRow(position)
            assert section.detail.row.id == row.id
            return row.id
    raise AssertionError("no such placement")


def test_models_pass_the_model_tester(placements, qtmodeltester) -> None:
    qtmodeltester.check(placements.model)
    qtmodeltester.check(placements.capture_model)
    qtmodeltester.check(placements.metrics.model)
    qtmodeltester.check(placements.register.model)
    pick(placements, lambda r: r.metrics)
    qtmodeltester.check(placements.detail.payments_model)


def test_filters_find_what_needs_attention(placements) -> None:
    assert len(rows_of(placements)) == 28
    placements.status.setCurrentIndex(placements.status.findData("!no_erid"))
    placements.apply_filter()
    (missing,) = rows_of(placements)
    assert missing.status in ("published", "late") and not missing.erid and missing.published_on
    placements.status.setCurrentIndex(placements.status.findData("missed"))
    placements.apply_filter()
    assert [r.status for r in rows_of(placements)] == ["missed"]
    placements.status.setCurrentIndex(0)
    name = rows_of(placements)[0].influencer_name
    placements.search.setText(name.lower())  # every word must be there
    assert {r.influencer_name for r in rows_of(placements)} == {name}
    assert "Размещений: " in placements.summary.text()


def test_december_placements_came_from_the_approval(placements) -> None:
    placements.campaign.setCurrentIndex(placements.campaign.findData(1))
    placements.apply_filter()
    shown = rows_of(placements)
    assert len(shown) == 23 and {r.status for r in shown} == {"planned", "agreed", "content_review"}


def test_editing_the_publication_is_checked_and_undoable(placements, qtbot) -> None:
    placement = pick(placements, lambda r: r.missing_erid)
    detail = placements.detail
    detail.erid.setText("2VtzqxABC12")
    detail.erid.editingFinished.emit()
    assert reading(placements.ws.db, pl.get_row, placement).erid == "2VtzqxABC12"
    assert "ERID" not in detail.flags.text()
    placements.ws.undo.undo()
    assert reading(placements.ws.db, pl.get_row, placement).erid == ""
    # A publication date before the agreement is refused next to the field.
    row = reading(placements.ws.db, pl.get_row, placement)
    published = detail.fields["published_on"]
    published.widget.set_value(row.agreed_on - dt.timedelta(days=1))
    published.widget.edited.emit()
    assert "раньше даты согласования" in published.error.text()
    assert reading(placements.ws.db, pl.get_row, placement).published_on == row.published_on


def test_a_payment_is_recorded_and_one_over_the_fee_refused(placements, monkeypatch) -> None:
    from smmdesk.ui.dialogs.payment_dialog import PaymentDialog

    placement = pick(placements, lambda r: r.fee and r.balance)
    before = reading(placements.ws.db, pl.get_row, placement)
    refusals: list[str] = []

    def fill(dialog: PaymentDialog) -> int:
        dialog.amount.setText(f"{before.balance + 1}".replace(".", ","))
        dialog.accept()  # refused: more than is left
        refusals.append(dialog.error.text())
        dialog.amount.setText(f"{before.balance}".replace(".", ","))
        dialog.document.setText("п/п 777")
        dialog.accept()
        return 1

    monkeypatch.setattr(PaymentDialog, "exec", fill)
    placements.detail.payments_tab.pay_button.click()
    assert "больше остатка" in refusals[0]
    after = reading(placements.ws.db, pl.get_row, placement)
    assert after.balance == D(0) and after.paid_state == "paid"
    assert "оплачено" in placements.detail.payments_tab.balance.text()
    assert placements.detail.payments_model.rowCount() == len(
        reading(placements.ws.db, pl.payments_of, placement)
    )
    placements.ws.undo.undo()
    assert reading(placements.ws.db, pl.get_row, placement).balance == before.balance


def png_file(tmp_path: Path) -> Path:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (600, 1000), (30, 120, 200)).save(out, "PNG")
    path = tmp_path / "скрин.png"
    path.write_bytes(out.getvalue())
    return path


def test_screenshots_are_added_shown_opened_and_refused_when_not_pictures(
    placements, tmp_path, monkeypatch, answers, qtbot
) -> None:
    pick(placements, lambda r: r.status == "published" and not r.screenshots)
    detail = placements.detail
    detail.add_screenshots([str(png_file(tmp_path))])
    finish_background(qtbot)
    assert detail.shots.count() == 1 and "600×1000" in detail.shots.item(0).text()
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    path = detail.proof.open_screenshot(detail.shots.item(0).data(Qt.ItemDataRole.UserRole))
    assert opened == [str(path)] and path.read_bytes() == png_file(tmp_path).read_bytes()
    bad = tmp_path / "вирус.png"
    bad.write_bytes(b"MZ\x90\x00 not a picture at all")
    detail.add_screenshots([str(bad)])
    finish_background(qtbot)
    assert detail.shots.count() == 1
    assert any("не изображение" in text for text in answers.texts("box") + answers.texts("warn"))


def test_figures_are_typed_with_their_source_and_impossible_ones_refused(placements) -> None:
    placement = pick(placements, lambda r: r.platform == "youtube" and r.metrics)
    detail = placements.detail
    views, source, day = detail.metric_edits[Metric.IMPRESSIONS]
    likes = detail.metric_edits[Metric.LIKES][0]
    views.setText("1 000")
    likes.setText("5 000")
    assert not detail.save_metrics()
    assert "Лайков" in detail.metrics_message.text()
    likes.setText("90")
    source.setCurrentIndex(source.findData("screenshot"))
    day.set_value(dt.date(2026, 11, 1))
    assert detail.save_metrics()
    saved = reading(placements.ws.db, pub.metrics_of, placement)
    assert saved[Metric.IMPRESSIONS] == pub.MetricValue(1000, "screenshot", dt.date(2026, 11, 1))
    assert saved[Metric.LIKES].value == 90
    placements.ws.undo.undo()
    assert reading(placements.ws.db, pub.metrics_of, placement)[Metric.IMPRESSIONS].value != 1000


def test_the_grid_takes_figures_quickly_and_imports_statistics(placements, tmp_path, answers, qtbot) -> None:
    grid = placements.metrics
    placements.tabs.setCurrentWidget(grid)  # the tab a planner opens to type the figures
    column = grid.model.column_index("reach")
    row = grid.model.row_at(0)
    grid.source.setCurrentIndex(grid.source.findData("estimated"))
    type_date(grid.day, "20.11.2026")
    assert grid.model.setData(grid.model.index(0, column), "12,5 тыс.")
    saved = reading(placements.ws.db, pub.metrics_of, row.id)[Metric.REACH]
    assert saved == pub.MetricValue(12500, "estimated", dt.date(2026, 11, 20))
    assert grid.model.index(0, column).data() == "12\u00a0500"
    assert not grid.model.setData(grid.model.index(0, column), "много")
    assert "не число" in grid.message.text().lower()
    target = next(r for r in rows_of(placements) if r.url and r.status == "published")
    source = tmp_path / "stats.csv"
    source.write_text(
        f"Ссылка;Просмотры;Лайки\n{target.url};777 777;1\nhttps://nowhere.example/1;5;5\n", "utf-8"
    )
    answers.queue("confirm", True)
    grid.import_statistics(str(source))  # read in the background
    finish_background(qtbot)
    (summary,) = answers.texts("confirm")
    assert "сопоставлено со ссылками публикаций: 1" in summary and "nowhere.example" in summary
    assert reading(placements.ws.db, pub.metrics_of, target.id)[Metric.IMPRESSIONS].value == 777777


def test_to_capture_lists_publications_without_figures_with_days_left(placements) -> None:
    model = placements.capture_model
    assert model.rowCount() >= 1
    first = model.row_at(0)
    assert first.metrics == 0 and first.published_on is not None
    days = first.capture_days_left(TODAY)
    assert model.index(0, 0).data() in (f"{days} дн.", f"просрочено на {-days} дн.")
    assert "(" in placements.tabs.tabText(2)


def test_the_payments_register_for_a_period_exports(placements, tmp_path, answers, qtbot) -> None:
    register = placements.register
    placements.tabs.setCurrentWidget(register)
    today = dt.date.today()
    assert register.date_from.value() == today.replace(day=1)  # the current month, to its last day
    assert (register.date_to.value() + dt.timedelta(days=1)).day == 1
    type_date(register.date_from, "1.10.26")
    type_date(register.date_to, "31102026")
    paid = reading(placements.ws.db, pl.payments_register, dt.date(2026, 10, 1), dt.date(2026, 10, 31))
    assert register.model.rowCount() == len(paid) > 0
    answers.queue("save_file", str(tmp_path / "реестр"))
    target = register.export()
    finish_background(qtbot)
    sheet = load_workbook(target)["Платежи"]
    assert sheet["A1"].value == "Реестр платежей блогерам"
    assert sheet.cell(row=sheet.max_row, column=1).value == "Итого"


@pytest.fixture
def kpis(main_demo):
    section = main_demo.show_section("kpis")
    section.campaign.setCurrentIndex(section.campaign.findData(AUTUMN))
    section.show_campaign()
    return section


def test_kpi_targets_against_facts_and_charts(kpis, qtmodeltester, tmp_path, answers, qtbot) -> None:
    qtmodeltester.check(kpis.model)
    lines = {kpis.model.row_at(i).key: i for i in range(kpis.model.rowCount())}
    assert set(lines) == {k.key for k in kpi.m.KPIS}
    reach = kpis.model.row_at(lines["reach"])
    assert reach.plan == D(450000) and reach.fact > 0
    assert kpis.model.index(lines["reach"], 3).data().endswith("%")
    assert kpis.model.setData(kpis.model.index(lines["cpc"], 1), "100")
    cpc = next(k for k in kpis.model.rows if k.key == "cpc")
    assert cpc.plan == D(100) and cpc.achieved is not None
    kpis.ws.undo.undo()
    assert next(k for k in kpis.model.rows if k.key == "cpc").plan is None
    assert not kpis.model.setData(kpis.model.index(lines["cpc"], 1), "-5")
    assert "отрицательной" in kpis.message.text()
    assert kpis.charts.count() == 5  # the report's four, and the internal view of payments to bloggers
    assert "внутреннее" in kpis.charts.tabText(4) and kpis.chart_keys[4] == "payments"
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert kpis.chart_pages["reach"].itemAt(0).widget().__class__ is FigureCanvasQTAgg
    assert kpis.chart_pages["groups"].count() == 0  # made when its tab is first shown
    kpis.charts.setCurrentIndex(2)
    assert kpis.chart_pages["groups"].itemAt(0).widget().__class__ is FigureCanvasQTAgg
    chart = kpis.save_chart(str(tmp_path / "chart.svg"))
    finish_background(qtbot)
    assert chart.read_bytes().startswith(b"<?xml")
    before = kpis.summary.text()
    kpis.with_fee.setChecked(True)
    assert kpis.summary.text() != before and "с агентской комиссией и НДС" in kpis.summary.text()
    (pdf,) = kpis.export_report(".pdf", str(tmp_path / "отчёт"))
    finish_background(qtbot)
    assert pdf.suffix == ".pdf" and pdf.read_bytes().startswith(b"%PDF")
    xlsx, pdf = kpis.export_report(".xlsx .pdf", str(tmp_path / "оба"))
    finish_background(qtbot)
    assert load_workbook(xlsx).sheetnames[0] == "КПЭ" and pdf.read_bytes().startswith(b"%PDF")


def test_approving_an_estimate_puts_its_placements_to_work(main_demo, monkeypatch) -> None:
    from smmdesk.ui.dialogs import estimate_dialogs

    placements = main_demo.show_section("placements")
    before = placements.campaign.count()
    estimates = main_demo.show_section("estimates")
    assert estimates.select("estimate", 2)  # sent to the client, with a newer draft
    editor = estimates.editor
    editor.show_version(editor.version.versions[0].id)
    quantity = sum(line.quantity for line in editor.version.lines if line.is_placement)

    def approve(dialog: estimate_dialogs.DecisionDialog) -> int:
        dialog.who.setText("Дмитрий Орлов")
        dialog.accept()
        return 1

    monkeypatch.setattr(estimate_dialogs.DecisionDialog, "exec", approve)
    editor.approve_button.click()
    main_demo.show_section("placements")  # a hidden section catches up when it is shown
    assert placements.campaign.count() == before + 1
    placements.campaign.setCurrentIndex(placements.campaign.findData(2))
    placements.apply_filter()
    assert placements.model.rowCount() == quantity
    main_demo.workspace.undo.undo()  # undone here, on screen: the section follows at once
    assert placements.campaign.findData(2) == -1
