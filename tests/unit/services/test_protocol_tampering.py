"""A published protocol verifies; each field the draw determines, changed in the file the way a
person would change it in Excel, makes `contest verify` fail and say what differs, in the reader's
language."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook

from smmdesk.services import contest_protocol as cp
from smmdesk.services.workspace import open_workspace

DEMO_CONTEST = 1  # drawn, with a winner disqualified after the draw and a prize over 4 000 ₽


@pytest.fixture
def protocol(demo_path: Path, tmp_path: Path, qapp) -> Path:
    db = open_workspace(demo_path, keep_backups=1)
    try:
        with db.reading() as s:
            path = tmp_path / "протокол.xlsx"
            cp.export_protocol(s, DEMO_CONTEST, path)
    finally:
        db.close()
    return path


def winners(sheet) -> list[tuple]:
    titles = ["Место", "Победитель", "Приз", "Попытка"]
    header = next(row for row in sheet.iter_rows() if [c.value for c in row[:4]] == titles)
    found = []
    for row in sheet.iter_rows(min_row=header[0].row + 1):
        if not row[0].value:
            break
        found.append(row)
    return found


def remove_last_winner(sheet) -> None:
    sheet.delete_rows(winners(sheet)[-1][0].row)


def change_an_attempt(sheet) -> None:
    cell = winners(sheet)[1][3]
    cell.value = int(cell.value) + 1


def move_a_prize(sheet) -> None:
    first, last = winners(sheet)[0][2], winners(sheet)[-1][2]
    first.value, last.value = last.value, first.value


def table_rows(sheet, titles: list[str]) -> list[tuple]:
    header = next(row for row in sheet.iter_rows() if [c.value for c in row[: len(titles)]] == titles)
    found = []
    for row in sheet.iter_rows(min_row=header[0].row + 1):
        if not row[0].value:
            break
        found.append(row)
    return found


def prizes(sheet) -> list[tuple]:
    return table_rows(sheet, ["Место", "Приз", "Стоимость", "НДФЛ"])


def fact(sheet, label: str):
    return next(row[1] for row in sheet.iter_rows() if row[0].value == label)


def remove_a_winner_and_lower_the_places(sheet) -> None:
    """The last winner's row gone and «Призовых мест» lowered to match: the prize is still listed."""
    sheet.delete_rows(winners(sheet)[-1][0].row)
    places = fact(sheet, "Призовых мест")
    places.value = int(places.value) - 1


def remove_a_place_everywhere(sheet) -> None:
    """The last place taken out of both tables and the count: the contest's prizes still have it."""
    sheet.delete_rows(winners(sheet)[-1][0].row)
    sheet.delete_rows(prizes(sheet)[-1][0].row)
    places = fact(sheet, "Призовых мест")
    places.value = int(places.value) - 1


def swap_prizes_in_both_tables(sheet) -> None:
    """The first and the last place's prizes exchanged in the prizes table and the winners table
    alike: the file agrees with itself, not with the contest's prizes."""
    first, last = winners(sheet)[0][2], winners(sheet)[-1][2]
    first.value, last.value = last.value, first.value
    top, bottom = prizes(sheet)[0], prizes(sheet)[-1]
    for col in (1, 2, 3):
        top[col].value, bottom[col].value = bottom[col].value, top[col].value


def edit_a_prize_value(sheet) -> None:
    cell = prizes(sheet)[-1][2]
    cell.value = 3000  # under the tax limit, and its tax note changed to match
    prizes(sheet)[-1][3].value = "нет"


def edit_a_tax_note(sheet) -> None:
    prizes(sheet)[-1][3].value = "нет"  # a prize of 10 000 ₽ is taxed


def empty_a_disqualification(sheet) -> None:
    header = next(row for row in sheet.iter_rows() if row[0].value == "Дисквалифицирован")
    for cell in next(sheet.iter_rows(min_row=header[0].row + 1, max_row=header[0].row + 1))[:3]:
        cell.value = None


