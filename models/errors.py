"""Errors the domain raises, and the root of the environment's failures. No Qt here:
domain messages are English templates with a translation context; the screens and the
command line translate the template, then fill in the params (``app.messages``).

Every template is marked where it is written, ``QT_TRANSLATE_NOOP("Errors", "…")`` (one
context for every domain error, whichever class raises it), so ``pyside6-lupdate``
(``scripts/translations``) finds it; ``str(error)`` stays English for the log and the
tests.

Two families reach the user as one clear line (``app.known_errors``): ``DomainError``
(the user's or the data's fault) and ``EnvironmentFault`` (a file, the disk, the network
or a server failed). Anything else is a bug and goes to the crash report."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` and return it unchanged: Qt's own
    marker without Qt, for the layers that may not import it."""
    del context
    return text


class DomainError(Exception):
    """A refused action with a clear, user-facing reason (the user's or data's fault).

    ``template`` is the English text with ``{name}`` gaps, ``params`` fill them. A
    ``prefix`` (a marked template of its own, "Row {row}: ") starts ``template`` and is
    translated on its own: the rest is ``template[len(prefix):]``."""

    context = "Errors"

    def __init__(self, template: str, *, prefix: str = "", **params: Any) -> None:
        self.template = prefix + template
        self.prefix = prefix
        self.params = params
        super().__init__(self.template.format(**params))

    @property
    def message(self) -> str:
        return self.template.format(**self.params)


class ValidationError(DomainError):
    """A value is invalid; ``field`` names it so forms can show the message beside it."""

    def __init__(self, field: str, template: str, *, prefix: str = "", **params: Any) -> None:
        self.field = field
        super().__init__(template, prefix=prefix, field=field, **params)


class WorkflowError(DomainError):
    """An illegal status transition or a workflow step without what it needs."""


class NotFoundError(DomainError):
    """What the action names does not exist (any more)."""


class EnvironmentFault(Exception):
    """The environment failed, not the program: a file, the disk, the network, a server.

    Every such error derives from this (``StoreError``, ``SyncError``, ``DrawingError``,
    ``PhotoRefused``, ``ReportError``, ``InteropError``); ``str(fault)`` (or ``message``
    where a subclass keeps one) is the sentence the user reads."""


class StoreError(EnvironmentFault):
    """The environment's fault around the local store: locked, read-only, disk full,
    corrupt, newer than this app. ``message`` is a user-facing sentence; the file is
    left as it was.

    Like a ``DomainError``, a marked ``message`` (context "Errors") may be a template
    with its values in ``params``, and ``hint`` (what to do) a marked text of its own:
    ``app.messages.user_message`` translates both. An unmarked message is shown as it
    is."""

    context = "Errors"
    prefix = ""

    def __init__(self, message: str, *, hint: str = "", **params: Any) -> None:
        self.template = message
        self.params = params
        self.message = message.format(**params) if params else message
        self.hint = hint
        super().__init__(self.message if not hint else f"{self.message} {hint}")


class Sentence(str):
    """A user-facing sentence that keeps its English ``template`` (marked with
    ``QT_TRANSLATE_NOOP`` in ``context``) and its ``params`` apart, like an error does, so
    the edge can translate it (``app.messages.user_message``). As a ``str`` it is the
    English sentence: the log, the tests and code that only passes it on read it as
    before. The sync report's notices and errors are sentences."""

    template: str
    params: dict[str, Any]
    context: str
    prefix = ""

    def __new__(cls, template: str, *, context: str, **params: Any) -> Sentence:
        self = super().__new__(cls, template.format(**params) if params else template)
        self.template = template
        self.context = context
        self.params = params
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        """Copies and pickles (``dataclasses.asdict`` of a report) keep the template."""
        return (_sentence, (self.template, self.context, self.params))


def _sentence(template: str, context: str, params: dict[str, Any]) -> Sentence:
    return Sentence(template, context=context, **params)
