"""Two planners prepare the next wave of one campaign on a server at the same moment: the first to
save keeps wave 1; the other is refused in words with nothing of its wave kept, and prepared again
it finds nobody left to ask (nobody asked twice)."""

from __future__ import annotations

import datetime as dt
import threading
import time
from pathlib import Path

import pytest
from review_setup import DAY, coffee_campaign, write_customers
from sqlalchemy import func, select, text

from smmdesk.domain.errors import SmmError, StorageError, ValidationError
from smmdesk.services import campaigns as clients
from smmdesk.services.reviews import campaigns, customers, waves
from smmdesk.services.workspace import open_workspace
from smmdesk.storage.models import ReviewRequest, ReviewWave

pytestmark = pytest.mark.server


def waiting_on_a_lock(db) -> int:  # type: ignore[no-untyped-def]
    with db.reading() as session:
        return session.scalar(
            text(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            )
        )


def test_two_planners_preparing_one_wave_get_one_wave_and_a_refusal_in_words(
    server_url: str, tmp_path: Path
) -> None:
    first, second, watcher = (open_workspace(server_url) for _ in range(3))
    try:
        with first.transaction() as session:
            client = clients.create_client(session, "Кофейня «Зерно»")
            ident = campaigns.create_campaign(session, client, coffee_campaign())
            customers.apply_customers(
                session, customers.preview_customers(session, ident, write_customers(tmp_path / "crm.csv"))
            )
        prepared = threading.Event()
        outcome: dict[str, object] = {}

        def planner_one() -> None:
            with first.transaction() as session:
                outcome["first"] = waves.prepare_wave(session, ident, DAY).number
                prepared.set()
                # saved only once the second planner's wave waits on this one's number
                deadline = time.monotonic() + 60
                while not waiting_on_a_lock(watcher) and time.monotonic() < deadline:
                    time.sleep(0.05)

        def planner_two() -> None:
            prepared.wait(60)
            try:
                with second.transaction() as session:
                    outcome["second"] = waves.prepare_wave(session, ident, DAY).number
            except SmmError as exc:
                outcome["second"] = exc

        threads = [threading.Thread(target=planner_one), threading.Thread(target=planner_two)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert outcome["first"] == 1
        refused = outcome["second"]
        assert isinstance(refused, StorageError), refused
        assert refused.render() == (
            "Another planner has just prepared wave 1 of this campaign, for the same customers; yours was "
            "not kept and no file was written. Prepare the wave again: it asks only whom that wave did not."
        )
        with watcher.reading() as session:
            kept = session.execute(select(ReviewWave.number, ReviewWave.requests)).all()
            requests = session.scalar(select(func.count()).select_from(ReviewRequest))
        assert [tuple(r) for r in kept] == [(1, 2)] and requests == 2  # Анна and Борис, asked once
        with pytest.raises(ValidationError) as again, second.transaction() as session:
            waves.prepare_wave(session, ident, DAY + dt.timedelta(days=1))
        # Анна's and Борис's reminder and Дина's first request come later: nobody is asked twice now
        assert again.value.render().startswith("Nobody is due a request on 06.12.2026: 3 not yet")
    finally:
        for db in (first, second, watcher):
            db.close()
