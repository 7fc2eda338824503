"""Database errors in words: a lost server, a refused role, a broken rule, a deadlock.

Nothing from the driver reaches a person: `in_words` turns what SQLAlchemy raised into a
`StorageError` whose message says what happened and that the change was not saved.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm.exc import StaleDataError

from smmdesk.domain.errors import StorageError
from smmdesk.domain.text import QT_TRANSLATE_NOOP

log = logging.getLogger("smmdesk.db")


_SECRET_QUERY_WORDS = ("password", "secret", "token")


def _is_secret_key(key: str) -> bool:
    lowered = key.lower()
    return any(word in lowered for word in _SECRET_QUERY_WORDS)


def url_without_password(url: str | URL) -> str:
    """A URL as shown to a person or written to the log: never with a password, not even as
    asterisks; neither the one before the host nor one in the query string (`?password=…`,
    `sslpassword`, any key naming a password, secret or token). File paths such as `passfile`
    stay: they say where a secret is, not what it is, and the connection needs them."""
    try:
        parsed = make_url(str(url)) if not isinstance(url, URL) else url
    except Exception:
        return ""
    query = {key: value for key, value in parsed.query.items() if not _is_secret_key(key)}
    bare = URL.create(
        parsed.drivername, parsed.username, None, parsed.host, parsed.port, parsed.database, query
    )
    return bare.render_as_string(hide_password=False)


class ServerConnectionError(StorageError):
    """The server could not be reached or refused us; `kind` says why (for the dialog's choices)."""

    def __init__(self, kind: str, message: str, **params: Any) -> None:
        self.kind = kind
        super().__init__(message, **params)


_CONNECTION_MESSAGES = {
    "driver": QT_TRANSLATE_NOOP(
        "Errors",
        "The PostgreSQL driver is not installed, so {server} cannot be opened. "
        'Install smmdesk with its server part (pip install "smmdesk[server]").',
    ),
    "password": QT_TRANSLATE_NOOP(
        "Errors", "The server {server} refused the user name or password. Check them in Параметры."
    ),
    "database": QT_TRANSLATE_NOOP("Errors", "The server {server} has no such database."),
    "down": QT_TRANSLATE_NOOP(
        "Errors",
        "The server {server} cannot be reached: it is down, or the address or port is wrong, or the "
        "network is unavailable.",
    ),
    "address": QT_TRANSLATE_NOOP("Errors", "{server} is not a database address smmdesk understands."),
    "other": QT_TRANSLATE_NOOP("Errors", "The server {server} cannot be used: {problem}"),
}


def connection_error(exc: BaseException, url: str | URL) -> ServerConnectionError:
    """Why connecting failed, in words: driver missing, wrong password, no such database, down."""
    server = url_without_password(url)
    text = str(getattr(exc, "orig", exc) or exc)
    lowered = text.lower()
    if isinstance(exc, ModuleNotFoundError | ImportError) or "no module named" in lowered:
        kind = "driver"
    elif (
        "password authentication failed" in lowered
        or "no password supplied" in lowered
        or ("authentication" in lowered and "failed" in lowered)
    ):
        kind = "password"
    elif "does not exist" in lowered and "database" in lowered:
        kind = "database"
    elif isinstance(exc, OperationalError) or "connection refused" in lowered or "timeout" in lowered:
        kind = "down"
    elif isinstance(exc, ValueError | KeyError) or "could not parse" in lowered:
        kind = "address"
    else:
        kind = "other"
    log.warning("cannot connect to %s: %s", server, text.strip().splitlines()[0] if text.strip() else kind)
    return ServerConnectionError(kind, _CONNECTION_MESSAGES[kind], server=server, problem=text.strip()[:300])


def _sqlstate(exc: DBAPIError) -> str:
    orig = exc.orig
    return str(getattr(orig, "sqlstate", "") or getattr(orig, "pgcode", "") or "")


def in_words(exc: BaseException, db: Any = None) -> StorageError:
    """What a database error means for the person whose change it stopped."""
    from smmdesk.storage.tracking import ConcurrentChangeError

    if isinstance(exc, StaleDataError):
        return ConcurrentChangeError("", "")
    assert isinstance(exc, DBAPIError)
    state = _sqlstate(exc)
    log.warning("database error %s: %s", state, str(exc.orig).strip().splitlines()[:1])
    if state == "42501":
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "The server does not let your role ({role}) make this change; it was not saved."
            ),
            role=getattr(db, "role", ""),
        )
    if state in ("40001", "40P01", "55P03"):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another planner was saving the same records at the same moment; your change was not "
                "saved. Try again.",
            )
        )
    if isinstance(exc, IntegrityError) or state.startswith("23"):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The change would break a rule of the database (a duplicate or a missing record, "
                "perhaps changed by someone else meanwhile); it was not saved.",
            )
        )
    if state == "22001":
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "A text is too long for the database; it was not saved.")
        )
    if state.startswith("22"):
        return StorageError(
            QT_TRANSLATE_NOOP("Errors", "A value is out of the range the database holds; it was not saved.")
        )
    if isinstance(exc, OperationalError) or exc.connection_invalidated or state.startswith("08"):
        return StorageError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The connection to the database was lost; the last change was not saved. "
                "It comes back by itself once the server is reachable again.",
            )
        )
    return StorageError(
        QT_TRANSLATE_NOOP("Errors", "The database refused the change ({problem}); it was not saved."),
        problem=str(exc.orig).strip().splitlines()[0][:200] if str(exc.orig).strip() else state,
    )
