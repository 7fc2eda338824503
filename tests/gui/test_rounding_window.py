"""One rounding everywhere (RULES.md): a campaign whose CPM is exactly 5,625 ₽ and whose reach is
exactly 12,25 % of its target reads 5,63 ₽ and 12,3 % in the KPI window, in the report's XLSX and
in its PDF, never 5,62 ₽ or 12,2 % (what half-to-even rounding gives)."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.domain.metrics import Metric
from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns as camp
from smmdesk.services import estimates as est
from smmdesk.services import influencers as inf
from smmdesk.services import kpi, report
from smmdesk.services import placements as pl
from smmdesk.services import publications as pub

DAY = dt.date(2026, 12, 10)


@pytest.fixture
def half_kopeck_campaign(workspace) -> int:
    """One publication that cost 45 ₽ and was viewed 8 000 times (CPM 5,625 ₽), reach 49 of 400."""
    with workspace.db.transaction() as s:
        client = camp.create_client(s, "ООО «Ровно»")
        campaign = camp.create_campaign(s, client, "Полкопейки", dt.date(2026, 12, 1), dt.date(2026, 12, 31))
        inf.create_influencer(s, "Ирина Точная", "vk", "tochno", followers=10_000)
        account = s.scalar(inf.select(inf.Account.id).where(inf.Account.handle == "tochno"))
        estimate = est.create_estimate(s, campaign, "Декабрь", AgencySettings())
        version = est.latest_version(s, estimate)
        (line,) = est.add_placements(s, version, [account], 1, DAY)
        est.update_line(s, line, {"unit_price": D("45")})
        est.send_to_client(s, version)
        est.decide(s, version, True, "Петров П.")
        (placement,) = pl.list_rows(s, campaign)
        pl.update_placement(s, placement.id, {"published_on": DAY})
        measured = {
            Metric.IMPRESSIONS: pub.MetricValue(8000, "measured", DAY),
            Metric.REACH: pub.MetricValue(49, "measured", DAY),
        }
        pub.set_metrics(s, placement.id, measured)
        kpi.set_target(s, campaign, "reach", D(400))
    return campaign


def test_the_window_and_the_report_round_alike(
    qtbot, workspace, user_settings, russian, half_kopeck_campaign: int, tmp_path: Path
) -> None:
    from smmdesk.ui.windows.kpis import KpisWindow

    window = KpisWindow(workspace, user_settings)
    qtbot.addWidget(window)
    window.campaign.setCurrentIndex(window.campaign.findData(half_kopeck_campaign))
    window.reload()  # everything from the database, the chosen campaign kept
    row = {window.model.row_at(i).key: i for i in range(window.model.rowCount())}
    cpm_shown = window.model.index(row["cpm"], 2).data().replace("\u00a0", " ")
    reach_shown = window.model.index(row["reach"], 3).data().replace("\u00a0", " ")
    assert (cpm_shown, reach_shown) == ("5,63 ₽", "12,3 %")  # computed by hand: 45/8000×1000, 49/400

    xlsx, pdf = tmp_path / "отчёт.xlsx", tmp_path / "отчёт.pdf"
    with workspace.db.reading() as s:
        report.export_campaign_report(s, half_kopeck_campaign, [xlsx, pdf])
    sheet = load_workbook(xlsx, data_only=True)["КПЭ"]
    cells = {r[0].value: r for r in sheet.iter_rows() if r[0].value in ("CPM", "Охват")}
    assert cells["CPM"][2].value == 5.63 and cells["Охват"][3].value == pytest.approx(0.123)
    publications = load_workbook(xlsx, data_only=True)["Публикации"]
    assert publications["M3"].value == 5.63  # the publication's own CPM, in its table
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True).stdout
        text = text.replace("\u00a0", " ")
        assert cpm_shown in text and "12,3 %" in text
        assert "5,62 ₽" not in text and "12,2 %" not in text
