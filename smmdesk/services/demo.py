"""The demo database: realistic Russian data, generated deterministically from a fixed seed.

`smmdesk demo PATH` writes it; the benchmarks use `influencers=100_000` for a full-size base.

Its word lists (names, cities, topics, clients, campaigns...) live in `demo_data`, whose public names
this module gives its callers; the rest of the demo's work in `demo_results`, `demo_contests`,
`demo_strategy`, `demo_reviews` and `demo_reputation`.
"""

from __future__ import annotations

import datetime as dt
import os
import random
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from smmdesk.domain.handles import profile_url
from smmdesk.domain.money import round_to
from smmdesk.domain.settings import AgencySettings
from smmdesk.io.atomic import atomic_output
from smmdesk.services import influencers as svc
from smmdesk.services.demo_contests import add_contests
from smmdesk.services.demo_data import (
    CAMPAIGNS,
    CITIES,
    CLIENTS,
    CUSTOM_FORMATS,
    FIRST_F,
    FIRST_M,
    INCLUDED,
    LAST,
    MAIL,
    PLATFORM_WEIGHTS,
    STATUS_WEIGHTS,
    TAGS,
    TAX_WEIGHTS,
    TOPICS,
    TRANSLIT,
)
from smmdesk.services.demo_reputation import add_reputation
from smmdesk.services.demo_results import add_results
from smmdesk.services.demo_reviews import Translate, add_reviews
from smmdesk.services.demo_strategy import add_strategy
from smmdesk.services.influencer_import import ImportPlan, Incoming, Planned, apply_import
from smmdesk.services.settings import save_agency_settings
from smmdesk.services.workspace import is_server_url
from smmdesk.storage.backup import (
    adopt_identity,
    check_file,
    file_identity,
    file_mode,
    refuse_read_only_target,
    sidecar_files,
)
from smmdesk.storage.database import Database, open_database, open_url, refuse_non_file
from smmdesk.storage.models import Account, Influencer

SEED = 20261126
DEFAULT_INFLUENCERS = 300


def _weighted(rng: random.Random, pairs: list[tuple[str, int]]) -> str:
    return rng.choices([p for p, _ in pairs], weights=[w for _, w in pairs])[0]


def _round_price(value: float) -> Decimal:
    step = 500 if value < 20000 else 1000 if value < 100000 else 5000
    return Decimal(max(step, int(value / step + 0.5) * step))


def influencer_incomings(rng: random.Random, count: int) -> list[Incoming]:
    """Accounts of `count` people (a fifth of them on two platforms), unique by platform and handle."""
    seen: set[tuple[str, str]] = set()
    result: list[Incoming] = []
    for n in range(count):
        female = rng.random() < 0.62
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST) + ("а" if female and not rng.choice(LAST).endswith("ий") else "")
        name = f"{first} {last}"
        base = first.lower().translate(TRANSLIT)
        city = rng.choice(CITIES)
        topics = "; ".join(rng.sample(TOPICS, rng.choice([1, 2, 2, 3])))
        tags = tuple(rng.sample(TAGS, rng.choice([0, 0, 1, 1, 2])))
        status = _weighted(rng, STATUS_WEIGHTS)
        tax = _weighted(rng, TAX_WEIGHTS)
        phone = (
            f"+7 9{rng.randint(10, 99)} {rng.randint(100, 999)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}"
        )
        platforms = [_weighted(rng, PLATFORM_WEIGHTS)]
        if rng.random() < 0.2:
            second = _weighted(rng, PLATFORM_WEIGHTS)
            if second != platforms[0]:
                platforms.append(second)
        email_handle = ""
        for platform in platforms:
            suffix = rng.choice(["", ".", "_"]) + rng.choice(
                ["blog", "life", "style", "daily", "home", str(rng.randint(1, 99))]
            )
            handle = f"{base}{suffix}"
            while (platform, handle) in seen:
                handle = f"{base}{suffix}{n % 1000 + rng.randint(1, 99999)}"
            seen.add((platform, handle))
            email_handle = email_handle or handle.replace(".", "_")
            followers = int(min(5_000_000, rng.lognormvariate(10.3, 1.25)))
            er = Decimal(
                str(round(max(0.2, min(25.0, rng.gauss(4.5, 2.6) * (1.4 if followers < 20000 else 1))), 2))
            )
            base_price = max(1500.0, followers * rng.uniform(0.12, 0.35))
            prices = {
                "photo_with_product": _round_price(base_price),
                "photo_at_event": _round_price(base_price * 1.5),
                "video_with_product": _round_price(base_price * 2.2),
                "video_at_event": _round_price(base_price * 2.8),
            }
            notes: dict[str, str] = {}
            if rng.random() < 0.06:
                del prices["video_at_event"]
                notes["video_at_event"] = rng.choice(["договорная", "по запросу"])
            values: dict[str, Any] = {
                "name": name,
                "url": profile_url(platform, handle),
                "followers": followers,
                "er": er,
                "avg_reach": int(followers * rng.uniform(0.08, 0.35)),
                "avg_views": int(followers * rng.uniform(0.1, 0.6)),
                "city": city,
                "topics": topics,
                "phone": phone,
                "email": f"{email_handle}@{rng.choice(MAIL)}",
                "status": status,
                "tax_status": tax,
                "notes": rng.choice(
                    [
                        "",
                        "",
                        "",
                        "Отвечает в Telegram быстрее, чем на почту.",
                        "Просит ТЗ за неделю до публикации.",
                        "Аудитория в основном женщины 25–34.",
                    ]
                ),
            }
            result.append(Incoming(platform, handle, [n], values, tags, prices, notes))
    return result


