"""The contests section: a planner prepares a giveaway, draws it, disqualifies, publishes and checks."""

from __future__ import annotations

from decimal import Decimal as D

import pytest
from conftest import finish_background

from smmdesk.domain.contests import Prize
from smmdesk.services import contest_protocol as cp
from smmdesk.services import contests as svc
from smmdesk.services.workspace import reading


@pytest.fixture
def contests(main_demo):
    return main_demo.show_section("contests")


def test_the_demo_contest_is_finished_and_its_protocol_verifies(
    contests, tmp_path, qtmodeltester, qtbot
) -> None:
    assert contests.list.count() == 2
    contests.select(1)
    info = contests.info
    assert info.values["status"] == "delivered" and info.draw is not None and info.draw.disqualified
    for model in (contests.prizes.model, contests.people.model, contests.draw.model):
        qtmodeltester.check(model)
    assert contests.draw.model.rowCount() == 4
    assert "нет" not in contests.draw.facts.text() and info.draw.list_hash in contests.draw.facts.text()
    assert not contests.people.paste_button.isEnabled()  # the list is frozen
    folder = tmp_path / "протоколы"
    folder.mkdir()
    path = contests.draw.export_protocol(".xlsx", str(folder / "протокол"))
    finish_background(qtbot)
    assert cp.verify_protocol(path).matches
    pdf = contests.draw.export_protocol(".pdf", str(folder / "протокол"))
    finish_background(qtbot)
    assert pdf.read_bytes().startswith(b"%PDF")
    assert contests.draw.verify_protocol(str(path))
    assert {p.name for p in folder.iterdir()} == {"протокол.xlsx", "протокол.pdf"}  # nothing partial left


def test_preparing_drawing_and_disqualifying(contests, answers, tmp_path) -> None:
    contest = contests.new_contest("Весенний розыгрыш")
    assert contests.info.id == contest and contests.heading.text() == "Весенний розыгрыш"
    prizes = contests.prizes
    # Prizes: one of them over 4 000 ₽ is flagged for the tax.
    prizes.add_prize()
    assert prizes.model.setData(prizes.model.index(0, 0), "Сертификат")
    assert prizes.model.setData(prizes.model.index(0, 2), "5 000")
    assert prizes.model.index(0, 4).data() == "облагается: дороже 4 000 ₽"
    assert not prizes.model.setData(prizes.model.index(0, 1), "0")
    assert "не меньше 1" in prizes.message.text()
    assert not prizes.model.setData(prizes.model.index(0, 1), "1,5")  # refused, never rounded to 2
    assert contests.info.prizes[0].quantity == 1
    prizes.add_prize()
    # Participants: pasted, with a line that is not a handle; each shown as it was given.
    people = contests.people
    people.paste_list(
        "@Olga_M\nhttps://instagram.com/ivan.p/?igshid=1\nolga_m\n!!!\n"
        + "\n".join(f"u{n}" for n in range(20))
    )
    (report,) = answers.texts("inform")
    assert "Добавлено: 22" in report and "!!!" in report
    given = {
        people.model.row_at(r).handle: people.model.row_at(r).raw for r in range(people.model.rowCount())
    }
    assert given["olga_m"] == "@Olga_M" and given["ivan.p"] == "https://instagram.com/ivan.p/?igshid=1"
    people.table.selectRow(0)
    answers.queue("text", "сотрудник")
    people.set_aside()
    assert contests.info.eligible == 21 and "отложено 1" in people.summary.text().lower()
    # A draw needs the phrase announced in advance; then it is made, the list frozen.
    draw = contests.draw
    draw.seed.setText("  ")
    answers.queue("confirm", True)
    assert not draw.run_draw() and "фраз" in draw.message.text().lower()
    draw.seed.setText("весна 2027")
    assert not draw.run_draw()  # entries are open for two more weeks: asked, and the planner waits
    assert "приём заявок открыт" in answers.texts("confirm")[-1].lower()
    assert contests.info.draw is None
    answers.queue("confirm", True)
    assert draw.run_draw()
    info = contests.info
    assert info.frozen_at is not None and draw.model.rowCount() == 2
    with contests.ws.db.reading() as s:
        eligible = svc.eligible_list(s, contest)
    assert info.draw.winners == [p.winner for p in svc.d.draw(eligible, "весна 2027", 2)]
    # A second draw without a reason is refused; a disqualification replaces the winner.
    assert not draw.run_draw() and "причин" in draw.message.text()
    draw.winners.selectRow(0)
    first = info.draw.winners[0]
    assert draw.disqualify("бот")
    assert contests.info.draw.winners[0] != first and first in draw.disqualified.text()
    contests.ws.undo.undo()
    assert contests.info.draw.winners[0] == first
    contests.ws.undo.undo()  # the draw itself
    assert contests.info.draw is None and contests.info.frozen_at is None


def test_a_contest_never_drawn_is_deleted_and_undeleted(contests, answers) -> None:
    contest = contests.new_contest("Лишний")
    contests.people.paste_list("a1\na2")
    answers.queue("confirm", True)
    contests.delete_contest()
    assert contests.list.count() == 2
    contests.ws.undo.undo()
    assert contests.list.count() == 3  # the list follows the undo
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
    text = contests.prizes.costs.text().replace("\u00a0", " ")
    assert "64 500,00 ₽" in text and "сверх бюджета" in text
    budget = contests.record.fields["budget"]
    assert "₽" not in budget.widget.text()  # the label says the currency; the value does not repeat it


def test_participants_import_runs_in_the_background_and_undoes(contests, answers, qtbot, tmp_path) -> None:
    contest = contests.new_contest("Из файла")
    source = tmp_path / "комментарии.csv"
    source.write_text("Автор;Текст\n@Anna_K;участвую\nhttps://vk.com/boris;я тоже\n", encoding="utf-8")
    contests.people.import_list(str(source))
    finish_background(qtbot)
    assert contests.info.participants == 2
    assert "Добавлено: 2" in answers.texts("inform")[-1]
    contests.ws.undo.undo()
    assert reading(contests.ws.db, svc.load_contest, contest).participants == 0


def test_the_draw_tab_states_the_moment_in_the_contests_zone_as_the_protocol_does(
    contests, tmp_path, qtbot
) -> None:
    import datetime as dt

    from openpyxl import load_workbook

    from smmdesk.services.workspace import in_transaction

    in_transaction(contests.ws.db, cp.set_time_zone, "Asia/Vladivostok")  # UTC+10 all year
    contests.select(1)
    drawn = contests.info.draw.drawn_at
    there = drawn.astimezone(dt.UTC).replace(tzinfo=None) + dt.timedelta(hours=10)
    expected = f"{there:%d.%m.%Y %H:%M:%S} (владивостокское время, UTC+10:00)"
    assert expected in contests.draw.facts.text()
    path = contests.draw.export_protocol(".xlsx", str(tmp_path / "протокол"))
    finish_background(qtbot)
    cells = [c.value for row in load_workbook(path).active.iter_rows() for c in row]
    assert expected in cells  # the same words in the protocol
