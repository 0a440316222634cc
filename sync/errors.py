"""Sync failures as plain sentences: each says what happened and what to do."""

from __future__ import annotations


class SyncError(Exception):
    """The environment's fault (network, credentials, server, clock): the local work is
    kept and the message tells the user what to do."""

    kind = "error"


class Unreachable(SyncError):
    kind = "offline"


class AuthFailed(SyncError):
    kind = "auth"


class NotSetUp(SyncError):
    kind = "server"


class ClockAhead(SyncError):
    kind = "clock"


class VersionMismatch(SyncError):
    kind = "version"


class NotConfigured(SyncError):
    kind = "config"
