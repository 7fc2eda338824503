"""The goals tab's forms in a planner's hands, on the demo's draft: a goal, a KPI on a campaign's
figure or on values typed in, a checkpoint on a KPI and a value of a KPI, each added in one form of
all its fields. A value that does not read, or a date outside the strategy's period (01.10.2026 —
31.12.2026), is explained in red under its own field with the form kept open and the rest of what
was typed still there; the save is one step of Ctrl+Z."""

from __future__ import annotations

from decimal import Decimal as D

import test_strategy_forms as hands
from PySide6.QtCore import Qt
from test_strategy_forms import choose, ok, press, select, type_in

from smmdesk.domain.strategy.control import KpiBar
from smmdesk.ui.dialogs.item_dialog import ItemDialog
from smmdesk.ui.dialogs.strategy_control_dialogs import CheckInDialog, CheckpointDialog
from smmdesk.ui.dialogs.strategy_plan_dialogs import GoalDialog, KpiDialog, TaskDialog

PERIOD = "(01.10.2026 — 31.12.2026)"
forms, section = hands.forms, hands.section  # the planner's hands at each form, and the demo's draft


def text_of(dialog: ItemDialog, key: str) -> str:
    widget = dialog.fields[key].widget
    line = getattr(widget, "line", widget)
    return line.text() if hasattr(line, "text") else widget.currentText()


def test_a_goal_is_added_under_the_chosen_one_in_one_form(section, main_demo, forms) -> None:
    goals = section.goals
    goals.tree.setCurrentIndex(goals.tree_model.index(0, 0))  # under «Продажи в интернет-магазине»
    parent_title = goals.tree_model.item(0).text()
    refused: list[str] = []

    def fill(dialog: ItemDialog) -> None:
        assert isinstance(dialog, GoalDialog)
        assert dialog.fields["parent_id"].widget.currentText() == parent_title
        type_in(dialog, "owner", "Ирина Лебедева")
        ok(dialog)  # no title
        refused.append(dialog.error_of("title"))
        type_in(dialog, "title", "Лояльность покупателей")
        choose(dialog, "kind", "вовлечённость")
        type_in(dialog, "end", "15.01.2027")
        ok(dialog)  # past the strategy's last day
        refused.append(dialog.error_of("end"))
        assert dialog.error_of("title") == "" and text_of(dialog, "owner") == "Ирина Лебедева"
        type_in(dialog, "end", "31.12.2026")
        ok(dialog)

    forms.queue(fill)
    goals.goal_button.click()
    assert refused[0] == "У цели должно быть название."
    assert refused[1] == f"Дата 15.01.2027 вне периода стратегии {PERIOD}."
    parent = goals.tree_model.item(0)
    assert [parent.child(r).text() for r in range(parent.rowCount())][-1] == "Лояльность покупателей"
    added = next(g for g in section.state.version.goals if g.title == "Лояльность покупателей")
    assert added.owner == "Ирина Лебедева" and added.kind == "engagement" and added.parent_id is not None
    press(main_demo, Qt.Key.Key_Z)
    assert "Лояльность покупателей" not in [g.title for g in section.state.version.goals]


