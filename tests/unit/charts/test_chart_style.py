"""Charts that read: drawn for real, every axis's tick labels are all different and none touches
its neighbour, legends sit clear of every plot and title, numbers are in the chart's language."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from itertools import pairwise
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg

from smmdesk.charts import campaign as charts
from smmdesk.charts.style import formatter
from smmdesk.domain.metrics import Figures
from smmdesk.domain.results import CostSeries, PaymentSeries, by_group, daily_series
from smmdesk.services import kpi, report
from smmdesk.services.workspace import open_workspace

AUTUMN = 5


def tick_labels(axis) -> list:
    view = sorted(axis.get_view_interval())
    inside = [tick for tick in axis.get_major_ticks() if view[0] - 1e-9 <= tick.get_loc() <= view[1] + 1e-9]
    return [tick.label1 for tick in inside if tick.label1.get_visible() and tick.label1.get_text()]


def problems(figure) -> list[str]:
    """Everything on a drawn figure a reader would stumble over."""
    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    found = []
    titles = [figure._suptitle] if figure._suptitle is not None else []
    for ax in figure.axes:
        titles += [t for t in (ax.title, ax._left_title) if t.get_text()]
        for name, axis in (("x", ax.xaxis), ("y", ax.yaxis)):
            labels = tick_labels(axis)
            texts = [label.get_text() for label in labels]
            if len(set(texts)) != len(texts):
                found.append(f"{ax.get_title(loc='left')!r} {name}: ticks read alike: {texts}")
            boxes = sorted(
                (label.get_window_extent(renderer) for label in labels), key=lambda b: (b.x0, b.y0)
            )
            for a, b in pairwise(boxes):
                if a.overlaps(b):
                    found.append(f"{ax.get_title(loc='left')!r} {name}: tick labels run together: {texts}")
                    break
    for legend in figure.legends + [ax.get_legend() for ax in figure.axes if ax.get_legend()]:
        box = legend.get_window_extent(renderer)
        for ax in figure.axes:
            if box.overlaps(ax.get_window_extent(renderer)):
                found.append(f"the legend covers the plot {ax.get_title(loc='left')!r}")
        for title in titles:
            if box.overlaps(title.get_window_extent(renderer)):
                found.append(f"the legend covers the title {title.get_text()!r}")
    return found


@pytest.fixture(scope="module")
def demo_figures(demo_copy: Path) -> dict:
    db = open_workspace(demo_copy, keep_backups=1)
    try:
        with db.reading() as s:
            results = kpi.campaign_results(s, AUTUMN)
            keys = (*report.CHART_KEYS, *report.INTERNAL_CHART_KEYS)
            return {lang: report.campaign_charts(s, results, lang, keys) for lang in ("ru", "en")}
    finally:
        db.close()


@pytest.mark.parametrize("lang", ["ru", "en"])
@pytest.mark.parametrize("key", [*report.CHART_KEYS, *report.INTERNAL_CHART_KEYS])
def test_every_chart_of_the_demo_reads(demo_figures: dict, lang: str, key: str) -> None:
    assert problems(demo_figures[lang][key]) == []


def test_costs_that_once_printed_as_18_and_12_thousand_read_apart() -> None:
    first = dt.date(2026, 10, 1)
    costs = [(first + dt.timedelta(days=n), Decimal(2500)) for n in range(7)]  # up to 17 500 ₽
    from smmdesk.domain.results import cost_series

    figure = charts.budget_chart(cost_series(costs, first, first + dt.timedelta(days=9), None), "ru", "RUB")
    assert problems(figure) == []
    labels = [t.get_text() for t in tick_labels(figure.axes[0].yaxis)]
    assert any("17,5" in text or "17\u202f500" in text for text in labels) or len(labels) <= 4, labels
    ticks = [0, 2500, 5000, 7500, 10000, 12500, 15000, 17500]
    shown = formatter("ru").format_ticks(ticks)
    assert shown[-1] == "17,5\u00a0тыс." and shown[-3] == "12,5\u00a0тыс." and len(set(shown)) == len(shown)


def test_numbers_are_in_the_charts_language() -> None:
    assert formatter("en", "USD").format_ticks([0, 500_000, 1_000_000, 1_500_000]) == [
        "0", "0.5\u00a0M\u00a0$", "1.0\u00a0M\u00a0$", "1.5\u00a0M\u00a0$"
    ]  # fmt: skip
    assert formatter("ru").format_ticks([0, 2000, 4000]) == ["0", "2\u202f000", "4\u202f000"]
    assert formatter("en").format_ticks([0, 2000, 4000]) == ["0", "2,000", "4,000"]


def test_many_platforms_and_long_names_never_run_together() -> None:
    names = [f"Очень длинное имя блогера номер {n}" for n in range(12)]
    figures = [
        (n, Figures(cost=Decimal(1000 + 997 * n), impressions=5000 + n * 3100, likes=300 + n * 17))
        for n in range(12)
    ]
    people = by_group((names[n], f) for n, f in figures)
    sites = ["YouTube", "Instagram", "VK", "Telegram", "TikTok", "Дзен", "RuTube", "OK"]
    by_site = by_group((site, f) for site, (_, f) in zip(sites, figures, strict=False))
    days = [dt.date(2026, 1, n) for n in range(1, 31)]
    for figure in (
        charts.cost_by_influencer_chart(people),
        charts.results_by_group_chart(people[:8], by_site),
        charts.payments_chart(PaymentSeries([dt.date(2026, 1, 1)], [Decimal(3000)], None, Decimal(17500))),
        charts.budget_chart(CostSeries(days, [Decimal(n * 777) for n in range(30)], Decimal(25_000))),
        charts.reach_chart(daily_series(dt.date(2026, 1, 1), dt.date(2026, 12, 31), [], [])),
    ):
        assert problems(figure) == []