def add_influencers(db: Database, count: int, rng: random.Random) -> int:
    """Bulk-inserts `count` people through the importer's own writer; returns the accounts written."""
    incoming = influencer_incomings(rng, count)
    plan = ImportPlan("demo", "", [], 0, {}, [], accounts=[Planned(i) for i in incoming])
    with db.transaction() as session:
        apply_import(session, plan)
        # Details an agency list rarely has: terms, agreement dates, audience, blacklist reasons.
        blacklisted = session.scalars(select(Influencer.id).where(Influencer.status == "blacklist")).all()
        session.execute(
            update(Influencer)
            .where(Influencer.id.in_(blacklisted))
            .values(blacklist_reason="сорвал сроки публикации")
        )
        sample = session.scalars(select(Account.id).order_by(Account.id).limit(200)).all()
        for account_id in sample:
            svc.set_terms(
                session,
                account_id,
                1,
                {
                    "included": rng.choice(INCLUDED),
                    "prepayment_pct": Decimal(rng.choice([0, 30, 50, 50, 100])),
                    "product": rng.choice(["returned", "kept", "kept"]),
                    "exclusivity": rng.choice(["", "", "без конкурентов 7 дней", "без конкурентов 30 дней"]),
                    "agreed_on": dt.date(2026, rng.randint(6, 11), rng.randint(1, 28)),
                },
            )
        people = session.scalars(select(Influencer).order_by(Influencer.id).limit(300)).all()
        for person in people:
            person.audience_geo = rng.choice(
                ["Россия 92 %, Казахстан 4 %", "Москва и МО 48 %", "ПФО 35 %, ЦФО 30 %"]
            )
            person.audience_age = rng.choice(["18–24: 31 %, 25–34: 44 %", "25–34: 52 %, 35–44: 28 %"])
            person.audience_female_pct = Decimal(rng.randint(40, 92))
    return len(incoming)


def add_estimates(db: Database, rng: random.Random) -> int:
    """Clients, campaigns and estimates in every state: approved, sent with a newer draft, rejected, draft."""
    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est
    from smmdesk.services.settings import load_agency_settings

    with db.transaction() as session:
        settings = load_agency_settings(session)
        clients = [
            camp.create_client(
                session, name, legal_name=legal, inn=inn, contact_person=person, email=mail, phone=phone
            )
            for name, legal, inn, person, mail, phone in CLIENTS
        ]
        brief = "Тон — дружелюбный, без агрессивных призывов. Маркировка обязательна."
        campaigns = [
            camp.create_campaign(
                session, clients[c], name, start, end, goal=goal, budget_limit=Decimal(budget), brief=brief
            )
            for c, name, start, end, goal, budget in CAMPAIGNS
        ]
        candidates = session.execute(
            select(Account.id, Influencer.status)
            .join(Influencer, Influencer.id == Account.influencer_id)
            .where(Influencer.status.in_(["agreed", "working", "negotiating"]))
            .order_by(Account.id)
        ).all()
        pool = [account for account, _ in candidates]
        plans = [
            (0, 14, ["approved"]),
            (1, 8, ["sent", "draft"]),
            (2, 10, ["rejected", "draft"]),
            (3, 6, ["draft"]),
        ]
        for campaign_index, count, states in plans:
            start, end = CAMPAIGNS[campaign_index][2], CAMPAIGNS[campaign_index][3]
            estimate = est.create_estimate(
                session, campaigns[campaign_index], "Размещения у блогеров", settings
            )
            version = est.latest_version(session, estimate)
            for account in rng.sample(pool, min(count, len(pool))):
                day = start + dt.timedelta(days=rng.randrange((end - start).days + 1))
                (line,) = est.add_placements(session, version, [account], rng.choice([1, 1, 2, 3]), day)
                changes: dict[str, Any] = {"quantity": rng.choice([1, 1, 1, 2, 3])}
                if rng.random() < 0.3:
                    changes["discount_pct"] = Decimal(rng.choice([5, 10, 15]))
                line_row = est.load_version(session, version).lines[-1]
                if line_row.unit_price is None:
                    changes["unit_price"] = Decimal(rng.choice([8000, 15000, 25000, 40000]))
                    changes["contractor_fee"] = changes["unit_price"]
                else:
                    # The agency's price to the client is the rate card plus a little.
                    changes["unit_price"] = round_to(line_row.unit_price * Decimal("1.1"), 0)
                est.update_line(session, line, changes)
            est.add_cost(
                session, version, "Продакшн: съёмка и монтаж", 1, Decimal(rng.choice([25000, 40000, 60000]))
            )
            est.add_cost(session, version, "Доставка продукта блогерам", count, Decimal(450))
            for state in states:
                if state in ("sent", "approved", "rejected"):
                    est.send_to_client(session, version)
                if state == "approved":
                    est.decide(
                        session,
                        version,
                        True,
                        CLIENTS[CAMPAIGNS[campaign_index][0]][3],
                        "Согласовано, запускаем.",
                    )
                if state == "rejected":
                    est.decide(session, version, False, CLIENTS[CAMPAIGNS[campaign_index][0]][3],
                               "Дорого. Просим убрать видео и добавить микроблогеров.")  # fmt: skip
                if state == "draft" and states[0] != "draft":
                    version, _ = est.editable_version(session, estimate)
                    lines = est.load_version(session, version).lines
                    est.update_line(session, lines[0].id, {"quantity": lines[0].quantity + 1})
                    est.delete_lines(session, [lines[1].id])
    return len(plans)


