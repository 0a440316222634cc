"""The one exception the interop layer lets escape."""

from __future__ import annotations

from executrek.models.errors import EnvironmentFault


class InteropError(EnvironmentFault):
    """A file could not be read or written.

    ``message`` is user-facing and already translated; it names the file or entry
    and says what is wrong, so the GUI can show it as it is.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UnsafeContentError(InteropError):
    """The file was refused for safety (entity expansion, DTDs), not merely damaged.

    Readers that skip a damaged part of an archive and carry on must not skip this:
    one hostile member is reason to refuse the whole file.
    """
