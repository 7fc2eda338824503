"""Ordinary use that used to end in a traceback: re-importing a list that adds a tag to a person with
two accounts, Ctrl+Z of an edit made before an import, a later approval bringing back a placement
cancelled by hand, and an edited protocol file."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal as D
from pathlib import Path

import pytest
from conftest import import_in_dialog
from faults_support import smmdesk
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smmdesk.domain.settings import AgencySettings
from smmdesk.services import estimates as est
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services import placements as pl
from smmdesk.services.workspace import in_transaction, reading

TWO_ACCOUNTS = (
    "Имя;Телефон;Площадка;Аккаунт;Теги\n"
    "Анна Иванова;+7 916 000-00-01;Instagram;@anna.style;{tags}\n"
    "Анна Иванова;+7 916 000-00-01;Telegram;@anna_tg;{tags}\n"
)


def test_re_importing_a_list_that_adds_a_tag_to_a_person_with_two_accounts(
    db, db_path, tmp_path: Path
) -> None:
    listing = tmp_path / "list.csv"
    listing.write_text(TWO_ACCOUNTS.format(tags="мода"), "utf-8")
    for tags in ("мода", "мода, осень 2026"):
        listing.write_text(TWO_ACCOUNTS.format(tags=tags), "utf-8")
        with db.transaction() as session:
            imp.apply_import(session, imp.plan_import(session, imp.open_file(listing)))
    table = reading(db, svc.load_table)
    assert {r.influencer_id for r in table.rows} == {table.rows[0].influencer_id}  # one person
    assert all(r.tags == ("мода", "осень 2026") for r in table.rows)
    # and the same from the command line, a real process: no UNIQUE constraint, no traceback
    listing.write_text(TWO_ACCOUNTS.format(tags="мода, зима"), "utf-8")
    result = smmdesk(
        "--lang", "ru", "--db", str(db_path), "import", "influencers", str(listing), home=tmp_path
    )
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "добавлено 0, обновлено 2, пропущено 0"


def _keys(qtbot, window, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, key, modifiers)
    qtbot.wait(10)


def _person(ws, handle: str) -> int | None:  # type: ignore[no-untyped-def]
    return next((r.influencer_id for r in reading(ws.db, svc.load_table).rows if r.handle == handle), None)


def test_ctrl_z_of_an_edit_made_before_an_import_on_the_real_window(
    main_demo, qtbot, answers, tmp_path: Path
) -> None:
    window, ws = main_demo, main_demo.workspace
    section = window.show_section("influencers")
    newest = in_transaction(ws.db, svc.create_influencer, "Последняя Запись", "vk", "@last_one")
    ws.bus.notify("influencers", [newest])
    qtbot.waitUntil(lambda: any(r.influencer_id == newest for r in section.model.rows), timeout=10000)
    section.select_influencer(newest)
    answers.queue("confirm", True)
    section.delete_selected()  # an edit: the newest person deleted, so the next id is free again
    assert _person(ws, "last_one") is None

    listing = tmp_path / "new.csv"
    listing.write_text(
        "Имя;Площадка;Аккаунт;Подписчики\n"
        "Новая Первая;Telegram;@new_first;100\n"
        "Новая Вторая;VK;@new_second;200\n",
        "utf-8",
    )
    dialog = import_in_dialog(qtbot, ws, listing, window)
    imported = _person(ws, "new_first")
    if ws.db.path is not None:  # SQLite gives a deleted row's id again; a server's sequence does not
        assert imported == newest  # the import took the deleted person's id: the trap the history fell into

    assert ws.undo.stack.undoText() == "Импорт new.csv"
    dialog.close()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)
    _keys(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the import
    assert _person(ws, "new_first") is None
    assert _person(ws, "new_second") is None
    _keys(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the delete before it
    assert _person(ws, "last_one") == newest
    shift_ctrl = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    _keys(qtbot, window, Qt.Key.Key_Z, shift_ctrl)  # redo: the delete again
    _keys(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # the import, same ids
    assert _person(ws, "new_first") == imported
    assert _person(ws, "last_one") is None
    assert ws.undo.stack.count() >= 2 and ws.undo.stack.canUndo()  # the history was kept
    assert answers.texts("box") == [] and answers.texts("warn") == []


@pytest.fixture
def approved(db) -> dict:  # type: ignore[no-untyped-def]
    from smmdesk.services import campaigns as camp

    with db.transaction() as s:
        client = camp.create_client(s, "ООО «Ромашка»")
        campaign = camp.create_campaign(s, client, "Осень", dt.date(2026, 10, 1), dt.date(2026, 10, 31))
        svc.create_influencer(s, "Анна Иванова", "instagram", "anna.style")
        svc.create_influencer(s, "Пётр Сидоров", "youtube", "petr")
        accounts = list(s.scalars(svc.select(svc.Account.id).order_by(svc.Account.id)))
        estimate = est.create_estimate(s, campaign, "Октябрь", AgencySettings())
        version = est.latest_version(s, estimate)
        for line in est.add_placements(s, version, accounts, 1, dt.date(2026, 10, 5)):
            est.update_line(s, line, {"unit_price": D("1000")})
        est.send_to_client(s, version)
        est.change_workflow(s, version, est.decide, True, "Мария", "ок")
    return {"estimate": estimate, "version": version}


def _approve_again(db, estimate: int) -> None:  # type: ignore[no-untyped-def]
    """A new version (a price changed), sent and approved: its placements are synced again."""
    with db.transaction() as s:
        key = est.load_version(s, est.latest_version(s, estimate)).lines[0].line_key
        est.in_draft(s, estimate, est.update_line_by_key, key, {"unit_price": D("1100")})
        version = est.latest_version(s, estimate)
        est.send_to_client(s, version)
        est.change_workflow(s, version, est.decide, True, "Мария")


def test_a_placement_cancelled_by_hand_is_not_brought_back_by_a_later_approval(db, approved) -> None:
    (anna, petr) = sorted(reading(db, pl.list_rows), key=lambda r: r.handle)
    in_transaction(db, pl.update_placement, petr.id, {"status": "cancelled"})  # the planner's decision
    _approve_again(db, approved["estimate"])
    assert {r.id: r.status for r in reading(db, pl.list_rows)} == {anna.id: "planned", petr.id: "cancelled"}
    _approve_again(db, approved["estimate"])  # and again: still the planner's decision
    assert {r.id: r.status for r in reading(db, pl.list_rows)} == {anna.id: "planned", petr.id: "cancelled"}


def _protocol(db, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    from smmdesk.domain.contests import Prize
    from smmdesk.services import contest_protocol as cp
    from smmdesk.services import contests

    with db.transaction() as s:
        contest = contests.create_contest(s, "Розыгрыш", platform="instagram", account="romashka")
        contests.set_prizes(s, contest, [Prize("Сертификат", 2, D("3000"))])
        contests.paste_entries(s, contest, "\n".join(f"user{n}" for n in range(57)))
        contests.run_draw(s, contest, "28.11.2026 20:00")
    path = tmp_path / "протокол.xlsx"
    with db.reading() as s:
        cp.export_protocol(s, contest, path)
    return path


@pytest.mark.parametrize(
    ("label", "edited", "said"),
    [("Участников в списке", "57 участников", "«57 участников» в графе «Участников в списке»"),
     ("Место", "первое", "«первое» в графе «Место»")],
)  # fmt: skip
def test_an_edited_protocol_is_refused_in_words(
    db, tmp_path: Path, qapp, label: str, edited: str, said: str
) -> None:
    path = _protocol(db, tmp_path)
    book = load_workbook(path)
    sheet = book["Протокол"]
    if label == "Место":
        header = next(r for r in sheet.iter_rows() if r[0].value == "Место")
        sheet.cell(row=header[0].row + 1, column=1).value = edited
    else:
        next(r for r in sheet.iter_rows() if r[0].value == label)[1].value = edited
    book.save(path)
    result = smmdesk("--lang", "ru", "contest", "verify", str(path), home=tmp_path)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert said in result.stderr and "протокол правили вручную" in result.stderr
