"""Two planners at once on one server, as real separate processes released together: the rules
still hold (payments within the fee, one first draw per contest, one new draft at a time, a sent
version unchanged), and whoever loses is told in words."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from smmdesk.domain.contests import Prize
from smmdesk.domain.settings import AgencySettings
from smmdesk.services import campaigns, contests, estimates
from smmdesk.services.workspace import in_transaction, open_workspace
from smmdesk.storage.models import ContestDraw, EstimateLine, EstimateVersion, Payment, Placement

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[3]

# One planner: connects, waits for "go" on stdin, runs one use case, prints what happened.
WORKER = """
import sys, datetime as dt
from decimal import Decimal
from smmdesk.domain.errors import SmmError
from smmdesk.services.workspace import open_workspace
from smmdesk.services import contests, estimates, placements
url, action, *args = sys.argv[1:]
db = open_workspace(url)
print("ready", flush=True)
sys.stdin.readline()
try:
    with db.transaction() as session:
        if action == "pay":
            placements.add_payment(session, int(args[0]), dt.date(2026, 12, 1), Decimal(args[1]), "final")
        elif action == "fee":
            placements.update_placement(session, int(args[0]), {"fee": Decimal(args[1])})
        elif action == "draw":
            contests.run_draw(session, int(args[0]), "seed announced in advance")
        elif action == "draft":
            estimates.editable_version(session, int(args[0]))
        elif action == "edit_line":
            estimates.update_line(session, int(args[0]), {"quantity": 7})
        elif action == "add_cost":
            estimates.add_cost(session, int(args[0]), "Доставка", 1, Decimal("500"))
        elif action == "send":
            estimates.send_to_client(session, int(args[0]))
    print("ok", flush=True)
except SmmError as exc:
    print("refused:", exc.render(), flush=True)
