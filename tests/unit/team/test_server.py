"""On a real PostgreSQL server: the schema upgrade under its lock and after consent, older clients
refused by name, connection failures in words, roles held by the program and by the server's
grants, others' changes announced as they commit, and moving work between a file and a server."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
import uuid
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from serverdb import ServerDatabases, admin
from sqlalchemy import text
from sqlalchemy.engine import make_url

from smmdesk.services import campaigns, estimates, placements, transfer
from smmdesk.services import influencers as svc
from smmdesk.services.workspace import in_transaction, open_workspace, reading
from smmdesk.storage import migrate
from smmdesk.storage.errors import ServerConnectionError
from smmdesk.storage.listen import RemoteChange
from smmdesk.storage.models import Influencer
from smmdesk.storage.server import NewerServerError, RoleRefused, SchemaUpgradeNeeded, roles_script

pytestmark = pytest.mark.server
ROOT = Path(__file__).resolve().parents[3]


def _empty_database(server_databases: ServerDatabases) -> str:
    return server_databases.create(server_databases.name("empty"))


def test_an_older_server_schema_is_upgraded_only_after_consent(server_databases: ServerDatabases) -> None:
    from smmdesk.storage.server import create_server_engine

    url = _empty_database(server_databases)
    engine = create_server_engine(url)
    migrate.upgrade(engine, "0005_contests")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO client (name, legal_name, inn, contact_person, email, phone, notes, "
                "created_at) VALUES ('ООО «Ромашка»', '', '', '', '', '', '', now())"
            )
        )
    engine.dispose()
    with pytest.raises(SchemaUpgradeNeeded) as asked:
        open_workspace(url)
    assert "0005_contests" in asked.value.render() and migrate.HEAD_REVISION in asked.value.render()
    assert migrate.engine_revision(create_server_engine(url)) == "0005_contests"  # untouched
    db = open_workspace(url, upgrade_schema=True)
    try:
        assert [c.name for c in reading(db, campaigns.list_clients)] == ["ООО «Ромашка»"]
        fid = in_transaction(db, svc.add_format, "Сторис")  # the seeded formats' sequence was repaired
        assert fid == 5
    finally:
        db.close()


UPGRADER = """
import sys
from smmdesk.services.workspace import open_workspace
open_workspace(sys.argv[1], upgrade_schema=True).close()
print("done", flush=True)
"""


def test_two_clients_upgrading_at_once_migrate_once(server_databases: ServerDatabases) -> None:
    from smmdesk.storage.server import create_server_engine

    url = _empty_database(server_databases)
    engine = create_server_engine(url)
    migrate.upgrade(engine, "0005_contests")
    engine.dispose()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", UPGRADER, url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    engine = create_server_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM format WHERE builtin")).scalar() == 4
    engine.dispose()


def test_an_older_client_is_refused_with_the_version_to_install(server_url: str) -> None:
    from smmdesk.storage.server import create_server_engine

    engine = create_server_engine(server_url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
        migrate.record_version(conn, "0.9.0")
    engine.dispose()
    with pytest.raises(NewerServerError) as refused:
        open_workspace(server_url)
    assert "0.9.0" in refused.value.render() and "0099_future" in refused.value.render()


def test_connection_failures_are_told_in_words(server_url: str) -> None:
    url = make_url(server_url)
    wrong = url.set(password="not-the-password").render_as_string(hide_password=False)
    missing = url.set(database="no_such_database_here").render_as_string(hide_password=False)
    down = url.set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    kinds = {}
    for name, target in (("password", wrong), ("database", missing), ("down", down)):
        with pytest.raises(ServerConnectionError) as failed:
            open_workspace(target)
        kinds[name] = failed.value.kind
        assert "not-the-password" not in failed.value.render()
    assert kinds == {"password": "password", "database": "database", "down": "down"}
    with pytest.raises(ServerConnectionError) as no_driver:
        open_workspace(url.set(drivername="postgresql+nosuchdriver").render_as_string(hide_password=False))
    assert no_driver.value.kind == "driver"


@pytest.fixture
def team(server_databases: ServerDatabases, server_template: str):
    """A database with the roles of roles.sql and three login roles: a viewer, a planner, a manager."""
    name, url = server_databases.copy_of(server_template, "team")
    suffix = uuid.uuid4().hex[:8]
    users = {role: f"t_{role}_{suffix}" for role in ("viewer", "planner", "manager")}
    base = make_url(url)
    with psycopg.connect(
        host=base.host,
        port=base.port,
        user=base.username,
        password=base.password,
        dbname=name,
        autocommit=True,
    ) as conn:
        conn.execute(roles_script())
        for role, user in users.items():
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'pw' IN ROLE smmdesk_{role}")
    urls = {
        role: base.set(username=user, password="pw").render_as_string(hide_password=False)
        for role, user in users.items()
    }
    yield urls
    server_databases.drop(name)
    with admin() as conn:
        for user in users.values():
            conn.execute(f"DROP ROLE IF EXISTS {user}")


def test_roles_are_held_by_the_program_and_by_the_servers_grants(team: dict[str, str]) -> None:
    manager = open_workspace(team["manager"])
    try:
        assert manager.role == "manager"
        person = in_transaction(manager, svc.create_influencer, "Анна Иванова")
    finally:
        manager.close()
    viewer = open_workspace(team["viewer"])
    try:
        assert viewer.role == "viewer" and viewer.read_only
        with pytest.raises(Exception, match="read-only") as refused:
            in_transaction(viewer, svc.update_influencer, person, {"city": "Омск"})
        assert "signed in as a viewer" in str(refused.value) and "file" not in str(refused.value)
    finally:
        viewer.close()
    # Another client, straight to the server as the viewer: the grants refuse it.
    url = make_url(team["viewer"])
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password="pw", dbname=url.database
    ) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("UPDATE influencer SET city = 'Омск'")
    planner = open_workspace(team["planner"])
    try:
        assert planner.role == "planner" and not planner.read_only
        in_transaction(planner, svc.update_influencer, person, {"city": "Пермь"})
        with planner.reading() as session:
            assert session.get_one(Influencer, person).changed_by == url.username.replace("viewer", "planner")
        with pytest.raises(RoleRefused) as refused:
            in_transaction(planner, placements.add_payment, 1, None, Decimal(1), "final")
        assert "planner" in refused.value.render()
    finally:
        planner.close()
    url = make_url(team["planner"])
    with psycopg.connect(
        host=url.host, port=url.port, user=url.username, password="pw", dbname=url.database
    ) as raw:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute(
                "INSERT INTO payment (campaign_id, payee, paid_on, amount, kind, method, document, "
                "notes, created_at) VALUES (1, '', now(), 1, 'final', '', '', '', now())"
            )
        raw.rollback()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            raw.execute("DELETE FROM audit_log")


def test_another_clients_commit_is_announced_within_a_second(server_url: str) -> None:
    from smmdesk.services import team

    watcher, writer = open_workspace(server_url), open_workspace(server_url)
    heard: list[tuple[float, RemoteChange]] = []
    arrived = threading.Event()

    def on_change(change: RemoteChange) -> None:
        heard.append((time.perf_counter(), change))
        arrived.set()

    listener = team.listen(watcher, on_change)
    try:
        assert listener is not None
        deadline = time.time() + 5
        while listener.mode != "listen" and time.time() < deadline:
            time.sleep(0.01)
        own = in_transaction(watcher, svc.create_influencer, "Своё изменение")  # not announced to itself
        committed = time.perf_counter()
        person = in_transaction(writer, svc.create_influencer, "Пётр Сидоров")
        assert arrived.wait(2)
        at, change = heard[-1]
        assert at - committed < 1.0
        assert change.table == "influencer" and change.ids == (str(person),) and change.user == writer.user
        assert all(str(own) not in (c.ids or ()) for _, c in heard)
        assert reading(watcher, team.bus_changes, change) == [("influencers", [person])]
    finally:
        if listener is not None:
            listener.stop()
        watcher.close()
        writer.close()


def test_a_server_is_saved_into_a_file_and_a_file_uploaded_to_an_empty_server(
    demo_path: str, server_databases: ServerDatabases, tmp_path: Path
) -> None:
    server = open_workspace(demo_path)
    try:
        people = reading(server, svc.count_influencers)
        copied = transfer.copy_server_to_file(server, tmp_path / "копия.smmdesk")
    finally:
        server.close()
    assert copied["influencer"] == people and copied["audit_log"] >= 0
    local = open_workspace(tmp_path / "копия.smmdesk")
    try:
        assert reading(local, svc.count_influencers) == people
        version = reading(local, estimates.latest_version, 1)
        total = reading(local, estimates.load_version, version).totals.total
    finally:
        local.close()
    target = _empty_database(server_databases)
    transfer.upload_file_to_server(tmp_path / "копия.smmdesk", target)
    uploaded = open_workspace(target)
    try:
        assert reading(uploaded, svc.count_influencers) == people
        assert reading(uploaded, estimates.load_version, version).totals.total == total
        new = in_transaction(uploaded, svc.create_influencer, "Новый после переноса")  # sequences repaired
        assert new > people
        with pytest.raises(Exception, match="already holds"):
            transfer.upload_file_to_server(tmp_path / "копия.smmdesk", target)
    finally:
        uploaded.close()


def test_a_pg_dump_backup_restores_into_a_working_database(
    demo_path: str, server_databases: ServerDatabases, tmp_path: Path
) -> None:
    import shutil

    binaries = Path("/usr/lib/postgresql/15/bin")
    pg_dump = shutil.which("pg_dump", path=str(binaries)) or shutil.which("pg_dump")
    pg_restore = shutil.which("pg_restore", path=str(binaries)) or shutil.which("pg_restore")
    if not pg_dump or not pg_restore:
        pytest.skip("pg_dump is not installed")
    source, target = make_url(demo_path), make_url(_empty_database(server_databases))
    env = {"PGPASSWORD": source.password or "", "PATH": "/usr/bin:/bin"}

    def args(url) -> list[str]:
        return ["-h", url.host, "-p", str(url.port), "-U", url.username, "-d", url.database]

    dump = tmp_path / "smmdesk.dump"
    subprocess.run([pg_dump, "-Fc", "-f", str(dump), *args(source)], check=True, env=env)
    subprocess.run([pg_restore, "--no-owner", *args(target), str(dump)], check=True, env=env)
    original, restored = (
        open_workspace(demo_path),
        open_workspace(target.render_as_string(hide_password=False)),
    )
    try:
        assert reading(restored, svc.count_influencers) == reading(original, svc.count_influencers)
        assert in_transaction(restored, svc.create_influencer, "После восстановления") > 0
    finally:
        original.close()
        restored.close()


def test_without_listen_the_changes_are_found_by_polling_the_audit_log(server_url: str) -> None:
    from smmdesk.storage.listen import ChangeListener

    watcher, writer = open_workspace(server_url), open_workspace(server_url)
    heard: list[RemoteChange] = []
    arrived = threading.Event()

    def on_change(change: RemoteChange) -> None:
        heard.append(change)
        arrived.set()

    listener = ChangeListener(watcher.engine, watcher.tracker.client, on_change, listen=False).start()
    try:
        person = in_transaction(writer, svc.create_influencer, "Вера Орлова")
        assert arrived.wait(5)
        assert any(c.table == "influencer" and str(person) in (c.ids or ()) for c in heard)
    finally:
        listener.stop()
        watcher.close()
        writer.close()


def test_a_lost_connection_is_told_in_words_and_the_next_change_goes_through(server_url: str) -> None:
    from smmdesk.domain.errors import StorageError

    db = open_workspace(server_url)
    try:
        person = in_transaction(db, svc.create_influencer, "Глеб Титов")
        with pytest.raises(StorageError) as lost:
            with db.transaction() as session:
                session.get_one(Influencer, person).city = "Томск"
                session.flush()
                with admin() as conn:
                    conn.execute(
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE datname = %s AND pid <> pg_backend_pid()",
                        (make_url(server_url).database,),
                    )
        assert "связь" in lost.value.render().lower() or "connection" in lost.value.render().lower()
        in_transaction(db, svc.update_influencer, person, {"city": "Томск"})  # the pool reconnects
        with db.reading() as session:
            assert session.get_one(Influencer, person).city == "Томск"
    finally:
        db.close()


def test_the_approval_and_the_responsible_name_the_user(server_url: str) -> None:
    import datetime as dt

    from sqlalchemy import select

    from smmdesk.domain.settings import AgencySettings
    from smmdesk.storage.models import EstimateVersion, Placement

    db = open_workspace(server_url)
    try:
        client = in_transaction(db, campaigns.create_client, "ООО «Ромашка»")
        campaign = in_transaction(
            db, campaigns.create_campaign, client, "Зима", dt.date(2026, 12, 1), dt.date(2026, 12, 31)
        )
        estimate = in_transaction(db, estimates.create_estimate, campaign, "Смета", AgencySettings())
        version = in_transaction(db, estimates.latest_version, estimate)
        account = in_transaction(db, lambda s: svc.create_influencer(s, "Анна", "telegram", "@anna_w"))
        account_id = reading(db, svc.detail, account).accounts[0].id
        in_transaction(db, estimates.add_placements, version, [account_id], 1, dt.date(2026, 12, 5))
        with db.transaction() as session:
            for line in session.get_one(EstimateVersion, version).lines:
                line.unit_price = Decimal(1000)
        in_transaction(db, estimates.send_to_client, version)
        in_transaction(db, estimates.decide, version, True, "И. Петрова, маркетинг")
        with db.reading() as session:
            # The client's person is named in the dialog; the planner who recorded it is the user.
            approved = session.get_one(EstimateVersion, version)
            assert (approved.decided_by, approved.changed_by) == ("И. Петрова, маркетинг", db.user)
            assert {p.responsible for p in session.scalars(select(Placement))} == {db.user}
    finally:
        db.close()


def test_only_a_manager_may_upgrade_the_schema_and_the_grants_follow(
    server_databases: ServerDatabases,
) -> None:
    from smmdesk.storage.server import create_server_engine

    url = _empty_database(server_databases)
    base, suffix = make_url(url), uuid.uuid4().hex[:8]
    users = {"planner": f"t_planner_{suffix}", "manager": f"t_manager_{suffix}"}
    with psycopg.connect(
        host=base.host, port=base.port, user=base.username, password=base.password, dbname=base.database,
        autocommit=True,
    ) as conn:  # fmt: skip
        conn.execute(roles_script())  # on the empty database, as its administrator would
        for role, user in users.items():
            conn.execute(f"CREATE ROLE {user} LOGIN PASSWORD 'pw' IN ROLE smmdesk_{role}")
    as_role = {role: base.set(username=user, password="pw").render_as_string(hide_password=False)
               for role, user in users.items()}  # fmt: skip
    try:
        engine = create_server_engine(as_role["manager"])
        migrate.upgrade(engine, "0005_contests")  # an older version's schema, made by a manager
        engine.dispose()
        with pytest.raises(RoleRefused) as refused:
            open_workspace(as_role["planner"], upgrade_schema=True)
        assert "upgrade the schema" in refused.value.render()
        assert migrate.engine_revision(create_server_engine(as_role["manager"])) == "0005_contests"
        open_workspace(as_role["manager"], upgrade_schema=True).close()
        planner = open_workspace(as_role["planner"])
        try:
            person = in_transaction(planner, svc.create_influencer, "После обновления")
            assert person > 0
        finally:
            planner.close()
        with psycopg.connect(host=base.host, port=base.port, user=users["planner"], password="pw",
                             dbname=base.database) as raw:  # fmt: skip
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                raw.execute("DELETE FROM audit_log")  # the new table got the grants too
    finally:
        server_databases.drop(base.database)
        with admin() as conn:
            for user in users.values():
                conn.execute(f"DROP ROLE IF EXISTS {user}")


def test_a_viewer_is_told_their_role_not_that_a_file_is_open_elsewhere(
    team: dict[str, str], qtbot, user_settings, russian
) -> None:
    from smmdesk.ui.core import tasks
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.main_window import MainWindow

    ws = Workspace(user_settings)
    assert ws.open(team["viewer"], background_backup=False)
    try:
        window = MainWindow(ws, user_settings)
        qtbot.addWidget(window)
        window.show()
        status = window.read_only_label.text()
        assert "вы вошли как наблюдатель" in status and "другой копии" not in status
    finally:
        tasks.wait_all()
        ws.close()


def test_a_viewer_finds_every_editing_entry_of_the_table_disabled(
    team: dict[str, str], qtbot, user_settings, russian
) -> None:
    from smmdesk.ui.core import tasks
    from smmdesk.ui.core.workspace import Workspace
    from smmdesk.ui.windows.influencers import InfluencersWindow

    manager = open_workspace(team["manager"])
    try:
        in_transaction(manager, svc.create_influencer, "Анна Иванова", "instagram", "@anna")
    finally:
        manager.close()
    ws = Workspace(user_settings)
    assert ws.open(team["viewer"], background_backup=False)
    try:
        window = InfluencersWindow(ws, user_settings)
        qtbot.addWidget(window)
        window.show()
        window.reload()
        qtbot.waitUntil(lambda: window.model.rowCount() == 1)
        window.bulk.menu.aboutToShow.emit()
        enabled = {a.text().split("\t")[0] for a in window.bulk.menu.actions() if a.isEnabled() and a.text()}
        assert enabled == {"Экспорт выбранных…"}, enabled
        assert not window.add_button.isEnabled() and not window.import_button.isEnabled()
    finally:
        tasks.wait_all()
        ws.close()
