"""A PostgreSQL server for the benchmarks: `SMMDESK_TEST_DATABASE_URL` when it is set, else a
throwaway cluster started here on a free port (PostgreSQL 15's binaries, as the postgres user
when run as root) and stopped afterwards. Durability is off: only speed is measured."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PG_BIN = Path(os.environ.get("SMMDESK_PG_BIN", "/usr/lib/postgresql/15/bin"))


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _as_postgres(command: list[str]) -> list[str]:
    if os.geteuid() != 0:
        return command
    return ["su", "postgres", "-s", "/bin/sh", "-c", " ".join(command)]


@contextmanager
def server_database(name: str = "smmdesk_bench") -> Iterator[str]:
    """The URL of a fresh, empty database (dropped afterwards)."""
    base = os.environ.get("SMMDESK_TEST_DATABASE_URL", "").strip()
    if base:
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(base)
        args = dict(host=url.host, port=url.port or 5432, user=url.username, password=url.password)
        with psycopg.connect(dbname=url.database, autocommit=True, **args) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{name}"')
        try:
            yield url.set(database=name).render_as_string(hide_password=False)
        finally:
            with psycopg.connect(dbname=url.database, autocommit=True, **args) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        return
    folder = Path(tempfile.mkdtemp(prefix="smmdesk-bench-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
    port = _free_port()
    data = folder / "data"
    subprocess.run(
        _as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                      "--locale=C.UTF-8"]),
        check=True, capture_output=True,
    )  # fmt: skip
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100"
    subprocess.run(
        _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o",
                      f"'{options}'", "start"]),
        check=True, capture_output=True,
    )  # fmt: skip
    try:
        subprocess.run(
            [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(port), "-U", "postgres", name],
            check=True, capture_output=True,
        )  # fmt: skip
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/{name}"
    finally:
        subprocess.run(
            _as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
            capture_output=True,
        )
        shutil.rmtree(folder, ignore_errors=True)


def available() -> bool:
    return bool(os.environ.get("SMMDESK_TEST_DATABASE_URL")) or (PG_BIN / "initdb").exists()
