"""Contests in the database: participants, the draw, disqualification, the protocol and its check."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.domain import draw as d
from smmdesk.domain.contests import Prize
from smmdesk.domain.errors import ValidationError
from smmdesk.services import contest_protocol as cp
from smmdesk.services import contests as svc
from smmdesk.storage.database import Database

SEED = "28.11.2026 20:00 — курс ЦБ на сегодня и фраза «зимняя сказка»"


@pytest.fixture
def contest(db: Database) -> int:
    with db.transaction() as s:
        contest_id = svc.create_contest(
            s, "Новогодний розыгрыш", platform="instagram", account="romashka", mechanics="comment",
            rules="Подписка и комментарий под постом", starts_on=dt.date(2026, 12, 1),
            ends_on=dt.date(2026, 12, 20), other_costs=D("3000"),
        )  # fmt: skip
        svc.set_prizes(
            s, contest_id, [Prize("Набор косметики", 2, D("3500")), Prize("Сертификат", 1, D("10000"))]
        )
        given = ["@Anna.Style", "https://instagram.com/anna.style/?igshid=1", "petr_k", "", "не ник !!"]
        text = "\n".join(given + [f"user{n}" for n in range(40)])
        svc.paste_entries(s, contest_id, text)
    return contest_id


def info(db: Database, contest_id: int) -> svc.ContestInfo:
    with db.reading() as s:
        return svc.load_contest(s, contest_id)


def test_entries_are_normalized_deduplicated_and_bad_lines_reported(db: Database, contest: int) -> None:
    with db.reading() as s:
        handles = [p.handle for p in svc.participants(s, contest)]
    assert len(handles) == 42 and "anna.style" in handles and handles == sorted(handles)
    with db.transaction() as s:
        again = svc.paste_entries(s, contest, "ANNA.STYLE\nnew_one\nnew_one")
    assert again.added == ["new_one"] and again.repeats == 2
    with db.transaction() as s:
        result = svc.paste_entries(s, contest, "ok_one\n  \n!!!")
    assert result.rejected == [(3, "!!!")]


def test_a_comment_export_is_read_by_its_handle_column(db: Database, contest: int, tmp_path: Path) -> None:
    export = tmp_path / "comments.csv"
    export.write_text(
        "Дата;Автор;Текст\n01.12;@Olga_M;Участвую!\n01.12;https://instagram.com/ivan.p;Я тоже\n", "utf-8"
    )
    with db.transaction() as s:
        added = svc.import_entries(s, contest, export)
    assert added.added == ["olga_m", "ivan.p"]
    listing = tmp_path / "list.txt"
    listing.write_bytes("Мария_К\n@vasya\n".encode("cp1251"))
    with db.transaction() as s:
        assert svc.import_entries(s, contest, listing).added == ["мария_к", "vasya"]


def test_prizes_costs_and_the_tax_flag(db: Database, contest: int) -> None:
    got = info(db, contest)
    assert got.places == 3 and [p.taxed for p in got.prizes] == [False, True]
    costs = got.costs
    assert costs.prizes == D("17000") and costs.total == D("20000") and costs.per_participant == D("476.19")


def test_the_draw_freezes_the_list_and_follows_rules_md(db: Database, contest: int) -> None:
    with db.transaction() as s:
        svc.set_ineligible(
            s, contest, [p.id for p in svc.participants(s, contest) if p.handle == "user7"], "сотрудник"
        )
        change = svc.run_draw(s, contest, SEED)
    got = info(db, contest)
    assert got.frozen_at is not None and got.values["status"] == "drawn" and got.eligible == 41
    with db.reading() as s:
        people = svc.eligible_list(s, contest)
    assert "user7" not in people and got.draw.list_hash == d.list_hash(people)
    assert got.draw.winners == [p.winner for p in d.draw(people, SEED, 3)]
    with pytest.raises(ValidationError, match="frozen"), db.transaction() as s:
        svc.paste_entries(s, contest, "late_comer")
    with pytest.raises(ValidationError, match="reason"), db.transaction() as s:
        svc.run_draw(s, contest, "another seed")
    with db.transaction() as s:
        svc.undo_draw(s, contest, change)
    assert info(db, contest).frozen_at is None and info(db, contest).draw is None


def test_bad_draws_are_refused(db: Database, contest: int) -> None:
    with pytest.raises(ValidationError, match="seed"), db.transaction() as s:
        svc.run_draw(s, contest, "   ")
    with db.transaction() as s:
        svc.set_ineligible(s, contest, [p.id for p in svc.participants(s, contest)][2:], "бот")
    with pytest.raises(ValidationError, match="only 2 eligible"), db.transaction() as s:
        svc.run_draw(s, contest, SEED)
    with db.transaction() as s:
        empty = svc.create_contest(s, "Пустой")
        svc.set_prizes(s, empty, [Prize("Приз", 1, D("100"))])
    with pytest.raises(ValidationError, match="empty"), db.transaction() as s:
        svc.run_draw(s, empty, SEED)


def test_a_disqualified_winner_is_replaced_a_redraw_is_recorded(db: Database, contest: int) -> None:
    with db.transaction() as s:
        svc.run_draw(s, contest, SEED)
    first = info(db, contest).draw.winners
    with db.transaction() as s:
        done = svc.disqualify(s, contest, first[1], "не подписан на аккаунт")
    after = info(db, contest).draw
    assert after.winners[0] == first[0] and after.winners[1] != first[1]
    assert after.disqualified[0][:2] == (first[1], "не подписан на аккаунт")
    with db.transaction() as s:
        svc.undo_disqualify(s, contest, done)
    assert info(db, contest).draw.winners == first
    with db.transaction() as s:
        svc.run_draw(s, contest, "новый сид", redraw_reason="Сид был объявлен с опечаткой")
    got = info(db, contest)
    assert len(got.draws) == 2 and got.draws[0].superseded and got.draw.seed == "новый сид"


def test_the_protocol_verifies_and_a_tampered_one_does_not(
    db: Database, contest: int, tmp_path: Path, qapp
) -> None:
    with db.transaction() as s:
        svc.set_ineligible(
            s, contest, [p.id for p in svc.participants(s, contest) if p.handle == "user3"], "бот"
        )
        svc.run_draw(s, contest, SEED)
        svc.disqualify(s, contest, svc.load_contest(s, contest).draw.winners[0], "повторное участие")
    path = tmp_path / "протокол.xlsx"
    with db.reading() as s:
        data = cp.export_protocol(s, contest, path)
        cp.export_protocol(s, contest, tmp_path / "протокол.pdf")
    assert (tmp_path / "протокол.pdf").read_bytes().startswith(b"%PDF")
    book = load_workbook(path)
    assert book.sheetnames == ["Протокол", "Участники", "Не допущены"]
    aside = book["Не допущены"]  # under its title, with a header that repeats on every page
    assert aside["A1"].value.endswith("не допущены к розыгрышу") and aside.print_title_rows == "$3:$3"
    assert aside["A4"].value == "user3" and aside["B4"].value == "бот"
    check = cp.verify_protocol(path)
    assert check.matches, check.differences
    assert [w for _, w, _, _ in data.winners] == info(db, contest).draw.winners
    # Someone edits a winner in the file: the check says where.
    sheet = book["Протокол"]
    for row in sheet.iter_rows():
        if row[0].value == 1 and row[1].value:
            row[1].value = "someone_else"
    book.save(tmp_path / "подделка.xlsx")
    forged = cp.verify_protocol(tmp_path / "подделка.xlsx")
    assert not forged.matches and "place 1" in forged.differences[0]


def test_a_private_list_is_verified_with_the_list_given(db: Database, contest: int, tmp_path: Path) -> None:
    with db.transaction() as s:
        svc.update_contest(s, contest, {"list_private": True})
        svc.run_draw(s, contest, SEED)
        people = svc.eligible_list(s, contest)
    path = tmp_path / "private.xlsx"
    with db.reading() as s:
        cp.export_protocol(s, contest, path)
    assert load_workbook(path).sheetnames == ["Протокол", "Участники"]
    assert not cp.verify_protocol(path).matches
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(reversed(people)), "utf-8")
    assert cp.verify_protocol(path, listing).matches
