"""A team's PostgreSQL server: connecting, who the user is and what their role allows, and the
schema upgrade that only one client runs, under an advisory lock, after a person confirmed it.

Roles are PostgreSQL group roles (`server/roles.sql`): smmdesk_viewer reads, smmdesk_planner
edits, smmdesk_manager also approves, pays, draws, imports and upgrades the schema. A server
without those roles is run by whoever may write to it, as a manager.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import create_engine, text
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage import migrate
from smmdesk.storage.errors import ServerConnectionError, connection_error, url_without_password

log = logging.getLogger("smmdesk.db")

ROLES = ("viewer", "planner", "manager")
# One number for the upgrade lock, the same in every client (pg_advisory_xact_lock takes a bigint).
UPGRADE_LOCK = 0x736D6D6465736B  # "smmdesk"
CONNECT_TIMEOUT_S = 5


class SchemaUpgradeNeeded(StorageError):
    """The server's schema is older than this program's; upgrading changes it for the whole team."""

    def __init__(self, server: str, current: str | None, target: str) -> None:
        self.server, self.current, self.target = server, current, target
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database on {server} is at schema {current}; this version of smmdesk needs "
                "{target}. Upgrading it changes it for the whole team: every planner then needs "
                "this version of smmdesk.",
            ),
            server=server,
            current=current or "—",
            target=target,
        )


class NewerServerError(StorageError):
    def __init__(self, server: str, revision: str, version: str) -> None:
        self.revision, self.version = revision, version
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database on {server} was upgraded by smmdesk {version} (schema {revision}). "
                "Install smmdesk {version} or newer to work with it; nothing was changed.",
            ),
            server=server,
            revision=revision,
            version=version or "?",
        )


class RoleRefused(StorageError):
    """The program's own check of a role (the server's grants refuse the same with another client)."""

    def __init__(self, role: str, action: str) -> None:
        self.role = role
        super().__init__(
            QT_TRANSLATE_NOOP("Errors", "Only a manager may {action}; your role on the server is {role}."),
            action=action,
            role=role,
        )

    def render(self, translate: Any = None) -> str:
        if translate is None:
            return super().render()
        params = {**self.params, "action": translate(self.context, self.params["action"])}
        role = self.params["role"]
        params["role"] = translate(self.context, ROLE_TITLES.get(role, role))
        return translate(self.context, self.message).format(**params)


ROLE_TITLES = {
    "viewer": QT_TRANSLATE_NOOP("Errors", "viewer"),
    "planner": QT_TRANSLATE_NOOP("Errors", "planner"),
    "manager": QT_TRANSLATE_NOOP("Errors", "manager"),
}


def create_server_engine(url: str) -> Engine:
    try:
        parsed = make_url(url)
        args: dict[str, Any] = {}
        if parsed.get_backend_name() == "postgresql":
            args = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": "smmdesk"}
        return create_engine(parsed, pool_pre_ping=True, connect_args=args)
    except (NoSuchModuleError, ModuleNotFoundError, ImportError) as exc:
        raise connection_error(ModuleNotFoundError(str(exc)), url) from exc
    except (ArgumentError, ValueError) as exc:
        raise ServerConnectionError(
            "address",
            QT_TRANSLATE_NOOP("Errors", "{server} is not a database address smmdesk understands."),
            server=url_without_password(url),
        ) from exc


def current_role(conn: Connection) -> str:
    """The user's smmdesk role from their membership of the group roles (manager if none exist)."""
    if conn.dialect.name != "postgresql":
        return "manager"
    found: dict[str, bool] = dict(
        conn.execute(
            text(
                "SELECT rolname, pg_has_role(current_user, oid, 'member') FROM pg_roles "
                "WHERE rolname IN ('smmdesk_viewer', 'smmdesk_planner', 'smmdesk_manager')"
            )
        ).all()
    )
    if not found:
        return "manager"
    for role in reversed(ROLES):
        if found.get(f"smmdesk_{role}"):
            return role
    # Outside the groups: the database's owner and a superuser administer it; anyone else reads.
    administers = conn.execute(
        text(
            "SELECT rolsuper OR current_user = pg_get_userbyid((SELECT datdba FROM pg_database "
            "WHERE datname = current_database())) FROM pg_roles WHERE rolname = current_user"
        )
    ).scalar()
    return "manager" if administers else "viewer"


