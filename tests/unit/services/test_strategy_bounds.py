"""What a task, an agreement and a payment may hold, refused by the services with the field and the
bound named: a task's effort beyond 24 h for each of its days (added, changed, or a task sheet's
row skipped with why), an agreement ending before it starts or dated outside the
strategy's period, a payment dated after today or outside the period. Nothing refused is written."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest

from smmdesk.domain.errors import ValidationError
from smmdesk.services import strategy as st
from smmdesk.services import strategy_control as ctl
from smmdesk.services import strategy_import as imp
from smmdesk.services import strategy_items as items
from smmdesk.services import strategy_state as state
from smmdesk.storage.database import Database

START, END = dt.date(2026, 11, 2), dt.date(2026, 11, 29)
NAMED = "(02.11.2026 — 29.11.2026)"
# 09.11–13.11.2026: Monday to Friday, five days, so at most 120 h.
MONDAY, FRIDAY = dt.date(2026, 11, 9), dt.date(2026, 11, 13)


@pytest.fixture
def plan(db: Database) -> dict:
    with db.transaction() as s:
        sid = st.create_strategy(s, "Ноябрь", START, END)
        v = st.latest_version(s, sid)
        anna = items.add(s, v, "executor", name="Анна", kind="employee", role="designer", weekly_hours=D(40))
        task = items.add(s, v, "task", title="Баннеры", role="designer", start=MONDAY, due=FRIDAY,
                         effort=D(8))  # fmt: skip
        fee = items.add(s, v, "agreement", executor_id=anna, kind="per_piece", amount=D(2500),
                        quantity=D(4), start=dt.date(2026, 11, 20))  # fmt: skip
    return {"sid": sid, "v": v, "anna": anna, "task": task, "fee": fee}


def refusal(db: Database, action) -> ValidationError:
    with pytest.raises(ValidationError) as caught, db.transaction() as s:
        action(s)
    return caught.value


# --- a task's effort -------------------------------------------------------------------------------------


def test_a_task_of_more_hours_than_its_working_days_hold_is_refused_naming_the_bound(db, plan) -> None:
    huge = {"title": "Всё сразу", "role": "designer", "start": MONDAY, "due": FRIDAY, "effort": D(100_000)}
    error = refusal(db, lambda s: items.add(s, plan["v"], "task", **huge))
    assert error.field == "effort"
    assert "has 5 days" in str(error) and "at most 120 h" in str(error) and "100\u00a0000" in str(error)
    just_over = {**huge, "effort": D("120.01")}
    assert refusal(db, lambda s: items.add(s, plan["v"], "task", **just_over)).field == "effort"
    with db.transaction() as s:
        items.add(s, plan["v"], "task", **{**huge, "effort": D(120)})  # the bound itself is taken
    error = refusal(db, lambda s: items.update(s, plan["v"], "task", plan["task"], {"effort": D(500)}))
    assert error.field == "effort" and "at most 120 h" in str(error)
    # shortening the span under the hours is refused too: one day holds 24 h
    error = refusal(db, lambda s: items.update(s, plan["v"], "task", plan["task"], {"effort": D(30)} | {
        "due": MONDAY}))  # fmt: skip
    assert error.field == "effort" and "has 1 days" in str(error) and "at most 24 h" in str(error)
    with db.reading() as s:
        kept = items.item(s, plan["v"], "task", plan["task"])
        assert kept.effort == D(8) and kept.due == FRIDAY
        assert sorted(t.effort for t in items.items(s, plan["v"], "task")) == [D(8), D(120)]


def test_a_task_over_holidays_holds_24_hours_of_each_of_its_days(db, plan) -> None:
    """A weekend (or the New Year holidays) has no working day, yet an SMM team posts on it."""
    saturday, sunday = dt.date(2026, 11, 14), dt.date(2026, 11, 15)
    weekend = {"title": "Съёмка", "role": "designer", "start": saturday, "due": sunday, "effort": D(49)}
    error = refusal(db, lambda s: items.add(s, plan["v"], "task", **weekend))
    assert error.field == "effort" and "has 2 days" in str(error) and "at most 48 h" in str(error)
    with db.transaction() as s:
        items.add(s, plan["v"], "task", **{**weekend, "effort": D(48)})


def test_a_task_sheet_row_of_too_many_hours_is_skipped_with_the_bound(db, plan, tmp_path: Path) -> None:
    sheet = tmp_path / "задачи.csv"
    sheet.write_text(
        "Задача;Роль;Начало;Срок;Часы\n"
        "Посевы;таргетолог;09.11.2026;13.11.2026;10\n"
        "Годовой контент;дизайнер;09.11.2026;13.11.2026;100000\n"
        "Большой отчёт;аналитик;09.11.2026;10.11.2026;49\n",
        "utf-8",
    )
    with db.transaction() as s:
        preview = imp.preview_tasks(s, plan["v"], sheet)
        imp.import_tasks(s, plan["v"], preview)
    assert [t.title for t in preview.add] == ["Посевы"]
    notes = {n.row: n.render() for n in preview.skipped}
    assert set(notes) == {3, 4}
    assert notes[3].startswith("Effort, h: ") and "at most 120 h" in notes[3]
    assert "has 2 days" in notes[4] and "at most 48 h" in notes[4] and "not 49" in notes[4]
    with db.reading() as s:
        assert sorted(t.title for t in items.items(s, plan["v"], "task")) == ["Баннеры", "Посевы"]


# --- agreements ------------------------------------------------------------------------------------------


def test_an_agreement_ending_before_it_starts_or_outside_the_period_is_refused(db, plan) -> None:
    backwards = {"executor_id": plan["anna"], "kind": "hourly", "amount": D(1500), "quantity": D(10),
                 "start": dt.date(2026, 11, 28), "end": dt.date(2026, 11, 3)}  # fmt: skip
    error = refusal(db, lambda s: items.add(s, plan["v"], "agreement", **backwards))
    assert error.field == "end" and "03.11.2026" in str(error) and "28.11.2026" in str(error)
    monthly = {**backwards, "kind": "monthly", "amount": D(120_000)}
    assert refusal(db, lambda s: items.add(s, plan["v"], "agreement", **monthly)).field == "end"
    late = {**backwards, "start": START, "end": dt.date(2026, 12, 1)}
    error = refusal(db, lambda s: items.add(s, plan["v"], "agreement", **late))
    assert error.field == "end" and NAMED in str(error)
    early = {**backwards, "start": dt.date(2026, 10, 31), "end": None}
    error = refusal(db, lambda s: items.add(s, plan["v"], "agreement", **early))
    assert error.field == "start" and "31.10.2026" in str(error) and NAMED in str(error)
    error = refusal(db, lambda s: items.update(s, plan["v"], "agreement", plan["fee"], {
        "start": dt.date(2026, 12, 20)}))  # fmt: skip
    assert error.field == "start" and NAMED in str(error)
    with db.reading() as s:
        agreements = items.items(s, plan["v"], "agreement")
        assert [a.start for a in agreements] == [dt.date(2026, 11, 20)]


# --- payments --------------------------------------------------------------------------------------------


def test_a_payment_after_today_or_outside_the_period_is_refused_and_one_paid_is_taken(
    db, plan, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ctl, "today", lambda: dt.date(2026, 11, 18))
    pay = lambda day: lambda s: ctl.record_payment(s, plan["sid"], plan["fee"], day, D(10_000))  # noqa: E731
    error = refusal(db, pay(dt.date(2026, 11, 19)))
    assert error.field == "day" and "19.11.2026" in str(error) and "18.11.2026" in str(error)
    assert refusal(db, pay(dt.date(2027, 2, 15))).field == "day"
    error = refusal(db, pay(dt.date(2026, 10, 30)))
    assert error.field == "day" and NAMED in str(error)
    with db.transaction() as s:
        pay(dt.date(2026, 11, 18))(s)  # today itself is taken
        assert [p.paid_on for p in state.payments_of(s, plan["sid"])] == [dt.date(2026, 11, 18)]
