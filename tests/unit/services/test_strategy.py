"""Strategies in the database: goals, KPIs and their figures, the plan with RACI, people and load,
motivation, checkpoints, versions and their history, imports — on every engine the suite runs on."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smmdesk.domain.errors import ValidationError
from smmdesk.domain.strategy.control import ChecklistBar, JudgementBar, KpiBar, Result
from smmdesk.domain.strategy.kpis import FigureLink, Status
from smmdesk.domain.strategy.motivation import AgreementKind
from smmdesk.domain.strategy.people import ExecutorKind
from smmdesk.domain.strategy.plan import Raci
from smmdesk.services import campaigns as camp
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_import as imp
from smmdesk.services import strategy_items as items
from smmdesk.services import strategy_state as state
from smmdesk.storage.database import Database
from smmdesk.storage.models import (
    AuditEntry,
    Campaign,
    Contest,
    ContestParticipant,
    Placement,
    PublicationMetric,
    StrategyTask,
)

START, END = dt.date(2026, 11, 2), dt.date(2026, 11, 29)


@pytest.fixture
def plan(db: Database) -> dict:
    """A strategy of one goal with a KPI followed by check-ins, two people, a designer's task too big
    for its one designer in ISO week 46, a bonus tied to a KPI checkpoint."""
    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Ромашка»")
        sid = st.create_strategy(s, "Стратегия на ноябрь", START, END, client_id=client)
        v = st.latest_version(s, sid)
        goal = items.add(s, v, "goal", title="Узнаваемость", kind="awareness", owner="Мария",
                         start=START, end=END)  # fmt: skip
        kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="", baseline=D(1000),
                        target=D(2000), start=START, due=END)  # fmt: skip
        anna = items.add(s, v, "executor", name="Анна", kind=ExecutorKind.EMPLOYEE, role="designer",
                         weekly_hours=D(20), hourly_rate=D(1500))  # fmt: skip
        boris = items.add(s, v, "executor", name="Борис", kind="freelancer", role="Копирайтер",
                          weekly_hours=D(40), hourly_rate=D(1000))  # fmt: skip
        task = items.add(s, v, "task", title="Баннеры", role="Дизайнер", start=dt.date(2026, 11, 9),
                         due=dt.date(2026, 11, 13), effort=D(80), goal_id=goal,
                         raci=Raci(responsible=(anna,), accountable=(boris,)))  # fmt: skip
        point = items.add(s, v, "checkpoint", title="Половина пути", day=dt.date(2026, 11, 16),
                          bar=KpiBar(kpi, D(1300)))  # fmt: skip
        bonus = items.add(s, v, "agreement", executor_id=anna, kind=AgreementKind.KPI_BONUS,
                          amount=D(10000), start=dt.date(2026, 11, 20), kpi_id=kpi,
                          threshold=D(1300), checkpoint_id=point)  # fmt: skip
    return {"strategy": sid, "version": v, "goal": goal, "kpi": kpi, "anna": anna, "boris": boris,
            "task": task, "checkpoint": point, "bonus": bonus, "client": client}  # fmt: skip


def test_a_strategy_is_refused_without_a_title_or_with_its_period_backwards(db: Database) -> None:
    with pytest.raises(ValidationError, match="needs a title"), db.transaction() as s:
        st.create_strategy(s, "  ", START, END)
    with pytest.raises(ValidationError, match="ends before it starts"), db.transaction() as s:
        st.create_strategy(s, "Бренд агентства", END, START)
    with pytest.raises(ValidationError, match="no client number 999"), db.transaction() as s:
        st.create_strategy(s, "Бренд агентства", START, END, client_id=999)
    with db.transaction() as s:
        own = st.create_strategy(s, "Бренд агентства", START, END)
    with db.reading() as s:
        (summary,) = st.list_strategies(s)
        assert (summary.id, summary.client_name, summary.versions, summary.approved) == (own, "", 1, False)


def test_progress_and_status_follow_the_check_ins_by_the_rules(db: Database, plan: dict) -> None:
    day = dt.date(2026, 11, 16)
    with db.transaction() as s:
        ctl.add_check_in(s, plan["strategy"], plan["kpi"], dt.date(2026, 11, 10), D(1200), "Instagram")
        ctl.add_check_in(s, plan["strategy"], plan["kpi"], dt.date(2026, 11, 15), D(1300), "Instagram")
        ctl.add_check_in(s, plan["strategy"], plan["kpi"], dt.date(2026, 11, 20), D(1900), "после дня")
    with db.reading() as s:
        now = state.strategy_state(s, plan["version"], day)
    kpi = now.kpis[plan["kpi"]]
    # the latest check-in by the day: (1300 − 1000) ÷ (2000 − 1000) = 30 %; 14 of 27 days gone
    assert kpi.current == D(1300) and kpi.progress == D("30.0")
    assert kpi.expected == D("51.9")  # 14 / 27 × 100 = 51.85…
    assert kpi.status is Status.AT_RISK  # below 51.85 − 10, above 51.85 − 25
    assert now.goals[plan["goal"]] == D("30.0")
    with db.reading() as s:
        later = state.strategy_state(s, plan["version"], dt.date(2026, 11, 29))
    assert later.kpis[plan["kpi"]].progress == D("90.0") and later.kpis[plan["kpi"]].status is Status.ON_TRACK


def test_a_kpi_linked_to_a_campaign_follows_its_published_figures(demo_copy: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(demo_copy)
    try:
        with db.reading() as s:
            campaign = s.scalar(
                select(Placement.campaign_id)
                .join(PublicationMetric, PublicationMetric.placement_id == Placement.id)
                .where(PublicationMetric.metric == "reach", Placement.published_on.is_not(None))
                .limit(1)
            )
            assert campaign is not None
            c = s.get_one(Campaign, campaign)
            client, first, last = c.client_id, c.period_from, c.period_to
            # the reach a second way: each published placement's latest reach, summed
            latest = (
                select(PublicationMetric.placement_id, func.max(PublicationMetric.id).label("id"))
                .where(PublicationMetric.metric == "reach")
                .group_by(PublicationMetric.placement_id)
                .subquery()
            )
            expected = s.scalar(
                select(func.sum(PublicationMetric.value))
                .join(latest, latest.c.id == PublicationMetric.id)
                .join(Placement, Placement.id == PublicationMetric.placement_id)
                .where(Placement.campaign_id == campaign, Placement.published_on.is_not(None))
            )
        with db.transaction() as s:
            sid = st.create_strategy(s, "Охват", first, last, client_id=client)
            v = st.latest_version(s, sid)
            goal = items.add(s, v, "goal", title="Охват", kind="awareness", owner="Мария",
                             start=first, end=last)  # fmt: skip
            kpi = items.add(s, v, "kpi", goal_id=goal, metric="Охват", unit="", baseline=D(0),
                            target=D(expected) * 2, start=first, due=last,
                            link=FigureLink("campaign.reach", campaign))  # fmt: skip
            items.add(s, v, "initiative", title=c.name, kind="campaign", record_id=campaign, goal_id=goal)
        with pytest.raises(ValidationError, match="measures; its value is not typed"), db.transaction() as s:
            ctl.add_check_in(s, sid, kpi, first, D(5))
        with pytest.raises(ValidationError, match="no campaign number 99999"), db.transaction() as s:
            items.add(s, v, "initiative", title="Нет такой", kind="campaign", record_id=99999)
        with db.reading() as s:
            now = state.strategy_state(s, v, last + dt.timedelta(days=60))
        assert now.kpis[kpi].current == D(expected) and now.kpis[kpi].progress == D("50.0")
        with db.reading() as s:
            before = state.strategy_state(s, v, first - dt.timedelta(days=1))
        assert before.kpis[kpi].current is None and before.kpis[kpi].status is Status.UNKNOWN
    finally:
        db.close()


def test_a_kpi_linked_to_a_contest_counts_its_participants(demo_copy: Path) -> None:
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(demo_copy)
    try:
        with db.reading() as s:
            contest = s.scalars(select(Contest)).first()
            assert contest is not None
            counted = s.scalar(select(func.count()).where(ContestParticipant.contest_id == contest.id))
            first, last = contest.starts_on, contest.ends_on
        with db.transaction() as s:
            sid = st.create_strategy(s, "Вовлечённость", first, last)
            v = st.latest_version(s, sid)
            goal = items.add(s, v, "goal", title="Вовлечённость", kind="engagement", owner="Мария",
                             start=first, end=last)  # fmt: skip
            kpi = items.add(s, v, "kpi", goal_id=goal, metric="Участники", unit="", baseline=D(0),
                            target=D(counted) * 4, start=first, due=last,
                            link=FigureLink("contest.participants", contest.id))  # fmt: skip
        with db.reading() as s:
            now = state.strategy_state(s, v, last)
        assert counted and now.kpis[kpi].current == D(counted) and now.kpis[kpi].progress == D("25.0")
    finally:
        db.close()


def test_raci_needs_exactly_one_accountable_and_a_person_of_the_plan(db: Database, plan: dict) -> None:
    v, task = plan["version"], plan["task"]
    with pytest.raises(ValidationError, match="accountable"), db.transaction() as s:
        items.set_raci(
            s, v, task, Raci(responsible=(plan["anna"],), accountable=(plan["anna"], plan["boris"]))
        )
    with pytest.raises(ValidationError, match="no such executor"), db.transaction() as s:
        items.set_raci(s, v, task, Raci(accountable=(77,)))
    with db.transaction() as s:
        before = items.set_raci(s, v, task, Raci((plan["anna"],), (plan["anna"],), (plan["boris"],)))
    assert before == Raci(responsible=(plan["anna"],), accountable=(plan["boris"],))
    with db.reading() as s:
        assert items.item(s, v, "task", task).raci.letters(plan["anna"]) == "RA"


def test_the_undo_of_a_tasks_first_raci_gives_it_none_again(db: Database, plan: dict) -> None:
    """A new or imported task has no RACI yet; setting one and undoing it puts that back."""
    v = plan["version"]
    with db.transaction() as s:
        task = items.add(s, v, "task", title="Посты для ВК", role="Дизайнер", start=dt.date(2026, 11, 9),
                         due=dt.date(2026, 11, 13), effort=D(4))  # fmt: skip
        assert items.item(s, v, "task", task).raci == Raci()
        before = items.set_raci(s, v, task, Raci((plan["anna"],), (plan["boris"],)))
    assert before == Raci()
    with db.transaction() as s:
        items.set_raci(s, v, task, before)  # the undo
    with db.reading() as s:
        assert items.item(s, v, "task", task).raci == Raci()


def test_deleting_a_person_clears_their_letters_and_undo_puts_everything_back(
    db: Database, plan: dict
) -> None:
    v = plan["version"]
    with pytest.raises(ValidationError, match="agreements depend on it"), db.transaction() as s:
        items.delete_items(s, v, "executor", [plan["anna"]])
    with db.transaction() as s:
        removed = items.delete_items(s, v, "executor", [plan["boris"]])
    with db.reading() as s:
        assert items.item(s, v, "task", plan["task"]).raci == Raci(responsible=(plan["anna"],))
        assert [e.name for e in items.items(s, v, "executor")] == ["Анна"]
    with db.transaction() as s:
        items.restore(s, removed)
    with db.reading() as s:
        assert items.item(s, v, "task", plan["task"]).raci.accountable == (plan["boris"],)
        assert [e.name for e in items.items(s, v, "executor")] == ["Анна", "Борис"]
    with pytest.raises(ValidationError, match="already among the strategy's people"), db.transaction() as s:
        items.add(s, v, "executor", name="  АННА ", kind="employee", role="designer", weekly_hours=D(10))


def test_the_staffing_plan_says_which_role_is_short_by_how_much_and_what_it_costs(
    db: Database, plan: dict
) -> None:
    with db.reading() as s:
        found = state.staffing(s, plan["version"])
    week = next(r for r in found.rows if r.role == "designer" and r.week_label == "2026-W46")
    # 80 h over the five working days of 9–13 November; one designer of 20 h a week
    assert (week.load, week.capacity, week.gap) == (D(80), D(20), D(60))
    assert week.people == 2 and week.cost == D(90000)  # ceil(60 ÷ 40); 60 h × 1 500 ₽
    quiet = next(r for r in found.rows if r.role == "copywriter" and r.week_label == "2026-W46")
    assert (quiet.load, quiet.gap, quiet.people, quiet.cost) == (D(0), D(0), 0, D(0))
    # 4 November is a holiday: the designer's capacity in W45 is 20 × 4 ÷ 5
    holiday = next(r for r in found.rows if r.role == "designer" and r.week_label == "2026-W45")
    assert holiday.working_days == 4 and holiday.capacity == D(16)
    with db.transaction() as s:
        items.set_role_rate(s, plan["version"], "designer", D(2000))
    with db.reading() as s:
        dearer = state.staffing(s, plan["version"])
    assert next(r for r in dearer.rows if r.role == "designer" and r.week_label == "2026-W46").cost == D(
        120000
    )


def test_a_kpi_checkpoint_is_judged_from_the_figure_on_its_date_and_frees_the_bonus(
    db: Database, plan: dict
) -> None:
    sid, v = plan["strategy"], plan["version"]
    with db.transaction() as s:
        items.add(s, v, "checkpoint", title="Чек-лист", day=dt.date(2026, 11, 13),
                  bar=ChecklistBar(("Бриф", "Макеты", "Согласование")))  # fmt: skip
        items.add(s, v, "checkpoint", title="Тон", day=dt.date(2026, 11, 14), bar=JudgementBar("Тон верный?"))
        ctl.add_check_in(s, sid, plan["kpi"], dt.date(2026, 11, 14), D(1250))
        ctl.add_check_in(s, sid, plan["kpi"], dt.date(2026, 11, 18), D(1400))  # after the checkpoint's day
    with pytest.raises(ValidationError, match="falls due only when its checkpoint"), db.transaction() as s:
        ctl.record_payment(s, sid, plan["bonus"], dt.date(2026, 11, 20), D(10000))
    with db.transaction() as s:
        run = ctl.check(s, sid, dt.date(2026, 11, 20))
    by_title = {o.checkpoint.title: o for o in run.outcomes}
    assert by_title["Половина пути"].verdict is not None
    # 1 250 on the 16th (not the 1 400 of the 18th): below 1 300, but past half the way from 1 000
    assert by_title["Половина пути"].verdict.result is Result.PARTLY
    assert by_title["Половина пути"].value == D(1250)
    assert by_title["Чек-лист"].verdict.result is Result.FAILED  # nothing ticked
    assert by_title["Тон"].verdict is None  # a judgement waits for the planner
    with db.reading() as s:
        board = state.strategy_state(s, v, dt.date(2026, 11, 20)).board
    assert [c.title for c in board.due] == ["Тон"]
    assert sorted(c.title for c, _ in board.failed) == ["Половина пути", "Чек-лист"]
    with db.transaction() as s:
        ctl.undo_check(s, sid, run)
        ctl.record_verdict(s, sid, plan["checkpoint"], Result.PASSED, dt.date(2026, 11, 17),
                           "скриншот статистики", "идём дальше")  # fmt: skip
    with db.transaction() as s:
        again = ctl.check(s, sid, dt.date(2026, 11, 20))
    kept = next(o for o in again.outcomes if o.checkpoint.title == "Половина пути")
    assert not kept.new and kept.verdict.result is Result.PASSED
    with db.transaction() as s:
        paid = ctl.record_payment(s, sid, plan["bonus"], dt.date(2026, 11, 20), D(10000), "бонус")
    with db.reading() as s:
        (payment,) = state.payments_of(s, sid)
        budget = state.strategy_state(s, v, dt.date(2026, 11, 20)).budget
    assert payment.id == paid and payment.amount == D(10000)
    assert [(b.month, b.money_due, b.bonuses_possible) for b in budget] == [("2026-11", D(10000), D(0))]


def test_an_approved_version_is_frozen_and_a_re_plan_says_what_it_changed(db: Database, plan: dict) -> None:
    sid, v = plan["strategy"], plan["version"]
    with pytest.raises(ValidationError), db.transaction() as s:
        st.new_version(s, sid, "   ")  # a re-plan says why
    with db.transaction() as s:
        st.approve(s, v, "Ирина, ООО «Ромашка»", dt.date(2026, 11, 5))
    with pytest.raises(ValidationError, match="approved"), db.transaction() as s:
        items.update(s, v, "kpi", plan["kpi"], {"target": D(2500)})
    with db.transaction() as s:  # what happens while it runs is still recorded
        items.set_status(s, v, plan["task"], "done")
        ctl.add_check_in(s, sid, plan["kpi"], dt.date(2026, 11, 6), D(1100))
    with db.transaction() as s:
        second = st.new_version(s, sid, "Чек-поинт провален")
        items.update(s, second, "kpi", plan["kpi"], {"target": D(1800)})
        items.add(s, second, "task", title="Ролики", role="video_maker", start=dt.date(2026, 11, 16),
                  due=dt.date(2026, 11, 20), effort=D(30))  # fmt: skip
    with pytest.raises(ValidationError, match="frozen"), db.transaction() as s:
        items.update(s, v, "task", plan["task"], {"effort": D(10)})
    with db.reading() as s:
        entries = st.history(s, sid)
        info = st.strategy_info(s, sid)
    assert [e.version.number for e in entries] == [1, 2] and entries[1].version.reason == "Чек-поинт провален"
    assert entries[0].version.frozen and not entries[1].version.frozen and info.latest.id == second
    areas = {c.area for c in entries[1].changes}
    assert {"targets", "tasks"} <= areas
    texts = " ".join(c.text.format(**dict(c.params)) for c in entries[1].changes)
    assert "2\u00a0000 → 1\u00a0800" in texts and "Ролики" in texts  # the target's figures grouped
    with db.reading() as s:  # the first version kept its target
        assert items.item(s, v, "kpi", plan["kpi"]).target == D(2000)
        assert items.item(s, second, "task", plan["task"]).status == "done"
    with db.transaction() as s:
        snapshot = st.drop_version(s, second)
    with db.reading() as s:
        assert [r.number for r in st.strategy_info(s, sid).versions] == [1]
    with db.transaction() as s:
        st.restore_version(s, snapshot)
    with db.reading() as s:
        assert items.item(s, second, "kpi", plan["kpi"]).target == D(1800)


def test_tasks_and_people_are_imported_from_a_sheet_with_a_preview_and_undone(
    db: Database, plan: dict, tmp_path: Path
) -> None:
    v = plan["version"]
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Исполнитель;Начало;Срок;Часы;Цель\n"
        "Сторис;SMM-менеджер;Вера;16.11.2026;20.11.2026;12;узнаваемость\n"
        "Баннеры;Дизайнер;Анна;09.11.2026;13.11.2026;60;Узнаваемость\n"
        "Пост;Копирайтер;Борис;17.11.2026;17.11.2026;999999;\n"
        "Без срока;Копирайтер;Борис;17.11.2026;;4;Нет такой\n",
        "utf-8",
    )
    with db.reading() as s:
        preview = imp.preview_tasks(s, v, sheet)
    assert [t.title for t in preview.add] == ["Сторис"]
    assert [(t.title, key) for t, key in preview.update] == [("Баннеры", plan["task"])]
    assert sorted(n.row for n in preview.skipped) == [4, 5] and preview.new_people == (
        ("Вера", "smm_manager"),
    )
    with db.reading() as s:
        assert len(items.items(s, v, "task")) == 1  # a preview writes nothing
    with db.transaction() as s:
        change = imp.import_tasks(s, v, preview)
    with db.reading() as s:
        tasks = {t.title: t for t in items.items(s, v, "task")}
        people = {e.name: e for e in items.items(s, v, "executor")}
    assert tasks["Баннеры"].effort == D(60) and tasks["Сторис"].goal_id == plan["goal"]
    assert people["Вера"].role == "smm_manager" and tasks["Сторис"].raci.responsible == (people["Вера"].id,)
    with db.transaction() as s:
        imp.undo_import(s, change)
    with db.reading() as s:
        assert [(t.title, t.effort) for t in items.items(s, v, "task")] == [("Баннеры", D(80))]
        assert "Вера" not in {e.name for e in items.items(s, v, "executor")}

    staff = tmp_path / "люди.csv"
    staff.write_text(
        "ФИО;Тип;Роль;Часов в неделю;Ставка\n"
        "Анна;сотрудник;дизайнер;30;1500\nГлеб;фрилансер;таргетолог;10;2000\n",
        "utf-8",
    )
    with db.reading() as s:
        people_preview = imp.preview_executors(s, v, staff)
    assert [p.name for p in people_preview.add] == ["Глеб"]
    assert [(p.name, fields) for p, _, fields in people_preview.update] == [("Анна", ("weekly_hours",))]
    with db.transaction() as s:
        imp.import_executors(s, v, people_preview)
    with db.reading() as s:
        people = {e.name: e for e in items.items(s, v, "executor")}
    assert people["Анна"].weekly_hours == D(30) and people["Глеб"].role == "targetologist"


def test_a_deleted_strategy_comes_back_whole_and_every_change_is_in_the_audit_log(
    db: Database, plan: dict
) -> None:
    sid = plan["strategy"]
    with db.transaction() as s:
        ctl.add_check_in(s, sid, plan["kpi"], dt.date(2026, 11, 10), D(1200))
        before = state.strategy_state(s, plan["version"], dt.date(2026, 11, 16))
    with db.transaction() as s:
        snapshot = st.delete_strategy(s, sid)
    with db.reading() as s:
        assert st.list_strategies(s) == [] and s.scalar(select(func.count()).select_from(StrategyTask)) == 0
    with db.transaction() as s:
        st.restore_strategy(s, snapshot)
    with db.reading() as s:
        after = state.strategy_state(s, plan["version"], dt.date(2026, 11, 16))
        logged = {(e.table_name, e.action) for e in s.scalars(select(AuditEntry))}
    assert after.kpis == before.kpis and after.version == before.version
    assert {
        ("strategy_task", "create"),
        ("strategy_task", "delete"),
        ("strategy_check_in", "create"),
    } <= logged


def test_a_text_longer_than_its_column_is_refused_on_every_engine(db: Database, plan: dict) -> None:
    with pytest.raises(Exception, match=r"300|long"), db.transaction() as s:
        items.update(s, plan["version"], "goal", plan["goal"], {"title": "Ц" * 301})
    with db.reading() as s:
        assert items.item(s, plan["version"], "goal", plan["goal"]).title == "Узнаваемость"
