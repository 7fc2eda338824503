"""A strategy's charts as matplotlib Figures in the one style of `charts.style`: the KPIs' progress
against where they should be by now, and the timeline (Gantt) of tasks and checkpoints.

The timeline gives each task a lane of its own while they are few; a plan of hundreds of tasks is
drawn by lanes of a group (its initiative, goal or role) with every task a bar in its group's
lane, so two thousand tasks still read, and draw in one call. matplotlib is imported when a chart
is first made.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from smmdesk.charts import style
from smmdesk.charts.style import COLORS, GRID, INK, MUTED, new_figure
from smmdesk.domain.strategy.control import Result
from smmdesk.domain.strategy.kpis import Status

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STATUS_COLORS = {
    Status.ACHIEVED: COLORS[2],
    Status.ON_TRACK: COLORS[0],
    Status.AT_RISK: COLORS[1],
    Status.OFF_TRACK: COLORS[4],
    Status.UNKNOWN: MUTED,
}
RESULT_COLORS = {Result.PASSED: COLORS[2], Result.PARTLY: COLORS[1], Result.FAILED: COLORS[4], None: INK}
LANES_PER_TASK_UP_TO = 40  # more tasks than this are drawn in lanes of their group
MONTHS = {
    "ru": ("янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}
CAPTIONS = {
    "ru": {
        "progress": "Прогресс КПЭ, %",
        "expected": "ожидаемый к этой дате",
        "timeline": "План работ и контрольные точки",
        "checkpoints": "Контрольные точки",
        "empty": "Данных пока нет",
        "today": "сегодня",
    },
    "en": {
        "progress": "KPI progress, %",
        "expected": "expected by now",
        "timeline": "Tasks and checkpoints",
        "checkpoints": "Checkpoints",
        "empty": "No data yet",
        "today": "today",
    },
}


def captions(lang: str) -> dict[str, str]:
    return CAPTIONS.get(lang, CAPTIONS["ru"])


@dataclass(frozen=True)
class ProgressBar:
    label: str
    progress: Decimal | None  # shown, one decimal; None while unknown
    expected: Decimal
    status: Status


def kpi_progress_chart(bars: Sequence[ProgressBar], lang: str = "ru", title: str | None = None) -> Figure:
    """Each KPI's progress as a bar in its status's colour (a negative one, a KPI gone the wrong way,
    drawn to the left of 0), the expected progress as a tick across it; each bar's figure beside
    the bar or the tick, whichever reaches further, so the tick never covers it."""
    c = captions(lang)
    figure = new_figure((9.0, 1.4 + 0.34 * max(3, len(bars))))
    ax = figure.add_subplot()
    style.style_axes(ax, title or c["progress"])
    if not bars:
        style.empty(ax, c["empty"])
        return figure
    names = style.distinct_short([b.label for b in bars], 34)[::-1]
    ordered = list(bars)[::-1]
    widths = [max(-100.0, min(float(b.progress), 150.0)) if b.progress is not None else 0.0 for b in ordered]
    colors = [STATUS_COLORS[b.status] for b in ordered]
    y = range(len(ordered))
    ax.barh(y, widths, color=colors, height=0.6)
    ax.scatter(
        [float(b.expected) for b in ordered],
        y,
        marker="|",
        s=260,
        color=INK,
        linewidths=1.6,
        label=c["expected"],
        zorder=3,
    )
    ax.set_yticks(list(y), names)
    for index, bar in enumerate(ordered):
        text = "—" if bar.progress is None else style.number_text(bar.progress, 1, lang) + " %"
        beside = max(widths[index], float(bar.expected)) + 3  # past the tick, not under it
        ax.text(beside, index, text, va="center", fontsize=7.5, color=INK)
    ax.axvline(100, color=GRID, linewidth=1.2)
    ax.axvline(0, color=GRID, linewidth=1.0)
    ax.set_xlim(min(0.0, min(widths) - 5), max(160.0, max(widths) + 25))
    style.value_axis(ax, "x", lang)
    ax.grid(axis="y", visible=False)
    handles, labels = ax.get_legend_handles_labels()
    style.legend_below(figure, handles, labels)
    return figure


@dataclass(frozen=True)
class Bar:
    lane: str
    start: dt.date
    end: dt.date  # the last day, included
    done: bool = False


@dataclass(frozen=True)
class Milestone:
    day: dt.date
    title: str
    result: Result | None = None


def timeline_chart(
    bars: Sequence[Bar],
    milestones: Sequence[Milestone],
    start: dt.date,
    end: dt.date,
    lang: str = "ru",
    today: dt.date | None = None,
    title: str | None = None,
) -> Figure:
    """Lanes in the order their bars first come, each bar a task from its start to its due date
    (pale once done), checkpoints as diamonds in a lane of their own at the top."""
    from matplotlib.dates import date2num

    c = captions(lang)
    lanes = list(dict.fromkeys(b.lane for b in bars))
    rows = len(lanes) + (1 if milestones else 0)
    figure = new_figure((9.0, 1.3 + 0.3 * max(4, rows)))
    ax = figure.add_subplot()
    style.style_axes(ax, title or c["timeline"])
    if not bars and not milestones:
        style.empty(ax, c["empty"])
        return figure
    offset = 1 if milestones else 0
    position = {lane: rows - 1 - (offset + i) for i, lane in enumerate(lanes)}
    crowded = len(bars) > len(lanes)
    left = date2num([b.start for b in bars]) if bars else []
    by_lane: dict[str, tuple[list[tuple[float, float]], list[str]]] = {lane: ([], []) for lane in lanes}
    for bar, x in zip(bars, left, strict=True):
        spans, colors = by_lane[bar.lane]
        spans.append((float(x), (bar.end - bar.start).days + 1))
        colors.append(MUTED if bar.done else COLORS[position[bar.lane] % 3 if crowded else 0])
    for lane, (spans, colors) in by_lane.items():
        # one collection a lane: thousands of bars draw as fast as a few
        ax.broken_barh(spans, (position[lane] - 0.31, 0.62), facecolors=colors,
                       alpha=0.45 if crowded else 0.9, linewidth=0)  # fmt: skip
    if milestones:
        ax.scatter(
            date2num([m.day for m in milestones]),
            [rows - 1] * len(milestones),
            marker="D",
            s=36,
            color=[RESULT_COLORS[m.result] for m in milestones],
            zorder=3,
        )
    labels = ([c["checkpoints"]] if milestones else []) + lanes
    ax.set_yticks(list(range(rows - 1, -1, -1)), style.distinct_short(labels, 30))
    ax.set_ylim(-0.7, rows - 0.3)
    first, last = date2num(start), date2num(end + dt.timedelta(days=1))
    ax.set_xlim(first, last)
    _month_ticks(ax, start, end, lang)
    if today is not None and start <= today <= end:
        ax.axvline(date2num(today), color=COLORS[4], linewidth=1.0, linestyle=":")
    ax.grid(axis="y", visible=False)
    return figure


def _month_ticks(ax: object, start: dt.date, end: dt.date, lang: str) -> None:
    """A tick at the first of each month ("янв 2027" where the year turns, "фев" after), at most 13."""
    from matplotlib.dates import date2num

    months = []
    day = dt.date(start.year, start.month, 1)
    while day <= end:
        if day >= start:
            months.append(day)
        day = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    step = max(1, -(-len(months) // 13))
    shown = months[::step]
    names = MONTHS.get(lang, MONTHS["ru"])
    texts = [
        f"{names[d.month - 1]} {d.year}" if i == 0 or d.month <= step else names[d.month - 1]
        for i, d in enumerate(shown)
    ]
    ax.set_xticks(list(date2num(shown)), texts)  # type: ignore[attr-defined]


def lanes_for(
    tasks: Sequence[tuple[str, str, dt.date, dt.date, bool]], limit: int = LANES_PER_TASK_UP_TO
) -> list[Bar]:
    """Bars for (title, group, start, due, done) tasks: a lane per task while they are few, else a
    lane per group."""
    if len(tasks) <= limit:
        seen: dict[str, int] = {}
        bars = []
        for title, _group, start, due, done in tasks:
            seen[title] = seen.get(title, 0) + 1
            bars.append(Bar(title if seen[title] == 1 else f"{title} ({seen[title]})", start, due, done))
        return bars
    return [Bar(group, start, due, done) for _title, group, start, due, done in tasks]
