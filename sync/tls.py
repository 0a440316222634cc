"""Which connections must be encrypted, and how.

* A CA file given: ``sslmode=verify-full`` with it (the server's certificate and name
  are checked).
* A server on this computer (loopback address, ``localhost``, a Unix socket): left as
  libpq does it.
* Any other server: at least ``sslmode=require`` (encrypted; the certificate is only
  checked with a CA file). An address that asks for less (``disable``/``allow``/
  ``prefer``) is refused unless the person said ``--insecure``; ``executrek connect
  --insecure`` remembers that choice by storing ``sslmode=prefer`` in the address, and
  every sync then says the connection may be unencrypted.
"""

from __future__ import annotations

import ipaddress
import os
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import psycopg
from psycopg.conninfo import conninfo_to_dict

from executrek.models.errors import QT_TRANSLATE_NOOP, Sentence
from executrek.sync.errors import NotConfigured

WEAK_MODES = ("disable", "allow", "prefer")
STRONG_MODES = ("require", "verify-ca", "verify-full")


def _params(url: str) -> dict[str, object]:
    try:
        return dict(conninfo_to_dict(url))
    except psycopg.ProgrammingError:
        return {}


def _local_host(host: str) -> bool:
    host = host.strip()
    if not host or host.startswith(("/", "@")):
        return True  # a Unix-domain socket
    name = host.strip("[]").lower()
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


def is_local(url: str) -> bool:
    """True when every server ``url`` names is this computer."""
    params = _params(url)
    names: list[str] = []
    for key, env in (("host", "PGHOST"), ("hostaddr", "PGHOSTADDR")):
        value = str(params.get(key) or os.environ.get(env) or "")
        names += [h for h in value.split(",") if h.strip()]
    return all(_local_host(h) for h in names)


def explicit_sslmode(url: str) -> str | None:
    mode = _params(url).get("sslmode")
    return str(mode) if mode else None


def with_sslmode(url: str, mode: str) -> str:
    """``url`` with ``sslmode`` set to ``mode`` (URI or key=value form)."""
    if "://" not in url:
        return f"{url} sslmode={mode}"
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "sslmode"]
    query.append(("sslmode", mode))
    return urlunsplit(parts._replace(query=urlencode(query)))


def tls_options(url: str, ca_file: str | None, insecure: bool) -> dict[str, str]:
    """The libpq TLS settings for a connection to ``url``; refuses an address that asks
    for an unencrypted connection to another computer without ``insecure``."""
    if ca_file:
        return {"sslmode": "verify-full", "sslrootcert": ca_file}
    if is_local(url):
        return {}
    mode = explicit_sslmode(url)
    if mode in STRONG_MODES:
        return {}
    if insecure:
        return {}
    if mode in WEAK_MODES:
        raise NotConfigured(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The address asks for sslmode={mode}, which may send your data and password "
                "unencrypted to another computer. Remove it (the connection is then "
                "encrypted), give the organisation's CA file with --ca, or — only on a "
                "network you trust — connect with --insecure.",
            ),
            mode=mode,
        )
    return {"sslmode": "require"}


def plain_text_allowed(url: str, ca_file: str | None, insecure: bool) -> bool:
    """True when the connection may travel unencrypted to another computer (the person
    chose ``--insecure``): the sync summary says so every time."""
    return (
        insecure and not ca_file and not is_local(url) and explicit_sslmode(url) not in STRONG_MODES
    )


def insecure_notice() -> str:
    return Sentence(
        QT_TRANSLATE_NOOP(
            "Sync",
            "The connection to the central database may be unencrypted (connected with "
            "--insecure): your data and password can be read on the network. Connect again "
            "with the organisation's CA file (--ca) as soon as you can.",
        ),
        context="Sync",
    )