TAMPERING: dict[str, tuple[Callable, str]] = {
    "a winner row deleted": (remove_last_winner, "объявлено 4 места"),
    "an attempt number changed": (change_an_attempt, "попытке"),
    "a prize moved to another place": (move_a_prize, "приз"),
    "a disqualification emptied": (empty_a_disqualification, "дисквалификац"),
    "a winner row deleted and the places lowered": (remove_a_winner_and_lower_the_places, "нет победителя"),
    "a place taken out of both tables": (remove_a_place_everywhere, "призов конкурса — на 4 места"),
    "prizes swapped in both tables": (swap_prizes_in_both_tables, "по призам конкурса этому месту"),
    "a prize's value edited": (edit_a_prize_value, "стоимостью 3 000,00"),
    "a tax note edited": (edit_a_tax_note, "в графе ндфл «нет»"),
}


def test_the_published_protocol_verifies(protocol: Path) -> None:
    check = cp.verify_protocol(protocol)
    assert check.matches, check.differences


@pytest.mark.parametrize("what", list(TAMPERING))
def test_each_tampering_fails_in_the_readers_language(protocol: Path, tmp_path: Path, what: str) -> None:
    tamper, russian = TAMPERING[what]
    book = load_workbook(protocol)
    tamper(book["Протокол"])
    forged = tmp_path / "подделка.xlsx"
    book.save(forged)
    check = cp.verify_protocol(forged)
    assert not check.matches, what
    done = subprocess.run(
        [sys.executable, "-m", "smmdesk", "--lang", "ru", "contest", "verify", str(forged)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 1, done.stdout + done.stderr
    assert "Протокол не подтверждается" in done.stdout
    assert russian in done.stdout.lower().replace("\xa0", " "), done.stdout
    assert "the draw gives" not in done.stdout and "protocol" not in done.stdout  # no English left


def test_the_protocol_states_its_times_in_the_contests_zone_with_the_tax_note(
    protocol: Path, demo_path: Path, tmp_path: Path
) -> None:
    sheet = load_workbook(protocol)["Протокол"]
    text = "\n".join(str(c.value) for row in sheet.iter_rows() for c in row if c.value is not None)
    assert "московское время, UTC+03:00" in text and "Europe/Moscow" in text
    assert "облагается" in text and "п. 28 ст. 217 НК РФ" in text
    assert "Организатор: ______" in text
    db = open_workspace(demo_path, keep_backups=1)
    try:
        with db.transaction() as s:
            cp.set_time_zone(s, "Asia/Yekaterinburg")
        with db.reading() as s:
            cp.export_protocol(s, DEMO_CONTEST, tmp_path / "екб.xlsx")
    finally:
        db.close()
    sheet = load_workbook(tmp_path / "екб.xlsx")["Протокол"]
    drawn = next(row[1].value for row in sheet.iter_rows() if row[0].value == "Дата и время розыгрыша")
    assert "екатеринбургское время, UTC+05:00" in drawn
    assert cp.verify_protocol(tmp_path / "екб.xlsx").matches


def test_the_contests_time_zone_is_a_setting_chosen_in_the_preferences(
    main_window, qtbot, monkeypatch
) -> None:
    from smmdesk.services.workspace import reading
    from smmdesk.ui.dialogs import settings_dialog

    db = main_window.workspace.db
    assert reading(db, cp.time_zone) == "Europe/Moscow"  # by default

    def choose(dialog: settings_dialog.SettingsDialog) -> int:
        dialog.time_zone.setCurrentIndex(dialog.time_zone.findData("Asia/Vladivostok"))
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        return 1

    monkeypatch.setattr(settings_dialog.SettingsDialog, "exec", choose)
    main_window.act_settings.trigger()
    assert reading(db, cp.time_zone) == "Asia/Vladivostok"
    main_window.workspace.undo.undo()
    assert reading(db, cp.time_zone) == "Europe/Moscow"
    from smmdesk.domain.errors import ValidationError

    with pytest.raises(ValidationError), db.transaction() as s:
        cp.set_time_zone(s, "Mars/Olympus")
