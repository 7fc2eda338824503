"""An import undone and redone: what it added goes and comes back with its ids, what it changed is
put back exactly (fields, prices and their history, tags), and the tags it made go with it. Undo and
redo are changes of their own: the records they change get new versions and are in the audit log."""

from __future__ import annotations

from pathlib import Path

from smmdesk.services import import_undo
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.import_undo import contents, snapshot_rows
from smmdesk.storage.models import AuditEntry, Influencer, Tag


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
        return contents(snapshot_rows(session, people)), tags


def _version_of_anna(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.scalars(svc.select(Influencer.row_version).where(Influencer.id == 1)).one()


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
    version_before_undo = _version_of_anna(db)
    with db.transaction() as session:
        import_undo.take_back(session, change)
    assert _state(db) == before  # every row as it was, the price history too; the new tag gone
    assert _version_of_anna(db) == version_before_undo + 1  # the undo is a change, not a rewind
    with db.reading() as session:
        logged = session.scalars(
            svc.select(AuditEntry).where(
                AuditEntry.table_name == "influencer", AuditEntry.field == "city", AuditEntry.row_id == "1"
            )
        ).all()
    assert [(e.old, e.new) for e in logged][-1] == ("Казань", "Москва")
    with db.transaction() as session:
        import_undo.put_back(session, change)
    assert _state(db) == after  # the same rows with the same ids
    with db.transaction() as session:
        import_undo.take_back(session, change)
    assert _state(db) == before


def test_an_import_is_not_taken_back_over_another_planners_change(db, db_path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from smmdesk.services.workspace import in_transaction, open_workspace, reading
    from smmdesk.storage.tracking import ConcurrentChangeError

    listing = tmp_path / "list.csv"
    listing.write_text("Имя;Площадка;Аккаунт;Город\nАнна;Instagram;@anna;Москва\n", "utf-8")
    result = _import(db, listing)
    change = result.change
    assert change is not None
    (anna,) = result.influencer_ids
    other = open_workspace(db_path)  # another planner (on a file: another window on the same data)
    other.tracker.user = "irina"
    try:
        in_transaction(other, svc.update_influencer, anna, {"city": "Омск"})
    finally:
        other.close()
    with pytest.raises(ConcurrentChangeError) as refused, db.undoing(), db.transaction() as session:
        import_undo.take_back(session, change)
    assert refused.value.who == "irina"
    assert reading(db, svc.detail, anna).values["city"] == "Омск"  # her change kept, the person too

    # This planner's own later change (made and undone before the import's undo) does not stop it.
    mine = tmp_path / "mine.csv"
    mine.write_text("Имя;Площадка;Аккаунт;Город\nБорис;VK;@boris;Тверь\n", "utf-8")
    ours = _import(db, mine)
    (boris,) = ours.influencer_ids
    in_transaction(db, svc.update_influencer, boris, {"city": "Псков"})
    with db.undoing():
        in_transaction(db, svc.update_influencer, boris, {"city": "Тверь"})
    assert ours.change is not None
    with db.undoing(), db.transaction() as session:
        import_undo.take_back(session, ours.change)
    assert boris not in {r.influencer_id for r in reading(db, svc.load_table).rows}