def write_demo(
    path: Path | str,
    *,
    influencers: int | None = None,
    replace: bool = False,
    translate: Translate | None = None,
) -> dict[str, int]:
    """Writes a new demo database at `path` (a file, or an empty server database given by its
    URL); returns how many records of each kind it holds.

    A file is built beside the target and renamed into place when complete (a build that fails or
    is killed leaves the earlier file as it was). With `replace`, the caller holds the file's lock
    and has preserved what is there (`services.workspace.preserve_replaced`). `translate` words what
    the program writes into the data itself (the window and the command give the Russian catalogue:
    the demo is a Russian agency's)."""
    rng = random.Random(SEED)
    counts: dict[str, int] = {}
    if isinstance(path, str) and is_server_url(path):
        _write_demo_to_server(path, influencers or DEFAULT_INFLUENCERS, rng, counts, translate)
        return counts
    path = Path(path)
    refuse_non_file(path)
    if path.exists() and not replace:
        raise FileExistsError(path)
    refuse_read_only_target(path)
    # The file replaced hands on its permissions, and its identity: its backups (the one made of
    # it before it was replaced among them) stay offered by File → Restore.
    mode, identity = file_mode(path), file_identity(path) if path.exists() else None
    with atomic_output(path, check=lambda p: check_file(p, full=True)) as temp:
        db = open_database(temp, keep_backups=1)
        try:
            _fill(db, influencers or DEFAULT_INFLUENCERS, rng, counts, translate)
        finally:
            db.close()
        if identity is not None:
            adopt_identity(temp, identity)
        if mode is not None:
            os.chmod(temp, mode)
        for file in sidecar_files(path)[1:]:
            file.unlink(missing_ok=True)  # a WAL of the file replaced must not be replayed onto this one
    for file in sidecar_files(temp)[1:]:
        file.unlink(missing_ok=True)
    return counts


def _write_demo_to_server(
    url: str, influencers: int, rng: random.Random, counts: dict[str, int], translate: Translate | None
) -> None:
    """The demo written into an empty server database (a server has no file to build beside)."""
    from smmdesk.services.server import with_password
    from smmdesk.services.transfer import require_empty

    db = open_url(with_password(url), upgrade=True)
    try:
        with db.reading() as session:
            require_empty(session)
        _fill(db, influencers, rng, counts, translate)
    finally:
        db.close()


def _fill(
    db: Database, influencers: int, rng: random.Random, counts: dict[str, int], translate: Translate | None
) -> None:
    with db.transaction() as session:
        save_agency_settings(
            session,
            AgencySettings(
                agency_name="Агентство «Северный ветер»",
                vat_rate=Decimal("22"),
                agency_fee=Decimal("15"),
                currency="RUB",
            ),
        )
        for title in CUSTOM_FORMATS:
            svc.add_format(session, title)
    counts["accounts"] = add_influencers(db, influencers, rng)
    counts["influencers"] = influencers
    counts["estimates"] = add_estimates(db, rng)
    counts["campaign with results"] = add_results(db, rng, client_id=1, first_campaign=1)
    counts["finished contest"] = add_contests(db, rng, campaign_id=counts["campaign with results"])
    counts["review campaign"] = add_reviews(db, rng, client_id=1, translate=translate)
    counts["strategy"] = add_strategy(
        db, 1, counts["campaign with results"], counts["finished contest"], counts["review campaign"]
    )
    counts["reputation mentions"] = add_reputation(db, rng, client_id=1)
