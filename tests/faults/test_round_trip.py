"""Round trips: the program's own export of the base imports back into the same base, field for field:
the protective apostrophe a CSV puts before `=`, `+`, `-`, `@` comes off again, a price written
as a word («договорная») goes out and comes back as that word, and the blacklist reason, the
audience and every format's terms (what is included, prepayment, product, exclusivity, the date
agreed) come back as stored — compared by reading both databases' tables directly."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, text

from smmdesk.domain.influencer_table import FilterSpec
from smmdesk.services import influencer_import as imp
from smmdesk.services import influencers as svc
from smmdesk.services.influencer_details import load_export_details
from smmdesk.services.influencer_export import export_influencers
from smmdesk.services.influencer_removal import set_archived
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


DETAILS = {
    "status": "blacklist",
    "blacklist_reason": "сорвал сроки дважды; =не формула",
    "audience_geo": "Москва 60 %, Санкт-Петербург 20 %",
    "audience_age": "18–24: 35 %, 25–34: 45 %",
    "audience_female_pct": Decimal("72.5"),
}
FULL_TERMS = {
    "price": Decimal("15000.50"),
    "included": "2 сторис + пост, ссылка в шапке на неделю",
    "prepayment_pct": Decimal("50"),
    "product": "kept",
    "exclusivity": "без конкурентов 14 дней",
    "agreed_on": dt.date(2026, 3, 9),
}
WORD_TERMS = {"price": None, "included": "+ отметка бренда", "product": "returned"}
# What the import takes from the file: the stored columns, keys and derived ones (name_key) too.
PERSON_COLUMNS = (
    "name", "name_key", "city", "topics", "status", "blacklist_reason", "tax_status", "phone", "email",
    "messenger", "audience_geo", "audience_age", "audience_female_pct", "notes", "archived",
)  # fmt: skip
ACCOUNT_COLUMNS = ("platform", "handle", "url", "followers", "er", "avg_reach", "avg_views")
TERMS_COLUMNS = (
    "price", "price_note", "included", "prepayment_pct", "product", "exclusivity", "agreed_on",
)  # fmt: skip


def _stored(path: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """Every account of a base with its person, terms per format code and tags, read by plain SQL."""
    url = str(path) if "://" in str(path) else f"sqlite:///{path}"
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            person = ", ".join(f"i.{c}" for c in PERSON_COLUMNS)
            account = ", ".join(f"a.{c}" for c in ACCOUNT_COLUMNS)
            found: dict[tuple[str, str], dict[str, Any]] = {}
            ids: dict[int, tuple[str, str]] = {}
            query = (
                f"SELECT a.id, {account}, {person} FROM account a"
                " JOIN influencer i ON i.id = a.influencer_id"
            )
            for account_id, *values in conn.execute(text(query)):
                row = dict(zip(ACCOUNT_COLUMNS + PERSON_COLUMNS, values, strict=True))
                row["archived"] = bool(row["archived"])  # a file stores 0/1, a server a boolean
                row["terms"], row["tags"] = {}, set()
                found[(row["platform"], row["handle"])] = row
                ids[account_id] = (row["platform"], row["handle"])
            terms = ", ".join(f"t.{c}" for c in TERMS_COLUMNS)
            query = f"SELECT t.account_id, f.code, {terms} FROM terms t JOIN format f ON f.id = t.format_id"
            for account_id, code, *values in conn.execute(text(query)):
                row = dict(zip(TERMS_COLUMNS, values, strict=True))
                if isinstance(row["agreed_on"], dt.date):  # a server's date, a file's ISO text
                    row["agreed_on"] = row["agreed_on"].isoformat()
                found[ids[account_id]]["terms"][code] = row
            query = (
                "SELECT a.id, t.name FROM account a"
                " JOIN influencer_tag it ON it.influencer_id = a.influencer_id JOIN tag t ON t.id = it.tag_id"
            )
            for account_id, tag in conn.execute(text(query)):
                found[ids[account_id]]["tags"].add(tag)
    finally:
        engine.dispose()
    return found


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
            svc.update_influencer(session, first.influencer_id, {**TRICKY, **DETAILS})
            formats = {f.code: f.id for f in svc.formats(session)}
            svc.set_terms(session, second.account_id, formats["photo_with_product"],
                          {"price": None, "price_note": "договорная"})  # fmt: skip
            svc.set_terms(session, first.account_id, formats["video_at_event"], FULL_TERMS)
            svc.set_terms(session, second.account_id, formats["video_with_product"], WORD_TERMS)
            set_archived(session, [table.rows[-1].influencer_id], True)
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
                dict(svc.platforms(session)), translate, details=load_export_details(session),
            )  # fmt: skip
    finally:
        db.close()
    if suffix == ".csv":
        raw = exported.read_text("utf-8-sig")
        assert "'=HYPERLINK" in raw and "'@manager_olga" in raw and "''=не формула" in raw
        header = raw.splitlines()[0]
        words = {
            "ru": ("Причина чёрного списка", "География аудитории", ": что входит", ": дата договорённости"),
            "en": ("Blacklist reason", "Audience geography", ": what is included", ": agreed on"),
        }
        assert all(word in header for word in words[language]), header
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
    stored_before, stored_after = _stored(base), _stored(again)
    assert stored_after == stored_before
    filled = {c for row in stored_before.values() for c in PERSON_COLUMNS + ACCOUNT_COLUMNS if row[c]}
    assert filled == set(PERSON_COLUMNS + ACCOUNT_COLUMNS)  # every field was there to lose
    terms = [t for row in stored_before.values() for t in row["terms"].values()]
    assert {c for t in terms for c in TERMS_COLUMNS if t[c]} == set(TERMS_COLUMNS)
    assert {t["product"] for t in terms} >= {"kept", "returned"}
