"""Every command on a server through `--db URL`: the demo, an import, the exports, the report and a
draw go to the server (never to a local file named after the URL), the password is never shown,
and an older schema or a refused connection stops the command in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import SAMPLES
from serverdb import ServerDatabases
from sqlalchemy.engine import make_url
from test_cli import ROOT, smmdesk

from smmdesk.services import influencers as svc
from smmdesk.services.workspace import open_workspace, reading

pytestmark = pytest.mark.server


def _files(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_the_demo_and_every_command_work_on_a_server(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    url = server_databases.create(server_databases.name("cli"))
    password = make_url(url).password
    before = _files(ROOT)
    demo = smmdesk("--lang", "en", "demo", url, home=tmp_path)
    assert demo.returncode == 0, demo.stderr
    assert "Demo database written" in demo.stdout and f":{password}@" not in demo.stdout
    again = smmdesk("--lang", "en", "demo", url, home=tmp_path)
    assert again.returncode == 1 and "already holds" in again.stderr and "Traceback" not in again.stderr

    imported = smmdesk(
        "--lang", "en", "--db", url, "import", "influencers", str(SAMPLES / "influencers_planner.xlsx"),
        home=tmp_path,
    )  # fmt: skip
    assert imported.returncode == 0, imported.stderr
    assert imported.stdout.strip().splitlines()[-1].startswith("added ")
    db = open_workspace(url)
    try:
        assert reading(db, svc.count_influencers) > 300
    finally:
        db.close()
    for command in (
        ("export", "influencers", "--out", str(tmp_path / "base.xlsx")),
        ("export", "estimate", "1", "--out", str(tmp_path / "estimate.pdf")),
        ("report", "campaign", "5", "--out", str(tmp_path / "report.xlsx")),
    ):
        done = smmdesk("--lang", "en", "--db", url, *command, home=tmp_path)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "base.xlsx").stat().st_size > 0 and (tmp_path / "estimate.pdf").stat().st_size > 0
    # Nothing was written beside the program or in the home folder but what was asked for.
    assert _files(ROOT) - before == set()
    assert not any("postgresql" in p.name for p in _files(tmp_path))


def test_an_older_schema_or_a_refused_connection_stops_a_command_in_words(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    from smmdesk.storage import migrate
    from smmdesk.storage.server import create_server_engine

    url = server_databases.create(server_databases.name("clio"))
    engine = create_server_engine(url)
    migrate.upgrade(engine, "0005_contests")
    engine.dispose()
    out = tmp_path / "base.csv"
    refused = smmdesk("--lang", "en", "--db", url, "export", "influencers", "--out", str(out), home=tmp_path)
    assert refused.returncode == 1 and "--upgrade-schema" in refused.stderr and not out.exists()
    upgraded = smmdesk(
        "--lang", "en", "--db", url, "--upgrade-schema", "export", "influencers", "--out", str(out),
        home=tmp_path,
    )  # fmt: skip
    assert upgraded.returncode == 0, upgraded.stderr
    wrong = make_url(url).set(password="wrong-password").render_as_string(hide_password=False)
    denied = smmdesk("--lang", "ru", "--db", wrong, "export", "influencers", "--out", str(out), home=tmp_path)
    assert denied.returncode == 1 and "не принял имя пользователя или пароль" in denied.stderr
    assert "wrong-password" not in denied.stderr and "Traceback" not in denied.stderr


def test_a_file_becomes_a_team_server_and_back_from_the_command_line(
    server_databases: ServerDatabases, tmp_path: Path
) -> None:
    local = tmp_path / "solo.smmdesk"
    assert smmdesk("--lang", "en", "demo", str(local), home=tmp_path).returncode == 0
    url = server_databases.create(server_databases.name("up"))
    uploaded = smmdesk("--lang", "en", "upload", str(local), url, home=tmp_path)
    assert uploaded.returncode == 0, uploaded.stderr
    assert "records uploaded to" in uploaded.stdout and f":{make_url(url).password}@" not in uploaded.stdout
    twice = smmdesk("--lang", "en", "upload", str(local), url, home=tmp_path)
    assert twice.returncode == 1 and "already holds" in twice.stderr
    back = tmp_path / "back.smmdesk"
    saved = smmdesk("--lang", "en", "--db", url, "save-copy", str(back), home=tmp_path)
    assert saved.returncode == 0, saved.stderr
    counts = []
    for location in (local, url, back):
        db = open_workspace(location)
        try:
            counts.append(reading(db, svc.count_influencers))
        finally:
            db.close()
    assert counts[0] == counts[1] == counts[2] > 0
