"""Sync failures as plain sentences: each says what happened and what to do.

``kind`` names the failure for the screens and the log (``offline``, ``auth``…); a
subclass gives it in its header: ``class Unreachable(SyncError, kind="offline")``. A
sentence raised with a marked template (``QT_TRANSLATE_NOOP("Errors", …)`` and its
values) reads in the user's language on the screens and the command line
(``app.messages.user_message``)."""

from __future__ import annotations

from typing import Any, ClassVar

from executrek.models.errors import EnvironmentFault, Sentence


class SyncError(EnvironmentFault):
    """The environment's fault (network, credentials, server, clock): the local work is
    kept and the message tells the user what to do."""

    kind: ClassVar[str] = "error"
    context = "Errors"
    prefix = ""
    hint = ""

    def __init__(self, template: str, **params: Any) -> None:
        """``template`` is the sentence, or a template marked in the context "Errors"
        (``models.errors.QT_TRANSLATE_NOOP``) with its values in ``params``, which
        ``app.messages.user_message`` translates; ``str(error)`` is the English."""
        self.template = template
        self.params = params
        super().__init__(template.format(**params) if params else template)

    def sentence(self) -> Sentence:
        """The failure as a line of the sync report (translated where it is shown)."""
        return Sentence(self.template, context=self.context, **self.params)

    def __init_subclass__(cls, kind: str = "", **rest: Any) -> None:
        super().__init_subclass__(**rest)
        if kind:
            cls.kind = kind


class Unreachable(SyncError, kind="offline"): ...


class TlsFailed(Unreachable, kind="tls"):
    """The server answered but its certificate did not verify against the CA file."""


class AuthFailed(SyncError, kind="auth"): ...


class NotRegistered(SyncError, kind="membership"):
    """The login works but the central database does not know this person (or this
    laptop belongs to another person)."""


class NotSetUp(SyncError, kind="server"): ...


class DatabaseMissing(SyncError, kind="no_database"):
    """The server answered, but the database named in the URL does not exist on it."""


class ClockAhead(SyncError, kind="clock"): ...


class VersionMismatch(SyncError, kind="version"):
    """This app is too old for the central database (the outbox was sent first)."""


class ServerTooOld(SyncError, kind="server_old"):
    """The central database runs an older schema than this app."""


class NotConfigured(SyncError, kind="config"): ...
