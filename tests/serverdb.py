"""The suite on a PostgreSQL server: one switch, `SMMDESK_TEST_DATABASE_URL`.

Set it to an SQLAlchemy URL of a database the test role may connect to, with a role that may
create databases (CREATEDB; CREATEROLE too for the tests of roles), e.g.

    SMMDESK_TEST_DATABASE_URL=postgresql+psycopg://smmdesk_test:test@localhost:5432/smmdesk_test

Each test then gets a database of its own, copied (`CREATE DATABASE … TEMPLATE`) from one migrated
once per run, and dropped after the test. Tests of what only a file can do (backups, the file
lock, damage, WAL) carry `@pytest.mark.file_only` and are left out of such a run.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

SERVER_URL = os.environ.get("SMMDESK_TEST_DATABASE_URL", "").strip()
ON_SERVER = bool(SERVER_URL)


def _url(database: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(SERVER_URL).set(database=database).render_as_string(hide_password=False)


@contextmanager
def admin() -> Iterator[Any]:
    """A raw autocommit connection to the base database (CREATE/DROP DATABASE run outside a transaction)."""
    import psycopg
    from sqlalchemy.engine import make_url

    url = make_url(SERVER_URL)
    conn = psycopg.connect(
        host=url.host or "",
        port=url.port or 5432,
        user=url.username or "",
        password=url.password or None,
        dbname=url.database or "",
        autocommit=True,
    )
    try:
        yield conn
    finally:
        conn.close()


class ServerDatabases:
    """Databases made for one run: templates migrated once, copies per test, all dropped at the end."""

    def __init__(self) -> None:
        from sqlalchemy.engine import make_url

        self.prefix = f"{make_url(SERVER_URL).database}_t{os.getpid()}"
        self._numbers = itertools.count(1)
        self._made: list[str] = []

    def name(self, what: str) -> str:
        return f"{self.prefix}_{what}{next(self._numbers)}"

    def create(self, name: str, template: str | None = None) -> str:
        with admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._made.append(name)
        return _url(name)

    def drop(self, name: str) -> None:
        import time

        import psycopg

        for attempt in range(20):
            try:
                with admin() as conn:
                    conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
                break
            except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
                # A server process of another role (autovacuum) is in it for a moment; FORCE may not
                # end it for a role that is not a superuser.
                if attempt == 19:
                    raise
                time.sleep(0.25)
        if name in self._made:
            self._made.remove(name)

    def copy_of(self, template: str, what: str = "db") -> tuple[str, str]:
        name = self.name(what)
        return name, self.create(name, template)

    def drop_all(self) -> None:
        for name in list(self._made):
            self.drop(name)


def database_name(url: str) -> str:
    from sqlalchemy.engine import make_url

    return str(make_url(url).database)
