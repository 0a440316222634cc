"""Errors the domain raises, and the root of the environment's failures. No Qt here:
domain messages are English templates with a translation context; the GUI translates the
template, then fills in the params.

Two families reach the user as one clear line (``app.known_errors``): ``DomainError``
(the user's or the data's fault) and ``EnvironmentFault`` (a file, the disk, the network
or a server failed). Anything else is a bug and goes to the crash report."""

from __future__ import annotations

from typing import Any


class DomainError(Exception):
    """A refused action with a clear, user-facing reason (the user's or data's fault)."""

    context = "DomainError"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(DomainError):
    """A value is invalid; ``field`` names it so forms can show the message beside it."""

    context = "ValidationError"

    def __init__(self, field: str, template: str, **params: Any) -> None:
        self.field = field
        super().__init__(template, field=field, **params)


class WorkflowError(DomainError):
    """An illegal status transition or a workflow step without what it needs."""

    context = "WorkflowError"


class NotFoundError(DomainError):
    context = "NotFoundError"


class EnvironmentFault(Exception):
    """The environment failed, not the program: a file, the disk, the network, a server.

    Every such error derives from this (``StoreError``, ``SyncError``, ``DrawingError``,
    ``PhotoRefused``, ``ReportError``, ``InteropError``); ``str(fault)`` (or ``message``
    where a subclass keeps one) is the sentence the user reads."""


class StoreError(EnvironmentFault):
    """The environment's fault around the local store: locked, read-only, disk full,
    corrupt, newer than this app. ``message`` is a user-facing sentence; the file is
    left as it was."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} {hint}")
