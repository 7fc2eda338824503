"""A team's server (PostgreSQL on this machine): saving one edit, another client's window showing a
change, the KPI view of 5,000 publications, and the load test (8 clients, 2 minutes; set
SMMDESK_LOAD_SECONDS for another length). Each figure beside a floor measured in the same run."""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from bench_kpis import METRICS, PUBLICATIONS, START
from common import median_ms, report, samples_ms
from fixtures import open_workspace as open_window_workspace
from pgserver import available, server_database

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _raw(url: str):
    import psycopg
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return psycopg.connect(host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database)


def bench_edit(url: str) -> None:
    from smmdesk.domain.settings import AgencySettings
    from smmdesk.services.settings import update_agency_settings
    from smmdesk.services.workspace import open_workspace

    db = open_workspace(url, upgrade_schema=True)
    values = iter(range(10**6))
    edit = samples_ms(
        lambda: update_agency_settings(db, AgencySettings(agency_fee=Decimal(next(values) % 100))), 200, 5
    )
    db.close()
    raw = _raw(url)
    raw_values = iter(range(10**6))

    def raw_edit() -> None:
        with raw.transaction():
            raw.execute(
                "INSERT INTO setting (key, value) VALUES ('agency.agency_fee', %s) "
                "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (str(next(raw_values) % 100),),
            )

    floor = samples_ms(raw_edit, 200, 5)
    raw.close()
    report(
        "server: save one edit (median)",
        statistics.median(edit),
        10,
        floor=statistics.median(floor),
        floor_name="raw psycopg upsert, one transaction",
    )


def bench_remote_change(url: str, home: Path) -> None:
    """From the other client's commit to this window's table showing the new value."""
    from smmdesk.services import influencers as svc
    from smmdesk.services.demo import write_demo
    from smmdesk.services.workspace import in_transaction, open_workspace
    from smmdesk.ui.windows.influencers import InfluencersWindow

    write_demo(url)
    app, settings, workspace = open_window_workspace(url, home)
    window = InfluencersWindow(workspace, settings)
    window.resize(1366, 768)
    window.show()
    deadline = time.monotonic() + 20
    while (window.loading or workspace.remote.listener.mode != "listen") and time.monotonic() < deadline:
        app.processEvents()
    other = open_workspace(url)
    person = window.model.row_at(0).influencer_id
    delays = []
    for n in range(30):
        city = f"Город {n}"
        in_transaction(other, svc.update_influencer, person, {"city": city})
        committed = time.perf_counter()
        while window.model.row_at(0).city != city and time.perf_counter() - committed < 5:
            app.processEvents()
        delays.append((time.perf_counter() - committed) * 1000)
    other.close()
    raw_listen, raw_notify = _raw(url), _raw(url)
    raw_listen.autocommit = raw_notify.autocommit = True
    raw_listen.execute("LISTEN bench")
    floor = []
    for n in range(30):
        started = time.perf_counter()
        raw_notify.execute("SELECT pg_notify('bench', %s)", (str(n),))
        next(iter(raw_listen.notifies(timeout=5)))
        floor.append((time.perf_counter() - started) * 1000)
    raw_listen.close()
    raw_notify.close()
    report(
        "server: another client's change on screen (median)",
        statistics.median(delays),
        1000,
        floor=statistics.median(floor),
        floor_name="raw NOTIFY round trip",
    )
    report("server: another client's change on screen (worst of 30)", max(delays), 1000)
    window.close()
    workspace.close()


