"""Connections to the central database with psycopg 3.

The password is passed as a separate parameter, never inside the URL (so it cannot end
up in a log line or a settings file); ``verify-full`` TLS with the organisation's CA file
is used whenever a CA file is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict

from executrek.models.errors import QT_TRANSLATE_NOOP
from executrek.sync.errors import (
    AuthFailed,
    DatabaseMissing,
    NotConfigured,
    NotRegistered,
    TlsFailed,
    Unreachable,
)
from executrek.sync.tls import tls_options

APPLICATION_NAME = "executrek-field"
# The server's own words (libpq passes them through): FATAL:  database "x" does not exist
_NO_DATABASE = re.compile(r'FATAL:\s+database "(?P<name>.*)" does not exist')


@dataclass(frozen=True)
class Credentials:
    url: str
    user: str | None = None
    password: str | None = None
    ca_file: str | None = None
    insecure: bool = False  # the person allowed an unencrypted connection (see sync.tls)


def url_has_password(url: str) -> bool:
    """A password anywhere in ``url``: user:password@, ?password= or sslpassword=."""
    if "://" in url and urlsplit(url).password is not None:
        return True
    try:
        params = conninfo_to_dict(url)
    except psycopg.ProgrammingError:
        return False  # not an address at all: connecting says so
    return "password" in params or "sslpassword" in params


def safe_url(url: str) -> str:
    """The URL as it may be logged or shown: without any password."""
    if "://" not in url:
        params = conninfo_to_dict(url)
        params.pop("password", None)
        return " ".join(f"{k}={v}" for k, v in params.items())
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = f":{parts.port}" if parts.port else ""
    user = f"{parts.username}@" if parts.username else ""
    return f"{parts.scheme}://{user}{host}{port}{parts.path}"


def connect(
    creds: Credentials, *, autocommit: bool = False, timeout: int = 10
) -> psycopg.Connection:
    """Open a connection; classify failures (Unreachable, AuthFailed, NotRegistered,
    TlsFailed, DatabaseMissing)."""
    if not creds.url:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This laptop is not connected to a central database yet. "
                "Run 'executrek connect --url URL --user NAME'.",
            )
        )
    if url_has_password(creds.url):
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The central database URL contains a password. Give the URL without it; "
                "the password is asked for separately and kept in the system keyring.",
            )
        )
    kwargs: dict[str, object] = {
        "application_name": APPLICATION_NAME,
        "connect_timeout": timeout,
        "autocommit": autocommit,
    }
    if creds.user:
        kwargs["user"] = creds.user
    if creds.password is not None:
        kwargs["password"] = creds.password
    kwargs.update(tls_options(creds.url, creds.ca_file, creds.insecure))
    try:
        return psycopg.connect(creds.url, **kwargs)  # type: ignore[arg-type]
    except psycopg.OperationalError as exc:
        text = str(exc)
        if "password authentication failed" in text or "no password supplied" in text:
            raise AuthFailed(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The central database refused the user name or password. "
                    "Run 'executrek connect' again with the right password.",
                )
            ) from None
        missing = _NO_DATABASE.search(text)
        if missing:
            raise DatabaseMissing(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "There is no database '{name}' on the server of {url}: check the URL, "
                    "or ask the PMO to create it.",
                ),
                name=missing["name"],
                url=safe_url(creds.url),
            ) from None
        if "does not exist" in text and "role" in text:
            raise NotRegistered(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The central database does not know the user '{user}'. "
                    "Ask the PMO to add you ('executrek central add-user').",
                ),
                user=creds.user,
            ) from None
        tls_problem = _tls_problem(text)
        if tls_problem:
            raise TlsFailed(tls_problem, url=safe_url(creds.url)) from None
        raise Unreachable(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The central database at {url} cannot be reached. Your work is kept on "
                "this laptop and will sync when the connection is back.",
            ),
            url=safe_url(creds.url),
        ) from None


def _tls_problem(text: str) -> str | None:
    """What went wrong with TLS, by libpq's words ``text`` (a sentence with ``{url}``),
    or None when the failure is not about TLS."""
    if "server does not support SSL" in text:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The central database at {url} does not offer an encrypted connection. "
            "Ask the PMO to switch on TLS on the server; connect with --insecure "
            "only on a network you trust.",
        )
    if "certificate" in text or "SSL" in text:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The secure connection to the central database failed ({url}): "
            "check the CA file given to 'executrek connect --ca'.",
        )
    return None


def reachable(creds: Credentials, timeout: int = 5) -> bool:
    """A real ``SELECT 1`` round trip (what the GUI checks on its timer)."""
    try:
        with connect(creds, autocommit=True, timeout=timeout) as conn:
            conn.execute("SELECT 1").fetchone()
        return True
    except Exception:
        return False
