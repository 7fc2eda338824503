"""An import undone and redone: what it added goes and comes back with its ids, what it changed is
put back exactly (fields, prices and their history, tags), and the tags it made go with it."""

from __future__ import annotations

from pathlib import Path

from smmdesk.services import import_undo
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.import_undo import snapshot_rows
from smmdesk.storage.models import Tag


def _import(db, path: Path) -> imp.ImportResult:  # type: ignore[no-untyped-def]
    with db.transaction() as session:
        plan = imp.plan_import(session, imp.open_file(path))
        for conflict in plan.conflicts:
            conflict.take_incoming = True
        return imp.apply_import(session, plan)


def _state(db) -> tuple:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        people = [r[0] for r in session.execute(svc.select(svc.Influencer.id))]
        tags = sorted(session.scalars(svc.select(Tag.name)))
        return snapshot_rows(session, people), tags


def test_undo_takes_an_import_back_exactly_and_redo_brings_it_again(db, tmp_path: Path) -> None:
    first = tmp_path / "first.csv"
    first.write_text(
        "Имя;Площадка;Аккаунт;Город;Теги;Фото с товаром\n"
        "Анна;Instagram;@anna;Москва;мода;10 000\n"
        "Борис;VK;@boris;;;\n",
        "utf-8",
    )
    _import(db, first)
    before = _state(db)
    second = tmp_path / "second.csv"
    second.write_text(
        "Имя;Площадка;Аккаунт;Город;Теги;Фото с товаром\n"
        "Анна;Instagram;@anna;Казань;мода, новый тег;12 000\n"  # changed: city, price, a new tag
        "Борис;VK;@boris;Тверь;;договорная\n"  # filled: city, a price word
        "Вера;Telegram;@vera;Сочи;новый тег;5 000\n",  # added
        "utf-8",
    )
    result = _import(db, second)
    assert (result.added, result.updated) == (1, 2)
    after = _state(db)
    assert after != before and "новый тег" in after[1]

    change = result.change
    assert change is not None
    with db.transaction() as session:
        import_undo.take_back(session, change)
    assert _state(db) == before  # every row as it was, the price history too; the new tag gone
    with db.transaction() as session:
        import_undo.put_back(session, change)
    assert _state(db) == after  # the same rows with the same ids
    with db.transaction() as session:
        import_undo.take_back(session, change)
    assert _state(db) == before