def bench_kpis(url: str, home: Path) -> None:
    from sqlalchemy import select

    from smmdesk.services import campaigns as camp
    from smmdesk.services import estimates as est
    from smmdesk.services import kpi
    from smmdesk.services.settings import load_agency_settings
    from smmdesk.services.workspace import open_workspace, reading
    from smmdesk.storage.models import Account, Influencer
    from smmdesk.ui.windows.kpis import KpisWindow

    db = open_workspace(url)
    with db.transaction() as session:
        campaign = camp.create_campaign(
            session, 1, "Годовая программа", START, START + dt.timedelta(days=364)
        )
        estimate = est.create_estimate(session, campaign, "Год", load_agency_settings(session))
        version = est.latest_version(session, estimate)
        accounts = list(
            session.scalars(
                select(Account.id)
                .join(Influencer, Influencer.id == Account.influencer_id)
                .where(Influencer.status != "blacklist")
                .order_by(Account.id)
            )
        )
        for n in range(PUBLICATIONS // 5 // 100):
            chosen = [accounts[(n * 100 + i) % len(accounts)] for i in range(100)]
            for i, line_id in enumerate(est.add_placements(session, version, chosen, 1, START)):
                day = START + dt.timedelta(days=(n * 100 + i) % 365)
                est.update_line(
                    session,
                    line_id,
                    {
                        "quantity": 5,
                        "unit_price": Decimal(20_000),
                        "contractor_fee": Decimal(17_000),
                        "planned_date": day,
                    },
                )
        est.send_to_client(session, version)
        est.decide(session, version, True, "Заказчик")
        for key, plan in (("reach", 50_000_000), ("views", 80_000_000), ("cpm", 1500), ("er", 4)):
            kpi.set_target(session, campaign, key, Decimal(plan))
    db.close()
    raw = _raw(url)
    rng = random.Random(5)
    rows = raw.execute("SELECT id, slot_date FROM placement WHERE campaign_id = %s", (campaign,)).fetchall()
    with raw.cursor() as cur:
        cur.executemany(
            "UPDATE placement SET status = 'published', published_on = slot_date, url = %s WHERE id = %s",
            [(f"https://vk.com/wall-1_{pid}", pid) for pid, _ in rows],
        )
        values = []
        for pid, day in rows:
            views = rng.randint(5_000, 60_000)
            sales = views // 2000
            counts = (
                views,
                int(views * 0.7),
                views // 30,
                views // 400,
                views // 500,
                views // 300,
                views // 100,
            )
            figures = dict(
                zip(METRICS, (*counts, views // 1000, sales, sales * 290_000, views * 3), strict=True)
            )
            values += [(pid, metric, value, "measured", day) for metric, value in figures.items()]
        cur.executemany(
            "INSERT INTO publication_metric (placement_id, metric, value, source, captured_on) "
            "VALUES (%s, %s, %s, %s, %s)",
            values,
        )
    raw.commit()
    app, settings, workspace = open_window_workspace(url, home)
    wdb = workspace.db
    assert len(reading(wdb, kpi.campaign_results, campaign).publications) == PUBLICATIONS
    window = KpisWindow(workspace, settings)
    window.resize(1366, 768)
    window.show()
    window.campaign.setCurrentIndex(window.campaign.findData(campaign))
    app.processEvents()

    def raw_sums() -> None:
        raw.execute(
            "SELECT m.metric, SUM(m.value) FROM publication_metric m "
            "JOIN placement p ON p.id = m.placement_id WHERE p.campaign_id = %s GROUP BY m.metric",
            (campaign,),
        ).fetchall()

    def whole_view() -> None:
        window.refresh()
        window.repaint()

    report(
        f"server: KPI view of {PUBLICATIONS} publications, on screen",
        median_ms(whole_view, repeat=3),
        500,
        floor=median_ms(raw_sums, repeat=5),
        floor_name="raw psycopg sums of its figures",
    )
    raw.close()
    window.close()
    workspace.close()


def bench_load(url: str, home: Path) -> None:
    import team_load

    seconds = float(os.environ.get("SMMDESK_LOAD_SECONDS", "120"))
    team_load.prepare(url)
    outcome = team_load.run(url, clients=8, seconds=seconds, folder=home)
    print(
        f"load: 8 clients for {seconds:g} s: {outcome.edits} edits "
        f"({outcome.refused_edits} refused as changed meanwhile), {outcome.payments} payments "
        f"({outcome.refused_payments} refused over the fee), "
        f"{outcome.imported} accounts imported; problems: {outcome.problems or 'none'}",
        flush=True,
    )
    report("server load: an edit under 8 clients (95th percentile)", outcome.p95_edit_ms, 100)
    if outcome.problems:
        raise SystemExit("the load test found problems")


def run() -> None:
    if not available():
        print("no PostgreSQL here: SMMDESK_TEST_DATABASE_URL unset and no initdb; skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        with server_database("smmdesk_bench_edit") as url:
            bench_edit(url)
        with server_database("smmdesk_bench_remote") as url:
            bench_remote_change(url, home)
            bench_kpis(url, home)
        with server_database("smmdesk_bench_load") as url:
            load_home = home / "load"
            load_home.mkdir()
            bench_load(url, load_home)
