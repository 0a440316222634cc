"""Which failures the user reads as one clear line, and which are bugs.

The one definition the GUI (``ui.tasks``) and the command line (``app.cli``) share:
the environment's failures (``EnvironmentFault``: the store, sync, photos, drawings,
reports, file exchange; and ``OSError``), the domain's refusals (``DomainError``:
validation, workflow, not found) and a command's own refusal (``CommandError``) become
one line; anything else is a bug and goes to the crash report.
"""

from __future__ import annotations

from executrek.app.commands import CommandError
from executrek.models.errors import DomainError, EnvironmentFault, StoreError
from executrek.sync.errors import SyncError

KNOWN_ERRORS: tuple[type[Exception], ...] = (EnvironmentFault, DomainError, CommandError, OSError)


def is_known(exc: BaseException) -> bool:
    """True when ``exc`` is the user's or the environment's fault, not a bug."""
    return isinstance(exc, KNOWN_ERRORS)


def one_line(exc: BaseException) -> str:
    """A known error as the user reads it: a domain, sync or store error's template
    translated (``app.messages.user_message``), a system error's reason with the file
    it names, else the error's own message."""
    if isinstance(exc, (DomainError, StoreError, SyncError)):
        from executrek.app.messages import user_message

        return user_message(exc)
    if isinstance(exc, OSError):
        where = f": {exc.filename}" if getattr(exc, "filename", None) else ""
        return f"{exc.strerror or exc}{where}"
    return str(getattr(exc, "message", None) or exc)
