"""The strategy document for the client (PDF, XLSX) and the tasks and checkpoints as an iCalendar
file. The client's document says what the strategy aims at and how it stands: the goal tree with
progress, the KPIs with their status, the plan of tasks with who does them (R and A), the
checkpoints with their results, and the charts. Nothing internal goes in it: no hourly rates, no
agreements or motivation amounts, no payments, no staffing costs.

Texts of the program's own words (goal kinds, statuses, roles) are translated by `translate`: the
callers pass the Russian catalogue (`i18n.translator_for("ru")`), the client's language.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.orm import Session

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.money import format_figure
from smmdesk.domain.report import ACHIEVED, DATE, DECIMAL, FIGURE, TEXT, Column, Picture, Report, Table
from smmdesk.domain.strategy import goals as goal_rules
from smmdesk.domain.strategy.control import RESULT_LABELS, ChecklistBar, JudgementBar, KpiBar
from smmdesk.domain.strategy.goals import GOAL_KIND_LABELS
from smmdesk.domain.strategy.kpis import STATUS_LABELS
from smmdesk.domain.strategy.people import role_label
from smmdesk.domain.strategy.plan import TASK_STATUS_LABELS
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.services.strategy import latest_version
from smmdesk.services.strategy_state import StrategyState, strategy_state

Translate = Callable[[str, str], str]
SUFFIXES = (".pdf", ".xlsx", ".ics")
INDENT = "    "  # a sub-goal under its parent


def _identity(_context: str, text: str) -> str:
    return text


def _names(state: StrategyState, keys: tuple[int, ...]) -> str:
    people = {e.id: e.name for e in state.version.executors}
    return ", ".join(people[k] for k in keys if k in people)


def _goal_table(state: StrategyState, tr: Translate) -> Table:
    children = goal_rules.children_of(state.version.goals)
    rows: list[list[object]] = []

    def walk(parent: int | None, depth: int) -> None:
        for goal in sorted(children.get(parent, []), key=lambda g: g.id):
            rows.append([INDENT * depth + goal.title, tr("Strategy", GOAL_KIND_LABELS[goal.kind]), goal.owner,
                         goal.start, goal.end, state.goals.get(goal.id)])  # fmt: skip
            walk(goal.id, depth + 1)

    walk(None, 0)
    return Table(
        "Цели",
        [Column("Цель", TEXT, 34), Column("Вид", TEXT, 20), Column("Владелец", TEXT, 18),
         Column("С", DATE, 11), Column("По", DATE, 11), Column("Прогресс", ACHIEVED, 11)],
        rows,
    )  # fmt: skip


def _kpi_table(state: StrategyState, tr: Translate) -> Table:
    goals = {g.id: g.title for g in state.version.goals}
    rows = []
    for kpi in state.version.kpis:
        now = state.kpis[kpi.id]
        status = tr("Strategy", STATUS_LABELS[now.status])
        rows.append([goals.get(kpi.goal_id, ""), kpi.metric, kpi.unit, kpi.baseline, kpi.target, kpi.due,
                     now.current, now.progress, now.expected, status])  # fmt: skip
    return Table(
        "КПЭ",
        [Column("Цель", TEXT, 22), Column("Показатель", TEXT, 24), Column("Ед.", TEXT, 6),
         Column("База", FIGURE, 12), Column("Цель, значение", FIGURE, 14), Column("Срок", DATE, 11),
         Column("Сейчас", FIGURE, 12), Column("Прогресс", ACHIEVED, 10), Column("Ожидается", ACHIEVED, 10),
         Column("Статус", TEXT, 14)],
        rows,
        parts=[("КПЭ: цели и значения", [0, 1, 2, 3, 4, 5]), ("КПЭ: ход", [1, 6, 7, 8, 9])],
    )  # fmt: skip


def _task_table(state: StrategyState, tr: Translate) -> Table:
    goals = {g.id: g.title for g in state.version.goals}
    rows = []
    for task in sorted(state.version.tasks, key=lambda t: (t.start, t.due, t.id)):
        rows.append([task.title, tr("Strategy", role_label(task.role)), task.start, task.due, task.effort,
                     goals.get(task.goal_id or 0, ""), tr("Strategy", TASK_STATUS_LABELS[task.status]),
                     _names(state, task.raci.responsible), _names(state, task.raci.accountable),
                     task.acceptance])  # fmt: skip
    return Table(
        "План работ",
        [Column("Задача", TEXT, 30), Column("Роль", TEXT, 18), Column("Начало", DATE, 11),
         Column("Срок", DATE, 11), Column("Часы", DECIMAL, 8), Column("Цель", TEXT, 20),
         Column("Статус", TEXT, 12), Column("Исполняет (R)", TEXT, 20), Column("Отвечает (A)", TEXT, 18),
         Column("Критерий приёмки", TEXT, 30)],
        rows,
        parts=[("План работ: сроки", [0, 1, 2, 3, 4, 6]), ("План работ: кто и как", [0, 5, 7, 8, 9])],
    )  # fmt: skip


def _bar_text(state: StrategyState, bar: object) -> str:
    if isinstance(bar, KpiBar):
        metric = next((k.metric for k in state.version.kpis if k.id == bar.kpi_id), "")
        return f"{metric}: не хуже {format_figure(bar.threshold)}"
    if isinstance(bar, ChecklistBar):
        return "; ".join(bar.items)
    assert isinstance(bar, JudgementBar)
    return bar.question


def _checkpoint_table(state: StrategyState, tr: Translate) -> Table:
    rows = []
    for point in sorted(state.version.checkpoints, key=lambda c: (c.day, c.id)):
        verdict = point.verdict
        rows.append([point.day, point.title, _bar_text(state, point.bar),
                     tr("Strategy", RESULT_LABELS[verdict.result]) if verdict else "",
                     verdict.decision if verdict else ""])  # fmt: skip
    return Table(
        "Контрольные точки",
        [Column("Дата", DATE, 11), Column("Что проверяем", TEXT, 26), Column("Планка", TEXT, 30),
         Column("Результат", TEXT, 12), Column("Решение", TEXT, 30)],
        rows,
    )  # fmt: skip


def charts(state: StrategyState, lang: str, translate: Translate) -> dict[str, object]:
    """The KPI progress chart and the timeline of tasks and checkpoints (matplotlib Figures)."""
    from smmdesk.charts.strategy import Milestone, ProgressBar, kpi_progress_chart, lanes_for, timeline_chart
    from smmdesk.domain.strategy.plan import TaskStatus

    progress = [
        ProgressBar(k.metric, state.kpis[k.id].progress, state.kpis[k.id].expected, state.kpis[k.id].status)
        for k in state.version.kpis
    ]
    goals = {g.id: g.title for g in state.version.goals}
    tasks = [
        (t.title, goals.get(t.goal_id or 0) or translate("Strategy", role_label(t.role)), t.start, t.due,
         t.status in (TaskStatus.DONE, TaskStatus.ACCEPTED))
        for t in sorted(state.version.tasks, key=lambda t: (t.start, t.due, t.id))
        if t.status is not TaskStatus.CANCELLED
    ]  # fmt: skip
    milestones = [
        Milestone(c.day, c.title, c.verdict.result if c.verdict else None) for c in state.version.checkpoints
    ]
    return {
        "progress": kpi_progress_chart(progress, lang),
        "timeline": timeline_chart(
            lanes_for(tasks), milestones, state.info.period_from, state.info.period_to, lang, state.day
        ),
    }


CHART_TITLES = {"progress": "Прогресс КПЭ", "timeline": "План работ и контрольные точки"}


def strategy_report(
    session: Session, strategy_id: int, translate: Translate = _identity, day: dt.date | None = None
) -> Report:
    """The client's document as data, for the latest version on `day` (today by default)."""
    from smmdesk.charts.campaign import CHART_DPI, png_bytes

    state = strategy_state(session, latest_version(session, strategy_id), day)
    info, version = state.info, state.info.latest
    approval = (
        f"утверждена {version.approved_on:%d.%m.%Y} ({version.approved_by})"
        if version.approved_on
        else "проект, не утверждена"
    )
    report = Report(
        f"Стратегия: {info.title}",
        [("Клиент", info.client_name or "собственный бренд агентства"),
         ("Период", f"{info.period_from:%d.%m.%Y} — {info.period_to:%d.%m.%Y}"),
         ("Версия", f"{version.number}, {approval}"),
         ("Положение на", f"{state.day:%d.%m.%Y}")],
        note="Прогресс КПЭ считается по данным программы и отметкам значений; статус — по ожидаемому к дате.",
    )  # fmt: skip
    report.tables = [
        _goal_table(state, translate),
        _kpi_table(state, translate),
        _task_table(state, translate),
        _checkpoint_table(state, translate),
    ]
    report.sheet_names = {t.title: t.title for t in report.tables}
    for key, figure in charts(state, "ru", translate).items():
        width, height = (int(v * CHART_DPI) for v in figure.get_size_inches())  # type: ignore[attr-defined]
        report.pictures.append(Picture(CHART_TITLES[key], png_bytes(figure), width, height))  # type: ignore[arg-type]
    return report


def export_strategy(session: Session, strategy_id: int, path: Path, translate: Translate = _identity) -> str:
    """Writes the document (.pdf, .xlsx) or the calendar (.ics) by the file's extension; returns the
    strategy's title."""
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A strategy is exported to .pdf, .xlsx or .ics, not {suffix}."),
            suffix=suffix or "—",
        )
    if suffix == ".ics":
        from smmdesk.io.strategy_files import write_strategy_ics
        from smmdesk.services.strategy import strategy_info
        from smmdesk.services.strategy_rows import read_version

        info = strategy_info(session, strategy_id)
        version = read_version(session, info.latest.id)
        write_strategy_ics(path, strategy_id, info.title, version.tasks, version.checkpoints,
                           dt.datetime.now(dt.UTC), translate)  # fmt: skip
        return info.title
    report = strategy_report(session, strategy_id, translate)
    if suffix == ".pdf":
        from smmdesk.io.report_pdf import write_report_pdf

        write_report_pdf(path, report)
    else:
        from smmdesk.io.report_xlsx import write_report_xlsx

        write_report_xlsx(path, report)
    return report.title.removeprefix("Стратегия: ")
