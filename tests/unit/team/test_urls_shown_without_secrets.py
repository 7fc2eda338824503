"""A server's URL as a person sees it (title, log, messages, command line): no password, neither
before the host nor in the query string, and no English log line on the terminal."""

from __future__ import annotations

from pathlib import Path

from test_cli import smmdesk

from smmdesk.services.server import split_password
from smmdesk.storage.errors import url_without_password

SECRET = "hunter2-secret"


def test_passwords_in_the_query_string_are_not_shown() -> None:
    url = (
        f"postgresql+psycopg://anna:{SECRET}@db.example:5433/team"
        f"?password={SECRET}&sslpassword={SECRET}&sslmode=require&passfile=/home/anna/.pgpass"
    )
    shown = url_without_password(url)
    assert SECRET not in shown
    assert shown.startswith("postgresql+psycopg://anna@db.example:5433/team?")
    assert "sslmode=require" in shown and "passfile=%2Fhome%2Fanna%2F.pgpass" in shown
    assert split_password(f"postgresql+psycopg://anna@db/team?password={SECRET}") == (
        "postgresql+psycopg://anna@db/team",
        SECRET,
    )


def test_a_refused_command_shows_neither_the_password_nor_an_english_log_line(tmp_path: Path) -> None:
    url = f"postgresql+psycopg://anna@127.0.0.1:1/team?password={SECRET}&connect_timeout=3"
    out = tmp_path / "base.csv"
    failed = smmdesk("--lang", "ru", "--db", url, "export", "influencers", "--out", str(out), home=tmp_path)
    assert failed.returncode == 1 and not out.exists()
    assert "127.0.0.1:1" in failed.stderr and "Traceback" not in failed.stderr
    assert SECRET not in failed.stderr + failed.stdout
    assert "cannot connect" not in failed.stderr