def roles_script() -> str:
    from smmdesk.resources import migrations_dir

    return (migrations_dir().parent / "sql" / "roles.sql").read_text("utf-8")


def grants_script() -> str:
    """The grants part of `sql/roles.sql` (after its `-- @grants` line)."""
    return roles_script().split("-- @grants", 1)[1].split("\n", 1)[1]


def before_upgrade(conn: Connection) -> None:
    """On a server with the smmdesk roles, the schema's tables belong to smmdesk_manager."""
    member = conn.execute(
        text(
            "SELECT pg_has_role(current_user, oid, 'member') FROM pg_roles WHERE rolname = 'smmdesk_manager'"
        )
    ).scalar()
    if member:
        conn.execute(text("SET LOCAL ROLE smmdesk_manager"))


def apply_grants(conn: Connection) -> None:
    """The roles' grants on every table, new ones included (`sql/roles.sql`, its grants part)."""
    exists = conn.execute(text("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'smmdesk\\_%'")).scalar()
    if not exists or exists < len(ROLES):
        return
    savepoint = conn.begin_nested()
    try:
        # A PostgreSQL script of its own (a DO block with $$): run as it is, not through text().
        conn.exec_driver_sql(grants_script())
        savepoint.commit()
    except DBAPIError as exc:
        savepoint.rollback()
        log.warning("the roles' grants were not applied (run roles.sql as the administrator): %s", exc.orig)


def written_by(conn: Connection) -> str:
    """The program version that last upgraded the schema (kept in the settings)."""
    try:
        value = conn.execute(
            text("SELECT value FROM setting WHERE key = :k"), {"k": migrate.WRITTEN_BY}
        ).scalar()
    except DBAPIError:
        conn.rollback()
        return ""
    return str(value or "")


def open_server(url: str, *, upgrade: bool = False) -> Any:
    """Connects, checks the schema and, when `upgrade` (the person confirmed), upgrades it."""
    from smmdesk.storage.database import Database

    server = url_without_password(url)
    engine = create_server_engine(url)
    try:
        with engine.connect() as conn:
            user = str(conn.execute(text("SELECT current_user")).scalar() or "")
            role = current_role(conn)
            revision = migrate.connection_revision(conn)
            version = written_by(conn) if revision not in migrate.SCHEMA_REVISIONS else ""
    except DBAPIError as exc:
        engine.dispose()
        raise connection_error(exc, url) from exc
    except (ModuleNotFoundError, ImportError) as exc:
        engine.dispose()
        raise connection_error(exc, url) from exc
    if revision is not None and revision not in migrate.SCHEMA_REVISIONS:
        engine.dispose()
        raise NewerServerError(server, revision, version)
    migrated_from = None
    if revision != migrate.HEAD_REVISION:
        if not upgrade:
            engine.dispose()
            raise SchemaUpgradeNeeded(server, revision, migrate.HEAD_REVISION)
        if role != "manager":
            engine.dispose()
            raise RoleRefused(role, QT_TRANSLATE_NOOP("Errors", "upgrade the schema"))
        migrated_from = revision
        migrate.upgrade(engine)
    return Database(engine, None, url, role == "viewer", migrated_from, user=user, role=role)


def require_manager(session: Any, action: str) -> None:
    """Refuses `action` (approving, paying, drawing, importing) to anyone but a manager."""
    role = session.info.get("role", "manager")
    if role != "manager":
        raise RoleRefused(role, action)
