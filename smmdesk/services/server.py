"""The team's server as the planner sets it up: the URL without its password, the password in the
system's keychain, testing a connection before it is saved, and what changed on the server.

The settings keep only the URL without a password. The password goes to the keychain (`keyring`:
Windows Credential Manager, macOS Keychain, the Secret Service on Linux) under the URL; with no
keychain, or no password kept, libpq's own `.pgpass` or service file is used as it always is.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import make_url

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP
from smmdesk.storage.errors import ServerConnectionError, url_without_password

log = logging.getLogger("smmdesk.db")

KEYRING_SERVICE = "smmdesk"


def _keyring() -> Any:
    try:
        import keyring
    except ImportError:
        return None
    return keyring


def split_password(url: str) -> tuple[str, str | None]:
    """(the URL without its password, the password or None): before the host or `?password=`."""
    parsed = make_url(url)
    password = parsed.password or parsed.query.get("password")
    if isinstance(password, tuple):
        password = password[-1]
    return url_without_password(parsed), str(password) if password else None


def store_password(url: str, password: str) -> None:
    """Keeps the password in the keychain under the URL (without password); refused in words when
    the system has no keychain (then use `.pgpass`)."""
    keyring = _keyring()
    bare, _ = split_password(url)
    try:
        if keyring is None:
            raise RuntimeError("keyring is not installed")
        keyring.set_password(KEYRING_SERVICE, bare, password)
    except Exception as exc:
        log.warning("keychain refused the password: %s", exc)
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This computer has no keychain to keep the password in, so it was not saved. Put it "
                "in PostgreSQL's password file (.pgpass) instead; smmdesk reads it from there.",
            )
        ) from exc


def stored_password(url: str) -> str | None:
    keyring = _keyring()
    if keyring is None:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, split_password(url)[0])
    except Exception as exc:
        log.info("no keychain: %s", exc)
        return None


def with_password(url: str) -> str:
    """The URL to connect with: its own password, else the keychain's, else none (libpq's .pgpass)."""
    try:
        parsed = make_url(url)
    except Exception:
        return url
    if parsed.password or parsed.query.get("password"):
        return url
    password = stored_password(url)
    if password is None:
        return url
    return parsed.set(password=password).render_as_string(hide_password=False)


def with_given_password(url: str, password: str | None) -> str:
    """The URL with a password typed beside it (or, without one, the keychain's)."""
    if not password:
        return with_password(url)
    return make_url(url).set(password=password).render_as_string(hide_password=False)


def test_connection(url: str) -> str:
    """Connects once and checks the schema; returns what was found, in words; raises in words."""
    from smmdesk.storage.server import SchemaUpgradeNeeded, open_server

    try:
        db = open_server(with_password(url))
    except SchemaUpgradeNeeded as exc:
        return exc.render()
    try:
        return f"{db.user} ({db.role})"
    finally:
        db.close()


__all__ = [
    "ServerConnectionError",
    "split_password",
    "store_password",
    "stored_password",
    "test_connection",
    "with_given_password",
    "with_password",
]
