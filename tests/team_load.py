"""Several planners at once on one server for a while: edits, imports and payments from separate
processes, then a check that nothing was lost and every rule held. Used by the suite (short) and
by `make bench` (8 clients, 2 minutes)."""

from __future__ import annotations

import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAID_ON = dt.date(2026, 12, 1)
CLIENT = (
    "import sys; sys.path[:0] = [{tests!r}, {root!r}]; import team_load; "
    "team_load.client(sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), sys.argv[4])"
)


@dataclass
class Outcome:
    clients: int
    seconds: float
    edits: int
    refused_edits: int
    payments: int
    refused_payments: int
    imported: int
    p95_edit_ms: float
    median_edit_ms: float
    problems: list[str]


def prepare(url: str) -> None:
    """The demo's base on the server, and fees on every placement of its approved campaign."""
    from sqlalchemy import update

    from smmdesk.services.demo import write_demo
    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.models import Payment, Placement

    write_demo(url)
    db = open_workspace(url)
    try:
        with db.transaction() as session:
            session.execute(update(Placement).values(fee=Decimal("12000")))
            session.query(Payment).delete()
    finally:
        db.close()


def client(url: str, seconds: float, seed: int, out: str) -> None:
    """One planner: for `seconds`, a random mix of edits (most), payments and small imports."""
    from sqlalchemy import select

    from smmdesk.domain.errors import SmmError
    from smmdesk.services import influencer_import as imp
    from smmdesk.services import influencers as svc
    from smmdesk.services import placements as pl
    from smmdesk.services.workspace import in_transaction, open_workspace, reading
    from smmdesk.storage.models import Influencer, Placement

    rng = random.Random(seed)
    db = open_workspace(url)
    db.tracker.user = f"planner{seed}"
    with db.reading() as session:
        people = list(session.scalars(select(Influencer.id).order_by(Influencer.id).limit(50)))
        placements = list(session.scalars(select(Placement.id).where(Placement.fee.is_not(None))))
    result: dict[str, list] = {
        "edits": [],
        "refused_edits": [],
        "payments": [],
        "refused": [],
        "imported": [],
    }
    folder = Path(out).parent
    deadline = time.monotonic() + seconds
    n = 0
    while time.monotonic() < deadline:
        n += 1
        roll = rng.random()
        try:
            if roll < 0.75:
                person, city = rng.choice(people), f"Город {seed}-{n}"
                reading(db, svc.detail, person)  # the planner looks at the person, then types
                started = time.perf_counter()
                in_transaction(db, svc.update_influencer, person, {"city": city})
                result["edits"].append([person, city, (time.perf_counter() - started) * 1000])
            elif roll < 0.95:
                placement = rng.choice(placements)
                try:
                    in_transaction(db, pl.add_payment, placement, PAID_ON, Decimal("5000"), "final")
                    result["payments"].append(placement)
                except SmmError as exc:
                    if "more than is left" not in exc.message:
                        raise
                    result["refused"].append(placement)
            else:
                handles = [f"load{seed}_{n}_{i}" for i in range(5)]
                source = folder / f"import-{seed}-{n}.csv"
                lines = ["Имя блогера;Площадка;Ссылка / ник;Подписчики"]
                lines += [f"Блогер {h};Telegram;@{h};{1000 + i}" for i, h in enumerate(handles)]
                source.write_text("\n".join(lines), "utf-8")
                table = imp.open_file(source)
                with db.transaction() as session:
                    imp.apply_import(session, imp.plan_import(session, table))
                result["imported"].extend(handles)
        except SmmError as exc:
            if "changed this record" in exc.message or "same moment" in exc.message:
                result["refused_edits"].append(str(exc))
            else:
                raise
    db.close()
    Path(out).write_text(json.dumps(result), "utf-8")


def run(url: str, clients: int, seconds: float, folder: Path) -> Outcome:
    """Starts the clients together, waits for them, then checks the invariants."""
    from sqlalchemy import func, select

    from smmdesk.services.workspace import open_workspace
    from smmdesk.storage.models import Account, AuditEntry, Influencer, Payment, Placement

    code = CLIENT.format(tests=str(ROOT / "tests"), root=str(ROOT))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", code, url, str(seconds), str(i + 1), str(folder / f"client{i + 1}.json")],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        )
        for i in range(clients)
    ]  # fmt: skip
    problems: list[str] = []
    for proc in procs:
        _, err = proc.communicate(timeout=seconds + 300)
        if proc.returncode:
            problems.append(
                f"a client failed: {err.strip().splitlines()[-1] if err.strip() else proc.returncode}"
            )
    results = [json.loads(p.read_text("utf-8")) for p in sorted(folder.glob("client*.json"))]
    edits = [e for r in results for e in r["edits"]]
    paid = [p for r in results for p in r["payments"]]
    imported = [h for r in results for h in r["imported"]]
    db = open_workspace(url)
    try:
        with db.reading() as session:
            over = session.execute(
                select(Placement.id, Placement.fee, func.sum(Payment.amount))
                .join(Payment, Payment.placement_id == Placement.id)
                .group_by(Placement.id, Placement.fee)
                .having(func.sum(Payment.amount) > Placement.fee)
            ).all()
            if over:
                problems.append(f"payments over the fee: {over[:3]}")
            stored_payments = session.scalar(select(func.count(Payment.id))) or 0
            if stored_payments != len(paid):
                problems.append(f"{len(paid)} payments accepted, {stored_payments} stored")
            handles = set(session.scalars(select(Account.handle).where(Account.handle.like("load%"))))
            if set(imported) - handles:
                problems.append(f"imported accounts missing: {sorted(set(imported) - handles)[:3]}")
            logged = session.scalar(
                select(func.count(AuditEntry.id)).where(
                    AuditEntry.table_name == "influencer", AuditEntry.field == "city"
                )
            )
            if logged != len(edits):
                problems.append(f"{len(edits)} edits accepted, {logged} in the audit log")
            cities = dict(session.execute(select(Influencer.id, Influencer.city)).all())
        last: dict[int, set[str]] = {}
        for person, city, _ in edits:
            last.setdefault(person, set()).add(city)
        for person, written in last.items():
            if cities.get(person) not in written:
                problems.append(
                    f"influencer {person} holds {cities.get(person)!r}, which no accepted edit wrote"
                )
    finally:
        db.close()
    latencies = [ms for _, _, ms in edits] or [0.0]
    ordered = sorted(latencies)
    return Outcome(
        clients=clients,
        seconds=seconds,
        edits=len(edits),
        refused_edits=sum(len(r["refused_edits"]) for r in results),
        payments=len(paid),
        refused_payments=sum(len(r["refused"]) for r in results),
        imported=len(imported),
        p95_edit_ms=ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))],
        median_edit_ms=statistics.median(latencies),
        problems=problems,
    )
