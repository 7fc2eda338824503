"""The contests section: a planner prepares a giveaway, draws it, disqualifies, publishes and checks."""

from __future__ import annotations

from decimal import Decimal as D

import pytest

from smmdesk.domain.contests import Prize
from smmdesk.services import contest_protocol as cp
from smmdesk.services import contests as svc
from smmdesk.services.workspace import reading


@pytest.fixture
def contests(main_demo):
    return main_demo.show_section("contests")


def test_the_demo_contest_is_finished_and_its_protocol_verifies(contests, tmp_path, qtmodeltester) -> None:
    assert contests.list.count() == 2
    contests.select(1)
    info = contests.info
    assert info.values["status"] == "delivered" and info.draw is not None and info.draw.disqualified
    for model in (contests.prizes_model, contests.people_model, contests.winners_model):
        qtmodeltester.check(model)
    assert contests.winners_model.rowCount() == 4
    assert "нет" not in contests.draw_facts.text() and info.draw.list_hash in contests.draw_facts.text()
    assert not contests.paste_button.isEnabled()  # the list is frozen
    path = contests.export_protocol(".xlsx", str(tmp_path / "протокол"))
    assert cp.verify_protocol(path).matches
    assert contests.export_protocol(".pdf", str(tmp_path / "протокол")).read_bytes().startswith(b"%PDF")
    assert contests.verify_protocol(str(path))


def test_preparing_drawing_and_disqualifying(contests, answers, tmp_path) -> None:
    contest = contests.new_contest("Весенний розыгрыш")
    assert contests.info.id == contest and contests.heading.text() == "Весенний розыгрыш"
    # Prizes: one of them over 4 000 ₽ is flagged for the tax.
    contests.add_prize()
    assert contests.prizes_model.setData(contests.prizes_model.index(0, 0), "Сертификат")
    assert contests.prizes_model.setData(contests.prizes_model.index(0, 2), "5 000")
    assert contests.prizes_model.index(0, 4).data() == "облагается: дороже 4 000 ₽"
    assert not contests.prizes_model.setData(contests.prizes_model.index(0, 1), "0")
    assert "не меньше 1" in contests.prize_message.text()
    contests.add_prize()
    # Participants: pasted, with a line that is not a handle; one set aside.
    contests.paste_list(
        "@Olga_M\nhttps://instagram.com/ivan.p/?igshid=1\nolga_m\n!!!\n"
        + "\n".join(f"u{n}" for n in range(20))
    )
    (report,) = answers.texts("inform")
    assert "Добавлено: 22" in report and "!!!" in report
    contests.people.selectRow(0)
    answers.queue("text", "сотрудник")
    contests.set_aside()
    assert contests.info.eligible == 21 and "отложено 1" in contests.people_summary.text().lower()
    # A draw needs a seed; then it is made, the list frozen.
    contests.seed.setText("  ")
    assert not contests.run_draw() and "сид" in contests.draw_message.text().lower()
    contests.seed.setText("весна 2027")
    assert contests.run_draw()
    info = contests.info
    assert info.frozen_at is not None and contests.winners_model.rowCount() == 2
    with contests.ws.db.reading() as s:
        people = svc.eligible_list(s, contest)
    assert info.draw.winners == [p.winner for p in svc.d.draw(people, "весна 2027", 2)]
    # A second draw without a reason is refused; a disqualification replaces the winner.
    assert not contests.run_draw() and "причин" in contests.draw_message.text()
    contests.winners.selectRow(0)
    first = info.draw.winners[0]
    assert contests.disqualify("бот")
    assert contests.info.draw.winners[0] != first and first in contests.disqualified.text()
    contests.ws.undo.undo()
    assert contests.info.draw.winners[0] == first
    contests.ws.undo.undo()  # the draw itself
    assert contests.info.draw is None and contests.info.frozen_at is None


def test_a_contest_never_drawn_is_deleted_and_undeleted(contests, answers) -> None:
    contest = contests.new_contest("Лишний")
    contests.paste_list("a1\na2")
    answers.queue("confirm", True)
    contests.delete_contest()
    assert contests.list.count() == 2
    contests.ws.undo.undo()
    contests.select(contest)
    assert contests.info.title == "Лишний" and contests.info.participants == 2
    contests.select(1)
    answers.queue("confirm", True)
    contests.delete_contest()
    assert any("протокол" in t for t in answers.texts("box") + answers.texts("warn"))
    assert reading(contests.ws.db, svc.load_contest, 1).title


def test_costs_and_budget(contests) -> None:
    contests.select(2)
    with contests.ws.db.transaction() as s:
        svc.set_prizes(s, 2, [Prize("Подарочный набор", 5, D(2900)), Prize("Телефон", 1, D(50000))])
    contests.select(2)
    text = contests.costs.text().replace("\u00a0", " ")
    assert "64 500,00 ₽" in text and "сверх бюджета" in text
