"""Sync failures as plain sentences: each says what happened and what to do."""

from __future__ import annotations


class SyncError(Exception):
    """The environment's fault (network, credentials, server, clock): the local work is
    kept and the message tells the user what to do."""

    kind = "error"


class Unreachable(SyncError):
    kind = "offline"


class TlsFailed(Unreachable):
    """The server answered but its certificate did not verify against the CA file."""

    kind = "tls"


class AuthFailed(SyncError):
    kind = "auth"


class NotRegistered(SyncError):
    """The login works but the central database does not know this person (or this
    laptop belongs to another person)."""

    kind = "membership"


class NotSetUp(SyncError):
    kind = "server"


class DatabaseMissing(SyncError):
    """The server answered, but the database named in the URL does not exist on it."""

    kind = "no_database"


class ClockAhead(SyncError):
    kind = "clock"


class VersionMismatch(SyncError):
    """This app is too old for the central database (the outbox was sent first)."""

    kind = "version"


class ServerTooOld(SyncError):
    """The central database runs an older schema than this app."""

    kind = "server_old"


class NotConfigured(SyncError):
    kind = "config"
