"""What the windows say about the client's figures, as the client's files say it: the KPI window's
note on costs in the words of the estimate's VAT mode, a draft's forecast over the lines that have
a price and views, fees and payments in their own currency."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

from conftest import type_date
from made_campaigns import DAY, made_campaign
from rendering import PDFTOTEXT, pdf_text

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services import placements as pl
from smmdesk.services.estimate_export import export_version

FIGURES = {"impressions": 8000, "reach": 5000, "likes": 100, "followers": 3000, "clicks": 20}
# RULES.md's words for each VAT mode, as the report's note on its costs says them.
NOTES = {
    ("on_top", False): "без агентской комиссии и НДС",
    ("on_top", True): "с агентской комиссией и НДС",
    ("included", False): "без агентской комиссии, в том числе НДС",
    ("included", True): "с агентской комиссией, в том числе НДС",
    ("none", False): "без агентской комиссии; НДС не облагается (УСН)",
    ("none", True): "с агентской комиссией (всего к оплате по смете); НДС не облагается (УСН)",
}


def words_of(text: str) -> str:
    return " ".join(text.split())


def test_the_kpi_window_words_its_costs_as_the_report_does(workspace, qtbot, user_settings, russian) -> None:
    from smmdesk.ui.windows.kpis import KpisWindow

    made = {mode: made_campaign(workspace.db, f"Окно {mode}", ["10000"], [FIGURES], vat_mode=mode)
            for mode in ("on_top", "included", "none")}  # fmt: skip
    window = KpisWindow(workspace, user_settings)
    qtbot.addWidget(window)
    window.reload_campaigns()
    for mode, campaign in made.items():
        window.campaign.setCurrentIndex(window.campaign.findData(campaign.campaign))
        for with_fee in (False, True):
            window.with_fee.setChecked(with_fee)
            window.show_campaign()
            assert NOTES[mode, with_fee] in window.summary.text(), (mode, with_fee)
            assert "1 из 1" in window.summary.text().replace("Публикаций: 1 из 1;", "1 из 1")


def test_a_drafts_forecast_is_over_the_lines_with_a_price_and_views(
    workspace, user_settings, qtbot, russian, tmp_path: Path
) -> None:
    """A line of 10 000 ₽ for 20 000 views and a line of 80 000 views without a price yet: CPM is
    10 000 / 20 000 × 1000 = 500,00 ₽ and CPV 0,50 ₽, not 100,00 ₽ and 0,10 ₽ over all the views."""
    db = workspace.db
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Ромашка»")
        campaign = camp.create_campaign(s, client, "Прогноз", dt.date(2027, 3, 1), dt.date(2027, 3, 31))
        inf.create_influencer(s, "Анна", "vk", "anna_f", avg_views=20_000)
        inf.create_influencer(s, "Борис", "vk", "boris_f", avg_views=80_000)
        accounts = [s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == h))
                    for h in ("anna_f", "boris_f")]  # fmt: skip
        estimate = est.create_estimate(s, campaign, "Черновик", AgencySettings())
        version = est.latest_version(s, estimate)
        priced, _ = est.add_placements(s, version, accounts, 1, dt.date(2027, 3, 5))
        est.update_line(s, priced, {"unit_price": D("10000")})
    xlsx, pdf = tmp_path / "прогноз.xlsx", tmp_path / "прогноз.pdf"
    with db.reading() as s:
        view = export_version(s, version, xlsx)
        export_version(s, version, pdf)
    assert view.forecast.views == 100_000 and view.forecast.cpm == D("500")
    from openpyxl import load_workbook

    cells = [str(c.value) for row in load_workbook(xlsx).active.iter_rows() for c in row if c.value]
    outlook = next(c for c in cells if c.startswith("Прогноз:")).replace("\u00a0", " ")
    assert "просмотры 100 000" in outlook and "CPM 500,00 ₽" in outlook and "CPV 0,50 ₽" in outlook
    if PDFTOTEXT is not None:
        printed = words_of(pdf_text(pdf))
        assert "CPM 500,00 ₽" in printed and "CPV 0,50 ₽" in printed
    from smmdesk.ui.windows.main_window import MainWindow

    window = MainWindow(workspace, user_settings)
    qtbot.addWidget(window)
    section = window.show_section("estimates")
    assert section.select("estimate", estimate)
    shown = section.editor.forecast.text().replace("\u00a0", " ")
    assert "CPM 500,00 ₽" in shown and "CPV 0,50 ₽" in shown and "100 000" in shown


def test_the_placements_window_shows_fees_and_payments_in_their_currency(
    workspace, user_settings, qtbot, russian, tmp_path: Path
) -> None:
    """Fees, what is left and the payments of a dollar campaign read in dollars in the placements
    window; the register under it totals each currency apart."""
    db = workspace.db
    made_campaign(db, "Рубли", ["10000"], [FIGURES])
    usd = made_campaign(db, "Доллары", ["1000"], [FIGURES], currency="USD", client="Acme Inc.")
    with db.transaction() as s:
        for row in pl.list_rows(s):
            pl.update_placement(s, row.id, {"fee": row.cost})
            pl.add_payment(s, row.id, DAY, row.cost / 2, "prepayment", "перевод на счёт")
    from smmdesk.ui.windows.main_window import MainWindow

    window = MainWindow(workspace, user_settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    section = window.show_section("placements")
    section.campaign.setCurrentIndex(section.campaign.findData(usd.campaign))
    section.apply_filter()
    model = section.model
    fee, left = model.column_index("fee"), model.column_index("balance")
    texts = [model.index(0, c).data().replace("\u00a0", " ") for c in (fee, left)]
    assert texts == ["1 000,00 $", "500,00 $"]
    assert "500,00 $" in section.summary.text().replace("\u00a0", " ")
    section.table.selectRow(0)
    payments = section.detail.payments_model
    assert payments.index(0, 1).data().replace("\u00a0", " ") == "500,00 $"
    tab = section.detail.payments_tab
    fee_label = tab.form.layout.labelForField(tab.fee.parentWidget())
    assert fee_label.text() == "Гонорар, $:"  # the fee typed in dollars, not «₽»
    assert "1 000,00 $" in tab.balance.text().replace("\u00a0", " ")
    register = section.register
    section.tabs.setCurrentWidget(register)
    type_date(register.date_from, "01.05.2027")
    type_date(register.date_to, "31.05.2027")
    total = register.total.text().replace("\u00a0", " ")
    assert "5 000,00 ₽" in total and "500,00 $" in total and "5 500" not in total