db.close()
"""


def at_once(url: str, *jobs: tuple[str, ...]) -> list[str]:
    """Starts one process per job, lets them all connect, releases them together; their answers."""
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, url, *job],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT,
        )
        for job in jobs
    ]  # fmt: skip
    for proc in procs:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "ready", proc.stderr
    for proc in procs:
        assert proc.stdin is not None
        proc.stdin.write("go\n")
        proc.stdin.flush()
    answers = []
    for proc in procs:
        out, err = proc.communicate(timeout=60)
        assert proc.returncode == 0, err
        answers.append(out.strip())
    return answers


def _estimate(db) -> tuple[int, int]:
    client = in_transaction(db, campaigns.create_client, "ООО «Ромашка»")
    campaign = in_transaction(
        db, campaigns.create_campaign, client, "Зима", dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    )
    estimate = in_transaction(db, estimates.create_estimate, campaign, "Смета", AgencySettings())
    version = in_transaction(db, estimates.latest_version, estimate)
    return estimate, version


def placement_with_a_fee(db, fee: str = "12000") -> int:
    estimate, version = _estimate(db)
    in_transaction(db, estimates.add_cost, version, "Пост у Анны", 1, Decimal(fee))
    in_transaction(db, estimates.send_to_client, version)
    with db.transaction() as session:
        line = session.scalars(select(EstimateLine)).one()
        campaign_id = session.get_one(EstimateVersion, version).estimate.campaign_id
        session.add(
            Placement(
                campaign_id=campaign_id, estimate_id=estimate, version_id=version, line_key=line.line_key,
                sequence=1, influencer_name="Анна Иванова", fee=Decimal(fee), cost=Decimal(fee),
            )
        )  # fmt: skip
    return in_transaction(db, lambda s: s.scalar(select(Placement.id)))


def test_a_payment_and_a_lower_fee_at_once_never_leave_more_paid_than_the_fee(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        placement = placement_with_a_fee(db)
        answers = at_once(server_url, ("pay", str(placement), "8000"), ("fee", str(placement), "5000"))
        assert sorted(a.split(":")[0] for a in answers) == ["ok", "refused"], answers
        with db.reading() as session:
            paid = session.scalar(select(func.sum(Payment.amount))) or Decimal(0)
            fee = session.get_one(Placement, placement).fee
        assert fee is not None and paid <= fee and (paid, fee) in {(Decimal("8000"), Decimal("12000")),
                                                                  (Decimal(0), Decimal("5000"))}
    finally:
        db.close()


def test_two_payments_never_exceed_the_fee(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        estimate, version = _estimate(db)
        in_transaction(db, estimates.add_cost, version, "Пост у Анны", 1, Decimal("12000"))
        in_transaction(db, estimates.send_to_client, version)
        with db.transaction() as session:
            line = session.scalars(select(EstimateLine)).one()
            campaign_id = session.get_one(EstimateVersion, version).estimate.campaign_id
            session.add(
                Placement(
                    campaign_id=campaign_id, estimate_id=estimate, version_id=version, line_key=line.line_key,
                    sequence=1, influencer_name="Анна Иванова", fee=Decimal("12000"), cost=Decimal("12000"),
                )
            )  # fmt: skip
        placement = in_transaction(db, lambda s: s.scalar(select(Placement.id)))
        answers = at_once(server_url, ("pay", str(placement), "8000"), ("pay", str(placement), "8000"))
        assert sorted(a.split(":")[0] for a in answers) == ["ok", "refused"]
        assert any("more than is left" in a for a in answers)
        with db.reading() as session:
            paid = session.scalar(select(func.sum(Payment.amount)))
        assert paid == Decimal("8000")
    finally:
        db.close()


def test_two_draws_at_once_make_one_first_draw(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        contest = in_transaction(db, contests.create_contest, "Розыгрыш к Новому году")
        in_transaction(db, contests.set_prizes, contest, [Prize("Сертификат", 1, Decimal("3000"))])
        in_transaction(db, contests.paste_entries, contest, "\n".join(f"@user{i}" for i in range(50)))
        answers = at_once(server_url, ("draw", str(contest)), ("draw", str(contest)))
        assert sorted(a.split(":")[0] for a in answers) == ["ok", "refused"]
        with db.reading() as session:
            draws = session.scalars(select(ContestDraw).where(ContestDraw.contest_id == contest)).all()
        assert len(draws) == 1
    finally:
        db.close()


def test_two_planners_changing_a_sent_version_make_one_new_draft(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        estimate, version = _estimate(db)
        in_transaction(db, estimates.add_cost, version, "Съёмка", 1, Decimal("25000"))
        in_transaction(db, estimates.send_to_client, version)
        answers = at_once(server_url, ("draft", str(estimate)), ("draft", str(estimate)))
        assert answers == ["ok", "ok"]
        with db.reading() as session:
            versions = session.scalars(
                select(EstimateVersion.status).where(EstimateVersion.estimate_id == estimate)
            ).all()
        assert sorted(versions) == ["draft", "sent"]
    finally:
        db.close()


def test_a_version_being_sent_is_never_changed_after(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        _estimate_id, version = _estimate(db)
        line = in_transaction(db, estimates.add_cost, version, "Съёмка", 1, Decimal("25000"))
        answers = at_once(server_url, ("send", str(version)), ("edit_line", str(line)))
        with db.reading() as session:
            sent = session.get_one(EstimateVersion, version)
            quantity = session.get_one(EstimateLine, line).quantity
        assert sent.status == "sent"
        if answers[1] == "ok":
            # The edit came first and was sent with the version; it never changed it after.
            assert quantity == 7
        else:
            assert quantity == 1 and "frozen" in answers[1]
    finally:
        db.close()


def test_lines_added_at_once_take_distinct_positions(server_url: str) -> None:
    db = open_workspace(server_url)
    try:
        _estimate_id, version = _estimate(db)
        answers = at_once(server_url, *[("add_cost", str(version))] * 3)
        assert answers == ["ok", "ok", "ok"]
        with db.reading() as session:
            positions = session.scalars(
                select(EstimateLine.position).where(EstimateLine.version_id == version)
            ).all()
        assert sorted(positions) == [1, 2, 3]
    finally:
        db.close()
