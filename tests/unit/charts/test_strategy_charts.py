"""The strategy's charts, read back from their artists: each KPI's bar as long as its progress in
its status's colour, each task a span from its start to the day after its due date."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D

from matplotlib.collections import PolyCollection
from matplotlib.colors import to_hex

from smmdesk.charts.strategy import (
    STATUS_COLORS,
    Bar,
    Milestone,
    ProgressBar,
    kpi_progress_chart,
    lanes_for,
    timeline_chart,
)
from smmdesk.domain.strategy.control import Result
from smmdesk.domain.strategy.kpis import Status


def test_each_kpi_bar_is_its_progress_in_its_status_colour() -> None:
    bars = [ProgressBar("Охват", D("95.9"), D("100.0"), Status.ON_TRACK),
            ProgressBar("Подписчики", D("43.3"), D("60.4"), Status.AT_RISK),
            ProgressBar("Продажи", None, D("10"), Status.UNKNOWN)]  # fmt: skip
    ax = kpi_progress_chart(bars).axes[0]
    drawn = {t.get_text(): p for t, p in zip(ax.get_yticklabels(), ax.patches, strict=True)}
    assert round(drawn["Охват"].get_width(), 1) == 95.9 and round(drawn["Подписчики"].get_width(), 1) == 43.3
    assert drawn["Продажи"].get_width() == 0  # unknown: no bar, "—" beside it
    assert to_hex(drawn["Подписчики"].get_facecolor()) == to_hex(STATUS_COLORS[Status.AT_RISK])
    assert "—" in [t.get_text() for t in ax.texts]


def test_a_task_spans_its_days_and_many_tasks_share_their_group_s_lane() -> None:
    from matplotlib.dates import date2num

    start, end = dt.date(2026, 11, 2), dt.date(2026, 11, 29)
    few = lanes_for([("Баннеры", "Охват", dt.date(2026, 11, 9), dt.date(2026, 11, 13), False)])
    ax = timeline_chart(few, [Milestone(dt.date(2026, 11, 16), "Половина", Result.FAILED)], start, end).axes[
        0
    ]
    (spans,) = [c for c in ax.collections if isinstance(c, PolyCollection)]
    x0, x1 = spans.get_paths()[0].get_extents().x0, spans.get_paths()[0].get_extents().x1
    assert (x0, x1) == (date2num(dt.date(2026, 11, 9)), date2num(dt.date(2026, 11, 14)))  # 13th included
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Контрольные точки", "Баннеры"]
    many = [(f"Задача {n}", "Охват" if n % 2 else "Продажи", start, end, False) for n in range(100)]
    crowded = timeline_chart(lanes_for(many), [], start, end).axes[0]
    assert sorted(t.get_text() for t in crowded.get_yticklabels()) == ["Охват", "Продажи"]
    lanes = [c for c in crowded.collections if isinstance(c, PolyCollection)]
    assert len(lanes) == 2 and sum(len(c.get_paths()) for c in lanes) == 100  # one collection a lane
    assert Bar("Охват", start, end) in lanes_for(many)


def test_the_progress_labels_are_grouped_and_pointed_in_the_chart_s_language() -> None:
    """A KPI far past its target prints «1 234,5 %» in Russian, «1,234.5 %» in English (the chart's
    one number formatting, `money.format_decimal` with the language's separators), never «1234.5»."""
    bars = [ProgressBar("Охват", D("1234.46"), D("100.0"), Status.ACHIEVED)]
    for lang, shown in (("ru", "1\u202f234,5 %"), ("en", "1,234.5 %")):
        ax = kpi_progress_chart(bars, lang).axes[0]
        labels = [t.get_text() for t in ax.texts]
        assert shown in labels, (lang, labels)
        assert not any("1234" in text for text in labels)


def test_a_negative_progress_is_a_bar_and_the_expected_tick_leaves_its_figure_clear() -> None:
    """A KPI gone the wrong way (−12,5 %) is a bar to the left of 0, not a bare label; each figure is
    written past the expected tick, so the tick never covers it."""
    bars = [ProgressBar("Доля негатива", D("-12.5"), D("40"), Status.OFF_TRACK),
            ProgressBar("Охват", D("38"), D("40"), Status.ON_TRACK)]  # fmt: skip
    ax = kpi_progress_chart(bars).axes[0]
    drawn = {t.get_text(): p for t, p in zip(ax.get_yticklabels(), ax.patches, strict=True)}
    assert round(drawn["Доля негатива"].get_width(), 1) == -12.5
    assert ax.get_xlim()[0] <= -12.5
    figures = {t.get_text(): t.get_position()[0] for t in ax.texts}
    assert figures["-12,5 %"] > 40 and figures["38,0 %"] > 40  # right of the tick at 40
