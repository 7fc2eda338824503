"""Round trips: the program's own export of the base imports back into the same base, field for field:
the protective apostrophe a CSV puts before `=`, `+`, `-`, `@` comes off again, and a price written
as a word («договорная») goes out and comes back as that word."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from smmdesk.domain.influencer_table import FilterSpec
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.influencer_export import export_influencers
from smmdesk.services.workspace import open_workspace

FIELDS = (
    "name", "platform", "handle", "url", "followers", "er", "avg_reach", "avg_views", "city", "topics",
    "tags", "status", "tax_status", "phone", "email", "messenger", "notes",
)  # fmt: skip
TRICKY = {
    "name": '=HYPERLINK("http://evil.example";"Нажми")',
    "city": "'s-Hertogenbosch",
    "topics": "'=не формула, а текст с апострофом",
    "messenger": "@manager_olga",
    "notes": "-10 % на второй пост\nи ещё строка",
}


def _accounts(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    db = open_workspace(path, read_only=True)
    try:
        with db.reading() as session:
            table = svc.load_table(session)
    finally:
        db.close()
    found = {}
    for row in table.rows:
        values = {name: getattr(row, name) for name in FIELDS}
        values["prices"] = dict(zip(table.formats, row.prices, strict=True))
        values["price words"] = dict(
            zip(table.formats, row.price_notes or ("",) * len(row.prices), strict=True)
        )
        found[(row.platform, row.handle)] = values
    return found


@pytest.fixture
def base(demo_path: Path) -> Path:
    """The demo base with what a real one holds: formulas in names, phones, a price as a word."""
    db = open_workspace(demo_path)
    try:
        with db.transaction() as session:
            table = svc.load_table(session)
            first, second = table.rows[0], table.rows[1]
            svc.update_influencer(session, first.influencer_id, TRICKY)
            formats = {f.code: f.id for f in svc.formats(session)}
            svc.set_terms(session, second.account_id, formats["photo_with_product"],
                          {"price": None, "price_note": "договорная"})  # fmt: skip
    finally:
        db.close()
    return demo_path


@pytest.mark.parametrize("language", ["ru", "en"])
@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_the_programs_own_export_imports_back_to_the_same_base(
    base: Path, tmp_path: Path, suffix: str, language: str, russian
) -> None:
    """In either language of the export (its headers, statuses and tax words)."""
    from smmdesk.i18n import translator_for

    translate = translator_for(language)
    exported = tmp_path / f"base{suffix}"
    db = open_workspace(base, read_only=True)
    try:
        with db.reading() as session:
            table = svc.load_table(session)
            titles = imp.format_titles(session)
            custom = [f.title for f in svc.formats(session) if not f.builtin]
            written = export_influencers(
                exported, table, table.matching(FilterSpec(include_archived=True)), titles,
                dict(svc.platforms(session)), translate,
            )  # fmt: skip
    finally:
        db.close()
    if suffix == ".csv":
        raw = exported.read_text("utf-8-sig")
        assert "'=HYPERLINK" in raw and "'@manager_olga" in raw and "''=не формула" in raw
    again = tmp_path / "again.smmdesk"
    target = open_workspace(again)
    try:
        with target.transaction() as session:
            for title in custom:  # the same base: the planner's own formats too
                svc.add_format(session, title)
        with target.transaction() as session:
            plan = imp.plan_import(session, imp.open_file(exported))
            assert plan.warnings == [] and plan.skipped == []
            result = imp.apply_import(session, plan)
    finally:
        target.close()
    assert result.added == written.count == len(_accounts(base))
    before, after = _accounts(base), _accounts(again)
    assert after == before
    first = next(v for v in after.values() if v["name"] == TRICKY["name"])
    assert {k: first[k] for k in TRICKY} == TRICKY
    assert "договорная" in [w for v in after.values() for w in v["price words"].values()]
