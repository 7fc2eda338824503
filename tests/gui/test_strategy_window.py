"""The Стратегия section in a planner's hands: Ctrl+8 opens it on the demo's strategy; the goal tree,
the KPIs, the RACI matrix, the heat-map and who is missing follow the figures; values are typed,
tasks marked done, checkpoints checked, the plan re-planned and approved — each undone with Ctrl+Z."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal as D

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from test_strategy_forms import choose, type_in

from smmdesk.domain.strategy.control import KpiBar
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_items as items
from smmdesk.services.strategy_rows import results_of
from smmdesk.services.workspace import reading
from smmdesk.ui.models.strategy_models import OVER

CTRL = Qt.KeyboardModifier.ControlModifier


def press(window, key: Qt.Key, modifiers: Qt.KeyboardModifier = CTRL) -> None:
    QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
    QApplication.processEvents()


@pytest.fixture
def section(main_demo, qtbot):
    main_demo.activateWindow()
    qtbot.waitExposed(main_demo)
    qtbot.waitUntil(main_demo.isActiveWindow)
    press(main_demo, Qt.Key.Key_8)
    shown = main_demo.current_section()
    assert type(shown).__name__ == "StrategySection"
    return shown


def test_ctrl_8_opens_the_demo_strategy_with_its_figures(section, qtmodeltester) -> None:
    assert section.choice.count() == 1 and "Ромашк" in section.choice.currentText()
    assert "версия 2" in section.facts.text()
    for model in (section.goals.kpis, section.plan.tasks, section.plan.raci, section.people.heat,
                  section.people.short, section.control.board, section.history.history,
                  section.goals.tree_model):  # fmt: skip
        qtmodeltester.check(model)
    tree = section.goals.tree_model
    assert tree.rowCount() == 1 and tree.item(0).rowCount() == 2  # sales over reach and engagement
    assert tree.item(0, 3).text().endswith("%")
    raci = section.plan.raci
    names = [raci.headerData(c, Qt.Orientation.Horizontal) for c in range(raci.columnCount())]
    lead = names.index("Ирина Лебедева")
    assert all("A" in raci.index(r, lead).data() for r in range(raci.rowCount()))  # she answers for all
    heat = section.people.heat
    roles = [heat.headerData(r, Qt.Orientation.Vertical) for r in range(heat.rowCount())]
    designer = roles.index("дизайнер")
    over = [c for c in range(heat.columnCount())
            if heat.index(designer, c).data(Qt.ItemDataRole.BackgroundRole) is not None
            and heat.index(designer, c).data(Qt.ItemDataRole.BackgroundRole).color() == OVER]  # fmt: skip
    assert over and int(heat.index(designer, over[0]).data()) > 100
    legend = section.people.heat_legend.text()  # the cells' numbers say what they are
    assert legend.startswith("В каждой клетке — загрузка роли в % от её возможностей за неделю")
    short = section.people.short
    missing = [short.row_at(r).role for r in range(short.rowCount())]
    assert "designer" in missing
    row = missing.index("designer")
    gap = sum(r.gap for r in section.state.staffing.short() if r.role == "designer")  # summed again here
    shown = short.index(row, short.column_index("hours")).data()
    assert shown == f"{gap:.1f}".replace(".", ",")  # hours to one decimal, as the load by week
    budget = section.motivation.budget  # its months in words, as a planner says them
    months = [budget.index(r, budget.column_index("month")).data() for r in range(budget.rowCount())]
    assert "октябрь 2026" in months and "декабрь 2026" in months and "2026-10" not in months
    # version 1 approved, version 2 the re-plan's draft: the client may approve it
    assert section.history.history.rowCount() == 2 and section.history.approve_button.isEnabled()
    history = section.history.history  # what the re-plan changed, all in the planner's words
    changed = history.index(1, history.column_index("changes")).data()
    assert "Задача «" in changed and "целевое значение" in changed
    assert not any(word in changed for word in ("Goal ", "Task ", "Executor ", "target ", "added"))


def test_a_value_typed_moves_the_kpi_and_undo_takes_it_back(section, main_demo, answers) -> None:
    table = section.goals.kpi_table
    row = next(r for r in range(section.goals.kpis.rowCount())
               if section.goals.kpis.row_at(r).kpi.metric == "Подписчики сообщества")  # fmt: skip
    table.selectRow(row)
    before = section.goals.kpis.row_at(row).current
    answers.queue("form", lambda dialog: type_in(dialog, "value", "17 000"))
    section.goals.check_in_button.click()
    after = next(s for s in section.goals.kpis.rows if s.kpi.metric == "Подписчики сообщества")
    assert before == D(14_600) and after.current == D(17_000)
    press(main_demo, Qt.Key.Key_Z)
    again = next(s for s in section.goals.kpis.rows if s.kpi.metric == "Подписчики сообщества")
    assert again.current == D(14_600)


def test_a_re_plan_needs_its_reason_and_shows_in_the_history(section, main_demo, answers) -> None:
    answers.queue("text", "")
    section.history.replan_button.click()
    assert section.history.history.rowCount() == 2  # no reason, no new version
    answers.queue("text", "Клиент сократил бюджет")
    section.history.replan_button.click()
    assert section.history.history.rowCount() == 3 and "версия 3" in section.facts.text()
    assert section.history.history.row_at(2).version.reason == "Клиент сократил бюджет"
    press(main_demo, Qt.Key.Key_Z)
    assert section.history.history.rowCount() == 2


def test_checking_approving_and_marking_done_on_a_new_strategy(
    main_window, workspace, answers, qtbot, qtmodeltester
) -> None:
    db = workspace.db
    today = dt.date.today()
    first, last = today - dt.timedelta(days=30), today + dt.timedelta(days=30)
    with db.transaction() as s:
        sid = st.create_strategy(s, "Бренд агентства", first, last)
        v = st.latest_version(s, sid)
        goal = items.add(s, v, "goal", title="Подписчики", kind="awareness", owner="Мария",
                         start=first, end=last)  # fmt: skip
        kpi = items.add(s, v, "kpi", goal_id=goal, metric="Подписчики", unit="", baseline=D(100),
                        target=D(200), start=first, due=last)  # fmt: skip
        week_ago = today - dt.timedelta(days=7)
        items.add(s, v, "checkpoint", title="Неделя назад", day=week_ago, bar=KpiBar(kpi, D(150)))
        items.add(s, v, "task", title="Посты", role="copywriter", start=today, due=today, effort=D(4))
        ctl.add_check_in(s, sid, kpi, today - dt.timedelta(days=8), D(110))
    main_window.activateWindow()
    qtbot.waitExposed(main_window)
    qtbot.waitUntil(main_window.isActiveWindow)
    press(main_window, Qt.Key.Key_8)
    section = main_window.current_section()
    section.reload()
    board = section.control.board
    # judged from the figure as soon as its date has come: 110 against a bar of 150
    assert [board.row_at(r).column for r in range(board.rowCount())] == ["failed"]
    assert board.index(0, board.column_index("result")).data() == "не пройдена"
    assert reading(db, results_of, sid) == {}
    section.control.check_button.click()  # the verdict recorded, as `strategy check` does
    (recorded,) = reading(db, results_of, sid).values()
    assert recorded.result == "failed" and recorded.judged == "auto" and recorded.value == D(110)
    points = section.control.points  # the program's own evidence in the planner's language
    assert points.index(0, points.column_index("evidence")).data() == "оценено по связанному показателю"
    press(main_window, Qt.Key.Key_Z)
    assert reading(db, results_of, sid) == {}

    section.plan.task_table.selectRow(0)
    section.plan.done_button.click()
    assert section.plan.tasks.row_at(0).status == "done"

    answers.queue("text", "Мария Соколова")
    section.history.approve_button.click()
    assert section.history.history.row_at(0).version.frozen and not section.history.approve_button.isEnabled()
    assert reading(db, st.strategy_info, sid).latest.approved_by == "Мария Соколова"
    press(main_window, Qt.Key.Key_Z)
    assert section.history.approve_button.isEnabled()

    answers.queue("form", lambda dialog: dialog.title.setText("Второй бренд"))
    press(main_window, Qt.Key.Key_N)
    assert section.choice.count() == 2 and section.choice.currentText().startswith("Второй бренд")
    for model in (section.people.heat, section.plan.raci, section.goals.tree_model):  # an empty plan
        qtmodeltester.check(model)


def test_the_document_is_exported_and_the_charts_drawn(section, qtbot, tmp_path, answers) -> None:
    from conftest import finish_background

    target = section.export(str(tmp_path / "стратегия.pdf"))
    finish_background(qtbot)
    assert target is not None and target.read_bytes().startswith(b"%PDF")
    ics = section.export(str(tmp_path / "план.ics"))
    finish_background(qtbot)
    assert ics is not None and b"BEGIN:VEVENT" in ics.read_bytes()
    # A typed extension that is not one of the document's is kept and «.pdf» appended; a file of
    # that name already there is replaced only after a question (the answer here: no).
    typed = section.export(str(tmp_path / "стратегия.v2"))
    finish_background(qtbot)
    assert typed == tmp_path / "стратегия.v2.pdf" and typed.read_bytes().startswith(b"%PDF")
    typed.write_bytes(b"the earlier file")
    assert section.export(str(tmp_path / "стратегия.v2")) is None
    finish_background(qtbot)
    assert typed.read_bytes() == b"the earlier file" and answers.texts("confirm")
    section.tabs.setCurrentWidget(section.charts)
    QApplication.processEvents()
    assert section.charts.findChild(QWidget, "timelineChart") is not None
    section.charts.views.setCurrentIndex(1)
    assert section.charts.findChild(QWidget, "progressChart") is not None


def test_tasks_are_imported_from_a_sheet_after_a_preview_and_undone(
    section, main_demo, answers, tmp_path
) -> None:
    answers.queue("text", "Добавляем посевы")
    section.history.replan_button.click()  # the approved version is frozen: a draft to import into
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Исполнитель;Начало;Срок;Часы\n"
        "Посевы в пабликах;таргетолог;Павел Громов;07.12.2026;11.12.2026;12\n"
        "Сторис с блогером;контент-мейкер;Мила Ким;08.12.2026;09.12.2026;6\n",
        "utf-8",
    )
    before = section.plan.tasks.rowCount()
    answers.queue("confirm", False)
    assert not section.import_sheet("tasks", str(sheet))
    assert section.plan.tasks.rowCount() == before  # declined at the preview: nothing written
    answers.queue("confirm", True)
    assert section.import_sheet("tasks", str(sheet))
    assert "Добавить 2, обновить 0, пропустить 0?" in answers.texts("confirm")[-1]
    assert section.plan.tasks.rowCount() == before + 2
    assert "Мила Ким" in [
        section.people.people.row_at(r).name for r in range(section.people.people.rowCount())
    ]
    press(main_demo, Qt.Key.Key_Z)
    assert section.plan.tasks.rowCount() == before
    press(main_demo, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert section.plan.tasks.rowCount() == before + 2


def test_a_goal_a_kpi_on_a_campaign_and_a_checkpoint_are_added_and_undone(
    section, main_demo, answers
) -> None:
    answers.queue("text", "Новый квартал")
    section.history.replan_button.click()  # a draft to add to
    tree = section.goals.tree
    tree.setCurrentIndex(section.goals.tree_model.index(0, 0))  # under «Продажи в интернет-магазине»
    answers.queue("form", lambda dialog: (
        type_in(dialog, "title", "Лояльность покупателей"), choose(dialog, "kind", "вовлечённость"),
        type_in(dialog, "owner", "Ирина Лебедева")))  # fmt: skip
    section.goals.goal_button.click()
    parent = section.goals.tree_model.item(0)
    assert [parent.child(r).text() for r in range(parent.rowCount())][-1] == "Лояльность покупателей"
    tree.setCurrentIndex(parent.child(parent.rowCount() - 1).index())
    answers.queue("form", lambda dialog: (
        type_in(dialog, "metric", "Клики"), choose(dialog, "figure", "клики"),
        choose(dialog, "record", "Осенняя распродажа"), type_in(dialog, "target", "2 000")))  # fmt: skip
    section.goals.kpi_button.click()
    added = next(s for s in section.goals.kpis.rows if s.kpi.metric == "Клики")
    assert added.kpi.link is not None and added.kpi.link.record_id == 5 and added.current is not None
    assert added.progress == round(added.current / 2000 * 100, 1)  # (current − 0) ÷ (2 000 − 0)
    section.goals.kpi_table.selectRow(section.goals.kpis.rows.index(added))
    answers.queue("form", lambda dialog: (
        type_in(dialog, "title", "Клики к концу ноября"), type_in(dialog, "day", "30.11.2026"),
        type_in(dialog, "threshold", "1 000")))  # fmt: skip
    section.goals.checkpoint_button.click()
    titles = [c.title for c in section.state.version.checkpoints]
    assert "Клики к концу ноября" in titles
    answers.queue("form", False)
    section.goals.goal_button.click()  # the form cancelled: nothing is added
    assert len(section.state.version.goals) == 4
    for _ in range(3):
        press(main_demo, Qt.Key.Key_Z)
    assert len(section.state.version.goals) == 3 and "Клики" not in [
        k.metric for k in section.state.version.kpis
    ]


def test_a_new_strategy_is_a_clients_for_the_period_typed(section, answers) -> None:
    """The form asks whose the strategy is and its period; a period that ends before it starts is
    refused in the form and nothing is made."""
    from smmdesk.services.session import reading

    def fill(first: str, last: str):
        def typed(dialog) -> None:
            dialog.title.setText("Весна для Ромашки")
            dialog.client.setCurrentIndex(dialog.client.findText("ООО «Ромашка»"))
            dialog.start.line.setText(first)
            dialog.end.line.setText(last)
            seen.append(dialog)

        return typed

    seen: list = []
    before = reading(section.ws.db, st.list_strategies)
    answers.queue("form", fill("01.05.2027", "01.03.2027"))
    assert section.new_strategy() is None and reading(section.ws.db, st.list_strategies) == before
    assert seen[0].error.text()
    answers.queue("form", fill("01.03.2027", "31.05.2027"))
    made = section.new_strategy()
    info = reading(section.ws.db, st.strategy_info, made)
    assert info.client_name == "ООО «Ромашка»" and info.title == "Весна для Ромашки"
    assert (info.period_from, info.period_to) == (dt.date(2027, 3, 1), dt.date(2027, 5, 31))
    assert section.state.info.id == made


def test_a_table_whose_buttons_act_on_one_record_keeps_one_chosen(section, qtbot) -> None:
    """Ctrl+click on a second task chooses it instead of adding it: «Изменить…» then says whose."""
    section.tabs.setCurrentWidget(section.plan)
    table = section.plan.task_table
    qtbot.waitUntil(table.isVisible)
    model = table.model()
    assert model.rowCount() >= 2
    for row, modifier in ((0, Qt.KeyboardModifier.NoModifier), (1, Qt.KeyboardModifier.ControlModifier)):
        where = table.visualRect(model.index(row, 0)).center()
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, where)
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]


def test_the_window_groups_every_figure_it_shows(section) -> None:
    """Thresholds, targets and values read «200 000» (the interface's group separator), never «200000»."""
    points = section.control.points
    bars = [points.index(r, points.column_index("bar")).data() for r in range(points.rowCount())]
    half = next(text for text in bars if text.startswith("Охват кампании"))
    assert re.fullmatch(r"Охват кампании: не хуже 200\s000", half), half  # as the client's document reads
    kpis = section.goals.kpis
    targets = [kpis.index(r, kpis.column_index("target")).data() for r in range(kpis.rowCount())]
    assert any(re.fullmatch(r"450\s000", t) for t in targets), targets
    now = [kpis.index(r, kpis.column_index("current")).data() for r in range(kpis.rowCount())]
    shown = bars + targets + now
    assert not [t for t in shown if re.search(r"\d{4,}", t)], shown
