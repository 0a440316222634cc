"""Errors the domain raises. No Qt here: messages are English templates with a
translation context; the GUI translates the template, then fills in the params."""

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


class StoreError(Exception):
    """The environment's fault around the local store: locked, read-only, disk full,
    corrupt, newer than this app. ``message`` is a user-facing sentence; the file is
    left as it was."""

    def __init__(self, message: str, *, hint: str = "") -> None:
        self.message = message
        self.hint = hint
        super().__init__(message if not hint else f"{message} {hint}")
