"""The metric formulas of RULES.md against a table computed by hand."""

from __future__ import annotations

from decimal import ROUND_HALF_UP
from decimal import Decimal as D

import pytest

from smmdesk.domain import metrics as m
from smmdesk.domain.metrics import Figures, FigureSet

# Three publications. The third was never measured for views or reach, and has no clicks.
#      cost    views   reach  likes comm shares saves  clicks leads sales revenue followers  eng
# P1  10 000  20 000  15 000   800   50    30   120     200    20     5  25 000   50 000   1000
# P2   5 000  10 000   8 000   300   20     —     —       0     —     0       0   20 000    320
# P3   7 000       —       —   100   10     —     —       —     —     —       —   30 000    110
P1 = Figures(D(10000), 20000, 15000, 800, 50, 30, 120, 200, 20, 5, D(25000), 50000)
P2 = Figures(D(5000), 10000, 8000, 300, 20, None, None, 0, None, 0, D(0), 20000)
P3 = Figures(D(7000), None, None, 100, 10, None, None, None, None, None, None, 30000)
CAMPAIGN = FigureSet([P1, P2, P3])


def q(value: D | None) -> D | None:
    return None if value is None else value.quantize(D("0.01"), rounding=ROUND_HALF_UP)


def test_one_publication() -> None:
    assert P1.engagements == 1000
    assert m.cpm(P1.cost, P1.impressions) == D(500)
    assert m.cpv(P1.cost, P1.impressions) == D("0.5")
    assert m.cpe(P1.cost, P1.engagements) == D(10)
    assert m.cpc(P1.cost, P1.clicks) == D(50)
    assert m.cpl(P1.cost, P1.leads) == D(500)
    assert m.cpa(P1.cost, P1.sales) == D(2000)
    assert m.romi(P1.revenue, P1.cost) == D(150)
    assert m.er(P1.engagements, P1.followers) == D(2)
    assert q(m.err(P1.engagements, P1.reach)) == D("6.67")
    assert m.ctr(P1.clicks, P1.impressions) == D(1)
    assert q(m.cr(P1.sales, P1.clicks)) == D("2.50")


def test_a_zero_or_unknown_denominator_has_no_value() -> None:
    assert m.cpc(P2.cost, P2.clicks) is None  # 0 clicks
    assert m.cr(P2.sales, P2.clicks) is None
    assert m.cpm(P3.cost, P3.impressions) is None  # views never captured
    assert m.romi(None, D(100)) is None and m.romi(D(100), D(0)) is None
    assert m.engagements(None, None, None, None) is None
    assert m.engagements(5, None, None, None) == 5  # a part the platform lacks counts as 0


def test_a_set_is_a_ratio_of_sums_over_what_is_known() -> None:
    assert CAMPAIGN.sum_of(m.Metric.REACH) == 23000
    assert CAMPAIGN.sum_of(m.Metric.IMPRESSIONS) == 30000
    assert CAMPAIGN.engagements == 1430
    assert CAMPAIGN.cost == D(22000)
    # P3 has no views: neither its cost nor anything else of it enters CPM and CPV.
    assert CAMPAIGN.cpm() == D(500)  # 15 000 / 30 000 × 1000
    assert CAMPAIGN.cpv() == D("0.5")
    assert q(CAMPAIGN.cpe()) == D("15.38")  # 22 000 / 1 430
    assert CAMPAIGN.cpc() == D(75)  # 15 000 / 200
    assert CAMPAIGN.cpl() == D(500)  # 10 000 / 20
    assert CAMPAIGN.cpa() == D(3000)  # 15 000 / 5
    assert q(CAMPAIGN.romi()) == D("66.67")  # (25 000 − 15 000) / 15 000
    assert CAMPAIGN.er() == D("1.43")  # 1 430 / 100 000; the average of the ERs would be 1.32
    assert q(CAMPAIGN.err()) == D("5.74")  # 1 320 / 23 000
    assert q(CAMPAIGN.ctr()) == D("0.67")  # 200 / 30 000
    assert q(CAMPAIGN.cr()) == D("2.50")  # 5 / 200 (P2's 0 of 0 adds nothing)
    assert FigureSet([P3]).cpm() is None and FigureSet([]).cost is None


def test_kpi_facts_and_achievement() -> None:
    facts = {kpi.key: kpi.fact(CAMPAIGN) for kpi in m.KPIS}
    assert facts["reach"] == 23000 and facts["views"] == 30000 and facts["engagements"] == 1430
    assert facts["revenue"] == D(25000) and facts["cpm"] == D(500)
    assert m.achieved(D(20000), facts["reach"], lower_is_better=False) == D(115)
    assert m.achieved(D(600), facts["cpm"], lower_is_better=True) == D(120)  # cheaper than planned
    assert m.achieved(D(0), D(5), lower_is_better=False) is None
    assert m.achieved(D(100), None, lower_is_better=True) is None


@pytest.mark.parametrize("kpi", m.KPIS, ids=lambda k: k.key)
def test_every_kpi_of_an_empty_set_is_unknown(kpi: m.KpiDef) -> None:
    assert kpi.fact(FigureSet([])) is None