def test_a_kpi_on_a_campaign_s_figure_is_one_form_and_one_step(section, main_demo, forms) -> None:
    goals = section.goals
    goals.tree.setCurrentIndex(goals.tree_model.index(0, 0))
    refused: dict[str, str] = {}

    def fill(dialog: ItemDialog) -> None:
        assert isinstance(dialog, KpiDialog)
        type_in(dialog, "metric", "Стоимость тысячи показов")
        choose(dialog, "figure", "CPM")  # a cost: lowered, in roubles
        assert text_of(dialog, "unit") == "₽" and text_of(dialog, "direction") == "снизить"
        record = dialog.fields["record"].widget
        record.setCurrentIndex(0)
        type_in(dialog, "baseline", "450")
        type_in(dialog, "target", "триста")
        type_in(dialog, "due", "01.01.2027")
        ok(dialog)
        refused.update({key: dialog.error_of(key) for key in ("record", "target")})
        assert text_of(dialog, "metric") == "Стоимость тысячи показов"
        assert text_of(dialog, "baseline") == "450"
        choose(dialog, "figure", "клики")  # after all a count of clicks: raised, no unit
        assert text_of(dialog, "unit") == "" and text_of(dialog, "direction") == "повысить"
        type_in(dialog, "metric", "Клики")
        choose(dialog, "record", "Осенняя распродажа")
        type_in(dialog, "baseline", "0")
        type_in(dialog, "target", "2 000")
        ok(dialog)  # the due date is still after the period
        refused["due"] = dialog.error_of("due")
        type_in(dialog, "due", "31.12.2026")
        ok(dialog)

    forms.queue(fill)
    goals.kpi_button.click()
    assert refused == {
        "record": "Выберите кампанию, конкурс или бренд, по которому считается показатель.",
        "target": "Это не число: триста",
        "due": f"Дата 01.01.2027 вне периода стратегии {PERIOD}.",
    }
    added = next(s for s in goals.kpis.rows if s.kpi.metric == "Клики")
    assert added.kpi.link is not None and added.kpi.link.figure == "campaign.clicks"
    assert added.kpi.link.record_id == 5 and added.kpi.direction == "raise" and added.current is not None
    assert added.progress == round(added.current / 2000 * 100, 1)  # (current − 0) ÷ (2 000 − 0)
    press(main_demo, Qt.Key.Key_Z)
    assert "Клики" not in [k.metric for k in section.state.version.kpis]


def test_a_kpi_on_values_typed_in_then_its_value_is_recorded_in_a_form(section, main_demo, forms) -> None:
    goals = section.goals
    goals.tree.setCurrentIndex(goals.tree_model.index(0, 0))

    def fill(dialog: ItemDialog) -> None:
        type_in(dialog, "metric", "Подписчики Telegram")
        assert not dialog.fields["record"].widget.isEnabled()  # values typed in: of nothing
        type_in(dialog, "baseline", "1 000")
        type_in(dialog, "target", "3 000")
        ok(dialog)

    forms.queue(fill)
    goals.kpi_button.click()
    added = next(s for s in goals.kpis.rows if s.kpi.metric == "Подписчики Telegram")
    assert added.kpi.link is None and added.current is None  # «—» until a value is typed
    select(goals.kpi_table, goals.kpis, lambda s: s.kpi.metric == "Подписчики Telegram")
    refused: list[str] = []
    today = section.day.strftime("%d.%m.%Y")

    def value(dialog: ItemDialog) -> None:
        assert isinstance(dialog, CheckInDialog) and text_of(dialog, "day") == today
        type_in(dialog, "source", "статистика канала")
        type_in(dialog, "value", "две тысячи")
        ok(dialog)
        refused.append(dialog.error_of("value"))
        type_in(dialog, "value", "2 000")
        type_in(dialog, "day", "30.09.2026")
        ok(dialog)
        refused.append(dialog.error_of("day"))
        assert text_of(dialog, "value") == "2 000" and text_of(dialog, "source") == "статистика канала"
        type_in(dialog, "day", today)
        ok(dialog)

    forms.queue(value)
    goals.check_in_button.click()
    assert refused == ["Это не число: две тысячи", f"Дата 30.09.2026 вне периода стратегии {PERIOD}."]
    shown = next(s for s in goals.kpis.rows if s.kpi.metric == "Подписчики Telegram")
    assert shown.current == D(2000) and shown.progress == D(50)  # (2 000 − 1 000) ÷ (3 000 − 1 000)
    press(main_demo, Qt.Key.Key_Z)
    assert next(s for s in goals.kpis.rows if s.kpi.metric == "Подписчики Telegram").current is None


