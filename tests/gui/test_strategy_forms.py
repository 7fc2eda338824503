"""The Стратегия section's forms in a planner's hands, on the demo's draft: initiatives, agreements,
checkpoints of a checklist and of a judgement, the decision on a failed checkpoint (re-planning),
a motivation payment, a task's RACI, and goals, KPIs, tasks and people changed and deleted. Each
form is filled by typing and clicking; a refused value is explained under its field and saves
nothing; every save is undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal as D

import pytest
from conftest import type_text
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QWidget,
)

from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services.strategy_rows import results_of
from smmdesk.services.workspace import reading
from smmdesk.ui.dialogs.item_dialog import ItemDialog

CTRL = Qt.KeyboardModifier.ControlModifier
Fill = Callable[[ItemDialog], None]


def press(window: QWidget, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
    QApplication.processEvents()


class Forms:
    """Stands in for the planner at each form the section opens: the next queued hands fill it in."""

    def __init__(self) -> None:
        self.queued: list[Fill] = []
        self.opened: list[ItemDialog] = []

    def queue(self, *fills: Fill) -> None:
        self.queued.extend(fills)

    def run(self, dialog: ItemDialog) -> int:
        self.opened.append(dialog)
        self.queued.pop(0)(dialog)
        return dialog.result()


@pytest.fixture
def forms(monkeypatch: pytest.MonkeyPatch) -> Forms:
    hands = Forms()
    monkeypatch.setattr(ItemDialog, "exec", lambda dialog: hands.run(dialog))
    return hands


@pytest.fixture
def section(main_demo, qtbot):
    main_demo.activateWindow()
    qtbot.waitExposed(main_demo)
    qtbot.waitUntil(main_demo.isActiveWindow)
    press(main_demo, Qt.Key.Key_8)
    shown = main_demo.current_section()
    assert not shown.state.info.latest.frozen  # the demo's re-plan: a draft
    return shown


# --- the planner's hands ----------------------------------------------------------------------------------


def type_in(dialog: ItemDialog, key: str, text: str) -> None:
    """Selects what the field holds, deletes it and types `text` key by key (a line break as Enter)."""
    widget = dialog.fields[key].widget
    target = widget.line if hasattr(widget, "line") else widget
    assert isinstance(target, QLineEdit | QPlainTextEdit)
    target.setFocus()
    target.selectAll()
    QTest.keyClick(target, Qt.Key.Key_Delete)
    for part in text.split("\n")[:-1]:
        type_text(target, part)
        QTest.keyClick(target, Qt.Key.Key_Return)
    type_text(target, text.split("\n")[-1])


def choose(dialog: ItemDialog, key: str, text: str) -> None:
    combo = dialog.fields[key].widget
    assert isinstance(combo, QComboBox)
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)
    assert index >= 0, f"«{text}» is not among {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setFocus()
    QTest.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        QTest.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def tick(dialog: ItemDialog, key: str, *texts: str) -> None:
    listing = dialog.fields[key].widget
    assert isinstance(listing, QListWidget)
    for row in range(listing.count()):
        item = listing.item(row)
        wanted = item.text() in texts
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            rect = listing.visualItemRect(item)
            listing.setCurrentItem(item)
            QTest.keyClick(listing, Qt.Key.Key_Space)
            assert rect.isValid()
        assert (item.checkState() == Qt.CheckState.Checked) == wanted, item.text()


def ok(dialog: ItemDialog) -> None:
    QTest.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def select(table, model, pick: Callable[[object], bool]) -> object:
    row = next(r for r in range(model.rowCount()) if pick(model.row_at(r)))
    table.selectRow(row)
    return model.row_at(row)


# --- 1. initiatives ---------------------------------------------------------------------------------------


def test_an_initiative_is_linked_by_kind_changed_deleted_and_undone(
    section, main_demo, forms, answers
) -> None:
    plan = section.plan
    before = plan.initiatives.rowCount()
    refused: list[str] = []

    def fill(dialog: ItemDialog) -> None:
        choose(dialog, "kind", "конкурс")
        ok(dialog)  # no title
        refused.append(dialog.error_of("title"))
        type_in(dialog, "title", "Новогодний розыгрыш")
        record = dialog.fields["record_id"].widget
        assert record.count() > 1  # the client's contests to link to
        choose(dialog, "record_id", record.itemText(1))
        choose(dialog, "goal_id", "Вовлечённость")
        ok(dialog)

    forms.queue(fill)
    plan.add_initiative_button.click()
    assert refused == ["У инициативы должно быть название."]
    assert plan.initiatives.rowCount() == before + 1
    added = next(i for i in section.state.version.initiatives if i.title == "Новогодний розыгрыш")
    assert added.kind == "contest" and added.record_id is not None and added.goal_id is not None

    def relink(dialog: ItemDialog) -> None:
        choose(dialog, "kind", "кампания")
        choose(dialog, "record_id", "Осенняя распродажа")
        ok(dialog)

    select(plan.initiative_table, plan.initiatives, lambda i: i.title == "Новогодний розыгрыш")
    forms.queue(relink)
    plan.edit_initiative_button.click()
    changed = next(i for i in section.state.version.initiatives if i.title == "Новогодний розыгрыш")
    assert changed.kind == "campaign" and changed.record_id == 5
    shown = plan.initiatives.rows.index(changed)
    assert plan.initiatives.index(shown, plan.initiatives.column_index("record")).data() == "№5"

    select(plan.initiative_table, plan.initiatives, lambda i: i.title == "Новогодний розыгрыш")
    answers.queue("confirm", True)
    plan.delete_initiative_button.click()
    assert plan.initiatives.rowCount() == before
    press(main_demo, Qt.Key.Key_Z)  # the delete
    press(main_demo, Qt.Key.Key_Z)  # the change
    again = next(i for i in section.state.version.initiatives if i.title == "Новогодний розыгрыш")
    assert again.kind == "contest"
    press(main_demo, Qt.Key.Key_Z)  # the addition
    assert plan.initiatives.rowCount() == before


# --- 2. agreements ----------------------------------------------------------------------------------------


def test_agreements_of_each_kind_are_added_refused_changed_and_deleted(
    section, main_demo, forms, answers
) -> None:
    motivation = section.motivation
    before = len(section.state.version.agreements)
    refusals: dict[str, str] = {}

    def monthly(dialog: ItemDialog) -> None:
        choose(dialog, "executor_id", "Никита Орлов")
        choose(dialog, "kind", "ежемесячный оклад")
        type_in(dialog, "amount", "50 000")
        type_in(dialog, "end", "")
        ok(dialog)  # a monthly fee without its last month
        refusals["end"] = dialog.error_of("end")
        type_in(dialog, "end", "31.12.2026")
        ok(dialog)

    def bonus(dialog: ItemDialog) -> None:
        choose(dialog, "executor_id", "Светлана Ким")
        choose(dialog, "kind", "бонус за КПЭ")
        type_in(dialog, "amount", "15 000")
        refusals["first day"] = dialog.fields["start"].widget.line.text()  # the strategy's first day
        ok(dialog)  # no KPI, threshold or checkpoint
        refusals["kpi"] = dialog.error_of("kpi_id")
        choose(dialog, "kpi_id", "Подписчики сообщества")
        type_in(dialog, "threshold", "18 000")
        choose(dialog, "checkpoint_id", "Итоги квартала")  # judged on 28.12.2026: the day proposed
        refusals["proposed"] = dialog.fields["start"].widget.line.text()
        ok(dialog)

    def hourly(dialog: ItemDialog) -> None:
        choose(dialog, "executor_id", "Дарья Волкова")
        choose(dialog, "kind", "почасово")
        type_in(dialog, "amount", "сто")
        ok(dialog)
        refusals["amount"] = dialog.error_of("amount")
        type_in(dialog, "amount", "2 000")
        type_in(dialog, "quantity", "12,5")
        type_in(dialog, "start", "25.12.2026")
        type_in(dialog, "end", "01.12.2026")
        ok(dialog)  # ending before it starts
        refusals["backwards"] = dialog.error_of("end")
        type_in(dialog, "end", "15.01.2027")
        ok(dialog)  # ending after the strategy's period
        refusals["after"] = dialog.error_of("end")
        type_in(dialog, "end", "31.12.2026")
        ok(dialog)

    forms.queue(monthly, bonus, hourly)
    for _ in range(3):
        motivation.add_button.click()
    assert "последний месяц" in refusals["end"]
    assert "Бонус привязывается к КПЭ" in refusals["kpi"]
    assert "сто" in refusals["amount"]
    assert refusals["backwards"] == (
        "Договорённость заканчивается 01.12.2026, раньше своего начала 25.12.2026.")
    assert refusals["after"] == "Дата 15.01.2027 вне периода стратегии (01.10.2026 — 31.12.2026)."
    made = section.state.version.agreements[before:]
    assert [a.kind for a in made] == ["monthly", "kpi_bonus", "hourly"]
    assert made[0].amount == D(50_000) and made[0].end == dt.date(2026, 12, 31)
    assert made[1].threshold == D(18_000) and made[1].checkpoint_id is not None
    assert (refusals["first day"], refusals["proposed"]) == ("01.10.2026", "28.12.2026")
    assert made[1].start == dt.date(2026, 12, 28)
    assert made[2].amount * made[2].quantity == D(25_000)
    december = next(b for b in section.state.budget if b.month == "2026-12")
    # the hourly 2 000 × 12,5 is due in December; the bonus waits for its checkpoint
    assert december.bonuses_possible >= D(15_000)

    def raise_it(dialog: ItemDialog) -> None:
        type_in(dialog, "amount", "60 000")
        ok(dialog)

    select(motivation.agreement_table, motivation.agreements, lambda a: a.id == made[0].id)
    forms.queue(raise_it)
    motivation.edit_button.click()
    assert next(a for a in section.state.version.agreements if a.id == made[0].id).amount == D(60_000)
    select(motivation.agreement_table, motivation.agreements, lambda a: a.id == made[2].id)
    answers.queue("confirm", True)
    motivation.delete_button.click()
    assert made[2].id not in [a.id for a in section.state.version.agreements]
    for _ in range(5):
        press(main_demo, Qt.Key.Key_Z)
    assert len(section.state.version.agreements) == before


# --- 3. checkpoints: checklists, judgements, verdicts -----------------------------------------------


def test_a_checklist_is_added_ticked_and_a_judgement_recorded_only_with_evidence(
    section, main_demo, forms
) -> None:
    control = section.control
    db, sid = section.db, section.state.info.id
    refusals: dict[str, str] = {}

    def checklist(dialog: ItemDialog) -> None:
        type_in(dialog, "title", "Новогодняя кампания готова")
        type_in(dialog, "day", "15.12.2026")
        ok(dialog)  # no items
        refusals["items"] = dialog.error_of("items")
        type_in(dialog, "items", "Обложки\nТексты\nРолики")
        ok(dialog)

    def judgement(dialog: ItemDialog) -> None:
        type_in(dialog, "title", "Тон новогодних постов")
        type_in(dialog, "day", "20.12.2026")
        type_in(dialog, "question", "Посты в тоне бренда?")
        ok(dialog)

    forms.queue(checklist, judgement)
    control.add_checklist_button.click()
    control.add_judgement_button.click()
    assert refusals["items"] == "В чек-листе должен быть хотя бы один пункт."
    points = {c.title: c for c in section.state.version.checkpoints}
    assert points["Новогодняя кампания готова"].bar.items == ("Обложки", "Тексты", "Ролики")
    assert points["Тон новогодних постов"].bar.question == "Посты в тоне бренда?"

    def ticks(dialog: ItemDialog) -> None:
        tick(dialog, "done", "Обложки", "Ролики")
        ok(dialog)

    control.views.setCurrentIndex(1)
    select(control.point_table, control.points, lambda c: c.title == "Новогодняя кампания готова")
    forms.queue(ticks)
    control.ticks_button.click()
    ticked = next(c for c in section.state.version.checkpoints if c.title == "Новогодняя кампания готова")
    assert ticked.bar.done == frozenset({0, 2})
    row = control.points.rows.index(ticked)
    bar = control.points.index(row, control.points.column_index("bar")).data()
    assert bar == "чек-лист, выполнено 2 из 3"

    def verdict(dialog: ItemDialog) -> None:
        choose(dialog, "result", "пройдена")
        ok(dialog)  # no evidence
        refusals["evidence"] = dialog.error_of("evidence")
        type_in(dialog, "evidence", "Скриншоты постов 20.12")
        type_in(dialog, "decision", "Продолжаем")
        ok(dialog)

    select(control.point_table, control.points, lambda c: c.title == "Тон новогодних постов")
    forms.queue(verdict)
    control.verdict_button.click()
    assert refusals["evidence"].startswith("Оценка записывается вместе с подтверждением")
    judged = next(c for c in section.state.version.checkpoints if c.title == "Тон новогодних постов")
    assert judged.verdict is not None and judged.verdict.result == "passed"
    assert judged.verdict.evidence == "Скриншоты постов 20.12"
    assert reading(db, results_of, sid)[judged.id].judged == "planner"
    press(main_demo, Qt.Key.Key_Z)  # the verdict
    assert judged.id not in reading(db, results_of, sid)
    press(main_demo, Qt.Key.Key_Z)  # the ticks
    again = next(c for c in section.state.version.checkpoints if c.title == "Новогодняя кампания готова")
    assert again.bar.done == frozenset()


# --- 4. the decision on a failed checkpoint ---------------------------------------------------------------


def test_a_decision_on_a_failed_checkpoint_re_plans_and_undo_takes_both_back(
    section, main_demo, forms
) -> None:
    control = section.control
    db, sid = section.db, section.state.info.id
    failed = select(control.board_table, control.board, lambda r: r.column == "failed")
    refused: list[str] = []

    def decide(dialog: ItemDialog) -> None:
        type_in(dialog, "decision", "")
        ok(dialog)  # no decision
        refused.append(dialog.error_of("decision"))
        type_in(dialog, "decision", "Добавить посевы у блогеров")
        box = dialog.fields["replan"].widget
        assert isinstance(box, QCheckBox)
        box.setFocus()
        QTest.keyClick(box, Qt.Key.Key_Space)
        assert box.isChecked()
        ok(dialog)

    forms.queue(decide)
    control.decide_button.click()
    assert refused == ["Это поле нельзя оставить пустым."]
    history = reading(db, st.history, sid)
    assert [e.version.number for e in history] == [1, 2, 3]
    assert history[-1].version.reason == f"«{failed.checkpoint.title}»: Добавить посевы у блогеров"
    assert "версия 3" in section.facts.text()
    assert reading(db, results_of, sid)[failed.checkpoint.id].decision == "Добавить посевы у блогеров"
    press(main_demo, Qt.Key.Key_Z)
    assert [e.version.number for e in reading(db, st.history, sid)] == [1, 2]
    assert reading(db, results_of, sid)[failed.checkpoint.id].decision == (failed.verdict.decision or "")


# --- 5. a motivation payment ------------------------------------------------------------------------------


def test_a_payment_is_recorded_a_bonus_not_yet_earned_refused_and_undone(
    section, main_demo, forms, monkeypatch
) -> None:
    monkeypatch.setattr(ctl, "today", lambda: dt.date(2026, 12, 2))
    motivation = section.motivation
    db = section.db
    before = len(section.state.payments)
    refusals: list[str] = []

    def bonus_first(dialog: ItemDialog) -> None:
        choose(dialog, "agreement", "Павел Громов")  # his bonus's checkpoint has not passed
        type_in(dialog, "amount", "30 000")
        ok(dialog)
        refusals.append(dialog.error_of("agreement"))
        choose(dialog, "agreement", "Светлана Ким")  # her hours
        type_in(dialog, "amount", "0")
        ok(dialog)
        refusals.append(dialog.error_of("amount"))
        type_in(dialog, "amount", "127 500")
        type_in(dialog, "day", "15.02.2027")
        ok(dialog)  # a payment is money paid: not a day after today
        refusals.append(dialog.error_of("day"))
        type_in(dialog, "day", "30.09.2026")
        ok(dialog)  # nor before the strategy's period
        refusals.append(dialog.error_of("day"))
        type_in(dialog, "day", "01.12.2026")
        type_in(dialog, "note", "ноябрь")
        ok(dialog)

    forms.queue(bonus_first)
    motivation.pay_button.click()
    assert refusals[0].startswith("Бонус положен только после пройденной контрольной точки")
    assert refusals[1] == "Выплата должна быть больше нуля."
    assert refusals[2] == (
        "Выплата записывает уже выплаченные деньги: день 15.02.2027 позже сегодняшнего, 02.12.2026.")
    assert refusals[3] == "Дата 30.09.2026 вне периода стратегии (01.10.2026 — 31.12.2026)."
    rows = reading(db, ctl.due_payments, section.state.version_id)
    assert rows  # the agreements still give their payments
    assert len(section.state.payments) == before + 1
    paid = section.state.payments[-1]
    assert paid.amount == D(127_500) and paid.paid_on == dt.date(2026, 12, 1) and paid.note == "ноябрь"
    motivation.views.setCurrentIndex(1)
    last = motivation.payments.rowCount() - 1
    assert motivation.payments.index(last, motivation.payments.column_index("who")).data() == "Светлана Ким"
    press(main_demo, Qt.Key.Key_Z)
    assert len(section.state.payments) == before


# --- 6. RACI ----------------------------------------------------------------------------------------------


def test_a_task_s_raci_is_edited_from_its_tab_and_needs_exactly_one_accountable(
    section, main_demo, forms
) -> None:
    plan = section.plan
    plan.views.setCurrentIndex(1)
    row = next(r for r in range(plan.raci.rowCount()) if plan.raci.tasks[r].title == "Новогодние тексты")
    task = plan.raci.tasks[row]
    plan.raci_table.setCurrentIndex(plan.raci.index(row, 0))
    refused: list[str] = []

    def fill(dialog: ItemDialog) -> None:
        choose(dialog, "accountable", "—")
        ok(dialog)
        refused.append(dialog.error_of("accountable"))
        choose(dialog, "accountable", "Никита Орлов")
        tick(dialog, "responsible", "Никита Орлов", "Дарья Волкова")
        tick(dialog, "consulted", "Ирина Лебедева")
        tick(dialog, "informed")
        ok(dialog)

    forms.queue(fill)
    plan.raci_button.click()
    assert refused[0].startswith("У задачи «Новогодние тексты» должен быть ровно один подотчётный")
    names = [plan.raci.headerData(c, Qt.Orientation.Horizontal) for c in range(plan.raci.columnCount())]
    row = next(r for r in range(plan.raci.rowCount()) if plan.raci.tasks[r].id == task.id)
    letters = {name: plan.raci.index(row, c).data() for c, name in enumerate(names)}
    assert letters["Никита Орлов"] == "RA" and letters["Дарья Волкова"] == "R"
    assert letters["Ирина Лебедева"] == "C" and letters["Светлана Ким"] == ""
    press(main_demo, Qt.Key.Key_Z)
    back = next(t for t in section.state.version.tasks if t.id == task.id)
    assert back.raci == task.raci


# --- 7. goals, KPIs, tasks and people changed and deleted ------------------------------------------


def test_goals_and_kpis_are_changed_and_deleted_and_what_others_hold_is_refused(
    section, main_demo, forms, answers
) -> None:
    goals = section.goals
    tree = goals.tree
    tree.setCurrentIndex(goals.tree_model.item(0).child(0).index())  # «Охват и узнаваемость»
    refused: list[str] = []

    def rename(dialog: ItemDialog) -> None:
        type_in(dialog, "end", "01.09.2026")
        ok(dialog)  # ends before it starts
        refused.append(dialog.error_of("end"))
        type_in(dialog, "end", "31.12.2026")
        type_in(dialog, "title", "Охват и знание бренда")
        type_in(dialog, "weight", "3")
        ok(dialog)

    forms.queue(rename)
    goals.edit_goal_button.click()
    assert refused == ["Цель «Охват и узнаваемость» заканчивается раньше, чем начинается."]
    goal = next(g for g in section.state.version.goals if g.title == "Охват и знание бренда")
    assert goal.weight == D(3)
    tree.setCurrentIndex(goals.tree_model.item(0).child(0).index())
    answers.queue("confirm", True)
    goals.delete_goal_button.click()  # it has its KPI
    assert "нельзя удалить" in answers.texts("warn")[-1]
    assert any(g.id == goal.id for g in section.state.version.goals)

    kpi = select(goals.kpi_table, goals.kpis, lambda s: s.kpi.metric == "Продажи по промокодам")

    def target(dialog: ItemDialog) -> None:
        type_in(dialog, "target", "350")
        ok(dialog)

    forms.queue(target)
    goals.edit_kpi_button.click()
    changed = next(s for s in section.state.kpis.values() if s.kpi.id == kpi.kpi.id)
    assert changed.kpi.target == D(350)
    assert changed.progress == round(changed.current / D(350) * 100, 1)  # (current − 0) ÷ (350 − 0)
    select(goals.kpi_table, goals.kpis, lambda s: s.kpi.metric == "Подписчики сообщества")
    answers.queue("confirm", True)
    goals.delete_kpi_button.click()  # its checkpoints stand on it
    assert "контрольные точки" in answers.texts("warn")[-1]
    select(goals.kpi_table, goals.kpis, lambda s: s.kpi.metric == "Продажи по промокодам")
    answers.queue("confirm", True)
    goals.delete_kpi_button.click()
    assert kpi.kpi.id not in section.state.kpis
    for _ in range(3):
        press(main_demo, Qt.Key.Key_Z)
    assert section.state.kpis[kpi.kpi.id].kpi.target == kpi.kpi.target
    assert any(g.title == "Охват и узнаваемость" for g in section.state.version.goals)


def test_tasks_and_people_are_added_changed_and_deleted(section, main_demo, forms, answers) -> None:
    plan, people = section.plan, section.people
    tasks, persons = len(section.state.version.tasks), len(section.state.version.executors)
    refusals: dict[str, str] = {}

    def person(dialog: ItemDialog) -> None:
        type_in(dialog, "name", "Олег Смирнов")
        choose(dialog, "kind", "фрилансер")
        dialog.fields["role"].widget.setEditText("")
        type_text(dialog.fields["role"].widget.lineEdit(), "Фотограф")
        type_in(dialog, "weekly_hours", "200")
        ok(dialog)
        refusals["hours"] = dialog.error_of("weekly_hours")
        type_in(dialog, "weekly_hours", "20")
        type_in(dialog, "hourly_rate", "1 800")
        ok(dialog)

    def task(dialog: ItemDialog) -> None:
        type_in(dialog, "title", "Фотосессия новинок")
        choose(dialog, "role", "Фотограф")
        type_in(dialog, "start", "14.12.2026")
        type_in(dialog, "due", "10.12.2026")
        type_in(dialog, "effort", "16")
        ok(dialog)
        refusals["due"] = dialog.error_of("due")
        type_in(dialog, "due", "16.12.2026")
        type_in(dialog, "effort", "100 000")
        ok(dialog)  # more than its three days hold
        refusals["effort"] = dialog.error_of("effort")
        type_in(dialog, "effort", "16")
        ok(dialog)

    forms.queue(person, task)
    people.add_button.click()
    plan.add_task_button.click()
    assert refusals["hours"] == "Часов в неделю — от 0 до 168: 200"  # not «200.00»
    assert refusals["due"] == "Срок задачи «Фотосессия новинок» раньше её начала."
    assert refusals["effort"] == (
        "Дней у задачи «Фотосессия новинок» от начала до срока — 3: в них не больше 72 ч "
        "(24 ч в сутки), а не 100\u00a0000.")
    oleg = next(e for e in section.state.version.executors if e.name == "Олег Смирнов")
    assert oleg.role == "Фотограф" and oleg.kind == "freelancer" and oleg.hourly_rate == D(1800)
    made = next(t for t in section.state.version.tasks if t.title == "Фотосессия новинок")
    assert made.role == "Фотограф" and made.effort == D(16)
    heat = section.people.heat
    roles = [heat.headerData(r, Qt.Orientation.Vertical) for r in range(heat.rowCount())]
    assert "Фотограф" in roles  # its load is counted against his hours

    def longer(dialog: ItemDialog) -> None:
        type_in(dialog, "effort", "24")
        choose(dialog, "status", "в работе")
        ok(dialog)

    select(plan.task_table, plan.tasks, lambda t: t.id == made.id)
    forms.queue(longer)
    plan.edit_task_button.click()
    changed = next(t for t in section.state.version.tasks if t.id == made.id)
    assert changed.effort == D(24) and changed.status == "in_progress"

    select(people.people_table, people.people, lambda e: e.name == "Ирина Лебедева")
    answers.queue("confirm", True)
    people.delete_button.click()  # her agreements stand on her
    assert "договорённости" in answers.texts("warn")[-1]
    select(plan.task_table, plan.tasks, lambda t: t.id == made.id)
    answers.queue("confirm", True)
    plan.delete_task_button.click()
    select(people.people_table, people.people, lambda e: e.name == "Олег Смирнов")
    answers.queue("confirm", True)
    people.delete_button.click()
    assert len(section.state.version.tasks) == tasks and len(section.state.version.executors) == persons
    press(main_demo, Qt.Key.Key_Z)
    press(main_demo, Qt.Key.Key_Z)
    assert any(t.id == made.id and t.effort == D(24) for t in section.state.version.tasks)
    for _ in range(3):
        press(main_demo, Qt.Key.Key_Z)
    assert len(section.state.version.tasks) == tasks and len(section.state.version.executors) == persons


# --- reputation's figures --------------------------------------------------------------------------------


def test_a_kpi_on_the_share_of_negative_mentions_shows_the_brand_s_figure(section, answers) -> None:
    tree = section.goals.tree
    tree.setCurrentIndex(section.goals.tree_model.index(0, 0))
    info = section.state.info
    brand = f"{info.client_name} (№{info.client_id})"  # the brand of the Репутация section
    answers.queue("form", lambda dialog: (
        type_in(dialog, "metric", "Доля негатива"), choose(dialog, "figure", "доля негатива"),
        choose(dialog, "record", brand), type_in(dialog, "baseline", "40"),
        type_in(dialog, "target", "15")))  # fmt: skip
    section.goals.kpi_button.click()
    added = next(s for s in section.goals.kpis.rows if s.kpi.metric == "Доля негатива")
    assert added.kpi.link is not None and added.kpi.link.figure == "reputation.negative_share"
    assert added.kpi.direction == "lower" and added.kpi.unit == "%"  # proposed by the figure chosen
    assert added.current is not None and D(0) < added.current < D(100)
    row = section.goals.kpis.rows.index(added)
    shown = section.goals.kpis.index(row, section.goals.kpis.column_index("current")).data()
    assert shown not in ("", "—")


def test_a_refusal_under_a_field_is_in_the_red_of_every_field_error(section, forms) -> None:
    from smmdesk.ui.dialogs.strategy_plan_dialogs import TaskDialog

    def fill(dialog: ItemDialog) -> None:
        type_in(dialog, "effort", "много")
        ok(dialog)
        error = dialog.fields["effort"].error
        assert error.objectName() == "fieldError" and dialog.error_of("effort") == "Это не число: много"
        dialog.reject()

    forms.queue(fill)
    section.plan.task_table.selectRow(0)
    section.plan.edit_task_button.click()
    assert isinstance(forms.opened[-1], TaskDialog) and not forms.queued


def test_a_checkpoint_is_changed_to_a_kpi_bar_and_one_a_bonus_names_is_not_deleted(
    section, main_demo, forms, answers
) -> None:
    control = section.control
    control.views.setCurrentIndex(1)
    point = select(control.point_table, control.points, lambda c: c.title == "Розыгрыш запущен")
    refused: list[str] = []

    def to_kpi(dialog: ItemDialog) -> None:
        choose(dialog, "bar_kind", "КПЭ на пороге")
        choose(dialog, "kpi_id", "Участники розыгрыша")
        type_in(dialog, "threshold", "")
        ok(dialog)  # no threshold
        refused.append(dialog.error_of("threshold"))
        type_in(dialog, "threshold", "500")
        type_in(dialog, "day", "10.11.2026")
        ok(dialog)

    forms.queue(to_kpi)
    control.edit_button.click()
    assert refused == ["Укажите порог, которого должен достичь КПЭ."]
    changed = next(c for c in section.state.version.checkpoints if c.id == point.id)
    participants = next(k for k in section.state.version.kpis if k.metric == "Участники розыгрыша")
    assert changed.bar.kpi_id == participants.id and changed.bar.threshold == D(500)
    assert changed.day == dt.date(2026, 11, 10)
    select(control.point_table, control.points, lambda c: c.title == "Половина охвата к концу октября")
    answers.queue("confirm", True)
    control.delete_button.click()  # Павел Громов's bonus is judged there
    assert "нельзя удалить" in answers.texts("warn")[-1]
    press(main_demo, Qt.Key.Key_Z)
    back = next(c for c in section.state.version.checkpoints if c.id == point.id)
    assert back.bar.__class__.__name__ == "ChecklistBar" and back.day == point.day


def test_a_decision_on_a_verdict_judged_but_not_recorded_records_both_and_undo_neither(
    main_window, workspace, forms, qtbot
) -> None:
    from smmdesk.domain.strategy.control import KpiBar
    from smmdesk.services import strategy_items as items

    db, today = workspace.db, dt.date.today()
    first, last = today - dt.timedelta(days=30), today + dt.timedelta(days=30)
    with db.transaction() as s:
        sid = st.create_strategy(s, "Бренд агентства", first, last)
        v = st.latest_version(s, sid)
        goal = items.add(
            s, v, "goal", title="Подписчики", kind="awareness", owner="Мария", start=first, end=last
        )
        kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="", baseline=D(100),
                        target=D(200), start=first, due=last)  # fmt: skip
        items.add(
            s,
            v,
            "checkpoint",
            title="Неделя назад",
            day=today - dt.timedelta(days=7),
            bar=KpiBar(kpi, D(150)),
        )
        ctl.add_check_in(s, sid, kpi, today - dt.timedelta(days=8), D(110))
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(main_window.isActiveWindow)
    press(main_window, Qt.Key.Key_8)
    section = main_window.current_section()
    section.reload()
    control = section.control
    select(control.board_table, control.board, lambda r: r.column == "failed")

    def decide(dialog: ItemDialog) -> None:
        type_in(dialog, "decision", "Продолжаем, добавим розыгрыш")
        ok(dialog)

    forms.queue(decide)
    control.decide_button.click()
    (recorded,) = reading(db, results_of, sid).values()
    assert recorded.result == "failed" and recorded.judged == "auto" and recorded.value == D(110)
    assert recorded.decision == "Продолжаем, добавим розыгрыш"
    assert [e.version.number for e in reading(db, st.history, sid)] == [1]  # not re-planned
    decision = control.board.index(0, control.board.column_index("decision")).data()
    assert decision == "Продолжаем, добавим розыгрыш"
    press(main_window, Qt.Key.Key_Z)
    assert reading(db, results_of, sid) == {}


def test_the_new_tables_are_sound_and_an_approved_version_s_forms_are_closed(
    section, answers, qtmodeltester
) -> None:
    for model in (section.plan.initiatives, section.control.points, section.motivation.payments):
        qtmodeltester.check(model)
    assert section.plan.initiatives.rowCount() == len(section.state.version.initiatives) > 0
    assert section.motivation.payments.rowCount() == len(section.state.payments) > 0
    edits = (
        section.goals.edit_goal_button, section.goals.delete_kpi_button, section.plan.add_task_button,
        section.plan.raci_button, section.plan.delete_initiative_button, section.people.add_button,
        section.motivation.edit_button, section.control.add_checklist_button, section.control.delete_button,
    )  # fmt: skip
    running = (section.motivation.pay_button, section.control.ticks_button, section.control.verdict_button,
               section.control.decide_button)  # fmt: skip
    assert all(b.isEnabled() for b in (*edits, *running))
    answers.queue("text", "Мария Соколова")
    section.history.approve_button.click()
    assert section.state.info.latest.frozen
    assert not any(b.isEnabled() for b in edits)  # re-plan first
    assert all(b.isEnabled() for b in running)  # what happens while the plan runs is still recorded
