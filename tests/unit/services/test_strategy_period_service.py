"""The strategy's period holds everything dated in it: a goal's own period, a KPI's dates, a task's
start and due date, a checkpoint's day and a check-in's day outside it are refused by the services
with the period named — added or changed, and a task sheet's row skipped with why — while a status
recorded on a task dated before a period was shortened is still taken."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.control import KpiBar
from smmdesk.domain.strategy.plan import TaskStatus
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_import as imp
from smmdesk.services import strategy_items as items
from smmdesk.storage.database import Database

START, END = dt.date(2026, 11, 2), dt.date(2026, 11, 29)
NAMED = "(02.11.2026 — 29.11.2026)"


@pytest.fixture
def plan(db: Database) -> dict:
    with db.transaction() as s:
        sid = st.create_strategy(s, "Ноябрь", START, END)
        v = st.latest_version(s, sid)
        goal = items.add(s, v, "goal", title="Охват", kind="awareness", owner="Мария", start=START, end=END)
        kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="", baseline=D(1000),
                        target=D(2000), start=START, due=END)  # fmt: skip
        task = items.add(s, v, "task", title="Баннеры", role="designer", start=START, due=END, effort=D(8))
    return {"sid": sid, "v": v, "goal": goal, "kpi": kpi, "task": task}


def refusal(db: Database, action) -> ValidationError:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        action(s)
    return caught.value


@pytest.mark.parametrize(
    ("kind", "values", "field"),
    [
        ("goal", {"title": "Ранняя", "kind": "awareness", "owner": "Мария", "start": dt.date(2026, 11, 1),
                  "end": END}, "start"),
        ("goal", {"title": "Поздняя", "kind": "awareness", "owner": "Мария", "start": START,
                  "end": dt.date(2026, 12, 1)}, "end"),
        ("kpi", {"metric": "Клики", "unit": "", "baseline": D(0), "target": D(10), "start": START,
                 "due": dt.date(2026, 11, 30)}, "due"),
        ("task", {"title": "Тексты", "role": "copywriter", "start": dt.date(2026, 10, 30),
                  "due": START, "effort": D(4)}, "start"),
        ("task", {"title": "Тексты", "role": "copywriter", "start": START,
                  "due": dt.date(2027, 1, 10), "effort": D(4)}, "due"),
        ("checkpoint", {"title": "Итог", "day": dt.date(2026, 11, 30)}, "day"),
    ],
)
def test_an_item_dated_outside_the_period_is_refused_naming_it(db, plan, kind, values, field) -> None:
    values = dict(values)
    if kind == "kpi":
        values["goal_id"] = plan["goal"]
    if kind == "checkpoint":
        values["bar"] = KpiBar(plan["kpi"], D(1500))
    error = refusal(db, lambda s: items.add(s, plan["v"], kind, **values))
    assert error.field == field and NAMED in str(error)
    day = values[field]
    assert f"{day:%d.%m.%Y}" in str(error)
    with db.reading() as s:
        assert len(items.items(s, plan["v"], kind)) == (0 if kind == "checkpoint" else 1)


def test_the_first_and_last_day_are_inside_and_a_change_out_of_it_is_refused(db, plan) -> None:
    with db.transaction() as s:
        point = items.add(s, plan["v"], "checkpoint", title="Итог", day=END, bar=KpiBar(plan["kpi"], D(1500)))
        items.add(s, plan["v"], "checkpoint", title="Старт", day=START, bar=KpiBar(plan["kpi"], D(1000)))
    later = {"day": dt.date(2026, 12, 1)}
    error = refusal(db, lambda s: items.update(s, plan["v"], "checkpoint", point, later))
    assert error.field == "day" and NAMED in str(error)
    earlier = {"start": dt.date(2026, 10, 1)}
    error = refusal(db, lambda s: items.update(s, plan["v"], "kpi", plan["kpi"], earlier))
    assert error.field == "start"
    with db.reading() as s:
        assert items.item(s, plan["v"], "checkpoint", point).day == END
        assert items.item(s, plan["v"], "kpi", plan["kpi"]).start == START


def test_a_check_in_outside_the_period_is_refused_and_one_inside_taken(db, plan) -> None:
    late = dt.date(2026, 12, 2)
    error = refusal(db, lambda s: ctl.add_check_in(s, plan["sid"], plan["kpi"], late, D(1500)))
    assert error.field == "day" and "02.12.2026" in str(error) and NAMED in str(error)
    with db.transaction() as s:
        assert ctl.add_check_in(s, plan["sid"], plan["kpi"], END, D(1500), "VK") > 0


def test_a_shortened_period_still_takes_a_status_but_not_the_old_dates_again(db, plan) -> None:
    with db.transaction() as s:
        st.update_strategy(s, plan["sid"], {"period_to": dt.date(2026, 11, 20)})
        items.set_status(s, plan["v"], plan["task"], TaskStatus.DONE)
    with db.reading() as s:
        assert items.item(s, plan["v"], "task", plan["task"]).status is TaskStatus.DONE
    error = refusal(db, lambda s: items.update(s, plan["v"], "task", plan["task"], {"due": END}))
    assert error.field == "due" and "(02.11.2026 — 20.11.2026)" in str(error)


def test_a_task_sheet_row_outside_the_period_is_skipped_with_why(db, plan, tmp_path: Path) -> None:
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Начало;Срок;Часы\n"
        "Посевы;таргетолог;09.11.2026;13.11.2026;10\n"
        "Новогодний пост;копирайтер;28.12.2026;30.12.2026;3\n"
        "Октябрьский отчёт;аналитик;;30.10.2026;2\n",
        "utf-8",
    )
    with db.transaction() as s:
        preview = imp.preview_tasks(s, plan["v"], sheet)
        imp.import_tasks(s, plan["v"], preview)
    assert [t.title for t in preview.add] == ["Посевы"]
    notes = {n.row: n.render() for n in preview.skipped}
    assert set(notes) == {3, 4}
    assert notes[3].startswith("Start: The date 28.12.2026 is outside") and NAMED in notes[3]
    assert notes[4].startswith("Start: The date 30.10.2026") and NAMED in notes[4]  # no start: the due date
    with db.reading() as s:
        assert sorted(t.title for t in items.items(s, plan["v"], "task")) == ["Баннеры", "Посевы"]
