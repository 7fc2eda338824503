"""The importer against the lists agencies really keep: the samples end exactly as their truth says."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import SAMPLES
from sqlalchemy import select

from smmdesk.domain.errors import ValidationError
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.storage.database import Database
from smmdesk.storage.models import Account, Influencer, PriceChange, Terms

SAMPLE_FILES = ["influencers_agency_cp1251.csv", "influencers_planner.xlsx"]


def import_file(db: Database, path: Path) -> imp.ImportPlan:
    table = imp.open_file(path)
    with db.transaction() as session:
        plan = imp.plan_import(session, table)
        imp.apply_import(session, plan)
    return plan


def base_as_truth(db: Database) -> list[dict[str, object]]:
    with db.reading() as session:
        table = svc.load_table(session)
    out = []
    for row in table.rows:
        prices = {
            code: Decimal(k) / 100 for code, k in zip(table.formats, row.prices, strict=True) if k is not None
        }
        out.append(
            {
                "name": row.name,
                "platform": row.platform,
                "handle": row.handle,
                "followers": row.followers,
                "er": None if row.er is None else Decimal(row.er) / 100,
                "prices": prices,
                "phone": row.phone,
                "email": row.email,
            }
        )
    return out


def truth_of(sample: str) -> list[dict[str, object]]:
    truth = json.loads((SAMPLES / (Path(sample).stem + ".truth.json")).read_text("utf-8"))
    for entry in truth:
        entry["er"] = None if entry["er"] is None else Decimal(str(entry["er"]))
        entry["prices"] = {code: Decimal(str(v)) for code, v in entry["prices"].items()}
    return truth


@pytest.mark.parametrize("sample", SAMPLE_FILES)
def test_sample_imports_exactly_as_its_truth(db: Database, sample: str) -> None:
    import_file(db, SAMPLES / sample)
    got = {(r["platform"], r["handle"]): r for r in base_as_truth(db)}
    truth = truth_of(sample)
    assert len(got) == len(truth), "every account present once"
    for expected in truth:
        key = (expected["platform"], expected["handle"])
        assert key in got, key
        assert got[key] == expected, key


@pytest.mark.parametrize("sample", SAMPLE_FILES)
def test_skipped_rows_are_listed_with_reasons(db: Database, sample: str) -> None:
    plan = import_file(db, SAMPLES / sample)
    reasons = sorted(note.reason for note in plan.skipped)
    assert reasons == ["a totals row", "no platform"]
    rows = {note.reason: note.row for note in plan.skipped}
    assert rows["no platform"] > 3 and rows["a totals row"] == max(n.row for n in plan.skipped)


def test_price_words_leave_the_price_empty_and_keep_the_word(db: Database) -> None:
    import_file(db, SAMPLES / "influencers_agency_cp1251.csv")
    with db.reading() as session:
        account = session.scalar(select(Account).where(Account.handle == "viktoriya_sokol"))
        terms = {t.format_id: t for t in account.terms}
        video_at_event = terms[4]
        assert video_at_event.price is None and video_at_event.price_note == "договорная"
        assert video_at_event.included == "договорная"
        dash = session.scalar(select(Account).where(Account.handle == "sofya.blog"))
        assert {t.format_id: t.price_note for t in dash.terms}[4] == "—"


def test_hostile_text_is_kept_as_text(db: Database) -> None:
    import_file(db, SAMPLES / "influencers_agency_cp1251.csv")
    with db.reading() as session:
        notes = set(session.scalars(select(Influencer.notes)))
    assert '=HYPERLINK("http://example.invalid/x","нажмите")' in notes
    assert "-2+3+cmd|' /C calc'!A0" in notes


def test_importing_again_changes_nothing(db: Database) -> None:
    import_file(db, SAMPLES / "influencers_planner.xlsx")
    table = imp.open_file(SAMPLES / "influencers_planner.xlsx")
    with db.transaction() as session:
        plan = imp.plan_import(session, table)
    assert (plan.added, plan.updated) == (0, 0)
    assert all(c.source == "file" for c in plan.conflicts)


def test_against_the_base_empty_fields_fill_and_conflicts_keep_the_base(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        person = svc.create_influencer(session, "Старое имя", "vk", "viktoriyastyle", email="old@example.ru")
    first = tmp_path / "list.csv"
    first.write_text(
        "Имя;Площадка;Ник;Подписчики;Город;E-mail;Фото с продуктом\n"
        "Виктория Лебедева;ВК;@ViktoriyaStyle;36 756;Казань;new@example.ru;15 000 ₽\n",
        encoding="utf-8",
    )
    table = imp.open_file(first)
    with db.transaction() as session:
        plan = imp.plan_import(session, table)
        assert (plan.added, plan.updated) == (0, 1)
        fields = {c.field: (c.current, c.incoming) for c in plan.conflicts}
        assert fields == {
            "name": ("Старое имя", "Виктория Лебедева"),
            "email": ("old@example.ru", "new@example.ru"),
        }
        imp.apply_import(session, plan)
    with db.reading() as session:
        p = session.get(Influencer, person)
        assert (p.name, p.email, p.city) == ("Старое имя", "old@example.ru", "Казань")
        assert p.accounts[0].followers == 36756
        assert p.accounts[0].terms[0].price == Decimal("15000.00")
        history = session.scalars(select(PriceChange)).all()
        assert [(h.old_price, h.new_price, h.source) for h in history] == [
            (None, Decimal("15000.00"), "import")
        ]


def test_the_planner_can_take_the_incoming_value(db: Database, tmp_path: Path) -> None:
    with db.transaction() as session:
        person = svc.create_influencer(session, "Старое имя", "vk", "anna")
    path = tmp_path / "list.csv"
    path.write_text("name,platform,handle\nАнна Новая,vk,anna\n", encoding="utf-8")
    with db.transaction() as session:
        plan = imp.plan_import(session, imp.open_file(path))
        (conflict,) = plan.conflicts
        conflict.take_incoming = True
        assert plan.updated == 1
        imp.apply_import(session, plan)
    with db.reading() as session:
        assert session.get(Influencer, person).name == "Анна Новая"


def test_cancelling_leaves_the_base_exactly_as_it_was(db: Database) -> None:
    table = imp.open_file(SAMPLES / "influencers_planner.xlsx")
    calls = {"n": 0}

    def cancelled() -> bool:
        calls["n"] += 1
        return True

    with pytest.raises(imp.ImportCancelled), db.transaction() as session:
        plan = imp.plan_import(session, table)
        imp.apply_import(session, plan, cancelled=cancelled)
    with db.reading() as session:
        assert session.scalar(select(Influencer.id)) is None
        assert session.scalar(select(Terms.id)) is None


def test_a_header_only_file_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_text("Имя;Площадка;Ник\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no rows"), db.transaction() as session:
        imp.plan_import(session, imp.open_file(path))


def test_a_file_without_a_recognisable_header_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "random.csv"
    path.write_text("a;b;c\n1;2;3\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="header"), db.transaction() as session:
        imp.plan_import(session, imp.open_file(path))


def test_a_saved_mapping_is_reused_by_header_text(db: Database) -> None:
    headers = ["Блогер", "Сеть", "Где найти"]
    with db.transaction() as session:
        imp.save_mapping(session, "Агентство Х", headers, {0: "name", 1: "platform", 2: "handle"})
    with db.reading() as session:
        saved = imp.saved_mappings(session)
    assert imp.apply_saved_mapping(["где найти", "Блогер", "Сеть"], saved["Агентство Х"]) == {
        0: "handle",
        1: "name",
        2: "platform",
    }
