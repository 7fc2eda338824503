"""A short version of the load test (`make bench` runs 8 clients for 2 minutes): three planners
at once for a few seconds of edits, imports and payments lose nothing and break no rule."""

from __future__ import annotations

from pathlib import Path

import pytest
import team_load
from serverdb import ServerDatabases

pytestmark = pytest.mark.server


def test_three_planners_for_a_few_seconds_lose_nothing(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    url = server_databases.create(server_databases.name("load"))
    team_load.prepare(url)
    outcome = team_load.run(url, clients=3, seconds=8, folder=tmp_path)
    assert outcome.problems == []
    assert outcome.edits > 20 and outcome.payments > 0 and outcome.refused_payments > 0
    assert outcome.imported > 0