def test_a_value_of_a_kpi_that_follows_a_figure_is_refused_under_the_value(section, forms) -> None:
    goals = section.goals
    followed = select(goals.kpi_table, goals.kpis, lambda s: s.kpi.link is not None)
    refused: list[str] = []

    def value(dialog: ItemDialog) -> None:
        type_in(dialog, "value", "5")
        ok(dialog)
        refused.append(dialog.error_of("value"))
        dialog.reject()

    forms.queue(value)
    goals.check_in_button.click()
    assert refused and followed.kpi.metric in refused[0] and "не вводится" in refused[0]


def test_a_checkpoint_on_the_chosen_kpi_is_one_form(section, main_demo, forms) -> None:
    goals = section.goals
    chosen = select(goals.kpi_table, goals.kpis, lambda s: s.kpi.metric == "Подписчики сообщества")
    refused: list[str] = []

    def fill(dialog: ItemDialog) -> None:
        assert isinstance(dialog, CheckpointDialog)
        assert dialog.fields["bar_kind"].widget.currentData() == "kpi"
        assert dialog.fields["kpi_id"].widget.currentText() == "Подписчики сообщества"
        assert text_of(dialog, "day") == chosen.kpi.due.strftime("%d.%m.%Y")  # by the KPI's date
        type_in(dialog, "title", "Подписчики к середине декабря")
        type_in(dialog, "threshold", "16 000")
        type_in(dialog, "day", "15.01.2027")
        ok(dialog)
        refused.append(dialog.error_of("day"))
        assert text_of(dialog, "threshold") == "16 000"
        type_in(dialog, "day", "15.12.2026")
        ok(dialog)

    forms.queue(fill)
    goals.checkpoint_button.click()
    assert refused == [f"Дата 15.01.2027 вне периода стратегии {PERIOD}."]
    added = next(c for c in section.state.version.checkpoints if c.title == "Подписчики к середине декабря")
    assert added.bar == KpiBar(chosen.kpi.id, D(16000)) and added.goal_id == chosen.kpi.goal_id
    press(main_demo, Qt.Key.Key_Z)
    assert "Подписчики к середине декабря" not in [c.title for c in section.state.version.checkpoints]


def test_a_task_dated_outside_the_period_is_refused_under_its_field(section, forms) -> None:
    refused: list[str] = []
    before = len(section.state.version.tasks)

    def fill(dialog: ItemDialog) -> None:
        assert isinstance(dialog, TaskDialog)
        type_in(dialog, "title", "Итоги года")
        choose(dialog, "role", "аналитик")
        type_in(dialog, "start", "28.12.2026")
        type_in(dialog, "due", "12.01.2027")
        type_in(dialog, "effort", "6")
        ok(dialog)
        refused.append(dialog.error_of("due"))
        type_in(dialog, "due", "30.12.2026")
        ok(dialog)

    forms.queue(fill)
    section.plan.add_task_button.click()
    assert refused == [f"Дата 12.01.2027 вне периода стратегии {PERIOD}."]
    assert len(section.state.version.tasks) == before + 1


def test_a_task_sheet_s_row_outside_the_period_is_listed_with_why_at_the_preview(
    section, answers, tmp_path
) -> None:
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Начало;Срок;Часы\n"
        "Посевы в пабликах;таргетолог;07.12.2026;11.12.2026;12\n"
        "Итоги года;аналитик;28.12.2026;12.01.2027;6\n",
        "utf-8",
    )
    before = section.plan.tasks.rowCount()
    answers.queue("open_file", str(sheet))
    answers.queue("confirm", True)
    section.plan.import_button.click()
    preview = answers.texts("confirm")[-1]
    assert "Добавить 1, обновить 0, пропустить 1?" in preview
    assert f"строка 3: Срок: Дата 12.01.2027 вне периода стратегии {PERIOD}." in preview
    assert section.plan.tasks.rowCount() == before + 1
    assert "Итоги года" not in [t.title for t in section.state.version.tasks]
